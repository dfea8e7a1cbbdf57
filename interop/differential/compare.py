#!/usr/bin/env python3
"""Compare two scenario runs outcome by outcome.

    compare.py TARGET PARTITA.jsonl MILVUS.jsonl KNOWN-DIFFERENCES.txt [LEFT-NAME RIGHT-NAME]

TARGET names the run, e.g. "2.1.0/grpc". LEFT-NAME and RIGHT-NAME label the two sides (default
"partita" and "milvus"; run.sh also compares real Milvus over REST with real Milvus over gRPC). Each JSONL file has one Outcome per line
(step, ok, error_code, code, reason, rows, ids). A difference in a field is tolerated when
known-differences.txt has a line "<target-glob> <step-glob>[,...] <field>[,...] <reason>"
whose pattern matches TARGET ("*" and "2.1.0/*" style globs). Prints a table; exit 0 when
every difference is known, 1 otherwise.
"""
import fnmatch
import json
import sys

FIELDS = ("ok", "error_code", "code", "reason", "rows", "ids")


def load(path):
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                o = json.loads(line)
                out[o["step"]] = o
    return out


def known(path, target):
    rules = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 3)
            if len(parts) < 4:
                sys.exit(f"{path}: needs '<target> <step> <fields> <reason>': {line}")
            pattern, step, fields, reason = parts
            if fnmatch.fnmatch(target, pattern):
                rules.append((step, set(fields.split(",")), reason))
    return rules


def tolerated(rules, step, field):
    for s, fields, reason in rules:
        if any(fnmatch.fnmatch(step, g) for g in s.split(",")) and (field in fields or "*" in fields):
            return reason
    return None


def show(o, field):
    if o is None:
        return "(missing)"
    v = o[field]
    s = json.dumps(v) if not isinstance(v, str) else v
    return s if len(s) <= 400 else s[:397] + "..."


def main():
    if len(sys.argv) not in (5, 7):
        sys.exit(__doc__)
    target, partita_path, milvus_path, known_path = sys.argv[1:5]
    left, right = sys.argv[5:7] if len(sys.argv) == 7 else ("partita", "milvus")
    partita, milvus, rules = load(partita_path), load(milvus_path), known(known_path, target)
    if not partita or not milvus:
        print(f"== {target}: NO OUTCOMES ({left}: {len(partita)} steps, {right}: {len(milvus)} steps); "
              "the scenario did not run, see the .err files")
        return 2
    steps = list(dict.fromkeys(list(milvus) + list(partita)))
    unexpected = tolerated_count = 0
    print(f"\n== {target}: {left} vs {right} ({len(steps)} steps)")
    print(f"{'step':58} {'result':7} fields")
    details = []
    for step in steps:
        p, m = partita.get(step), milvus.get(step)
        diffs = FIELDS if p is None or m is None else [f for f in FIELDS if p[f] != m[f]]
        if not diffs:
            print(f"{step:58} {'same':7}")
            continue
        reasons = [tolerated(rules, step, f) for f in diffs]
        bad = [f for f, r in zip(diffs, reasons) if r is None]
        verdict = "DIFF" if bad else "known"
        if bad:
            unexpected += 1
        else:
            tolerated_count += 1
        print(f"{step:58} {verdict:7} {','.join(diffs)}")
        for f, r in zip(diffs, reasons):
            details.append(f"  [{verdict if r is None else 'known'}] {step}.{f}\n"
                           f"      {left + ':':8} {show(p, f)}\n      {right + ':':8} {show(m, f)}"
                           + (f"\n      because: {r}" if r else ""))
    if details:
        print("\n".join(details))
    same = len(steps) - unexpected - tolerated_count
    print(f"== {target}: {same} same, {tolerated_count} known differences, {unexpected} unexpected")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
