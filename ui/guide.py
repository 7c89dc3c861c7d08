"""The Swedish user guide (docs/*.md) in a window of the app's own, with its pictures.

The guide used to be handed to the desktop's program for .md files: the installed app had no
docs/ and Windows usually has no such program. Qt renders Markdown itself, so the pages, their
pictures and the links between them work wherever the app runs; web links open in the browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.ask import Ask, Kind
from vpt.resources import data_dir

__all__ = ["READABLE", "TITLE", "GuideBrowser", "GuideWindow", "guide_start", "slug"]

TITLE = "Användarhandledning – vpt"
READABLE = 760
"""The widest the text runs, in logical pixels: longer lines are hard to follow."""
SIZE = (READABLE + 80, 720)

_WEB = ("http", "https", "mailto")
_MARGIN = 16
_TITLE_BAR = 40  # the window manager's frame, not part of the size Qt sets


def guide_start() -> Path:
    """The guide's first page, docs/app.md, beside the app or in the bundle."""
    return data_dir("docs") / "app.md"


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading, as the pages link to it: "1 Plan" → "1-plan"."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """A Markdown browser with a readable text column and the pictures fitted into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setDocumentMargin(_MARGIN)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the margins beside the column too
        self.setAutoFillBackground(True)

    def image_width(self) -> int:
        return READABLE - 2 * round(self.document().documentMargin())

    def loadResource(self, type: int, name: QUrl | str) -> object:
        """A picture wider than the column is scaled down to it, kept sharp on high-DPI screens."""
        resource = super().loadResource(type, name)
        if type != QTextDocument.ResourceType.ImageResource.value:
            return resource
        image = QImage.fromData(resource) if isinstance(resource, bytes | QByteArray) else None
        if image is None or image.width() <= self.image_width():
            return resource  # not a picture Qt reads, or one that fits: Qt decides as usual
        ratio = self.devicePixelRatioF()
        scaled = image.scaledToWidth(
            round(self.image_width() * ratio), Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        return scaled

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a wide window the column stays READABLE wide, in the middle."""
        bar = self.verticalScrollBar().sizeHint().width()
        spare = max(0, self.width() - 2 * self.frameWidth() - bar - READABLE)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)
        super().resizeEvent(event)


class GuideWindow(QDialog):
    """Not modal: the guide stays open beside the app while the administrator works."""

    def __init__(self, start: Path, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.ask = ask
        self.open_web: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests keep the links
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)  # follow() decides: a page here, the web in the browser
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._scroll_to_heading)
        self.back_button = self._button("◀ &Bakåt", self.browser.backward)
        self.forward_button = self._button("&Framåt ▶", self.browser.forward)
        contents = start.parent / "index.md"
        self.contents_button = self._button("&Innehåll", lambda: self.show_page(contents))
        self.contents_button.setVisible(contents.is_file())
        self.close_button = self._button("&Stäng", self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        row = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(row)
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry()  # a laptop at 150 %: 910 × 512 logical pixels
        self.resize(min(SIZE[0], room.width()), min(SIZE[1], room.height() - _TITLE_BAR))
        self.show_page(start)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in the text must not go back a page
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def show_page(self, path: Path) -> None:
        self.follow(QUrl.fromLocalFile(str(path)))

    def page(self) -> Path:
        """The file shown now."""
        return Path(self.browser.source().toLocalFile())

    def follow(self, link: QUrl) -> None:
        """A page of the guide opens here; a web address or another file in its own program."""
        if link.scheme() in _WEB:
            self.open_web(link)
            return
        target = self.browser.source().resolved(link) if link.isRelative() else link
        if not target.isLocalFile():
            return
        if not Path(target.toLocalFile()).is_file():
            self.ask.tell(self, Kind.INFO, "Användarhandledning",
                          f"Sidan {target.fileName()} finns inte i den här installationen.")  # fmt: skip
            return
        if Path(target.toLocalFile()).suffix.lower() != ".md":
            self.open_web(target)  # a workbook or a picture: its own program shows it
            return
        self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)

    def _scroll_to_heading(self, url: QUrl) -> None:
        """Qt gives Markdown headings no anchors: a link to "app.md#1-plan" finds the heading."""
        wanted = url.fragment(QUrl.ComponentFormattingOption.FullyDecoded)
        block = self.browser.document().firstBlock()
        while wanted and block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == wanted:
                layout = self.browser.document().documentLayout()
                top = layout.blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(round(top))
                return
            block = block.next()
