"""The Region Blekinge Bilaga Uppföljning 2024 example loads cleanly and keeps the seed's real content."""

from __future__ import annotations

import pytest

from tests.examples.common import load
from vpt.model import Direction, Plan

SLUG = "blekinge-primarvard-2024"


@pytest.fixture(scope="module")
def loaded() -> tuple[Plan, list[list[object]]]:
    return load(SLUG)


def test_metadata(loaded: tuple[Plan, list[list[object]]]) -> None:
    plan, _ = loaded
    assert plan.name == "Bilaga Uppföljning 2024"
    assert plan.organisation == "Region Blekinge"
    assert plan.year == 2024
    assert plan.levels == ("Övergripande mål",)
    assert [u.id for u in plan.units] == ["VC-KNA", "VC-RON", "VC-OLO", "VC-SOL", "VC-KHN"]
    assert [p.id for p in plan.periods] == ["Delår", "Helår"]


@pytest.mark.parametrize(
    ("goal_id", "indicator_ids"),
    [
        ("M1", ["I1.1", "I1.2"]),
        (
            "M2",
            [
                "I2.1",
                "I2.2",
                "I2.3",
                "I2.4",
                "I2.5",
                "I2.6",
                "I2.7",
                "I2.8",
                "I2.9",
                "I2.10",
                "I2.11",
                "I2.12",
                "I2.13",
                "I2.14",
                "I2.15",
                "I2.16",
                "I2.17",
                "I2.18",
                "I2.19",
                "I2.20",
            ],
        ),
        ("M3", []),
        ("M4", ["I4.1"]),
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
            "I1.1",
            "Riktade hälsosamtal",
            "Samtliga vårdcentraler skall delta i en initiering av riktade hälsosamtal. Arbetet leds av Beställaravdelningen.",
            None,
            (),
        ),
        (
            "I2.1",
            "Tillgänglighet",
            "100 % av de listade vid vårdenheten ska komma i kontakt med sin vårdcentral samma dag.",
            Direction.HIGHER,
            (),
        ),
        (
            "I2.4",
            "Kontinuitet",
            "Minst 60 % av de listade 65 år och äldre, som gjort tre eller flera läkarbesök vid vårdenheten under året ska ha träffat samma läkare vid minst tre av dessa besök.",
            Direction.HIGHER,
            (),
        ),
        (
            "I2.5",
            "Kontinuitet, kontinuitetsindex",
            "Kontinuitetsindex ska öka.",
            Direction.HIGHER,
            (),
        ),
        ("I2.6", "Fast läkarkontakt, SÄBO", "80%", Direction.HIGHER, ()),
        ("I2.7", "Fast läkarkontakt, listade på vårdcentralerna", "55%", Direction.HIGHER, ()),
        (
            "I2.13",
            "Barnhälsovård, vaccinationstäckning",
            "Minst 99% vaccinationstäckning (Allmänna vaccinationsprogrammet)",
            Direction.HIGHER,
            (),
        ),
        (
            "I2.15",
            "Barnhälsovård, enskilda föräldrasamtal",
            "Minst 85 % genomförda enskilda föräldrasamtal (vid två månader samt vid 3 - 5 månader).",
            Direction.HIGHER,
            (),
        ),
        (
            "I2.18",
            "Primärvårdskvalitet (PVQ)",
            "Under 2023 ska minst tre indikatorer väljas ut, följas och användas i verksamhetsutvecklingen.",
            None,
            (),
        ),
        (
            "I4.1",
            "Kostnadskontroll",
            "Vårdenheternas kostnader för läkemedel och medicinsk service ska särskilt följas upp. Målet är att kontrollera att kostnaderna ligger på en jämförbar nivå mellan vårdenheterna samt att inte överförskrivning eller underförskrivning sker av läkemedel och medicinsk service.",
            None,
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
