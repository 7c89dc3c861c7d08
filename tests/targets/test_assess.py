"""Assessment rules as one table: outcome against target → status, lower-is-better and strict
signs included, with gränsvärde, tolerance, change references and egen bedömning."""

from __future__ import annotations

import pytest

from vpt.model import Direction, IndicatorType
from vpt.targets import Bands, Status, assess, normalise_outcome, parse_target

MET, PARTLY, NOT, NA = Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.NOT_ASSESSED
H, L = Direction.HIGHER, Direction.LOWER

# target text, Riktning, outcome as typed, extra keyword arguments, expected status
CASES: list[tuple[str, Direction | None, object, dict[str, object], Status]] = [
    # minimum, tolerance 10 % of the target: partly met from 67,5
    ("Minst 75%", None, "75 %", {}, MET),
    ("Minst 75%", None, "80", {}, MET),
    ("Minst 75%", None, "74,9 %", {}, PARTLY),
    ("Minst 75%", None, "72 %", {}, PARTLY),
    ("Minst 75%", None, "67,5 %", {}, PARTLY),
    ("Minst 75%", None, "67,4 %", {}, NOT),
    ("Minst 75%", None, "0 %", {}, NOT),
    ("minst 90 procent", None, "100 %", {}, MET),
    # strict signs are strict
    ("> 90%", None, "90 %", {}, PARTLY),
    ("> 90%", None, "90,1 %", {}, MET),
    ("> 90%", None, "81 %", {}, PARTLY),
    ("> 90%", None, "80,9 %", {}, NOT),
    ("Över 50 %", None, "50 %", {}, PARTLY),
    (">0", None, "0", {}, NOT),
    (">0", None, "0,5", {}, MET),
    (">0", None, "-3", {}, NOT),
    # maximum: lower is better
    ("Högst 100 %", None, "100 %", {}, MET),
    ("Högst 100 %", None, "90 %", {}, MET),
    ("Högst 100 %", None, "105 %", {}, PARTLY),
    ("Högst 100 %", None, "110 %", {}, PARTLY),
    ("Högst 100 %", None, "110,1 %", {}, NOT),
    ("Utfall/Budget högst 100 %", None, "99,5 %", {}, MET),
    ("Max 2 %", None, "2,2 %", {}, PARTLY),
    ("Max 2 %", None, "2,3 %", {}, NOT),
    ("Under 5 %", None, "5 %", {}, PARTLY),
    ("Under 5 %", None, "4,9 %", {}, MET),
    ("< 18 månader", None, "17", {}, MET),
    ("< 18 månader", None, "18", {}, PARTLY),
    ("< 18 månader", None, "19,8", {}, PARTLY),
    ("< 18 månader", None, "20", {}, NOT),
    ("≤ 14 %", None, "14 %", {}, MET),
    # bare values take Riktning
    ("14%", L, "13 %", {}, MET),
    ("14%", L, "15 %", {}, PARTLY),
    ("14%", L, "16 %", {}, NOT),
    ("5,2%", L, "5,2 %", {}, MET),
    ("95%", H, "95 %", {}, MET),
    ("95%", H, "90 %", {}, PARTLY),
    ("95%", H, "85 %", {}, NOT),
    ("80", H, "80", {}, MET),
    ("80", L, "80", {}, MET),
    ("80", L, "81", {}, PARTLY),
    ("95%", None, "95 %", {}, NA),
    # a target of 0 has no band
    ("0", L, "0", {}, MET),
    ("0", L, "1", {}, NOT),
    ("Högst 0 dagar", None, "0,1", {}, NOT),
    # ranges: 77-80 is partly met from 69,3 to 88
    ("77-80", None, "77", {}, MET),
    ("77-80", None, "80", {}, MET),
    ("77-80", None, "78,5", {}, MET),
    ("77-80", None, "76", {}, PARTLY),
    ("77-80", None, "69,3", {}, PARTLY),
    ("77-80", None, "69,2", {}, NOT),
    ("77-80", None, "88", {}, PARTLY),
    ("77-80", None, "88,1", {}, NOT),
    ("mellan 77 och 80", None, "82", {}, PARTLY),
    # gränsvärde replaces the tolerance
    ("Minst 75%", None, "70 %", {"threshold_text": "70 %"}, PARTLY),
    ("Minst 75%", None, "69,9 %", {"threshold_text": "70 %"}, NOT),
    ("Minst 75%", None, "72 %", {"threshold_text": "74"}, NOT),
    ("Högst 100 %", None, "102 %", {"threshold_text": "102 %"}, PARTLY),
    ("Högst 100 %", None, "103 %", {"threshold_text": "102 %"}, NOT),
    ("77-80", None, "85", {"threshold_text": "85"}, PARTLY),
    # the plan's tolerance
    ("Minst 75%", None, "72 %", {"tolerance": 0.05}, PARTLY),
    ("Minst 75%", None, "71 %", {"tolerance": 0.05}, NOT),
    ("Minst 75%", None, "74 %", {"tolerance": 0.0}, NOT),
    # change targets against the previous outcome, else the baseline; no tolerance on the
    # direction of a change: unchanged or the wrong way is not met
    ("Öka", None, "101", {"previous": 100.0}, MET),
    ("Öka", None, "100,01", {"previous": 100.0}, MET),
    ("Öka", None, "100", {"previous": 100.0}, NOT),
    ("Öka", None, "99,99", {"previous": 100.0}, NOT),
    ("Öka", None, "89", {"previous": 100.0}, NOT),
    ("Öka", None, "101", {"baseline": 100.0}, MET),
    ("Öka", None, "101", {"previous": 102.0, "baseline": 100.0}, NOT),
    ("Öka", None, "101", {}, NA),
    ("Minska", None, "9", {"previous": 10.0}, MET),
    ("Minska", None, "10", {"previous": 10.0}, NOT),
    ("Minska", None, "12", {"previous": 10.0}, NOT),
    ("Ska inte minska", None, "10", {"previous": 10.0}, MET),
    ("Ska inte minska", None, "9,9", {"previous": 10.0}, NOT),
    ("Ska inte minska", None, "12", {"previous": 10.0}, MET),
    ("Öka med 10% jämfört med fg år", None, "110", {"previous": 100.0}, MET),
    ("Öka med 10% jämfört med fg år", None, "109,9", {"previous": 100.0}, PARTLY),
    ("Öka med 10% jämfört med fg år", None, "105", {"previous": 100.0}, PARTLY),
    ("Öka med 10% jämfört med fg år", None, "100,1", {"previous": 100.0}, PARTLY),
    ("Öka med 10% jämfört med fg år", None, "100", {"previous": 100.0}, NOT),
    ("Öka med 10% jämfört med fg år", None, "98", {"previous": 100.0}, NOT),
    ("Öka med minst 1000 listade under året", None, "11 000", {"previous": 10000.0}, MET),
    ("Öka med minst 1000 listade under året", None, "10 999", {"previous": 10000.0}, PARTLY),
    ("Bibehållen eller ökad andel", None, "50", {"previous": 50.0}, MET),
    # yes/no
    ("Ja", None, "ja", {}, MET),
    ("Ja", None, "JA", {}, MET),
    ("Ja", None, "Ja.", {}, MET),
    ("Ja", None, "nej", {}, NOT),
    ("Ja", None, "Delvis", {}, PARTLY),
    ("Nej", None, "nej", {}, MET),
    ("Nej", None, "ja", {}, NOT),
    # nothing to assess
    ("Minst 75%", None, None, {}, NA),
    ("Minst 75%", None, "", {}, NA),
    ("Minst 75%", None, "mycket", {}, NA),
    # not measurable: the egen bedömning, else not assessed
    ("Inte klart än", None, "12", {}, NA),
    ("Inte klart än", None, "12", {"own": "Uppfyllt"}, MET),
    ("ska beskrivas", None, None, {"own": "Delvis uppfyllt"}, PARTLY),
    ("80% på SÄBO och 55% av de listade", None, "70 %", {}, NA),
    ("80% på SÄBO och 55% av de listade", None, "70 %", {"own": "ej uppfyllt"}, NOT),
]


def _outcome_type(text: str) -> IndicatorType:
    target = parse_target(text)
    if target.kind == "yesno":
        return IndicatorType.YESNO
    return IndicatorType.PERCENT if target.unit == "%" else IndicatorType.NUMBER


@pytest.mark.parametrize(("text", "riktning", "typed", "options", "expected"), CASES)
def test_assessment(
    text: str,
    riktning: Direction | None,
    typed: object,
    options: dict[str, object],
    expected: Status,
) -> None:
    target = parse_target(text, direction=riktning)
    outcome = normalise_outcome(typed, _outcome_type(text))
    result = assess(target, outcome, **options)  # type: ignore[arg-type]
    assert result.status is expected, result.reason
    assert result.reason.endswith(".")


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("text", "typed", "options", "reason"),
    [
        (
            "Minst 75%",
            "72 %",
            {},
            "Utfall 72 % mot målvärde minst 75 %: inom toleransen 10 %.",
        ),
        ("Minst 75%", "80 %", {}, "Utfall 80 % mot målvärde minst 75 %: målvärdet är nått."),
        (
            "Minst 75%",
            "60 %",
            {},
            "Utfall 60 % mot målvärde minst 75 %: utanför toleransen 10 % "
            "(delvis uppfyllt från 67,5 %).",
        ),
        (
            "Minst 75%",
            "72 %",
            {"threshold_text": "70 %"},
            "Utfall 72 % mot målvärde minst 75 %: inom gränsvärdet 70 %.",
        ),
        (
            "Öka med 10% jämfört med fg år",
            "105",
            {"previous": 100.0},
            "Utfall 105 mot målvärde öka med minst 10 % från 100 (minst 110): "
            "förändringen går åt rätt håll men når inte hela vägen.",
        ),
    ],
)
def test_reasons_are_one_swedish_sentence(
    text: str, typed: str, options: dict[str, object], reason: str
) -> None:
    target = parse_target(text)
    outcome = normalise_outcome(typed, _outcome_type(text))
    assert assess(target, outcome, **options).reason == reason  # type: ignore[arg-type]


def test_a_change_without_reference_says_what_is_missing() -> None:
    result = assess(parse_target("Öka"), normalise_outcome("5", IndicatorType.NUMBER))
    assert result.status is NA
    assert "Jämförelsevärde (fg år)" in result.reason


@pytest.mark.parametrize(
    ("typed", "own", "disagrees"),
    [
        ("80 %", "Uppfyllt", False),
        ("80 %", "Ej uppfyllt", True),
        ("72 %", "delvis", False),
        ("72 %", "Uppfyllt", True),
        ("", "Uppfyllt", False),
        ("80 %", None, False),
        ("80 %", "Ej bedömt", False),
    ],
)
def test_the_own_assessment_is_kept_beside_the_computed_status(
    typed: str, own: str | None, disagrees: bool
) -> None:
    target = parse_target("Minst 75%")
    result = assess(target, normalise_outcome(typed, IndicatorType.PERCENT), own=own)
    assert result.disagrees is disagrees
    assert result.own == (Status.from_label(own) if own and own != "Ej bedömt" else None)


def test_assess_reports_the_bands_it_used_written_out_by_hand() -> None:
    target = parse_target("Minst 75%")
    result = assess(target, normalise_outcome("72 %", IndicatorType.PERCENT))
    # Met from 75, partly met from 75 − 10 % = 67,5, no upper end.
    assert result.bands == Bands(met_low=75.0, partly_low=67.5, target_value=75.0)
