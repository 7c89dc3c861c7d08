"""The real main window, step by step, in a real Qt event loop with real files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from pytestqt.qtbot import QtBot

from tests.ui.conftest import (
    EXAMPLES,
    LONG,
    PLAN,
    RETURNS,
    ScriptedAsk,
    open_plan,
    plan_with_an_error,
    returns_copy,
    wait_idle,
)
from ui.ask import Kind
from ui.main_window import MINIMUM, MainWindow
from ui.settings import Settings


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree_texts(window: MainWindow) -> list[tuple[str, str, str]]:
    found = []
    tree = window.plan_view.tree
    stack = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        found.append((item.text(0), item.text(1), item.text(2)))
        stack[:0] = [item.child(n) for n in range(item.childCount())]
    return found


def test_opening_a_plan_shows_its_goals_and_how_each_target_is_read(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_plan(qtbot, window)
    texts = _tree_texts(window)
    assert texts[0][0].startswith("Perspektiv P1")
    read = {target: reading for _, target, reading in texts if target}
    # The wording of describe_target grows (lane i10); what it starts with and says stays.
    assert read["minst 90 procent"].startswith("minst 90 %")
    assert read["> 90 %"].startswith("över 90 %")
    assert read["i ökad omfattning i jämförelse med föregående år"].startswith("öka")
    for shown in ("minst 90 procent", "> 90 %", "i ökad omfattning i jämförelse med föregående år"):
        assert "högre är bättre" in read[shown]
    assert read["Förbättrade"] == "text: enhetens egen bedömning"
    assert not window.send_view.banner.isVisible()
    assert window.send_view.generate_button.isEnabled()
    assert window.send_view.period_box.count() == 3
    assert window.send_view.chosen_units() == ["USÖ", "LSV", "NSV", "PSY", "DIAG"]


def test_a_plan_with_errors_blocks_utskick_with_the_reason(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window, plan_with_an_error(tmp_path))
    banner = window.send_view.banner
    assert banner.isVisibleTo(window.send_view)
    assert banner.text() == (
        "✖ Planen har 1 fel. Rätta dem i planboken (se steget Plan) och öppna den igen innan "
        "utskicket."
    )
    assert not window.send_view.generate_button.isEnabled()
    out = tmp_path / "utskick"
    window.send_view.generate_to(out)  # also when asked directly
    assert ask.last("Utskick").text.startswith("Planen har 1 fel.")
    assert not out.exists()
    assert not window.runner.busy


def test_generate_keeps_a_returned_workbook_byte_for_byte(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    out = returns_copy(tmp_path, "LSV Område länssjukvård.xlsx")
    returned = out / "Uppföljning Delår LSV Område länssjukvård.xlsx"
    before = _digest(returned)
    open_plan(qtbot, window)
    window.send_view.period_box.setCurrentIndex(1)  # Delår: the same names as the return
    ask.answers["Mappen är inte tom"] = 0
    with qtbot.waitSignal(window.send_view.generated, timeout=LONG) as generated:
        window.send_view.generate_to(out)
    question = ask.last("Mappen är inte tom")
    assert "Behålls orörda, 1 st." in question.details
    assert "• Uppföljning Delår LSV Område länssjukvård.xlsx – arbetsboken är ifylld" in (
        question.details
    )
    assert question.buttons == ["Skapa arbetsböckerna", "Avbryt"]
    assert _digest(returned) == before
    assert len(generated.args[0].files) == 5
    assert len(list(out.glob("*.xlsx"))) == 6  # the return kept, LSV's new one beside it
    assert ask.last("Utskicket är klart").buttons == ["Öppna mappen", "Stäng"]


def test_answering_avbryt_to_a_non_empty_folder_writes_nothing(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    out = returns_copy(tmp_path, "LSV Område länssjukvård.xlsx")
    open_plan(qtbot, window)
    window.send_view.period_box.setCurrentIndex(1)
    window.send_view.generate_to(out)
    wait_idle(qtbot, window)
    assert "Mappen är inte tom" in ask.titles()
    assert sorted(p.name for p in out.iterdir()) == [
        "Uppföljning Delår LSV Område länssjukvård.xlsx"
    ]


def test_one_unit_can_be_sent_again(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_plan(qtbot, window)
    window.send_view.set_units(["PSY"])
    window.send_view.eml_box.setChecked(False)
    out = tmp_path / "utskick"
    with qtbot.waitSignal(window.send_view.generated, timeout=LONG):
        window.send_view.generate_to(out)
    assert [p.name for p in out.iterdir()] == ["Uppföljning Tertial 1 PSY Område psykiatri.xlsx"]


def test_cancel_during_generate_writes_nothing_after_cancelled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    out = tmp_path / "utskick"
    window.runner.progressed.connect(lambda _p: window.cancel_button.click())
    with qtbot.waitSignal(window.runner.cancelled, timeout=LONG):
        window.send_view.generate_to(out)
    written = sorted(out.iterdir())
    assert 1 <= len([p for p in written if p.suffix == ".xlsx"]) < 5
    qtbot.wait(1500)
    assert sorted(out.iterdir()) == written
    assert window.statusBar().currentMessage().startswith("Avbrutet.")
    assert window.tabs.isEnabled()


def test_period_is_taken_from_the_returns(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_plan(qtbot, window)
    view = window.returns_view
    view.add_returns([returns_copy(tmp_path)])
    with qtbot.waitSignal(view.checked, timeout=LONG):
        view.check()
    result = window.round.result
    assert result is not None and result.period_id == "Delår"
    assert result.accepted_units == {"USÖ", "LSV", "NSV", "PSY"}
    states = [(r.unit_id, r.state) for r in view.units.rows()]
    assert states == [
        ("USÖ", "Mottagen"), ("LSV", "Mottagen"), ("NSV", "Mottagen"), ("PSY", "Mottagen"),
        ("DIAG", "Saknas"),
    ]  # fmt: skip
    assert view.banner.text().startswith(
        "ℹ Period: Delår (tagen från svaren). 4 enheter mottagna, 1 saknas,"
    )


def test_a_period_that_rejects_every_return_is_questioned(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    view = window.returns_view
    view.add_returns([returns_copy(tmp_path)])
    view.period_box.setCurrentIndex(view.period_box.findData("T1"))
    view.period_box.activated.emit(view.period_box.currentIndex())
    ask.answers["Inga svar gäller perioden"] = 0
    with qtbot.waitSignal(view.checked, timeout=LONG):
        view.check()
    question = ask.last("Inga svar gäller perioden")
    assert question.text.startswith("Inget av svaren gäller Tertial 1; 5 filer gäller Delår.")
    assert window.round.result is not None and window.round.result.period_id == "Delår"
    assert len(window.round.result.accepted_units) == 4


def test_returns_of_two_periods_ask_which_one(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    t1 = tmp_path / "t1"
    window.send_view.set_units(["USÖ"])
    window.send_view.eml_box.setChecked(False)
    with qtbot.waitSignal(window.send_view.generated, timeout=LONG):
        window.send_view.generate_to(t1)
    view = window.returns_view
    view.add_returns([returns_copy(tmp_path), t1])
    ask.answers["Svaren gäller olika perioder"] = 1  # the second most common: T1
    with qtbot.waitSignal(view.checked, timeout=LONG):
        view.check()
    question = ask.last("Svaren gäller olika perioder")
    assert question.buttons == ["Delår", "Tertial 1", "Avbryt"]
    assert window.round.result is not None and window.round.result.period_id == "T1"
    assert window.round.result.accepted_units == {"USÖ"}


def test_opening_another_plan_asks_and_empties_the_returns(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    window.returns_view.add_returns([RETURNS])
    window.plan_view.load_plan(PLAN)  # answered Avbryt: nothing happens
    assert window.round.returns == [RETURNS]
    ask.answers["Öppna en annan plan"] = 0
    open_plan(qtbot, window)
    assert window.round.returns == []
    assert window.returns_view.files.count() == 0


def test_a_dropped_file_is_taken_as_a_copy(window: MainWindow, qtbot: QtBot) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(PLAN))])
    event = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, data,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dragEnterEvent(event)
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction
    with qtbot.waitSignal(window.plan_view.opened, timeout=LONG):
        window.take_dropped([PLAN])  # on the Plan step a workbook is the plan
    window.take_dropped([RETURNS])
    assert window.round.returns == [RETURNS]
    assert window.tabs.currentIndex() == 2


def test_the_menu_bar_has_mnemonics_and_shortcuts(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Arkiv", "&Redigera", "&Hjälp"]
    shortcuts = {
        a.text(): a.shortcut().toString()
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if not a.shortcut().isEmpty()
    }
    assert shortcuts["&Öppna plan…"] == "Ctrl+O"
    assert shortcuts["&Skriv sammanställningen…"] == "Ctrl+S"
    assert shortcuts["&Användarhandledning"] == "F1"


def test_the_window_fits_a_laptop_screen_at_150_percent(window: MainWindow) -> None:
    assert MINIMUM[0] <= 910 and MINIMUM[1] <= 512
    window.resize(*MINIMUM)
    hint = window.minimumSizeHint()
    assert hint.width() <= 910 and hint.height() <= 512


def test_about_names_the_version(window: MainWindow, ask: ScriptedAsk) -> None:
    window.about()
    about = ask.last("Om vpt")
    assert about.kind is Kind.INFO
    assert about.text.startswith("vpt 0.")


def test_a_recent_plan_opens_from_the_arkiv_menu(window: MainWindow, qtbot: QtBot) -> None:
    open_plan(qtbot, window)
    assert window.settings.recent_plans() == [PLAN.resolve()]
    window._fill_recent()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == ["&1 orebro-hsn-2024.xlsx"]
    with qtbot.waitSignal(window.plan_view.opened, timeout=LONG):
        actions[0].trigger()


def test_a_saved_window_larger_than_the_screen_is_shrunk_to_it(
    qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "vpt.ini"), QSettings.Format.IniFormat))
    big = MainWindow(ask=ask, settings=settings)
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 3000, 2000)
    assert big.width() == 3000
    big.close()  # saves the geometry
    again = MainWindow(ask=ask, settings=settings)
    qtbot.addWidget(again)
    screen = again.screen().availableGeometry()
    assert screen.width() < 3000
    assert again.width() <= max(screen.width(), MINIMUM[0])
    assert again.height() <= max(screen.height(), MINIMUM[1])


def test_the_demo_opens_its_plan_and_returns_for_checking(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.plan_view.opened, timeout=LONG):
        window.plan_view.run_demo(tmp_path / "exempel")
    assert window.round.plan is not None
    assert window.round.plan_path == EXAMPLES / "blekinge-primarvard-2024.xlsx"
    assert window.round.returns == [tmp_path / "exempel" / "2 Inlämnade"]
    with qtbot.waitSignal(window.returns_view.checked, timeout=LONG):
        window.returns_view.check()
    messages = [window.returns_view.findings.finding(n).message
                for n in range(window.returns_view.findings.rowCount())]  # fmt: skip
    assert any("Menade du 87 %" in m for m in messages)


def test_a_new_blank_plan_is_written_and_opened_but_never_over_a_file(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    path = tmp_path / "Verksamhetsplan"
    with qtbot.waitSignal(window.plan_view.opened, timeout=LONG):
        window.plan_view.new_plan(path)
    written = tmp_path / "Verksamhetsplan.xlsx"
    assert window.round.plan_path == written
    assert window.round.plan is not None
    before = written.read_bytes()
    window.plan_view.new_plan(written)
    assert ask.last("Ny tom plan").text.startswith("Verksamhetsplan.xlsx finns redan.")
    assert written.read_bytes() == before


def test_returns_are_removed_and_cleared_from_the_list_only(
    window: MainWindow, qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    open_plan(qtbot, window)
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    first.write_bytes(b"a")
    second.write_bytes(b"b")
    view = window.returns_view
    view.add_returns([first, second])
    view.files.item(0).setSelected(True)
    view.remove_selected()
    assert window.round.returns == [second]
    view.clear()  # answered Avbryt
    assert window.round.returns == [second]
    ask.answers["Töm listan"] = 0
    view.clear()
    assert window.round.returns == []
    assert first.read_bytes() == b"a" and second.read_bytes() == b"b"
