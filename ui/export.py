"""Export the findings to a workbook with the columns and words of the summary's Fynd sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import xlsxwriter

from vpt.consolidate.atomic import write_atomic
from vpt.findings import Finding
from vpt.templates import load_template

__all__ = ["export_findings"]


def export_findings(findings: Sequence[Finding], out: Path, period_name: str) -> Path:
    """Write ``findings`` as one table (sheet Fynd) to ``out``, atomically."""
    spec = load_template("sammanstallning")
    texts = spec["findings"]
    sheet_name = spec["sheets"]["findings"]

    def write(path: Path) -> None:
        book = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_urls": False}
        )
        sheet = book.add_worksheet(sheet_name)
        bold = book.add_format({"bold": True, "font_size": 14})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        sheet.write_string(0, 0, texts["title"].format(period=period_name), bold)
        for column, width in enumerate(texts["widths"]):
            sheet.set_column(column, column, width, wrap)
        for row, finding in enumerate(findings, start=3):
            place = finding.cell or (str(finding.row) if finding.row else "")
            values = (
                finding.severity.label, finding.code, finding.file, finding.sheet, place,
                finding.message, finding.value,
            )  # fmt: skip
            for column, value in enumerate(values):
                if value:
                    sheet.write_string(row, column, value[:32_000], wrap)
        last = 2 + max(len(findings), 1)
        sheet.add_table(
            2, 0, last, len(texts["headers"]) - 1,
            {"name": texts["table_name"], "columns": [{"header": h} for h in texts["headers"]],
             "style": spec["formats"]["table_style"]},
        )  # fmt: skip
        sheet.freeze_panes(3, 0)
        book.close()

    return write_atomic(out, write)
