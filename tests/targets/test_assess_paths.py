"""Every path through assess() with its exact Swedish reason: which reference a change target is
measured from, what is missing, the unit's own status beside the computed one, and which band the
sentence names. Targets are built directly, not parsed, so the grammar does not enter. The numbers
are worked out by hand in the comments."""

from __future__ import annotations

import pytest

from vpt.model import Direction
from vpt.targets import Outcome, Status, Target, TargetKind, assess

H, L = Direction.HIGHER, Direction.LOWER
MET, PARTLY, NOT, NA = Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.NOT_ASSESSED

MINST_75 = Target("Minst 75 %", TargetKind.THRESHOLD, op=">=", value=75.0, unit="%", direction=H)
HOGST_100 = Target("Högst 100 %", TargetKind.THRESHOLD, op="<=", value=100.0, unit="%", direction=L)
RANGE = Target("77-80", TargetKind.RANGE, low=77.0, high=80.0)
# "Öka med 10 %": from 100 the goal is 110.
UP_10 = Target(
    "Öka med 10 %",
    TargetKind.CHANGE,
    op=">=",
    change_direction=H,
    change_amount=10.0,
    change_relative=True,
    direction=H,
)
UP_10_SINCE_2021 = Target(
    "Öka med 10 % jämfört med 2021",
    TargetKind.CHANGE,
    op=">=",
    change_direction=H,
    change_amount=10.0,
    change_relative=True,
    direction=H,
    reference_year=2021,
)
# "Minska med 5": from 20 the goal is 15.
DOWN_5 = Target(
    "Minska med 5", TargetKind.CHANGE, op="<=", change_direction=L, change_amount=5.0, direction=L
)

FROM_100 = "Utfall 105 mot målvärde öka med minst 10 % från 100 (minst 110): "
PARTWAY = "förändringen går åt rätt håll men når inte hela vägen."


def _value(value: float) -> Outcome:
    return Outcome(value)


@pytest.mark.parametrize(
    ("target", "value", "options", "status", "reason"),
    [
        # Without a named year: the previous outcome, else the ingångsvärde, else the unit's
        # jämförelsevärde.
        (UP_10, 105.0, {"previous": 100.0, "baseline": 50.0, "comparison": 10.0}, PARTLY,
         FROM_100 + PARTWAY),
        (UP_10, 105.0, {"baseline": 100.0, "comparison": 10.0}, PARTLY, FROM_100 + PARTWAY),
        (UP_10, 105.0, {"comparison": 100.0}, PARTLY, FROM_100 + PARTWAY),
        # Against a named year the previous outcome never counts.
        (UP_10_SINCE_2021, 105.0, {"previous": 200.0, "baseline": 100.0, "comparison": 10.0},
         PARTLY, FROM_100 + PARTWAY),
        (UP_10_SINCE_2021, 105.0, {"previous": 200.0, "comparison": 100.0}, PARTLY,
         FROM_100 + PARTWAY),
        (UP_10_SINCE_2021, 105.0, {"previous": 100.0}, NA,
         "Ej bedömt: målvärdet ”öka med minst 10 %” jämförs med 2021, och Ingångsvärde saknar "
         "värdet för det året. Skriv det i planen, till exempel ”2021: 40 %”."),
        (UP_10, 110.0, {"previous": 100.0}, MET,
         "Utfall 110 mot målvärde öka med minst 10 % från 100 (minst 110): målvärdet är nått."),
        (UP_10, 95.0, {"previous": 100.0}, NOT,
         "Utfall 95 mot målvärde öka med minst 10 % från 100 (minst 110): målvärdet är inte "
         "nått."),
        (DOWN_5, 17.0, {"previous": 20.0}, PARTLY,
         "Utfall 17 mot målvärde minska med minst 5 från 20 (högst 15): " + PARTWAY),
        # Which band the sentence names: the gränsvärde when it is used, else the tolerance.
        (HOGST_100, 101.0, {"threshold_text": "102 %"}, PARTLY,
         "Utfall 101 % mot målvärde högst 100 %: inom gränsvärdet 102 %."),
        (HOGST_100, 103.0, {"threshold_text": "102 %"}, NOT,
         "Utfall 103 % mot målvärde högst 100 %: utanför gränsvärdet 102 %."),
        (RANGE, 90.0, {"threshold_text": "85"}, NOT,
         "Utfall 90 mot målvärde 77–80: utanför gränsvärdet 85."),
        (RANGE, 70.0, {"threshold_text": "72"}, NOT,
         "Utfall 70 mot målvärde 77–80: utanför gränsvärdet 72."),
        # A gränsvärde on the wrong side is not used: the tolerance's band is named.
        (MINST_75, 70.0, {"threshold_text": "80 %"}, PARTLY,
         "Utfall 70 % mot målvärde minst 75 %: inom toleransen 10 %."),
        (MINST_75, 60.0, {"threshold_text": "80 %"}, NOT,
         "Utfall 60 % mot målvärde minst 75 %: utanför toleransen 10 % (delvis uppfyllt från "
         "67,5 %)."),
        # The plan's tolerance: 12,5 % of 75 is 9,375 (partly met from 65,625); 20 % is 15.
        (MINST_75, 70.0, {"tolerance": 0.125}, PARTLY,
         "Utfall 70 % mot målvärde minst 75 %: inom toleransen 12,5 %."),
        (MINST_75, 59.0, {"tolerance": 0.2}, NOT,
         "Utfall 59 % mot målvärde minst 75 %: utanför toleransen 20 % (delvis uppfyllt från "
         "60 %)."),
    ],
)  # fmt: skip
def test_reason_for_each_path(
    target: Target, value: float, options: dict[str, object], status: Status, reason: str
) -> None:
    result = assess(target, _value(value), **options)  # type: ignore[arg-type]
    assert (result.status, result.reason) == (status, reason)
    assert (result.computed, result.by_own, result.own, result.disagrees) == (
        True,
        False,
        None,
        False,
    )


def test_a_change_with_no_reference_takes_the_units_status_and_says_so() -> None:
    result = assess(UP_10_SINCE_2021, _value(105.0), previous=100.0, own="Uppfyllt")
    assert (result.status, result.own, result.computed, result.by_own) == (MET, MET, False, True)
    assert result.disagrees is False
    assert result.bands is None
    assert result.reason == (
        "Enligt enhetens bedömning: uppfyllt (jämförelsevärde för ”öka med minst 10 %” saknas)."
    )


def test_a_change_with_no_reference_and_own_ej_bedomt_is_not_assessed() -> None:
    result = assess(UP_10, _value(105.0), own="Ej bedömt")
    assert (result.status, result.own, result.by_own) == (NA, None, False)
    assert result.reason.startswith("Ej bedömt: målvärdet ”öka med minst 10 %” jämförs med ")


@pytest.mark.parametrize(
    ("outcome", "reason"),
    [
        (None, "Ej bedömt: utfall saknas."),
        (Outcome(None, empty=True), "Ej bedömt: utfall saknas."),
        (Outcome(None, problem="Skriv ett tal."), "Ej bedömt: Skriv ett tal."),
        (Outcome(None), "Ej bedömt: utfallet går inte att läsa."),
        (Outcome("mycket"), "Ej bedömt: utfallet ska vara ett tal. Skriv ett tal."),
        (Outcome(True), "Ej bedömt: utfallet ska vara ett tal. Skriv ett tal."),
    ],
)
def test_an_outcome_that_cannot_be_assessed_keeps_the_units_status(
    outcome: Outcome | None, reason: str
) -> None:
    result = assess(MINST_75, outcome, own="Uppfyllt")
    assert (result.status, result.reason, result.own, result.disagrees) == (NA, reason, MET, False)


@pytest.mark.parametrize(
    ("target", "own", "status", "reason"),
    [
        (Target("Redovisa antal", TargetKind.REPORTED), "Uppfyllt", NA,
         "Ej bedömt: utfallet redovisas utan målvärde."),
        (Target("bra", TargetKind.UNREADABLE), None, NA,
         "Ej bedömt: målvärdet går inte att läsa och egen bedömning saknas."),
        (Target("80 % och 55 %", TargetKind.MULTIPLE), None, NA,
         "Ej bedömt: målvärdet går inte att läsa och egen bedömning saknas."),
        (Target("Öka", TargetKind.CHANGE, change_direction=H), None, NA,
         "Ej bedömt: det framgår inte om högre eller lägre är bättre (Riktning saknas)."),
        (Target("ska beskrivas", TargetKind.UNMEASURABLE), "Ej bedömt", NA,
         "Ej bedömt: målvärdet är inte mätbart och egen bedömning saknas."),
        (Target("bra", TargetKind.UNREADABLE), "Ej uppfyllt", NOT,
         "Enhetens egen bedömning: ej uppfyllt."),
    ],
)  # fmt: skip
def test_targets_that_are_not_computed(
    target: Target, own: str | None, status: Status, reason: str
) -> None:
    result = assess(target, _value(5.0), own=own)
    assert (result.status, result.reason, result.computed, result.disagrees) == (
        status,
        reason,
        False,
        False,
    )
    assert result.own == Status.from_label(own) if own != "Ej bedömt" else result.own is None


def test_a_yes_no_answer_against_the_units_own_status() -> None:
    target = Target("Ja", TargetKind.YESNO, expected=True)
    result = assess(target, Outcome(False), own="Uppfyllt")
    assert (result.status, result.own, result.disagrees, result.computed) == (NOT, MET, True, True)
    agree = assess(target, Outcome(True), own="Uppfyllt")
    assert (agree.status, agree.disagrees) == (MET, False)


def test_a_measurable_bound_without_a_number_is_not_assessed() -> None:
    # The grammar never gives this, but assess must not raise on it.
    target = Target("Minst", TargetKind.THRESHOLD, op=">=", direction=H)
    result = assess(target, _value(5.0))
    assert (result.status, result.reason) == (NA, "Ej bedömt: målvärdet går inte att beräkna.")
