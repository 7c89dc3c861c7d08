"""Bands: the plain numbers the workbook's Excel formulas use."""

from __future__ import annotations

import pytest

from vpt.model import Direction
from vpt.targets import Bands, Status, bands, parse_target

H, L = Direction.HIGHER, Direction.LOWER


@pytest.mark.parametrize(
    ("text", "riktning", "options", "expected"),
    [
        ("Minst 75%", None, {}, Bands(met_low=75.0, partly_low=67.5, target_value=75.0)),
        (
            "> 90%",
            None,
            {},
            Bands(met_low=90.0, met_low_strict=True, partly_low=81.0, target_value=90.0),
        ),
        ("Högst 100 %", None, {}, Bands(met_high=100.0, partly_high=110.0, target_value=100.0)),
        (
            "< 18 månader",
            None,
            {},
            Bands(met_high=18.0, met_high_strict=True, partly_high=19.8, target_value=18.0),
        ),
        ("77-80", None, {}, Bands(met_low=77.0, met_high=80.0, partly_low=69.3, partly_high=88.0)),
        ("14%", L, {}, Bands(met_high=14.0, partly_high=15.4, target_value=14.0)),
        (
            "Minst 75%",
            None,
            {"threshold_text": "70 %"},
            Bands(met_low=75.0, partly_low=70.0, target_value=75.0),
        ),
        (
            ">0",
            None,
            {},
            Bands(
                met_low=0.0,
                met_low_strict=True,
                partly_low=0.0,
                partly_low_strict=True,
                target_value=0.0,
            ),
        ),
        (
            "Öka med 10% jämfört med fg år",
            None,
            {"reference": 200.0},
            # between the reference and the asked-for rise is partly met; a fall is not
            Bands(met_low=220.0, partly_low=200.0, partly_low_strict=True, target_value=220.0),
        ),
        (
            "Minska",
            None,
            {"reference": 10.0},
            # no tolerance on the direction of a change
            Bands(
                met_high=10.0,
                met_high_strict=True,
                partly_high=10.0,
                partly_high_strict=True,
                target_value=10.0,
            ),
        ),
    ],
)
def test_bands(
    text: str, riktning: Direction | None, options: dict[str, object], expected: Bands
) -> None:
    assert bands(parse_target(text, direction=riktning), **options) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["Ja", "ska beskrivas", "95%", "Öka", "bra", "80% och 55%"])
def test_no_bands_where_nothing_can_be_computed(text: str) -> None:
    assert bands(parse_target(text)) is None


def test_a_band_of_zero_width_adds_nothing() -> None:
    zero = bands(parse_target(">0"))
    assert zero is not None
    assert not zero.has_partly
    assert zero.status(0.0) is Status.NOT_MET
    assert zero.status(0.001) is Status.MET
