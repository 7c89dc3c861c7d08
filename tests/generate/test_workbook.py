"""The generated workbook checked from the file itself: openpyxl and the raw XML in the zip."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.generate.conftest import CREATED
from tests.generate.plans import HOSTILE
from vpt.generate import layout as L
from vpt.generate.identity import Identity
from vpt.generate.run import generate_workbook
from vpt.model import Plan


def _sheet(path: Path, name: str = L.FOLLOWUP_SHEET) -> Worksheet:
    return openpyxl.load_workbook(path)[name]


def _keyed_rows(sheet: Worksheet) -> dict[str, int]:
    """Indicator ID → 1-based row, read from the key column."""
    rows = {}
    for row in range(L.FIRST_DATA_ROW + 1, sheet.max_row + 1):
        value = sheet.cell(row, L.KEY_COLUMN + 1).value
        if value:
            rows[value] = row
    return rows


def test_sheets_and_their_states(workbook_a: Path) -> None:
    book = openpyxl.load_workbook(workbook_a)
    assert [(s.title, s.sheet_state) for s in book] == [
        (L.INSTRUCTIONS_SHEET, "visible"),
        (L.FOLLOWUP_SHEET, "visible"),
        (L.IDENTITY_SHEET, "veryHidden"),
    ]


def test_headers_follow_the_layout(workbook_a: Path) -> None:
    sheet = _sheet(workbook_a)
    headers = [sheet.cell(L.HEADER_ROW + 1, c.index + 1).value for c in L.COLUMNS]
    assert headers == [c.header for c in L.COLUMNS]


def test_only_the_applicable_indicators_in_plan_order(workbook_a: Path) -> None:
    # I11 is only for unit B, I12 only for Helår.
    assert list(_keyed_rows(_sheet(workbook_a))) == [
        "I1", "I2", "I3", "I10", "I4", "I5", "I6", "I7", "I8", "I9", "I13", "I14", "I15", "I16",
    ]  # fmt: skip


def test_goal_headings_use_the_plans_level_names(workbook_a: Path) -> None:
    sheet = _sheet(workbook_a)
    headings = [
        (sheet.cell(r, L.GOAL_KEY_COLUMN + 1).value, sheet.cell(r, L.column("indicator") + 1).value)
        for r in range(L.FIRST_DATA_ROW + 1, sheet.max_row + 1)
        if not sheet.cell(r, L.KEY_COLUMN + 1).value
    ]
    assert headings == [
        ("P1", "Perspektiv: Invånare"),
        ("E1", "Effektmål: Tillgänglig vård"),
        ("E2", f"Effektmål: {HOSTILE[0]}"),
        ("P2", "Perspektiv: Medarbetare och ekonomi"),
        ("E3", "Effektmål: Hållbar verksamhet"),
    ]


def test_protected_without_password_and_only_inputs_unlocked(workbook_a: Path) -> None:
    book = openpyxl.load_workbook(workbook_a)
    for sheet in book:
        assert sheet.protection.sheet is True, sheet.title
        assert not sheet.protection.password, sheet.title
        assert sheet.protection.sort is True  # True = protected from sorting
        assert sheet.protection.deleteRows is True
    sheet = book[L.FOLLOWUP_SHEET]
    keyed = _keyed_rows(sheet)
    unlocked = {
        (cell.row, cell.column - 1)
        for row in sheet.iter_rows()
        for cell in row
        if cell.has_style and cell.protection.locked is False
    }
    # Jämförelsevärde is an input only where a change target has no reference: none in this plan.
    inputs = {c.index for c in L.INPUT_COLUMNS if c.key != "comparison"}
    assert unlocked == {(r, c) for r in keyed.values() for c in inputs}
    assert [s.protection.locked for s in (book[L.INSTRUCTIONS_SHEET]["B3"],)] == [True]


@pytest.mark.parametrize(
    ("indicator", "column", "kind", "formula1", "formula2", "in_prompt"),
    [
        ("I1", "outcome", "decimal", "-1", "10", "Målvärde: Minst 75%"),  # -100 % to 1 000 %
        ("I2", "outcome", "decimal", "-1000000000", "1000000000", "Målvärde: Högst 30 dagar"),
        ("I10", "outcome", "whole", "0", None, "Skriv ett heltal (st)"),
        ("I3", "outcome", "list", '"Ja,Nej"', None, "Målvärde: Ja"),
        ("I4", "outcome", "list", '"Genomfört,Pågår,Ej påbörjat"', None, "Inget målvärde."),
        ("I5", "outcome", "textLength", "2000", None, "Målvärde: ska beskrivas"),
        ("I1", "own", "list", '"Uppfyllt,Delvis uppfyllt,Ej uppfyllt"', None, "Välj Uppfyllt"),
        ("I4", "own", "list", '"Uppfyllt,Delvis uppfyllt,Ej uppfyllt"', None, "uppdraget"),
        ("I1", "comment", "textLength", "2000", None, "högst 2000 tecken"),
        ("I1", "actions", "textLength", "2000", None, "inte är Uppfyllt"),
    ],
)
def test_every_input_cell_has_a_fitting_validation(
    workbook_a: Path,
    indicator: str,
    column: str,
    kind: str,
    formula1: str,
    formula2: str | None,
    in_prompt: str,
) -> None:
    sheet = _sheet(workbook_a)
    row = _keyed_rows(sheet)[indicator]
    ref = f"{openpyxl.utils.get_column_letter(L.column(column) + 1)}{row}"
    found = [dv for dv in sheet.data_validations.dataValidation if ref in dv.sqref]
    assert len(found) == 1
    dv = found[0]
    assert (dv.type, float_text(dv.formula1), float_text(dv.formula2)) == (
        kind, float_text(formula1), float_text(formula2))  # fmt: skip
    assert in_prompt in dv.prompt
    assert dv.showInputMessage and dv.showErrorMessage and dv.errorStyle in (None, "stop")
    assert dv.error and dv.errorTitle == "Värdet kan inte tas emot"
    assert len(dv.prompt) <= 255 and len(dv.promptTitle) <= 32


def float_text(text: str | None) -> str | None:
    """Numbers compared as numbers ("-1.0" == "-1"), other text as is."""
    if text is None:
        return None
    try:
        return repr(float(text))
    except ValueError:
        return text


def test_every_indicator_row_has_four_validated_inputs(workbook_a: Path) -> None:
    sheet = _sheet(workbook_a)
    covered = {ref for dv in sheet.data_validations.dataValidation for ref in str(dv.sqref).split()}
    letters = [
        openpyxl.utils.get_column_letter(c.index + 1)
        for c in L.INPUT_COLUMNS
        if c.key != "comparison"  # only where a change target has no reference: none here
    ]
    expected = {f"{letter}{row}" for row in _keyed_rows(sheet).values() for letter in letters}
    assert covered == expected


def test_percent_outcome_cells_are_formatted_as_percent(workbook_a: Path) -> None:
    sheet = _sheet(workbook_a)
    rows = _keyed_rows(sheet)
    formats = {
        key: sheet.cell(rows[key], L.column("outcome") + 1).number_format
        for key in ("I1", "I2", "I3")
    }
    assert formats == {"I1": "0.0\\ %", "I2": "General", "I3": "General"}


def test_hostile_plan_text_stays_text(workbook_a: Path) -> None:
    with zipfile.ZipFile(workbook_a) as archive:
        names = archive.namelist()
        sheet_xml = archive.read("xl/worksheets/sheet2.xml").decode()
        strings = archive.read("xl/sharedStrings.xml").decode()
        rels = [archive.read(n).decode() for n in names if "_rels/sheet" in n]
        notes = archive.read("xl/comments1.xml").decode()
    assert not any("hyperlink" in n.lower() for n in names)
    assert not any("hyperlink" in r.lower() for r in rels)  # notes only, never a link
    formulas = re.findall(r"<f>(.*?)</f>", sheet_xml)
    # The status of every row, and one count of filled-in utfall at the top.
    assert formulas[0].startswith("COUNTA(") and formulas[1:]
    assert all(f.startswith("IF(") for f in formulas[1:])
    for text in HOSTILE:
        # Plan texts are strings in cells; the description is a note (a comment), also text.
        assert f"<t>{escape(text)}</t>" in strings + notes.replace(' xml:space="preserve"', ""), (
            text
        )
    sheet = _sheet(workbook_a)
    row = _keyed_rows(sheet)["I9"]
    cells = {c.key: sheet.cell(row, c.index + 1) for c in L.COLUMNS}
    assert [(cells[k].value, cells[k].data_type) for k in ("indicator", "target", "baseline",
            "source")] == [("=1+1", "s"), ("+1", "s"), ("@x", "s"), ("http://x", "s")]  # fmt: skip
    row = _keyed_rows(sheet)["I7"]
    assert sheet.cell(row, L.column("baseline") + 1).value == "-2"
    assert cells["indicator"].hyperlink is None and cells["source"].hyperlink is None


def test_identity_sheet_and_properties_agree(workbook_a: Path, plan: Plan) -> None:
    book = openpyxl.load_workbook(workbook_a)
    sheet = book[L.IDENTITY_SHEET]
    pairs = {}
    for row in sheet.iter_rows(values_only=True):
        if row[0] == L.ROWS_MARKER:
            break
        if row[0]:
            pairs[row[0]] = row[1] or ""
    assert list(pairs) == list(L.IDENTITY_KEYS)
    assert pairs["format_version"] == L.FORMAT_VERSION
    assert (pairs["plan_fingerprint"], pairs["unit_id"], pairs["period_id"]) == (
        plan.fingerprint, "A", "T1")  # fmt: skip
    assert pairs["deadline"] == "2025-05-15"
    assert pairs["generated"] == "2025-03-01T08:30:00+00:00"
    row_keys = [
        (r[0], r[1])
        for r in sheet.iter_rows(min_row=len(L.IDENTITY_KEYS) + 3, values_only=True)
        if r[0]
    ]
    follow_rows = _keyed_rows(book[L.FOLLOWUP_SHEET])
    assert row_keys == [(key, str(row)) for key, row in follow_rows.items()]
    assert pairs[L.ROW_COUNT_KEY] == str(len(row_keys))

    props = {p.name: p.value for p in book.custom_doc_props.props}
    identity = Identity.from_properties(props)
    assert identity is not None
    assert [(k, v) for k, v in identity.pairs()] == list(pairs.items())
    assert identity.row_ids == list(follow_rows)


def test_defined_names_cover_the_input_columns(workbook_a: Path) -> None:
    book = openpyxl.load_workbook(workbook_a)
    sheet = book[L.FOLLOWUP_SHEET]
    rows = _keyed_rows(sheet)
    first, last = L.FIRST_DATA_ROW + 1, max(rows.values())
    for key, name in L.DEFINED_NAMES.items():
        letter = openpyxl.utils.get_column_letter(L.column(key) + 1)
        assert book.defined_names[name].attr_text == (
            f"'{L.FOLLOWUP_SHEET}'!${letter}${first}:${letter}${last}"
        )


def test_print_setup_frozen_header_and_hidden_optional_columns(workbook_a: Path) -> None:
    sheet = _sheet(workbook_a)
    assert sheet.freeze_panes == f"D{L.FIRST_DATA_ROW + 1}"
    assert sheet.print_title_rows == f"${L.HEADER_ROW + 1}:${L.HEADER_ROW + 1}"
    setup = sheet.page_setup
    # A fixed scale instead of fit-to-page, so that the page breaks keeping goal headings with
    # their first indicator hold in Excel too: 11 visible columns of 245 characters in all are
    # 245 × 7 + 11 × 5 = 1770 pixels; an A4 landscape page holds 940, so 53 %.
    assert (setup.orientation, setup.paperSize, setup.scale) == ("landscape", 9, 53)
    assert (
        not sheet.sheet_properties.pageSetUpPr or not sheet.sheet_properties.pageSetUpPr.fitToPage
    )
    hidden = {k for k, d in sheet.column_dimensions.items() if d.hidden}
    # Gränsvärde is shown (I13 has one), Föregående utfall hidden (no previous given), and
    # Jämförelsevärde hidden (every change target has an ingångsvärde).
    assert hidden == {"B", "G", "I"}
    assert "Testplan && co" in sheet.oddHeader.left.text


def test_same_input_gives_identical_bytes(tmp_path: Path, plan: Plan) -> None:
    first, second, later = tmp_path / "1.xlsx", tmp_path / "2.xlsx", tmp_path / "3.xlsx"
    generate_workbook(plan, "A", "T1", first, created=CREATED)
    generate_workbook(plan, "A", "T1", second, created=CREATED)
    generate_workbook(plan, "A", "T1", later, created=datetime(2025, 3, 2, tzinfo=UTC))
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != later.read_bytes()


def test_previous_outcomes_fill_the_column_and_feed_change_targets(
    tmp_path: Path, plan: Plan
) -> None:
    path = tmp_path / "p.xlsx"
    generate_workbook(plan, "A", "T1", path, created=CREATED,
                      previous={"I8": 300.0, "I1": 71.5, "I3": True})  # fmt: skip
    sheet = _sheet(path)
    rows = _keyed_rows(sheet)
    col = L.column("previous") + 1
    assert [sheet.cell(rows[k], col).value for k in ("I8", "I1", "I3", "I2")] == [
        300, 0.715, "Ja", ""]  # fmt: skip
    assert sheet.cell(rows["I1"], col).number_format == "0.0\\ %"
    assert not sheet.column_dimensions["G"].hidden
    status = sheet.cell(rows["I8"], L.column("status") + 1).value
    # 300 + 10 %; a rise short of that is partly met, no rise is not met
    assert ">=330" in status and ">300" in status


def test_status_cell_has_cached_not_assessed_text(workbook_a: Path) -> None:
    book = openpyxl.load_workbook(workbook_a, data_only=True)
    sheet = book[L.FOLLOWUP_SHEET]
    rows = _keyed_rows(sheet)
    values = {sheet.cell(r, L.column("status") + 1).value for r in rows.values()}
    assert values == {L.STATUS_TEXTS["not_assessed"]}
