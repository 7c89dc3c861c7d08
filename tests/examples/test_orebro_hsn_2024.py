"""The Region Örebro län HSN verksamhetsplan 2024 example loads cleanly and keeps the seed's real content."""

from __future__ import annotations

import pytest

from tests.examples.common import load
from vpt.model import Direction, Plan

SLUG = "orebro-hsn-2024"


@pytest.fixture(scope="module")
def loaded() -> tuple[Plan, list[list[object]]]:
    return load(SLUG)


def test_metadata(loaded: tuple[Plan, list[list[object]]]) -> None:
    plan, _ = loaded
    assert plan.name == "Hälso- och sjukvårdsnämndens verksamhetsplan 2024"
    assert plan.organisation == "Region Örebro län"
    assert plan.year == 2024
    assert plan.levels == ("Perspektiv", "Effektmål")
    assert [u.id for u in plan.units] == ["USÖ", "LSV", "NSV", "PSY", "DIAG"]
    assert [p.id for p in plan.periods] == ["T1", "Delår", "Helår"]


@pytest.mark.parametrize(
    ("goal_id", "indicator_ids"),
    [
        ("P1", []),
        ("E1", ["I1.1", "I1.2", "I1.3", "I1.4"]),
        ("E2", ["I2.1", "I2.2", "I2.3", "I2.4", "I2.5", "I2.6"]),
        ("P2M", ["IP.1", "IP.2", "IP.3", "IP.4", "IP.5", "IP.6"]),
        ("E9", ["I9.1", "I9.2", "I9.3", "I9.4", "I9.5", "I9.6", "I9.7"]),
        ("E10", ["I10.1"]),
    ],
)
def test_indicators_per_goal(
    loaded: tuple[Plan, list[list[object]]], goal_id: str, indicator_ids: list[str]
) -> None:
    plan, _ = loaded
    assert [i.id for i in plan.indicators_of(goal_id)] == indicator_ids


@pytest.mark.parametrize(
    ("indicator_id", "name", "target", "direction", "units"),
    [
        (
            "I1.2",
            "Tillsammans med patienten/individens ska levnadsvanor uppmärksammas och insatser på rätt nivå ska erbjudas i ökad omfattning i jämförelse med föregående år",
            "i ökad omfattning i jämförelse med föregående år",
            Direction.HIGHER,
            (),
        ),
        (
            "I6.1",
            "Den kliniska forskningen ska vara fördubblad med bibehållen kvalitet till år 2030. Region Örebro läns forskningsproduktion ska minst stabiliseras under året på nuvarande höga nivå med bibehållen kvalitet",
            "ska minst stabiliseras under året på nuvarande höga nivå med bibehållen kvalitet",
            Direction.HIGHER,
            (),
        ),
        (
            "I7.1",
            "Andel studenter, elever och medarbetare med utbildningstjänst som uppger goda möjligheter att uppnå sina lärandemål under den kliniska utbildningen ska uppnå till minst 90 procent",
            "minst 90 procent",
            Direction.HIGHER,
            (),
        ),
        (
            "I7.2",
            "Andel studenter som uppger att de haft möjlighet att samarbeta med andra yrkesgrupper eller studenter från andra utbildningar under sin placering ska uppgå till mer än 85 procent",
            "mer än 85 procent",
            Direction.HIGHER,
            (),
        ),
        (
            "IP.2",
            "Andel medarbetare med utbildningsuppdrag med grundutbildning i klinisk handledning ska uppgå till > 90 %",
            "> 90 %",
            Direction.HIGHER,
            (),
        ),
        ("IP.5", "Ökad såld vård totalt.", "Ökad", Direction.HIGHER, ()),
        (
            "I9.1",
            "Hållbart medarbetarengagemang, HME, ska ligga på en hög nivå i intervallet 77-80 för totalt HME. Strävan är att delindexen motivation, styrning och ledarskap ska ligga på en jämnhög nivå",
            "77-80",
            None,
            (),
        ),
        (
            "I9.3",
            "Attraktiv arbetsgivarindex, AVI, ska öka i jämförelse med föregående år",
            "ska öka i jämförelse med föregående år",
            Direction.HIGHER,
            (),
        ),
        (
            "I9.6",
            "Personalomsättning, externt ska redovisas. Det ska minska i jämförelse med föregående år",
            "ska minska i jämförelse med föregående år",
            Direction.LOWER,
            (),
        ),
        ("I10.1", "Styrelsen och nämnderna redovisar ett resultat i balans.", "", None, ()),
    ],
)
def test_verbatim_rows(
    loaded: tuple[Plan, list[list[object]]],
    indicator_id: str,
    name: str,
    target: str,
    direction: Direction | None,
    units: tuple[str, ...],
) -> None:
    plan, _ = loaded
    indicator = plan.indicator(indicator_id)
    assert indicator is not None
    assert (indicator.name, indicator.target) == (name, target)
    assert indicator.direction is direction
    assert indicator.units == units
