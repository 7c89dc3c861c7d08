"""The summary's cell formats, made once per workbook from the template's ``[formats]``."""

from __future__ import annotations

from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

from vpt.targets import Status

__all__ = ["Styles", "print_setup"]


class Styles:
    """Named formats; status formats per :class:`Status` and per submission/severity code."""

    def __init__(self, workbook: Workbook, look: dict[str, Any]) -> None:
        self._workbook = workbook
        self._look = look
        base = {"font_name": look["font"], "font_size": look["size"], "valign": "top"}
        self._base = base
        border = {"border": 1, "border_color": look["border"]}
        self._border = border
        self.text = self._add(base)
        self.wrap = self._add(base, {"text_wrap": True})
        self.cell = self._add(base, border, {"text_wrap": True})
        self.number = self._add(base, border, {"num_format": look["number_format"]})
        self.datetime = self._add(base, border, {"num_format": look["datetime_format"]})
        self.title = self._add(base, {"bold": True, "font_size": look["title_size"]})
        self.subtitle = self._add(base, {"italic": True, "font_color": look["subtle_fg"]})
        self.heading = self._add(base, {"bold": True, "font_size": look["size"] + 1})
        self.bold = self._add(base, {"bold": True})
        self.header = self._add(
            base,
            border,
            {
                "bold": True,
                "text_wrap": True,
                "bg_color": look["header_bg"],
                "font_color": look["header_fg"],
            },
        )
        self.goal = [
            self._add(base, border, {"bold": True, "text_wrap": True, "bg_color": colour})
            for colour in look["goal_bg"]
        ]
        self._status = {
            status: self._coloured(look["status"][status.value], {"text_wrap": True})
            for status in Status
        }
        self._status_bold = {
            status: self._coloured(look["status"][status.value], {"bold": True})
            for status in Status
        }
        self.missing = self._coloured(look["missing"], {"text_wrap": True, "italic": True})
        self.input = self._add(
            base, border, {"text_wrap": True, "locked": False, "bg_color": look["input_bg"]}
        )
        self._named: dict[str, dict[str, Format]] = {
            group: {code: self._coloured(colours) for code, colours in look[group].items()}
            for group in ("submission", "severity")
        }

    def status(self, status: Status, *, bold: bool = False) -> Format:
        return (self._status_bold if bold else self._status)[status]

    def coded(self, group: str, code: str) -> Format:
        """The coloured format of a submission state or a severity; plain when unknown."""
        return self._named[group].get(code, self.cell)

    def goal_level(self, depth: int) -> Format:
        return self.goal[min(depth, len(self.goal) - 1)]

    def chart_colour(self, status: Status) -> str:
        return str(self._look["status"][status.value]["chart"])

    def chart_missing(self) -> dict[str, str]:
        """The hatched fill of "saknas" in charts: not a status colour, and visible in grey print."""
        return dict(self._look["missing"]["chart"])

    def _coloured(self, colours: dict[str, str], extra: dict[str, Any] | None = None) -> Format:
        return self._add(
            self._base,
            self._border,
            {"bg_color": colours["bg"], "font_color": colours["fg"]},
            extra or {},
        )

    def _add(self, *parts: dict[str, Any]) -> Format:
        merged: dict[str, Any] = {}
        for part in parts:
            merged.update(part)
        return self._workbook.add_format(merged)


def print_setup(
    sheet: Any, *, wide: bool, header: str, footer: str, repeat_rows: tuple[int, int] | None
) -> None:
    """Landscape, A3 when ``wide`` else A4, one page wide, titles repeated on every page."""
    sheet.set_landscape()
    sheet.set_paper(8 if wide else 9)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.set_header(header)
    sheet.set_footer(footer)
    if repeat_rows is not None:
        sheet.repeat_rows(*repeat_rows)
