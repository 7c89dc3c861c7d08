"""Bounded output: findings per file and kind are capped, no cell holds more than Excel's 32 767
UTF-16 units, and no sheet grows past Excel's last row."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from tests.read.hostile import change_sheet, filled
from tests.read.returns import PLAN
from vpt.consolidate.bulk import BulkRows
from vpt.excel import MAX_ROWS, cut_cell
from vpt.read import check_returns
from vpt.read.cap import PER_KIND


def _unknown_rows(count: int) -> bytes:
    rows = "".join(
        f'<row r="{100 + n}"><c r="A{100 + n}" t="inlineStr"><is><t>X{n}</t></is></c></row>'
        for n in range(count)
    )
    return rows.encode()


@pytest.mark.parametrize(
    ("unknown", "shown", "more"),
    [(49, 49, None), (50, 50, None), (51, 50, "1"), (1_050, 50, "1\u00a0000")],
)
def test_findings_of_one_kind_are_capped_per_file(
    tmp_path: Path, unknown: int, shown: int, more: str | None
) -> None:
    path = filled(tmp_path, "A")
    change_sheet(path, "Uppföljning",
                 lambda xml: xml.replace(b"</sheetData>", _unknown_rows(unknown) + b"</sheetData>"))  # fmt: skip
    result = check_returns(PLAN, [path], period_id="T1")
    codes = [f.code for f in result.findings]
    assert codes.count("row-unknown") == shown
    summaries = [f for f in result.findings if f.code == "more-of-the-same"]
    if more is None:
        assert summaries == []
        return
    [summary] = summaries
    assert summary.message.startswith(f"… och {more} till av samma slag som ovan (row-unknown)")
    assert summary.severity.value == "warning"
    assert summary.value == "row-unknown"
    assert codes.index("more-of-the-same") == codes.index("row-unknown") + PER_KIND


@pytest.mark.parametrize(
    ("text", "expected_units"),
    [
        ("a" * 32_767, 32_767),
        ("a" * 32_768, 32_767),
        ("😀" * 16_383, 32_766),
        ("😀" * 16_384, 32_767),  # 16 383 emoji = 32 766 units, then "…"
        ("a" + "😀" * 16_383, 32_767),
        ("a" * 32_766 + "😀", 32_767),  # the pair does not fit after 32 766: cut before it
    ],
)
def test_cut_cell_counts_utf16_units(text: str, expected_units: int) -> None:
    cut = cut_cell(text)
    assert len(cut.encode("utf-16-le")) // 2 == expected_units
    assert cut.encode("utf-16-le").decode("utf-16-le") == cut  # no half pair
    if cut != text:
        assert cut.endswith("…")
        assert text.startswith(cut[:-1])


def test_bulk_rows_stop_at_excels_last_row(tmp_path: Path) -> None:
    book = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"))
    rows = BulkRows(book.add_worksheet(), MAX_ROWS - 3, 1)
    for n in range(5):
        rows.add([(f"rad {n}", None)])
    assert (rows.rows, rows.dropped) == (3, 3)
    assert rows.last_cell == "A1048576"
    out = tmp_path / "rows.xml"
    with out.open("wb") as target:
        rows.copy_to(target)
    xml = out.read_text(encoding="utf-8")
    assert '<row r="1048575">' in xml and "rad 1" in xml
    assert '<row r="1048576">' in xml and "fler rader ryms inte i Excel" in xml
    assert "rad 2" not in xml and '<row r="1048577">' not in xml
    rows.close()
    book.close()
