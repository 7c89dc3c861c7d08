"""The Region Västerbotten HSN nämndplan 2025 example loads cleanly and keeps the seed's real content."""

from __future__ import annotations

import pytest

from tests.examples.common import load
from vpt.model import Direction, Plan

SLUG = "vasterbotten-hsn-2025"


@pytest.fixture(scope="module")
def loaded() -> tuple[Plan, list[list[object]]]:
    return load(SLUG)


def test_metadata(loaded: tuple[Plan, list[list[object]]]) -> None:
    plan, _ = loaded
    assert plan.name == "HSN nämndplan 2025"
    assert plan.organisation == "Region Västerbotten"
    assert plan.year == 2025
    assert plan.levels == ("Mål", "Delmål")
    assert [u.id for u in plan.units] == ["PV", "LSV", "PSY", "HAB", "FTV"]
    assert [p.id for p in plan.periods] == ["T1", "Delår", "Helår"]


@pytest.mark.parametrize(
    ("goal_id", "indicator_ids"),
    [
        ("M1", []),
        ("M1.2", ["I1.2.1"]),
        ("M1.3", ["I1.3.1", "I1.3.2", "I1.3.3", "I1.3.4"]),
        ("M3.1", ["I3.1.1"]),
        ("M4.2", ["I4.2.1", "I4.2.2", "I4.2.3", "I4.2.4"]),
        ("M7.1", ["I7.1.1"]),
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
        ("I1.2.1", "Andel genomförda hembesök till nyfödda", "90%", Direction.HIGHER, ()),
        (
            "I1.3.3",
            "Andel genomförda hälsosamtal för 2-åringar inom folktandvården",
            "",
            None,
            ("FTV",),
        ),
        (
            "I1.5.1",
            "Antalet slutenvårdsdagar per tusen länsinvånare minskar",
            "",
            Direction.LOWER,
            (),
        ),
        (
            "I3.1.1",
            "Antal chefer och medarbetare i stab som genomgått webbutbildning Jämlik vård - utbildning om rasism och likvärdigt patientbemötande",
            "",
            Direction.HIGHER,
            (),
        ),
        (
            "I4.1.1",
            "Andel BE inom primärvården som använder Patientkontrakt som verktyg",
            "",
            Direction.HIGHER,
            ("PV",),
        ),
        (
            "I4.1.3",
            "Andel brukare som får Habiliteringsplan för insatser, fast vårdkontakt och tid för nästa steg är upprättad inom 3 månader från beslut",
            "",
            Direction.HIGHER,
            ("HAB",),
        ),
        ("I5.2.1", "Hållbart medarbetarengagemang för chefer ska öka", "", Direction.HIGHER, ()),
        ("I1.3.4", "Användandet av levnadsvanestöd", "", None, ()),
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
