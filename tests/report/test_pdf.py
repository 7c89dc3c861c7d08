"""LibreOffice converts the report to a tagged PDF without complaint; its first pages render."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from openxml_audit import OpenXmlValidator

from tests.report.conftest import BLEKINGE, TODAY
from vpt.report import write_report

pytestmark = pytest.mark.roundtrip

# soffice's own start-up noise on a machine without Java; nothing to do with the document.
_NOISE = ("failed to launch javaldx",)
_TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def to_pdf(docx: Path, folder: Path) -> Path:
    """The report as a tagged PDF, converted by a headless LibreOffice with its own profile."""
    profile = folder / "lo-profile"
    command = ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
               "--convert-to", _TAGGED, "--outdir", str(folder), str(docx)]  # fmt: skip
    done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "LC_ALL": "C.UTF-8"})  # fmt: skip
    complaints = [line for line in done.stderr.splitlines()
                  if line.strip() and not any(n in line for n in _NOISE)]  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert complaints == []
    pdf = folder / (docx.stem + ".pdf")
    assert pdf.exists(), done.stdout
    return pdf


def test_report_converts_to_a_tagged_swedish_pdf_and_renders(
    summaries: dict[str, Path], template: Path, tmp_path: Path
) -> None:
    report = write_report(summaries[BLEKINGE], tmp_path / "Rapport.docx", today=TODAY)
    pdf = to_pdf(report, tmp_path)
    data = pdf.read_bytes()
    assert b"/StructTreeRoot" in data  # tagged: headings and tables survive as structure
    assert b"/Lang(sv-SE)" in data
    assert data.count(b"/Alt") >= 1  # the chart's alt text
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Uppföljningsrapport Delår" in text
    assert "Sammanfattning" in text
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "2", str(pdf),
                    str(tmp_path / "sida")], check=True)  # fmt: skip
    pages = sorted(tmp_path.glob("sida-*.png"))
    assert len(pages) == 2
    assert all(p.stat().st_size > 10_000 for p in pages)  # a page with text, tables, a chart


def test_templated_report_converts_too(summaries: dict[str, Path], template: Path,
                                       tmp_path: Path) -> None:  # fmt: skip
    report = write_report(summaries[BLEKINGE], tmp_path / "Mallad.docx", template, today=TODAY)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(to_pdf(report, tmp_path)), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Region Mallby" in text  # the template's header


def test_the_report_is_valid_against_the_ooxml_schemas(
    summaries: dict[str, Path], tmp_path: Path
) -> None:
    report = write_report(summaries[BLEKINGE], tmp_path / "Rapport.docx", today=TODAY)
    found = [str(e) for e in OpenXmlValidator(max_errors=0).validate(report).errors]
    # python-docx's own default template carries Word 2010's stylesWithEffects part, which vpt
    # neither writes nor reads; Word 2013 and later ignore it. Everything else must be valid.
    assert [e for e in found if "/word/stylesWithEffects.xml" not in e] == []
    # Row properties as Word reads them: on without a val, and the placeholder shaded, not
    # highlighted (Word keeps no highlight in a style).
    planted = tmp_path / "highlight.docx"
    with zipfile.ZipFile(report) as parts, zipfile.ZipFile(planted, "w") as out:
        for info in parts.infolist():
            data = parts.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b'<w:b/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>',
                                    b'<w:b/><w:highlight w:val="yellow"/>')  # fmt: skip
            out.writestr(info, data)
    said = [str(e) for e in OpenXmlValidator(max_errors=0).validate(planted).errors]
    assert any("Unexpected element 'highlight'" in e for e in said)
