"""Consolidate real returns of an example plan and read the summary back with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.consolidate.conftest import CREATED, PERIOD, Returned, sheet_rows
from vpt.consolidate import consolidate, summarise_result
from vpt.findings import Finding, Report, Severity
from vpt.read import CheckResult
from vpt.read.results import ReturnedValue
from vpt.targets import Status
from vpt.templates import load_template

SHEETS = ["Översikt", "Indikatorer", "Kommentarer", "Data", "Fynd", "Inlämning", "Om"]
FILLS = {
    status: "FF" + load_template("sammanstallning")["formats"]["status"][status.value]["bg"][1:]
    for status in Status
}


@pytest.fixture(scope="module")
def summary_path(returned: Returned, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("summary") / "Sammanställning Delår.xlsx"
    return consolidate(returned.plan, returned.result, out, created=CREATED)


def test_sheets_in_order(summary_path: Path) -> None:
    assert load_workbook(summary_path, read_only=True).sheetnames == SHEETS


def test_data_has_one_row_per_unit_and_indicator_with_the_values_typed(
    returned: Returned, summary_path: Path
) -> None:
    plan = returned.plan
    rows = sheet_rows(load_workbook(summary_path)["Data"], 1)
    expected = [(u.id, i.id) for u in plan.units for i in plan.applicable(u.id, PERIOD)]
    assert sorted((r["Enhet-ID"], r["Indikator-ID"]) for r in rows) == sorted(expected)
    by_key = {(r["Enhet-ID"], r["Indikator-ID"]): r for r in rows}
    assert len(returned.result.values) > 60
    for value in returned.result.values:
        row = by_key[(value.unit_id, value.indicator_id)]
        assert row["Statuskod"] == value.status.value
        assert row["Status"] == value.status.label
        assert row["Källfil"] == value.file and row["Cell"] == value.cell
        assert row["Filens sha256"] == value.sha256
        if isinstance(value.value, bool):
            assert row["Utfall (text)"] == ("Ja" if value.value else "Nej")
        elif isinstance(value.value, float):
            assert row["Utfall"] == pytest.approx(value.value)
        elif isinstance(value.value, str):
            assert row["Utfall (text)"] in (value.value, value.task_status)
    missing = [r for r in rows if r["Enhet-ID"] == "VC-KHN"]
    assert missing and all(r["Statuskod"] == "not_assessed" and r["Utfall"] is None
                           for r in missing)  # fmt: skip


def test_every_status_cell_in_the_matrix_has_its_fill_and_symbol(
    returned: Returned, summary_path: Path
) -> None:
    plan = returned.plan
    sheet = load_workbook(summary_path)["Indikatorer"]
    headers = [c.value for c in sheet[4]]
    columns = {u.id: headers.index(f"{u.name} ({u.id})") + 1 for u in plan.units}
    rows = {
        sheet.cell(r, 1).value: r
        for r in range(5, sheet.max_row + 1)
        if plan.indicator(str(sheet.cell(r, 1).value)) is not None
    }
    statuses = {(v.unit_id, v.indicator_id): v.status for v in returned.result.values}
    checked = 0
    for unit in plan.units:
        for indicator in plan.applicable(unit.id, PERIOD):
            cell = sheet.cell(rows[indicator.id], columns[unit.id])
            status = statuses.get((unit.id, indicator.id), Status.NOT_ASSESSED)
            assert cell.fill.fgColor.rgb == FILLS[status], (unit.id, indicator.id)
            assert str(cell.value).startswith(status.symbol + " ")
            checked += 1
    assert checked == len(list(plan.units)) * len(plan.applicable(plan.units[0].id, PERIOD))
    assert {sheet.cell(rows["I2.1"], columns["VC-KHN"]).value} == {"– saknas"}


def test_overview_states_goal_status_in_colour_words_and_counts(
    returned: Returned, summary_path: Path
) -> None:
    summary = summarise_result(returned.plan, returned.result, created=CREATED)
    sheet = load_workbook(summary_path)["Översikt"]
    assert "Sammanvägning: Varje indikator" in str(sheet["A3"].value)
    goal_rows = {sheet.cell(r, 2).value: r for r in range(8, 8 + len(returned.plan.goals))}
    for n, unit in enumerate(summary.units):
        col = 6 + 2 * n
        assert sheet.cell(6, col).value == f"{unit.name} ({unit.id})"
        for goal_id, rolled in summary.goal_status[unit.id].items():
            cell = sheet.cell(goal_rows[goal_id], col)
            if not (rolled.assessed or rolled.not_assessed):
                assert cell.value is None  # nothing under this goal applies to the unit
                continue
            assert cell.value == f"{rolled.status.symbol} {rolled.status.label}"
            assert cell.fill.fgColor.rgb == FILLS[rolled.status]
            assert sheet.cell(goal_rows[goal_id], col + 1).value == rolled.explanation
    assert any(
        "av" in str(sheet.cell(r, 5).value) and "uppfyllda" in str(sheet.cell(r, 5).value)
        for r in goal_rows.values()
    )


def test_submission_lists_missing_first_then_duplicate(
    returned: Returned, summary_path: Path
) -> None:
    rows = sheet_rows(load_workbook(summary_path)["Inlämning"], 4)
    assert [(r["Enhet-ID"], r["Inlämning"]) for r in rows] == [
        ("VC-KHN", "Saknas"),
        ("VC-KNA", "Dubblett"),
        ("VC-KNA", "Mottagen"),
        ("VC-RON", "Mottagen"),
        ("VC-OLO", "Mottagen"),
        ("VC-SOL", "Mottagen"),
    ]
    assert "första utkast" in str(rows[1]["Fil"])
    files = {f.name: f for f in returned.result.files}
    for row in rows[1:]:
        assert row["Filens sha256"] == files[str(row["Fil"])].sha256
        assert row["Mottagen"] is not None


def test_findings_sheet_holds_every_finding_with_its_place(
    returned: Returned, summary_path: Path
) -> None:
    rows = sheet_rows(load_workbook(summary_path)["Fynd"], 4)
    found = returned.result.findings.sorted()
    assert len(found) >= 3
    assert [(r["Kod"], r["Fil"], r["Blad"], r["Cell"], r["Meddelande"]) for r in rows] == [
        (f.code, f.file or None, f.sheet or None, f.cell or None, f.message) for f in found
    ]
    codes = {r["Kod"] for r in rows}
    assert {"duplicate", "outcome-percent-missing", "comment-missing"} <= codes
    assert all(r["Cell"] for r in rows if r["Kod"] != "duplicate")


HOSTILE = ["=cmd|'/c calc'!A1", "+1", "-1", "@SUM(1)", "http://x", '=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_a_comment_stays_inert_text(
    returned: Returned, tmp_path: Path, text: str
) -> None:
    plan = returned.plan
    unit = plan.units[0]
    indicator = plan.applicable(unit.id, PERIOD)[0]
    value = ReturnedValue(unit.id, indicator.id, 40.0, Status.NOT_MET, "skäl", comment=text,
                          actions=text, raw=text, file=text, sheet="Uppföljning", cell="I5")  # fmt: skip
    findings = Report([Finding("outcome-unreadable", Severity.ERROR, text, text, "Uppföljning",
                               "I5", value=text)])  # fmt: skip
    result = CheckResult(PERIOD, (), (value,), findings)
    out = consolidate(plan, result, tmp_path / "s.xlsx", created=CREATED)
    book = load_workbook(out)
    data = sheet_rows(book["Data"], 1)[0]
    assert data["Kommentar/analys"] == text and data["Åtgärder"] == text and data["Källfil"] == text
    comment = sheet_rows(book["Kommentarer"], 4)[0]
    assert comment["Kommentar/analys"] == text
    assert sheet_rows(book["Fynd"], 4)[0]["Värde"] == text
    for sheet in book.worksheets:
        assert not sheet._hyperlinks
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert not any("hyperlink" in archive.read(n).decode("utf-8", "replace")
                       for n in names if n.endswith(".rels"))  # fmt: skip
        sheets = [archive.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet")]
        assert not any("<f>" in xml or "<f " in xml for xml in sheets)


def test_summary_is_reproducible_with_a_fixed_time(returned: Returned, tmp_path: Path) -> None:
    first = consolidate(returned.plan, returned.result, tmp_path / "a.xlsx", created=CREATED)
    second = consolidate(returned.plan, returned.result, tmp_path / "b.xlsx", created=CREATED)
    assert first.read_bytes() == second.read_bytes()
