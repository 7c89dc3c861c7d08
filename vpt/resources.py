"""Where the data folders that travel with vpt are, in a source tree and in the frozen app.

``workbook_templates/``, ``examples/`` and ``docs/`` (the user guide) sit beside the ``vpt`` package in a source tree. In the
one-folder app PyInstaller builds from ``build.spec`` they are bundled under the folder it unpacks
the package into (``sys._MEIPASS``), with the same names. Every lookup goes through here.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["data_dir"]


def data_dir(name: str) -> Path:
    """The bundled folder ``name`` (``"workbook_templates"``, ``"examples"`` or ``"docs"``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / name
    return Path(__file__).resolve().parent.parent / name
