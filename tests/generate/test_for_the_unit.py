"""What a unit reads in its workbook: the målvärde in words, the description, who to ask,
where to send it, a real deadline, the count of filled-in utfall, and nothing internal."""

from __future__ import annotations

import email
import zipfile
from dataclasses import replace
from datetime import datetime
from email.policy import default
from pathlib import Path

import openpyxl
import pytest

from tests.generate.conftest import CREATED
from vpt.generate import layout as L
from vpt.generate.contact import Sender, sender
from vpt.generate.run import generate, generate_workbook
from vpt.model import Plan

CONTROLLER = "Eva Controller, 019-60 00 000"
RETURN_TO = "uppfoljning@region.se"


def _rows(path: Path) -> tuple[openpyxl.worksheet.worksheet.Worksheet, dict[str, int]]:
    sheet = openpyxl.load_workbook(path)[L.FOLLOWUP_SHEET]
    keys = {sheet.cell(r, 1).value: r for r in range(L.FIRST_DATA_ROW + 1, sheet.max_row + 1)}
    return sheet, {str(k): r for k, r in keys.items() if k}


@pytest.mark.parametrize(
    ("indicator", "shown"),
    [
        ("I1", "Minst 75%\n(högre är bättre: uppfyllt från 75 %, delvis uppfyllt från 67,5 %)"),
        (
            "I2",
            "Högst 30 dagar\n(lägre är bättre: uppfyllt upp till 30, delvis uppfyllt upp till 33)",
        ),
        ("I6", "> 90%\n(högre är bättre: uppfyllt över 90 %, delvis uppfyllt från 81 %)"),
        ("I7", "77-80\n(uppfyllt 77–80, delvis uppfyllt 69,3–88)"),
        ("I13", "Minst 90 %\n(högre är bättre: uppfyllt från 90 %, delvis uppfyllt från 80 %)"),
        ("I3", "Ja\n(uppfyllt vid Ja)"),
        ("I5", "ska beskrivas"),  # a text indicator: the unit's own assessment, said elsewhere
    ],
)
def test_the_target_says_which_way_is_better_and_where_the_bands_start(
    workbook_a: Path, indicator: str, shown: str
) -> None:
    sheet, rows = _rows(workbook_a)
    assert sheet.cell(rows[indicator], L.column("target") + 1).value == shown


def test_the_description_is_a_note_on_the_indicator(workbook_a: Path) -> None:
    sheet, rows = _rows(workbook_a)
    note = sheet.cell(rows["I9"], L.column("indicator") + 1).comment
    assert note is not None and note.text == '=HYPERLINK("http://x","klicka")'
    assert sheet.cell(rows["I1"], L.column("indicator") + 1).comment is None


def test_empty_columns_of_this_unit_are_hidden(tmp_path: Path, plan: Plan) -> None:
    bare = replace(plan, indicators=tuple(replace(i, baseline="", source="", threshold="")
                                          for i in plan.indicators))  # fmt: skip
    path = tmp_path / "bare.xlsx"
    generate_workbook(bare, "A", "T1", path, created=CREATED)
    sheet = openpyxl.load_workbook(path)[L.FOLLOWUP_SHEET]
    hidden = {c for d in sheet.column_dimensions.values() if d.hidden
              for c in range(d.min, d.max + 1)}  # fmt: skip
    keys = {L.COLUMNS[c - 1].key for c in hidden}
    assert keys == {"goal_id", "threshold", "baseline", "previous", "source"}


def test_count_of_filled_in_utfall_at_the_top(workbook_a: Path) -> None:
    sheet, rows = _rows(workbook_a)
    cell = sheet["A3"]
    outcome = openpyxl.utils.get_column_letter(L.column("outcome") + 1)
    first, last = L.FIRST_DATA_ROW + 1, max(rows.values())
    assert (
        cell.value == f'=COUNTA({outcome}{first}:{outcome}{last})&" av {len(rows)} utfall ifyllda"'
    )


def test_the_legend_is_a_sentence_not_cells_over_the_input_columns(workbook_a: Path) -> None:
    sheet, _ = _rows(workbook_a)
    over = [c for c in L.COLUMNS if c.input or c.key == "status"]
    # Nothing stands right above Utfall … Åtgärder, where the old coloured legend read as headings.
    assert [sheet.cell(L.HEADER_ROW, c.index + 1).value for c in over] == [None] * len(over)
    legend = sheet.cell(3, L.column("target") + 1).value
    assert str(legend) == ("Måluppfyllelse visas som √ Uppfyllt  ·  ± Delvis uppfyllt  ·  "
                           "× Ej uppfyllt  ·  – Ej bedömt  (se bladet Instruktioner)")  # fmt: skip


def test_input_rows_let_the_program_grow_them(workbook_a: Path) -> None:
    with zipfile.ZipFile(workbook_a) as parts:
        xml = parts.read("xl/worksheets/sheet2.xml").decode()
    _, rows = _rows(workbook_a)
    for key, number in rows.items():
        row = xml[xml.index(f'<row r="{number}"') :].split(">", 1)[0]
        assert "customHeight" not in row, key


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ((), Sender()),
        (
            (("Kontaktperson", CONTROLLER), ("Returadress", RETURN_TO)),
            Sender(CONTROLLER, RETURN_TO),
        ),
        ((("kontakt:", " Eva "), ("Skicka till", RETURN_TO)), Sender("Eva", RETURN_TO)),
        ((("Obs", "internt"), ("Svar till", "")), Sender()),
    ],
)
def test_contact_and_return_address_come_from_the_plans_notes(
    plan: Plan, notes: tuple[tuple[str, str], ...], expected: Sender
) -> None:
    assert sender(replace(plan, notes=notes)) == expected


def test_instructions_say_who_to_ask_and_where_to_send_and_keep_notes_internal(
    tmp_path: Path, plan: Plan
) -> None:
    with_sender = replace(plan, notes=(("Kontaktperson", CONTROLLER), ("Returadress", RETURN_TO),
                                       ("Obs", "Internt: budgeten är preliminär")))  # fmt: skip
    result = generate(with_sender, "T1", tmp_path, units=["A"], eml=True, created=CREATED,
                      workers=1)  # fmt: skip
    book = openpyxl.load_workbook(result.files[0].workbook)
    sheet = book[L.INSTRUCTIONS_SHEET]
    pairs = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(1, 12)}
    assert pairs["Frågor om uppföljningen"] == CONTROLLER
    assert pairs["Skicka tillbaka till"] == RETURN_TO
    assert isinstance(pairs["Sista svarsdag"], datetime)
    everything = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row)
    assert "budgeten är preliminär" not in everything
    assert "byt inte namn" not in everything.lower()
    draft = result.files[0].draft
    assert draft is not None
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    assert body.rstrip().endswith("Med vänliga hälsningar\n" + CONTROLLER)
    assert f"till {RETURN_TO}" in body


def test_a_change_target_without_a_comparison_value_says_so(tmp_path: Path, plan: Plan) -> None:
    bare = replace(plan, indicators=tuple(replace(i, baseline="") if i.id == "I8" else i
                                          for i in plan.indicators))  # fmt: skip
    path = tmp_path / "bare.xlsx"
    generate_workbook(bare, "A", "T1", path, created=CREATED)
    sheet, rows = _rows(path)
    assert sheet.cell(rows["I8"], L.column("target") + 1).value == (
        "Öka med 10% jämfört med fg år\n(högre är bättre: jämförs med det ni skriver i kolumnen "
        "Jämförelsevärde; lämnas den tom gäller er egen bedömning)"
    )


def test_instructions_explain_every_text_the_status_cell_can_show(workbook_a: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_a)["Instruktioner"]
    first_column = [str(c.value) for c in sheet["A"] if c.value is not None]
    for shown in ("√ Uppfyllt", "± Delvis uppfyllt", "× Ej uppfyllt", "– Ej bedömt",
                  "! Kontrollera värdet", "(enligt enhetens bedömning)"):  # fmt: skip
        assert shown in first_column
