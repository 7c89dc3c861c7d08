"""Gnumeric's ``ssconvert`` as a second real client: re-save a workbook as Gnumeric would."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

__all__ = ["EXPORT_TYPES", "GnumericError", "gnumeric_convert", "gnumeric_missing"]

EXPORT_TYPES = {".xlsx": "Gnumeric_Excel:xlsx2", ".ods": "Gnumeric_OpenCalc:odf"}


class GnumericError(RuntimeError):
    """ssconvert failed or timed out (the message carries its output)."""


def gnumeric_missing() -> str | None:
    """Why ssconvert cannot run here, or None when it is installed."""
    if shutil.which("ssconvert") is None:
        return "ssconvert not found: install it with `apt-get install -y gnumeric`"
    return None


def gnumeric_convert(
    src: str | os.PathLike[str], dst: str | os.PathLike[str], *, timeout: float = 60.0
) -> None:
    """Open ``src`` in Gnumeric and save it as ``dst`` (.xlsx, or .ods), like a user's re-save."""
    missing = gnumeric_missing()
    if missing is not None:
        raise GnumericError(missing)
    dst_path = Path(dst)
    export_type = EXPORT_TYPES.get(dst_path.suffix.lower())
    if export_type is None:
        raise GnumericError(
            f"cannot export to {dst_path.name}: expected one of {sorted(EXPORT_TYPES)}"
        )
    with tempfile.TemporaryDirectory(prefix="vpt-gnumeric-") as tmp:
        # ASCII paths and a private HOME: no surprises from the locale or a user's settings.
        source = Path(tmp) / f"in{Path(src).suffix.lower()}"
        target = Path(tmp) / f"out{dst_path.suffix.lower()}"
        shutil.copyfile(src, source)
        env = dict(os.environ, HOME=tmp)
        try:
            result = subprocess.run(
                ["ssconvert", f"--export-type={export_type}", str(source), str(target)],
                capture_output=True,
                text=True,
                timeout=timeout,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise GnumericError(f"ssconvert took longer than {timeout:.0f} s") from exc
        if result.returncode != 0 or not target.is_file():
            raise GnumericError(
                f"ssconvert failed with code {result.returncode}:\n{result.stdout}{result.stderr}"
            )
        shutil.copyfile(target, dst_path)
