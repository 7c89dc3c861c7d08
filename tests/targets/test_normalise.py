"""Outcome normalisation from what people type or what a cell holds."""

from __future__ import annotations

from datetime import date

import pytest

from vpt.model import IndicatorType
from vpt.targets import normalise_outcome

P, N, Y, T = IndicatorType.PERCENT, IndicatorType.NUMBER, IndicatorType.YESNO, IndicatorType.TEXT


@pytest.mark.parametrize(
    ("raw", "type_", "percent_cell", "value", "code"),
    [
        ("72 %", P, False, 72.0, ""),
        ("72%", P, False, 72.0, ""),
        ("72", P, False, 72.0, ""),
        ("72 procent", P, False, 72.0, ""),
        ("0,72", P, False, 72.0, "outcome-percent-ambiguous"),
        ("0.72", P, False, 72.0, "outcome-percent-ambiguous"),
        (0.72, P, False, 72.0, "outcome-percent-ambiguous"),
        (0.75, P, True, 75.0, ""),
        (1.05, P, True, 105.0, ""),
        (75, P, True, 75.0, "outcome-percent-missing"),
        (75.0, P, False, 75.0, ""),
        (0, P, True, 0.0, ""),
        ("1", P, False, 1.0, ""),
        ("1 234,5", N, False, 1234.5, ""),
        ("1\u00a0234,5", N, False, 1234.5, ""),
        ("1.234,5", N, False, 1234.5, ""),
        ("12 st", N, False, 12.0, ""),
        ("12 dagar", N, False, 12.0, ""),
        ("1 500 kr", N, False, 1500.0, ""),
        ("5,2", N, False, 5.2, ""),
        ("−3", N, False, -3.0, ""),
        (12, N, False, 12.0, ""),
        (0.5, N, False, 0.5, ""),
        ("ja", Y, False, True, ""),
        ("JA", Y, False, True, ""),
        ("Ja.", Y, False, True, ""),
        ("nej", Y, False, False, ""),
        ("Nej!", Y, False, False, ""),
        (True, Y, False, True, ""),
        ("delvis", Y, False, "delvis", ""),
        ("Vi har gjort det", T, False, "Vi har gjort det", ""),
    ],
)
def test_outcomes(
    raw: object, type_: IndicatorType, percent_cell: bool, value: object, code: str
) -> None:
    outcome = normalise_outcome(raw, type_, percent_cell=percent_cell)
    assert outcome.value == value
    assert type(outcome.value) is type(value)
    assert outcome.code == code
    assert bool(outcome.problem) is bool(code)
    assert outcome.ambiguous is (code == "outcome-percent-ambiguous")
    assert outcome.probably_missing_percent is (code == "outcome-percent-missing")


@pytest.mark.parametrize(
    ("raw", "type_", "code"),
    [
        ("mycket", P, "outcome-unreadable"),
        ("72 äpplen", N, "outcome-unreadable"),
        ("1,2,3", N, "outcome-unreadable"),
        ("#VALUE!", N, "outcome-unreadable"),
        ("ja", N, "outcome-unreadable"),
        (True, N, "outcome-unreadable"),
        (date(2024, 3, 15), N, "outcome-date"),
        ("kanske", Y, "outcome-not-yesno"),
        (float("inf"), N, "outcome-unreadable"),
    ],
)
def test_unreadable_outcomes_are_findings_not_exceptions(
    raw: object, type_: IndicatorType, code: str
) -> None:
    outcome = normalise_outcome(raw, type_)
    assert outcome.value is None
    assert not outcome.empty
    assert outcome.code == code
    assert outcome.problem


@pytest.mark.parametrize("raw", [None, "", "   ", "\u00a0", float("nan")])
def test_empty(raw: object) -> None:
    outcome = normalise_outcome(raw, P)
    assert outcome.empty
    assert outcome.value is None
    assert outcome.problem == ""


@pytest.mark.parametrize(
    ("raw", "value"), [(0.29, 29.0), (0.07, 7.0), (0.575, 57.5), (0.123456, 12.3456)]
)
def test_percent_cells_are_rounded_like_the_live_formula(raw: float, value: float) -> None:
    assert normalise_outcome(raw, P, percent_cell=True).value == value
