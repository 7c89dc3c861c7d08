"""Inlämning and Sammanställning in the real window: warnings, reuse, cancel, failures, closing."""

from __future__ import annotations

import email
import os
from email.policy import default
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import LONG, PLAN, ScriptedAsk, open_plan, returns_copy, wait_idle
from ui.ask import Kind
from ui.main_window import MainWindow
from ui.models import units as um


def _checked(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    window.returns_view.add_returns([folder])
    with qtbot.waitSignal(window.returns_view.checked, timeout=LONG):
        window.returns_view.check()


def _started(window: MainWindow) -> list[str]:
    labels: list[str] = []
    window.runner.started.connect(labels.append)
    return labels


def test_a_summary_with_missing_units_is_warned_about_first(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path, "LSV Område", "NSV Område"))
    out = tmp_path / "Sammanställning.xlsx"
    window.summary_view.write_to(out)  # answered Avbryt
    question = ask.last("Enheter saknas")
    assert question.text.startswith("3 av 5 enheter saknas – skriva ändå?")
    assert "USÖ Universitetssjukhuset Örebro, PSY Område psykiatri, DIAG" in question.text
    assert question.buttons == ["Skriv ändå", "Avbryt"]
    assert not out.exists()
    ask.answers["Enheter saknas"] = 0
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(out)
    assert out.is_file()
    done = ask.last("Sammanställningen är sparad")
    assert done.buttons == ["Öppna sammanställningen", "Öppna mappen", "Stäng"]
    model = window.summary_view.rollup
    across = Qt.Orientation.Horizontal
    assert [model.headerData(c, across) for c in range(model.columnCount())] == [
        "Mål", "Alla enheter", "USÖ", "LSV", "NSV", "PSY", "DIAG",
    ]  # fmt: skip
    assert model.headerData(2, across, Qt.ItemDataRole.ToolTipRole) == (
        "USÖ Universitetssjukhuset Örebro"
    )
    cells = {model.index(0, c).data() for c in range(2, model.columnCount())}
    assert "Saknas" in cells  # USÖ, PSY, DIAG returned nothing
    assert window.summary_view.open_button.isEnabled()


def test_zero_accepted_returns_are_warned_about(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    empty = tmp_path / "tomt"
    empty.mkdir()
    (empty / "anteckning.xlsx").write_bytes(b"inte en arbetsbok")
    _checked(qtbot, window, empty)
    out = tmp_path / "Sammanställning.xlsx"
    window.summary_view.write_to(out)
    wait_idle(qtbot, window)
    assert ask.last("Inga godtagna svar").text.startswith("0 svar godtogs för perioden.")
    assert not out.exists()


def test_the_summary_reuses_the_check_until_a_file_changes(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    folder = returns_copy(tmp_path)
    _checked(qtbot, window, folder)
    ask.answers["Enheter saknas"] = 0
    labels = _started(window)
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(tmp_path / "a.xlsx")
    assert labels == ["Skriver sammanställningen…"]
    changed = folder / "Uppföljning Delår NSV Område närsjukvård.xlsx"
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(tmp_path / "b.xlsx")
    assert labels[1:] == [
        "Kontrollerar svaren före sammanställningen…", "Skriver sammanställningen…",
    ]  # fmt: skip


def test_an_unwritable_folder_gives_a_swedish_dialog_not_a_success_line(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path))
    ask.answers["Enheter saknas"] = 0
    # Root ignores a folder's permission bits; /sys refuses new files to everyone.
    folder = Path("/sys") if os.geteuid() == 0 else tmp_path / "skrivskyddad"
    if folder != Path("/sys"):
        folder.mkdir()
        folder.chmod(0o555)
    with qtbot.waitSignal(window.runner.failed, timeout=LONG):
        window.summary_view.write_to(folder / "Sammanställning.xlsx")
    failure = ask.last("vpt")
    assert failure.kind is Kind.ERROR
    assert failure.text.startswith(f"Det går inte att skriva i mappen {folder} (")
    assert "Sammanställningen är sparad" not in ask.titles()
    assert window.statusBar().currentMessage().startswith("Det gick inte.")
    assert window.round.summary_path is None


def test_a_summary_open_in_excel_is_not_replaced(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path))
    ask.answers["Enheter saknas"] = 0
    out = tmp_path / "Sammanställning.xlsx"
    out.write_bytes(b"den gamla")
    (tmp_path / "~$Sammanställning.xlsx").write_bytes(b"")
    with qtbot.waitSignal(window.runner.failed, timeout=LONG):
        window.summary_view.write_to(out)
    assert "verkar vara öppen i Excel eller LibreOffice" in ask.last("vpt").text
    assert out.read_bytes() == b"den gamla"


def test_cancel_during_check_stops_between_files(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    window.returns_view.add_returns([returns_copy(tmp_path)])
    with qtbot.waitSignal(window.runner.cancelled, timeout=LONG):
        window.returns_view.check()
        window.cancel_button.click()  # the job stops after the file it is reading
    assert window.round.result is None
    assert window.returns_view.check_button.isEnabled()


def test_closing_during_work_asks_cancels_and_waits(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    out = tmp_path / "utskick"
    ask.answers["Arbete pågår"] = 0
    window.runner.progressed.connect(lambda _p: window.close() if window.isVisible() else None)
    window.send_view.generate_to(out)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=LONG)
    assert "Arbete pågår" in ask.titles()
    assert window.runner.job is None or window.runner.job.done
    written = sorted(out.iterdir())
    assert len([p for p in written if p.suffix == ".xlsx"]) < 5
    qtbot.wait(1500)
    assert sorted(out.iterdir()) == written


def test_closing_during_work_can_be_refused(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    window.send_view.eml_box.setChecked(False)
    refused: list[bool] = []

    def close_once(_p: object) -> None:
        if not refused:
            refused.append(window.close())

    window.runner.progressed.connect(close_once)
    with qtbot.waitSignal(window.send_view.generated, timeout=LONG) as generated:
        window.send_view.generate_to(tmp_path / "utskick")
    assert refused == [False]
    assert window.isVisible()
    assert len(generated.args[0].files) == 5


def test_reminders_go_to_the_units_that_have_not_returned(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path, "LSV Område", "NSV Område", "PSY Område"))
    drafts = window.returns_view.write_reminders(tmp_path / "påminnelser")
    assert sorted(p.name for p in drafts) == [
        "Påminnelse DIAG Område diagnostik.eml", "Påminnelse USÖ Universitetssjukhuset Örebro.eml",
    ]  # fmt: skip
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == (
        "Påminnelse: uppföljning Delår av Hälso- och sjukvårdsnämndens verksamhetsplan 2024"
    )
    assert "senast 2024-09-13" in message.get_body().get_content()  # type: ignore[union-attr]


def test_a_correction_list_per_unit_goes_to_the_clipboard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path))
    view = window.returns_view
    rows = view.units.rows()
    with_errors = next(
        n for n, r in enumerate(rows) if r.state == um.RECEIVED and r.errors + r.warnings
    )
    view.units_view.selectRow(with_errors)
    text = view.copy_corrections()
    assert text.startswith(f"Hej {window.round.plan.unit(rows[with_errors].unit_id).contact}")  # type: ignore[union-attr]
    assert "[Uppföljning!" in text
    assert QGuiApplication.clipboard().text() == text
    draft = view.write_corrections(rows[with_errors], tmp_path / "rättelser")
    assert draft is not None
    message = email.message_from_bytes(draft.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == (
        "Rättelser i uppföljningen av Hälso- och sjukvårdsnämndens verksamhetsplan 2024"
    )
    body = message.get_body().get_content()  # type: ignore[union-attr]
    assert body.replace("\r\n", "\n").strip() == text.strip()


def test_findings_are_exported_with_the_words_of_the_fynd_sheet(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path))
    view = window.returns_view
    shown = view.findings.rowCount()
    out = tmp_path / "Anmärkningar.xlsx"
    with qtbot.waitSignal(window.runner.succeeded, timeout=LONG):
        view.export_to(out)
    sheet = load_workbook(out)["Fynd"]
    assert [c.value for c in sheet[3]] == [
        "Allvarlighet", "Kod", "Fil", "Blad", "Cell", "Meddelande", "Värde",
    ]  # fmt: skip
    assert sheet.max_row == 3 + shown


def test_a_summary_without_a_check_takes_the_period_of_the_returns_after_asking(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    view = window.returns_view
    view.add_returns([returns_copy(tmp_path)])
    view.period_box.setCurrentIndex(view.period_box.findData("T1"))
    view.period_box.activated.emit(view.period_box.currentIndex())
    ask.answers["Inga svar gäller perioden"] = 0
    ask.answers["Enheter saknas"] = 0
    out = tmp_path / "Sammanställning.xlsx"
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(out)
    assert ask.titles()[:2] == ["Inga svar gäller perioden", "Enheter saknas"]
    assert ask.last("Enheter saknas").text.startswith("1 av 5 enheter saknas – skriva ändå?")
    assert window.round.summary is not None and window.round.summary.period_id == "Delår"


def test_the_summary_is_suggested_beside_the_returns(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path))
    assert window.summary_view.target.text() == str(tmp_path / "Sammanställning Delår.xlsx")


def test_the_previous_summary_prefills_the_next_utskick(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path))
    ask.answers["Enheter saknas"] = 0
    summary = tmp_path / "Sammanställning Delår.xlsx"
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(summary)
    send = window.send_view
    send.period_box.setCurrentIndex(send.period_box.findData("Helår"))
    send.set_units(["LSV"])
    send.eml_box.setChecked(False)
    send.previous.setText(str(summary))
    out = tmp_path / "helår"
    with qtbot.waitSignal(send.generated, timeout=LONG) as generated:
        send.generate_to(out)
    sheet = load_workbook(generated.args[0].files[0].workbook)["Uppföljning"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}
    assert sheet.cell(row=4, column=7).value == "Föregående utfall"
    assert rows["I1.2"][6] == 44.5  # LSV typed "44,5" for Delår
    assert rows["I2.2"][6] == 0.892  # a percent cell: shown as 89,2 %


def test_a_chosen_finding_is_shown_in_full_below_the_table(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    _checked(qtbot, window, returns_copy(tmp_path, "NSV Område"))
    panel = window.returns_view.panel
    panel.view.selectRow(0)
    first = panel.findings.finding(0)
    assert panel.detail.text() == (
        f"{first.severity.label.capitalize()} [{first.place}]: {first.message}\n{first.file}"
    )
    panel.severity_boxes[first.severity].setChecked(False)
    assert panel.findings.rowCount() < panel.findings.total
    assert panel.count_label.text().startswith(f"Visar {panel.findings.rowCount()} av ")


def test_the_summary_is_never_written_over_a_file_vpt_reads(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    folder = returns_copy(tmp_path, "NSV Område")
    _checked(qtbot, window, folder)
    returned = folder / "Uppföljning Delår NSV Område närsjukvård.xlsx"
    before = returned.read_bytes()
    window.summary_view.write_to(returned)
    assert not window.runner.busy
    refusal = ask.last("Sammanställning")
    assert refusal.kind is Kind.ERROR
    assert refusal.text.startswith(f"{returned} ligger i mappen med inlämnade arbetsböcker")
    window.summary_view.write_to(PLAN)
    assert ask.last("Sammanställning").text.startswith(f"{PLAN} är planen, som vpt läser")
    assert returned.read_bytes() == before
    window.returns_view.export_to(returned)  # nor the exported Anmärkningar
    assert ask.last("Anmärkningar").text.startswith(
        "Uppföljning Delår NSV Område närsjukvård.xlsx är en av filerna som vpt läser."
    )
    assert returned.read_bytes() == before


def test_the_written_summary_and_a_returned_file_open_in_their_program(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    opened: list[Path] = []
    window.services.open_files = True
    window.services.opener = opened.append
    open_plan(qtbot, window)
    folder = returns_copy(tmp_path, "NSV Område")
    _checked(qtbot, window, folder)
    panel = window.returns_view.panel
    panel.view.doubleClicked.emit(panel.findings.index(0, 0))
    assert opened == [folder / "Uppföljning Delår NSV Område närsjukvård.xlsx"]
    ask.answers["Enheter saknas"] = 0
    ask.answers["Sammanställningen är sparad"] = 0  # Öppna sammanställningen
    out = tmp_path / "Sammanställning.xlsx"
    with qtbot.waitSignal(window.summary_view.written, timeout=LONG):
        window.summary_view.write_to(out)
    assert opened[1:] == [out]
    window.summary_view.folder_button.click()
    assert opened[2:] == [tmp_path]
