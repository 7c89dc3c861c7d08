"""Write a file all at once: to a temporary file beside the target, then move it into place.

A summary that is open in Excel on Windows cannot be replaced (Excel locks it); then the user is
told to close it, and the old file stays as it was. The temporary file is flushed to the disk
(fsync) before it replaces the target, so a power cut leaves the old file or the new one, never
an empty one. A crash while writing leaves only the temporary file, and it says what it is
(``~vpt-sparas-<process>-<slump>-<namn>.tmp``); the next write into the same folder removes what a dead run left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from vpt.errors import OutputLocked

__all__ = ["TEMPORARY_PREFIX", "lock_files", "process_umask", "write_atomic"]

TEMPORARY_PREFIX = "~vpt-sparas-"
"""Temporary files start so: the name says what it is, and vpt's readers skip names with ``~``."""
_TEMPORARY = re.compile(re.escape(TEMPORARY_PREFIX) + r"(?P<pid>[0-9]+)-.*\.tmp\Z", re.DOTALL)
_STALE_SECONDS = 3600
"""A temporary file this old is left over, whoever wrote it (no summary takes an hour)."""
_FULL = (errno.ENOSPC, errno.EDQUOT) if hasattr(errno, "EDQUOT") else (errno.ENOSPC,)


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

    Raises :class:`OutputLocked` when the target is open in another program, is not a regular
    file (a folder, a device such as /dev/null), the folder cannot be written or the disk is full;
    the previous file at ``target`` is then untouched. Any other error inside ``write`` propagates
    after the temporary file is removed, again leaving ``target`` untouched.
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
    if target.exists() and not target.is_file():
        raise OutputLocked(
            f"{target} är ingen vanlig fil (utan till exempel en enhet eller en kanal) och ersätts "
            "inte. Ange ett filnamn som slutar på .xlsx för sammanställningen."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_leftovers(folder)
        temporary = _create_temporary(folder, target)
    except OSError as exc:
        raise OutputLocked(
            f"Det går inte att skriva i mappen {folder} ({exc.strerror or exc}). Välj en annan "
            "mapp, eller be om skrivrättighet till den."
        ) from exc
    try:
        try:
            write(temporary)
            _sync(temporary)
        except OSError as exc:
            if _is_full(exc):
                raise _disk_full(folder) from exc
            raise
        except Exception as exc:  # XlsxWriter wraps the OSError of a full disk in its own error
            cause = exc.args[0] if exc.args else None
            if isinstance(cause, OSError) and _is_full(cause):
                raise _disk_full(folder) from exc
            raise
        _permissions(temporary, target)
        _replace(temporary, target)
        _sync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files an interrupted run left in ``folder``; return them.

    A file is left over when the process that made it is gone (known only on POSIX, where the
    name's process ID can be asked) or when it is older than an hour.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(match["pid"])
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > _STALE_SECONDS
        except OSError:
            continue
        if pid != os.getpid() and (old or not _alive(pid)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


@cache
def process_umask() -> int:
    """The process's umask, learned once without changing it (``os.umask`` sets it for every
    thread at once, which is unsafe while the app runs jobs in threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _probe_umask()


def _probe_umask() -> int:
    """The umask as a new file shows it: create one asking for 0o666 and look at what it got.

    Only the read and write bits can be seen this way, which are all a 0o666 file can lose.
    """
    folder = Path(tempfile.gettempdir())
    probe = folder / f"{TEMPORARY_PREFIX}{os.getpid()}-umask-{secrets.token_hex(4)}.tmp"
    try:
        handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError:
        return 0o022
    try:
        return 0o666 & ~os.fstat(handle).st_mode
    finally:
        os.close(handle)
        with contextlib.suppress(OSError):
            probe.unlink()


def _create_temporary(folder: Path, target: Path) -> Path:
    """A new, empty file beside the target whose name says it is vpt saving ``target``."""
    stem = target.name[:80]
    for _ in range(100):
        path = folder / f"{TEMPORARY_PREFIX}{os.getpid()}-{secrets.token_hex(4)}-{stem}.tmp"
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(handle)
        return path
    raise FileExistsError(errno.EEXIST, "ingen ledig tillfällig fil", str(folder))


def _alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill would end the process on Windows; rely on the age there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _is_full(exc: OSError) -> bool:
    return exc.errno in _FULL


def _disk_full(folder: Path) -> OutputLocked:
    return OutputLocked(
        f"Disken är full: sammanställningen får inte plats i {folder}. Frigör utrymme eller välj "
        "en annan mapp och kör igen. Den gamla sammanställningen är orörd."
    )


def _permissions(temporary: Path, target: Path) -> None:
    """The mode the old file had, else what a newly created file gets (the temporary is 0600)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~process_umask()
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
        if _is_full(exc):
            raise _disk_full(target.parent) from exc
        raise OutputLocked(
            f"Sammanställningen kan inte sparas som {target} ({exc.strerror or exc}). Kontrollera "
            "att mappen finns och går att skriva i, och kör igen. Den gamla sammanställningen är orörd."
        ) from exc
