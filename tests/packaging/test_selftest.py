"""`vpt-app --selftest` from the source tree: every step passes, and a broken install fails it.

The frozen app runs the same self-test in test_bundle.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What the round on orebro-hsn-2024.xlsx must print (the plan has 5 enheter and 30 indikatorer,
# all of which apply to every unit in Tertial 1).
EXPECTED_STEPS = [
    "vpt 0.1.0: självtest på exempelplanen orebro-hsn-2024.xlsx, period T1",
    "1/7 Läsa planen: orebro-hsn-2024.xlsx, 5 enheter, 30 indikatorer, inga fel.",
    "2/7 Skapa arbetsböcker: 5 arbetsböcker med 150 indikatorrader, i 2 processer.",
    "3/7 Fylla i: 5 arbetsböcker ifyllda som enheterna gör.",
    "4/7 Kontrollera svaren: 5 svar mottagna, 150 värden, 0 fel.",
    "5/7 Sammanställa: 7 blad, 150 rader i Data.",
]
REPORT_LINES = {
    "6/7 Rapport: ingår inte i den här versionen, hoppas över.",
    "6/7 Rapport: Word-rapporten skriven.",
}
LAST = "Självtestet gick igenom: vpt fungerar på den här datorn."


def headless_env() -> dict[str, str]:
    """No screen at all: no DISPLAY, no WAYLAND_DISPLAY, no platform chosen for Qt."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}  # fmt: skip
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def check_output(lines: list[str]) -> None:
    """The lines a passing self-test prints, in order."""
    assert lines[:6] == EXPECTED_STEPS
    assert lines[6] in REPORT_LINES
    assert lines[7].startswith("7/7 Fönstret: byggt utan skärm med Qt 6.")
    assert lines[7].endswith(", Qt:s svenska texter och handledningen finns.")
    assert lines[8:] == [LAST]


def test_selftest_passes_without_a_screen(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "ui.app", "--selftest"],
        check=False, cwd=ROOT, env=headless_env(), capture_output=True, text=True,
        encoding="utf-8",
        timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    check_output(run.stdout.splitlines())
    assert run.stderr == ""


def test_selftest_fails_when_the_examples_are_missing(tmp_path: Path) -> None:
    """A bundle without its examples folder (sys._MEIPASS points at an empty folder) fails step 1."""
    code = (
        "import sys; sys._MEIPASS = sys.argv[1]; "
        "from ui.app import main; raise SystemExit(main(['vpt-app', '--selftest']))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        check=False, cwd=ROOT, env=headless_env(), capture_output=True, text=True,
        encoding="utf-8",
        timeout=300,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stdout.splitlines()[1:] == [
        f"1/7 Läsa planen: FEL – exempelplanen {tmp_path / 'examples' / 'orebro-hsn-2024.xlsx'} saknas i "
        "installationen.",
        "Självtestet misslyckades.",
    ]
    assert "Traceback" not in run.stdout + run.stderr


def test_cli_through_the_app(tmp_path: Path) -> None:
    """`vpt-app --cli …` is the command line (for a machine that only has the app's program)."""
    run = subprocess.run(
        [sys.executable, "-m", "ui.app", "--cli", "plan", "check",
         str(ROOT / "examples" / "orebro-hsn-2024.xlsx")],
        check=False, cwd=ROOT, env=headless_env(), capture_output=True, text=True,
        encoding="utf-8",
        timeout=120,
    )  # fmt: skip
    assert run.returncode == 0
    assert run.stdout.splitlines()[-1] == "Planen är klar att använda."
