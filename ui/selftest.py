"""`vpt-app --selftest`: the whole follow-up round, without a screen, on a bundled example plan.

Proves that an installed app (above all the frozen one-folder bundle) works on this machine: it
reads the bundled plan, generates the units' workbooks (in worker processes, as the window does for
many units), fills them as the units would, checks the returns, writes the summary, writes the Word
report where this version has one, and builds the window and the user guide's window (its first
page and picture) on Qt's offscreen platform. Each step goes through the same engine functions as
the window's jobs, in a temporary folder that is removed afterwards, and must produce what it
should. One short Swedish line per step; exit code 0 only when every step passed.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QLibraryInfo, QTranslator, QUrl, qVersion
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from ui.guide import GuideWindow, guide_start
from ui.main_window import MainWindow
from vpt import __version__
from vpt.consolidate import consolidate
from vpt.demo import fill_returns
from vpt.generate.run import GenerateResult, generate
from vpt.model import Plan
from vpt.planbook import read_plan
from vpt.read import check_returns
from vpt.read.results import CheckResult
from vpt.resources import data_dir
from vpt.templates import load_template

__all__ = ["PLAN_FILE", "main"]

# The example plan and what a round on it must give (from examples/README.md and the plan itself:
# 5 enheter, 30 indikatorer, each of which applies to every unit in Tertial 1).
PLAN_FILE = "orebro-hsn-2024.xlsx"
PERIOD = "T1"
UNITS = 5
INDICATORS = 30
ROWS = UNITS * INDICATORS
WORKERS = 2  # the window lets generate start worker processes; prove they start when frozen
GUIDE_PICTURE = "img/app-0-start.png"  # the guide's first picture, wider than its text column


class StepFailed(Exception):
    """A step ran but did not produce what it should; the message says what, in Swedish."""


@dataclass
class _Round:
    folder: Path
    plan: Plan | None = None
    generated: GenerateResult | None = None
    returns: list[Path] = field(default_factory=list)
    result: CheckResult | None = None
    summary: Path | None = None


def _require(fact: bool, message: str) -> None:
    if not fact:
        raise StepFailed(message)


def _read_plan(r: _Round) -> str:
    path = data_dir("examples") / PLAN_FILE
    _require(path.is_file(), f"exempelplanen {path} saknas i installationen")
    plan, report = read_plan(path)
    _require(plan is not None and not report.has_errors, f"planen {path} gick inte att läsa")
    assert plan is not None
    _require(len(plan.units) == UNITS, f"{len(plan.units)} enheter, väntade {UNITS}")
    _require(
        len(plan.indicators) == INDICATORS,
        f"{len(plan.indicators)} indikatorer, väntade {INDICATORS}",
    )
    r.plan = plan
    return f"{PLAN_FILE}, {UNITS} enheter, {INDICATORS} indikatorer, inga fel"


def _generate(r: _Round) -> str:
    assert r.plan is not None
    calls: list[int] = []
    out = r.folder / "1 Utskick"
    result = generate(
        r.plan, PERIOD, out, workers=WORKERS, progress=lambda done, _t, _u: calls.append(done)
    )
    _require(not result.report.has_errors, f"{len(result.report.errors)} fel vid genereringen")
    _require(len(result.files) == UNITS, f"{len(result.files)} arbetsböcker, väntade {UNITS}")
    rows = sum(f.rows for f in result.files)
    _require(rows == ROWS, f"{rows} indikatorrader, väntade {ROWS}")
    for item in result.files:
        _require(zipfile.is_zipfile(item.workbook), f"{item.workbook.name} är ingen arbetsbok")
    _require(calls == list(range(1, UNITS + 1)), "förloppet rapporterades inte för varje enhet")
    r.generated = result
    return f"{UNITS} arbetsböcker med {ROWS} indikatorrader, i {WORKERS} processer"


def _fill(r: _Round) -> str:
    assert r.plan is not None
    returns = r.folder / "2 Inlämnade"
    written = fill_returns(r.plan, PERIOD, r.folder / "utkast", returns, seed=14)
    _require(len(written) == UNITS, f"{len(written)} ifyllda arbetsböcker, väntade {UNITS}")
    r.returns = written
    return f"{UNITS} arbetsböcker ifyllda som enheterna gör"


def _check(r: _Round) -> str:
    assert r.plan is not None
    returns = r.folder / "2 Inlämnade"
    result = check_returns(r.plan, [returns], period_id=PERIOD)
    errors = len(result.findings.errors)
    _require(len(result.files) == UNITS, f"{len(result.files)} filer lästa, väntade {UNITS}")
    _require(
        result.accepted_units == {u.id for u in r.plan.units},
        f"mottagna enheter {sorted(result.accepted_units)}",
    )
    _require(len(result.values) == ROWS, f"{len(result.values)} värden, väntade {ROWS}")
    _require(errors == 0, f"{errors} fel i svaren")
    r.result = result
    return f"{UNITS} svar mottagna, {ROWS} värden, 0 fel"


def _consolidate(r: _Round) -> str:
    assert r.plan is not None and r.result is not None
    path = consolidate(r.plan, r.result, r.folder / f"3 Sammanställning {PERIOD}.xlsx")
    _require(path.is_file(), "sammanställningen skrevs inte")
    expected = list(load_template("sammanstallning")["sheets"].values())
    workbook = load_workbook(path, read_only=True)
    try:
        _require(
            workbook.sheetnames == expected,
            f"bladen {workbook.sheetnames}, väntade {expected}",
        )
        units = {u.id for u in r.plan.units}
        indicators = {i.id for i in r.plan.indicators}
        data_rows = sum(
            1
            for row in workbook[load_template("sammanstallning")["sheets"]["data"]].iter_rows(
                values_only=True
            )
            if units.intersection(row) and indicators.intersection(row)
        )
    finally:
        workbook.close()
    _require(data_rows == ROWS, f"{data_rows} rader i bladet Data, väntade {ROWS}")
    r.summary = path
    return f"{len(expected)} blad, {ROWS} rader i Data"


def _report(r: _Round) -> str:
    if importlib.util.find_spec("vpt.report") is None:
        return "ingår inte i den här versionen, hoppas över"
    assert r.summary is not None
    write_report = getattr(importlib.import_module("vpt.report"), "write_report", None)
    _require(callable(write_report), "vpt.report saknar write_report")
    assert write_report is not None
    out = r.folder / f"4 Rapport {PERIOD}.docx"
    write_report(r.summary, out)
    _require(zipfile.is_zipfile(out), "rapporten skrevs inte som ett Word-dokument")
    with zipfile.ZipFile(out) as document:
        _require("word/document.xml" in document.namelist(), "rapporten saknar sitt innehåll")
    return "Word-rapporten skriven"


def _window(r: _Round) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, also on a build server
    app = QApplication.instance() or QApplication([sys.argv[0]])
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _require(
        QTranslator(app).load("qtbase_sv", translations),
        f"Qt:s svenska översättning qtbase_sv.qm saknas i {translations}",
    )
    window = MainWindow()
    start = guide_start()
    _require(start.is_file(), f"handledningen {start} saknas i installationen")
    guide = GuideWindow(start, window.ask, window)
    document = guide.browser.document()
    _require(document.firstBlock().text() == "Skrivbordsappen", f"handledningen {start} visas inte")
    picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(GUIDE_PICTURE))
    _require(isinstance(picture, QImage) and not picture.isNull(),
             f"handledningens bild {GUIDE_PICTURE} visas inte")  # fmt: skip
    window.close()
    window.deleteLater()
    app.processEvents()
    return f"byggt utan skärm med Qt {qVersion()}, Qt:s svenska texter och handledningen finns"


_STEPS: tuple[tuple[str, Callable[[_Round], str]], ...] = (
    ("Läsa planen", _read_plan),
    ("Skapa arbetsböcker", _generate),
    ("Fylla i", _fill),
    ("Kontrollera svaren", _check),
    ("Sammanställa", _consolidate),
    ("Rapport", _report),
    ("Fönstret", _window),
)


def _say(line: str) -> None:
    # A windowed app on Windows has no standard output unless it is redirected.
    if sys.stdout is not None:
        print(line, flush=True)


def main() -> int:
    """Run every step; 0 when all passed, 1 at the first that did not."""
    if sys.stdout is not None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    _say(f"vpt {__version__}: självtest på exempelplanen {PLAN_FILE}, period {PERIOD}")
    total = len(_STEPS)
    with tempfile.TemporaryDirectory(prefix="vpt-selftest-") as folder:
        state = _Round(Path(folder))
        for number, (title, step) in enumerate(_STEPS, start=1):
            try:
                line = step(state)
            except StepFailed as exc:
                _say(f"{number}/{total} {title}: FEL – {exc}.")
                _say("Självtestet misslyckades.")
                return 1
            except Exception as exc:  # the self-test reports, it never shows a traceback
                _say(f"{number}/{total} {title}: FEL – oväntat fel ({type(exc).__name__}: {exc}).")
                _say("Självtestet misslyckades.")
                return 1
            _say(f"{number}/{total} {title}: {line}.")
    _say("Självtestet gick igenom: vpt fungerar på den här datorn.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
