"""A summary that is open, locked or crashes mid-write leaves the previous file intact."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

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
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".vpt-"))


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


def test_unwritable_folder_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _old(tmp_path)

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic_module.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputLocked, match="Det går inte att skriva i mappen"):
        write_atomic(target, lambda p: p.write_bytes(b"new"))
    assert target.read_bytes() == OLD


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputLocked, match="är en mapp"):
        write_atomic(tmp_path, lambda p: p.write_bytes(b"new"))
    assert os.listdir(tmp_path) == []
