"""The one Swedish sentence that says why a status is what it is, word for word.

The numbers in the sentences are worked out by hand: 75 − 10 % = 67,5; 77 − 10 % = 69,3;
80 + 10 % = 88; 30 + 10 % = 33; 200 + 10 % = 220 and 220 − 10 % = 198.
"""

from __future__ import annotations

import pytest

from vpt.model import Direction, IndicatorType
from vpt.targets import assess, parse_target
from vpt.targets.describe import target_phrase
from vpt.targets.types import Outcome


@pytest.mark.parametrize(
    ("target", "value", "threshold", "baseline", "reason"),
    [
        ("Minst 75%", 80, "", None, "Utfall 80 % mot målvärde minst 75 %: målvärdet är nått."),
        ("Minst 75%", 70, "", None,
         "Utfall 70 % mot målvärde minst 75 %: inom toleransen 10 %."),
        ("Minst 75%", 60, "", None, "Utfall 60 % mot målvärde minst 75 %: utanför toleransen "
         "10 % (delvis uppfyllt från 67,5 %)."),
        ("Minst 90 %", 85, "80 %", None,
         "Utfall 85 % mot målvärde minst 90 %: inom gränsvärdet 80 %."),
        ("Minst 90 %", 79, "80 %", None,
         "Utfall 79 % mot målvärde minst 90 %: utanför gränsvärdet 80 %."),
        ("77-80", 60, "", None, "Utfall 60 mot målvärde 77–80: utanför toleransen 10 % "
         "(delvis uppfyllt 69,3–88)."),
        ("77-80 %", 60, "", None, "Utfall 60 % mot målvärde 77–80 %: utanför toleransen 10 % "
         "(delvis uppfyllt 69,3–88 %)."),
        ("Högst 30 dagar", 40, "", None, "Utfall 40 dagar mot målvärde högst 30 dagar: utanför "
         "toleransen 10 % (delvis uppfyllt till och med 33 dagar)."),
        ("Högst 0", 1, "", None, "Utfall 1 mot målvärde högst 0: målvärdet är inte nått."),
        ("Öka med 10% jämfört med fg år", 150, "", 200, "Utfall 150 mot målvärde öka med minst "
         "10 % från 200 (minst 220): målvärdet är inte nått."),
        # A level target names no reference even when an ingångsvärde is known.
        ("Minst 75%", 80, "", 70, "Utfall 80 % mot målvärde minst 75 %: målvärdet är nått."),
        # A change keeps its unit on every number: 20 − 3 = 17.
        ("Minska med 3 dagar", 16, "", 20, "Utfall 16 dagar mot målvärde minska med minst 3 dagar "
         "från 20 dagar (högst 17 dagar): målvärdet är nått."),
        ("Minska med mer än 3 dagar", 17, "", 20, "Utfall 17 dagar mot målvärde minska med mer än "
         "3 dagar från 20 dagar (under 17 dagar): förändringen går åt rätt håll men når inte hela "
         "vägen."),
        ("Öka", 5, "", None, "Ej bedömt: målvärdet ”öka” jämförs med föregående utfall, "
         "ingångsvärdet eller enhetens jämförelsevärde, och alla saknas. Skriv Jämförelsevärde "
         "(fg år) eller välj egen bedömning."),
    ],
)  # fmt: skip
def test_reason_sentences(
    target: str, value: float, threshold: str, baseline: float | None, reason: str
) -> None:
    kind = IndicatorType.PERCENT if "%" in target else IndicatorType.NUMBER
    parsed = parse_target(target, type=kind)
    result = assess(parsed, Outcome(float(value)), threshold_text=threshold,
                    baseline=baseline)  # fmt: skip
    assert result.reason == reason


def test_reason_for_a_status_by_own() -> None:
    result = assess(parse_target("Öka"), Outcome(5.0), own="Delvis uppfyllt")
    assert result.reason == (
        "Enligt enhetens bedömning: delvis uppfyllt (jämförelsevärde för ”öka” saknas)."
    )


@pytest.mark.parametrize(
    ("target", "value", "reason"),
    [
        ("Ja", True, "Utfall ja mot målvärde ja: målet är nått."),
        ("Ja", False, "Utfall nej mot målvärde ja: målet är inte nått."),
        ("Nej", False, "Utfall nej mot målvärde nej: målet är nått."),
        ("Nej", True, "Utfall ja mot målvärde nej: målet är inte nått."),
        ("Ja", "delvis", "Utfall delvis mot målvärde ja."),
    ],
)
def test_yes_no_reason_sentences(target: str, value: bool | str, reason: str) -> None:
    parsed = parse_target(target, type=IndicatorType.YESNO)
    assert assess(parsed, Outcome(value)).reason == reason


def test_a_yes_no_target_with_a_number_is_not_assessed() -> None:
    parsed = parse_target("Ja", type=IndicatorType.YESNO)
    result = assess(parsed, Outcome(5.0))
    assert (result.status.value, result.reason) == (
        "not_assessed",
        "Ej bedömt: utfallet ska vara Ja eller Nej.",
    )


@pytest.mark.parametrize(
    ("target", "kind", "described"),
    [
        ("Minst 75%", IndicatorType.PERCENT, "minst 75 %"),
        ("> 90%", IndicatorType.PERCENT, "över 90 %"),
        ("Högst 30 dagar", IndicatorType.NUMBER, "högst 30 dagar"),
        ("< 18", IndicatorType.NUMBER, "under 18"),
        ("77-80", IndicatorType.NUMBER, "77–80"),
        ("Ja", IndicatorType.YESNO, "ja"),
        ("Nej", IndicatorType.YESNO, "nej"),
        ("Öka", IndicatorType.NUMBER, "öka"),
        ("Minska", IndicatorType.NUMBER, "minska"),
        ("Öka med 10% jämfört med fg år", IndicatorType.NUMBER, "öka med minst 10 %"),
        ("Minska med 5 jämfört med fg år", IndicatorType.NUMBER, "minska med minst 5"),
        ("Bibehållen eller ökad", IndicatorType.NUMBER, "bibehålla eller öka"),
        ("ska beskrivas", IndicatorType.NUMBER, "inget mätbart målvärde"),
    ],
)
def test_targets_described_in_plain_swedish(
    target: str, kind: IndicatorType, described: str
) -> None:
    assert target_phrase(parse_target(target, type=kind)) == described


def test_a_bare_value_is_described_with_its_direction() -> None:
    parsed = parse_target("12", type=IndicatorType.NUMBER, direction=Direction.LOWER)
    assert target_phrase(parsed) == "12 (lägre är bättre)"


@pytest.mark.parametrize(
    ("target", "direction", "own", "status", "reason"),
    [
        ("ska beskrivas", None, "Uppfyllt", "met", "Enhetens egen bedömning: uppfyllt."),
        ("ska beskrivas", None, None, "not_assessed",
         "Ej bedömt: målvärdet är inte mätbart och egen bedömning saknas."),
        ("12", None, None, "not_assessed",
         "Ej bedömt: det framgår inte om högre eller lägre är bättre (Riktning saknas)."),
    ],
)  # fmt: skip
def test_targets_without_a_computed_status(
    target: str, direction: Direction | None, own: str | None, status: str, reason: str
) -> None:
    parsed = parse_target(target, type=IndicatorType.NUMBER, direction=direction)
    result = assess(parsed, Outcome(5.0), own=own)
    assert (result.status.value, result.reason, result.computed) == (status, reason, False)
    assert result.own == (None if own is None else result.status)
