"""What a nämnd member reads in Örebro's delår summary: answers as text, saknas, Swedish charts."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.consolidate.conftest import sheet_rows
from vpt.consolidate import consolidate
from vpt.demo import examples_dir
from vpt.planbook import read_plan
from vpt.read import check_returns

NARRATIVE = "Utbildningsinsatser har genomförts för all personal."


@pytest.fixture(scope="module")
def orebro(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan, report = read_plan(examples_dir() / "orebro-hsn-2024.xlsx")
    assert plan is not None and not report.has_errors
    svar = examples_dir() / "returns" / "orebro-hsn-2024" / "svar"
    result = check_returns(plan, [svar], period_id="Delår")
    out = tmp_path_factory.mktemp("orebro") / "Sammanställning Delår.xlsx"
    return consolidate(plan, result, out, created=datetime(2024, 9, 20, 8, 0))


def _row_of(sheet, key: str, col: int = 1) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, col).value == key)


def test_a_text_indicator_shows_the_units_narrative_in_indikatorer(orebro: Path) -> None:
    sheet = load_workbook(orebro)["Indikatorer"]
    headers = [c.value for c in sheet[4]]
    cell = sheet.cell(
        _row_of(sheet, "I1.1"), headers.index("Universitetssjukhuset Örebro (USÖ)") + 1
    )
    assert cell.value == "√ " + NARRATIVE


def test_a_text_indicator_shows_the_units_narrative_in_kommentarer(orebro: Path) -> None:
    rows = sheet_rows(load_workbook(orebro)["Kommentarer"], 4)
    found = [r for r in rows if r["Enhet"] == "Universitetssjukhuset Örebro (USÖ)"
             and r["Indikator"] == "Förbättrade resultat i det förebyggande arbetet"]  # fmt: skip
    assert [(r["Utfall"], r["Status"], r["Egen bedömning"]) for r in found] == [
        (NARRATIVE, "√ Uppfyllt", "Uppfyllt")
    ]


def test_the_unit_that_sent_nothing_is_saknas_on_oversikt_and_indikatorer(orebro: Path) -> None:
    book = load_workbook(orebro)
    overview = book["Översikt"]
    header = _row_of(overview, "Mål-ID")
    headers = [c.value for c in overview[header]]
    diag = headers.index("Område diagnostik") + 1
    goals = range(header + 1, _row_of(overview, "P3") + 4)
    shown = {overview.cell(r, diag).value for r in goals if overview.cell(r, 1).value}
    assert shown == {"Saknas"}
    assert all("Ej bedömt" not in str(overview.cell(r, diag).value) for r in goals)
    matrix = book["Indikatorer"]
    col = [c.value for c in matrix[4]].index("Område diagnostik (DIAG)") + 1
    assert {matrix.cell(r, col).value for r in range(5, matrix.max_row + 1)} == {"Saknas"}
    all_units = overview.cell(_row_of(overview, "P1"), 4).value
    assert str(all_units).startswith("4 av 5 enheter: ")


def test_the_chart_counts_saknas_apart_in_swedish_without_zero_labels(orebro: Path) -> None:
    with zipfile.ZipFile(orebro) as parts:
        charts = [n for n in parts.namelist() if n.startswith("xl/charts/chart")]
        xml = parts.read(charts[0]).decode("utf-8")
    assert len(charts) == 1
    assert re.findall(r'<c:lang val="([^"]+)"/>', xml) == ["sv-SE"]
    assert xml.count("<c:ser>") == 5  # four statuses and Saknas
    assert xml.count('formatCode="0;-0;;@"') == 5
    assert "Antal indikatorvärden (indikator × enhet)" in xml


def test_no_english_codes_and_no_folders_on_the_sheets_a_namnd_reads(orebro: Path) -> None:
    book = load_workbook(orebro)
    for name in ("Översikt", "Indikatorer", "Kommentarer"):
        text = " ".join(str(c) for row in book[name].iter_rows(values_only=True) for c in row)
        assert not re.search(r"partly_met|not_met|not_assessed|\w+-missing", text), name
        assert not re.search(r"[/\\][^ /\\]+\.(xlsx|eml|msg)", text), name
    findings = book["Fynd"]
    files = {r["Fil"] for r in sheet_rows(findings, 4)}
    assert files and all(re.fullmatch(r"[^/\\]+\.(xlsx|eml)", str(f)) for f in files), files
    hidden = [d for d in findings.column_dimensions.values() if d.hidden]
    assert [(d.min, d.max) for d in hidden] == [(2, 2)]  # Kod: for filtering, not for reading
