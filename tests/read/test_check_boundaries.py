"""Boundary tables for settling a set of returns: duplicates (newest wins, by a second; an identical
copy is info, a different one a warning; a duplicate's row findings go with it) and the period
tie-break (most returns; a tie goes to the later period of the plan)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.read.returns import PLAN, fill, generated
from tests.read.test_check import FILLED_A, GOOD_B, MAY_1
from vpt.findings import Severity
from vpt.generate import layout as L
from vpt.model import Goal, Indicator, Period, Plan, Unit
from vpt.read import CheckResult, Submission, check_returns
from vpt.read.check import expected_units, missing_units
from vpt.read.results import ReturnedFile
from vpt.targets import Status

SECOND = timedelta(seconds=1)


def _return(
    folder: Path,
    name: str,
    unit: str,
    period: str,
    values: Mapping[tuple[str, str], Any],
    mtime: datetime | None = None,
) -> Path:
    blank = generated(folder / f"blank-{name}", unit, period)
    path = fill(blank, folder / name, values, mtime=mtime)
    blank.unlink()
    return path


@pytest.mark.parametrize(
    ("first_time", "second_time", "kept"),
    [
        (MAY_1, MAY_1 + SECOND, "andra.xlsx"),  # one second newer wins
        (MAY_1 + SECOND, MAY_1, "forsta.xlsx"),
        (MAY_1 + 2 * SECOND, MAY_1 + SECOND, "forsta.xlsx"),
    ],
)
def test_the_newest_duplicate_wins_by_a_second(
    tmp_path: Path, first_time: datetime, second_time: datetime, kept: str
) -> None:
    first = _return(tmp_path, "forsta.xlsx", "A", "T1", FILLED_A, mtime=first_time)
    second = fill(first, tmp_path / "andra.xlsx", {("I2", "outcome"): 27}, mtime=second_time)
    result = check_returns(PLAN, [first, second], period_id="T1")
    accepted = [Path(f.name).name for f in result.files if f.submission is Submission.ACCEPTED]
    assert accepted == [kept]
    assert {v.indicator_id: v.value for v in result.values}["I2"] == (
        27.0 if kept == "andra.xlsx" else 25.0
    )


def test_an_identical_copy_is_info_and_a_different_one_a_warning(tmp_path: Path) -> None:
    original = _return(tmp_path, "original.xlsx", "A", "T1", FILLED_A, mtime=MAY_1)
    copy = tmp_path / "kopia.xlsx"
    shutil.copy(original, copy)  # the same bytes, one second older
    os.utime(copy, ((MAY_1 - SECOND).timestamp(), (MAY_1 - SECOND).timestamp()))
    changed = fill(original, tmp_path / "andrad.xlsx", {("I2", "outcome"): 27},
                   mtime=MAY_1 - 2 * SECOND)  # fmt: skip
    result = check_returns(PLAN, [original, copy, changed], period_id="T1")
    duplicates = {Path(f.file).name: f.severity for f in result.findings if f.code == "duplicate"}
    assert duplicates == {"kopia.xlsx": Severity.INFO, "andrad.xlsx": Severity.WARNING}


def test_a_duplicate_takes_its_row_findings_with_it(tmp_path: Path) -> None:
    bad = {**FILLED_A, ("I2", "outcome"): "mycket"}  # an unreadable outcome: an error
    older = _return(tmp_path, "aldre.xlsx", "A", "T1", bad, mtime=MAY_1)
    newer = _return(tmp_path, "nyare.xlsx", "A", "T1", FILLED_A, mtime=MAY_1 + SECOND)
    result = check_returns(PLAN, [older, newer], period_id="T1")
    from_older = sorted(f.code for f in result.findings if Path(f.file).name == "aldre.xlsx")
    assert from_older == ["duplicate"]
    alone = check_returns(PLAN, [older], period_id="T1")
    assert "outcome-unreadable" in [f.code for f in alone.findings]  # it was there to drop


@pytest.mark.parametrize(
    ("returns", "period"),
    [
        ([("A", "T1"), ("B", "Delår")], "Delår"),  # a tie: the later period of the plan
        ([("B", "Delår"), ("A", "T1")], "Delår"),  # whatever the order of the files
        ([("A", "T1"), ("B", "T1"), ("A", "Delår")], "T1"),  # most returns win over order
        ([("A", "Delår"), ("B", "Delår"), ("A", "T1")], "Delår"),
        ([("A", "T1")], "T1"),
    ],
)
def test_the_period_is_the_most_common_and_a_tie_goes_to_the_later(
    tmp_path: Path, returns: list[tuple[str, str]], period: str
) -> None:
    paths = [
        _return(tmp_path, f"{n}-{unit}-{p}.xlsx", unit, p, FILLED_A if unit == "A" else GOOD_B)
        for n, (unit, p) in enumerate(returns)
    ]
    result = check_returns(PLAN, paths)
    assert result.period_id == period
    assert [f.submission is Submission.ACCEPTED for f in result.files] == [
        p == period for _, p in returns
    ]


def test_expected_and_missing_units_follow_the_plans_periods_and_units() -> None:
    plan = Plan(
        name="p",
        goals=(Goal("G", "g"),),
        indicators=(
            Indicator("X", "G", "x", units=("A",), periods=("T1",)),
            Indicator("Y", "G", "y", periods=("Delår",)),
        ),
        units=(Unit("A", "Alfa"), Unit("B", "Beta")),
        periods=(Period("T1", "T1"), Period("Delår", "Delår")),
    )
    assert [u.id for u in expected_units(plan, "T1")] == ["A"]
    assert [u.id for u in expected_units(plan, "Delår")] == ["A", "B"]
    returned = ReturnedFile("a.xlsx", "", None, Submission.REJECTED, unit_id="A")
    assert [u.id for u in missing_units(plan, CheckResult("Delår", (returned,)))] == ["B"]
    assert [u.id for u in missing_units(plan, CheckResult("T1", (returned,)))] == []


def test_without_returns_the_period_is_the_plans_first() -> None:
    assert check_returns(PLAN, []).period_id == "T1"
    assert check_returns(replace(PLAN, periods=()), []).period_id == ""


def test_progress_is_reported_after_each_file(tmp_path: Path) -> None:
    a = _return(tmp_path, "a.xlsx", "A", "T1", FILLED_A)
    b = _return(tmp_path, "b.xlsx", "B", "T1", GOOD_B)
    calls: list[tuple[int, int, str]] = []
    check_returns(PLAN, [a, b], period_id="T1", progress=lambda *c: calls.append(c))
    assert [(done, total, Path(name).name) for done, total, name in calls] == [
        (1, 2, "a.xlsx"),
        (2, 2, "b.xlsx"),
    ]


def test_every_units_duplicates_are_settled_not_only_the_first_units(tmp_path: Path) -> None:
    a = _return(tmp_path, "a.xlsx", "A", "T1", FILLED_A, mtime=MAY_1)  # alone
    old_b = _return(tmp_path, "b1.xlsx", "B", "T1", GOOD_B, mtime=MAY_1)
    new_b = fill(old_b, tmp_path / "b2.xlsx", {("I2", "outcome"): 21}, mtime=MAY_1 + SECOND)
    result = check_returns(PLAN, [a, old_b, new_b], period_id="T1")
    assert [(Path(f.name).name, f.submission) for f in result.files] == [
        ("a.xlsx", Submission.ACCEPTED),
        ("b1.xlsx", Submission.DUPLICATE),
        ("b2.xlsx", Submission.ACCEPTED),
    ]


def _without_title(sheet: Worksheet) -> None:
    """Clear the title block, which names the unit and the period."""
    for row in sheet.iter_rows(max_row=L.HEADER_ROW):
        for cell in row:
            cell.value = None


def test_a_return_without_identity_or_period_is_checked_against_the_common_period(
    tmp_path: Path,
) -> None:
    a = _return(tmp_path, "a.xlsx", "A", "T1", FILLED_A)
    # No identity and no period anywhere: only the file name tells the unit.
    blank = generated(tmp_path / "blank-b.xlsx", "B", "T1")
    b = fill(blank, tmp_path / "Förvaltning Beta.xlsx", {**GOOD_B, ("I6", "outcome"): 520},
             edit=_without_title, drop_identity_sheet=True, drop_properties=True)  # fmt: skip
    result = check_returns(PLAN, [a, b], previous={("B", "I6"): 560.0})
    assert result.period_id == "T1"
    assert [(f.unit_id, f.period_id, f.identity, f.submission) for f in result.files] == [
        ("A", "T1", "sheet", Submission.ACCEPTED),
        ("B", "T1", "headers", Submission.ACCEPTED),  # the period it was checked against
    ]
    b_values = {v.indicator_id: v for v in result.values if v.unit_id == "B"}
    assert b_values["I2"].value == 20.0
    # 520 is above the ingångsvärde 500 but below the previous outcome 560: not met
    assert b_values["I6"].status is Status.NOT_MET


def test_a_return_for_another_period_is_rejected_and_says_which(tmp_path: Path) -> None:
    a = _return(tmp_path, "a.xlsx", "A", "T1", FILLED_A)
    b = _return(tmp_path, "b.xlsx", "B", "T1", GOOD_B)
    other = _return(tmp_path, "delar.xlsx", "B", "Delår", {**GOOD_B, ("I2", "outcome"): "x"})
    result = check_returns(PLAN, [a, other, b])
    assert [f.submission for f in result.files] == [
        Submission.ACCEPTED, Submission.REJECTED, Submission.ACCEPTED,
    ]  # fmt: skip
    [wrong] = [f for f in result.findings if f.file == str(other)]
    assert (wrong.code, wrong.severity, wrong.message) == (
        "wrong-period",
        Severity.ERROR,
        "Arbetsboken gäller perioden ”Delårsrapport”, inte den som kontrolleras (”Tertial 1”). "
        "Be enheten fylla i arbetsboken för rätt period och skicka den.",
    )
    assert sorted({v.unit_id for v in result.values}) == ["A", "B"]
    assert {v.indicator_id: v.value for v in result.values if v.unit_id == "B"}["I2"] == 20.0


def test_a_return_rejected_for_its_unit_is_not_also_told_its_period_is_wrong(
    tmp_path: Path,
) -> None:
    with_gamma = replace(PLAN, units=(*PLAN.units, Unit("C", "Förvaltning Gamma")))
    blank = generated(tmp_path / "blank-c.xlsx", "C", "Delår", with_gamma)
    gamma = fill(blank, tmp_path / "gamma.xlsx", FILLED_A)
    a = _return(tmp_path, "a.xlsx", "A", "T1", FILLED_A)
    result = check_returns(PLAN, [a, gamma], period_id="T1")
    assert [(f.code, f.severity) for f in result.findings if f.file == str(gamma)] == [
        ("unit-unknown", Severity.ERROR)
    ]
    assert [f.submission for f in result.files] == [Submission.ACCEPTED, Submission.REJECTED]
