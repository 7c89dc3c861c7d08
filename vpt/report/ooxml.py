"""WordprocessingML elements built directly with lxml: paragraphs, runs and tables.

python-docx's ``add_paragraph`` and ``add_table`` look for the body's section properties among
all earlier elements on every call, and ``Run.text`` appends text one character at a time, so a
500-unit report (15 000 paragraphs) took half a minute. Here an element is built whole and put
before the section properties once; the document stays python-docx's (styles, parts, saving).
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

__all__ = ["Body", "cell", "clean", "page_break", "paragraph", "row", "run", "table"]

# XML 1.0 forbids most control characters; a unit's comment pasted from elsewhere may have them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def clean(text: str) -> str:
    """Text that XML can hold: control characters dropped, line ends as ``\\n``."""
    return _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _sub(parent: BaseOxmlElement, tag: str, **attributes: str) -> BaseOxmlElement:
    element: BaseOxmlElement = etree.SubElement(parent, qn(tag))
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


class Body:
    """Appends blocks to a document body before its final section properties."""

    def __init__(self, body: BaseOxmlElement) -> None:
        self.body = body
        self.anchor = body.find(qn("w:sectPr"))

    def add(self, element: BaseOxmlElement) -> BaseOxmlElement:
        if self.anchor is not None:
            self.anchor.addprevious(element)
        else:
            self.body.append(element)
        return element


def paragraph(style_id: str, *, keep_with_next: bool = False, align: str = "") -> BaseOxmlElement:
    """An empty ``w:p`` in the paragraph style ``style_id``."""
    element: BaseOxmlElement = OxmlElement("w:p")
    properties = _sub(element, "w:pPr")
    _sub(properties, "w:pStyle", val=style_id)
    if keep_with_next:
        _sub(properties, "w:keepNext")
    if align:
        _sub(properties, "w:jc", val=align)
    return element


def run(parent: BaseOxmlElement, text: str, *, style_id: str = "", bold: bool = False) -> None:
    """A ``w:r`` with ``text`` (line breaks kept) in the character style ``style_id``."""
    element = _sub(parent, "w:r")
    if style_id or bold:
        properties = _sub(element, "w:rPr")
        if style_id:
            _sub(properties, "w:rStyle", val=style_id)
        if bold:
            _sub(properties, "w:b")
    for n, line in enumerate(clean(text).split("\n")):
        if n:
            _sub(element, "w:br")
        piece = _sub(element, "w:t")
        piece.text = line
        piece.set(_XML_SPACE, "preserve")


def page_break(parent: BaseOxmlElement) -> None:
    """A run that starts a new page."""
    _sub(_sub(parent, "w:r"), "w:br", type="page")


def table(style_id: str, widths: list[int]) -> BaseOxmlElement:
    """An empty ``w:tbl`` with fixed column widths (twentieths of a point) and a grid."""
    element: BaseOxmlElement = OxmlElement("w:tbl")
    properties = _sub(element, "w:tblPr")
    _sub(properties, "w:tblStyle", val=style_id)
    _sub(properties, "w:tblW", w=str(sum(widths)), type="dxa")
    _sub(properties, "w:tblLayout", type="fixed")
    _sub(properties, "w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0",
         lastColumn="0", noHBand="0", noVBand="1")  # fmt: skip
    grid = _sub(element, "w:tblGrid")
    for width in widths:
        _sub(grid, "w:gridCol", w=str(width))
    return element


def row(parent: BaseOxmlElement, *, header: bool = False) -> BaseOxmlElement:
    """A ``w:tr`` that never splits over pages; a header row is repeated on every page."""
    element = _sub(parent, "w:tr")
    properties = _sub(element, "w:trPr")
    _sub(properties, "w:cantSplit")  # an on/off property is on without a val
    if header:
        _sub(properties, "w:tblHeader")
    return element


def cell(parent: BaseOxmlElement, width: int, style_id: str, fill: str = "") -> BaseOxmlElement:
    """A ``w:tc`` with one empty paragraph (returned) in ``style_id``, shaded ``fill`` if given."""
    element = _sub(parent, "w:tc")
    properties = _sub(element, "w:tcPr")
    _sub(properties, "w:tcW", w=str(width), type="dxa")
    if fill:
        _sub(properties, "w:shd", val="clear", color="auto", fill=fill)
    inner = paragraph(style_id)
    element.append(inner)
    return inner
