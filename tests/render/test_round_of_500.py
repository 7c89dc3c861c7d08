"""The summary of a 500-unit round, opened by LibreOffice and Gnumeric without a complaint.

The round is the benchmark's (benchmarks/bench_generate.bench_plan: 60 indicators of every kind,
500 units). Filling 500 returns with openpyxl takes two minutes, so 20 units' returns are really
generated, filled by the demo (with its mistakes: a duplicate sent by e-mail, a decimal comma, a
percent without its sign, no comment, one unit that sends nothing) and checked; their check result
is then dealt out to all 500 units, 25 copies under other file names. The summary that vpt writes
from it has the shape of a real 500-unit round: 30 000 rows in Data and Kommentarer, a matrix 500
units wide, the overview chart, 25 missing units.

LibreOffice writes every sheet as CSV (a PDF of 30 000 rows would take many minutes); Gnumeric reads
the file into its own format.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from tests.render import load_script
from tests.render.test_render import render
from vpt.consolidate import consolidate
from vpt.demo import DEMO_MISTAKES, fill_returns
from vpt.findings import Report
from vpt.model import Plan
from vpt.read import check_returns
from vpt.read.results import CheckResult

pytestmark = pytest.mark.roundtrip

UNITS, SAMPLE, INDICATORS = 500, 20, 60
CREATED = datetime(2025, 5, 20, 9, 0)


def _renamed(name: str, copy: int) -> str:
    """The file name of the ``copy``th copy: "kopia 03 av svar.xlsx" (an e-mail's name for one
    of its attachments, "brev.eml › bilaga.xlsx", keeps its attachment part)."""
    if not name:
        return name
    path, sep, inner = name.partition(" › ")
    return str(Path(path).with_name(f"kopia {copy:02d} av {Path(path).name}")) + sep + inner


def _dealt_out(plan: Plan, sample: Plan, checked: CheckResult) -> CheckResult:
    """``checked`` (for ``sample``'s units) copied to every unit of ``plan``."""
    size = len(sample.units)
    files, values, findings = [], [], []
    for copy in range(len(plan.units) // size):
        unit = {u.id: plan.units[copy * size + n].id for n, u in enumerate(sample.units)}
        unit[""] = ""  # a file that could not be told apart (none in this round)
        files += [replace(f, name=_renamed(f.name, copy), unit_id=unit[f.unit_id])
                  for f in checked.files]  # fmt: skip
        values += [replace(v, unit_id=unit[v.unit_id], file=_renamed(v.file, copy))
                   for v in checked.values]  # fmt: skip
        findings += [replace(f, file=_renamed(f.file, copy)) for f in checked.findings]
    return CheckResult(checked.period_id, tuple(files), tuple(values), Report(findings))


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = load_script("benchmarks/bench_generate.py", "bench_generate").bench_plan(
        INDICATORS, UNITS
    )
    sample = replace(plan, units=plan.units[:SAMPLE])
    tmp = tmp_path_factory.mktemp("round500")
    fill_returns(sample, "T1", tmp / "utskick", tmp / "svar", DEMO_MISTAKES, seed=15,
                 created=CREATED)  # fmt: skip
    checked = check_returns(sample, [tmp / "svar"], period_id="T1")
    return consolidate(plan, _dealt_out(plan, sample, checked),
                       tmp / "ut" / "sammanstallning-500-enheter.xlsx", created=CREATED)  # fmt: skip


class Opened:
    """What LibreOffice said opening the summary, and every sheet as it read it."""

    def __init__(self, said: str, sheets: dict[str, list[list[str]]]) -> None:
        self.said = said
        self.sheets = sheets


@pytest.fixture(scope="module")
def opened(summary: Path) -> Opened:
    out = summary.parent / "csv"
    out.mkdir()
    written, said = render.to_csv(summary, out)
    sheets = {}
    for name, path in written.items():
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[name] = [row for row in csv.reader(handle) if any(row)]
    return Opened(said, sheets)


def test_libreoffice_opens_the_summary_of_500_units_without_a_word(opened: Opened) -> None:
    assert opened.said == ""
    assert sorted(opened.sheets) == sorted(["Översikt", "Indikatorer", "Kommentarer", "Data",
                                            "Fynd", "Inlämning", "Om"])  # fmt: skip


def test_the_round_is_what_this_file_says_it_is(opened: Opened) -> None:
    # The fifth unit of every 20 sends nothing (DEMO_MISTAKES): U004, U024, ..., U484.
    sheet = opened.sheets["Inlämning"]
    assert sheet[1][0] == "475 av 500 enheter har lämnat in. Saknade enheter står först."
    missing = [row[0] for row in sheet if row[2] == "Saknas"]
    assert missing == [f"U{n:03}" for n in range(4, 500, 20)]


def test_libreoffice_reads_every_row_vpt_wrote_into_the_big_tables(opened: Opened) -> None:
    data = opened.sheets["Data"]
    assert len(data) == 1 + 60 * 500  # the header and a row per unit and indicator
    assert data[-1][:4] == ["Benchmarkplan 2025", "T1", "U499", "Vårdcentral 499"]
    comments = opened.sheets["Kommentarer"]
    assert comments[2][0] == "Enhet" and comments[-1][0] == "Vårdcentral 499 (U499)"
    header = next(row for row in opened.sheets["Indikatorer"] if row[0] == "ID")
    assert len(header) == 4 + 500  # four fixed columns and one per unit
    assert header[-1] == "Vårdcentral 499 (U499)"


def test_gnumeric_opens_the_summary_of_500_units_without_a_complaint(summary: Path) -> None:
    said = render.gnumeric_warnings(summary)
    assert render.unexplained(said) == []
    # Only its known gap, once for each of the four sheets with a table.
    gaps = [line for line in said if line.startswith(render.GNUMERIC_GAPS[0])]
    assert len(gaps) == 4
