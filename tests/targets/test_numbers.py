"""Swedish numbers as people write them, and back (vpt/targets/numbers.py). Every expected value
is written by hand: the tables are what a unit may type and what vpt should make of it."""

from __future__ import annotations

import pytest

from vpt.targets.numbers import (
    canonical_unit,
    clean_text,
    format_number,
    format_value,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("  \t\n ", ""),
        ("  Minst\t75 \n %  ", "Minst 75 %"),
        # No-break, narrow no-break, thin and figure spaces (Excel and Word put them in numbers).
        ("1\u00a0234\u202f567\u2009890\u20071", "1 234 567 890 1"),
        ("77–80", "77-80"),  # en dash
        ("77—80", "77-80"),  # em dash
        ("−3", "-3"),  # minus sign
        ("＝ 5", "= 5"),  # full-width equals
        ("≧ 75", "≥ 75"),
        ("≦ 14", "≤ 14"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("%", "%"),
        ("procent", "%"),
        ("procents", "%"),
        ("procentenheter", "%"),
        ("st", "st"),
        ("st.", "st"),
        ("stycken", "st"),
        ("dag", "dagar"),
        ("dagar", "dagar"),
        ("dagars", "dagar"),
        ("vecka", "veckor"),
        ("veckor", "veckor"),
        ("veckors", "veckor"),
        ("månad", "månader"),
        ("månader", "månader"),
        ("månaders", "månader"),
        ("mån", "månader"),
        ("timmar", "timmar"),
        ("timme", "timmar"),
        ("kr", "kr"),
        ("kronor", "kr"),
        ("tkr", "tkr"),
        ("mkr", "mkr"),
        ("mnkr", "mkr"),
        ("poäng", "poäng"),
        ("indexpoäng", "poäng"),
        ("index", "poäng"),
        # Case and surrounding spaces do not matter.
        (" Procent ", "%"),
        ("VECKORS", "veckor"),
        # Not a unit.
        ("", ""),
        ("personer", ""),
        ("procentig", ""),
    ],
)
def test_canonical_unit(word: str, unit: str) -> None:
    assert canonical_unit(word) == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", 5.0),
        ("5,2", 5.2),
        ("0.75", 0.75),
        ("−3", -3.0),
        ("-3,5", -3.5),
        ("+4", 4.0),
        (",5", 0.5),
        ("5.", 5.0),
        (" 42 ", 42.0),
        # Spaces of any kind between thousands.
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("1\u202f234\u202f567", 1234567.0),
        # Dots between thousands: with a decimal comma, or two or more groups.
        ("1.234,5", 1234.5),
        ("12.345,6", 12345.6),
        ("-1.234,5", -1234.5),
        ("1.234.567", 1234567.0),
        # One dot group and no comma is a decimal point.
        ("1.234", 1.234),
        # Not a number.
        ("", None),
        ("   ", None),
        ("-", None),
        ("abc", None),
        ("5 %", None),
        ("1,2,3", None),
        ("1,234.5", None),
        ("1234.567,8", None),
        ("1e5", None),
        ("inf", None),
        ("nan", None),
        ("1" + "0" * 400, None),  # too large for a float: not finite
    ],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.0, "0"),
        (5.0, "5"),
        (2.5, "2,5"),
        (2.25, "2,25"),
        (1.999, "2"),
        (1.234, "1,23"),
        (999.0, "999"),
        (1000.0, "1 000"),
        (1234567.891, "1 234 567,89"),
        (-1234.5, "-1 234,5"),
        (-0.5, "-0,5"),
        # Rounds to zero: no minus sign before it.
        (-0.004, "0"),
        (0.004, "0"),
        # Half up, as a spreadsheet shows the cell: on, just below and just above the half.
        (0.125, "0,13"),
        (0.1249, "0,12"),
        (0.1251, "0,13"),
        (2.675, "2,68"),  # the float is 2,67499…; the number typed was 2,675
        (-2.675, "-2,68"),
        (0.005, "0,01"),
        (-0.005, "-0,01"),
        (0.0049, "0"),
        (1e22, "10 000 000 000 000 000 000 000"),
        (float("inf"), "inf"),
    ],
)
def test_format_number(value: float, expected: str) -> None:
    assert format_number(value) == expected


def test_format_number_rounds_the_largest_float_without_an_error() -> None:
    text = format_number(1.7976931348623157e308)
    assert text.startswith("179 769 313 486 231 570 000 ")
    assert len(text.replace(" ", "")) == 309
    assert format_number(1.23456, 4) == "1,2346"


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (72.0, "%", "72 %"),
        (18.0, "månader", "18 månader"),
        (1000.0, "", "1 000"),
        (67.5, "%", "67,5 %"),
    ],
)
def test_format_value(value: float, unit: str, expected: str) -> None:
    assert format_value(value, unit) == expected
