"""Accessible by construction: language, headings in order, header rows, alt text, no colour alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as open_document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.report.conftest import BLEKINGE, OREBRO, TODAY
from vpt.report import write_report
from vpt.report.accessibility import problems, set_language
from vpt.report.status import ReportStatus


@pytest.fixture(scope="module", params=[BLEKINGE, OREBRO])
def report(request: pytest.FixtureRequest, summaries: dict[str, Path],
           tmp_path_factory: pytest.TempPathFactory) -> Path:  # fmt: skip
    out = tmp_path_factory.mktemp("a11y") / "Rapport.docx"
    return write_report(summaries[request.param], out, today=TODAY)


def test_nothing_is_found_missing(report: Path) -> None:
    assert problems(open_document(str(report))) == []


def test_language_is_swedish_everywhere(report: Path) -> None:
    document = open_document(str(report))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "sv-SE"
    assert document.core_properties.language == "sv-SE"


def test_every_table_repeats_its_header_row(report: Path) -> None:
    document = open_document(str(report))
    assert document.tables
    for table in document.tables:
        first = table.rows[0]._tr.trPr
        assert first.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
                   for row in table.rows[1:])  # fmt: skip


def test_every_image_has_a_swedish_alt_text_with_its_figures(report: Path) -> None:
    document = open_document(str(report))
    descriptions = [d.get("descr") for d in document.element.body.iter(qn("wp:docPr"))]
    assert descriptions
    for text in descriptions:
        assert text.startswith("Liggande stapeldiagram över enheternas måluppfyllelse per ")
        assert "antal enheter per status." in text


def test_blekinge_chart_alt_text_has_the_counts(summaries: dict[str, Path], tmp_path: Path) -> None:
    document = open_document(str(write_report(summaries[BLEKINGE], tmp_path / "r.docx")))
    (alt,) = [d.get("descr") for d in document.element.body.iter(qn("wp:docPr"))]
    # Översikt: M1 is met for VC-KNA and VC-OLO, partly met for VC-RON and VC-SOL; VC-KHN missing.
    assert ("Ett Blekinge som växer med fler Blekingebor och god kompetensförsörjning: "
            "2 uppfyllt, 2 delvis uppfyllt, 1 saknas") in alt  # fmt: skip


def test_status_runs_carry_the_word_beside_the_colour(report: Path) -> None:
    document = open_document(str(report))
    styled = [r for p in document.paragraphs for r in p.runs
              if r.style is not None and r.style.name.startswith("Status ")]  # fmt: skip
    assert styled
    for run in styled:
        assert run.text in {s.text for s in ReportStatus}


def test_problems_finds_what_is_missing() -> None:
    document = open_document()
    document.add_heading("Ett", 1)
    document.add_heading("Hoppar", 3)
    document.add_table(rows=2, cols=2)
    found = problems(document)
    assert "Rubriken ”Hoppar” hoppar från nivå 1 till 3." in found
    assert "Tabell 1 har ingen markerad rubrikrad." in found
    assert "Dokumentets språk är inte svenska (sv-SE)." in found
    set_language(document)
    document.tables[0].rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    assert problems(document) == ["Rubriken ”Hoppar” hoppar från nivå 1 till 3."]
