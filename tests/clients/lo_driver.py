"""Drive one headless LibreOffice over UNO, serving JSON-lines jobs on stdin.

Run with Debian's ``/usr/bin/python3`` (the only interpreter that imports ``uno``), never the venv:

    /usr/bin/python3 lo_driver.py --locale sv_SE.UTF-8

Protocol: one JSON object per line in each direction. The driver first answers
``{"event": "started", "soffice_pgid": N}`` right after spawning soffice, then
``{"event": "ready", "startup_seconds": S}`` once connected
(or ``{"ok": false, "fatal": true, ...}``). Each job is answered by exactly one line,
``{"ok": true, ...}`` or ``{"ok": false, "error": ...}``:

- ``{"op": "fill", "src": path, "dst": path, "fmt": "xlsx"|"ods",
  "entries": [[sheet, cell, text]]}`` types each text into its cell as a user would
  (``.uno:EnterString``: locale-aware parsing, protection respected), recalculates, saves,
  and answers the resulting ``cells``.
- ``{"op": "values", "path": path, "cells": [[sheet, cell]]}`` opens, recalculates and
  answers ``cells``.
- ``{"op": "quit"}`` ends the driver. EOF on stdin does the same. soffice is always terminated.

A reply with ``"fatal": true`` means soffice is gone and the driver exits after sending it.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from pathlib import Path
from typing import Any

import uno
from com.sun.star.beans import PropertyValue
import contextlib

FILTERS = {"xlsx": "Calc MS Excel 2007 XML", "ods": "calc8"}
CONNECT_TIMEOUT_S = 60.0
A1_CELL = re.compile(r"\$?[A-Z]{1,3}\$?[1-9][0-9]{0,6}")
PR_SET_CHILD_SUBREAPER = 36

# cell.Type / FormulaResultType2 enum names mapped to short kinds.
CELL_KINDS = {"EMPTY": "empty", "VALUE": "value", "TEXT": "text", "FORMULA": "formula"}
RESULT_KINDS = {1: "value", 2: "text", 4: "text"}  # com.sun.star.sheet.FormulaResult


class SofficeDied(Exception):
    """soffice exited or the UNO bridge to it broke; the driver cannot continue."""


def props(**values: Any) -> tuple[Any, ...]:
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        result.append(prop)
    return tuple(result)


class Driver:
    def __init__(self, locale: str, reply: Any) -> None:
        self.reply = reply
        self.workdir = Path(tempfile.mkdtemp(prefix="vpt-lo-"))
        self.counter = 0
        pipe_name = f"vpt_lo_{uuid.uuid4().hex}"
        profile = self.workdir / "profile"
        env = dict(os.environ, LC_ALL=locale, LANG=locale, LANGUAGE="", HOME=str(self.workdir))
        env.pop("SAL_USE_VCLPLUGIN", None)
        self.soffice_log = open(self.workdir / "soffice.log", "wb")  # noqa: SIM115
        self.soffice: subprocess.Popen[bytes] | None = None
        self.locale = locale
        self.pipe_name = pipe_name
        self.profile = profile
        self.env = env

    def start(self) -> None:
        pipe_name, profile, env = self.pipe_name, self.profile, self.env
        started = time.monotonic()
        self.soffice = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--norestore",
                "--nolockcheck",
                "--nodefault",
                "--nologo",
                f"-env:UserInstallation={profile.as_uri()}",
                f"--accept=pipe,name={pipe_name};urp;",
            ],
            stdin=subprocess.DEVNULL,
            stdout=self.soffice_log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
        self.send({"event": "started", "soffice_pgid": self.soffice.pid})
        self.ctx = self.connect(pipe_name)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.ctx
        )
        self.send({"event": "ready", "startup_seconds": round(time.monotonic() - started, 3)})

    def send(self, message: dict[str, Any]) -> None:
        self.reply.write(json.dumps(message, ensure_ascii=False) + "\n")
        self.reply.flush()

    def soffice_tail(self) -> str:
        self.soffice_log.flush()
        try:
            data = (self.workdir / "soffice.log").read_bytes()
        except OSError:
            return ""
        return data[-2000:].decode("utf-8", "replace")

    def connect(self, pipe_name: str) -> Any:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        url = f"uno:pipe,name={pipe_name};urp;StarOffice.ComponentContext"
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while True:
            code = self.soffice.poll()
            if code is not None:
                raise SofficeDied(f"soffice exited with code {code} before accepting a connection")
            try:
                return resolver.resolve(url)
            except Exception as exc:  # NoConnectException until soffice listens
                if time.monotonic() > deadline:
                    raise SofficeDied(
                        f"no connection to soffice within {CONNECT_TIMEOUT_S:.0f} s: {exc}"
                    ) from exc
                time.sleep(0.05)

    def ascii_copy(self, src: str) -> Path:
        """Copy to an ASCII path: non-ASCII paths fail to open under an ungenerated locale."""
        self.counter += 1
        suffix = Path(src).suffix.lower()
        if not suffix.isascii():
            suffix = ""
        target = self.workdir / f"in-{self.counter}{suffix}"
        shutil.copyfile(src, target)
        return target

    def load(self, path: Path) -> Any:
        doc = self.desktop.loadComponentFromURL(
            path.as_uri(), "_blank", 0, props(Hidden=True, MacroExecutionMode=0)
        )
        if doc is None:
            raise ValueError(f"LibreOffice could not open {path.name}")
        return doc

    @staticmethod
    def cell(doc: Any, sheet: str, address: str) -> Any:
        if not A1_CELL.fullmatch(address):
            raise ValueError(f"{address!r} is not one cell in A1 notation (like B2)")
        sheets = doc.Sheets
        if not sheets.hasByName(sheet):
            raise ValueError(f"no sheet named {sheet!r} (sheets: {list(sheets.ElementNames)})")
        return sheets.getByName(sheet).getCellRangeByName(address)

    @staticmethod
    def describe(cell: Any) -> dict[str, Any]:
        kind = CELL_KINDS.get(cell.Type.value, cell.Type.value.lower())
        result_kind = kind
        if kind == "formula":
            result_kind = (
                "error" if cell.getError() else RESULT_KINDS.get(cell.FormulaResultType2, "value")
            )
        return {
            "kind": kind,
            "result_kind": result_kind,
            "value": cell.getValue(),
            "text": cell.getString(),
            "formula": cell.getFormula(),
            "error": cell.getError(),
        }

    def fill(self, job: dict[str, Any]) -> dict[str, Any]:
        fmt = job.get("fmt", "xlsx")
        if fmt not in FILTERS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {sorted(FILTERS)}")
        doc = self.load(self.ascii_copy(job["src"]))
        try:
            controller = doc.getCurrentController()
            frame = controller.getFrame()
            for sheet_name, address, text in job["entries"]:
                target = self.cell(doc, sheet_name, address)
                controller.setActiveSheet(doc.Sheets.getByName(sheet_name))
                controller.select(target)
                self.dispatcher.executeDispatch(
                    frame, ".uno:EnterString", "", 0, props(StringName=text)
                )
            doc.calculateAll()
            cells = [[s, a, self.describe(self.cell(doc, s, a))] for s, a, _ in job["entries"]]
            self.counter += 1
            out = self.workdir / f"out-{self.counter}.{fmt}"
            doc.storeToURL(out.as_uri(), props(FilterName=FILTERS[fmt], Overwrite=True))
        finally:
            doc.close(True)
        shutil.copyfile(out, job["dst"])
        return {"cells": cells}

    def values(self, job: dict[str, Any]) -> dict[str, Any]:
        doc = self.load(self.ascii_copy(job["path"]))
        try:
            doc.calculateAll()
            cells = [[s, a, self.describe(self.cell(doc, s, a))] for s, a in job["cells"]]
        finally:
            doc.close(True)
        return {"cells": cells}

    def serve(self, lines: Any) -> None:
        for line in lines:
            if not line.strip():
                continue
            started = time.monotonic()
            try:
                job = json.loads(line)
                op = job.get("op")
                if op == "quit":
                    self.send({"ok": True})
                    return
                if op == "fill":
                    answer = self.fill(job)
                elif op == "values":
                    answer = self.values(job)
                else:
                    raise ValueError(f"unknown op {op!r}")
                answer["ok"] = True
            except Exception as exc:
                code = self.soffice.poll()
                if code is not None or type(exc).__name__ in ("DisposedException",):
                    self.send(
                        {
                            "ok": False,
                            "fatal": True,
                            "error": f"soffice died (exit code {code}) during the job: {exc!r}",
                            "soffice_log": self.soffice_tail(),
                        }
                    )
                    return
                answer = {
                    "ok": False,
                    "error": f"{type(exc).__name__}: {exc}",
                    "traceback": traceback.format_exc(),
                }
            answer["seconds"] = round(time.monotonic() - started, 3)
            self.send(answer)

    def close(self) -> None:
        if self.soffice is None:
            self.soffice_log.close()
            shutil.rmtree(self.workdir, ignore_errors=True)
            return
        try:
            if self.soffice.poll() is None:
                # The bridge drops when soffice exits: an exception here is the expected outcome.
                with contextlib.suppress(Exception):
                    self.desktop.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.soffice.wait(timeout=10)
            # Whatever is left in soffice's own session (oosplash, soffice.bin) is killed.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.soffice.pid, signal.SIGKILL)
            self.soffice.wait()
        finally:
            reap_orphans()
            self.soffice_log.close()
            shutil.rmtree(self.workdir, ignore_errors=True)


def reap_orphans() -> None:
    """Collect children reparented to us (we are a subreaper) so none stays a zombie."""
    deadline = time.monotonic() + 5
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                return
            time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--locale", default="en_US.UTF-8")
    args = parser.parse_args()

    # Keep the protocol channel private: anything else writing to fd 1 goes to stderr.
    reply = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except OSError:
        pass

    def on_signal(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    driver = None
    try:
        driver = Driver(args.locale, reply)
        driver.start()
        driver.serve(sys.stdin)
        return 0
    except SofficeDied as exc:
        tail = driver.soffice_tail() if driver else ""
        reply.write(
            json.dumps({"ok": False, "fatal": True, "error": str(exc), "soffice_log": tail}) + "\n"
        )
        reply.flush()
        return 1
    finally:
        if driver is not None:
            driver.close()
        else:
            reap_orphans()


if __name__ == "__main__":
    sys.exit(main())
