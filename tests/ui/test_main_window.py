"""The desktop app in a real Qt event loop (offscreen): plan, utskick, inläsning, sammanställning."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.findings_model import COL_FILE, COL_MESSAGE, COL_PLACE, COL_SEVERITY, FindingsModel
from ui.main_window import MainWindow
from vpt.findings import Finding, Severity

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PLAN = EXAMPLES / "orebro-hsn-2024.xlsx"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    window.show_dialogs = False
    qtbot.addWidget(window)
    return window


def test_findings_model_rows_without_a_widget() -> None:
    model = FindingsModel()
    finding = Finding(
        "missing-outcome", Severity.ERROR, "Fyll i utfall.", file="/svar/mars/a.xlsx",
        sheet="Uppföljning", cell="I7",
    )  # fmt: skip
    model.set_rows([finding])
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_SEVERITY)) == "✖ fel"
    assert model.data(model.index(0, COL_PLACE)) == "Uppföljning!I7"
    assert model.data(model.index(0, COL_MESSAGE)) == "Fyll i utfall."
    assert model.data(model.index(0, COL_FILE)) == "a.xlsx"
    assert model.data(model.index(0, COL_FILE), Qt.ItemDataRole.ToolTipRole) == "/svar/mars/a.xlsx"


def test_opening_a_plan_shows_its_summary_and_periods(window: MainWindow) -> None:
    assert not window.generate_button.isEnabled()
    window.load_plan(PLAN)
    assert "Hälso- och sjukvårdsnämndens verksamhetsplan 2024" in window.plan_label.text()
    assert window.period_box.count() == 3
    assert window.generate_button.isEnabled()
    assert not window.check_button.isEnabled()


def test_a_file_that_is_no_plan_gives_findings_not_a_crash(
    window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"inte en arbetsbok")
    window.load_plan(bad)
    assert window.plan is None
    assert "går inte att använda" in window.plan_label.text()
    assert window.findings.rowCount() == 1
    assert not window.generate_button.isEnabled()


def test_generate_check_and_consolidate_in_a_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.load_plan(PLAN)
    out = tmp_path / "utskick"
    with qtbot.waitSignal(window.job_done, timeout=60_000) as done:
        window.generate_to(out)
    workbooks = sorted(out.glob("*.xlsx"))
    assert len(workbooks) == 5
    assert "Skapade 5 arbetsböcker" in done.args[0]

    window.add_returns([out])
    assert window.check_button.isEnabled()
    with qtbot.waitSignal(window.job_done, timeout=60_000) as done:
        window.check()
    assert window.result is not None
    assert {f.unit_id for f in window.result.files if f.accepted} == {
        u.id
        for u in window.plan.units  # type: ignore[union-attr]
    }
    # Nothing was filled in: every unit is told to fill in its utfall.
    assert window.findings.rowCount() > 0

    summary = tmp_path / "sammanstallning.xlsx"
    with qtbot.waitSignal(window.job_done, timeout=60_000):
        window.consolidate_to(summary)
    assert summary.is_file()


def test_a_failing_job_reports_in_swedish_and_re_enables_the_window(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.load_plan(PLAN)
    blocker = tmp_path / "fil"
    blocker.write_text("en fil där mappen skulle ligga", encoding="utf-8")
    with qtbot.waitSignal(window.job_failed, timeout=30_000) as failed:
        window.generate_to(blocker / "utskick")
    assert failed.args[0].startswith(f"Mappen {blocker / 'utskick'} kan inte skapas")
    assert window.isEnabled()


def test_the_demo_fills_the_window_with_a_whole_round(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.job_done, timeout=60_000) as done:
        window.run_demo(tmp_path / "exempel")
    assert "Sammanställningen" in done.args[0]
    assert window.plan is not None and window.plan.name == "Bilaga Uppföljning 2024"
    assert window.returns == [tmp_path / "exempel" / "2 Inlämnade"]
    assert window.check_button.isEnabled()
    messages = [window.findings.finding(r).message for r in range(window.findings.rowCount())]
    assert any("Menade du 87 %" in m for m in messages)
