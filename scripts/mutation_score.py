"""Print the mutation score per module from mutmut's results in mutants/, and every survivor.

Score = killed (or timed out) / (killed + timed out + survived + no tests). Mutants that were not
run (a partial run) are counted apart. Used by scripts/mutation; docs/mutation.md records a run.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 36, 24, -24, 152, 255}  # mutmut's "killed" and "timeout" exit codes
SURVIVED = {0}
NO_TESTS = {5, 33}


def main() -> int:
    root = Path(__file__).resolve().parent.parent / "mutants"
    metas = sorted(root.rglob("*.py.meta"))
    if not metas:
        print("Inga resultat i mutants/: kör scripts/mutation först.", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    survivors: list[str] = []
    print(f"{'modul':<32} {'dödade':>7} {'överlevde':>9} {'utan test':>9} {'ej körda':>8} {'poäng':>7}")
    for meta in metas:
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if not codes:
            continue
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
        total.update(counts)
        module = str(meta.relative_to(root)).removesuffix(".meta")
        print(_line(module, counts))
    print(_line("totalt", total))
    if survivors:
        print("\nÖverlevande mutanter (visa med .venv/bin/mutmut show NAMN):")
        for name in survivors:
            print(f"  {name}")
    return 0


def _line(name: str, c: Counter[str]) -> str:
    tried = c["killed"] + c["survived"] + c["no_tests"]
    score = f"{100 * c['killed'] / tried:.1f} %" if tried else "–"
    return (
        f"{name:<32} {c['killed']:>7} {c['survived']:>9} {c['no_tests']:>9} {c['not_run']:>8} "
        f"{score:>7}"
    )


if __name__ == "__main__":
    sys.exit(main())
