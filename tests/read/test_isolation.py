"""One source can fail only itself: a bug in vpt, a link loop, a FIFO, a name that is not UTF-8
or an e-mail header the e-mail package cannot take never stops the run or reaches the user as a
traceback, and a bug in vpt never looks like the unit's mistake."""

from __future__ import annotations

import base64
import os
import threading
from pathlib import Path
from typing import Any

import pytest
import python_calamine

from tests.read.hostile import filled
from tests.read.returns import PLAN
from vpt.cli import main
from vpt.consolidate import consolidate
from vpt.planbook import read_plan
from vpt.planbook import reader as reader_module
from vpt.planbook.writer import write_plan
from vpt.read import CheckResult, Submission, check_returns
from vpt.read import one as one_module
from vpt.read import workbook as workbook_module


def _good_b_is_read(result: CheckResult) -> None:
    b_values = {v.indicator_id: v.value for v in result.values if v.unit_id == "B"}
    assert b_values["I1"] == pytest.approx(90.0)
    assert b_values["I2"] == 20
    assert b_values["I3"] is True


def _planted_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    real = one_module.validate_sheet

    def buggy(plan: Any, sheet: Any, place: Any, **options: Any) -> Any:
        if place.unit_id == "A":
            return None + 1  # type: ignore[operator]  # the planted programming error
        return real(plan, sheet, place, **options)

    monkeypatch.setattr(one_module, "validate_sheet", buggy)


def test_a_bug_in_vpt_is_an_internal_error_with_the_log_not_the_units_mistake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "logg" / "vpt.log"
    monkeypatch.delenv("VPT_STRICT")
    monkeypatch.setenv("VPT_LOG", str(log))
    _planted_bug(monkeypatch)
    inbox = tmp_path / "in"
    inbox.mkdir()
    filled(inbox, "B")
    bad = filled(inbox, "A")
    result = check_returns(PLAN, [inbox], period_id="T1")
    _good_b_is_read(result)
    [finding] = [f for f in result.findings if f.file == str(bad)]
    assert finding.code == "internal-error"
    assert finding.message.startswith("Internt fel i vpt – kontakta supporten.")
    assert "Det är inte enhetens fel" in finding.message
    assert f"loggfilen {log}" in finding.message
    assert "spara" not in finding.message.casefold()
    incident = finding.value.split("händelse ")[1].rstrip(")")
    logged = log.read_text(encoding="utf-8")
    assert f"händelse {incident}: kontrollera arbetsboken: {bad}" in logged
    assert "TypeError" in logged and "return None + 1" in logged


def test_under_strict_mode_the_planted_bug_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _planted_bug(monkeypatch)
    filled(tmp_path, "A")
    with pytest.raises(TypeError):
        check_returns(PLAN, [tmp_path], period_id="T1")


def test_the_cli_shows_one_line_and_the_log_for_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:

    monkeypatch.delenv("VPT_STRICT")
    monkeypatch.setenv("VPT_LOG", str(tmp_path / "vpt.log"))
    monkeypatch.setattr("vpt.cli.check._handle", lambda args: {}["planted"])
    assert main(["check", "plan.xlsx", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("vpt: internt fel i vpt – kontakta supporten (KeyError).")
    assert str(tmp_path / "vpt.log") in err and "Traceback" not in err
    assert "KeyError: 'planted'" in (tmp_path / "vpt.log").read_text(encoding="utf-8")


class _Book:
    """A calamine workbook whose sheets raise ``planted`` when read."""

    def __init__(self, real: python_calamine.CalamineWorkbook, planted: Exception) -> None:
        self._real, self._planted = real, planted

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def get_sheet_by_name(self, name: str) -> Any:
        raise self._planted


def _calamine_raising(planted: Exception, *, when: str) -> Any:
    """A stand-in for the python_calamine module that raises ``planted`` on opening a workbook
    (``when="open"``) or on reading its sheets (``when="sheet"``)."""

    def from_filelike(stream: Any) -> Any:
        if when == "open":
            raise planted
        return _Book(python_calamine.CalamineWorkbook.from_filelike(stream), planted)

    workbook = type("CalamineWorkbook", (), {"from_filelike": staticmethod(from_filelike)})
    return type("calamine", (), {"CalamineWorkbook": workbook})


# What a damaged file makes calamine raise is the file's finding; a programming error in the same
# place is vpt's, and never "spara om filen".
FILE_FAULTS = [
    python_calamine.XmlError("trasig XML"),
    python_calamine.ZipError("trasig zip"),
    ValueError("ogiltigt tal"),
    OverflowError("datum utanför"),
    OSError("läsfel"),
]
VPT_FAULTS = [
    AttributeError("'NoneType' object has no attribute 'to_python'"),
    TypeError("unsupported operand"),
    KeyError("planted"),
    IndexError("list index out of range"),
]


@pytest.mark.parametrize(("when", "blamed"), [("open", "file-unreadable"),
                                              ("sheet", "sheet-unreadable")])  # fmt: skip
@pytest.mark.parametrize("planted", FILE_FAULTS + VPT_FAULTS, ids=repr)
def test_only_what_a_file_can_cause_is_blamed_on_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: Exception, when: str, blamed: str
) -> None:
    monkeypatch.delenv("VPT_STRICT")
    monkeypatch.setenv("VPT_LOG", str(tmp_path / "vpt.log"))
    path = filled(tmp_path, "A")
    monkeypatch.setattr(workbook_module, "python_calamine", _calamine_raising(planted, when=when))
    result = check_returns(PLAN, [path], period_id="T1")
    codes = {f.code for f in result.findings if f.file == str(path)}
    expected = blamed if planted in FILE_FAULTS else "internal-error"
    assert expected in codes
    assert {"file-unreadable", "sheet-unreadable", "internal-error"} & codes == {expected}


def test_a_bug_while_reading_a_plan_is_not_called_an_unreadable_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = tmp_path / "plan.xlsx"
    write_plan(PLAN, plan)
    monkeypatch.setattr(reader_module, "python_calamine",
                        _calamine_raising(TypeError("planted"), when="open"))  # fmt: skip
    with pytest.raises(TypeError, match="planted"):
        read_plan(plan)
    monkeypatch.setattr(reader_module, "python_calamine",
                        _calamine_raising(python_calamine.XmlError("trasig"), when="open"))  # fmt: skip
    assert read_plan(plan)[1].codes() == ["plan-unreadable"]


def _check_finishes(inbox: Path) -> CheckResult:
    """check_returns in a thread that must end within 60 s (a FIFO would block it forever)."""
    box: list[CheckResult] = []
    worker = threading.Thread(
        target=lambda: box.append(check_returns(PLAN, [inbox], period_id="T1")), daemon=True
    )
    worker.start()
    worker.join(60)
    assert box, "check_returns did not finish"
    return box[0]


def test_link_loops_and_fifos_cost_a_finding_each(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    filled(inbox, "B")
    (inbox / "loop.xlsx").symlink_to("loop.xlsx")
    (inbox / "mapp").symlink_to(inbox / "mapp", target_is_directory=True)
    (inbox / "a").mkdir()
    (inbox / "a" / "upp.xlsx").symlink_to(inbox / "a")
    os.mkfifo(inbox / "kanal.xlsx")
    result = _check_finishes(inbox)
    _good_b_is_read(result)
    codes = {Path(f.file).name: f.code for f in result.findings}
    assert codes["loop.xlsx"] == "file-unreadable"
    assert codes["kanal.xlsx"] == "not-a-regular-file"
    result = _check_finishes(inbox / "loop.xlsx")
    assert [f.code for f in result.findings] == ["input-missing"]


def test_a_file_name_that_is_not_utf8_is_read_and_summarised(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    filled(inbox, "B")
    odd = os.fsdecode(os.fsencode(inbox) + b"/svar fr\xe5n alfa.xlsx")
    filled(inbox, "A").rename(odd)
    result = _check_finishes(inbox)
    _good_b_is_read(result)
    [a_file] = [f for f in result.files if f.unit_id == "A"]
    assert a_file.submission is Submission.ACCEPTED
    assert a_file.name.endswith("svar fr\ufffdn alfa.xlsx")
    out = consolidate(PLAN, result, tmp_path / "Sammanställning.xlsx")
    assert out.stat().st_size > 0


def _eml(attachment: bytes, headers: bytes) -> bytes:
    body = base64.encodebytes(attachment)
    return (
        headers + b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="gr"\r\n\r\n'
        b"--gr\r\nContent-Type: text/plain\r\n\r\nHej\r\n"
        b"--gr\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n"
        b'Content-Disposition: attachment; filename="svar.xlsx"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + body + b"--gr--\r\n"
    )


@pytest.mark.parametrize(
    "headers",
    [
        b"From: Alfa-gruppen: anna@example.se, bo@example.se;\r\nDate: Thu, 1 May 2025 09:00:00 +0200\r\n",
        b"From: =?utf-8?q?Anna_=C3=85?=\r\n =?utf-8?b?!!!?= <anna@example.se>\r\nSubject: =?utf-8?q?T1\r\n =?=\r\n",
        b'From: "Anna \\"\\\\" <anna@example.se\r\nDate: Fri, 31 Dec 9999 23:59:59 +0100\r\n',
        b"From: <>\r\nDate: Mon, 99 Foo 2025 25:61:61 +9999\r\nContent-Type: text/plain; charset=x-okand\r\n",
    ],
    ids=["group-syntax", "broken-encoded-words", "odd-quoting-year-9999", "nonsense-date"],
)
def test_email_headers_the_package_cannot_take_cost_only_that_email(
    tmp_path: Path, headers: bytes
) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    filled(inbox, "B")
    work = tmp_path / "work"
    work.mkdir()
    attachment = filled(work, "A").read_bytes()
    mail = inbox / "svar från alfa.eml"
    mail.write_bytes(_eml(attachment, headers))
    result = _check_finishes(inbox)
    _good_b_is_read(result)
    from_mail = [f for f in result.files if f.name.startswith(str(mail))]
    said = [f for f in result.findings if f.file.startswith(str(mail))]
    assert from_mail or said, "the e-mail was neither read nor reported"
    for file in from_mail:
        assert file.unit_id == "A"
