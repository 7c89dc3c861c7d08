"""Goal roll-up by the plan's Sammanvägning rule, and statuses read from labels."""

from __future__ import annotations

import pytest

from vpt.model import Goal, Indicator, Plan
from vpt.targets import RollupKind, RollupRule, Status, parse_rollup_rule, rollup, rollup_goals

MET, PARTLY, NOT, NA = Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.NOT_ASSESSED
POINTS = RollupRule()
WORST = RollupRule(RollupKind.WORST)
SHARE = RollupRule(RollupKind.SHARE, 0.75, 0.5)


@pytest.mark.parametrize(
    ("statuses", "rule", "status", "explanation"),
    [
        ([MET, MET, MET, PARTLY], POINTS, MET, "3 av 4 uppfyllda, 1 delvis (medelpoäng 1,75)"),
        ([MET, NOT], POINTS, PARTLY, "1 av 2 uppfyllda, 1 ej uppfyllda (medelpoäng 1)"),
        (
            [PARTLY, NOT, NOT],
            POINTS,
            NOT,
            "0 av 3 uppfyllda, 1 delvis, 2 ej uppfyllda (medelpoäng 0,33)",
        ),
        (
            [MET, MET, NOT, NA],
            POINTS,
            PARTLY,
            "2 av 3 uppfyllda, 1 ej uppfyllda, 1 ej bedömda (medelpoäng 1,33)",
        ),
        ([MET, MET, MET, PARTLY], WORST, PARTLY, "3 av 4 uppfyllda, 1 delvis"),
        ([MET, NOT, PARTLY], WORST, NOT, "1 av 3 uppfyllda, 1 delvis, 1 ej uppfyllda"),
        (
            [MET, MET, MET, NOT],
            SHARE,
            MET,
            "3 av 4 uppfyllda, 1 ej uppfyllda (andel uppfyllda 75 %)",
        ),
        ([MET, NOT], SHARE, PARTLY, "1 av 2 uppfyllda, 1 ej uppfyllda (andel uppfyllda 50 %)"),
        (
            [MET, PARTLY, NOT],
            SHARE,
            NOT,
            "1 av 3 uppfyllda, 1 delvis, 1 ej uppfyllda (andel uppfyllda 33,33 %)",
        ),
        ([NA, NA], POINTS, NA, "Inget bedömt (2 ej bedömda)."),
        ([], WORST, NA, "Inget att bedöma."),
    ],
)
def test_rollup(statuses: list[Status], rule: RollupRule, status: Status, explanation: str) -> None:
    result = rollup(statuses, rule)
    assert result.status is status
    assert result.explanation == explanation
    assert result.met + result.partly_met + result.not_met + result.not_assessed == len(statuses)


@pytest.mark.parametrize(
    ("text", "kind", "met_at", "partly_at", "problem"),
    [
        ("", RollupKind.POINTS, 1.5, 0.5, False),
        ("Poäng", RollupKind.POINTS, 1.5, 0.5, False),
        ("Medelpoäng 1,6 / 0,8", RollupKind.POINTS, 1.6, 0.8, False),
        ("Sämsta", RollupKind.WORST, 1.5, 0.5, False),
        ("Sämsta värdet gäller", RollupKind.WORST, 1.5, 0.5, False),
        ("Andel uppfyllda", RollupKind.SHARE, 0.75, 0.5, False),
        ("Andel uppfyllda 80 % / 60 %", RollupKind.SHARE, 0.8, 0.6, False),
        ("Poäng 3 / 1", RollupKind.POINTS, 1.5, 0.5, True),
        ("Som vi brukar", RollupKind.POINTS, 1.5, 0.5, True),
    ],
)
def test_parse_rollup_rule(
    text: str, kind: RollupKind, met_at: float, partly_at: float, problem: bool
) -> None:
    rule = parse_rollup_rule(text)
    assert (rule.kind, rule.met_at, rule.partly_at) == (kind, met_at, partly_at)
    assert bool(rule.problem) is problem
    assert rule.description.endswith(".")


def test_rule_descriptions_state_the_thresholds() -> None:
    assert "1,5" in POINTS.description and "0,5" in POINTS.description
    assert "75 %" in SHARE.description
    assert "sämsta" in WORST.description


def _plan() -> Plan:
    goals = (
        Goal("A", "Top"),
        Goal("A1", "Sub 1", parent_id="A"),
        Goal("A2", "Sub 2", parent_id="A"),
        Goal("B", "Other"),
        Goal("C", "Empty"),
    )
    indicators = (
        Indicator("i1", "A", "x"),
        Indicator("i2", "A1", "x"),
        Indicator("i3", "A1", "x"),
        Indicator("i4", "A2", "x"),
        Indicator("i5", "B", "x"),
    )
    return Plan("P", goals=goals, indicators=indicators)


def test_goals_roll_up_their_indicators_and_sub_goals() -> None:
    statuses = {"i1": MET, "i2": MET, "i3": NOT, "i5": NA}
    result = rollup_goals(_plan(), statuses, POINTS)
    assert result["A1"].status is PARTLY  # met + not met = 1 point
    assert result["A2"].status is NA  # i4 does not apply
    assert result["A"].status is MET  # i1 met (2) + A1 partly (1) = 1,5
    assert result["A"].children == ("A1",)
    assert result["A"].explanation == "1 av 2 uppfyllda, 1 delvis (medelpoäng 1,5)"
    assert result["B"].status is NA
    assert result["C"].explanation == "Inget att bedöma."


def test_a_cycle_in_the_goal_tree_does_not_hang() -> None:
    plan = Plan(
        "P",
        goals=(Goal("X", "x", parent_id="Y"), Goal("Y", "y", parent_id="X")),
        indicators=(Indicator("i", "X", "x"),),
    )
    result = rollup_goals(plan, {"i": MET})
    assert result["X"].status is MET


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Uppfyllt", MET),
        ("uppfyllt", MET),
        (" UPPFYLLT. ", MET),
        ("Delvis", PARTLY),
        ("Delvis uppfyllt", PARTLY),
        ("delvis uppfylld", PARTLY),
        ("Ej uppfyllt", NOT),
        ("inte uppfyllt", NOT),
        ("Ej bedömt", NA),
        ("met", MET),
        ("not_met", NOT),
        ("√", MET),
        ("± Delvis uppfyllt", PARTLY),
        ("kanske", None),
        ("", None),
        (None, None),
        (3, None),
    ],
)
def test_status_from_label(text: object, status: Status | None) -> None:
    assert Status.from_label(text) is status


def test_status_labels_and_symbols_are_distinct() -> None:
    assert [s.label for s in Status] == ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"]
    symbols = [s.symbol for s in Status]
    assert len(set(symbols)) == 4
    # Latin-1 or WGL4 only, so Calibri, Arial and DejaVu all have a glyph.
    assert all(ord(c) <= 0xFF or c in "√–" for c in symbols)
