#!/usr/bin/env python3
"""Copies each tagged region of docs-snippets/src/test/java/io/partita/docs/*.java into the
docs/*.md code block that names it (<!-- snippet: Class#tag --> before a ```java fence).
Run it after editing a snippet source; DocsDriftTest fails until the pages match."""
import pathlib, re, sys
root = pathlib.Path(__file__).resolve().parent
src = root / "src/test/java/io/partita/docs"
docs = root.parent / "docs"

def region(cls, tag):
    lines = (src / (cls + ".java")).read_text().split("\n")
    out, inside = [], False
    for line in lines:
        t = line.strip()
        if t == f"// tag::{tag}[]":
            inside = True
        elif t == f"// end::{tag}[]":
            inside = False
        elif inside and not t.startswith("// tag::") and not t.startswith("// end::"):
            out.append(line)
    indent = min((len(l) - len(l.lstrip()) for l in out if l.strip()), default=0)
    return "".join(("" if not l.strip() else l[indent:]) + "\n" for l in out)

pattern = re.compile(r"(<!-- snippet: (\w+)#(\w+) -->\n```java\n)(.*?)(^```)", re.S | re.M)
for page in sorted(docs.glob("*.md")):
    text = page.read_text()
    new = pattern.sub(lambda m: m.group(1) + region(m.group(2), m.group(3)) + m.group(5), text)
    if new != text:
        page.write_text(new)
        print("updated", page.name)
