"""Write every example plan in examples/source/ to examples/<slug>.xlsx.

The Python modules are the reviewable source of the examples (plain data, verbatim quotes of the
seed documents); the workbooks are what administrators and tests open. Run after editing a source:

    .venv/bin/python examples/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from vpt.planbook import read_plan, write_plan

HERE = Path(__file__).resolve().parent


def main() -> int:
    failed = 0
    for source in sorted((HERE / "source").glob("*.py")):
        if source.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"examples_{source.stem}", source)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        slug = source.stem.replace("_", "-")
        target = HERE / f"{slug}.xlsx"
        write_plan(module.PLAN, target)
        plan, report = read_plan(target)
        errors = report.errors
        status = "ok" if plan == module.PLAN and not errors else "FEL"
        failed += status != "ok"
        print(
            f"{status:3} {target.name}: {len(module.PLAN.indicators)} indikatorer, {len(errors)} fel"
        )
        for finding in errors:
            print(f"    {finding.place}: {finding.message}")
        if plan is not None and plan != module.PLAN:
            print("    läst plan skiljer sig från källan")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
