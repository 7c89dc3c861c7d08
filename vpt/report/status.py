"""The statuses a report shows: the four of an assessment and Saknas for a unit that did not return.

Every status has a word, a symbol that survives black-and-white print and a colour; the report
always shows the symbol and the word, so colour never carries meaning alone.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from vpt.targets import Status
from vpt.templates import load_template

__all__ = ["ReportStatus"]


class ReportStatus(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    NOT_ASSESSED = "not_assessed"
    MISSING = "missing"

    @property
    def label(self) -> str:
        """The Swedish word, as the summary writes it: "Delvis uppfyllt"."""
        return _looks()["label"][self]

    @property
    def symbol(self) -> str:
        return _looks()["symbol"][self]

    @property
    def text(self) -> str:
        """Symbol and word: "√ Uppfyllt"."""
        return f"{self.symbol} {self.label}"

    @property
    def fill(self) -> str:
        """Background colour (hex RRGGBB) of a status cell: the summary's palette."""
        return _looks()["fill"][self]

    @property
    def chart(self) -> str:
        """Bar colour in a chart: the summary's chart palette (Okabe–Ito derived)."""
        return _looks()["chart"][self]

    @classmethod
    def read(cls, code: object = None, label: object = None) -> ReportStatus | None:
        """From the Data sheet's Statuskod, else from a label with or without symbol."""
        if isinstance(code, str) and code.strip() in _BY_CODE:
            return _BY_CODE[code.strip()]
        if not isinstance(label, str):
            return None
        word = label.strip()
        if word[:1] in _looks()["symbol"].values() and word[1:2] == " ":
            word = word[2:].strip()
        return _by_label().get(word.lower())


# The four assessment statuses take their word and symbol from the engine and their colours from
# the summary's palette, so the report cannot drift from the workbook it is made from. Saknas
# gets a ring (WGL4, so Calibri, Arial and DejaVu all have it) and the summary's white. Read when
# first asked, not on import: a bundle missing its templates must still start and say so.
_ASSESSED = {ReportStatus(status.value): status for status in Status}


@cache
def _looks() -> dict[str, dict[ReportStatus, str]]:
    template = load_template("sammanstallning")
    palette = template["formats"]
    missing = palette["missing"]
    return {
        "label": {code: status.label for code, status in _ASSESSED.items()}
        | {ReportStatus.MISSING: str(template["overview"]["missing"])},
        "symbol": {code: status.symbol for code, status in _ASSESSED.items()}
        | {ReportStatus.MISSING: "○"},
        "fill": {code: str(palette["status"][code.value]["bg"]).lstrip("#") for code in _ASSESSED}
        | {ReportStatus.MISSING: str(missing["bg"]).lstrip("#")},
        "chart": {code: str(palette["status"][code.value]["chart"]) for code in _ASSESSED}
        | {ReportStatus.MISSING: str(missing["bg"])},
    }


@cache
def _by_label() -> dict[str, ReportStatus]:
    return {text.lower(): status for status, text in _looks()["label"].items()}


_BY_CODE = {s.value: s for s in ReportStatus}
