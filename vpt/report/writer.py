"""Lay the report's blocks out in a Word document with python-docx, in the region's own template.

Like pandoc's reference document: with a template, the document starts as a copy of it (styles,
page setup, headers, footers, logo) and its body is emptied; without one, python-docx's clean
default. Only named styles are used (Rubrik 1–3 via the built-in heading styles, Normal, Title,
Caption, List Bullet, a table style and a few character styles of our own), so a template restyles
everything. The only direct formatting is a status colour on a table cell, always beside the word.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime

from docx import Document as open_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

from vpt.report import ooxml
from vpt.report.accessibility import set_alt_text, set_language
from vpt.report.blocks import Block, Figure, Heading, Kind, PageBreak, Paragraph, Table
from vpt.report.status import ReportStatus

__all__ = ["render"]

_CHARACTER_STYLES = {
    ReportStatus.MET: "Status uppfyllt",
    ReportStatus.PARTLY_MET: "Status delvis uppfyllt",
    ReportStatus.NOT_MET: "Status ej uppfyllt",
    ReportStatus.NOT_ASSESSED: "Status ej bedömt",
    ReportStatus.MISSING: "Status saknas",
}
_PLACEHOLDER_STYLE = "Platshållare"
_HEADER_FILL = "D9E2EC"
_NOTE_STYLE = "Anmärkning"
_TABLE_TEXT_STYLE = "Tabelltext"


def render(
    blocks: Sequence[Block],
    template: Document | None,
    *,
    title: str,
    subject: str,
    header: str,
    today: date,
) -> Document:
    """A document with ``blocks`` as its body, started from ``template`` when there is one."""
    document = template if template is not None else open_document()
    _empty_body(document)
    styles = _Styles(document)
    if template is None:
        _default_page(document, header)
        _default_look(styles)
    set_language(document)
    properties = document.core_properties
    properties.title = title
    properties.subject = subject
    properties.author = "vpt"
    properties.last_modified_by = "vpt"
    properties.comments = "Utkast skrivet av vpt ur sammanställningen."
    moment = datetime(today.year, today.month, today.day)
    properties.created = moment
    properties.modified = moment
    properties.revision = 1
    width = _text_width(document)
    body = ooxml.Body(document.element.body)
    pictures = 0
    for block in blocks:
        if isinstance(block, Heading):
            heading = body.add(ooxml.paragraph(styles.heading(block.level).style_id))
            ooxml.run(heading, block.text)
        elif isinstance(block, Paragraph):
            _paragraph(body, block, styles)
        elif isinstance(block, Table):
            _table(body, block, styles, width)
        elif isinstance(block, Figure):
            pictures += 1
            _figure(document, body, block, styles, width, pictures)
        elif isinstance(block, PageBreak):
            page = body.add(ooxml.paragraph(styles.normal.style_id))
            ooxml.page_break(page)
    return document


def _empty_body(document: Document) -> None:
    """Drop the template's own text but keep its last section (page setup, headers, footers)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _text_width(document: Document) -> int:
    section = document.sections[-1]
    width = section.page_width or Cm(21)
    return int(width - (section.left_margin or Cm(2.5)) - (section.right_margin or Cm(2.5)))


def _default_page(document: Document, header: str) -> None:
    """A4 portrait with Swedish margins, the plan in the header and page numbers in the footer."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    head = section.header.paragraphs[0]
    head.text = header
    head.style = document.styles["Header"]
    foot = section.footer.paragraphs[0]
    foot.style = document.styles["Footer"]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("Sida ")
    _field(foot, "PAGE", "1")
    foot.add_run(" av ")
    _field(foot, "NUMPAGES", "1")


_INK = RGBColor.from_string("1F3B57")  # the summary workbook's header colour


def _default_look(styles: _Styles) -> None:
    """Without a template: Calibri, a calm blue for headings, as a region's own reports look."""
    normal = styles.normal
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        heading = styles.heading(level)
        heading.font.name = "Calibri"
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.color.rgb = _INK
        heading.paragraph_format.space_before = Pt((18, 12, 10)[level - 1])
        heading.paragraph_format.space_after = Pt(4)
    for kind, size in ((Kind.TITLE, 26), (Kind.SUBTITLE, 14)):
        style = styles.kinds[kind]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = _INK
        style.font.italic = False
    caption = styles.kinds[Kind.CAPTION]
    caption.font.name = "Calibri"
    caption.font.color.rgb = _INK
    caption.font.italic = False
    for name in ("Header", "Footer"):
        found = styles.by_name.get(name.lower())
        if found is not None and isinstance(found, ParagraphStyle):
            found.font.name = "Calibri"
            found.font.size = Pt(8.5)
            found.font.color.rgb = RGBColor.from_string("555555")


def _field(paragraph: object, code: str, shown: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)  # type: ignore[attr-defined]


class _Styles:
    """The named styles the report uses: the template's own when it has them, else added."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.by_name = {(s.name or "").lower(): s for s in document.styles}
        self.by_id = {s.style_id: s for s in document.styles}
        self.normal = self._paragraph("Normal")
        self.kinds = {
            Kind.NORMAL: self.normal,
            Kind.TITLE: self._paragraph("Title", size=24, bold=True),
            Kind.SUBTITLE: self._paragraph("Subtitle", size=14),
            Kind.BULLET: self._paragraph("List Bullet"),
            Kind.CAPTION: self._paragraph("Caption", size=9, bold=True),
            Kind.NOTE: self._paragraph(_NOTE_STYLE, size=9, italic=True, colour="555555"),
        }
        self.table_text = self._paragraph(_TABLE_TEXT_STYLE, size=9)
        self.table_text.paragraph_format.space_after = Pt(0)
        self.table = self._table_style()
        self.status = {s: self._status_style(s) for s in ReportStatus}
        # Yellow shading, not a highlight: Word keeps no highlight in a style (the Open XML SDK's
        # schema has none there), so a highlighted style would lose its mark in Word.
        self.placeholder = self._marked(_PLACEHOLDER_STYLE, "FFFF00")

    def heading(self, level: int) -> ParagraphStyle:
        """Rubrik 1–3: the built-in heading style, whatever the template's language calls it."""
        found = (
            self.by_name.get(f"heading {level}")
            or self.by_id.get(f"Heading{level}")
            or self.by_id.get(f"Rubrik{level}")
        )
        if isinstance(found, ParagraphStyle):
            return found
        style = self._paragraph(f"Heading {level}", size=(16, 13, 11.5)[level - 1], bold=True)
        ppr = style.element.get_or_add_pPr()
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level - 1))
        ppr.append(outline)
        return style

    def _find(self, name: str) -> BaseStyle | None:
        return self.by_name.get(name.lower())

    def _paragraph(
        self,
        name: str,
        *,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        colour: str = "",
    ) -> ParagraphStyle:
        found = self._find(name)
        if isinstance(found, ParagraphStyle):
            return found
        style = self.document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(style, ParagraphStyle)
        if name != "Normal":
            style.base_style = self._find("Normal")
        style.quick_style = True
        if size:
            style.font.size = Pt(size)
        style.font.bold = bold or None
        style.font.italic = italic or None
        if colour:
            style.font.color.rgb = RGBColor.from_string(colour)
        self.by_name[name.lower()] = style
        return style

    def _character(self, name: str) -> CharacterStyle:
        found = self._find(name)
        if isinstance(found, CharacterStyle):
            return found
        style = self.document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        assert isinstance(style, CharacterStyle)
        self.by_name[name.lower()] = style
        return style

    def _status_style(self, status: ReportStatus) -> CharacterStyle:
        """A character style per status: bold, on the status colour (a template may restyle it)."""
        return self._marked(_CHARACTER_STYLES[status], status.fill)

    def _marked(self, name: str, fill: str) -> CharacterStyle:
        """A bold character style on ``fill``; a template's own style of that name is kept."""
        existed = self._find(name) is not None
        style = self._character(name)
        if not existed:
            style.font.bold = True
            rpr = style.element.get_or_add_rPr()
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), fill)
            rpr.append(shading)
        return style

    def _table_style(self) -> BaseStyle:
        found = self._find("Table Grid")
        if found is not None and found.type == WD_STYLE_TYPE.TABLE:
            return found
        style = self.document.styles.add_style("Table Grid", WD_STYLE_TYPE.TABLE)
        tblpr = OxmlElement("w:tblPr")
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            line = OxmlElement(f"w:{edge}")
            line.set(qn("w:val"), "single")
            line.set(qn("w:sz"), "4")
            line.set(qn("w:space"), "0")
            line.set(qn("w:color"), "A6A6A6")
            borders.append(line)
        tblpr.append(borders)
        style.element.append(tblpr)
        created: BaseStyle = style
        return created


def _paragraph(body: ooxml.Body, block: Paragraph, styles: _Styles) -> None:
    element = body.add(ooxml.paragraph(styles.kinds[block.kind].style_id))
    for run in block.runs:
        if not run.text:
            continue
        style = ""
        if run.status is not None:
            style = styles.status[run.status].style_id
        elif run.placeholder:
            style = styles.placeholder.style_id
        ooxml.run(element, run.text, style_id=style, bold=run.bold)


def _table(body: ooxml.Body, block: Table, styles: _Styles, width: int) -> None:
    caption = body.add(ooxml.paragraph(styles.kinds[Kind.CAPTION].style_id, keep_with_next=True))
    ooxml.run(caption, block.caption)
    widths = _widths(block.widths, len(block.header), width)
    table = body.add(ooxml.table(styles.table.style_id, widths))
    normal = styles.table_text.style_id
    header = ooxml.row(table, header=True)
    for text, cell_width in zip(block.header, widths, strict=True):
        ooxml.run(ooxml.cell(header, cell_width, normal, _HEADER_FILL), text, bold=True)
    for values in block.rows:
        row = ooxml.row(table)
        for value, cell_width in zip(values, widths, strict=True):
            status = value.status
            fill = status.fill if status is not None and status.fill != "FFFFFF" else ""
            inner = ooxml.cell(row, cell_width, normal, fill)
            if value.text:
                ooxml.run(inner, value.text)
    after = body.add(ooxml.paragraph(styles.kinds[Kind.NOTE if block.note else Kind.NORMAL]
                                     .style_id))  # fmt: skip
    if block.note:
        ooxml.run(after, block.note)


def _widths(relative: tuple[float, ...], columns: int, total: int) -> list[int]:
    """Column widths in twentieths of a point from relative shares of ``total`` (EMU)."""
    shares = list(relative) if len(relative) == columns else [1.0] * columns
    whole = sum(shares)
    return [int(total * share / whole / 635) for share in shares]


def _figure(
    document: Document, body: ooxml.Body, block: Figure, styles: _Styles, width: int, number: int
) -> None:
    element = body.add(ooxml.paragraph(styles.normal.style_id, keep_with_next=True, align="center"))
    shown = min(Cm(block.width_cm), width)
    picture = (
        DocxParagraph(element, document._body)
        .add_run()
        .add_picture(io.BytesIO(block.png), width=shown)
    )
    set_alt_text(picture._inline.docPr, block.alt, f"Figur {number}")
    caption = body.add(ooxml.paragraph(styles.kinds[Kind.CAPTION].style_id))
    ooxml.run(caption, block.caption)
