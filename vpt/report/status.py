"""The statuses a report shows: the four of an assessment and Saknas for a unit that did not return.

Every status has a word, a symbol that survives black-and-white print and a colour; the report
always shows the symbol and the word, so colour never carries meaning alone.
"""

from __future__ import annotations

from enum import StrEnum

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
        return _LABELS[self]

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self]

    @property
    def text(self) -> str:
        """Symbol and word: "√ Uppfyllt"."""
        return f"{self.symbol} {self.label}"

    @property
    def fill(self) -> str:
        """Background colour (hex RRGGBB) of a status cell: the summary's palette."""
        return _FILL[self]

    @property
    def chart(self) -> str:
        """Bar colour in a chart: the summary's chart palette (Okabe–Ito derived)."""
        return _CHART[self]

    @classmethod
    def read(cls, code: object = None, label: object = None) -> ReportStatus | None:
        """From the Data sheet's Statuskod, else from a label with or without symbol."""
        if isinstance(code, str) and code.strip() in _BY_CODE:
            return _BY_CODE[code.strip()]
        if not isinstance(label, str):
            return None
        word = label.strip()
        if word[:1] in _BY_SYMBOL and word[1:2] == " ":
            word = word[2:].strip()
        return _BY_LABEL.get(word.lower())


_LABELS = {
    ReportStatus.MET: "Uppfyllt",
    ReportStatus.PARTLY_MET: "Delvis uppfyllt",
    ReportStatus.NOT_MET: "Ej uppfyllt",
    ReportStatus.NOT_ASSESSED: "Ej bedömt",
    ReportStatus.MISSING: "Saknas",
}
# The summary's symbols; Saknas gets a ring (WGL4, so Calibri, Arial and DejaVu all have it).
_SYMBOLS = {
    ReportStatus.MET: "√",
    ReportStatus.PARTLY_MET: "±",
    ReportStatus.NOT_MET: "×",
    ReportStatus.NOT_ASSESSED: "–",
    ReportStatus.MISSING: "○",
}
_FILL = {
    ReportStatus.MET: "A8DCC8",
    ReportStatus.PARTLY_MET: "F6E98A",
    ReportStatus.NOT_MET: "F4B183",
    ReportStatus.NOT_ASSESSED: "E0E0E0",
    ReportStatus.MISSING: "FFFFFF",
}
_CHART = {
    ReportStatus.MET: "#009E73",
    ReportStatus.PARTLY_MET: "#F0E442",
    ReportStatus.NOT_MET: "#D55E00",
    ReportStatus.NOT_ASSESSED: "#BBBBBB",
    ReportStatus.MISSING: "#FFFFFF",
}
_BY_CODE = {s.value: s for s in ReportStatus}
_BY_LABEL = {s.label.lower(): s for s in ReportStatus}
_BY_SYMBOL = {s.symbol for s in ReportStatus}
