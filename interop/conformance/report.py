#!/usr/bin/env python3
"""The conformance table: Milvus's own tests on Partita (per profile) and on real Milvus.

    report.py RESULTS_DIR BASELINE_TSV --profiles "milvus-2.1 milvus-2.3" --oracles "2.3.5" [--write-baseline]

Reads RESULTS_DIR/<target>.jsonl (one line per test, from outcome_plugin.py), files.tsv (per target and
file: done, capped or not-run, seconds) and <target>.not-run (why a real Milvus did not run). Prints:
per file passed/failed/errors/skipped for every target; every test that fails or errs on a Partita
profile with its first cause and the other targets' outcomes; a histogram of first causes per target;
the RPCs a target answered UNIMPLEMENTED, with calls and time per test; and the comparison with
BASELINE_TSV (``target<TAB>test id<TAB>outcome``; outcome ``flaky`` is never compared).
Writes RESULTS_DIR/outcomes.tsv (every test, every target, with causes).

Exit 0 when no test that passes in the baseline fails or errs now, 1 on such a regression, 2 when a
Partita target has no outcomes at all (the runner broke). A baseline test that did not run this time
(a file capped by time, a file left out) is listed as not run, not counted as a regression.
"""

import argparse
import collections
import json
import os
import re
import sys

SHORT = {"passed": "pass", "failed": "FAIL", "error": "ERR", "skipped": "skip", None: "-"}


def load_outcomes(path):
    tests = collections.OrderedDict()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                line = line.strip()
                if line:
                    record = json.loads(line)
                    tests[record["id"]] = record
    return tests


def load_baseline(path):
    baseline = collections.defaultdict(dict)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#") or not line.strip():
                    continue
                target, test, outcome = line.rstrip("\n").split("\t")
                baseline[target][test] = outcome
    return baseline


_WRONG_TEXT = re.compile(r"Response of API (\w+) expect get error message ")
_NO_ERROR = re.compile(r"Response of API (\w+) expect get error, but success")


def histogram_key(cause):
    """Causes that differ only in the test's parameters share one bar: a wrong error text, per API."""
    wrong = _WRONG_TEXT.search(cause)
    if wrong:
        return "error text or code differs from Milvus's expectation (%s)" % wrong.group(1)
    none = _NO_ERROR.search(cause)
    if none:
        return "succeeds where the test expects an error (%s)" % none.group(1)
    return cause


def file_of(test_id):
    return test_id.split("::", 1)[0]


def counts(records):
    c = collections.Counter(r["outcome"] for r in records)
    return c["passed"], c["failed"], c["error"], c["skipped"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("baseline")
    parser.add_argument("--profiles", default="")
    parser.add_argument("--oracles", default="")
    parser.add_argument("--write-baseline", action="store_true")
    args = parser.parse_args()

    partita = ["partita-" + p for p in args.profiles.split()]
    real = ["milvus-" + v for v in args.oracles.split()]
    targets = partita + real
    outcomes = {t: load_outcomes(os.path.join(args.results, t + ".jsonl")) for t in targets}
    not_run = {}
    for t in real:
        why = os.path.join(args.results, t + ".not-run")
        if os.path.exists(why):
            not_run[t] = open(why, encoding="utf-8").read().strip()
    file_status = collections.defaultdict(dict)
    files = []
    status_path = os.path.join(args.results, "files.tsv")
    if os.path.exists(status_path):
        for line in open(status_path, encoding="utf-8"):
            target, name, status, seconds = line.rstrip("\n").split("\t")
            file_status[target][name] = (status, int(seconds))
            if name not in files:
                files.append(name)

    # 1. Per file and target.
    print()
    print("== Milvus's own tests (pass/fail/error/skip; seconds; * = capped by time, - = not run)")
    width = max([len(f) for f in files] + [20])
    header = "%-*s" % (width, "file") + "".join("  %-24s" % t for t in targets)
    print(header)
    totals = {t: [0, 0, 0, 0] for t in targets}
    for name in files:
        row = "%-*s" % (width, name)
        for t in targets:
            records = [r for r in outcomes[t].values() if file_of(r["id"]) == name]
            status, seconds = file_status[t].get(name, ("not-run", 0))
            if status == "not-run" and not records:
                cell = "-"
            else:
                p, f, e, s = counts(records)
                for i, n in enumerate((p, f, e, s)):
                    totals[t][i] += n
                cell = "%d/%d/%d/%d %ds%s" % (p, f, e, s, seconds, "*" if status == "capped" else "")
            row += "  %-24s" % cell
        print(row)
    row = "%-*s" % (width, "total")
    for t in targets:
        row += "  %-24s" % ("NOT RUN" if t in not_run else "%d/%d/%d/%d" % tuple(totals[t]))
    print(row)
    for t, why in not_run.items():
        print("NOTE: %s did not run: %s" % (t, why))

    # 2. Tests that fail on a Partita profile, with the first cause there and the other columns.
    all_ids = []
    seen = set()
    for t in targets:
        for test in outcomes[t]:
            if test not in seen:
                seen.add(test)
                all_ids.append(test)
    print()
    print("== Tests failing on Partita: " + " | ".join(targets) + " | first cause on Partita")
    for test in all_ids:
        results = [outcomes[t].get(test) for t in targets]
        bad = [r for r, t in zip(results, targets) if t in partita and r and r["outcome"] in ("failed", "error")]
        if not bad:
            continue
        cells = " | ".join(SHORT[r["outcome"] if r else None] for r in results)
        shown = test if len(test) <= 120 else test[:117] + "..."
        print("%s  %s  %s" % (shown, cells, bad[0]["cause"]))

    # 3. First-cause histograms.
    for t in targets:
        histogram = collections.Counter(
            histogram_key(r["cause"]) for r in outcomes[t].values() if r["outcome"] in ("failed", "error"))
        if not histogram:
            continue
        print()
        print("== First causes on %s (%d failing tests)" % (t, sum(histogram.values())))
        for cause, n in histogram.most_common():
            print("%5d  %s" % (n, cause))

    # 4. UNIMPLEMENTED census.
    for t in targets:
        census = collections.defaultdict(lambda: [0, 0, 0.0])
        for r in outcomes[t].values():
            for method, (calls, seconds) in r.get("unimplemented", {}).items():
                census[method][0] += 1
                census[method][1] += calls
                census[method][2] += seconds
        if not census:
            continue
        ran = sum(1 for r in outcomes[t].values() if r["outcome"] != "skipped")
        print()
        print("== RPCs answered UNIMPLEMENTED on %s (%d tests ran)" % (t, ran))
        print("%-32s %8s %8s %10s %12s" % ("RPC", "tests", "calls", "seconds", "ms per call"))
        for method, (tests, calls, seconds) in sorted(census.items(), key=lambda kv: -kv[1][1]):
            print("%-32s %8d %8d %10.2f %12.1f" % (method, tests, calls, seconds, 1000 * seconds / calls))

    # 5. outcomes.tsv: everything, for later comparison.
    with open(os.path.join(args.results, "outcomes.tsv"), "w", encoding="utf-8") as out:
        out.write("test\t" + "\t".join(targets) + "\t" + "\t".join("cause " + t for t in targets) + "\n")
        for test in all_ids:
            results = [outcomes[t].get(test) for t in targets]
            out.write(test + "\t" + "\t".join(r["outcome"] if r else "-" for r in results) + "\t"
                      + "\t".join(r["cause"] if r else "" for r in results) + "\n")

    # 6. Baseline.
    status = 0
    for t in partita:
        if not outcomes[t]:
            print("CONFORMANCE RUNNER BROKEN: no outcomes for %s" % t)
            status = 2
    baseline = load_baseline(args.baseline)
    print()
    regressions, fixed, missing = [], [], []
    for t in partita:
        for test, expected in baseline.get(t, {}).items():
            now = outcomes[t].get(test)
            if expected == "passed" and now is None:
                missing.append((t, test))
            elif expected == "passed" and now["outcome"] in ("failed", "error"):
                regressions.append((t, test, now["cause"]))
            elif expected in ("failed", "error") and now is not None and now["outcome"] == "passed":
                fixed.append((t, test))
    for t, test, cause in regressions:
        print("REGRESSION %s %s: passed in baseline.tsv, now fails: %s" % (t, test, cause))
    for t, test in fixed:
        print("NEWLY PASSING %s %s (run.sh --write-baseline records it)" % (t, test))
    if missing:
        print("NOTE: %d tests that pass in baseline.tsv did not run this time (capped or left out), e.g. %s %s"
              % (len(missing), missing[0][0], missing[0][1]))
    if args.write_baseline:
        with open(args.baseline, "w", encoding="utf-8") as out:
            out.write("# Expected outcome per test on Partita (interop/conformance/run.sh --write-baseline);\n")
            out.write("# a test that passes here and fails later is a regression; set an outcome to `flaky` to exempt it.\n")
            # This run's outcomes over the old baseline: tests and targets not run now keep theirs.
            merged = {t: dict(tests) for t, tests in baseline.items()}
            for t in partita:
                row = merged.setdefault(t, {})
                for test, r in outcomes[t].items():
                    row[test] = "flaky" if row.get(test) == "flaky" else r["outcome"]
            for t in sorted(merged):
                for test, outcome in merged[t].items():
                    out.write("%s\t%s\t%s\n" % (t, test, outcome))
        print("baseline written: %s" % args.baseline)
        return status
    if status == 0 and regressions:
        status = 1
    verdict = {0: "CONFORMANCE PASS: no test that passes in baseline.tsv fails now",
               1: "CONFORMANCE REGRESSION: %d tests that pass in baseline.tsv fail now" % len(regressions),
               2: "CONFORMANCE RUNNER BROKEN"}[status]
    print(verdict)
    return status


if __name__ == "__main__":
    sys.exit(main())
