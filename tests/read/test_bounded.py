"""Sheets that reach far beyond their content, and values a native reader panics on, cost one
finding on their own file: never the run, never gigabytes, never a traceback."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.read.hostile import add_style_and_value, change_sheet, far_cell, filled
from tests.read.returns import PLAN
from vpt.planbook import read_plan, write_plan
from vpt.read import CheckResult, Submission, check_returns
from vpt.read.extent import SheetExtent, ods_extents, xlsx_extent


def _check_beside_good(tmp_path: Path, make: Callable[[Path], Path]) -> tuple[CheckResult, str]:
    inbox = tmp_path / "in"
    inbox.mkdir()
    filled(inbox, "B")
    bad = make(filled(inbox, "A"))
    started = time.perf_counter()
    result = check_returns(PLAN, [inbox], period_id="T1")
    assert time.perf_counter() - started < 10
    b_values = {v.indicator_id: v.value for v in result.values if v.unit_id == "B"}
    assert b_values["I1"] == pytest.approx(90.0)
    assert b_values["I2"] == 20
    assert b_values["I3"] is True
    return result, str(bad)


def _followup(change: Callable[[bytes], bytes]) -> Callable[[Path], Path]:
    return lambda path: change_sheet(path, "Uppföljning", change)


@pytest.mark.parametrize(
    ("make", "corner", "rows"),
    # The follow-up sheet is 14 columns wide (A–N, Jämförelsevärde included).
    [
        (_followup(far_cell("XFD1048576")), "XFD1048576", "rader med innehåll"),
        (_followup(far_cell("A4294967297")), "rad 4294967297, kolumn 14", "rader med innehåll"),
        (_followup(far_cell("1048576")), "N1048576", "rader med innehåll"),  # no r: after col N
        (_followup(far_cell("ZZ1425")), "ZZ1425", "rader med innehåll"),
        (
            _followup(far_cell("A" + "1" * 31)),
            "rad 1111111111111111111111111111111, kolumn 14",
            "rader",
        ),
    ],
    ids=[
        "last-cell",
        "row-past-2-to-the-32",
        "cell-without-reference",
        "just-past-budget",
        "row-of-31-digits",
    ],
)
def test_a_far_cell_in_the_followup_sheet_rejects_only_that_file(
    tmp_path: Path, make: Callable[[Path], Path], corner: str, rows: str
) -> None:
    result, bad = _check_beside_good(tmp_path, make)
    [rejected] = [f for f in result.files if f.name == bad]
    assert rejected.submission is Submission.REJECTED
    [finding] = [f for f in result.findings if f.file == bad]
    assert finding.code == "sheet-too-large"
    assert f"Bladet ”Uppföljning” påstår sig sträcka sig till {corner} men har" in finding.message
    assert rows in finding.message


def test_a_far_cell_just_inside_the_budget_is_read(tmp_path: Path) -> None:
    # ZZ is column 702: 702 × 1424 = 999 648 cells fit, 702 × 1425 = 1 000 350 do not.
    result, bad = _check_beside_good(tmp_path, _followup(far_cell("ZZ1424")))
    [file] = [f for f in result.files if f.name == bad]
    assert file.submission is Submission.ACCEPTED
    assert "value-outside-input" in [f.code for f in result.findings if f.file == bad]


@pytest.mark.parametrize("sheet", ["Instruktioner", "vpt_identitet"])
def test_a_far_cell_in_another_sheet_costs_nothing(tmp_path: Path, sheet: str) -> None:
    make = lambda path: change_sheet(path, sheet, far_cell("XFD1048576"))  # noqa: E731
    result, bad = _check_beside_good(tmp_path, make)
    [file] = [f for f in result.files if f.name == bad]
    assert file.submission is Submission.ACCEPTED
    a_values = {v.indicator_id: v.value for v in result.values if v.unit_id == "A"}
    assert a_values["I2"] == 25


@pytest.mark.parametrize(
    ("value", "format_code"),
    [("-1e20", "[h]:mm:ss"), ("1e20", "[h]:mm:ss"), ("-1e300", "yyyy-mm-dd")],
    ids=["duration-panic", "duration-overflow", "negative-date-panic"],
)
def test_a_value_the_native_reader_panics_on_is_a_finding(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], value: str, format_code: str
) -> None:
    result, bad = _check_beside_good(tmp_path, add_style_and_value("I8", value, format_code))
    [rejected] = [f for f in result.files if f.name == bad]
    assert rejected.submission is Submission.REJECTED
    [finding] = [f for f in result.findings if f.file == bad]
    assert finding.code == "sheet-unreadable"
    assert "Bladet ”Uppföljning” kan inte läsas" in finding.message
    assert "orimligt stort tal" in finding.message
    captured = capfd.readouterr()
    assert "panicked" not in captured.err and "Traceback" not in captured.err


def _ods(rows_xml: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Blad1">'
        + rows_xml
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


VALUE = '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
EMPTY = "<table:table-cell/>"


@pytest.mark.parametrize(
    ("rows_xml", "expected"),
    [
        (f"<table:table-row>{VALUE}</table:table-row>", SheetExtent(1, 1, 1)),
        (
            f'<table:table-row>{VALUE}</table:table-row><table:table-row table:number-rows-repeated="2000000">{VALUE}</table:table-row>',
            SheetExtent(2_000_001, 1, 2_000_001),
        ),
        (
            f'<table:table-row>{VALUE}</table:table-row><table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
            SheetExtent(1, 1, 1),
        ),
        (
            f'<table:table-row>{EMPTY}</table:table-row><table:table-row table:number-rows-repeated="5">{EMPTY}</table:table-row><table:table-row>{EMPTY}<table:table-cell table:number-columns-repeated="3"/>{VALUE}</table:table-row>',
            SheetExtent(7, 5, 1),
        ),
    ],
    ids=["one-cell", "repeated-value-rows", "libreoffice-trailing-empties", "value-after-repeats"],
)
def test_ods_extent_counts_repeats(rows_xml: str, expected: SheetExtent) -> None:
    with zipfile.ZipFile(io.BytesIO(_ods(rows_xml))) as archive:
        assert ods_extents(archive.open("content.xml")) == {"Blad1": expected}


def test_an_ods_with_a_million_repeated_rows_is_a_finding(tmp_path: Path) -> None:
    rows = f'<table:table-row>{VALUE}</table:table-row><table:table-row table:number-rows-repeated="2000000">{VALUE}</table:table-row>'

    def make(path: Path) -> Path:
        path.unlink()
        ods = path.with_suffix(".ods")
        ods.write_bytes(_ods(rows))
        return ods

    result, bad = _check_beside_good(tmp_path, make)
    [finding] = [f for f in result.findings if f.file == bad]
    assert finding.code == "sheet-too-large"
    assert "rad 2000001, kolumn 1" in finding.message


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (
            b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="M1" s="1"/></row></sheetData>',
            SheetExtent(1, 1, 1),
        ),
        (
            b'<sheetData><row r="3"><c><v>1</v></c><c s="2"/><c><v>2</v></c></row></sheetData>',
            SheetExtent(3, 3, 1),
        ),
        (
            b'<x:sheetData><x:row r="2"><x:c r="AB2"><x:v>1</x:v></x:c></x:row></x:sheetData>',
            SheetExtent(2, 28, 1),
        ),
        (
            b'<sheetData><row r="1"><c s="1" r="C7"><v>1</v></c></row></sheetData>',
            SheetExtent(7, 3, 1),
        ),
        (b"<sheetData/>", SheetExtent(0, 0, 0)),
    ],
    ids=["styled-empty-cell-ignored", "no-references", "prefixed", "r-not-first", "empty"],
)
def test_xlsx_extent_reads_the_cells_not_the_claim(xml: bytes, expected: SheetExtent) -> None:
    assert xlsx_extent(b'<worksheet><dimension ref="A1:B2"/>' + xml + b"</worksheet>") == expected


def test_a_far_cell_in_the_plan_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    write_plan(PLAN, path)
    change_sheet(path, "Mål", far_cell("XFD1048576"))
    started = time.perf_counter()
    _, report = read_plan(path)
    assert time.perf_counter() - started < 5
    found = [f for f in report if f.code == "unreadable-sheet"]
    assert [f.sheet for f in found] == ["Mål"]
    assert "påstår sig sträcka sig till XFD1048576" in found[0].message


@pytest.mark.parametrize("ref", ["A0", "5", "A-1"])
def test_a_cell_address_that_is_no_cell_is_a_finding(tmp_path: Path, ref: str) -> None:
    # Found by the fuzz test: calamine took row 0 as row 2^32 - 1 and aborted the process.
    def bad_ref(xml: bytes) -> bytes:
        return xml.replace(
            b"</sheetData>", f'<row r="9"><c r="{ref}"><v>1</v></c></row></sheetData>'.encode()
        )

    result, bad = _check_beside_good(tmp_path, _followup(bad_ref))
    [finding] = [f for f in result.findings if f.file == bad]
    assert finding.code == "sheet-unreadable"
    assert "har en cell vars adress inte är någon cell" in finding.message
