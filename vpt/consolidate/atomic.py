"""Write a file all at once: to a temporary file beside the target, then move it into place.

A summary that is open in Excel on Windows cannot be replaced (Excel locks it); then the user is
told to close it, and the old file stays as it was. A crash while writing leaves only the
temporary file's removal to do, never a half-written summary.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from vpt.errors import OutputLocked

__all__ = ["lock_files", "write_atomic"]


def lock_files(target: Path) -> list[Path]:
    """Lock files that Excel (``~$name``) or LibreOffice (``.~lock.name#``) keep beside an open file."""
    candidates = [
        target.with_name("~$" + target.name),
        target.with_name("~$" + target.name[2:]) if len(target.name) > 7 else None,
        target.with_name(f".~lock.{target.name}#"),
    ]
    return [p for p in candidates if p is not None and p.exists()]


def write_atomic(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)`` and move the result to ``target``; return ``target``.

    Raises :class:`OutputLocked` when the target is open in another program or the folder cannot
    be written; the previous file at ``target`` is then untouched. Any error inside ``write``
    propagates after the temporary file is removed, again leaving ``target`` untouched.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    locks = lock_files(target)
    if locks:
        raise OutputLocked(
            f"Sammanställningen {target} verkar vara öppen i Excel eller LibreOffice "
            f"(låsfilen {locks[0].name} finns). Stäng den och kör igen. Är filen inte öppen, "
            f"ta bort låsfilen {locks[0]}. Den gamla sammanställningen är orörd."
        )
    if target.is_dir():
        raise OutputLocked(
            f"{target} är en mapp. Ange ett filnamn för sammanställningen, t.ex. "
            f"{target / 'Sammanställning.xlsx'}."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".vpt-", suffix=target.suffix or ".tmp", dir=folder)
    except OSError as exc:
        raise OutputLocked(
            f"Det går inte att skriva i mappen {folder} ({exc.strerror or exc}). Välj en annan "
            "mapp, eller be om skrivrättighet till den."
        ) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        _permissions(temporary, target)
        _replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target


def _permissions(temporary: Path, target: Path) -> None:
    """The mode the old file had, else what a newly created file gets (mkstemp makes it 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        temporary.chmod(mode)


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as exc:
        raise OutputLocked(
            f"Sammanställningen {target} kan inte ersättas: den är troligen öppen i Excel eller "
            "ett annat program, eller skrivskyddad. Stäng den och kör igen. Den gamla "
            "sammanställningen är orörd."
        ) from exc
    except OSError as exc:
        raise OutputLocked(
            f"Sammanställningen kan inte sparas som {target} ({exc.strerror or exc}). Kontrollera "
            "att mappen finns och går att skriva i, och kör igen. Den gamla sammanställningen är orörd."
        ) from exc
