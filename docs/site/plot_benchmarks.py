"""Draws the benchmark figures of docs/benchmarks.md as SVG plots.

A table in benchmarks.md becomes a plot when the line before it is a marker comment:

    <!-- plot: NAME x="COLUMN" y="COLUMN" [group="COLUMN"] [title="..."] [unit="..."] -->

The plot is written to docs/generated/NAME.svg; the page shows it with ![...](generated/NAME.svg).
The numbers come from the table itself, so a plot can only show what the page records.
"""

import re
import shlex
import sys
from pathlib import Path

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

MARKER = re.compile(r"^<!--\s*plot:\s*(\S+)\s+(.*?)\s*-->\s*$")


def tables_with_markers(lines):
    """Yields (name, options, header, rows) for each marked table."""
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i])
        if not m:
            i += 1
            continue
        name, options = m.group(1), dict(kv.split("=", 1) for kv in shlex.split(m.group(2)))
        j = i + 1
        while j < len(lines) and not lines[j].startswith("|"):
            j += 1
        rows = []
        while j < len(lines) and lines[j].startswith("|"):
            rows.append([c.strip() for c in lines[j].strip().strip("|").split("|")])
            j += 1
        if len(rows) < 3:
            raise SystemExit(f"plot {name}: no table follows its marker")
        yield name, options, rows[0], rows[2:]
        i = j


def number(cell):
    return float(cell.replace(",", "").split()[0])


def draw(name, options, header, rows, out_dir):
    def column(key):
        label = options[key]
        if label not in header:
            raise SystemExit(f"plot {name}: no column '{label}' in {header}")
        return header.index(label)

    x, y = column("x"), column("y")
    group = column("group") if "group" in options else None
    categories = list(dict.fromkeys(r[x] for r in rows))
    series = list(dict.fromkeys(r[group] for r in rows)) if group is not None else [options["y"]]
    width = 0.8 / len(series)
    fig, ax = plt.subplots(figsize=(7.5, 3.2))
    for k, s in enumerate(series):
        values = []
        for c in categories:
            match = [r for r in rows if r[x] == c and (group is None or r[group] == s)]
            values.append(number(match[0][y]) if match else 0.0)
        positions = [i + (k - (len(series) - 1) / 2) * width for i in range(len(categories))]
        bars = ax.bar(positions, values, width, label=s)
        ax.bar_label(bars, fmt="%g", fontsize=7)
    ax.set_xticks(range(len(categories)), categories, fontsize=8)
    ax.set_ylabel(options.get("unit", options["y"]), fontsize=8)
    ax.set_title(options.get("title", name), fontsize=9)
    if group is not None or len(series) > 1:
        ax.legend(fontsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = out_dir / f"{name}.svg"
    fig.savefig(out, metadata={"Date": None})
    plt.close(fig)
    return out


def main(page, out_dir):
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = page.read_text(encoding="utf-8").splitlines()
    drawn = [draw(*t, out_dir) for t in tables_with_markers(lines)]
    if not drawn:
        raise SystemExit(f"{page}: no table is marked for plotting")
    for d in drawn:
        print(f"plotted {d}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
