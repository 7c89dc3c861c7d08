"""Print the mutation score per module from mutmut's results in mutants/, and every survivor.

Score = killed (or timed out) / (killed + timed out + survived + no tests). Mutants that were not
run (a partial run) are counted apart. Used by scripts/mutation; docs/mutation.md records a run.

    scripts/mutation_score.py [--only MODULE ...] [--min PERCENT]

With ``--min``, exits 1 when a module (of ``--only``, else of all) scores below PERCENT or has
mutants that were not run: that is how CI's sample fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 36, 24, -24, 152, 255}  # mutmut's "killed" and "timeout" exit codes
SURVIVED = {0}
NO_TESTS = {5, 33}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="MODULE", help="e.g. vpt/targets/bands.py")
    parser.add_argument("--min", type=float, metavar="PERCENT", help="fail below this score")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent / "mutants"
    metas = {str(m.relative_to(root)).removesuffix(".meta"): m for m in root.rglob("*.py.meta")}
    wanted = args.only or sorted(metas)
    absent = [module for module in wanted if module not in metas]
    if not metas or absent:
        print(f"Inga resultat i mutants/ för {absent or 'någon modul'}: kör scripts/mutation "
              "först.", file=sys.stderr)  # fmt: skip
        return 2
    total: Counter[str] = Counter()
    survivors: list[str] = []
    failing: list[str] = []
    print(
        f"{'modul':<32} {'dödade':>7} {'överlevde':>9} {'utan test':>9} {'ej körda':>8} {'poäng':>7}"
    )
    for module in wanted:
        codes = json.loads(metas[module].read_text(encoding="utf-8"))["exit_code_by_key"]
        counts: Counter[str] = Counter()
        for name, code in codes.items():
            if code is None:
                counts["not_run"] += 1
            elif code in KILLED:
                counts["killed"] += 1
            elif code in SURVIVED:
                counts["survived"] += 1
                survivors.append(name)
            elif code in NO_TESTS:
                counts["no_tests"] += 1
                survivors.append(name)
            else:
                counts["other"] += 1
        if not codes:
            continue
        total.update(counts)
        print(_line(module, counts))
        if args.min is not None and (counts["not_run"] or _score(counts) < args.min):
            failing.append(module)
    print(_line("totalt", total))
    if survivors:
        print("\nÖverlevande mutanter (visa med .venv/bin/mutmut show NAMN):")
        for name in survivors:
            print(f"  {name}")
    if failing:
        print(f"\nUnder {args.min:g} % eller inte körda till slut: {', '.join(failing)}",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


def _score(c: Counter[str]) -> float:
    tried = c["killed"] + c["survived"] + c["no_tests"]
    return 100 * c["killed"] / tried if tried else 100.0


def _line(name: str, c: Counter[str]) -> str:
    tried = c["killed"] + c["survived"] + c["no_tests"]
    score = f"{_score(c):.1f} %" if tried else "–"
    return (
        f"{name:<32} {c['killed']:>7} {c['survived']:>9} {c['no_tests']:>9} {c['not_run']:>8} "
        f"{score:>7}"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
