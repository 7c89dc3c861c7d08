"""The look and the Swedish texts of the workbooks vpt writes, kept as data.

Each workbook kind has a TOML file in ``workbook_templates/`` (next to the ``vpt`` package in a
source tree, and bundled beside it by PyInstaller). Code asks for a template by name and reads
texts and formats from the dict; no user-facing text of a workbook lives in code.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from vpt.resources import data_dir

__all__ = ["load_template", "templates_dir"]


def templates_dir() -> Path:
    """Where the template files are: beside the package, or in the frozen app."""
    return data_dir("workbook_templates")


@cache
def load_template(name: str) -> dict[str, Any]:
    """The parsed ``workbook_templates/<name>.toml``."""
    path = templates_dir() / f"{name}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)
