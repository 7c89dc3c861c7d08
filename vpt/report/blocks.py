"""The report as plain blocks (headings, paragraphs, tables, figures) before it becomes Word.

:mod:`vpt.report.sections` builds these from the summary, :mod:`vpt.report.writer` lays them out
in a .docx. Keeping them apart lets tests read what the report says without parsing Word, and
keeps every Word detail in one module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from vpt.report.status import ReportStatus

__all__ = [
    "Block",
    "Cell",
    "Figure",
    "Heading",
    "Kind",
    "Numbering",
    "PageBreak",
    "Paragraph",
    "Run",
    "Table",
]


class Kind(StrEnum):
    """What a paragraph is; the writer maps each to a named style."""

    NORMAL = "normal"
    TITLE = "title"
    SUBTITLE = "subtitle"
    BULLET = "bullet"
    CAPTION = "caption"
    NOTE = "note"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    status: ReportStatus | None = None  # shown with the status's character style (colour)
    placeholder: bool = False  # a marked gap for the controller to fill


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    kind: Kind = Kind.NORMAL

    @classmethod
    def of(cls, text: str, kind: Kind = Kind.NORMAL) -> Paragraph:
        return cls((Run(text),), kind)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Heading:
    level: int  # 1-3
    text: str


@dataclass(frozen=True)
class Cell:
    text: str
    status: ReportStatus | None = None  # shaded in the status colour (the text has the word)


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: Sequence[tuple[Cell, ...]]
    widths: tuple[float, ...] = ()  # relative column widths
    note: str = ""  # a line under the table (missing units, how to read it)


@dataclass(frozen=True)
class Figure:
    caption: str
    png: bytes
    alt: str  # Swedish alt text: what the picture shows, figures included
    width_cm: float = 16.0


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | Figure | PageBreak


@dataclass
class Numbering:
    """Running numbers for tables and figures ("Tabell 3", "Figur 1")."""

    tables: int = 0
    figures: int = 0

    def table(self, title: str) -> str:
        self.tables += 1
        return f"Tabell {self.tables}. {title}"

    def figure(self, title: str) -> str:
        self.figures += 1
        return f"Figur {self.figures}. {title}"
