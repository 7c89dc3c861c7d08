"""`vpt generate --previous SUMMARY` fills each unit's Föregående utfall from the summary's Data."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.consolidate.conftest import CREATED
from vpt.cli import main
from vpt.consolidate import consolidate
from vpt.demo import examples_dir
from vpt.generate import layout as L
from vpt.model import Plan
from vpt.read import CheckResult
from vpt.read.results import ReturnedValue
from vpt.targets import Status


def test_generate_fills_previous_outcome_per_unit(plan: Plan, tmp_path: Path) -> None:
    first, second = plan.units[0].id, plan.units[1].id
    values = {(first, "I2.1"): 81.5, (second, "I2.1"): 64.0, (first, "I1.2"): True}
    result = CheckResult(
        "Delår",
        (),
        tuple(ReturnedValue(u, i, v, Status.MET, "") for (u, i), v in values.items()),
    )
    summary = consolidate(plan, result, tmp_path / "delar.xlsx", created=CREATED)
    out = tmp_path / "helar"
    code = main(["generate", str(examples_dir() / "blekinge-primarvard-2024.xlsx"), "--period",
                 "Helår", "--out", str(out), "--unit", first, "--unit", second,
                 "--previous", str(summary)])  # fmt: skip
    assert code == 0
    shown: dict[tuple[str, str], object] = {}
    for unit in (first, second):
        (path,) = out.glob(f"*{unit}*.xlsx")
        sheet = load_workbook(path)[L.FOLLOWUP_SHEET]
        for row in sheet.iter_rows(min_row=L.FIRST_DATA_ROW + 1, values_only=True):
            if row[L.KEY_COLUMN] in ("I2.1", "I1.2"):
                shown[(unit, str(row[L.KEY_COLUMN]))] = row[L.column("previous")]
    assert shown[(first, "I2.1")] == 0.815  # a percent cell: 81,5 %
    assert shown[(second, "I2.1")] == 0.64
    assert shown[(first, "I1.2")] == "Ja"
    assert shown[(second, "I1.2")] in (None, "")
