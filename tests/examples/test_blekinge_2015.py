"""The Blekinge verkställighetsplan 2015 example loads cleanly and keeps the seed's real content."""

from __future__ import annotations

import pytest

from tests.examples.common import load
from vpt.model import Direction, Plan

SLUG = "blekinge-2015"


@pytest.fixture(scope="module")
def loaded() -> tuple[Plan, list[list[object]]]:
    return load(SLUG)


def test_metadata(loaded: tuple[Plan, list[list[object]]]) -> None:
    plan, _ = loaded
    assert plan.organisation == "Landstinget Blekinge"
    assert plan.year == 2015
    assert plan.levels == ("Målområde", "Landstingsstyrelsens mål", "Förvaltningens mål")
    assert [u.id for u in plan.units] == ["PLU", "KOM", "PERS", "EKO", "KANS", "HVAL", "BKC"]
    assert [p.id for p in plan.periods] == ["T1", "Delår", "Helår"]


@pytest.mark.parametrize(
    ("goal_id", "indicator_ids"),
    [
        ("M1", []),
        ("M1.1.1", ["I1.1.1.1", "I1.1.1.2"]),
        ("M3.1.2", ["I3.1.2.1", "I3.1.2.2"]),
        ("M4.1.1", ["I4.1.1.1", "I4.1.1.2", "I4.1.1.3"]),
        ("M4.1.2", ["I4.1.2.1", "I4.1.2.2"]),
        ("M1.11", []),
    ],
)
def test_indicators_per_goal(
    loaded: tuple[Plan, list[list[object]]], goal_id: str, indicator_ids: list[str]
) -> None:
    plan, _ = loaded
    assert [i.id for i in plan.indicators_of(goal_id)] == indicator_ids


@pytest.mark.parametrize(
    ("indicator_id", "target", "baseline", "source", "periods", "direction"),
    [
        (
            "I4.1.1.1",
            "100 %",
            "2012: 63,6 % 2013: 40 %",
            "Manuell uppföljning Helårsbokslut",
            ("Helår",),
            Direction.HIGHER,
        ),
        (
            "I4.1.1.3",
            "95 %",
            "2012: 11,7 % 2013: 67 %",
            "Manuell registrering i Heroma Helårsbokslut",
            ("Helår",),
            Direction.HIGHER,
        ),
        (
            "I4.1.2.1",
            "80",
            "2012: 73 2013: 73",
            "Extern konsult (Skop) Helårsbokslut",
            ("Helår",),
            Direction.HIGHER,
        ),
        ("I4.1.2.2", "95 %", "2013: 83 %", "", ("Helår",), Direction.HIGHER),
        (
            "I3.1.1.1",
            "Utfall/Budget högst 100 %",
            "",
            "Tertialbokslut mars och augusti samt helårsbokslut",
            ("T1", "Delår", "Helår"),
            Direction.LOWER,
        ),
        (
            "I3.1.2.2",
            "2,8 %",
            "",
            "Tertialbokslut mars och augusti samt helårsbokslut",
            ("T1", "Delår", "Helår"),
            Direction.LOWER,
        ),
        (
            "I1.8.1.1",
            "Två vårdprocesser ska ha kartlagts avseende kvalitetsbrister.",
            "0",
            "Manuellt i delårs- och årsredovisning",
            ("Delår", "Helår"),
            Direction.HIGHER,
        ),
        (
            "I1.4.2.1",
            "Minst fyra olika kliniker på Blekingesjukhuset ska ha tillgång till dessa applikationer.",
            "0",
            "Manuellt i delårs- och årsredovisning via Blues",
            ("Delår", "Helår"),
            Direction.HIGHER,
        ),
        (
            "I1.3.2.1",
            "Ja",
            "Finns inom specifika frågor, t.ex. våld i nära relationer, fysisk aktivitet, mat m.m.",
            "Manuellt i årsredovisning",
            ("Helår",),
            None,
        ),
        (
            "I2.1.1.1",
            "ja",
            "delvis",
            "Manuellt i delår- och helårsbokslut. Förvaltningar och nämnders bokslut.",
            ("Delår", "Helår"),
            None,
        ),
        ("I1.7.3.1", "", "", "Patientsäkerhets berättelse", ("Helår",), None),
    ],
)
def test_verbatim_rows(
    loaded: tuple[Plan, list[list[object]]],
    indicator_id: str,
    target: str,
    baseline: str,
    source: str,
    periods: tuple[str, ...],
    direction: Direction | None,
) -> None:
    plan, _ = loaded
    indicator = plan.indicator(indicator_id)
    assert indicator is not None
    assert (indicator.target, indicator.baseline, indicator.source) == (target, baseline, source)
    assert indicator.periods == periods
    assert indicator.direction is direction


def test_strategies_keep_their_row_and_line_breaks(
    loaded: tuple[Plan, list[list[object]]],
) -> None:
    plan, _ = loaded
    indicator = plan.indicator("I1.4.1.1")
    assert indicator is not None
    assert indicator.description == (
        "Ex på strategier och insatser: Utbildningsinsatser\n"
        "Processtöd i verksamheterna\nNätverksträffar"
    )
