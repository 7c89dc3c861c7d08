"""Every plan check, each with a small broken workbook; findings compared as literal tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.planbook.conftest import write_book
from vpt.planbook import read_plan

GOALS_HEADER = ["ID", "Överordnat ID", "Rubrik"]
IND_HEADER = ["ID", "Mål-ID", "Indikator", "Målvärde", "Riktning", "Perioder", "Gäller för"]


def findings(path: Path, *fields: str) -> list[list[object]]:
    plan, report = read_plan(path)
    assert plan is not None
    spec = fields or ("code", "sheet", "cell")
    return [row for row in report.flatten(spec) if row[0] != "goal-without-indicators"]


def test_duplicate_ids(make_plan: Callable[..., Path]) -> None:
    goals = [GOALS_HEADER, ["P1", None, "A"], ["E1", "P1", "B"], ["E1", "P1", "C"]]
    assert findings(make_plan(Mål=goals)) == [["duplicate-id", "Mål", "A4"]]


def test_unknown_parent_and_goal(make_plan: Callable[..., Path]) -> None:
    goals = [GOALS_HEADER, ["P1", None, "A"], ["E1", "P9", "B"]]
    indicators = [IND_HEADER, ["I1", "E7", "X", "Minst 75%", "", "", ""]]
    assert findings(make_plan(Mål=goals, Indikatorer=indicators)) == [
        ["unknown-parent", "Mål", "B3"],
        ["unknown-goal", "Indikatorer", "B2"],
    ]


def test_cycle_in_goal_tree(make_plan: Callable[..., Path]) -> None:
    goals = [GOALS_HEADER, ["P1", None, "A"], ["E1", "E2", "B"], ["E2", "E1", "C"]]
    indicators = [IND_HEADER, ["I1", "P1", "X", "Minst 75%", "", "", ""]]
    assert findings(make_plan(Mål=goals, Indikatorer=indicators)) == [
        ["goal-cycle", "Mål", "B3"],
        ["goal-cycle", "Mål", "B4"],
    ]


def test_unknown_units_and_periods(make_plan: Callable[..., Path]) -> None:
    indicators = [IND_HEADER, ["I1", "E1", "X", "Minst 75%", "", "T1; T9", "A; Q"]]
    assert findings(make_plan(Indikatorer=indicators), "code", "cell", "value") == [
        ["unknown-unit", "G2", "Q"],
        ["unknown-period", "F2", "T9"],
    ]


def test_empty_names(make_plan: Callable[..., Path]) -> None:
    goals = [GOALS_HEADER, ["P1", None, "A"], ["E1", "P1", None]]
    units = [["ID", "Namn"], ["A", None]]
    periods = [["ID", "Namn"], ["T1", ""], ["Helår", "Helår"]]
    indicators = [IND_HEADER, ["I1", "E1", "", "Minst 75%", "", "", ""]]
    found = findings(make_plan(Mål=goals, Enheter=units, Perioder=periods, Indikatorer=indicators))
    assert found == [
        ["missing-name", "Mål", "C3"],
        ["missing-name", "Indikatorer", "C2"],
        ["missing-name", "Enheter", "B2"],
        ["missing-name", "Perioder", "B2"],
    ]


def test_goal_without_indicators_is_info(make_plan: Callable[..., Path]) -> None:
    goals = [GOALS_HEADER, ["P1", None, "A"], ["E1", "P1", "B"], ["E2", "P1", "C"]]
    plan, report = read_plan(make_plan(Mål=goals))
    assert plan is not None
    assert report.flatten(("code", "severity", "cell")) == [
        ["goal-without-indicators", "info", "A4"]
    ]


def test_missing_sheet(make_plan: Callable[..., Path]) -> None:
    plan, report = read_plan(make_plan(Perioder=None))
    assert plan is not None
    assert report.flatten(("code", "severity", "sheet")) == [["missing-sheet", "error", "Perioder"]]


def test_missing_required_column(make_plan: Callable[..., Path]) -> None:
    plan, report = read_plan(make_plan(Enheter=[["Kod", "Namn"], ["A", "A"]]))
    assert plan is not None
    assert ["missing-column", "Enheter"] in report.flatten(("code", "sheet"))


def test_unreadable_cells_point_at_the_cell(make_plan: Callable[..., Path]) -> None:
    indicators = [
        ["ID", "Mål-ID", "Indikator", "Typ", "Riktning"],
        ["I1", "E1", "X", "Kvot", "uppåt"],
    ]
    periods = [["ID", "Namn", "Från"], ["T1", "T1", "första maj"], ["Helår", "H", None]]
    found = findings(make_plan(Indikatorer=indicators, Perioder=periods), "code", "sheet", "cell")
    assert found == [
        ["invalid-type", "Indikatorer", "D2"],
        ["invalid-direction", "Indikatorer", "E2"],
        ["invalid-start", "Perioder", "C2"],
    ]


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_text("detta är ingen arbetsbok", encoding="utf-8")
    plan, report = read_plan(path)
    assert plan is None
    assert report.flatten(("code", "severity")) == [["plan-unreadable", "error"]]
    assert "xlsx" in report[0].message


def test_missing_file(tmp_path: Path) -> None:
    plan, report = read_plan(tmp_path / "finns-inte.xlsx")
    assert plan is None
    assert report.flatten(("code",)) == [["plan-missing-file"]]


def test_workbook_without_plan_sheets(tmp_path: Path) -> None:
    plan, report = read_plan(write_book(tmp_path / "x.xlsx", {"Blad1": [["a", "b"]]}))
    assert plan is None
    assert "plan-no-sheets" in report.codes()
