"""Collecting returned workbooks from files, folders and saved e-mails, without touching them."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from vpt.errors import ReturnUnreadable
from vpt.findings import Severity
from vpt.read.guard import MAX_FILE_BYTES, check_container
from vpt.read.sources import Candidate, collect

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
VALID_XLSX = (CORPUS / "valid.xlsx").read_bytes()
MTIME = datetime(2026, 5, 6, 8, 0, tzinfo=UTC)
MAIL_DATE = datetime(2026, 5, 4, 9, 30, tzinfo=timezone(timedelta(hours=2)))
ANNA = "Anna Andersson <anna.andersson@kultur.example.se>"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the corpus with a known mtime on every file."""
    folder = tmp_path / "returer"
    shutil.copytree(CORPUS, folder)
    for path in folder.iterdir():
        os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))
    return folder


def digests(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def outcome(candidate: Candidate) -> str:
    try:
        check_container(candidate.read(), candidate.suffix)
    except ReturnUnreadable as exc:
        return exc.code
    return "ok"


def test_corpus_folder_gives_candidates_findings_and_silence(corpus: Path) -> None:
    collected = collect([corpus])
    assert [(Path(c.name.split(" › ")[0]).name, c.carrier) for c in collected.candidates] == [
        ("encrypted.xlsx", "file"),
        ("entity-bomb.xlsx", "file"),
        ("not-a-zip.xlsx", "file"),
        ("pdf-renamed.xlsx", "file"),
        ("returned-by-mail.eml", "email"),
        ("truncated-zip.xlsx", "file"),
        ("valid.ods", "file"),
        ("valid.xlsx", "file"),
        ("zip-bomb.xlsx", "file"),
    ]
    assert collected.findings.flatten(["code", "severity", "file"]) == [
        ["email-without-workbook", "warning", str(corpus / "mail-without-attachment.eml")],
        ["msg-not-supported", "warning", str(corpus / "outlook.msg")],
    ]


def test_every_corpus_candidate_gives_its_code_and_good_ones_are_read(corpus: Path) -> None:
    collected = collect([corpus])
    outcomes = {Path(c.name).name: outcome(c) for c in collected.candidates}
    assert outcomes == {
        "encrypted.xlsx": "encrypted",
        "entity-bomb.xlsx": "unsafe-xml",
        "not-a-zip.xlsx": "not-a-workbook",
        "pdf-renamed.xlsx": "not-a-workbook",
        "returned-by-mail.eml › Uppföljning T1 Kultur.xlsx": "ok",
        "truncated-zip.xlsx": "corrupt-zip",
        "valid.ods": "ok",
        "valid.xlsx": "ok",
        "zip-bomb.xlsx": "zip-bomb",
    }
    good = [c for c in collected.candidates if outcome(c) == "ok"]
    rows = [
        python_calamine.load_workbook(io.BytesIO(c.read())).get_sheet_by_index(0).to_python()
        for c in good
    ]
    assert rows == [
        [["Indikator", "Utfall"], ["Andel nöjda brukare", 0.75]],
        [["Utfall", 5.2]],
        [["Indikator", "Utfall"], ["Andel nöjda brukare", 0.75]],
    ]


def test_nothing_is_written_to_any_input(corpus: Path) -> None:
    before = digests(corpus)
    collected = collect([corpus, *sorted(corpus.iterdir())])
    for candidate in collected.candidates:
        if outcome(candidate) == "ok":
            python_calamine.load_workbook(io.BytesIO(candidate.read())).get_sheet_by_index(0)
            if candidate.suffix == ".xlsx":
                openpyxl.load_workbook(io.BytesIO(candidate.read()), data_only=True).close()
    assert digests(corpus) == before
    assert len(before) == 14


def test_email_attachment_carries_name_date_sender_and_bytes(corpus: Path) -> None:
    [candidate] = collect([corpus / "returned-by-mail.eml"]).candidates
    assert candidate == Candidate(
        name=f"{corpus / 'returned-by-mail.eml'} › Uppföljning T1 Kultur.xlsx",
        path=corpus / "returned-by-mail.eml",
        suffix=".xlsx",
        received=MAIL_DATE,
        sha256=hashlib.sha256(VALID_XLSX).hexdigest(),
        carrier="email",
        sender=ANNA,
        attachment=0,
    )
    assert candidate.read() == VALID_XLSX


def test_file_candidate_is_received_at_its_mtime(corpus: Path) -> None:
    [candidate] = collect([corpus / "valid.xlsx"]).candidates
    assert (candidate.name, candidate.received, candidate.carrier, candidate.sender) == (
        str(corpus / "valid.xlsx"),
        MTIME,
        "file",
        "",
    )
    assert candidate.received.tzinfo is not None


def mail(*, date: str | None, attachments: list[tuple[str, bytes]], sender: str = ANNA) -> bytes:
    message = EmailMessage(policy=default_policy)
    message["From"] = sender
    message["Subject"] = "Uppföljning"
    if date is not None:
        message["Date"] = date
    message.set_content("Hej!")
    for filename, data in attachments:
        message.add_attachment(
            data, maintype="application", subtype="octet-stream", filename=filename
        )
    return message.as_bytes()


def forwarded(inner: bytes, *, base64_encoded: bool) -> bytes:
    """A controller's mail forwarding the unit's mail as an attachment."""
    outer = EmailMessage(policy=default_policy)
    outer["From"] = "Controller <controller@region.example.se>"
    outer["Date"] = "Thu, 07 May 2026 10:00:00 +0200"
    outer.set_content("Vidarebefordrar.")
    if base64_encoded:  # against RFC 2046, but some clients do it
        outer.add_attachment(inner, maintype="message", subtype="rfc822")
    else:
        outer.add_attachment(message_from_bytes(inner, policy=default_policy))
    return outer.as_bytes()


@pytest.mark.parametrize(
    ("case", "raw", "names", "received", "sender", "codes"),
    [
        (
            "two workbooks and a pdf",
            mail(
                date="Mon, 04 May 2026 09:30:00 +0200",
                attachments=[("b.xlsx", b"1"), ("a.ODS", b"2"), ("scan.pdf", b"%PDF")],
            ),
            ["b.xlsx", "a.ODS"],
            MAIL_DATE,
            ANNA,
            [],
        ),
        (
            "no date header: the file's time",
            mail(date=None, attachments=[("x.xlsm", b"1")]),
            ["x.xlsm"],
            MTIME,
            ANNA,
            [],
        ),
        (
            "date without zone is taken as UTC",
            mail(date="Mon, 04 May 2026 07:30:00 -0000", attachments=[("x.xlsx", b"1")]),
            ["x.xlsx"],
            datetime(2026, 5, 4, 7, 30, tzinfo=UTC),
            ANNA,
            [],
        ),
        (
            "unparsable date: the file's time",
            mail(date="igår vid lunch", attachments=[("x.xlsx", b"1")]),
            ["x.xlsx"],
            MTIME,
            ANNA,
            [],
        ),
        (
            "a folder in the attachment name is dropped",
            mail(date=None, attachments=[("C:\\Users\\anna\\Uppföljning.xlsx", b"1")]),
            ["Uppföljning.xlsx"],
            MTIME,
            ANNA,
            [],
        ),
        (
            "forwarded mail: the unit's own date and sender",
            forwarded(
                mail(date="Mon, 04 May 2026 09:30:00 +0200", attachments=[("f.xlsx", b"1")]),
                base64_encoded=False,
            ),
            ["f.xlsx"],
            MAIL_DATE,
            ANNA,
            [],
        ),
        (
            "forwarded mail, base64-encoded",
            forwarded(
                mail(date="Mon, 04 May 2026 09:30:00 +0200", attachments=[("f.xlsx", b"1")]),
                base64_encoded=True,
            ),
            ["f.xlsx"],
            MAIL_DATE,
            ANNA,
            [],
        ),
        (
            "old xls attachment",
            mail(date=None, attachments=[("gammal.xls", b"1")]),
            [],
            None,
            "",
            ["old-xls", "email-without-workbook"],
        ),
        (
            "lock file attachment only",
            mail(date=None, attachments=[("~$x.xlsx", b"1")]),
            [],
            None,
            "",
            ["email-without-workbook"],
        ),
        ("not a mail at all", b"\x00\x01\x02 skr\xe4p", [], None, "", ["email-without-workbook"]),
    ],
)
def test_email_cases(
    case: str,
    raw: bytes,
    names: list[str],
    received: datetime | None,
    sender: str,
    codes: list[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "brev.eml"
    path.write_bytes(raw)
    os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))
    collected = collect([path])
    assert [c.name for c in collected.candidates] == [f"{path} › {n}" for n in names], case
    assert {c.received for c in collected.candidates} == ({received} if names else set()), case
    assert {c.sender for c in collected.candidates} == ({sender} if names else set()), case
    assert collected.findings.codes() == codes, case


@pytest.mark.parametrize(
    ("filename", "explicit", "codes", "collected_suffix"),
    [
        ("a.xlsx", True, [], ".xlsx"),
        ("A.XLSX", False, [], ".xlsx"),
        ("a.xlsm", False, [], ".xlsm"),
        ("a.ods", False, [], ".ods"),
        ("~$a.xlsx", True, [], None),
        ("~$a.xlsx", False, [], None),
        (".~lock.a.xlsx#", False, [], None),
        (".hidden.xlsx", False, [], None),
        ("._a.xlsx", False, [], None),
        ("~WRL0001.tmp", False, [], None),
        ("A1B2C3D4.tmp", True, [], None),
        ("anteckning.txt", True, ["not-a-workbook-file"], None),
        ("anteckning.txt", False, [], None),
        ("gammal.xls", False, ["old-xls"], None),
        ("brev.msg", False, ["msg-not-supported"], None),
        ("brev.msg", True, ["msg-not-supported"], None),
    ],
)
def test_file_kinds(
    filename: str, explicit: bool, codes: list[str], collected_suffix: str | None, tmp_path: Path
) -> None:
    path = tmp_path / filename
    path.write_bytes(VALID_XLSX)
    collected = collect([path if explicit else tmp_path])
    assert collected.findings.codes() == codes
    assert [c.suffix for c in collected.candidates] == (
        [collected_suffix] if collected_suffix else []
    )


def test_folders_are_walked_recursively_in_sorted_order_once(tmp_path: Path) -> None:
    for relative in ["b/2.xlsx", "b/1.xlsx", "a/z/3.xlsx", "c.xlsx", ".git/x.xlsx", "a/0.ods"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(relative.encode())
    collected = collect([tmp_path, tmp_path / "c.xlsx", tmp_path / "b"])
    assert [Path(c.name).relative_to(tmp_path).as_posix() for c in collected.candidates] == [
        "c.xlsx",
        "a/0.ods",
        "a/z/3.xlsx",
        "b/1.xlsx",
        "b/2.xlsx",
    ]
    assert [c.read() for c in collected.candidates][:2] == [b"c.xlsx", b"a/0.ods"]
    assert len(collected.findings) == 0


def test_missing_input_is_an_error_and_the_rest_is_still_collected(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(VALID_XLSX)
    collected = collect([tmp_path / "saknas.xlsx", tmp_path / "a.xlsx"])
    assert collected.findings.flatten(["code", "severity"]) == [["input-missing", "error"]]
    assert collected.findings[0].severity is Severity.ERROR
    assert [Path(c.name).name for c in collected.candidates] == ["a.xlsx"]


def test_oversized_file_is_reported_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "stor.xlsx"
    with big.open("wb") as stream:  # sparse: no disk space used
        stream.truncate(MAX_FILE_BYTES + 1)
    collected = collect([big])
    assert collected.findings.codes() == ["too-large"]
    assert collected.candidates == ()
