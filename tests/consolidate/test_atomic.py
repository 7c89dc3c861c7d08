"""A summary that is open, locked or crashes mid-write leaves the previous file intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from xlsxwriter.exceptions import FileCreateError

from tests.consolidate.conftest import CREATED, Returned
from vpt.consolidate import atomic as atomic_module
from vpt.consolidate import consolidate, write_atomic
from vpt.errors import OutputLocked

OLD = b"the previous summary, which must survive"


def _old(tmp_path: Path) -> Path:
    target = tmp_path / "Sammanställning.xlsx"
    target.write_bytes(OLD)
    return target


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("~vpt-sparas-"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = _old(tmp_path)
    assert write_atomic(target, lambda p: p.write_bytes(b"new")) == target
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions_and_old_file_keeps_its_own(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fresh = write_atomic(tmp_path / "ny.xlsx", lambda p: p.write_bytes(b"new"))
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = _old(tmp_path)
        kept.chmod(0o664)
        write_atomic(kept, lambda p: p.write_bytes(b"new"))
        assert kept.stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(umask)


def _replace_locked(src: object, dst: object) -> None:
    raise PermissionError(13, "The process cannot access the file because it is being used")


@pytest.mark.parametrize(
    ("lock", "message"),
    [
        ("excel", "Stäng den"),
        ("excel-long-name", "Stäng den"),
        ("libreoffice", "Stäng den"),
        ("windows-replace", "öppen i Excel"),
    ],
)
def test_open_or_locked_target_is_left_untouched(
    returned: Returned,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lock: str,
    message: str,
) -> None:
    target = _old(tmp_path)
    if lock == "excel":
        (tmp_path / ("~$" + target.name)).write_bytes(b"")
    elif lock == "excel-long-name":
        (tmp_path / ("~$" + target.name[2:])).write_bytes(b"")
    elif lock == "libreoffice":
        (tmp_path / f".~lock.{target.name}#").write_text("user,host")
    else:
        monkeypatch.setattr(atomic_module.os, "replace", _replace_locked)
    with pytest.raises(OutputLocked, match=message) as caught:
        consolidate(returned.plan, returned.result, target, created=CREATED)
    assert "orörd" in str(caught.value)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


class Crash(Exception):
    pass


def _crash_after_half(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 half a workbook")
    raise Crash


def _interrupted(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04")
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("writer", "error"), [(_crash_after_half, Crash), (_interrupted, KeyboardInterrupt)]
)
def test_crash_mid_write_leaves_the_old_file(
    tmp_path: Path, writer: Callable[[Path], None], error: type[BaseException]
) -> None:
    target = _old(tmp_path)
    with pytest.raises(error):
        write_atomic(target, writer)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_crash_inside_the_summary_writer_leaves_the_old_file(
    returned: Returned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _old(tmp_path)

    def broken(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr("vpt.consolidate.sheets.data", broken)
    with pytest.raises(MemoryError):
        consolidate(returned.plan, returned.result, target, created=CREATED)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_unwritable_folder_is_a_clear_message() -> None:
    # /proc takes no new files, even from root: an honest folder that cannot be written.
    with pytest.raises(OutputLocked, match="Det går inte att skriva i mappen /proc"):
        write_atomic(Path("/proc/Sammanställning.xlsx"), lambda p: p.write_bytes(b"new"))


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputLocked, match="är en mapp"):
        write_atomic(tmp_path, lambda p: p.write_bytes(b"new"))
    assert os.listdir(tmp_path) == []


def test_the_umask_is_learned_without_changing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    umask = os.umask(0o027)
    try:
        atomic_module.process_umask.cache_clear()

        def forbidden(mask: int) -> int:
            raise AssertionError("os.umask changes the mask of every thread")

        monkeypatch.setattr(atomic_module.os, "umask", forbidden)
        fresh = write_atomic(tmp_path / "ny.xlsx", lambda p: p.write_bytes(b"new"))
        assert fresh.stat().st_mode & 0o777 == 0o640
        # Without /proc the probe sees only the bits a 0o666 file can lose: 0o027 shows as 0o026.
        assert atomic_module._probe_umask() == 0o026
    finally:
        monkeypatch.undo()
        os.umask(umask)
        atomic_module.process_umask.cache_clear()


def test_the_new_file_is_synced_before_it_replaces_the_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _old(tmp_path)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(handle: int) -> None:
        events.append("fsync")
        real_fsync(handle)

    def replace(src: str, dst: str) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(atomic_module.os, "fsync", fsync)
    monkeypatch.setattr(atomic_module.os, "replace", replace)
    write_atomic(target, lambda p: p.write_bytes(b"new"))
    assert events == ["fsync", "replace", "fsync"]  # the file, the move, the folder


def test_a_full_disk_is_one_swedish_line(tmp_path: Path) -> None:
    target = _old(tmp_path)

    def onto_a_full_disk(path: Path) -> None:
        Path("/dev/full").write_bytes(b"x" * 10_000)  # the kernel answers ENOSPC

    with pytest.raises(OutputLocked, match=r"^Disken är full") as caught:
        write_atomic(target, onto_a_full_disk)
    assert "\n" not in str(caught.value)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_a_full_disk_under_xlsxwriter_is_one_swedish_line(tmp_path: Path) -> None:
    def workbook_onto_a_full_disk(path: Path) -> None:
        try:
            Path("/dev/full").write_bytes(b"x" * 10_000)
        except OSError as exc:  # what XlsxWriter's Workbook.close does with it
            raise FileCreateError(exc) from exc

    with pytest.raises(OutputLocked, match=r"^Disken är full"):
        write_atomic(_old(tmp_path), workbook_onto_a_full_disk)


def test_a_device_as_target_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "kanal.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(OutputLocked, match="ingen vanlig fil"):
        write_atomic(fifo, lambda p: p.write_bytes(b"new"))
    with pytest.raises(OutputLocked, match="ingen vanlig fil"):
        write_atomic(Path("/dev/null"), lambda p: p.write_bytes(b"new"))
    assert Path("/dev/null").is_char_device()


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from vpt.consolidate.atomic import write_atomic

def write(path):
    path.write_bytes(b"PK half")
    print("writing", flush=True)
    time.sleep(60)

write_atomic(Path(sys.argv[1]), write)
"""


def test_a_killed_run_leaves_a_named_file_that_the_next_run_removes(tmp_path: Path) -> None:
    target = _old(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    assert child.stdout.readline() == b"writing\n"
    child.send_signal(signal.SIGKILL)
    child.wait()
    left = _leftovers(tmp_path)
    assert len(left) == 1
    assert left[0].startswith(f"~vpt-sparas-{child.pid}-")
    assert left[0].endswith("-Sammanställning.xlsx.tmp")
    write_atomic(target, lambda p: p.write_bytes(b"new"))
    assert _leftovers(tmp_path) == []
    assert target.read_bytes() == b"new"


def test_a_live_runs_fresh_temporary_file_is_left_alone(tmp_path: Path) -> None:
    alive = tmp_path / f"~vpt-sparas-{os.getppid()}-abcd-Sammanställning.xlsx.tmp"
    alive.write_bytes(b"being written")
    stale = tmp_path / f"~vpt-sparas-{os.getppid()}-ef01-Sammanställning.xlsx.tmp"
    stale.write_bytes(b"forgotten")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    assert atomic_module.remove_leftovers(tmp_path) == [stale]
    assert alive.exists()
