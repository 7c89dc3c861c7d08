"""LibreOffice (headless, over UNO) as a real test client: type into cells as a user would.

One :class:`LibreOffice` keeps one soffice running for many files. The UNO work happens in
``lo_driver.py`` under Debian's ``/usr/bin/python3`` (``uno`` does not import in the venv); this
module talks JSON lines to it and enforces a timeout on every job. On a timeout, a dead soffice
or an error in ``close()``, both process groups (driver and soffice) are killed and reaped.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

__all__ = [
    "DRIVER",
    "UNO_PYTHON",
    "CellValue",
    "LibreOffice",
    "LibreOfficeError",
    "libreoffice_missing",
]

DRIVER = Path(__file__).with_name("lo_driver.py")
UNO_PYTHON = "/usr/bin/python3"
LOCALES = {"sv_SE": "sv_SE.UTF-8", "en_US": "en_US.UTF-8"}

CellKind = Literal["empty", "value", "text", "formula"]
ResultKind = Literal["empty", "value", "text", "error"]


class LibreOfficeError(RuntimeError):
    """LibreOffice could not do a job (the message says why, with soffice's own output)."""


@dataclass(frozen=True)
class CellValue:
    """A cell as LibreOffice sees it after recalculation."""

    kind: CellKind  # what the cell holds
    result_kind: ResultKind  # what a formula evaluates to; equals ``kind`` otherwise
    value: float  # getValue(): the number (0.0 for text)
    text: str  # getString(): the displayed text, formatted in the soffice locale
    formula: str  # getFormula(): "=B2*2" for formulas, the English-notation content otherwise
    error: int  # getError(): 0 unless the formula result is an error

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CellValue:
        return cls(
            kind=data["kind"],
            result_kind=data["result_kind"],
            value=float(data["value"]),
            text=str(data["text"]),
            formula=str(data["formula"]),
            error=int(data["error"]),
        )


def libreoffice_missing() -> str | None:
    """Why LibreOffice cannot run here, or None when soffice and python3-uno are installed."""
    if shutil.which("soffice") is None:
        return (
            "soffice not found: install it with `apt-get install -y libreoffice-calc python3-uno`"
        )
    if not os.access(UNO_PYTHON, os.X_OK):
        return f"{UNO_PYTHON} not found: the UNO driver needs Debian's own Python with python3-uno"
    probe = subprocess.run(
        [UNO_PYTHON, "-c", "import uno"], capture_output=True, text=True, timeout=30, check=False
    )
    if probe.returncode != 0:
        return f"`import uno` fails in {UNO_PYTHON}: install python3-uno ({probe.stderr.strip()})"
    return None


class LibreOffice:
    """One headless soffice serving many jobs; use as a context manager."""

    def __init__(
        self,
        locale: str = "sv_SE",
        *,
        start_timeout: float = 90.0,
        job_timeout: float = 60.0,
    ) -> None:
        self.locale = LOCALES.get(locale, locale)
        self.start_timeout = start_timeout
        self.job_timeout = job_timeout
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._soffice_pgid: int | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the driver
        self._dead_reason: str | None = None
        self._reader: threading.Thread | None = None
        self._killed = False
        self.last_job_seconds: float | None = None  # driver time of the last job (open, work, save)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Start soffice and wait until it accepts jobs."""
        missing = libreoffice_missing()
        if missing is not None:
            raise LibreOfficeError(missing)
        started = time.monotonic()
        self._proc = subprocess.Popen(
            [UNO_PYTHON, str(DRIVER), "--locale", self.locale],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
            start_new_session=True,
        )
        self._reader = threading.Thread(target=self._read_lines, daemon=True)
        self._reader.start()
        try:
            while True:
                event = self._receive(self.start_timeout - (time.monotonic() - started), "start")
                if event.get("event") == "started":
                    self._soffice_pgid = int(event["soffice_pgid"])
                elif event.get("event") == "ready":
                    self.startup_seconds = float(event["startup_seconds"])
                    return
                else:
                    raise self._fail(f"soffice did not start: {event.get('error', event)}", event)
        except BaseException:
            self._kill()
            raise

    @property
    def soffice_pgid(self) -> int | None:
        """The process group of the running soffice (None before start and after a kill)."""
        return self._soffice_pgid

    def fill(
        self,
        src: str | os.PathLike[str],
        dst: str | os.PathLike[str],
        entries: Sequence[tuple[str, str, str]],
        fmt: Literal["xlsx", "ods"] = "xlsx",
    ) -> dict[tuple[str, str], CellValue]:
        """Type each (sheet, A1 cell, text) into ``src`` as a user would, recalculate, save ``dst``.

        Returns the typed cells as LibreOffice holds them just before saving.
        """
        answer = self._job(
            {
                "op": "fill",
                "src": str(Path(src).resolve()),
                "dst": str(Path(dst).resolve()),
                "fmt": fmt,
                "entries": [list(entry) for entry in entries],
            }
        )
        return _cells(answer)

    def values(
        self, path: str | os.PathLike[str], cells: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], CellValue]:
        """Open ``path``, recalculate and return the requested (sheet, A1 cell) values."""
        answer = self._job(
            {"op": "values", "path": str(Path(path).resolve()), "cells": [list(c) for c in cells]}
        )
        return _cells(answer)

    def close(self) -> None:
        """Quit soffice; kill it if it does not go quietly. Safe to call twice."""
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.poll() is None and self._dead_reason is None:
                assert proc.stdin is not None
                proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
                proc.stdin.flush()
                proc.stdin.close()
                proc.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            # A driver that exited cleanly has already ended soffice; otherwise kill both groups.
            if proc.poll() != 0:
                self._kill()
            self._join()
            self._stderr.close()

    def _job(self, job: dict[str, Any]) -> dict[str, Any]:
        proc = self._proc
        if proc is None:
            raise LibreOfficeError("LibreOffice is not started: use it as a context manager")
        if self._dead_reason is not None:
            raise LibreOfficeError(f"LibreOffice is no longer running: {self._dead_reason}")
        assert proc.stdin is not None
        try:
            proc.stdin.write(json.dumps(job, ensure_ascii=False) + "\n")
            proc.stdin.flush()
        except OSError as exc:
            raise self._fail(f"the LibreOffice driver stopped reading jobs: {exc}", {}) from exc
        answer = self._receive(self.job_timeout, str(job["op"]))
        if answer.get("fatal"):
            raise self._fail(str(answer.get("error")), answer)
        self.last_job_seconds = answer.get("seconds")
        if not answer.get("ok"):
            raise LibreOfficeError(
                f"LibreOffice job {job['op']} failed: {answer.get('error')}\n"
                f"{answer.get('traceback', '')}"
            )
        return answer

    def _receive(self, timeout: float, what: str) -> dict[str, Any]:
        try:
            line = self._lines.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            raise self._fail(f"LibreOffice {what} took longer than {timeout:.0f} s", {}) from None
        if line is None:
            raise self._fail(f"the LibreOffice driver exited during {what}", {})
        try:
            message: dict[str, Any] = json.loads(line)
        except json.JSONDecodeError:
            raise self._fail(f"the LibreOffice driver wrote non-JSON: {line!r}", {}) from None
        return message

    def _read_lines(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def _fail(self, reason: str, answer: dict[str, Any]) -> LibreOfficeError:
        """Kill everything and build the error that says why, with the logs that explain it."""
        self._dead_reason = reason
        self._kill()
        details = [reason]
        if answer.get("soffice_log"):
            details.append(f"soffice output:\n{answer['soffice_log']}")
        stderr = self._stderr_tail()
        if stderr:
            details.append(f"driver stderr:\n{stderr}")
        return LibreOfficeError("\n".join(details))

    def _stderr_tail(self) -> str:
        if self._stderr.closed:
            return ""
        self._stderr.seek(0)
        return self._stderr.read()[-3000:].decode("utf-8", "replace").strip()

    def _kill(self) -> None:
        """Kill soffice, then let the driver reap it and exit; SIGKILL the driver only if stuck.

        The order matters: the driver is soffice's subreaper, so a driver killed first would
        leave soffice's processes to an init that may never reap them (zombies).
        """
        if self._killed:
            return
        self._killed = True
        if self._soffice_pgid is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._soffice_pgid, signal.SIGKILL)
            self._soffice_pgid = None
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def _join(self) -> None:
        """Let the reader thread see EOF, then close the pipes (nobody reads them any more)."""
        if self._reader is not None:
            self._reader.join(timeout=10)
        if self._proc is not None:
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


def _cells(answer: dict[str, Any]) -> dict[tuple[str, str], CellValue]:
    return {(sheet, cell): CellValue.from_json(data) for sheet, cell, data in answer["cells"]}
