"""What makes the report accessible (language, header rows, alt text), and a check of it.

Public bodies must publish accessible documents (lagen om tillgänglighet till digital offentlig
service). The writer calls the setters (and marks header rows, see :mod:`vpt.report.ooxml`); :func:`problems` reads a finished document back and lists
what a screen reader or a PDF export would miss, so tests (and a cautious caller) can verify it.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

__all__ = ["LANGUAGE", "problems", "set_alt_text", "set_language"]

LANGUAGE = "sv-SE"


def _child(parent: BaseOxmlElement, tag: str, first: bool = False) -> BaseOxmlElement:
    found: BaseOxmlElement | None = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


def set_language(document: Document) -> None:
    """Swedish (sv-SE) for the whole document: defaults, Normal, core properties, settings."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", first=True)
    rpr_default = _child(defaults, "w:rPrDefault", first=True)
    rpr = _child(rpr_default, "w:rPr")
    _set_lang(rpr)
    for style in styles.findall(qn("w:style")):
        found = style.find(qn("w:rPr"))
        if found is not None and found.find(qn("w:lang")) is not None:
            _set_lang(found)
    document.core_properties.language = LANGUAGE
    settings = document.settings.element
    theme = _child(settings, "w:themeFontLang")
    theme.set(qn("w:val"), LANGUAGE)


def _set_lang(rpr: BaseOxmlElement) -> None:
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    lang.set(qn("w:bidi"), "ar-SA")  # Word's own default for right-to-left text


def set_alt_text(doc_pr: BaseOxmlElement, alt: str, name: str) -> None:
    """Alt text on a picture's ``wp:docPr`` (Word's "Alternativtext", a PDF's /Alt)."""
    doc_pr.set("descr", alt)
    doc_pr.set("name", name)


def problems(document: Document) -> list[str]:
    """What is not accessible in ``document``, in Swedish; empty when nothing is found."""
    found: list[str] = []
    body = document.element.body
    last = 0
    for paragraph in document.paragraphs:
        style = paragraph.style
        name = (style.name or "").lower() if style is not None else ""
        if name.startswith("heading "):
            level = int(name.split()[1])
            if level > last + 1:
                found.append(f"Rubriken ”{paragraph.text}” hoppar från nivå {last} till {level}.")
            last = level
    for number, table in enumerate(document.tables, start=1):
        trpr = table.rows[0]._tr.trPr if table.rows else None
        if trpr is None or trpr.find(qn("w:tblHeader")) is None:
            found.append(f"Tabell {number} har ingen markerad rubrikrad.")
    for doc_pr in body.iter(qn("wp:docPr")):
        if not (doc_pr.get("descr") or "").strip():
            found.append(f"Bilden {doc_pr.get('name')} saknar alternativtext.")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}") if (
        defaults is not None) else None  # fmt: skip
    if lang is None or lang.get(qn("w:val")) != LANGUAGE:
        found.append("Dokumentets språk är inte svenska (sv-SE).")
    if document.core_properties.language != LANGUAGE:
        found.append("Dokumentegenskapen Språk är inte sv-SE.")
    return found
