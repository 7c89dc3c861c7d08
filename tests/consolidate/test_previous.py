"""The previous summary is the history: trend markers across two periods, and its Data read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.consolidate.conftest import CREATED, sheet_rows
from vpt.cli import main
from vpt.consolidate import consolidate, read_previous, values_for_unit
from vpt.consolidate.previous import PreviousUnreadable
from vpt.consolidate.table import trend_marker
from vpt.demo import examples_dir, fill_returns
from vpt.model import Plan
from vpt.read import CheckResult
from vpt.read.results import ReturnedValue
from vpt.targets import Status


@pytest.mark.parametrize(
    ("now", "before", "marker"),
    [
        (80.0, 70.0, "↑"),
        (70.0, 80.0, "↓"),
        (75.0, 75.0, "→"),
        (True, False, "↑"),
        (False, True, "↓"),
        (True, True, "→"),
        (75.0, None, ""),
        (None, 75.0, ""),
        ("Genomfört", "Pågår", ""),
    ],
)
def test_trend_marker(now: object, before: object, marker: str) -> None:
    assert trend_marker(now, before) == marker


def _result(plan: Plan, period: str, values: dict[tuple[str, str], float | bool]) -> CheckResult:
    return CheckResult(
        period,
        (),
        tuple(
            ReturnedValue(unit, ind, value, Status.MET, "", file="f.xlsx", cell="I5")
            for (unit, ind), value in values.items()
        ),
    )


def test_two_periods_give_trend_markers_and_previous_values(plan: Plan, tmp_path: Path) -> None:
    unit = plan.units[0].id
    percent = [i.id for i in plan.applicable(unit, "Helår") if i.id.startswith("I2")][:3]
    first = {(unit, percent[0]): 70.0, (unit, percent[1]): 80.0, (unit, percent[2]): 75.0}
    second = {(unit, percent[0]): 72.5, (unit, percent[1]): 60.0, (unit, percent[2]): 75.0}
    delar = consolidate(plan, _result(plan, "Delår", first), tmp_path / "delar.xlsx",
                        created=CREATED)  # fmt: skip
    previous = read_previous(delar)
    assert previous == first
    assert values_for_unit(previous, unit) == {k[1]: v for k, v in first.items()}
    helar = consolidate(plan, _result(plan, "Helår", second), tmp_path / "helar.xlsx",
                        previous=previous, previous_label="delar.xlsx", created=CREATED)  # fmt: skip
    book = load_workbook(helar)
    sheet = book["Indikatorer"]
    rows = {sheet.cell(r, 1).value: r for r in range(5, sheet.max_row + 1)}
    shown = [str(sheet.cell(rows[i], 5).value) for i in percent]
    assert [s.rsplit(" ", 1)[-1] for s in shown] == ["↑", "↓", "→"]
    data = {r["Indikator-ID"]: r for r in sheet_rows(book["Data"], 1) if r["Enhet-ID"] == unit}
    assert [data[i]["Föregående utfall"] for i in percent] == [70.0, 80.0, 75.0]
    assert "delar.xlsx" in str(sheet["A2"].value)


def test_without_previous_no_markers(plan: Plan, tmp_path: Path) -> None:
    unit = plan.units[0].id
    ind = plan.applicable(unit, "Delår")[0].id
    out = consolidate(plan, _result(plan, "Delår", {(unit, ind): 50.0}), tmp_path / "s.xlsx")
    sheet = load_workbook(out)["Indikatorer"]
    texts = [str(c.value) for row in sheet.iter_rows(min_row=5) for c in row if c.value]
    assert not any(t.endswith(("↑", "↓", "→")) for t in texts)


@pytest.mark.parametrize("content", [b"not a workbook", b""])
def test_unreadable_previous_is_a_clear_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fel.xlsx"
    path.write_bytes(content)
    with pytest.raises(PreviousUnreadable, match="går inte att läsa"):
        read_previous(path)


def test_cli_two_periods_end_to_end(plan: Plan, tmp_path: Path) -> None:
    """Delår then Helår through `vpt consolidate`, the second with --previous."""
    source = str(examples_dir() / "blekinge-primarvard-2024.xlsx")
    for period, seed in (("Delår", 1), ("Helår", 2)):
        fill_returns(plan, period, tmp_path / period / "ut", tmp_path / period / "in", seed=seed)
    first = tmp_path / "delar.xlsx"
    assert main(["consolidate", source, str(tmp_path / "Delår" / "in"), "--period", "Delår",
                 "--out", str(first)]) in (0, 1)  # fmt: skip
    second = tmp_path / "helar.xlsx"
    code = main(["consolidate", source, str(tmp_path / "Helår" / "in"), "--period", "Helår",
                 "--out", str(second), "--previous", str(first)])  # fmt: skip
    assert code in (0, 1)
    sheet = load_workbook(second)["Indikatorer"]
    markers = [str(c.value)[-1] for row in sheet.iter_rows(min_row=5, min_col=5) for c in row
               if c.value and str(c.value)[-1] in "↑↓→"]  # fmt: skip
    assert len(markers) >= 20 and {"↑", "↓"} <= set(markers)
