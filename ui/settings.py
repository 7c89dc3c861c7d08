"""What the app remembers between runs: recent plans, last folders, window geometry.

QSettings stays behind this one module; the rest of the app asks for plain Python values.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings

__all__ = ["RECENT_MAX", "Settings", "clamp"]

RECENT_MAX = 8


def clamp(wanted: QRect, available: QRect, minimum: tuple[int, int]) -> QRect:
    """``wanted`` moved and shrunk so that it lies inside ``available`` (but not below ``minimum``)."""
    width = max(minimum[0], min(wanted.width(), available.width()))
    height = max(minimum[1], min(wanted.height(), available.height()))
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width)
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height)
    return QRect(max(left, available.left()), max(top, available.top()), width, height)


class Settings:
    """Typed access to the app's QSettings (organisation and application name set by ui.app)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    # -- recent plans ---------------------------------------------------------------------

    def recent_plans(self) -> list[Path]:
        value = self._s.value("recent/plans", [])
        items = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(str(v)) for v in items if v]

    def add_recent_plan(self, path: Path) -> None:
        plans = [path.resolve(), *(p for p in self.recent_plans() if p != path.resolve())]
        self._s.setValue("recent/plans", [str(p) for p in plans[:RECENT_MAX]])

    def clear_recent_plans(self) -> None:
        self._s.setValue("recent/plans", [])

    # -- folders --------------------------------------------------------------------------

    def folder(self, key: str) -> str:
        """The last folder used for ``key`` ("plan", "utskick", "svar", "sammanstallning")."""
        value = self._s.value(f"folders/{key}", "")
        return str(value) if value and Path(str(value)).is_dir() else str(Path.home())

    def set_folder(self, key: str, folder: Path) -> None:
        self._s.setValue(f"folders/{key}", str(folder))

    # -- window ---------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._s.sync()
