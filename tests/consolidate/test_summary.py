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
    assert missing and all(r["Statuskod"] == "missing" and r["Status"] == "Saknas"
                           and r["Utfall"] is None for r in missing)  # fmt: skip


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
        if unit.id == "VC-KHN":  # sent nothing
            continue
        for indicator in plan.applicable(unit.id, PERIOD):
            cell = sheet.cell(rows[indicator.id], columns[unit.id])
            status = statuses.get((unit.id, indicator.id), Status.NOT_ASSESSED)
            assert cell.fill.fgColor.rgb == FILLS[status], (unit.id, indicator.id)
            assert str(cell.value).startswith(status.symbol + " ")
            checked += 1
    assert checked == 4 * len(plan.applicable(plan.units[0].id, PERIOD))
    missing = {sheet.cell(rows[i.id], columns["VC-KHN"]) for i in plan.applicable("VC-KHN", PERIOD)}
    assert {c.value for c in missing} == {"Saknas"}
    assert {c.fill.fgColor.rgb for c in missing} == {"FFFFFFFF"}


def test_overview_states_goal_status_in_colour_words_and_counts(
    returned: Returned, summary_path: Path
) -> None:
    summary = summarise_result(returned.plan, returned.result, created=CREATED)
    sheet = load_workbook(summary_path)["Översikt"]
    assert "Sammanvägning: Varje indikator" in str(sheet["A3"].value)
    header = next(r for r in range(1, 60) if sheet.cell(r, 1).value == "Mål-ID")
    headers = [c.value for c in sheet[header]]
    assert headers[:6] == ["Mål-ID", "Mål", "Alla enheter", "Underlag, alla enheter",
                           "Samlad bedömning", "Kommentar till bedömningen"]  # fmt: skip
    goal_rows = {sheet.cell(r, 1).value: r for r in range(header + 1, header + 1 +
                                                            len(returned.plan.goals))}  # fmt: skip
    for unit in summary.units:
        col = headers.index(unit.name) + 1
        basis_col = headers.index(f"Underlag: {unit.name}") + 1
        assert any(d.hidden and d.min <= basis_col <= d.max
                   for d in sheet.column_dimensions.values())  # fmt: skip
        for goal_id, rolled in summary.goal_status[unit.id].items():
            cell = sheet.cell(goal_rows[goal_id], col)
            if not (rolled.assessed or rolled.not_assessed):
                assert cell.value is None  # nothing under this goal applies to the unit
            elif unit.id == "VC-KHN":
                assert cell.value == "Saknas"
                assert sheet.cell(goal_rows[goal_id], basis_col).value == (
                    "Enheten har inte lämnat in."
                )
            else:
                assert cell.value == f"{rolled.status.symbol} {rolled.status.label}"
                assert cell.fill.fgColor.rgb == FILLS[rolled.status]
    bases = {g: (sheet.cell(r, 3).value, str(sheet.cell(r, 4).value)) for g, r in goal_rows.items()}
    # One voice per unit that returned (VC-KHN did not); M3 has no indicators in the plan.
    assert bases == {
        "M1": (
            "√ Uppfyllt",
            "4 av 5 enheter: 2 av 4 uppfyllda, 2 delvis uppfyllda (medelpoäng 1,5)",
        ),
        "M2": (
            "± Delvis uppfyllt",
            "4 av 5 enheter: 0 av 4 uppfyllda, 4 delvis uppfyllda (medelpoäng 1)",
        ),
        "M3": ("Inga indikatorer", "Målet har inga indikatorer som följs upp den här perioden."),
        "M4": (
            "√ Uppfyllt",
            "4 av 5 enheter: 3 av 4 uppfyllda, 1 delvis uppfylld (medelpoäng 1,75)",
        ),
    }


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
        (f.code, Path(f.file).name or None, f.sheet or None, f.cell or None, f.message)
        for f in found
    ]
    assert all("/" not in str(r["Fil"]) for r in rows)
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
