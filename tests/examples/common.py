"""Loading the example plans once per test session, and their source modules."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from vpt.model import Plan
from vpt.planbook import read_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SLUGS = (
    "blekinge-2015",
    "blekinge-primarvard-2024",
    "halland-narsjukvard-2022",
    "orebro-hsn-2024",
    "vasterbotten-hsn-2025",
)


@cache
def load(slug: str) -> tuple[Plan, list[list[object]]]:
    """The example workbook's plan and its findings as (severity, code, sheet, cell) rows."""
    plan, report = read_plan(EXAMPLES / f"{slug}.xlsx")
    assert plan is not None
    return plan, report.flatten(("severity", "code", "sheet", "cell"))


def source_plan(slug: str) -> Plan:
    """The plan the example's source module in examples/source/ builds."""
    path = EXAMPLES / "source" / f"{slug}.py"
    spec = importlib.util.spec_from_file_location(f"examples_{slug.replace('-', '_')}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plan = module.PLAN
    assert isinstance(plan, Plan)
    return plan
