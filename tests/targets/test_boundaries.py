"""Boundary tables: every rule with a limit, tried on the limit, just below and just above it.

The expected statuses and numbers are worked out by hand from the rule in words (the docstrings
of vpt.targets and the Instruktioner sheet), never taken from vpt. "Just" is 1e-6: far more than
the 1e-9 rounding, far less than any real difference.
"""

from __future__ import annotations

import pytest

from vpt.model import Direction, Goal, Indicator, IndicatorType, Plan
from vpt.targets import (
    RollupKind,
    RollupRule,
    Status,
    assess,
    normalise_outcome,
    parse_rollup_rule,
    parse_target,
    rollup,
    rollup_goals,
)
from vpt.targets.bands import bands
from vpt.targets.normalise import implausible_percent
from vpt.targets.reading import within_limits
from vpt.targets.types import Bands, Outcome, Target, TargetKind

MET, PARTLY, NOT, NA = Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.NOT_ASSESSED
P, N = IndicatorType.PERCENT, IndicatorType.NUMBER
E = 1e-6

# (målvärde, gränsvärde, tolerance, outcome, status)
BANDS: list[tuple[str, str, float, float, Status]] = [
    # "Minst 75%": met from 75; partly from 75 − 10 % of 75 = 67,5.
    ("Minst 75%", "", 0.10, 75, MET),
    ("Minst 75%", "", 0.10, 75 - E, PARTLY),
    ("Minst 75%", "", 0.10, 75 + E, MET),
    ("Minst 75%", "", 0.10, 67.5, PARTLY),
    ("Minst 75%", "", 0.10, 67.5 - E, NOT),
    ("Minst 75%", "", 0.10, 67.5 + E, PARTLY),
    # "> 90%": strict, so 90 itself is not met; partly from 81 (inclusive).
    ("> 90%", "", 0.10, 90, PARTLY),
    ("> 90%", "", 0.10, 90 + E, MET),
    ("> 90%", "", 0.10, 90 - E, PARTLY),
    ("> 90%", "", 0.10, 81, PARTLY),
    ("> 90%", "", 0.10, 81 - E, NOT),
    # "Högst 5 %": met up to 5; partly up to 5,5.
    ("Högst 5 %", "", 0.10, 5, MET),
    ("Högst 5 %", "", 0.10, 5 + E, PARTLY),
    ("Högst 5 %", "", 0.10, 5 - E, MET),
    ("Högst 5 %", "", 0.10, 5.5, PARTLY),
    ("Högst 5 %", "", 0.10, 5.5 + E, NOT),
    ("Högst 5 %", "", 0.10, 5.5 - E, PARTLY),
    # "får inte överskridas mer än 35 gånger": at most 35 (inclusive); partly up to 38,5.
    ("får inte överskridas mer än 35 gånger", "", 0.10, 35, MET),
    ("får inte överskridas mer än 35 gånger", "", 0.10, 35 - E, MET),
    ("får inte överskridas mer än 35 gånger", "", 0.10, 35 + E, PARTLY),
    ("får inte överskridas mer än 35 gånger", "", 0.10, 38.5, PARTLY),
    ("får inte överskridas mer än 35 gånger", "", 0.10, 38.5 + E, NOT),
    # "< 18": strict; partly up to 19,8.
    ("< 18", "", 0.10, 18, PARTLY),
    ("< 18", "", 0.10, 18 - E, MET),
    ("< 18", "", 0.10, 19.8, PARTLY),
    ("< 18", "", 0.10, 19.8 + E, NOT),
    # "77-80": met on both ends; partly from 69,3 and up to 88.
    ("77-80", "", 0.10, 77, MET),
    ("77-80", "", 0.10, 77 - E, PARTLY),
    ("77-80", "", 0.10, 80, MET),
    ("77-80", "", 0.10, 80 + E, PARTLY),
    ("77-80", "", 0.10, 69.3, PARTLY),
    ("77-80", "", 0.10, 69.3 - E, NOT),
    ("77-80", "", 0.10, 88, PARTLY),
    ("77-80", "", 0.10, 88 + E, NOT),
    # A gränsvärde replaces the tolerance on its side of the target.
    ("Minst 90 %", "80 %", 0.10, 80, PARTLY),
    ("Minst 90 %", "80 %", 0.10, 80 - E, NOT),
    ("Minst 90 %", "80 %", 0.10, 80 + E, PARTLY),
    ("Minst 90 %", "80 %", 0.10, 81 - E, PARTLY),  # the tolerance's 81 no longer counts
    # A gränsvärde equal to the target: nothing is partly met.
    ("Minst 75%", "75 %", 0.10, 75, MET),
    ("Minst 75%", "75 %", 0.10, 75 - E, NOT),
    ("Minst 75%", "75 %", 0.10, 70, NOT),
    ("Högst 30", "30", 0.10, 30, MET),
    ("Högst 30", "30", 0.10, 30 + E, NOT),
    ("Högst 30", "35", 0.10, 35, PARTLY),
    ("Högst 30", "35", 0.10, 35 + E, NOT),
    # A gränsvärde on the wrong side is not used: the tolerance is.
    ("Minst 75%", "80 %", 0.10, 67.5, PARTLY),
    ("Minst 75%", "80 %", 0.10, 67.5 - E, NOT),
    ("Högst 30", "25", 0.10, 33, PARTLY),
    ("Högst 30", "25", 0.10, 33 + E, NOT),
    # A range's gränsvärde sets the side it lies on; the other side keeps the tolerance.
    ("77-80", "70", 0.10, 70, PARTLY),
    ("77-80", "70", 0.10, 70 - E, NOT),
    ("77-80", "70", 0.10, 88, PARTLY),
    ("77-80", "85", 0.10, 85, PARTLY),
    ("77-80", "85", 0.10, 85 + E, NOT),
    ("77-80", "85", 0.10, 69.3, PARTLY),
    ("77-80", "77", 0.10, 77 - E, NOT),
    ("77-80", "80", 0.10, 80 + E, NOT),
    # The plan's tolerance: 20 % of 50 is 10; none at 0; a negative one counts as none.
    ("Minst 50", "", 0.20, 40, PARTLY),
    ("Minst 50", "", 0.20, 40 - E, NOT),
    ("Minst 50", "", 0.0, 50 - E, NOT),
    ("Minst 50", "", 0.0, 50, MET),
    ("Minst 50", "", -0.5, 50 - E, NOT),
    ("Högst 50", "", 0.20, 60, PARTLY),
    ("Högst 50", "", 0.20, 60 + E, NOT),
    # A target of 0 has no band.
    ("Högst 0", "", 0.10, 0, MET),
    ("Högst 0", "", 0.10, E, NOT),
    ("Minst 0", "", 0.10, 0, MET),
    ("Minst 0", "", 0.10, -E, NOT),
    ("> 0", "", 0.10, 0, NOT),
    ("> 0", "", 0.10, E, MET),
    ("< 0", "", 0.10, 0, NOT),
    ("< 0", "", 0.10, -E, MET),
    # Rounding to 9 decimals: 1e-10 below the target is the target.
    ("Minst 75%", "", 0.10, 75 - 1e-10, MET),
    ("Minst 75%", "", 0.10, 75 - 2e-9, PARTLY),
    ("> 90%", "", 0.10, 90 + 1e-10, PARTLY),
]


@pytest.mark.parametrize(("target", "threshold", "tolerance", "value", "status"), BANDS)
def test_band_boundaries(
    target: str, threshold: str, tolerance: float, value: float, status: Status
) -> None:
    kind = P if "%" in target else N
    direction = Direction.LOWER if target.startswith(("Högst", "<")) else Direction.HIGHER
    parsed = parse_target(target, type=kind, direction=direction)
    outcome = normalise_outcome(f"{value:.10f}".replace(".", ","), N)
    result = assess(parsed, outcome, threshold_text=threshold, tolerance=tolerance)
    assert result.status is status


# (målvärde, previous, baseline, comparison, outcome, status)
CHANGES: list[tuple[str, float | None, float | None, float | None, float, Status]] = [
    # A change target has no tolerance: "Öka med 10%" from 200 is met from 220, partly for any
    # rise short of that, and not met when unchanged or lower (issue 10: a fall is never delvis).
    ("Öka med 10% jämfört med fg år", None, 200, None, 220, MET),
    ("Öka med 10% jämfört med fg år", None, 200, None, 220 - E, PARTLY),
    ("Öka med 10% jämfört med fg år", None, 200, None, 200 + E, PARTLY),
    ("Öka med 10% jämfört med fg år", None, 200, None, 200, NOT),
    ("Öka med 10% jämfört med fg år", None, 200, None, 198, NOT),
    # "Minska med 5" from 30: met up to 25, partly for any fall short of that, not met at 30.
    ("Minska med 5 jämfört med fg år", None, 30, None, 25, MET),
    ("Minska med 5 jämfört med fg år", None, 30, None, 25 + E, PARTLY),
    ("Minska med 5 jämfört med fg år", None, 30, None, 30 - E, PARTLY),
    ("Minska med 5 jämfört med fg år", None, 30, None, 30, NOT),
    ("Minska med 5 jämfört med fg år", None, 30, None, 30 + E, NOT),
    # "med mer än 5": the amount itself is not enough. From 30, 25 is partly met, just below met.
    ("Minska med mer än 5 jämfört med fg år", None, 30, None, 25 - E, MET),
    ("Minska med mer än 5 jämfört med fg år", None, 30, None, 25, PARTLY),
    ("Minska med mer än 5 jämfört med fg år", None, 30, None, 25 + E, PARTLY),
    ("Minska med mer än 5 jämfört med fg år", None, 30, None, 30, NOT),
    # "Öka med över 10 %" from 200: 220 is partly met, just above it met.
    ("Öka med över 10 % jämfört med fg år", None, 200, None, 220 + E, MET),
    ("Öka med över 10 % jämfört med fg år", None, 200, None, 220, PARTLY),
    ("Öka med över 10 % jämfört med fg år", None, 200, None, 220 - E, PARTLY),
    ("Öka med över 10 % jämfört med fg år", None, 200, None, 200, NOT),
    # "Öka" from 100 is strict and has no partly band: 100 is not met, just above is met.
    ("Öka", None, 100, None, 100, NOT),
    ("Öka", None, 100, None, 100 + E, MET),
    ("Öka", None, 100, None, 100 - E, NOT),
    # The previous outcome wins over the ingångsvärde, which wins over the jämförelsevärde.
    ("Öka", 300, 200, 100, 250, NOT),  # from 300 a fall (from 200 it would be met)
    ("Öka", 300, 200, 100, 300 + E, MET),
    ("Öka", None, 200, 100, 150, NOT),  # from 200 a fall (from 100 it would be met)
    ("Öka", None, 200, 100, 200 + E, MET),
    ("Öka", None, None, 100, 100 + E, MET),  # from the unit's jämförelsevärde
    ("Öka", None, None, 100, 100, NOT),
    ("Öka", None, None, 100, 100 - E, NOT),
    # No reference at all: not assessed (without egen bedömning).
    ("Öka", None, None, None, 500, NA),
]


@pytest.mark.parametrize(
    ("target", "previous", "baseline", "comparison", "value", "status"), CHANGES
)
def test_change_boundaries(
    target: str,
    previous: float | None,
    baseline: float | None,
    comparison: float | None,
    value: float,
    status: Status,
) -> None:
    result = assess(
        parse_target(target, type=N),
        Outcome(round(value, 9)),
        previous=previous,
        baseline=baseline,
        comparison=comparison,
    )
    assert result.status is status
    assert result.by_own is False


@pytest.mark.parametrize(
    ("own", "status", "by_own", "computed"),
    [
        ("Delvis uppfyllt", PARTLY, True, False),
        ("Uppfyllt", MET, True, False),
        ("", NA, False, True),
        ("Ej bedömt", NA, False, True),
    ],
)
def test_change_without_any_reference_takes_the_egen_bedomning(
    own: str, status: Status, by_own: bool, computed: bool
) -> None:
    result = assess(parse_target("Öka"), Outcome(500.0), own=own or None)
    assert (result.status, result.by_own, result.computed) == (status, by_own, computed)
    assert result.reason.startswith("Enligt enhetens bedömning" if by_own else "Ej bedömt")


def test_no_outcome_means_not_assessed_even_with_egen_bedomning() -> None:
    result = assess(parse_target("Öka"), Outcome(None, empty=True), own="Uppfyllt")
    assert (result.status, result.by_own) == (NA, False)


# (what the cell holds, percent cell?, value read in percent points, finding code)
PERCENTS: list[tuple[object, bool, float | None, str]] = [
    # A percent cell holds the fraction up to 10 (1 000 %); above, percent points without "%".
    (0.75, True, 75.0, ""),
    (2.0, True, 200.0, ""),  # 200 % is a real outcome (a cost coverage), read as typed
    (2.5, True, 250.0, ""),
    (10.0, True, 1000.0, ""),
    (10.0 - E, True, 999.9999, ""),
    (10.0 + E, True, 10.000001, "outcome-percent-missing"),
    (75.0, True, 75.0, "outcome-percent-missing"),
    (-10.0, True, -1000.0, ""),
    (-10.0 - E, True, -10.000001, "outcome-percent-missing"),
    (0.57, True, 57.0, ""),  # 0.57 × 100 is 56.99999999999999 unless rounded
    # Typed as text: "75 %" is 75; a bare fraction under 1 is read as percent, with a doubt.
    ("75 %", False, 75.0, ""),
    ("250 %", False, 250.0, ""),
    ("0,72", False, 72.0, "outcome-percent-ambiguous"),
    ("0,999999", False, 99.9999, "outcome-percent-ambiguous"),
    ("1", False, 1.0, ""),
    ("1,000001", False, 1.000001, ""),
    ("0", False, 0.0, ""),
    ("-0,5", False, -50.0, "outcome-percent-ambiguous"),
]


@pytest.mark.parametrize(("raw", "cell", "value", "code"), PERCENTS)
def test_percent_reading_boundaries(raw: object, cell: bool, value: float, code: str) -> None:
    outcome = normalise_outcome(raw, P, percent_cell=cell)
    assert (outcome.value, outcome.code) == (value, code)


@pytest.mark.parametrize(
    ("value", "target", "implausible"),
    [
        (100.0, "Minst 75%", False),
        (100 + E, "Minst 75%", True),
        (420.0, "Högst 5 %", True),
        (420.0, "Minst 150 %", False),  # the target itself goes over 100 %
        (150.0, "Minst 100,5 %", False),  # … if only just
        (100 + E, "Högst 100 %", True),  # the target reaches 100, never over it
        (250.0, "90-110 %", False),  # the range goes over 100 %
        (250.0, "50-100 %", True),
        (250.0, "Öka", False),  # no number to compare with
    ],
)
def test_implausible_percent_boundaries(value: float, target: str, implausible: bool) -> None:
    assert implausible_percent(value, P, parse_target(target, type=P)) is implausible


def test_implausible_is_only_for_percent_indicators() -> None:
    assert implausible_percent(420.0, N, parse_target("Högst 5", type=N)) is False


@pytest.mark.parametrize(
    ("value", "kind", "inside"),
    [
        (-100.0, P, True),
        (-100 - E, P, False),
        (1000.0, P, True),
        (1000 + E, P, False),
        (1e9, N, True),
        (1e9 + 1, N, False),
        (-1e9, N, True),
        (-1e9 - 1, N, False),
        (1e12, IndicatorType.TEXT, True),  # no limits for text
    ],
)
def test_plausible_range_boundaries(value: float, kind: IndicatorType, inside: bool) -> None:
    assert within_limits(value, kind) is inside


M2, P1 = [MET, MET], [PARTLY]
# (statuses, rule, status, score): points 2/1/0 averaged; met from 1,5, partly from 0,5.
ROLLUPS: list[tuple[list[Status], RollupRule, Status, float | None]] = [
    ([MET, PARTLY], RollupRule(), MET, 1.5),  # on 1,5
    ([MET, MET, MET, PARTLY, NOT], RollupRule(), PARTLY, 1.4),  # just below
    ([MET, MET, PARTLY], RollupRule(), MET, 5 / 3),  # above
    ([PARTLY, NOT], RollupRule(), PARTLY, 0.5),  # on 0,5
    ([PARTLY, NOT, NOT], RollupRule(), NOT, 1 / 3),  # below
    ([PARTLY, PARTLY, NOT], RollupRule(), PARTLY, 2 / 3),  # above
    ([MET, PARTLY, NA], RollupRule(), MET, 1.5),  # not assessed counts for nothing
    ([MET, NOT, NA, NA], RollupRule(), PARTLY, 1.0),
    ([NA, NA], RollupRule(), NA, None),
    ([], RollupRule(), NA, None),
    # Share of met: met from 75 %, partly from 50 %.
    ([MET, MET, MET, NOT], RollupRule(RollupKind.SHARE, 0.75, 0.5), MET, 0.75),
    ([MET, MET, NOT], RollupRule(RollupKind.SHARE, 0.75, 0.5), PARTLY, 2 / 3),
    ([MET, MET, MET, MET, NOT], RollupRule(RollupKind.SHARE, 0.75, 0.5), MET, 0.8),
    ([MET, NOT], RollupRule(RollupKind.SHARE, 0.75, 0.5), PARTLY, 0.5),
    ([MET, NOT, NOT], RollupRule(RollupKind.SHARE, 0.75, 0.5), NOT, 1 / 3),
    ([MET, PARTLY, NA], RollupRule(RollupKind.SHARE, 0.75, 0.5), PARTLY, 0.5),
    # The worst status wins; not assessed never does while something is assessed.
    ([MET, PARTLY], RollupRule(RollupKind.WORST), PARTLY, None),
    ([MET, NA], RollupRule(RollupKind.WORST), MET, None),
    ([MET, PARTLY, NOT], RollupRule(RollupKind.WORST), NOT, None),
]


@pytest.mark.parametrize(("statuses", "rule", "status", "score"), ROLLUPS)
def test_rollup_boundaries(
    statuses: list[Status], rule: RollupRule, status: Status, score: float | None
) -> None:
    rolled = rollup(statuses, rule)
    assert rolled.status is status
    assert rolled.score == (pytest.approx(score) if score is not None else None)
    assert (rolled.met, rolled.partly_met, rolled.not_met, rolled.not_assessed) == (
        statuses.count(MET),
        statuses.count(PARTLY),
        statuses.count(NOT),
        statuses.count(NA),
    )


@pytest.mark.parametrize(
    ("text", "kind", "met_at", "partly_at", "problem"),
    [
        ("", RollupKind.POINTS, 1.5, 0.5, False),
        ("Poäng 2 / 0", RollupKind.POINTS, 2.0, 0.0, False),  # both ends allowed
        ("Poäng 2,1 / 0,5", RollupKind.POINTS, 1.5, 0.5, True),  # above the top 2
        ("Poäng 1 / 1", RollupKind.POINTS, 1.0, 1.0, False),  # equal is allowed
        ("Poäng 1 / 1,1", RollupKind.POINTS, 1.5, 0.5, True),  # partly above met
        ("Andel uppfyllda 100 % / 0 %", RollupKind.SHARE, 1.0, 0.0, False),
        ("Andel uppfyllda 60 %", RollupKind.SHARE, 0.6, 0.5, False),
        ("Andel uppfyllda 40 %", RollupKind.SHARE, 0.4, 0.4, False),  # partly follows met down
        ("Sämsta", RollupKind.WORST, 1.5, 0.5, False),
        ("Poäng 1", RollupKind.POINTS, 1.0, 0.5, False),  # partly keeps its default
        ("Poäng 0,3", RollupKind.POINTS, 0.3, 0.3, False),  # … unless above met
        ("Andel uppfyllda 150 % / 50 %", RollupKind.SHARE, 0.75, 0.5, True),  # over 100 %
        ("Andel uppfyllda 2 / 0,01", RollupKind.SHARE, 0.02, 0.01, False),  # 2 is 2 %
        ("Hur som helst", RollupKind.POINTS, 1.5, 0.5, True),
    ],
)
def test_rollup_rule_boundaries(
    text: str, kind: RollupKind, met_at: float, partly_at: float, problem: bool
) -> None:
    rule = parse_rollup_rule(text)
    assert (rule.kind, rule.met_at, rule.partly_at, bool(rule.problem)) == (
        kind,
        pytest.approx(met_at),
        pytest.approx(partly_at),
        problem,
    )


def _tree() -> Plan:
    return Plan(
        name="Träd",
        levels=("Mål", "Delmål"),
        goals=(Goal("G", "Mål"), Goal("S", "Delmål", parent_id="G"), Goal("T", "Tomt", "G")),
        indicators=(
            Indicator("I1", "G", "Direkt"),
            Indicator("I2", "S", "Under delmålet"),
            Indicator("I3", "T", "Gäller inte"),
        ),
    )


def test_a_sub_goal_that_is_not_assessed_still_votes_not_assessed() -> None:
    rolled = rollup_goals(_tree(), {"I1": MET, "I2": NA})
    goal = rolled["G"]
    assert (goal.status, goal.met, goal.not_assessed, goal.children) == (MET, 1, 1, ("S",))
    assert goal.explanation == "1 av 1 uppfyllda, 1 ej bedömda (medelpoäng 2)"


def test_a_sub_goal_with_nothing_that_applies_does_not_vote() -> None:
    rolled = rollup_goals(_tree(), {"I1": PARTLY, "I2": NOT})  # I3 applies to no one here
    goal = rolled["G"]
    assert (goal.status, goal.partly_met, goal.not_met, goal.children) == (PARTLY, 1, 1, ("S",))
    assert rolled["T"].status is NA and rolled["T"].not_assessed == 0


@pytest.mark.parametrize(
    ("raw", "value"),
    [(12.0, "12"), (12.5, "12.5"), ("  Vi har  infört rutinen. ", "Vi har infört rutinen.")],
)
def test_a_text_outcome_keeps_what_was_written(raw: object, value: str) -> None:
    assert normalise_outcome(raw, IndicatorType.TEXT).value == value


@pytest.mark.parametrize("raw", ["ungefär hälften", "#VALUE!", True])
def test_an_unreadable_outcome_has_no_value_and_says_why(raw: object) -> None:
    outcome = normalise_outcome(raw, N)
    assert (outcome.value, outcome.readable) == (None, False)
    assert outcome.code == "outcome-unreadable" and outcome.problem


@pytest.mark.parametrize(
    ("text", "met_at", "partly_at"),
    [
        ("Andel uppfyllda 1 / 0,5", 1.0, 0.5),  # 1 is a share (100 %), not 1 %
        ("75 % / 50 %", 0.75, 0.5),  # a percent sign alone means a share
    ],
)
def test_share_rule_numbers(text: str, met_at: float, partly_at: float) -> None:
    rule = parse_rollup_rule(text)
    assert (rule.kind, rule.met_at, rule.partly_at) == (
        RollupKind.SHARE,
        pytest.approx(met_at),
        pytest.approx(partly_at),
    )


def test_a_rollup_rule_that_is_not_text_is_the_default() -> None:
    assert parse_rollup_rule(None) == RollupRule()  # type: ignore[arg-type]


def test_an_unreadable_rollup_rule_says_what_to_write() -> None:
    assert parse_rollup_rule("Hur som helst").problem == (
        "Sammanvägningen ”Hur som helst” går inte att läsa; standardregeln (poäng) används. "
        "Skriv ”Poäng”, ”Sämsta” eller ”Andel uppfyllda”."
    )


def test_goals_roll_up_by_the_plans_rule_and_keep_the_score() -> None:
    statuses = {"I1": MET, "I2": PARTLY}
    points = rollup_goals(_tree(), statuses)["G"]
    assert (points.status, points.score) == (MET, 1.5)  # (2 + 1) / 2
    worst = rollup_goals(_tree(), statuses, RollupRule(RollupKind.WORST))["G"]
    assert (worst.status, worst.score) == (PARTLY, None)


@pytest.mark.parametrize(
    ("raw", "value", "code"),
    [
        (1, True, ""),
        (0, False, ""),
        (1.0, True, ""),
        (2, None, "outcome-not-yesno"),
        (-1, None, "outcome-not-yesno"),
        (True, True, ""),
        ("Nej", False, ""),
        ("ja", True, ""),
        ("Ja.", True, ""),
        ("pågår", "delvis", ""),
    ],
)
def test_yes_no_reading(raw: object, value: object, code: str) -> None:
    outcome = normalise_outcome(raw, IndicatorType.YESNO)
    assert (outcome.value, outcome.code) == (value, code)


def test_an_unreadable_yes_no_answer_is_quoted_back() -> None:
    outcome = normalise_outcome(" kanske ", IndicatorType.YESNO)
    assert outcome.problem == "Utfallet ”kanske” går inte att läsa. Välj Ja eller Nej."


# (målvärde, reference, gränsvärde, outcome, status): a gränsvärde on a change target starts the
# delvis band only between the reference and the goal; on the far side of the reference it is not
# used, so that no change or a change the wrong way is never delvis (docs/malvarden.md).
CHANGE_LIMITS: list[tuple[str, float, str, float, Status]] = [
    # "Öka med 10%" from 200 asks for 220; gränsvärde 210 moves the band's start to 210.
    ("Öka med 10% jämfört med fg år", 200, "210", 210, PARTLY),
    ("Öka med 10% jämfört med fg år", 200, "210", 210 - E, NOT),
    ("Öka med 10% jämfört med fg år", 200, "210", 220 - E, PARTLY),
    ("Öka med 10% jämfört med fg år", 200, "210", 220, MET),
    # A gränsvärde at the goal or beyond it is not used: the band runs from above the reference.
    ("Öka med 10% jämfört med fg år", 200, "220", 200 + E, PARTLY),
    ("Öka med 10% jämfört med fg år", 200, "230", 200 + E, PARTLY),
    # A gränsvärde at or below the reference is not used: 200 and below stay ej uppfyllt.
    ("Öka med 10% jämfört med fg år", 200, "200", 200, NOT),
    ("Öka med 10% jämfört med fg år", 200, "200", 200 + E, PARTLY),
    ("Öka med 10% jämfört med fg år", 200, "190", 195, NOT),
    ("Öka med 10% jämfört med fg år", 200, "190", 190, NOT),
    # "Öka" has no band at all: a gränsvärde below the reference does not make a fall delvis.
    ("Öka", 100, "95", 97, NOT),
    ("Öka", 100, "95", 95, NOT),
    ("Öka", 100, "95", 100, NOT),
    ("Öka", 100, "95", 100 + E, MET),
    # The same for a fall: "Minska med 5" from 30 asks for 25; gränsvärde 27 starts the band.
    ("Minska med 5 jämfört med fg år", 30, "27", 27, PARTLY),
    ("Minska med 5 jämfört med fg år", 30, "27", 27 + E, NOT),
    ("Minska med 5 jämfört med fg år", 30, "27", 25 + E, PARTLY),
    ("Minska med 5 jämfört med fg år", 30, "27", 25, MET),
    ("Minska med 5 jämfört med fg år", 30, "32", 31, NOT),
    ("Minska med 5 jämfört med fg år", 30, "30", 30 - E, PARTLY),
    ("Minska", 100, "105", 103, NOT),
    ("Minska", 100, "105", 100 - E, MET),
]


@pytest.mark.parametrize(("target", "reference", "threshold", "value", "status"), CHANGE_LIMITS)
def test_a_gransvarde_on_a_change_target_never_makes_the_wrong_way_delvis(
    target: str, reference: float, threshold: str, value: float, status: Status
) -> None:
    result = assess(
        parse_target(target, type=N),
        Outcome(round(value, 9)),
        baseline=reference,
        threshold_text=threshold,
    )
    assert result.status is status


def _strict_change(direction: Direction, amount: float) -> Target:
    """A strict change by an amount ("öka med mer än 10"), built directly."""
    return Target("med mer än", TargetKind.CHANGE, op=">" if direction is Direction.HIGHER else "<",
                  change_amount=amount, change_direction=direction, direction=direction)  # fmt: skip


# The bands of change targets from the reference 100, written out by hand: (target, gränsvärde,
# bands). No tolerance: without an amount there is no delvis band (partly = met).
CHANGE_BANDS: list[tuple[Target, str, Bands]] = [
    (parse_target("Öka", type=N), "",
     Bands(met_low=100, met_low_strict=True, partly_low=100, partly_low_strict=True,
           target_value=100)),
    (parse_target("Ska inte minska", type=N), "",
     Bands(met_low=100, partly_low=100, target_value=100)),
    (parse_target("Ska inte minska", type=N), "100",
     Bands(met_low=100, partly_low=100, target_value=100)),
    (parse_target("Minska", type=N), "",
     Bands(met_high=100, met_high_strict=True, partly_high=100, partly_high_strict=True,
           target_value=100)),
    (parse_target("Ska inte öka", type=N), "",
     Bands(met_high=100, partly_high=100, target_value=100)),
    (parse_target("Minska med 5 jämfört med fg år", type=N), "",
     Bands(met_high=95, partly_high=100, partly_high_strict=True, target_value=95)),
    (parse_target("Minska med 5 jämfört med fg år", type=N), "97",
     Bands(met_high=95, partly_high=97, target_value=95)),
    (parse_target("Minska med 5 jämfört med fg år", type=N), "100",  # at the reference: unused
     Bands(met_high=95, partly_high=100, partly_high_strict=True, target_value=95)),
    (parse_target("Minska med 5 jämfört med fg år", type=N), "95",  # at the goal: unused
     Bands(met_high=95, partly_high=100, partly_high_strict=True, target_value=95)),
    (parse_target("Öka med 10% jämfört med fg år", type=N), "105",
     Bands(met_low=110, partly_low=105, target_value=110)),
    (parse_target("Öka med 10% jämfört med fg år", type=N), "",
     Bands(met_low=110, partly_low=100, partly_low_strict=True, target_value=110)),
    (_strict_change(Direction.HIGHER, 10), "",
     Bands(met_low=110, met_low_strict=True, partly_low=100, partly_low_strict=True,
           target_value=110)),
    (_strict_change(Direction.LOWER, 5), "",
     Bands(met_high=95, met_high_strict=True, partly_high=100, partly_high_strict=True,
           target_value=95)),
]  # fmt: skip


@pytest.mark.parametrize(("target", "threshold", "expected"), CHANGE_BANDS)
def test_change_bands_exactly(target: Target, threshold: str, expected: Bands) -> None:
    assert bands(target, threshold_text=threshold, reference=100.0) == expected
