"""Outcome normalisation from what people type or what a cell holds."""

from __future__ import annotations

from datetime import date, datetime, time

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


@pytest.mark.parametrize(
    ("raw", "type_", "percent_cell", "code", "problem"),
    [
        ("mycket", P, False, "outcome-unreadable",
         "Utfallet ”mycket” går inte att läsa som ett tal. Skriv bara talet, t.ex. 72."),
        ("  72\u00a0äpplen ", N, False, "outcome-unreadable",
         "Utfallet ”72 äpplen” går inte att läsa som ett tal. Skriv bara talet, t.ex. 72."),
        (True, N, False, "outcome-unreadable",
         "Utfallet ska vara ett tal, inte sant/falskt. Skriv ett tal."),
        (date(2024, 3, 15), N, False, "outcome-date",
         "Utfallet blev ett datum, inte ett tal. Skriv talet igen, till exempel 72."),
        (datetime(2024, 3, 15, 10, 0), P, True, "outcome-date",
         "Utfallet blev ett datum, inte ett tal. Skriv talet igen, till exempel 72."),
        (time(10, 30), N, False, "outcome-date",
         "Utfallet blev ett datum, inte ett tal. Skriv talet igen, till exempel 72."),
        ("#VALUE!", N, False, "outcome-unreadable",
         "Cellen visar felet #VALUE!. Skriv utfallet som ett tal."),
        ("#saknas!", P, False, "outcome-unreadable",
         "Cellen visar felet #saknas!. Skriv utfallet som ett tal."),
        (float("inf"), N, False, "outcome-unreadable",
         "Utfallet är inte ett ändligt tal. Skriv ett tal."),
        # An integer too large for a float: the never-raises net catches the OverflowError.
        (10**400, N, False, "outcome-unreadable",
         "Utfallet går inte att läsa. Skriv ett tal, till exempel 72."),
        # looks like a number but is none: both a comma and a point
        ("1,234.5", N, False, "outcome-unreadable",
         "Utfallet ”1,234.5” går inte att läsa som ett tal. Skriv bara talet, t.ex. 72."),
        ("kanske", Y, False, "outcome-not-yesno",
         "Utfallet ”kanske” går inte att läsa. Välj Ja eller Nej."),
        (2, Y, False, "outcome-not-yesno", "Utfallet ”2” går inte att läsa. Välj Ja eller Nej."),
    ],
)  # fmt: skip
def test_unreadable_outcomes_say_what_to_do(
    raw: object, type_: IndicatorType, percent_cell: bool, code: str, problem: str
) -> None:
    outcome = normalise_outcome(raw, type_, percent_cell=percent_cell)
    assert (outcome.value, outcome.empty) == (None, False)
    assert (outcome.code, outcome.problem) == (code, problem)


@pytest.mark.parametrize(
    ("raw", "percent_cell", "value", "problem"),
    [
        # A percent cell shows the fraction up to 10 (1 000 %); above, "%" was probably left out.
        (10.0, True, 1000.0, ""),
        (-10.0, True, -1000.0, ""),
        (75, True, 75.0,
         "Utfallet står som 7 500 %. Menade du 75 %? Skriv talet med procenttecken: 75 %."),
        (10.5, True, 10.5,
         "Utfallet står som 1 050 %. Menade du 10,5 %? Skriv talet med procenttecken: 10,5 %."),
        (-12, True, -12.0,
         "Utfallet står som -1 200 %. Menade du -12 %? Skriv talet med procenttecken: -12 %."),
        # Below 1 in a plain cell or typed: read as a share of 100, and said so.
        ("0,72", False, 72.0, "Utfallet 0,72 är läst som 72 %. Stämmer inte det, skriv utfallet "
         "i procent med procenttecken, till exempel 0,72 %."),
        ("-0,5", False, -50.0, "Utfallet -0,5 är läst som -50 %. Stämmer inte det, skriv "
         "utfallet i procent med procenttecken, till exempel -0,5 %."),
        # 1 and 0 are not shares.
        (1, False, 1.0, ""),
        ("1", False, 1.0, ""),
        (0, False, 0.0, ""),
        ("0", False, 0.0, ""),
        # With its unit a share is what it says.
        ("0,5 %", False, 0.5, ""),
        ("0,5 Procent", False, 0.5, ""),
        ("0,5 st", False, 50.0, "Utfallet 0,5 är läst som 50 %. Stämmer inte det, skriv "
         "utfallet i procent med procenttecken, till exempel 0,5 %."),
        ("72 %.", False, 72.0, ""),
    ],
)  # fmt: skip
def test_percent_outcomes_and_their_warnings(
    raw: object, percent_cell: bool, value: float, problem: str
) -> None:
    outcome = normalise_outcome(raw, P, percent_cell=percent_cell)
    assert (outcome.value, outcome.problem) == (value, problem)
    assert type(outcome.value) is float


@pytest.mark.parametrize(
    ("raw", "value"),
    [(1, True), (0, False), (1.0, True), (0.0, False), (False, False), (" Ja! ", True),
     ("NEJ.", False), ("Delvis", "delvis")],
)  # fmt: skip
def test_yes_no_outcomes(raw: object, value: bool | str) -> None:
    outcome = normalise_outcome(raw, Y)
    assert outcome.value == value
    assert type(outcome.value) is type(value)
    assert (outcome.problem, outcome.code) == ("", "")


@pytest.mark.parametrize(
    ("raw", "type_", "percent_cell", "value"),
    [
        (0.8, IndicatorType.PERCENT, True, 80.0),  # a fraction in a percent cell
        (80, IndicatorType.PERCENT, False, 80.0),  # percent points in a plain cell
        ("80 %", IndicatorType.PERCENT, False, 80.0),
        (12, IndicatorType.NUMBER, False, 12.0),
        ("1 234,5", IndicatorType.NUMBER, False, 1234.5),
    ],
)
def test_the_outcome_of_what_the_unit_typed(
    raw: object, type_: IndicatorType, percent_cell: bool, value: float
) -> None:
    outcome = normalise_outcome(raw, type_, percent_cell=percent_cell)
    assert outcome.value == pytest.approx(value)
    assert (outcome.problem, outcome.code) == ("", "")
