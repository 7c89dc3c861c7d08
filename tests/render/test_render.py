"""Every workbook vpt writes, rendered by LibreOffice to PDF and opened by Gnumeric, as users get them.

Uses scripts/render_workbooks.py (the script a developer runs to look at the PNGs) and poppler's
pdfinfo and pdftotext to assert what can be asserted on paper.
"""

from __future__ import annotations

import collections
import re
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openxml_audit import OpenXmlValidator

from tests.clients.libreoffice import LibreOffice
from tests.render import load_script
from vpt.consolidate import consolidate
from vpt.demo import DEMO_MISTAKES, fill_returns
from vpt.generate import layout as L
from vpt.model import Plan
from vpt.read import check_returns

render = load_script("scripts/render_workbooks.py", "render_workbooks")


class Rendered:
    def __init__(self, workbooks: list[Path], pdfs: list[Path], said: str) -> None:
        self.workbooks = workbooks
        self.pdfs = {p.stem: p for p in pdfs}
        self.said = said


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    out = tmp_path_factory.mktemp("render")
    workbooks = render.build(out)
    seven = render._many_units(render.load("blekinge-primarvard-2024"), 7)
    tmp = tmp_path_factory.mktemp("seven")
    fill_returns(seven, "Delår", tmp / "utskick", tmp / "svar", DEMO_MISTAKES, seed=5,
                 created=datetime(2024, 9, 10))  # fmt: skip
    result = check_returns(seven, [tmp / "svar"], period_id="Delår")
    workbooks.append(consolidate(seven, result, out / "sammanstallning-7-enheter.xlsx",
                                 created=datetime(2024, 9, 20)))  # fmt: skip
    workbooks.append(_typed_in_libreoffice(out / "enhet-orebro-hsn-2024.xlsx",
                                           out / "ifylld-i-libreoffice.xlsx"))  # fmt: skip
    pdfs, said = render.to_pdf(workbooks, out)
    return Rendered(workbooks, pdfs, said)


LONG = ("Rekryteringsläget är fortsatt svårt, särskilt för specialistsjuksköterskor inom "
        "psykiatri och akutsjukvård. Vi har infört ett nytt introduktionsprogram, förlängt "
        "avtalen med bemanningsföretagen och planerar en riktad kampanj under hösten.")  # fmt: skip


def _typed_in_libreoffice(source: Path, target: Path) -> Path:
    """A unit types a long text answer and long comments in LibreOffice and saves."""
    sheet = load_workbook(source)[L.FOLLOWUP_SHEET]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    comment, outcome = (get_column_letter(L.column(k) + 1) for k in ("comment", "outcome"))
    entries = [(L.FOLLOWUP_SHEET, f"{outcome}{rows['I1.1']}", LONG)]
    entries += [
        (L.FOLLOWUP_SHEET, f"{comment}{rows[key]}", LONG) for key in ("I1.1", "I1.2", "I2.1")
    ]
    with LibreOffice("sv_SE") as office:
        office.fill(source, target, entries)
    return target


def _pages(pdf: Path) -> list[tuple[float, float, str]]:
    """(width, height, text) of every page."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    pages = text.split("\f")
    return [(w, h, pages[n]) for n, (w, h) in enumerate(sizes)]


def _words(pdf: Path) -> dict[int, list[tuple[float, float, float, float, str]]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    pages: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for n, page in enumerate(html.split("<page ")[1:]):
        pages[n + 1] = [
            (float(a), float(b), float(c), float(d), word)
            for a, b, c, d, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                page,
            )
        ]
    return pages


def test_libreoffice_converts_every_workbook_without_a_word(rendered: Rendered) -> None:
    assert rendered.said == ""
    assert sorted(rendered.pdfs) == sorted(w.stem for w in rendered.workbooks)


def test_no_row_overlaps_the_next_on_any_page(rendered: Rendered) -> None:
    overlaps = []
    for name, pdf in rendered.pdfs.items():
        if name == "ifylld-orebro-hsn-2024":
            # Filled by the demo with openpyxl, which stores every row height as a fixed one;
            # a unit's Excel or LibreOffice does not (ifylld-i-libreoffice is that case).
            continue
        for page, words in _words(pdf).items():
            words.sort(key=lambda w: w[1])
            for n, a in enumerate(words):
                for b in words[n + 1 :]:
                    if b[1] >= a[3]:
                        break
                    # Lines of one cell touch (the font's ascent and descent): text over text
                    # covers a good part of the smaller word's height, and some of its width.
                    # Words on one line are a text cut at its cell's edge, not rows overlapping.
                    tall = min(a[3], b[3]) - max(a[1], b[1])
                    wide = min(a[2], b[2]) - max(a[0], b[0])
                    other_line = abs(a[1] - b[1]) > 1.0
                    if other_line and tall > 0.4 * min(a[3] - a[1], b[3] - b[1]) and wide > 1.0:
                        overlaps.append((name, page, a[4], b[4]))
    assert collections.Counter(o[0] for o in overlaps) == {}


def test_oversikt_of_seven_units_is_one_page_wide(rendered: Rendered) -> None:
    pages = _pages(rendered.pdfs["sammanstallning-7-enheter"])
    first = next(n for n, (_, _, text) in enumerate(pages) if "Måluppfyllelse per mål" in text)
    width, height, text = pages[first]
    assert width > height  # landscape
    assert "Vårdcentral 01" in text and "Vårdcentral 07" in text
    assert "Samlad" in text and "Kommentar till" in text  # the headers wrap
    assert "Måluppfyllelse per indikator" in pages[first + 1][2]  # Översikt ends on page 1


def test_data_and_fynd_print_landscape(rendered: Rendered) -> None:
    for name in ("sammanstallning-5-enheter", "sammanstallning-25-enheter"):
        pages = _pages(rendered.pdfs[name])
        data = [(w, h) for w, h, text in pages if "Målsökväg" in text]
        findings = [(w, h) for w, h, text in pages if "Fynd vid kontrollen" in text]
        assert data and findings
        assert all(w > h for w, h in data + findings), name


def test_the_blank_plan_prints_one_page_per_sheet(rendered: Rendered) -> None:
    assert len(_pages(rendered.pdfs["tom-planbok"])) == 6


def test_the_unit_workbook_prints_one_page_wide_with_its_headings(rendered: Rendered) -> None:
    pages = _pages(rendered.pdfs["enhet-orebro-hsn-2024"])
    followup = [text for w, h, text in pages if "Uppföljning Delår" in text and w > h]
    assert followup and all("Måluppfyllelse" in text and "Åtgärder" in text for text in followup)


def test_gnumeric_opens_every_workbook_vpt_writes_without_a_complaint(rendered: Rendered) -> None:
    # The filled returns are saved by openpyxl (the demo) and LibreOffice, not by vpt: what
    # Gnumeric says about their XML is about those programs, so they are left out here.
    complaints = {
        w.name: render.unexplained(render.gnumeric_warnings(w))
        for w in rendered.workbooks
        if not w.name.startswith("ifylld-")
    }
    assert complaints == {name: [] for name in complaints}


def test_gnumerics_known_gaps_are_what_it_says_they_are(tmp_path: Path) -> None:
    path = tmp_path / "en-tabell.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["a", "b"])
    sheet.add_table(0, 0, 1, 1, {"columns": [{"header": "a"}, {"header": "b"}]})
    book.close()
    said = render.gnumeric_warnings(path)
    assert said[0].startswith(render.GNUMERIC_GAPS[0])
    assert render.unexplained(said) == []


def _schema_errors(workbook: Path) -> list[str]:
    """Every XML part checked against the OOXML schemas (Open XML SDK's, as openxml-audit has them)
    and the package's relationships and content types."""
    result = OpenXmlValidator(max_errors=0).validate(workbook)
    return [str(error) for error in result.errors]


def test_every_workbook_vpt_writes_is_valid_ooxml(rendered: Rendered) -> None:
    # The filled returns are saved by openpyxl and LibreOffice, not by vpt (see above).
    errors = {
        w.name: _schema_errors(w) for w in rendered.workbooks if not w.name.startswith("ifylld-")
    }
    assert errors == {name: [] for name in errors}


def _planted(source: Path, target: Path, part: str, old: str, new: str) -> Path:
    with (
        zipfile.ZipFile(source) as parts,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in parts.infolist():
            data = parts.read(info)
            if info.filename == part:
                text = data.decode()
                assert old in text
                data = text.replace(old, new, 1).encode()
            out.writestr(info, data)
    return target


@pytest.mark.parametrize(
    ("part", "old", "new", "expected"),
    [
        # Bulk rows (vpt/consolidate/bulk.py) with a cell type that does not exist
        ("xl/worksheets/sheet4.xml", 't="inlineStr"', 't="inline"',
         "Invalid value for attribute 't'"),
        # a table part (written by XlsxWriter) with an element the schema does not know
        ("xl/tables/table1.xml", "<tableStyleInfo", "<tableStyle",
         "Unexpected element 'tableStyle' found"),
        # the chart language written twice (vpt/consolidate/summary.py's _swedish)
        ("xl/charts/chart1.xml", '<c:lang val="sv-SE"/>', '<c:lang val="sv-SE"/><c:lang val="sv-SE"/>',
         "Unexpected element 'lang' found"),
    ],
)  # fmt: skip
def test_the_schema_check_finds_a_planted_mistake(
    rendered: Rendered, tmp_path: Path, part: str, old: str, new: str, expected: str
) -> None:
    summary = next(w for w in rendered.workbooks if w.name == "sammanstallning-5-enheter.xlsx")
    errors = _schema_errors(_planted(summary, tmp_path / "fel.xlsx", part, old, new))
    assert len(errors) >= 1 and all(f"/{part}:" in e for e in errors)
    assert any(expected in e for e in errors)


def _pages_ending_with_a_heading(pdf: Path, plan: Plan) -> tuple[int, list[str]]:
    """How many pages have goal headings, and the headings that end a page."""
    levels = tuple(f"{level}:" for level in plan.levels) or ("Mål:",)
    goals, ids = {g.id for g in plan.goals}, {i.id for i in plan.indicators}
    checked, stranded = 0, []
    for _, _, text in _pages(pdf):
        if "Måluppfyllelse per mål" in text:  # Översikt: goals only, no indicators under them
            continue
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        first = [line.split(" ", 1)[0] for line in lines]
        headings = [
            n for n, line in enumerate(lines) if line.startswith(levels) or first[n] in goals
        ]
        rows = [n for n, token in enumerate(first) if token in ids]
        if headings and rows:
            checked += 1
            if rows[-1] < headings[-1]:
                stranded.append(lines[headings[-1]])
    return checked, stranded


@pytest.mark.parametrize("slug", render.EXAMPLES)
def test_no_page_of_a_unit_workbook_ends_with_a_goal_heading(rendered: Rendered, slug: str) -> None:
    checked, stranded = _pages_ending_with_a_heading(rendered.pdfs[f"enhet-{slug}"],
                                                     render.load(slug))  # fmt: skip
    assert checked >= 1 and stranded == []


def test_no_page_of_indikatorer_ends_with_a_goal_heading(rendered: Rendered) -> None:
    plan = render.load("orebro-hsn-2024")
    checked, stranded = _pages_ending_with_a_heading(rendered.pdfs["sammanstallning-5-enheter"],
                                                     plan)  # fmt: skip
    assert checked >= 2 and stranded == []
