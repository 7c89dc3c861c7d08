"""The Närsjukvården Halland verksamhetsplan 2022 example loads cleanly and keeps the seed's real content."""

from __future__ import annotations

import pytest

from tests.examples.common import load
from vpt.model import Direction, Plan

SLUG = "halland-narsjukvard-2022"


@pytest.fixture(scope="module")
def loaded() -> tuple[Plan, list[list[object]]]:
    return load(SLUG)


def test_metadata(loaded: tuple[Plan, list[list[object]]]) -> None:
    plan, _ = loaded
    assert plan.name == "Verksamhetsplan 2022"
    assert plan.organisation == "Närsjukvården Halland"
    assert plan.year == 2022
    assert plan.levels == ("Fokusområde", "Regiongemensamt uppdrag")
    assert [u.id for u in plan.units] == ["VC-N", "VC-S", "FTV", "TR"]
    assert [p.id for p in plan.periods] == ["T1", "Delår", "Helår"]


@pytest.mark.parametrize(
    ("goal_id", "indicator_ids"),
    [
        ("F3", []),
        ("F3.1", ["U3.1", "U3.2"]),
        ("F3.2", []),
        ("F5", ["U5.5"]),
        ("F6", ["U6.2"]),
        ("K1", ["K1.1", "K1.2", "K1.3", "K1.4", "K1.5", "K1.6", "K1.7", "K1.8", "K1.9"]),
        ("K2", ["K2.1", "K2.2", "K2.3", "K2.4", "K2.5"]),
        ("K3", ["K3.1", "K3.2", "K3.3", "K3.4"]),
        ("K4", ["K4.1", "K4.2", "K4.3", "K4.4"]),
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
            "U3.1",
            "Bidra till att utveckla den nära vården bl.a. genom fortsatt utveckling av läkarmedverkan och utveckling av allmän palliativ vård som tillgodoser behoven i hela Halland",
            "",
            None,
            (),
        ),
        (
            "U5.5",
            "Stärka kvalitetsarbetet genom systematisk kvalitetsuppföljning, lärande och erfarenhetsåterföring",
            "",
            None,
            (),
        ),
        (
            "U6.2",
            "Driva varje verksamhet i ekonomisk balans med utrymme för löpande utveckling av verksamhet och medarbetare.",
            "",
            None,
            (),
        ),
        (
            "K1.1",
            "Vårdgaranti primärvård – telefontillgänglighet, kontakt inom 0 dagar",
            "95%",
            Direction.HIGHER,
            (),
        ),
        (
            "K1.2",
            "Vårdgaranti primärvård - Medicinsk bedömning inom tre dagar",
            "> 90%",
            Direction.HIGHER,
            (),
        ),
        (
            "K1.3",
            "Antal genomförda livsstilssamtal (levnadsvanor) R 12",
            "Öka med 10% jämfört med fg år",
            Direction.HIGHER,
            (),
        ),
        (
            "K1.5",
            "Andel bokning, av- och ombokning i webbtidbok av invånare (%) Vårdcentral",
            "20%",
            Direction.HIGHER,
            ("VC-N", "VC-S"),
        ),
        (
            "K1.6",
            "Andel bokning, av- och ombokning i webbtidbok av invånare (%) Folk tandvård",
            "30%",
            Direction.HIGHER,
            ("FTV",),
        ),
        ("K1.8", "Korta väntetiden på Tandregleringen", "< 18 månader", Direction.LOWER, ("TR",)),
        ("K2.1", "Antal besök i öppenvård Vårdcentral", "Inte klart än", None, ("VC-N", "VC-S")),
        ("K3.2", "Sjukfrånvaro", "5,2%", Direction.LOWER, ()),
        ("K3.3", "HME-Index", "79 (kan revideras efter utfall 2021)", Direction.HIGHER, ()),
        ("K4.1", "Akkumulerad budgetavvikelse", "", None, ()),
        ("K4.2", "Prognos budgetavvikelse", ">0", Direction.HIGHER, ()),
        (
            "K4.4",
            "Bemanningskostnader - läkare och sjuksköterskor i relation till totala personalkostnader i vårdförvaltningarna",
            "< 2%",
            Direction.LOWER,
            (),
        ),
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
