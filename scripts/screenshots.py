"""Take the user guide's pictures of the real app: `python scripts/screenshots.py` (docs/img/*.png).

Runs the app offscreen (no display needed), goes through a whole round on the example plan
orebro-hsn-2024 and its returns in a temporary folder, and grabs the window at every step with
QWidget.grab(). Questions are answered by a scripted Ask; two of them are pictured as well.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ui.ask import Ask, Kind, build  # noqa: E402
from ui.guide import SIZE as GUIDE_SIZE  # noqa: E402
from ui.main_window import MainWindow, icon  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.translations import install_swedish  # noqa: E402

OUT = ROOT / "docs" / "img"
PLAN = ROOT / "examples" / "orebro-hsn-2024.xlsx"
RETURNS = ROOT / "examples" / "returns" / "orebro-hsn-2024" / "svar"
SIZE = (1100, 700)


class Pictured(Ask):
    """Answers yes to the questions of a normal round and keeps a picture of some of them."""

    yes: ClassVar[tuple[str, ...]] = ("Mappen är inte tom", "Enheter saknas")
    pictured: ClassVar[dict[str, str]] = {
        "Mappen är inte tom": "app-fraga-mapp.png",
        "Enheter saknas": "app-fraga-saknas.png",
    }

    def choose(
        self,
        parent: QWidget | None,
        kind: Kind,
        title: str,
        text: str,
        buttons: Sequence[str],
        *,
        details: str = "",
    ) -> int:
        if title in self.pictured:
            box, _ = build(parent, kind, title, text, buttons, details=details)
            box.show()
            QApplication.processEvents()
            box.grab().save(str(OUT / self.pictured[title]))
            box.close()
        if kind is Kind.ERROR:
            raise SystemExit(f"vpt: {text}")
        return 0 if title in self.yes else len(buttons) - 1


def wait(window: MainWindow) -> None:
    """Run the event loop until the window's job (and any job it started) has ended."""
    loop = QEventLoop()
    window.runner.idle.connect(loop.quit)
    if window.runner.busy:
        loop.exec()
    window.runner.idle.disconnect(loop.quit)
    QApplication.processEvents()


def shoot(window: QWidget, name: str) -> None:
    QApplication.processEvents()
    window.grab().save(str(OUT / name))
    print(OUT / name)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setApplicationName("vpt")
    app.setWindowIcon(icon())
    install_swedish(app)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        settings = Settings(QSettings(str(work / "vpt.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ask=Pictured(), settings=settings)
        window.services.open_files = False
        window.resize(*SIZE)
        window.show()
        shoot(window, "app-0-start.png")
        window.plan_view.load_plan(PLAN)
        wait(window)
        shoot(window, "app-1-plan.png")

        window.tabs.setCurrentIndex(1)
        window.send_view.period_box.setCurrentIndex(1)
        out = work / "Utskick Delår"
        out.mkdir()
        shutil.copy2(RETURNS / "Uppföljning Delår LSV Område länssjukvård.xlsx", out)
        window.send_view.folder.setText(str(out))
        shoot(window, "app-2-utskick.png")
        window.send_view.generate_to(out)
        wait(window)

        returns = work / "Svar"
        shutil.copytree(RETURNS, returns)
        (returns / "Uppföljning Delår PSY Område psykiatri.xlsx").unlink()
        window.returns_view.add_returns([returns])
        window.returns_view.check()
        wait(window)
        shoot(window, "app-3-inlamning.png")
        window.returns_view.tabs.setCurrentIndex(1)
        shoot(window, "app-3-anmarkningar.png")

        window.tabs.setCurrentIndex(3)
        window.summary_view.write_to(work / "Sammanställning Delår.xlsx")
        wait(window)
        shoot(window, "app-4-sammanstallning.png")
        window.resize(910, 512)
        window.tabs.setCurrentIndex(2)
        window.returns_view.tabs.setCurrentIndex(0)
        shoot(window, "app-liten-skarm.png")
        window.open_guide()
        assert window.guide is not None
        window.guide.resize(*GUIDE_SIZE)  # Qt's offscreen screen is smaller than a laptop's
        shoot(window.guide, "app-handledning.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
