"""Texts vpt shows about its own rules, word for word: the reading of a målvärde as data for
`vpt plan check --json` (`indicator_reading`) and the roll-up rule's sentence on the summary's Om
sheet. Targets are built directly, not parsed, so these tests pin the texts and not the grammar.
Expected values are written by hand."""

from __future__ import annotations

import pytest

from vpt.model import Direction
from vpt.targets import (
    RollupKind,
    RollupRule,
    Target,
    TargetKind,
    describe_reading,
    describe_target,
    indicator_reading,
    target_phrase,
)

H, L = Direction.HIGHER, Direction.LOWER

MINST_75 = Target("Minst 75 %", TargetKind.THRESHOLD, op=">=", value=75.0, unit="%", direction=H)


def test_indicator_reading_of_a_bound_with_the_default_tolerance() -> None:
    assert indicator_reading(MINST_75) == {
        "reading": "minst 75 % (högre är bättre); delvis uppfyllt från 67,5 %",
        "kind": "threshold",
        "op": ">=",
        "value": 75.0,
        "low": None,
        "high": None,
        "unit": "%",
        "direction": "higher",
        "reference": None,
        "year_used": None,
        "basis": None,
        "doubt": None,
    }


def test_indicator_reading_uses_the_plans_tolerance_and_the_gransvarde() -> None:
    # 20 % of 75 is 15: partly met from 60 %.
    wide = indicator_reading(MINST_75, tolerance=0.2)["reading"]
    assert wide == "minst 75 % (högre är bättre); delvis uppfyllt från 60 %"
    # A gränsvärde replaces the tolerance.
    own = indicator_reading(MINST_75, tolerance=0.2, threshold="70 %")["reading"]
    assert own == "minst 75 % (högre är bättre); delvis uppfyllt från 70 %"


def test_indicator_reading_of_a_range_has_both_ends() -> None:
    target = Target("77-80", TargetKind.RANGE, low=77.0, high=80.0, value=None)
    entry = indicator_reading(target)
    assert (entry["kind"], entry["op"], entry["value"], entry["low"], entry["high"]) == (
        "range",
        None,
        None,
        77.0,
        80.0,
    )
    assert entry["unit"] == ""
    assert entry["direction"] is None
    assert entry["reference"] is None


def test_indicator_reading_of_a_change_against_a_named_year() -> None:
    target = Target(
        "Öka med 10 % jämfört med 2021",
        TargetKind.CHANGE,
        value=99.0,  # never shown for a change: its value is the amount
        unit="%",
        change_direction=H,
        change_amount=10.0,
        change_relative=True,
        direction=H,
        reference_year=2021,
    )
    entry = indicator_reading(target)
    assert entry["reading"] == (
        "öka med minst 10 % jämfört med 2021 (högre är bättre); en ökning som inte når hela "
        "vägen är delvis uppfyllt, oförändrat eller en minskning är ej uppfyllt"
    )
    assert (entry["kind"], entry["value"], entry["reference"], entry["direction"]) == (
        "change",
        10.0,
        2021,
        "higher",
    )


def test_indicator_reading_of_a_change_against_the_previous_period() -> None:
    target = Target("Minska", TargetKind.CHANGE, change_direction=L, direction=L)
    entry = indicator_reading(target)
    assert entry["reading"] == (
        "minska jämfört med föregående period (eller ingångsvärdet) (lägre är bättre); "
        "oförändrat eller en ökning är ej uppfyllt"
    )
    assert (entry["value"], entry["reference"], entry["direction"]) == (None, "previous", "lower")


def test_indicator_reading_of_a_multi_year_cell_with_basis_and_doubt() -> None:
    target = Target(
        "12 % (2025) 10 % (2026)",
        TargetKind.THRESHOLD,
        op="<=",
        value=10.0,
        unit="%",
        direction=L,
        year_used=2026,
        years=(2025, 2026),
        basis="keep",
        doubt="Läst som högst.",
    )
    entry = indicator_reading(target)
    assert entry["reading"] == (
        "högst 10 % (lägre är bättre); delvis uppfyllt upp till 11 % (värdet för 2026)"
    )
    assert (entry["year_used"], entry["basis"], entry["doubt"]) == (
        2026,
        "keep",
        "Läst som högst.",
    )


def test_indicator_reading_of_text_vpt_cannot_read() -> None:
    target = Target("bra", TargetKind.UNREADABLE)
    assert indicator_reading(target) == {
        "reading": "målvärdet går inte att läsa",
        "kind": "unreadable",
        "op": None,
        "value": None,
        "low": None,
        "high": None,
        "unit": "",
        "direction": None,
        "reference": None,
        "year_used": None,
        "basis": None,
        "doubt": None,
    }


# -- the roll-up rule on the summary's Om sheet --------------------------------------------------


def test_points_rule_sentence() -> None:
    assert RollupRule(RollupKind.POINTS, met_at=1.5, partly_at=0.5).description == (
        "Varje indikator och delmål ger poäng: uppfyllt 2, delvis uppfyllt 1, ej uppfyllt 0. "
        "Målet är uppfyllt när medelpoängen är minst 1,5, delvis uppfyllt från 0,5, annars ej "
        "uppfyllt. Ej bedömda räknas inte."
    )
    assert "minst 2, delvis uppfyllt från 1," in RollupRule(met_at=2.0, partly_at=1.0).description


def test_share_rule_sentence() -> None:
    assert RollupRule(RollupKind.SHARE, met_at=0.75, partly_at=0.5).description == (
        "Målet är uppfyllt när minst 75 % av de bedömda indikatorerna och delmålen är uppfyllda, "
        "delvis uppfyllt från 50 %, annars ej uppfyllt."
    )
    # A share is shown to one decimal of a percent: 2/3 → 66,7 %, 0,125 → 12,5 %.
    odd = RollupRule(RollupKind.SHARE, met_at=2 / 3, partly_at=0.125).description
    assert "minst 66,7 % av" in odd
    assert "från 12,5 %," in odd


def test_worst_rule_sentence() -> None:
    assert RollupRule(RollupKind.WORST).description == (
        "Målets status är den sämsta bland dess indikatorer och delmål."
    )


# -- "Läses som" for change targets -------------------------------------------------------------

PREVIOUS = "jämfört med föregående period (eller ingångsvärdet)"


def _change(**fields: object) -> Target:
    return Target("(förändring)", TargetKind.CHANGE, **fields)  # type: ignore[arg-type]


def test_reading_of_a_change_without_direction() -> None:
    target = _change(change_direction=H)
    assert indicator_reading(target)["reading"] == (
        f"öka {PREVIOUS}: det framgår inte om högre eller lägre är bättre (fyll i Riktning)"
    )


def test_reading_of_keeping_the_level_or_better() -> None:
    up = _change(op=">=", change_direction=H, direction=H)
    assert indicator_reading(up)["reading"] == (
        f"bibehålla eller öka {PREVIOUS} (högre är bättre); oförändrat är uppfyllt, "
        "en minskning är ej uppfyllt"
    )
    down = _change(op="<=", change_direction=L, direction=L, reference_year=2021)
    assert indicator_reading(down)["reading"] == (
        "bibehålla eller minska jämfört med 2021 (lägre är bättre); oförändrat är uppfyllt, "
        "en ökning är ej uppfyllt"
    )


def test_reading_of_a_decrease_by_an_amount() -> None:
    target = _change(change_direction=L, direction=L, change_amount=5.0)
    assert indicator_reading(target)["reading"] == (
        f"minska med minst 5 {PREVIOUS} (lägre är bättre); en minskning som inte når hela "
        "vägen är delvis uppfyllt, oförändrat eller en ökning är ej uppfyllt"
    )
    points = _change(change_direction=L, direction=L, change_amount=5.0, unit="%")
    assert indicator_reading(points)["reading"].startswith(  # type: ignore[union-attr]
        f"minska med minst 5 procentenheter {PREVIOUS} (lägre är bättre); en minskning som"
    )


def test_reading_of_a_change_past_an_amount() -> None:
    # "Minska med mer än 5": the amount itself is not enough, and the reading says "mer än".
    down = _change(op="<", change_direction=L, direction=L, change_amount=5.0)
    assert indicator_reading(down)["reading"] == (
        f"minska med mer än 5 {PREVIOUS} (lägre är bättre); en minskning som inte når hela "
        "vägen är delvis uppfyllt, oförändrat eller en ökning är ej uppfyllt"
    )
    points = _change(op=">", change_direction=H, direction=H, change_amount=3.0, unit="%")
    assert target_phrase(points) == "öka med mer än 3 procentenheter"
    share = _change(op=">", change_direction=H, direction=H, change_amount=10.0,
                    change_relative=True)  # fmt: skip
    assert target_phrase(share) == "öka med mer än 10 %"


def test_reading_of_an_improvement_before_riktning_is_known() -> None:
    # "Ska förbättras": neither "öka" nor "minska" until Riktning says which way is better.
    target = _change(op=">", change_amount=5.0, change_relative=True)
    assert indicator_reading(target)["reading"] == (
        f"förbättra med mer än 5 % {PREVIOUS}: det framgår inte om högre eller lägre är bättre "
        "(fyll i Riktning)"
    )
    assert target_phrase(_change(op=">")) == "förbättra"


def test_reading_of_a_strict_change_without_amount() -> None:
    target = _change(op=">", change_direction=H, direction=H)
    assert indicator_reading(target)["reading"] == (
        f"öka {PREVIOUS} (högre är bättre); oförändrat eller en minskning är ej uppfyllt"
    )


# -- "Läses som" for every other kind of target --------------------------------------------------

T = TargetKind


@pytest.mark.parametrize(
    ("target", "tolerance", "threshold", "reading"),
    [
        (Target("Genomföra", T.UNMEASURABLE, basis="activity"), 0.1, "",
         "uppdrag eller aktivitet, inte mätbart: enhetens egen bedömning"),
        (Target("ska beskrivas", T.UNMEASURABLE, basis="qualitative"), 0.1, "",
         "inte mätbart: enhetens egen bedömning"),
        (Target("Redovisa antal", T.REPORTED), 0.1, "",
         "redovisas utan målvärde: utfallet rapporteras men bedöms inte (ej bedömt)"),
        (Target("Nej", T.YESNO, expected=False), 0.1, "",
         "ja eller nej: uppfyllt när svaret är nej"),
        (Target("80 % och 55 %", T.MULTIPLE), 0.1, "", "flera mål i samma cell"),
        # A bare value takes its bound from Riktning: 95 − 10 % = 85,5; 14 + 10 % = 15,4.
        (Target("95 %", T.THRESHOLD, value=95.0, unit="%", direction=H), 0.1, "",
         "minst 95 % (högre är bättre); delvis uppfyllt från 85,5 %"),
        (Target("14", T.THRESHOLD, value=14.0, direction=L), 0.1, "",
         "högst 14 (lägre är bättre); delvis uppfyllt upp till 15,4"),
        (Target("0", T.THRESHOLD, value=0.0, direction=L), 0.1, "",
         "högst 0 (lägre är bättre); inget delvis uppfyllt-intervall"),
        (Target("95 %", T.THRESHOLD, value=95.0, unit="%"), 0.1, "",
         "95 %: det framgår inte om högre eller lägre är bättre (fyll i Riktning)"),
        # Ranges: 77 − 10 % = 69,3 and 80 + 10 % = 88; a gränsvärde replaces one side.
        (Target("77-80 %", T.RANGE, low=77.0, high=80.0, unit="%"), 0.1, "",
         "77–80 % (inom intervallet); delvis uppfyllt 69,3–88 %"),
        (Target("77-80", T.RANGE, low=77.0, high=80.0, direction=H), 0.1, "",
         "77–80 (inom intervallet); delvis uppfyllt 69,3–88"),
        (Target("77-80", T.RANGE, low=77.0, high=80.0), 0.0, "72",
         "77–80 (inom intervallet); delvis uppfyllt från 72"),
        (Target("77-80", T.RANGE, low=77.0, high=80.0), 0.0, "85",
         "77–80 (inom intervallet); delvis uppfyllt upp till 85"),
        (Target("77-80", T.RANGE, low=77.0, high=80.0), 0.0, "",
         "77–80 (inom intervallet); inget delvis uppfyllt-intervall"),
        # A strict bound with its gränsvärde at the target value: exactly 75 is delvis uppfyllt
        # (a band of one point), just above is uppfyllt, just below ej uppfyllt.
        (Target("> 75", T.THRESHOLD, op=">", value=75.0, direction=H), 0.1, "75",
         "över 75 (högre är bättre); delvis uppfyllt vid exakt 75"),
        (Target("< 75", T.THRESHOLD, op="<", value=75.0, direction=L), 0.1, "75",
         "under 75 (lägre är bättre); delvis uppfyllt vid exakt 75"),
        (Target("> 75", T.THRESHOLD, op=">", value=75.0, direction=H), 0.1, "74,9",
         "över 75 (högre är bättre); delvis uppfyllt från 74,9"),
        (Target("< 75", T.THRESHOLD, op="<", value=75.0, direction=L), 0.1, "75,1",
         "under 75 (lägre är bättre); delvis uppfyllt upp till 75,1"),
        # An inclusive bound with its gränsvärde at the target value has no delvis band.
        (Target("Minst 75", T.THRESHOLD, op=">=", value=75.0, direction=H), 0.1, "75",
         "minst 75 (högre är bättre); inget delvis uppfyllt-intervall"),
        # Never raises, even for a bound without a number.
        (Target("Minst", T.THRESHOLD, op=">=", direction=H), 0.1, "",
         "målvärdet går inte att läsa (högre är bättre); inget delvis uppfyllt-intervall"),
    ],
)  # fmt: skip
def test_reading_of_each_kind(
    target: Target, tolerance: float, threshold: str, reading: str
) -> None:
    assert describe_reading(target, tolerance, threshold) == reading


def test_the_year_is_named_only_when_the_cell_lists_several() -> None:
    one = Target("10 % (2026)", T.THRESHOLD, op="<=", value=10.0, unit="%", direction=L,
                 year_used=2026, years=(2026,))  # fmt: skip
    assert describe_reading(one) == "högst 10 % (lägre är bättre); delvis uppfyllt upp till 11 %"
    assert describe_target(one) == describe_reading(one)


@pytest.mark.parametrize(
    ("target", "phrase"),
    [
        (Target("Redovisa antal", T.REPORTED), "redovisas utan målvärde"),
        # A range missing an end cannot be read; target_phrase never raises.
        (Target("77-", T.RANGE, low=77.0), "målvärdet går inte att läsa"),
        (Target("-80", T.RANGE, high=80.0), "målvärdet går inte att läsa"),
    ],
)
def test_target_phrases_of_odd_targets(target: Target, phrase: str) -> None:
    assert target_phrase(target) == phrase
