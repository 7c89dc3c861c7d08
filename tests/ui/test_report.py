"""Skapa rapport… in the real window: the Word report written from a summary, a template, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document as open_document
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.conftest import LONG, PLAN, ScriptedAsk, open_plan, returns_copy, wait_idle
from ui.ask import Kind
from ui.jobs import Progress
from ui.main_window import MainWindow

HEADER = "Region Örebro län · Hälso- och sjukvårdsnämnden"


def _summary(qtbot: QtBot, window: MainWindow, ask: ScriptedAsk, tmp_path: Path) -> Path:
    """The example round's Delår summary, written through the window."""
    open_plan(qtbot, window)
    window.returns_view.add_returns([returns_copy(tmp_path)])
    with qtbot.waitSignal(window.returns_view.checked, timeout=LONG):
        window.returns_view.check()
    ask.answers["Enheter saknas"] = 0
    out = tmp_path / "Sammanställning Delår.xlsx"
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(out)
    wait_idle(qtbot, window)
    return out


def _template(tmp_path: Path) -> Path:
    """A region's Word template with its own page header and body text that must not survive."""
    document = open_document()
    document.sections[0].header.paragraphs[0].text = HEADER
    document.add_paragraph("Mallens exempeltext som inte ska med")
    path = tmp_path / "Regionens mall.docx"
    document.save(str(path))
    return path


def _menu_action(window: MainWindow, text: str) -> QAction:
    menus = [a.menu() for a in window.menuBar().actions()]
    return next(a for m in menus if isinstance(m, QMenu) for a in m.actions() if a.text() == text)


def test_the_report_is_written_beside_the_summary_and_opened(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    report = window.summary_view.report
    assert not report.create_button.isEnabled()  # no summary yet
    opened: list[Path] = []
    window.services.open_files = True
    window.services.opener = opened.append
    summary = _summary(qtbot, window, ask, tmp_path)
    summary_bytes = summary.read_bytes()
    assert report.create_button.isEnabled()
    out = tmp_path / "Rapport Delår.docx"
    ask.files["Spara rapporten"] = out
    ask.answers["Rapporten är sparad"] = 0  # Öppna rapporten
    labels: list[str] = []
    window.runner.started.connect(labels.append)
    steps: list[Progress] = []
    window.runner.progressed.connect(steps.append)
    with qtbot.waitSignal(report.written, timeout=LONG):
        report.create_button.click()
    wait_idle(qtbot, window)
    assert ask.file_starts["Spara rapporten"] == tmp_path / "Rapport Delår.docx"
    assert labels == ["Skriver rapporten…"]
    assert steps and steps[-1].done == steps[-1].total
    assert steps[-1].what == "Sparar rapporten"
    assert out.is_file()
    document = open_document(str(out))
    assert document.core_properties.title.startswith("Uppföljningsrapport Delår: ")
    done = ask.last("Rapporten är sparad")
    assert done.kind is Kind.INFO
    assert done.buttons == ["Öppna rapporten", "Öppna mappen", "Stäng"]
    assert opened[-1:] == [out]
    assert window.statusBar().currentMessage() == f"Rapporten är sparad: {out}"
    assert summary.read_bytes() == summary_bytes  # only read
    assert window.settings.folder("rapport") == str(tmp_path)


def test_a_template_header_ends_up_in_the_report_and_is_remembered(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    summary = _summary(qtbot, window, ask, tmp_path)
    template = _template(tmp_path)
    template_bytes = template.read_bytes()
    report = window.summary_view.report
    ask.files["Mall för rapporten"] = template
    report.template_button.click()
    assert report.template.text() == str(template)
    out = tmp_path / "Rapport med mall.docx"
    with qtbot.waitSignal(report.written, timeout=LONG):
        assert report.write(summary, out)
    wait_idle(qtbot, window)
    document = open_document(str(out))
    assert document.sections[0].header.paragraphs[0].text == HEADER
    body = [p.text for p in document.paragraphs]
    assert "Mallens exempeltext som inte ska med" not in body
    assert template.read_bytes() == template_bytes
    assert window.settings.report_template() == template
    again = MainWindow(ask=ask, settings=window.settings)
    qtbot.addWidget(again)
    assert again.summary_view.report.template.text() == str(template)


def test_the_report_is_never_written_over_the_summary_or_the_template(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    summary = _summary(qtbot, window, ask, tmp_path)
    summary_bytes = summary.read_bytes()
    report = window.summary_view.report
    with qtbot.waitSignal(window.runner.failed, timeout=LONG):
        report.write(summary, summary)
    assert ask.last("vpt").kind is Kind.ERROR
    assert ask.last("vpt").text.startswith("Rapporten skrivs som Word-dokument: ange ett filnamn")
    assert summary.read_bytes() == summary_bytes
    template = _template(tmp_path)
    template_bytes = template.read_bytes()
    report.template.setText(str(template))
    with qtbot.waitSignal(window.runner.failed, timeout=LONG):
        report.write(summary, template)
    assert "är Word-mallen" in ask.last("vpt").text
    assert template.read_bytes() == template_bytes
    assert "Rapporten är sparad" not in ask.titles()


def test_a_file_that_is_no_summary_gives_a_swedish_dialog_not_a_success_line(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.xlsx"
    shutil.copy2(PLAN, plan)
    out = tmp_path / "Rapport plan.docx"
    ask.files["Skapa rapport från sammanställning"] = plan
    ask.files["Spara rapporten"] = out
    action = _menu_action(window, "Skapa &rapport från sammanställning…")
    with qtbot.waitSignal(window.runner.failed, timeout=LONG):
        action.trigger()
    assert ask.file_starts["Spara rapporten"] == out  # "Rapport " before any other name
    failure = ask.last("vpt")
    assert failure.kind is Kind.ERROR
    assert "plan.xlsx saknar bladen" in failure.text
    assert "är inte en sammanställning som vpt skrev" in failure.text
    assert "Rapporten är sparad" not in ask.titles()
    assert window.statusBar().currentMessage().startswith("Det gick inte.")
    assert not out.exists()


def test_an_existing_summary_gets_its_report_from_the_archive_menu(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    summary = _summary(qtbot, window, ask, tmp_path)
    fresh = MainWindow(ask=ask, settings=window.settings)  # a new session, no plan open
    fresh.services.open_files = False
    qtbot.addWidget(fresh)
    out = tmp_path / "Rapport Delår.docx"
    ask.files["Skapa rapport från sammanställning"] = summary
    ask.files["Spara rapporten"] = out
    with qtbot.waitSignal(fresh.summary_view.report.written, timeout=LONG):
        _menu_action(fresh, "Skapa &rapport från sammanställning…").trigger()
    wait_idle(qtbot, fresh)
    assert ask.file_starts["Skapa rapport från sammanställning"] == tmp_path  # remembered
    assert fresh.tabs.currentWidget() is fresh.summary_view
    assert out.is_file()


def test_a_missing_template_is_said_before_anything_runs(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    report = window.summary_view.report
    report.template.setText(str(tmp_path / "borta.docx"))
    started: list[str] = []
    window.runner.started.connect(started.append)
    assert not report.write(tmp_path / "Sammanställning.xlsx", tmp_path / "Rapport.docx")
    told = ask.last("Rapport")
    assert told.kind is Kind.ERROR
    assert told.text.startswith(f"Mallen {tmp_path / 'borta.docx'} finns inte.")
    assert started == []


def test_a_cancelled_report_leaves_no_file(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    summary = _summary(qtbot, window, ask, tmp_path)
    out = tmp_path / "Rapport Delår.docx"
    with qtbot.waitSignal(window.runner.cancelled, timeout=LONG):
        assert window.summary_view.report.write(summary, out)
        window.cancel_button.click()  # before the first step is reported
    wait_idle(qtbot, window)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx" or "Rapport" in p.name] == []
    assert "Rapporten är sparad" not in ask.titles()
    assert window.statusBar().currentMessage() == "Avbrutet. Det som redan var klart finns kvar."
