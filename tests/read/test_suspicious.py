"""Returns that are not what they seem get findings: duplicate zip parts, a hidden follow-up
sheet, an identity that contradicts itself, a forged sender, a date in the future; and a sheet
that cannot be read says what is wrong with it."""

from __future__ import annotations

import base64
import os
import re
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.read.hostile import change_sheet, filled, rewrite, sheet_part
from tests.read.returns import PLAN
from vpt.read import Submission, check_returns


def _only(result_findings: object, file: Path) -> list[tuple[str, str]]:
    return [(f.code, f.severity.value) for f in result_findings if f.file == str(file)]  # type: ignore[attr-defined]


def test_a_duplicate_zip_part_is_refused(tmp_path: Path) -> None:
    path = filled(tmp_path, "A")
    data = path.read_bytes()
    part = sheet_part(data, "Uppföljning")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        path.write_bytes(rewrite(data, {}, {part: b"<worksheet/>"}))
    result = check_returns(PLAN, [path], period_id="T1")
    assert _only(result.findings, path) == [("duplicate-part", "error")]
    assert "två delar med samma namn (xl/worksheets/sheet2.xml)" in result.findings[0].message


def test_a_hidden_followup_sheet_is_refused(tmp_path: Path) -> None:
    path = filled(tmp_path, "A")
    hide = lambda xml: xml.replace(  # noqa: E731
        'name="Uppföljning" sheetId="2" state="visible"'.encode(),
        'name="Uppföljning" sheetId="2" state="veryHidden"'.encode(),
    )
    path.write_bytes(rewrite(path.read_bytes(), {"xl/workbook.xml": hide}))
    result = check_returns(PLAN, [path], period_id="T1")
    assert _only(result.findings, path) == [("followup-sheet-hidden", "error")]
    assert [f.submission for f in result.files] == [Submission.REJECTED]


def test_identity_sheet_and_properties_that_disagree_are_a_warning(tmp_path: Path) -> None:
    path = filled(tmp_path, "A")
    other_unit = lambda xml: re.sub(  # noqa: E731
        rb'(name="vpt.unit_id"[^>]*><vt:lpwstr>)A(<)', rb"\1B\2", xml
    )
    path.write_bytes(rewrite(path.read_bytes(), {"docProps/custom.xml": other_unit}))
    result = check_returns(PLAN, [path], period_id="T1")
    [finding] = [f for f in result.findings if f.code == "identity-mismatch"]
    assert finding.severity.value == "warning"
    assert finding.value == "enheten A i bladet men B i egenskaperna"
    assert [(f.unit_id, f.submission) for f in result.files] == [("A", Submission.ACCEPTED)]


def _eml(attachment: bytes, sender: str, date: str) -> bytes:
    return (
        (
            f"From: {sender}\r\nTo: controller@example.se\r\nSubject: T1\r\nDate: {date}\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="gr"\r\n\r\n'
            "--gr\r\nContent-Type: text/plain\r\n\r\nHej\r\n"
            "--gr\r\nContent-Type: application/octet-stream\r\n"
            'Content-Disposition: attachment; filename="svar.xlsx"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + base64.encodebytes(attachment)
        + b"--gr--\r\n"
    )


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("Anna <anna@example.se>", []),
        ("Anna <ANNA@Example.se>", []),
        ("Anna privat <anna.a@example.se>", [("sender-not-unit", "info")]),
        ("Anna <anna@example.se.evil.test>", [("sender-not-unit", "warning")]),
        ("Mallory <mallory@evil.test>", [("sender-not-unit", "warning")]),
    ],
)
def test_an_email_from_another_address_than_the_units(
    tmp_path: Path, sender: str, expected: list[tuple[str, str]]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    data = filled(work, "A").read_bytes()
    mail = tmp_path / "svar.eml"
    mail.write_bytes(_eml(data, sender, "Thu, 01 May 2025 09:00:00 +0200"))
    result = check_returns(PLAN, [mail], period_id="T1")
    said = [(f.code, f.severity.value) for f in result.findings if f.code == "sender-not-unit"]
    assert said == expected


def test_a_forged_future_date_never_wins_over_the_genuine_return(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    genuine = filled(inbox, "A", "äkta.xlsx")
    work = tmp_path / "work"
    work.mkdir()
    forged_data = filled(work, "A").read_bytes()
    mail = inbox / "förfalskat.eml"
    mail.write_bytes(
        _eml(forged_data, "Mallory <mallory@evil.test>", "Fri, 31 Dec 9998 23:00:00 +0100")
    )
    soon = datetime.now(UTC) + timedelta(hours=2)
    os.utime(genuine, (soon.timestamp(), soon.timestamp()))  # a clock a little ahead: fine
    result = check_returns(PLAN, [inbox], period_id="T1")
    by_name = {Path(f.name.split(" › ")[0]).name: f.submission for f in result.files}
    assert by_name == {"äkta.xlsx": Submission.ACCEPTED, "förfalskat.eml": Submission.DUPLICATE}
    forged = [f.code for f in result.findings if f.file.startswith(str(mail))]
    assert sorted(forged) == ["duplicate", "received-in-future", "sender-not-unit"]
    assert "received-in-future" not in [f.code for f in result.findings if f.file == str(genuine)]


def test_a_broken_followup_sheet_says_what_is_wrong(tmp_path: Path) -> None:
    path = filled(tmp_path, "A")
    change_sheet(path, "Uppföljning", lambda xml: xml[: len(xml) // 2])
    result = check_returns(PLAN, [path], period_id="T1")
    [finding] = [f for f in result.findings if f.file == str(path)]
    assert finding.code == "sheet-unreadable"
    assert finding.message.startswith("Bladet ”Uppföljning” kan inte läsas: det har trasig XML.")
