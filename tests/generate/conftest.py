from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.generate.plans import sample_plan
from vpt.generate.run import generate_workbook
from vpt.model import Plan

CREATED = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)


@pytest.fixture
def plan() -> Plan:
    return sample_plan()


@pytest.fixture
def workbook_a(tmp_path: Path, plan: Plan) -> Path:
    """Unit A's T1 workbook of the sample plan, with a fixed creation time."""
    path = tmp_path / "a.xlsx"
    generate_workbook(plan, "A", "T1", path, created=CREATED)
    return path
