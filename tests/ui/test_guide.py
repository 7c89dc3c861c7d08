"""Hjälp › Användarhandledning: the Swedish guide in the app's own window, pictures and links."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ScriptedAsk
from ui.guide import READABLE, TITLE, GuideWindow, slug
from ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parents[2] / "docs"
IMAGE = QTextDocument.ResourceType.ImageResource


def _opened(window: MainWindow) -> GuideWindow:
    window.open_guide()
    guide = window.guide
    assert guide is not None
    return guide


def _heading(guide: GuideWindow) -> str:
    return guide.browser.document().firstBlock().text()


def _click_link(qtbot: QtBot, guide: GuideWindow, href: str) -> None:
    """Click the first link to ``href`` on the page with the mouse, as a reader does."""
    browser = guide.browser
    block = browser.document().firstBlock()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                qtbot.mouseClick(
                    browser.viewport(), Qt.MouseButton.LeftButton,
                    pos=browser.cursorRect(cursor).center(),
                )  # fmt: skip
                return
            fragments += 1
        block = block.next()
    pytest.fail(f"no link to {href} on {guide.page().name}")


def test_help_shows_the_guide_in_a_window_of_its_own(window: MainWindow, ask: ScriptedAsk) -> None:
    guide = _opened(window)
    assert guide.isVisible()
    assert not guide.isModal()
    assert guide.windowTitle() == "Användarhandledning – vpt" == TITLE
    assert guide.page() == DOCS / "app.md"
    assert _heading(guide) == "Skrivbordsappen"
    assert guide.browser.document().firstBlock().blockFormat().headingLevel() == 1
    assert [b.text() for b in (guide.back_button, guide.forward_button, guide.close_button)] == [
        "◀ &Bakåt", "&Framåt ▶", "&Stäng",
    ]  # fmt: skip
    assert not guide.back_button.isEnabled()
    assert ask.titles() == []


def test_a_wide_picture_is_fitted_into_the_text_column_and_a_small_one_kept(
    window: MainWindow,
) -> None:
    document = _opened(window).browser.document()
    wide = document.resource(IMAGE, QUrl("img/app-0-start.png"))  # 1100 × 700 on disk
    assert isinstance(wide, QImage)
    assert not wide.isNull()
    # the column is 760 wide less the page margin of 16 on both sides: 728; 700 × 728 / 1100 = 463
    assert (wide.width(), wide.height()) == (728, 463)
    small = document.resource(IMAGE, QUrl("img/app-fraga-mapp.png"))  # 400 × 182 on disk
    assert isinstance(small, QImage | QPixmap)
    assert (small.width(), small.height()) == (400, 182)


def test_a_link_to_another_page_opens_it_in_the_same_window_and_back_returns(
    window: MainWindow, qtbot: QtBot
) -> None:
    guide = _opened(window)
    qtbot.mouseClick(guide.contents_button, Qt.MouseButton.LeftButton)
    assert guide.page() == DOCS / "index.md"
    assert _heading(guide) == "vpt – användarhandledning"
    _click_link(qtbot, guide, "malvarden.md")
    assert guide.page() == DOCS / "malvarden.md"
    assert _heading(guide) == "Så läser vpt målvärden"
    assert guide.back_button.isEnabled()
    assert not guide.forward_button.isEnabled()
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.page() == DOCS / "index.md"
    assert guide.forward_button.isEnabled()
    qtbot.mouseClick(guide.forward_button, Qt.MouseButton.LeftButton)
    assert _heading(guide) == "Så läser vpt målvärden"


@pytest.mark.parametrize(
    ("page", "link", "heading"),
    [
        ("sammanstallning.md", "#historik-med---previous", "Historik med --previous"),
        ("rapport.md", "app.md#rapport-till-nämnden", "Rapport till nämnden"),
    ],
)
def test_a_link_to_a_heading_scrolls_to_it(
    window: MainWindow, page: str, link: str, heading: str
) -> None:
    guide = _opened(window)
    guide.resize(900, 600)
    guide.show_page(DOCS / page)
    assert guide.browser.verticalScrollBar().value() == 0
    guide.follow(QUrl(link))  # as the page's own link says
    browser = guide.browser
    block = browser.document().firstBlock()
    while block.text() != heading:
        block = block.next()
    top = browser.document().documentLayout().blockBoundingRect(block).top()
    shown_at = top - browser.verticalScrollBar().value()
    assert 0 <= shown_at < browser.viewport().height() - 40, shown_at  # the heading is in view
    assert browser.verticalScrollBar().value() > 0


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Rapport till nämnden", "rapport-till-nämnden"),
        ("Historik med --previous", "historik-med---previous"),
        ("Regionens mall", "regionens-mall"),
        ("1 Plan", "1-plan"),
        ("Ja/Nej och uppdrag", "janej-och-uppdrag"),
    ],
)
def test_headings_get_the_anchors_the_pages_link_to(heading: str, anchor: str) -> None:
    assert slug(heading) == anchor


def test_a_web_link_goes_to_the_browser_and_the_page_stays(window: MainWindow) -> None:
    guide = _opened(window)
    opened: list[QUrl] = []
    guide.open_web = opened.append
    guide.browser.anchorClicked.emit(QUrl("https://mutmut.readthedocs.io"))
    assert opened == [QUrl("https://mutmut.readthedocs.io")]
    assert guide.page() == DOCS / "app.md"


def test_a_page_left_out_of_the_installation_is_said_in_swedish(
    qtbot: QtBot, ask: ScriptedAsk, tmp_path: Path
) -> None:
    (tmp_path / "app.md").write_text("# Start\n\n[Prestanda](performance.md)\n", encoding="utf-8")
    guide = GuideWindow(tmp_path / "app.md", ask)
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.contents_button.isVisible()  # no index.md here
    _click_link(qtbot, guide, "performance.md")
    assert ask.last("Användarhandledning").text == (
        "Sidan performance.md finns inte i den här installationen."
    )
    assert guide.page() == tmp_path / "app.md"


def test_help_again_brings_back_the_same_window_where_the_reader_was(
    window: MainWindow, qtbot: QtBot
) -> None:
    guide = _opened(window)
    guide.show_page(DOCS / "kontroll.md")
    qtbot.mouseClick(guide.close_button, Qt.MouseButton.LeftButton)
    assert not guide.isVisible()
    assert _opened(window) is guide
    assert guide.isVisible()
    assert guide.page() == DOCS / "kontroll.md"
    assert len(window.findChildren(GuideWindow)) == 1


def test_a_wide_window_keeps_the_text_column_readable(window: MainWindow) -> None:
    guide = _opened(window)
    guide.resize(1400, 700)
    assert guide.browser.viewport().width() == READABLE == 760


def test_without_the_docs_folder_help_says_so_in_swedish(
    window: MainWindow, ask: ScriptedAsk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # a bundle without docs/
    window.open_guide()
    assert ask.last("Användarhandledning").text == (
        "Handledningen (docs/app.md) finns inte i den här installationen."
    )
    assert window.guide is None


@pytest.mark.parametrize("page", ["app.md", "rapport.md"])
def test_every_picture_a_page_names_shows(window: MainWindow, page: str) -> None:
    guide = _opened(window)
    guide.show_page(DOCS / page)
    names = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (DOCS / page).read_text(encoding="utf-8"))
    assert len(names) == {"app.md": 9, "rapport.md": 3}[page]
    for name in names:
        picture = guide.browser.document().resource(IMAGE, QUrl(name))
        assert isinstance(picture, QImage | QPixmap) and not picture.isNull(), name
