from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.planbook.conftest import GOOD
from vpt.model import Direction, IndicatorType
from vpt.planbook import read_plan, write_plan
from vpt.planbook.writer import blank_plan


def test_good_plan_reads_without_findings(make_plan: Callable[..., Path]) -> None:
    plan, report = read_plan(make_plan())
    assert plan is not None
    assert report.flatten(("code",)) == []
    assert plan.name == "Testplan"
    assert plan.year == 2025
    assert plan.levels == ("Perspektiv", "Effektmål")
    assert plan.tolerance == pytest.approx(0.10)
    assert [g.id for g in plan.goals] == ["P1", "E1"]
    assert plan.goals[1].parent_id == "P1"
    first = plan.indicators[0]
    assert (first.type, first.target, first.periods) == (
        IndicatorType.PERCENT,
        "Minst 75%",
        ("T1", "Helår"),
    )
    assert plan.indicators[1].units == ("A",)
    assert plan.periods[0].deadline == date(2025, 5, 15)
    assert plan.level_name("E1") == "Effektmål"


def test_headers_are_matched_loosely(make_plan: Callable[..., Path]) -> None:
    """Case, spaces, hyphens, column order, extra columns, trailing empty rows, numbers as text."""
    indicators = [
        ["Anteckning", "  MÅL ID ", "indikator", "målvärde:", "id", "RIKTNING"],
        ["x", "E1", "Andel besök", "Minst 75%", 1, "högre är bättre"],
        [None, None, None, None, None, None],
        ["", "", "", "", "", ""],
    ]
    goals = [["id", "RUBRIK", "överordnat-id"], ["P1", "Invånare", None], ["E1", "Vård", "P1"]]
    plan, report = read_plan(make_plan(Indikatorer=indicators, Mål=goals))
    assert plan is not None
    assert report.flatten(("code",)) == []
    (indicator,) = plan.indicators
    assert (indicator.id, indicator.goal_id, indicator.direction) == ("1", "E1", Direction.HIGHER)


def test_header_may_stand_below_instruction_rows(make_plan: Callable[..., Path]) -> None:
    units = [["Fyll i enheterna nedan."], [], ["ID", "Namn"], ["A", "Förvaltning A"], ["B", "B"]]
    plan, report = read_plan(make_plan(Enheter=units))
    assert plan is not None and [u.id for u in plan.units] == ["A", "B"]
    assert report.flatten(("code",)) == []


def test_numbers_typed_as_numbers_become_ids_as_shown(make_plan: Callable[..., Path]) -> None:
    goals = [["ID", "Rubrik"], [1, "Ett"], [2.0, "Två"]]
    indicators = [
        ["ID", "Mål-ID", "Indikator", "Målvärde"],
        [11, 1, "A", "Ja"],
        [12, 2, "B", "Nej"],
    ]
    plan, _report = read_plan(make_plan(Mål=goals, Indikatorer=indicators))
    assert plan is not None
    assert [g.id for g in plan.goals] == ["1", "2"]
    assert [i.goal_id for i in plan.indicators] == ["1", "2"]


def test_blank_plan_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "ny.xlsx"
    write_plan(blank_plan(), path)
    plan, report = read_plan(path)
    assert plan == blank_plan()
    assert report.errors == []


def test_fingerprint_is_stable_and_changes_with_content(tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_plan(blank_plan(), first)
    write_plan(blank_plan(), second)
    plan_a, _ = read_plan(first)
    plan_b, _ = read_plan(second)
    assert plan_a is not None and plan_b is not None
    assert plan_a.fingerprint == plan_b.fingerprint == blank_plan().fingerprint


@pytest.mark.parametrize(
    "change",
    [
        lambda p: {"name": p.name + " "},
        lambda p: {"tolerance": 0.2},
        lambda p: {
            "indicators": (
                p.indicators[0].__class__(
                    **{
                        **{
                            f: getattr(p.indicators[0], f)
                            for f in p.indicators[0].__dataclass_fields__
                        },
                        "target": "Minst 76%",
                    }
                ),
            )
        },
        lambda p: {"units": ()},
        lambda p: {"levels": ("Perspektiv",)},
    ],
    ids=["name", "tolerance", "målvärde", "units", "levels"],
)
def test_any_change_gives_a_new_fingerprint(change: Callable[..., dict[str, object]]) -> None:
    plan = blank_plan()
    assert replace(plan, **change(plan)).fingerprint != plan.fingerprint


def test_source_rows_do_not_change_the_fingerprint() -> None:
    plan = blank_plan()
    moved = replace(plan, goals=tuple(replace(g, row=(g.row or 0) + 5) for g in plan.goals))
    assert moved.fingerprint == plan.fingerprint


def test_good_fixture_has_the_sheets_the_contract_names() -> None:
    assert set(GOOD) == {"Plan", "Mål", "Indikatorer", "Enheter", "Perioder"}
