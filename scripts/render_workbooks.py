#!/usr/bin/env python3
"""Render every workbook vpt writes to PDF and PNG through LibreOffice, to look at as a user would.

    .venv/bin/python scripts/render_workbooks.py OUT      (then open OUT/*.png)

Writes into OUT: the unit workbook of each example plan, a filled return, the summary of 5 units
(Örebro's delår, filled by the demo as examples/make_returns.py does), the same summary with the
first as its previous period and a unit workbook with Föregående utfall from it, the summary of 25
units (a 25-unit copy of the demo plan, filled by the demo), the blank plan and a filled plan; then ``soffice --convert-to pdf`` and ``pdftoppm -png -r 60``. LibreOffice's
and Gnumeric's complaints about each file are printed. The tests use the same functions.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from vpt.consolidate import consolidate, read_previous, values_for_unit
from vpt.demo import DEMO_MISTAKES, examples_dir, fill_returns
from vpt.generate import generate
from vpt.model import Plan, Unit
from vpt.planbook import read_plan
from vpt.planbook.writer import blank_plan, write_plan
from vpt.read import check_returns

CREATED = datetime(2024, 9, 10, 9, 0)
EXAMPLES = ("blekinge-2015", "blekinge-primarvard-2024", "halland-narsjukvard-2022",
            "orebro-hsn-2024", "vasterbotten-hsn-2025")  # fmt: skip
# Gnumeric 1.12.55 implements neither Excel tables nor VML note shapes: it says so for every
# file that has one (a minimal XlsxWriter file with one table gives the same line).
GNUMERIC_GAPS = ("Unexpected element 'tableParts' in state :", "Unhandled object of type Note")


def load(slug: str) -> Plan:
    plan, report = read_plan(examples_dir() / f"{slug}.xlsx")
    if plan is None or report.has_errors:
        raise SystemExit(f"{slug}: planen har fel")
    return plan


def build(out: Path) -> list[Path]:
    """Write every kind of workbook vpt makes into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="vpt-render-") as tmp:
        for slug in EXAMPLES:
            plan = load(slug)
            folder = Path(tmp) / slug
            result = generate(plan, "Delår", folder, units=[plan.units[0].id], created=CREATED,
                              workers=1)  # fmt: skip
            written.append(_copy(result.files[0].workbook, out / f"enhet-{slug}.xlsx"))
        orebro = load("orebro-hsn-2024")
        svar = Path(tmp) / "svar5"
        fill_returns(orebro, "Delår", Path(tmp) / "utskick5", svar, DEMO_MISTAKES, seed=2025,
                     created=CREATED)  # fmt: skip
        first = sorted(svar.glob("*.xlsx"))[0]
        written.append(_copy(first, out / "ifylld-orebro-hsn-2024.xlsx"))
        result = check_returns(orebro, [svar], period_id="Delår")
        five = consolidate(orebro, result, out / "sammanstallning-5-enheter.xlsx",
                           created=CREATED)  # fmt: skip
        written.append(five)
        # The next round: the summary with trend markers, a unit workbook with Föregående utfall.
        before = read_previous(five)
        written.append(consolidate(orebro, result, out / "sammanstallning-med-foregaende.xlsx",
                                   previous=before, previous_label="Delår 2023",
                                   created=CREATED))  # fmt: skip
        unit = orebro.units[0].id
        result = generate(orebro, "Delår", Path(tmp) / "nasta", units=[unit], created=CREATED,
                          previous_by_unit={unit: values_for_unit(before, unit)},
                          workers=1)  # fmt: skip
        written.append(_copy(result.files[0].workbook,
                             out / "enhet-med-foregaende-orebro-hsn-2024.xlsx"))  # fmt: skip
        many = _many_units(load("blekinge-primarvard-2024"), 25)
        returns = Path(tmp) / "svar25"
        fill_returns(many, "Delår", Path(tmp) / "utskick25", returns, DEMO_MISTAKES, seed=3,
                     created=CREATED)  # fmt: skip
        result = check_returns(many, [returns], period_id="Delår")
        written.append(consolidate(many, result, out / "sammanstallning-25-enheter.xlsx",
                                   created=CREATED))  # fmt: skip
        blank = out / "tom-planbok.xlsx"
        write_plan(blank_plan(), blank)
        written.append(blank)
        # A filled plan, as examples/build.py writes the example plans.
        filled = out / "planbok-orebro-hsn-2024.xlsx"
        write_plan(orebro, filled, created=CREATED)
        written.append(filled)
    return written


def _many_units(plan: Plan, count: int) -> Plan:
    units = tuple(
        Unit(f"E{n:02d}", f"Vårdcentral {n:02d}", f"Kontakt {n}", f"e{n}@example.se")
        for n in range(1, count + 1)
    )
    indicators = tuple(replace(i, units=()) for i in plan.indicators)
    return replace(plan, units=units, indicators=indicators)


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def to_pdf(workbooks: list[Path], out: Path) -> tuple[list[Path], str]:
    """Convert with one soffice run (a private profile); return the PDFs and what soffice said."""
    with tempfile.TemporaryDirectory(prefix="vpt-soffice-") as profile:
        done = subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "pdf", "--outdir", str(out), *map(str, workbooks)],
            capture_output=True, text=True, timeout=600, check=False,
            env={**os.environ, "LC_ALL": "sv_SE.UTF-8"},
        )  # fmt: skip
    pdfs = [out / f"{w.stem}.pdf" for w in workbooks]
    missing = [p.name for p in pdfs if not p.is_file()]
    if done.returncode != 0 or missing:
        raise RuntimeError(f"soffice misslyckades ({missing}): {done.stdout}{done.stderr}")
    # soffice's progress lines, one per file, and its note that this machine has no Java.
    noise = ("convert ", "Overwriting:", "Warning: failed to launch javaldx")
    said = [line for line in (done.stdout + done.stderr).splitlines()
            if line.strip() and not line.startswith(noise)]  # fmt: skip
    return pdfs, "\n".join(said)


def to_csv(workbook: Path, out: Path) -> tuple[dict[str, Path], str]:
    """Have LibreOffice open ``workbook`` and write every sheet as CSV (far quicker than a PDF of a
    big summary); return the CSVs by sheet name and what soffice said beyond its progress lines."""
    # Filter options: comma, double quote, UTF-8, from row 1, ..., -1: every sheet to its own file.
    options = "44,34,76,1,,0,false,true,false,false,false,-1"
    with tempfile.TemporaryDirectory(prefix="vpt-soffice-") as profile:
        done = subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", str(out),
             str(workbook)],
            capture_output=True, text=True, timeout=600, check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )  # fmt: skip
    # soffice names each file BOOK-SHEET.csv; the names it prints can lose their non-ASCII letters.
    sheets = {p.stem.removeprefix(f"{workbook.stem}-"): p
              for p in out.glob(f"{glob.escape(workbook.stem)}-*.csv")}  # fmt: skip
    noise = ("convert ", "Overwriting:", "Warning: failed to launch javaldx", "Writing sheet ")
    said = [line for line in (done.stdout + done.stderr).splitlines()
            if line.strip() and not line.startswith(noise)]  # fmt: skip
    if done.returncode != 0 or not sheets:
        raise RuntimeError(f"soffice misslyckades: {done.stdout}{done.stderr}")
    return sheets, "\n".join(said)


def gnumeric_warnings(workbook: Path) -> list[str]:
    """What Gnumeric says when it opens ``workbook`` (read into its own format)."""
    with tempfile.TemporaryDirectory(prefix="vpt-gnumeric-") as tmp:
        source = Path(tmp) / f"in{workbook.suffix}"
        shutil.copyfile(workbook, source)
        done = subprocess.run(
            ["ssconvert", str(source), str(Path(tmp) / "out.gnumeric")],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "HOME": tmp},
        )  # fmt: skip
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    if done.returncode != 0:
        lines.append(f"ssconvert avslutades med kod {done.returncode}")
    return lines


def unexplained(lines: list[str]) -> list[str]:
    """Gnumeric's lines other than its two known gaps and the state dump that follows them."""
    return [line for line in lines if not line.startswith(GNUMERIC_GAPS)
            and not line.startswith("\t")]  # fmt: skip


def to_png(pdf: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(pdf.with_suffix(""))],
                   check=True, timeout=300)  # fmt: skip


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    workbooks = build(out)
    pdfs, said = to_pdf(workbooks, out)
    if said:
        print(f"LibreOffice sa:\n{said}")
    for workbook, pdf in zip(workbooks, pdfs, strict=True):
        to_png(pdf)
        warnings = unexplained(gnumeric_warnings(workbook))
        print(f"{pdf.name}: " + ("; ".join(warnings) if warnings else "inga anmärkningar"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
