"""Fixtures: a real example plan, returns filled as units fill them, and reading a summary back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from vpt.demo import DEMO_MISTAKES, examples_dir, fill_returns
from vpt.model import Plan
from vpt.planbook import read_plan
from vpt.read import CheckResult, check_returns

PLAN_FILE = "blekinge-primarvard-2024.xlsx"
PERIOD = "Delår"
CREATED = datetime(2024, 9, 20, 8, 30)


@dataclass
class Returned:
    plan: Plan
    folder: Path
    result: CheckResult


def load_example(name: str = PLAN_FILE) -> Plan:
    plan, report = read_plan(examples_dir() / name)
    assert plan is not None and not report.has_errors
    return plan


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_example()


@pytest.fixture(scope="session")
def returned(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> Returned:
    """The demo's returns: one duplicate, a decimal comma, 75 in a percent cell, no comments,
    one unit missing."""
    root = tmp_path_factory.mktemp("returns")
    fill_returns(plan, PERIOD, root / "utskick", root / "svar", DEMO_MISTAKES, seed=7)
    return Returned(plan, root / "svar", check_returns(plan, [root / "svar"], period_id=PERIOD))


def sheet_rows(sheet: Worksheet, header_row: int) -> list[dict[str, object]]:
    """Rows under a header row (1-based) as dicts keyed by header."""
    rows = list(sheet.iter_rows(min_row=header_row, values_only=True))
    headers = [str(h) if h is not None else "" for h in rows[0]]
    return [dict(zip(headers, r, strict=False)) for r in rows[1:] if any(v is not None for v in r)]


def open_summary(path: Path):  # type: ignore[no-untyped-def]
    return load_workbook(path)
