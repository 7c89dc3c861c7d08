"""The region's own Word template: its styles, page setup, header and logo carry into the report."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx.shared import Cm

from tests.report.conftest import (
    BLEKINGE,
    TEMPLATE_BODY,
    TEMPLATE_HEADER,
    TEMPLATE_HEADING_COLOUR,
    TODAY,
    read_back,
)
from vpt.report import write_report
from vpt.report.accessibility import problems


@pytest.fixture(scope="module")
def templated(summaries: dict[str, Path], template: Path,
              tmp_path_factory: pytest.TempPathFactory) -> Path:  # fmt: skip
    out = tmp_path_factory.mktemp("templated") / "Rapport.docx"
    return write_report(summaries[BLEKINGE], out, template, today=TODAY)


def test_header_and_logo_come_from_the_template(templated: Path) -> None:
    report = read_back(templated)
    header = report.document.sections[0].header
    assert header.paragraphs[0].text == TEMPLATE_HEADER
    with zipfile.ZipFile(templated) as archive:
        names = archive.namelist()
        header_xml = next(archive.read(n) for n in names if n.startswith("word/header"))
    assert b"<pic:pic" in header_xml  # the logo
    assert any(n.startswith("word/media/") for n in names)


def test_styles_and_page_setup_come_from_the_template(templated: Path, template: Path) -> None:
    report = read_back(templated)
    heading = report.document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == TEMPLATE_HEADING_COLOUR
    assert heading.font.name == "Liberation Serif"
    section = report.document.sections[0]
    own = read_back(template).document.sections[0]
    assert abs(section.left_margin - Cm(3.3)) < Cm(0.01)
    assert (section.left_margin, section.right_margin) == (own.left_margin, own.right_margin)
    # The report's headings use the template's heading style, not a copy of it.
    assert ("Heading 1", "Sammanfattning") in report.paragraphs


def test_template_body_text_is_dropped(templated: Path, template: Path) -> None:
    texts = [t for _, t in read_back(templated).paragraphs]
    assert TEMPLATE_BODY not in texts
    assert TEMPLATE_BODY in [t for _, t in read_back(template).paragraphs]  # template untouched


def test_templated_report_is_accessible_too(templated: Path) -> None:
    assert problems(read_back(templated).document) == []


def test_a_dotx_template_is_used_as_well(summaries: dict[str, Path], template: Path,
                                         tmp_path: Path) -> None:  # fmt: skip
    dotx = tmp_path / "Mall.dotx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, data)
    out = write_report(summaries[BLEKINGE], tmp_path / "r.docx", dotx, today=TODAY)
    assert read_back(out).document.sections[0].header.paragraphs[0].text == TEMPLATE_HEADER


def test_without_template_a_clean_default_with_page_numbers(summaries: dict[str, Path],
                                                            tmp_path: Path) -> None:  # fmt: skip
    out = write_report(summaries[BLEKINGE], tmp_path / "r.docx", today=TODAY)
    document = read_back(out).document
    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.01)  # A4, in whole twips
    assert section.header.paragraphs[0].text == (
        "Region Blekinge – Bilaga Uppföljning 2024 – Delår"
    )
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_a_swedish_word_template_with_localised_style_ids(summaries: dict[str, Path],
                                                          template: Path, tmp_path: Path) -> None:  # fmt: skip
    """Swedish Word names the heading styles' IDs Rubrik1–3 (the names stay "heading 1–3");
    the report uses those styles, not new ones."""
    swedish = tmp_path / "Svensk mall.docx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(swedish, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                for level in (1, 2, 3):
                    data = data.replace(f'"Heading{level}"'.encode(), f'"Rubrik{level}"'.encode())
            target.writestr(info, data)
    out = write_report(summaries[BLEKINGE], tmp_path / "r.docx", swedish, today=TODAY)
    document = read_back(out).document
    ids = {p.style.style_id for p in document.paragraphs
           if p.style is not None and p.style.name.startswith("Heading")}  # fmt: skip
    assert ids == {"Rubrik1", "Rubrik2"}
    assert not {"Heading1", "Heading2", "Heading3"} & {s.style_id for s in document.styles}
    assert str(document.styles["Heading 1"].font.color.rgb) == TEMPLATE_HEADING_COLOUR
    assert problems(document) == []
