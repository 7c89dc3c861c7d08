"""Every finding of one follow-up sheet, pinned: code, severity, cell, value and the Swedish message.

The sheet is built in memory as the reader would have read it (no workbook is written), so that
each rule is checked on, just below and just above its boundary, quickly. The expected findings
are written out by hand; the messages are what the unit reads, so they are behaviour too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from vpt.generate import layout as L
from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit
from vpt.read.results import ReturnedValue
from vpt.read.validate import Place, validate_sheet
from vpt.read.workbook import ReadSheet, SheetRow
from vpt.targets import Status

PLAN = Plan(
    name="Testplan",
    organisation="Region Test",
    year=2025,
    levels=("Mål",),
    tolerance=0.10,
    goals=(Goal("G1", "Tillgänglig vård"),),
    indicators=(
        Indicator(
            "P1",
            "G1",
            "Andel besök inom 3 dagar",
            type=IndicatorType.PERCENT,
            target="Minst 75%",
            threshold="70%",
        ),
        Indicator("N1", "G1", "Väntetid i dagar", type=IndicatorType.NUMBER, target="Högst 30"),
        Indicator("J1", "G1", "Finns en handlingsplan?", type=IndicatorType.YESNO, target="Ja"),
        Indicator("U1", "G1", "Ta fram en kompetensplan", type=IndicatorType.TASK),
        Indicator("X1", "G1", "Beskriv arbetet med jämlik vård", type=IndicatorType.TEXT),
        # a change without ingångsvärde: the unit types the jämförelsevärde
        Indicator(
            "C1",
            "G1",
            "Antal digitala besök",
            type=IndicatorType.NUMBER,
            target="Öka",
            direction=Direction.HIGHER,
        ),
        Indicator(
            "C2",
            "G1",
            "Andel nöjda patienter",
            type=IndicatorType.PERCENT,
            target="Öka",
            direction=Direction.HIGHER,
        ),
        # a change against a named year: the previous period's outcome is not the reference
        Indicator(
            "C3",
            "G1",
            "Antal remisser",
            type=IndicatorType.NUMBER,
            target="Öka jämfört med 2023",
            direction=Direction.HIGHER,
        ),
        # a change with an ingångsvärde: no jämförelsevärde asked
        Indicator(
            "C4",
            "G1",
            "Antal hembesök",
            type=IndicatorType.NUMBER,
            target="Öka",
            direction=Direction.HIGHER,
            baseline="2024: 500",
            units=("A", "B"),  # named units and periods: read where named
            periods=("T1",),
        ),
        Indicator(
            "B1", "G1", "Bara för Beta", type=IndicatorType.NUMBER, target="Högst 5", units=("B",)
        ),
    ),
    units=(Unit("A", "Förvaltning Alfa"), Unit("B", "Förvaltning Beta")),
    periods=(Period("T1", "Tertial 1"), Period("T2", "Tertial 2")),
)
PLACE = Place("alfa.xlsx", "c0ffee", "A", "T1")
COLUMNS = {c.key: c.index for c in L.COLUMNS}
FIRST = 6  # 0-based row of the first indicator: row 7 as Excel shows it
# Excel's row of each indicator in the sheet built below
ROW = {"P1": 7, "N1": 8, "J1": 9, "U1": 10, "X1": 11, "C1": 12, "C2": 13, "C3": 14, "C4": 15}

# A return with nothing to say: every row filled in, explained, and met.
CLEAN: dict[str, dict[str, Any]] = {
    "P1": {"outcome": 0.8},
    "N1": {"outcome": 10.0},
    "J1": {"outcome": "Ja"},
    "U1": {"outcome": "Genomfört", "own": "Uppfyllt"},
    "X1": {"outcome": "Arbetet pågår enligt plan.", "own": "Uppfyllt"},
    "C1": {"outcome": 520.0, "comparison": 500.0},
    "C2": {"outcome": 0.6, "comparison": 0.5},
    "C3": {"outcome": 120.0, "comparison": 100.0},
    "C4": {"outcome": 520.0},
}

Found = tuple[str, str, str, str, str]  # code, severity, cell, value, message


def sheet(
    edits: Mapping[str, Mapping[str, Any]] = {},
    *,
    drop: Iterable[str] = (),
    columns: Mapping[str, int] | None = None,
    **parts: Any,
) -> ReadSheet:
    """The clean sheet with ``edits`` (indicator → column → cell) and rows ``drop``ped."""
    rows = {}
    for offset, key in enumerate(CLEAN):
        indicator = PLAN.indicator(key)
        assert indicator is not None
        cells = {"id": key, "indicator": indicator.name, "comment": "Analys.", "actions": "Plan."}
        cells |= CLEAN[key] | dict(edits.get(key, {}))
        if key not in drop:
            rows[key] = SheetRow(key, FIRST + offset, cells)
    return ReadSheet("Uppföljning", FIRST - 1, dict(columns or COLUMNS), rows=rows, **parts)


def check(
    edits: Mapping[str, Mapping[str, Any]] = {},
    *,
    plan: Plan = PLAN,
    read: ReadSheet | None = None,
    **options: Any,
) -> tuple[dict[str, ReturnedValue], list[Found]]:
    values, findings = validate_sheet(plan, read or sheet(edits), PLACE, **options)
    for f in findings:
        assert (f.file, f.sheet) == ("alfa.xlsx", "Uppföljning")
    return {v.indicator_id: v for v in values}, [
        (f.code, f.severity.value, f.cell, f.value, f.message) for f in findings
    ]


def test_a_clean_return_has_no_findings() -> None:
    values, found = check()
    assert found == []
    assert {k: (v.value, v.status) for k, v in values.items()} == {
        "P1": (80.0, Status.MET),
        "N1": (10.0, Status.MET),
        "J1": (True, Status.MET),
        "U1": ("Genomfört", Status.MET),
        "X1": ("Arbetet pågår enligt plan.", Status.MET),
        "C1": (520.0, Status.MET),
        "C2": (60.0, Status.MET),
        "C3": (120.0, Status.MET),
        "C4": (520.0, Status.MET),
    }


# -- the utfall ---------------------------------------------------------------------------------

UNREAD = "går inte att läsa som ett tal. Skriv bara talet, t.ex. 72."
AS_TEXT = (
    "står som text, inte som tal, så arbetsboken visade ”Kontrollera värdet” i stället för "
    "måluppfyllelsen. vpt läser det som {}. Stämmer det inte, rätta utfallet; skriv bara talet "
    "nästa gång."
)
PERCENT_RANGE = "ligger utanför det rimliga (-100 % till 1 000 %). Kontrollera och rätta utfallet."
NUMBER_RANGE = (
    "ligger utanför det rimliga (-1 000 000 000 till 1 000 000 000). Kontrollera och rätta "
    "utfallet."
)
MISSING_PERCENT = "P1: Utfallet står som {} %. Menade du {} %? Skriv talet med procenttecken: {} %."
IMPLAUSIBLE = (
    "P1: utfallet är {} %, över 100 % fast målvärdet inte är det. Menade du {} %? Skriv då talet "
    "med procenttecken."
)
NOT_IN_LIST = (
    "J1: utfallet ”{}” är inget av Ja och Nej i listan, så arbetsboken visade ”Kontrollera "
    "värdet”. vpt läser det som {}. Stämmer det inte, välj rätt svar i listan."
)
MISSING = "utfall saknas. {}, eller skriv i Kommentar/analys varför det inte finns."

# (indicator, outcome typed, value read, status, findings)
OUTCOMES: list[tuple[str, Any, Any, Status, list[Found]]] = [
    ("P1", "", None, Status.NOT_ASSESSED,
     [("outcome-missing", "warning", "J7", "", "P1: " + MISSING.format("Fyll i utfallet som ett tal"))]),
    ("P1", "   ", None, Status.NOT_ASSESSED,
     [("outcome-missing", "warning", "J7", "", "P1: " + MISSING.format("Fyll i utfallet som ett tal"))]),
    ("P1", "mycket", None, Status.NOT_ASSESSED,
     [("outcome-unreadable", "error", "J7", "mycket", f"P1: Utfallet ”mycket” {UNREAD}")]),
    ("P1", date(2025, 3, 15), None, Status.NOT_ASSESSED,
     [("outcome-date", "error", "J7", "2025-03-15",
       "P1: Utfallet blev ett datum, inte ett tal. Skriv talet igen, till exempel 72.")]),
    # a percent cell holds the fraction; over 10 (1 000 %) it is percent points typed without %
    ("P1", 75, 75.0, Status.MET,
     [("outcome-percent-missing", "warning", "J7", "75", MISSING_PERCENT.format("7 500", 75, 75))]),
    ("P1", 0.5, 50.0, Status.NOT_MET, []),
    ("P1", "0,8", 80.0, Status.MET,
     [("outcome-percent-ambiguous", "warning", "J7", "0,8",
       "P1: Utfallet 0,8 är läst som 80 %. Stämmer inte det, skriv utfallet i procent med "
       "procenttecken, till exempel 0,8 %.")]),
    # the plausible range of a percent: -100 % to 1 000 %, both included
    ("P1", "1000 %", 1000.0, Status.MET,
     [("outcome-as-text", "warning", "J7", "1000 %", "P1: utfallet ”1000 %” " + AS_TEXT.format("1 000 %"))]),
    ("P1", "1001 %", None, Status.NOT_ASSESSED,
     [("outcome-out-of-range", "error", "J7", "1001 %", f"P1: utfallet 1 001 % {PERCENT_RANGE}")]),
    ("P1", " -100 % ", -100.0, Status.NOT_MET,
     [("outcome-as-text", "warning", "J7", "-100 %", "P1: utfallet ”-100 %” " + AS_TEXT.format("-100 %"))]),
    ("P1", "-101 %", None, Status.NOT_ASSESSED,
     [("outcome-out-of-range", "error", "J7", "-101 %", f"P1: utfallet -101 % {PERCENT_RANGE}")]),
    ("P1", 1000, 1000.0, Status.MET,
     [("outcome-percent-missing", "warning", "J7", "1000", MISSING_PERCENT.format("100 000", "1 000", "1 000"))]),
    ("P1", 1001, None, Status.NOT_ASSESSED,
     [("outcome-percent-missing", "warning", "J7", "1001", MISSING_PERCENT.format("100 100", "1 001", "1 001")),
      ("outcome-out-of-range", "error", "J7", "1001", f"P1: utfallet 1 001 % {PERCENT_RANGE}")]),
    ("P1", -100, -100.0, Status.NOT_MET,
     [("outcome-percent-missing", "warning", "J7", "-100", MISSING_PERCENT.format("-10 000", -100, -100))]),
    ("P1", -101, None, Status.NOT_ASSESSED,
     [("outcome-percent-missing", "warning", "J7", "-101", MISSING_PERCENT.format("-10 100", -101, -101)),
      ("outcome-out-of-range", "error", "J7", "-101", f"P1: utfallet -101 % {PERCENT_RANGE}")]),
    # over 100 % while the målvärde is not: asked whether 1,5 meant 1,5 %
    ("P1", 1.0, 100.0, Status.MET, []),
    ("P1", 1.01, 101.0, Status.MET,
     [("outcome-percent-implausible", "warning", "J7", "1.01", IMPLAUSIBLE.format(101, "1,01"))]),
    ("P1", 10.0, 1000.0, Status.MET,
     [("outcome-percent-implausible", "warning", "J7", "10", IMPLAUSIBLE.format("1 000", 10))]),
    # the plausible range of a number: ±1 000 000 000, both included
    ("N1", 1e9, 1e9, Status.NOT_MET, []),
    ("N1", 1e9 + 1, None, Status.NOT_ASSESSED,
     [("outcome-out-of-range", "error", "J8", "1000000001", f"N1: utfallet 1 000 000 001 {NUMBER_RANGE}")]),
    ("N1", -1e9, -1e9, Status.MET, []),
    ("N1", -1e9 - 1, None, Status.NOT_ASSESSED,
     [("outcome-out-of-range", "error", "J8", "-1000000001", f"N1: utfallet -1 000 000 001 {NUMBER_RANGE}")]),
    ("N1", "-1000000001", None, Status.NOT_ASSESSED,
     [("outcome-out-of-range", "error", "J8", "-1000000001", f"N1: utfallet -1 000 000 001 {NUMBER_RANGE}")]),
    ("N1", 150, 150.0, Status.NOT_MET, []),  # no percent, nothing implausible
    ("N1", float("inf"), None, Status.NOT_ASSESSED,
     [("outcome-unreadable", "error", "J8", "inf", "N1: Utfallet är inte ett ändligt tal. Skriv ett tal.")]),
    ("N1", " 5,2 ", 5.2, Status.MET,
     [("outcome-as-text", "warning", "J8", "5,2", "N1: utfallet ”5,2” " + AS_TEXT.format("5,2"))]),
    ("N1", "", None, Status.NOT_ASSESSED,
     [("outcome-missing", "warning", "J8", "", "N1: " + MISSING.format("Fyll i utfallet som ett tal"))]),
    # Ja/Nej: what the live formula does not know is read, with a warning
    ("J1", "ja", True, Status.MET, []),
    ("J1", "NEJ", False, Status.NOT_MET, []),
    ("J1", "delvis", "delvis", Status.PARTLY_MET, []),
    ("J1", True, True, Status.MET,
     [("outcome-not-in-list", "warning", "J9", "True", NOT_IN_LIST.format("True", "Ja"))]),
    ("J1", False, False, Status.NOT_MET,
     [("outcome-not-in-list", "warning", "J9", "False", NOT_IN_LIST.format("False", "Nej"))]),
    ("J1", 1, True, Status.MET,
     [("outcome-not-in-list", "warning", "J9", "1", NOT_IN_LIST.format("1", "Ja"))]),
    ("J1", "Delvis.", "delvis", Status.PARTLY_MET,
     [("outcome-not-in-list", "warning", "J9", "Delvis.", NOT_IN_LIST.format("Delvis.", "Delvis"))]),
    ("J1", "kanske", None, Status.NOT_ASSESSED,
     [("outcome-not-yesno", "error", "J9", "kanske",
       "J1: Utfallet ”kanske” går inte att läsa. Välj Ja eller Nej.")]),
    ("J1", "", None, Status.NOT_ASSESSED,
     [("outcome-missing", "warning", "J9", "", "J1: " + MISSING.format("Välj Ja eller Nej"))]),
    # uppdrag: the status is one of the list's words, in any case
    ("U1", "pågår", "pågår", Status.MET, []),
    ("U1", "Klart snart", "Klart snart", Status.MET,
     [("task-status-unreadable", "warning", "J10", "Klart snart",
       "U1: uppdragets status ”Klart snart” är inget av Genomfört, Pågår, Ej påbörjat. Välj en "
       "status i listan.")]),
    # the unit's own "Uppfyllt" still assesses an uppdrag or a text without utfall
    ("U1", "", None, Status.MET,
     [("outcome-missing", "warning", "J10", "",
       "U1: " + MISSING.format("Välj uppdragets status (Genomfört, Pågår eller Ej påbörjat)"))]),
    ("X1", "", None, Status.MET,
     [("outcome-missing", "warning", "J11", "", "X1: " + MISSING.format("Skriv utfallet"))]),
]  # fmt: skip


@pytest.mark.parametrize(("key", "typed", "value", "status", "expected"), OUTCOMES)
def test_outcome_value_status_and_findings(
    key: str, typed: Any, value: Any, status: Status, expected: list[Found]
) -> None:
    values, found = check({key: {"outcome": typed}})
    assert found == expected
    assert values[key].value == value
    assert values[key].status is status


def test_task_status_is_returned_in_the_lists_spelling() -> None:
    values, _ = check({"U1": {"outcome": "pågår"}})
    assert (values["U1"].task_status, values["U1"].raw) == ("Pågår", "pågår")
    values, _ = check({"U1": {"outcome": "Klart snart"}})
    assert values["U1"].task_status == ""
    values, _ = check({"U1": {"outcome": "ej PÅBÖRJAT"}})
    assert values["U1"].task_status == "Ej påbörjat"


def test_an_error_value_in_an_empty_outcome_cell_is_named() -> None:
    # calamine returns "" for an error; the reader's scan of the XML has it
    read = sheet({"P1": {"outcome": ""}}, errors={(FIRST, 9): "#DIV/0!"})
    values, found = check(read=read)
    assert found == [("outcome-unreadable", "error", "J7", "#DIV/0!",
                      "P1: Cellen visar felet #DIV/0!. Skriv utfallet som ett tal.")]  # fmt: skip
    assert values["P1"].raw == "#DIV/0!"
    # a value in the cell wins over an error noted for it
    values, found = check(read=sheet(errors={(FIRST, 9): "#DIV/0!"}))
    assert (found, values["P1"].value) == ([], 80.0)


FORMULA = (
    "P1: cellen innehåller en formel; vpt använder det beräknade värdet. Skriv in själva värdet i "
    "stället för en formel."
)


def test_a_formula_in_each_input_cell_is_used_with_a_warning() -> None:
    cells = {(FIRST, COLUMNS[key]) for key in ("outcome", "own", "comment", "actions")}
    read = sheet({"P1": {"own": "Uppfyllt"}}, formulas=cells | {(FIRST, COLUMNS["status"])})
    values, found = check(read=read)
    assert found == [
        ("formula-in-input", "warning", "J7", "0.8", FORMULA),
        ("formula-in-input", "warning", "K7", "Uppfyllt", FORMULA),
        ("formula-in-input", "warning", "M7", "Analys.", FORMULA),
        ("formula-in-input", "warning", "N7", "Plan.", FORMULA),
    ]
    assert values["P1"].value == 80.0


# -- egen bedömning -----------------------------------------------------------------------------

OWN_NOT_IN_LIST = (
    "{}: egen bedömning ”{}” är inget av orden i listan, så arbetsboken visade ”Kontrollera "
    "värdet”. vpt läser det som {}. Stämmer det inte, välj rätt bedömning i listan."
)
OWN_MISSING = (
    "{}: egen bedömning saknas, och måluppfyllelsen kan bara bedömas av enheten. Välj Uppfyllt, "
    "Delvis uppfyllt eller Ej uppfyllt."
)

# (indicator, cells, status, own read, findings)
OWN: list[tuple[str, dict[str, Any], Status, Status | None, list[Found]]] = [
    ("P1", {"own": "Uppfyllt"}, Status.MET, Status.MET, []),
    ("P1", {"own": "Ej uppfyllt"}, Status.MET, Status.NOT_MET,
     [("own-disagrees", "warning", "K7", "Ej uppfyllt",
       "P1: egen bedömning är ”Ej uppfyllt” men utfallet ger ”Uppfyllt” (Utfall 80 % mot "
       "målvärde minst 75 %: målvärdet är nått.) Kontrollera utfallet, eller förklara "
       "bedömningen i Kommentar/analys.")]),
    # a word the list does not have is no matter when the utfall decides
    ("P1", {"own": "grön"}, Status.MET, Status.MET, []),
    ("P1", {"own": "kanske"}, Status.MET, None,
     [("own-unreadable", "warning", "K7", "kanske",
       "P1: egen bedömning ”kanske” går inte att läsa. Välj Uppfyllt, Delvis uppfyllt eller "
       "Ej uppfyllt i listan.")]),
    ("P1", {"own": "  "}, Status.MET, None, []),
    ("P1", {"outcome": "", "own": "Uppfyllt"}, Status.NOT_ASSESSED, Status.MET,
     [("outcome-missing", "warning", "J7", "", "P1: " + MISSING.format("Fyll i utfallet som ett tal"))]),
    # an uppdrag and a text are assessed by the unit alone
    ("U1", {"own": ""}, Status.NOT_ASSESSED, None,
     [("own-missing", "warning", "K10", "", OWN_MISSING.format("U1"))]),
    ("U1", {"outcome": "", "own": ""}, Status.NOT_ASSESSED, None,
     [("outcome-missing", "warning", "J10", "",
       "U1: " + MISSING.format("Välj uppdragets status (Genomfört, Pågår eller Ej påbörjat)"))]),
    ("U1", {"own": "uppfyllt"}, Status.MET, Status.MET, []),
    ("U1", {"own": "DELVIS UPPFYLLT"}, Status.PARTLY_MET, Status.PARTLY_MET, []),
    ("U1", {"own": "grön"}, Status.MET, Status.MET,
     [("own-not-in-list", "warning", "K10", "grön", OWN_NOT_IN_LIST.format("U1", "grön", "Uppfyllt"))]),
    ("X1", {"own": "Delvis"}, Status.PARTLY_MET, Status.PARTLY_MET,
     [("own-not-in-list", "warning", "K11", "Delvis",
       OWN_NOT_IN_LIST.format("X1", "Delvis", "Delvis uppfyllt"))]),
    ("X1", {"own": ""}, Status.NOT_ASSESSED, None,
     [("own-missing", "warning", "K11", "", OWN_MISSING.format("X1"))]),
    ("X1", {"own": "kanske"}, Status.NOT_ASSESSED, None,
     [("own-unreadable", "warning", "K11", "kanske",
       "X1: egen bedömning ”kanske” går inte att läsa. Välj Uppfyllt, Delvis uppfyllt eller "
       "Ej uppfyllt i listan."),
      ("own-missing", "warning", "K11", "", OWN_MISSING.format("X1"))]),
]  # fmt: skip


@pytest.mark.parametrize(("key", "cells", "status", "own", "expected"), OWN)
def test_own_assessment(
    key: str, cells: dict[str, Any], status: Status, own: Status | None, expected: list[Found]
) -> None:
    values, found = check({key: cells})
    assert found == expected
    assert (values[key].status, values[key].own) == (status, own)


# -- comment, actions and long text -------------------------------------------------------------


def explain(key: str, label: str, row: int) -> list[Found]:
    return [
        ("comment-missing", "warning", f"M{row}", "",
         f"{key}: måluppfyllelsen är ”{label}” men Kommentar/analys är tom. Skriv en analys av "
         "varför målet inte nås."),
        ("actions-missing", "warning", f"N{row}", "",
         f"{key}: måluppfyllelsen är ”{label}” men Åtgärder är tom. Skriv vilka åtgärder som "
         "planeras."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("key", "outcome", "expected"),
    [
        ("P1", 0.5, explain("P1", "Ej uppfyllt", 7)),
        ("P1", 0.72, explain("P1", "Delvis uppfyllt", 7)),  # gränsvärde 70 %
        ("P1", 0.8, []),
        ("J1", "Nej", explain("J1", "Ej uppfyllt", 9)),
    ],
)
def test_a_status_short_of_met_asks_for_comment_and_actions(
    key: str, outcome: Any, expected: list[Found]
) -> None:
    assert check({key: {"outcome": outcome, "comment": " ", "actions": None}})[1] == expected


def test_comment_or_actions_alone_is_asked_for_the_other() -> None:
    _, found = check({"P1": {"outcome": 0.5, "actions": ""}})
    assert found == explain("P1", "Ej uppfyllt", 7)[1:]
    _, found = check({"P1": {"outcome": 0.5, "comment": ""}})
    assert found == explain("P1", "Ej uppfyllt", 7)[:1]


def test_no_comment_is_asked_when_nothing_is_assessed() -> None:
    assert check({"P1": {"outcome": "mycket", "comment": "", "actions": ""}})[1] == [
        ("outcome-unreadable", "error", "J7", "mycket", f"P1: Utfallet ”mycket” {UNREAD}")
    ]


def too_long(key: str, cell: str, text: str) -> Found:
    return ("text-too-long", "warning", cell, text[:60] + "…",
            f"{key}: texten är {len(text)} tecken, längre än 2000. Korta texten; längre "
            "resonemang hör hemma i verksamhetsberättelsen.")  # fmt: skip


@pytest.mark.parametrize("column", ["comment", "actions", "outcome"])
def test_text_longer_than_2000_characters_is_flagged(column: str) -> None:
    cell = {"comment": "M11", "actions": "N11", "outcome": "J11"}[column]
    at_limit = "Lång text. " * 181 + "x"
    assert len(at_limit) == 1992
    at_limit += "12345678"
    assert check({"X1": {column: at_limit}})[1] == []
    over = at_limit + "!"
    values, found = check({"X1": {column: over}})
    assert found == [too_long("X1", cell, over)]
    assert found[0][3] == "Lång text. " * 5 + "Lång …"
    assert len(getattr(values["X1"], {"outcome": "value"}.get(column, column))) == 2001


def test_a_long_number_outcome_is_not_text() -> None:
    assert check({"N1": {"outcome": 12.0, "comment": "x" * 2000, "actions": "y" * 2000}})[1] == []


# -- jämförelsevärde ----------------------------------------------------------------------------

COMPARISON_MISSING = (
    "målvärdet jämförs med föregående års värde, som saknas. Skriv Jämförelsevärde (fg år), eller "
    "välj egen bedömning."
)
BY_OWN = (
    "jämförelsevärde saknas, så måluppfyllelsen är enligt enhetens bedömning. Fyll i Ingångsvärde "
    "i planen inför nästa period."
)
COMPARISON_UNREADABLE = (
    "går inte att läsa som ett tal. Skriv bara talet, till exempel 72 eller 72 %."
)
COMPARISON_RANGE = "ligger utanför det rimliga. Kontrollera och rätta det."


def missing(key: str) -> Found:
    return ("comparison-missing", "warning", f"I{ROW[key]}", "", f"{key}: {COMPARISON_MISSING}")


# (indicator, cells, status, findings)
COMPARISONS: list[tuple[str, dict[str, Any], Status, list[Found]]] = [
    ("C1", {"comparison": 500.0}, Status.MET, []),
    ("C1", {"comparison": 600.0}, Status.NOT_MET, []),
    ("C1", {"comparison": ""}, Status.NOT_ASSESSED, [missing("C1")]),
    ("C1", {"comparison": "", "own": "Delvis uppfyllt"}, Status.PARTLY_MET,
     [("status-by-own", "info", "I12", "", f"C1: {BY_OWN}")]),
    # nothing to compare: the utfall is missing, and that is the finding
    ("C1", {"comparison": "", "outcome": ""}, Status.NOT_ASSESSED,
     [("outcome-missing", "warning", "J12", "", "C1: " + MISSING.format("Fyll i utfallet som ett tal"))]),
    ("C1", {"comparison": "mycket"}, Status.NOT_ASSESSED,
     [("comparison-unreadable", "error", "I12", "mycket", f"C1: jämförelsevärdet ”mycket” {COMPARISON_UNREADABLE}"),
      missing("C1")]),
    ("C1", {"comparison": date(2025, 3, 15)}, Status.NOT_ASSESSED,
     [("comparison-unreadable", "error", "I12", "2025-03-15",
       f"C1: jämförelsevärdet ”2025-03-15” {COMPARISON_UNREADABLE}"),
      missing("C1")]),
    ("C1", {"comparison": 1e9, "outcome": 1e9}, Status.NOT_MET, []),
    ("C1", {"comparison": 1e9 + 1}, Status.NOT_ASSESSED,
     [("comparison-out-of-range", "error", "I12", "1000000001",
       f"C1: jämförelsevärdet 1 000 000 001 {COMPARISON_RANGE}"),
      missing("C1")]),
    ("C1", {"comparison": -1e9, "outcome": -1e9}, Status.NOT_MET, []),
    ("C1", {"comparison": -1e9 - 1}, Status.NOT_ASSESSED,
     [("comparison-out-of-range", "error", "I12", "-1000000001",
       f"C1: jämförelsevärdet -1 000 000 001 {COMPARISON_RANGE}"),
      missing("C1")]),
    ("C1", {"comparison": " 500 "}, Status.MET,
     [("comparison-as-text", "warning", "I12", "500",
       "C1: jämförelsevärdet ”500” står som text, så arbetsboken visade ”Kontrollera värdet”. vpt "
       "läser det som 500. Skriv bara talet nästa gång.")]),
    ("C1", {"comparison": "1 000,5"}, Status.NOT_MET,
     [("comparison-as-text", "warning", "I12", "1 000,5",
       "C1: jämförelsevärdet ”1 000,5” står som text, så arbetsboken visade ”Kontrollera värdet”. "
       "vpt läser det som 1 000,5. Skriv bara talet nästa gång.")]),
    # a percent jämförelsevärde: a fraction in the cell, or points typed without %
    ("C2", {"comparison": 0.7}, Status.NOT_MET, []),
    ("C2", {"comparison": 75}, Status.NOT_MET,
     [("outcome-percent-missing", "warning", "I13", "75",
       "C2: jämförelsevärdet: Utfallet står som 7 500 %. Menade du 75 %? Skriv talet med "
       "procenttecken: 75 %.")]),
    ("C2", {"comparison": 1000}, Status.NOT_MET,
     [("outcome-percent-missing", "warning", "I13", "1000",
       "C2: jämförelsevärdet: Utfallet står som 100 000 %. Menade du 1 000 %? Skriv talet med "
       "procenttecken: 1 000 %.")]),
    ("C2", {"comparison": 1001}, Status.NOT_ASSESSED,
     [("comparison-out-of-range", "error", "I13", "1001", f"C2: jämförelsevärdet 1 001 {COMPARISON_RANGE}"),
      missing("C2")]),
    ("C2", {"comparison": "0,5"}, Status.MET,
     [("outcome-percent-ambiguous", "warning", "I13", "0,5",
       "C2: jämförelsevärdet: Utfallet 0,5 är läst som 50 %. Stämmer inte det, skriv utfallet i "
       "procent med procenttecken, till exempel 0,5 %.")]),
    ("C2", {"comparison": "50 %"}, Status.MET,
     [("comparison-as-text", "warning", "I13", "50 %",
       "C2: jämförelsevärdet ”50 %” står som text, så arbetsboken visade ”Kontrollera värdet”. "
       "vpt läser det som 50. Skriv bara talet nästa gång.")]),
    # an ingångsvärde in the plan is the reference: the jämförelsevärde is not read
    ("C4", {"comparison": "mycket"}, Status.MET, []),
    ("C4", {"outcome": 480.0, "comparison": 400.0}, Status.NOT_MET, []),
]  # fmt: skip


@pytest.mark.parametrize(("key", "cells", "status", "expected"), COMPARISONS)
def test_comparison_value(
    key: str, cells: dict[str, Any], status: Status, expected: list[Found]
) -> None:
    values, found = check({key: cells})
    assert found == expected
    assert values[key].status is status


def test_the_previous_outcome_replaces_the_comparison_unless_a_year_is_named() -> None:
    edits = {"C1": {"comparison": ""}, "C3": {"comparison": ""}}
    values, found = check(edits, previous={("A", "C1"): 600.0, ("A", "C3"): 100.0})
    assert found == [missing("C3")]  # "öka jämfört med 2023" needs 2023's value
    assert (values["C1"].status, values["C3"].status) == (Status.NOT_MET, Status.NOT_ASSESSED)
    # a comparison typed anyway is not read when the previous outcome is known
    values, found = check({"C1": {"comparison": "mycket"}}, previous={("A", "C1"): 500.0})
    assert (found, values["C1"].status) == ([], Status.MET)
    # only a number of this unit is a previous outcome
    for previous in ({("A", "C1"): True}, {("A", "C1"): "500"}, {("B", "C1"): 500.0}):
        assert check({"C1": {"comparison": ""}}, previous=previous)[1] == [missing("C1")]
    assert check({"C1": {"comparison": ""}}, previous={("A", "C1"): 500})[1] == []


# -- rows ---------------------------------------------------------------------------------------


def test_the_returned_value_says_where_it_came_from() -> None:
    edits = {"P1": {"outcome": 0.5, "own": "ej uppfyllt", "comment": " Bemanningen räckte inte. "}}
    values, found = check(edits)
    assert found == []
    assert values["P1"] == ReturnedValue(
        unit_id="A",
        indicator_id="P1",
        value=50.0,
        status=Status.NOT_MET,
        reason="Utfall 50 % mot målvärde minst 75 %: utanför gränsvärdet 70 %.",
        own=Status.NOT_MET,
        by_own=False,
        task_status="",
        comment="Bemanningen räckte inte.",
        actions="Plan.",
        raw="0.5",
        file="alfa.xlsx",
        sheet="Uppföljning",
        cell="J7",
        sha256="c0ffee",
    )
    values, _ = check({"C1": {"comparison": "", "own": "Uppfyllt"}, "N1": {"outcome": 12.0}})
    assert (values["C1"].by_own, values["N1"].by_own, values["N1"].raw) == (True, False, "12")
    assert list(values) == ["P1", "N1", "J1", "U1", "X1", "C1", "C2", "C3", "C4"]


DELETED = (
    "Raden för P1 ”{}” har tagits bort ur arbetsboken. Be enheten fylla i den (i en ny arbetsbok "
    "från vpt, eller genom att ångra borttagningen) och skicka igen."
)
ROW_MISSING = (
    "Arbetsboken har ingen rad för P1 ”{}”, som planen följer upp för enheten. Be enheten fylla "
    "i den i en ny arbetsbok från vpt."
)


def test_a_missing_row_is_deleted_when_the_workbook_had_it() -> None:
    read = sheet(drop=["P1"])
    values, found = check(read=read, expected=["P1", "N1"])
    assert found == [("row-deleted", "error", "", "P1", DELETED.format("Andel besök inom 3 dagar"))]
    assert list(values) == ["N1", "J1", "U1", "X1", "C1", "C2", "C3", "C4"]
    _, found = check(read=read, expected=["N1"])
    assert found == [
        ("row-missing", "warning", "", "P1", ROW_MISSING.format("Andel besök inom 3 dagar"))
    ]


@pytest.mark.parametrize(
    ("length", "shown"),
    [(59, "a" * 59), (60, "a" * 60), (61, "a" * 59 + "…"), (62, "a" * 59 + "…")],
)
def test_a_missing_rows_name_is_cut_at_60_characters(length: int, shown: str) -> None:
    plan = replace(PLAN, indicators=tuple(
        replace(i, name="a" * length) if i.id == "P1" else i for i in PLAN.indicators
    ))  # fmt: skip
    assert check(plan=plan, read=sheet(drop=["P1"]))[1] == [
        ("row-missing", "warning", "", "P1", ROW_MISSING.format(shown))
    ]


def test_a_row_without_id_is_found_by_its_indicator_text() -> None:
    unkeyed = [
        SheetRow("", 30, {"indicator": "  andel BESÖK inom\n3   dagar ", "outcome": "mycket"})
    ]
    values, found = check(read=sheet(drop=["P1"], unkeyed=unkeyed))
    assert found == [
        ("outcome-unreadable", "error", "J31", "mycket", f"P1: Utfallet ”mycket” {UNREAD}")
    ]
    assert values["P1"].cell == "J31"
    unkeyed = [SheetRow("", 30, {"indicator": "Andel besök inom 5 dagar", "outcome": 0.8})]
    _, found = check(read=sheet(drop=["P1"], unkeyed=unkeyed))
    assert found == [
        ("row-missing", "warning", "", "P1", ROW_MISSING.format("Andel besök inom 3 dagar"))
    ]


CHANGED = (
    "Indikatorn P1 har ändrats i planen sedan arbetsboken skapades, så värdet används inte. Be "
    "enheten fylla i raden i en ny arbetsbok från vpt."
)


def test_a_row_of_another_plan_version_is_used_only_if_its_text_still_matches() -> None:
    reworded = sheet({"P1": {"indicator": "Andel besök inom 5 dagar"}})
    values, found = check(read=reworded, same_plan=False)
    assert found == [("row-changed", "warning", "J7", "P1", CHANGED)]
    assert "P1" not in values and "N1" in values
    values, found = check(read=reworded)  # the same plan: the text is the unit's to change
    assert (found, values["P1"].value) == ([], 80.0)
    respaced = sheet({"P1": {"indicator": " ANDEL besök  inom 3 dagar"}})
    values, found = check(read=respaced, same_plan=False)
    assert (found, values["P1"].value) == ([], 80.0)


def foreign(key: str, row: int, **columns: int) -> ReadSheet:
    read = sheet(columns=COLUMNS | columns)
    read.rows[key] = SheetRow(key, row, {"id": key, "outcome": 3})
    return read


def test_a_row_not_for_this_unit_or_not_in_the_plan_is_not_read() -> None:
    assert check(read=foreign("B1", 20))[1] == [
        ("row-not-applicable", "info", "A21", "B1",
         "Raden B1 följs inte upp för den här enheten och perioden enligt planen och läses inte.")
    ]  # fmt: skip
    values, found = check(read=foreign("Z9", 21, id=2, indicator=0))
    assert found == [
        ("row-unknown", "warning", "C22", "Z9",
         "Raden med ID Z9 finns inte i planen och läses inte. Har ID:t ändrats? Skriv inte i "
         "ID-kolumnen.")
    ]  # fmt: skip
    assert "Z9" not in values


def test_a_repeated_id_is_read_once() -> None:
    read = sheet(repeated=[SheetRow("P1", 25, {"id": "P1", "outcome": 0.1})])
    values, found = check(read=read)
    assert found == [
        ("row-repeated", "warning", "A26", "P1",
         "ID P1 finns på flera rader; bara den första läses. Ta bort den kopierade raden och "
         "skicka igen om värdena skiljer sig.")
    ]  # fmt: skip
    assert values["P1"].value == 80.0


STRAY = (
    "Ett värde står utanför de vita inmatningscellerna och läses inte. Skriv utfall, egen "
    "bedömning, kommentar och åtgärder i de vita cellerna på indikatorns rad."
)


@pytest.mark.parametrize(("count", "rest"), [(9, 0), (10, 0), (11, 1), (12, 2)])
def test_stray_values_are_listed_up_to_ten(count: int, rest: int) -> None:
    stray = [(30 + n, 2, float(n) if n % 2 else f" text {n} ") for n in range(count)]
    _, found = check(read=sheet(stray=stray))
    listed = [
        ("value-outside-input", "warning", f"C{31 + n}", str(n) if n % 2 else f"text {n}", STRAY)
        for n in range(min(count, 10))
    ]
    if rest:
        listed.append(("value-outside-input", "warning", "", f"{rest} celler",
                       f"Ytterligare {rest} värden står utanför inmatningscellerna och läses inte."))  # fmt: skip
    assert found == listed


def test_moved_columns_are_pointed_at_where_they_are() -> None:
    # the unit moved Utfall to column A and the ID to column J
    columns = COLUMNS | {"outcome": 0, "id": 9}
    read = sheet({"P1": {"outcome": "mycket"}}, columns=columns)
    assert check(read=read)[1] == [
        ("outcome-unreadable", "error", "A7", "mycket", f"P1: Utfallet ”mycket” {UNREAD}")
    ]
    read = sheet({"P1": {"outcome": ""}}, columns=columns, errors={(FIRST, 0): "#REF!"})
    assert check(read=read)[1][0][3] == "#REF!"


def test_a_sheet_without_the_comparison_column_points_at_no_cell() -> None:
    columns = {k: v for k, v in COLUMNS.items() if k != "comparison"}
    read = sheet({"C1": {"comparison": 500.0}}, columns=columns)
    # the reader has no cell for the jämförelsevärde: nothing typed there is read
    read.rows["C1"].cells.pop("comparison")
    assert check(read=read)[1] == [
        ("comparison-missing", "warning", "", "", f"C1: {COMPARISON_MISSING}")
    ]


def test_a_sheet_with_only_the_required_columns_is_read_and_asked_for_the_rest() -> None:
    # the reader needs only ID and Utfall; a row then holds no other cells
    columns = {"id": 0, "outcome": 1}
    rows = {
        key: SheetRow(key, FIRST + n, {"id": key, "outcome": outcome})
        for n, (key, outcome) in enumerate(
            [("P1", 0.5), ("N1", 10.0), ("J1", "Ja"), ("U1", "Genomfört"), ("X1", "Klart."),
             ("C1", 520.0), ("C2", 0.6), ("C3", 120.0), ("C4", 520.0)]
        )
    }  # fmt: skip
    read = ReadSheet("Uppföljning", FIRST - 1, columns, rows=rows)
    values, found = check(read=read)
    own_missing = [("own-missing", "warning", "", "", OWN_MISSING.format(k)) for k in ("U1", "X1")]
    assert found == [
        ("comment-missing", "warning", "", "",
         "P1: måluppfyllelsen är ”Ej uppfyllt” men Kommentar/analys är tom. Skriv en analys av "
         "varför målet inte nås."),
        ("actions-missing", "warning", "", "",
         "P1: måluppfyllelsen är ”Ej uppfyllt” men Åtgärder är tom. Skriv vilka åtgärder som "
         "planeras."),
        *own_missing,
        ("comparison-missing", "warning", "", "", f"C1: {COMPARISON_MISSING}"),
        ("comparison-missing", "warning", "", "", f"C2: {COMPARISON_MISSING}"),
        ("comparison-missing", "warning", "", "", f"C3: {COMPARISON_MISSING}"),
    ]  # fmt: skip
    assert (values["P1"].cell, values["P1"].comment, values["P1"].actions) == ("B7", "", "")
    assert values["U1"].own is None
    only_id = ReadSheet("Uppföljning", FIRST - 1, columns, rows={"N1": SheetRow("N1", FIRST, {})})
    _, found = check(read=only_id)
    assert [f[:4] for f in found if f[4].startswith("N1")] == [
        ("outcome-missing", "warning", "B7", "")
    ]


@pytest.mark.parametrize(
    ("year", "status", "reason"),
    [
        (2025, Status.MET, "Utfall 80 % mot målvärde minst 75 %: målvärdet är nått."),
        (2026, Status.PARTLY_MET, "Utfall 80 % mot målvärde minst 90 %: inom gränsvärdet 70 %."),
    ],
)
def test_a_multi_year_target_is_read_for_the_plans_year(
    year: int, status: Status, reason: str
) -> None:
    target = "Minst 70% (2024) Minst 75% (2025) Minst 90% (2026)"
    plan = replace(PLAN, year=year, indicators=tuple(
        replace(i, target=target) if i.id == "P1" else i for i in PLAN.indicators
    ))  # fmt: skip
    values, found = check(plan=plan)
    assert (found, values["P1"].status, values["P1"].reason) == ([], status, reason)


@pytest.mark.parametrize(
    ("key", "typed"), [("P1", "1001 %"), ("P1", -101), ("N1", 1e9 + 1), ("C1", -1e9 - 1)]
)
def test_an_outcome_out_of_range_is_not_assessed_and_says_why(key: str, typed: Any) -> None:
    values, _ = check({key: {"outcome": typed}})
    assert (values[key].value, values[key].status, values[key].reason) == (
        None,
        Status.NOT_ASSESSED,
        "Ej bedömt: utfallet ligger utanför det rimliga.",
    )


@pytest.mark.parametrize(
    ("tolerance", "outcome", "status"),
    [
        (0.10, 32.0, Status.PARTLY_MET),  # "Högst 30": delvis up to 33 with the usual 10 %
        (0.10, 35.0, Status.NOT_MET),
        (0.20, 35.0, Status.PARTLY_MET),  # the plan's own tolerance, 20 %: up to 36
        (0.20, 37.0, Status.NOT_MET),
    ],
)
def test_the_plans_tolerance_sets_the_band(
    tolerance: float, outcome: float, status: Status
) -> None:
    values, _ = check({"N1": {"outcome": outcome}}, plan=replace(PLAN, tolerance=tolerance))
    assert values["N1"].status is status
