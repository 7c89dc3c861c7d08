"""What a unit typed, read back per indicator type: the value, the status and the findings."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.read.returns import PLAN, fill, generated
from vpt.read import check_returns
from vpt.targets import Status

MET, PARTLY, NOT_MET, NONE = (
    Status.MET,
    Status.PARTLY_MET,
    Status.NOT_MET,
    Status.NOT_ASSESSED,
)

# (indicator, what the cell holds, egen bedömning, value read, status, findings on that row)
# A percent cell holds a fraction: 0.8 is what Excel stores for "80 %".
CASES: list[tuple[str, Any, str, Any, Status, list[str]]] = [
    ("I1", 0.8, "Uppfyllt", 80.0, MET, []),
    ("I1", 0.72, "", 72.0, PARTLY, ["comment-missing", "actions-missing"]),  # gränsvärde 70 %
    ("I1", 0.5, "", 50.0, NOT_MET, ["comment-missing", "actions-missing"]),
    ("I1", 75, "", 75.0, MET, ["outcome-percent-missing"]),  # 75 typed in a percent cell
    ("I1", "75 %", "", 75.0, MET, ["outcome-as-text"]),  # the workbook said "kontrollera"
    ("I1", "0,8", "", 80.0, MET, ["outcome-percent-ambiguous"]),
    ("I1", "ungefär hälften", "", None, NONE, ["outcome-unreadable"]),
    ("I1", "", "", None, NONE, ["outcome-missing"]),
    ("I1", 0.8, "Ej uppfyllt", 80.0, MET, ["own-disagrees"]),
    ("I1", 0.8, "kanske", 80.0, MET, ["own-unreadable"]),
    ("I1", "-300 %", "", None, NONE, ["outcome-out-of-range"]),
    ("I1", 1500, "", None, NONE, ["outcome-percent-missing", "outcome-out-of-range"]),
    ("I2", 25, "", 25.0, MET, []),
    ("I2", "5,2", "", 5.2, MET, ["outcome-as-text"]),
    (
        "I2",
        "1 234,5 dagar",
        "",
        1234.5,
        NOT_MET,
        ["outcome-as-text", "comment-missing", "actions-missing"],
    ),
    ("I2", date(2025, 3, 15), "", None, NONE, ["outcome-date"]),
    ("I2", 5e12, "", None, NONE, ["outcome-out-of-range"]),
    ("I3", "ja", "", True, MET, []),
    ("I3", "Nej", "", False, NOT_MET, ["comment-missing", "actions-missing"]),
    ("I3", True, "", True, MET, ["outcome-not-in-list"]),  # not the list's "Ja"
    ("I3", "kanske", "", None, NONE, ["outcome-not-yesno"]),
    ("I4", "Genomfört", "Uppfyllt", "Genomfört", MET, []),
    ("I4", "pågår", "Delvis uppfyllt", "pågår", PARTLY, ["comment-missing", "actions-missing"]),
    ("I4", "Klart snart", "Uppfyllt", "Klart snart", MET, ["task-status-unreadable"]),
    ("I4", "Genomfört", "", "Genomfört", NONE, ["own-missing"]),
    ("I5", "Arbetet pågår enligt plan.", "Uppfyllt", "Arbetet pågår enligt plan.", MET, []),
    ("I6", 520, "", 520.0, MET, []),  # Öka, from the ingångsvärde 500
    # a fall on "Öka" is not met: no tolerance on the direction of a change
    ("I6", 480, "", 480.0, NOT_MET, ["comment-missing", "actions-missing"]),
]


@pytest.mark.parametrize(("indicator", "typed", "own", "value", "status", "codes"), CASES)
def test_value_status_and_findings_per_type(
    tmp_path: Path,
    indicator: str,
    typed: Any,
    own: str,
    value: Any,
    status: Status,
    codes: list[str],
) -> None:
    cells: dict[tuple[str, str], Any] = {(indicator, "outcome"): typed}
    if own:
        cells[(indicator, "own")] = own
    path = fill(generated(tmp_path / "blank.xlsx"), tmp_path / "return.xlsx", cells)

    result = check_returns(PLAN, [path], period_id="T1")

    read = {v.indicator_id: v for v in result.values}
    assert read[indicator].value == (pytest.approx(value) if isinstance(value, float) else value)
    assert read[indicator].status is status
    row_codes = [f.code for f in result.findings if f.message.startswith(f"{indicator}:")]
    assert row_codes == codes


def test_findings_point_at_the_cell_and_keep_the_value(tmp_path: Path) -> None:
    path = fill(generated(tmp_path / "blank.xlsx"), tmp_path / "return.xlsx",
                {("I1", "outcome"): "mycket", ("I2", "outcome"): 12})  # fmt: skip
    result = check_returns(PLAN, [path], period_id="T1")
    unreadable = next(f for f in result.findings if f.code == "outcome-unreadable")
    assert (unreadable.sheet, unreadable.cell, unreadable.value) == ("Uppföljning", "J7", "mycket")
    assert unreadable.severity.value == "error"
    assert {v.indicator_id: v.cell for v in result.values}["I2"] == "J8"


def test_previous_outcome_is_the_reference_of_a_change_target(tmp_path: Path) -> None:
    path = fill(generated(tmp_path / "blank.xlsx"), tmp_path / "return.xlsx",
                {("I6", "outcome"): 520})  # fmt: skip
    result = check_returns(PLAN, [path], period_id="T1", previous={("A", "I6"): 560.0})
    # 520 is above the ingångsvärde 500 but below the previous outcome 560: a fall, not met
    assert {v.indicator_id: v.status for v in result.values}["I6"] is Status.NOT_MET


def test_comment_and_actions_are_kept_and_long_text_is_flagged(tmp_path: Path) -> None:
    path = fill(generated(tmp_path / "blank.xlsx"), tmp_path / "return.xlsx", {
        ("I1", "outcome"): 0.5, ("I1", "comment"): "Bemanningen räckte inte.",
        ("I1", "actions"): "x" * 2500,
    })  # fmt: skip
    result = check_returns(PLAN, [path], period_id="T1")
    value = {v.indicator_id: v for v in result.values}["I1"]
    assert value.comment == "Bemanningen räckte inte."
    assert len(value.actions) == 2500
    assert [(f.code, f.cell) for f in result.findings if f.message.startswith("I1:")] == [
        ("text-too-long", "N7")
    ]


def test_formula_in_an_input_cell_is_used_with_a_warning(tmp_path: Path) -> None:
    # openpyxl stores no cached result: the reader sees the formula and no value.
    path = fill(generated(tmp_path / "blank.xlsx"), tmp_path / "return.xlsx",
                {("I2", "outcome"): "=20+5", ("I2", "comment"): "=\"Se bilaga\""})  # fmt: skip
    result = check_returns(PLAN, [path], period_id="T1")
    found = [(f.code, f.cell) for f in result.findings if f.message.startswith("I2:")]
    assert ("formula-in-input", "J8") in found
    assert ("formula-in-input", "M8") in found
