"""Fixtures: summaries written by vpt consolidate from the bundled sample returns, and a Word
template made here, and reading a written report back with python-docx."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document as open_document
from docx.document import Document
from docx.shared import Cm, RGBColor
from PIL import Image

from vpt.consolidate import consolidate, read_previous
from vpt.demo import DEMO_MISTAKES, examples_dir, fill_returns
from vpt.planbook import read_plan
from vpt.read import check_returns

CREATED = datetime(2024, 9, 20, 8, 30)
TODAY = date(2024, 9, 25)
PERIOD = "Delår"
BLEKINGE = "blekinge-primarvard-2024"
OREBRO = "orebro-hsn-2024"
TEMPLATE_HEADER = "Region Mallby – Hälso- och sjukvårdsförvaltningen"
TEMPLATE_BODY = "Mallens egen brödtext som inte ska stå kvar"
TEMPLATE_HEADING_COLOUR = "7A1F5C"


def write_summary(slug: str, out: Path, previous: Path | None = None) -> Path:
    """The summary vpt consolidate writes from examples/returns/<slug>/svar."""
    plan, report = read_plan(examples_dir() / f"{slug}.xlsx")
    assert plan is not None and not report.has_errors
    values = read_previous(previous) if previous is not None else None
    returns = examples_dir() / "returns" / slug / "svar"
    result = check_returns(plan, [returns], period_id=PERIOD, previous=values)
    return consolidate(plan, result, out, previous=values, created=CREATED,
                       previous_label=previous.name if previous else "")  # fmt: skip


@pytest.fixture(scope="session")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("summaries")
    return {slug: write_summary(slug, folder / f"Sammanställning {slug}.xlsx")
            for slug in (BLEKINGE, OREBRO)}  # fmt: skip


@pytest.fixture(scope="session")
def with_previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Blekinge's summary with history: the previous summary is a demo round with other values."""
    folder = tmp_path_factory.mktemp("previous")
    plan, _ = read_plan(examples_dir() / f"{BLEKINGE}.xlsx")
    assert plan is not None
    fill_returns(plan, PERIOD, folder / "utskick", folder / "svar", DEMO_MISTAKES, seed=3)
    earlier = consolidate(plan, check_returns(plan, [folder / "svar"], period_id=PERIOD),
                          folder / "Sammanställning T1.xlsx", created=CREATED)  # fmt: skip
    return write_summary(BLEKINGE, folder / "Sammanställning Delår.xlsx", previous=earlier)


def logo_png() -> bytes:
    image = Image.new("RGB", (120, 40), (122, 31, 92))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A region's template: its own heading colour, margins, header text and logo, and body text
    that must not survive."""
    document = open_document()
    heading = document.styles["Heading 1"]
    heading.font.color.rgb = RGBColor.from_string(TEMPLATE_HEADING_COLOUR)
    heading.font.name = "Liberation Serif"
    section = document.sections[0]
    section.left_margin = Cm(3.3)
    section.right_margin = Cm(1.7)
    header = section.header.paragraphs[0]
    header.text = TEMPLATE_HEADER
    header.add_run().add_picture(io.BytesIO(logo_png()), width=Cm(3))
    document.add_paragraph(TEMPLATE_BODY)
    path = tmp_path_factory.mktemp("template") / "Regionens mall.docx"
    document.save(str(path))
    return path


@dataclass
class ReadBack:
    """A written report read back: body paragraphs with their style names, and its tables."""

    document: Document
    paragraphs: list[tuple[str, str]]

    @property
    def headings(self) -> list[tuple[int, str]]:
        return [(int(style.split()[1]), text) for style, text in self.paragraphs
                if style.lower().startswith("heading ")]  # fmt: skip

    def section(self, heading: str) -> list[tuple[str, str]]:
        """The paragraphs after ``heading`` up to the next heading."""
        start = self.paragraphs.index(next(p for p in self.paragraphs if p[1] == heading)) + 1
        rest = self.paragraphs[start:]
        end = next((n for n, (s, _) in enumerate(rest) if s.lower().startswith("heading ")),
                   len(rest))  # fmt: skip
        return rest[:end]

    def tables_after(self, heading: str) -> list[list[list[str]]]:
        """The tables between ``heading`` and the next heading, as rows of cell texts."""
        body = self.document.element.body
        tables = []
        inside = False
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                style = child.style or ""
                text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
                name = self.document.styles.get_by_id(style, 1).name if style else ""
                if name.lower().startswith("heading "):
                    inside = text == heading
            elif tag == "tbl" and inside:
                rows = []
                for tr in child.iterchildren():
                    if not tr.tag.endswith("}tr"):
                        continue
                    rows.append(["".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t"))
                                 for tc in tr.iterchildren() if tc.tag.endswith("}tc")])  # fmt: skip
                tables.append(rows)
        return tables


def read_back(path: Path) -> ReadBack:
    document = open_document(str(path))
    paragraphs = [((p.style.name if p.style is not None else "") or "", p.text)
                  for p in document.paragraphs]  # fmt: skip
    return ReadBack(document, paragraphs)
