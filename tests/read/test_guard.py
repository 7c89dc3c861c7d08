"""The guard refuses hostile files by their bytes and zip directory; the readers' own defences."""

from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from vpt.errors import ReturnUnreadable
from vpt.findings import Severity
from vpt.read import guard
from vpt.read.guard import check_container, unreadable_finding

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
sys.path.insert(0, str(CORPUS))
import make_corpus  # noqa: E402

VALID_XLSX = (CORPUS / "valid.xlsx").read_bytes()
VALID_ODS = (CORPUS / "valid.ods").read_bytes()
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def code_of(data: bytes, suffix: str) -> str:
    try:
        check_container(data, suffix)
    except ReturnUnreadable as exc:
        assert str(exc), "every refusal carries a Swedish message"
        return exc.code
    return "ok"


def zipped(*parts: tuple[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in parts:
            archive.writestr(name, data)
    return out.getvalue()


def with_part(name: str, data: bytes, base: bytes = VALID_XLSX) -> bytes:
    return make_corpus.replace_part(base, name, data)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("valid.xlsx", "ok"),
        ("valid.ods", "ok"),
        ("not-a-zip.xlsx", "not-a-workbook"),
        ("truncated-zip.xlsx", "corrupt-zip"),
        ("pdf-renamed.xlsx", "not-a-workbook"),
        ("encrypted.xlsx", "encrypted"),
        ("zip-bomb.xlsx", "zip-bomb"),
        ("entity-bomb.xlsx", "unsafe-xml"),
    ],
)
def test_corpus_file_gives_its_code(name: str, code: str) -> None:
    path = CORPUS / name
    assert code_of(path.read_bytes(), path.suffix) == code


def test_zip_bomb_is_small_on_disk_and_refused_without_inflating() -> None:
    data = (CORPUS / "zip-bomb.xlsx").read_bytes()
    assert len(data) < 400 * 1024
    started = time.perf_counter()
    assert code_of(data, ".xlsx") == "zip-bomb"
    assert time.perf_counter() - started < 0.5


BIG = 20 * 1024 * 1024  # above RATIO_CHECK_FLOOR, below MAX_UNCOMPRESSED_BYTES


@pytest.mark.parametrize(
    ("case", "data", "suffix", "code"),
    [
        ("empty file", b"", ".xlsx", "not-a-workbook"),
        ("html saved as xlsx", b"<html><body>Utfall</body></html>", ".xlsx", "not-a-workbook"),
        (
            "old xls renamed",
            guard._OLE_MAGIC + b"\0" * 500 + "Workbook".encode("utf-16-le") + b"\0" * 100,
            ".xlsx",
            "old-xls",
        ),
        (
            "word document renamed",
            guard._OLE_MAGIC + b"\0" * 500 + "WordDocument".encode("utf-16-le"),
            ".xlsx",
            "not-a-workbook",
        ),
        ("zip without workbook", zipped(("readme.txt", b"hej")), ".xlsx", "not-a-workbook"),
        ("xlsx named ods", VALID_XLSX, ".ods", "wrong-suffix"),
        ("ods named xlsx", VALID_ODS, ".xlsx", "wrong-suffix"),
        ("ods named xlsm", VALID_ODS, ".xlsm", "wrong-suffix"),
        ("valid xlsm", VALID_XLSX, ".xlsm", "ok"),
        (
            "password-protected ods",
            with_part(
                "META-INF/manifest.xml",
                b'<?xml version="1.0"?><manifest:manifest><manifest:file-entry>'
                b"<manifest:encryption-data/></manifest:file-entry></manifest:manifest>",
                VALID_ODS,
            ),
            ".ods",
            "encrypted",
        ),
        (
            "too many entries",
            zipped(
                ("xl/workbook.xml", b"<workbook/>"),
                *((f"xl/media/{i}.bin", b"") for i in range(guard.MAX_ENTRIES)),
            ),
            ".xlsx",
            "zip-bomb",
        ),
        (
            "one dense part",
            zipped(("xl/workbook.xml", b"<workbook/>"), ("xl/big.xml", b" " * BIG)),
            ".xlsx",
            "zip-bomb",
        ),
        (
            "dense in total",
            zipped(
                ("xl/workbook.xml", b"<workbook/>"),
                *((f"xl/part{i}.xml", b"<a/>" + b" " * (BIG // 8)) for i in range(8)),
            ),
            ".xlsx",
            "zip-bomb",
        ),
        (
            "large but honest",
            zipped(
                ("xl/workbook.xml", b"<workbook/>"),
                ("xl/media/image.bin", bytes(range(256)) * 4096),
                method=zipfile.ZIP_STORED,
            ),
            ".xlsx",
            "ok",
        ),
        ("too large", b"PK\x03\x04" + bytes(guard.MAX_FILE_BYTES), ".xlsx", "too-large"),
        (
            "doctype in a sheet",
            with_part(
                "xl/worksheets/sheet1.xml",
                b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x "y">]><worksheet/>',
            ),
            ".xlsx",
            "unsafe-xml",
        ),
        (
            "external entity",
            with_part(
                "xl/workbook.xml",
                b'<!DOCTYPE w SYSTEM "file:///etc/passwd"><workbook/>',
            ),
            ".xlsx",
            "unsafe-xml",
        ),
        (
            "doctype behind a comment that looks like a tag",
            with_part("xl/styles.xml", b"<!-- <a> --><!DOCTYPE s [<!ENTITY e 'x'>]><styleSheet/>"),
            ".xlsx",
            "unsafe-xml",
        ),
        (
            "doctype hidden behind 70 KB of padding",
            with_part("xl/styles.xml", b" " * 70_000 + b"<!DOCTYPE s><styleSheet/>"),
            ".xlsx",
            "unsafe-xml",
        ),
        (
            "doctype in utf-16",
            with_part(
                "xl/styles.xml",
                '\ufeff<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE s><styleSheet/>'.encode(
                    "utf-16-le"
                ),
            ),
            ".xlsx",
            "unsafe-xml",
        ),
        (
            "doctype in ods content",
            with_part(
                "content.xml",
                b'<?xml version="1.0"?><!DOCTYPE office:document-content>'
                b"<office:document-content/>",
                VALID_ODS,
            ),
            ".ods",
            "unsafe-xml",
        ),
        (
            "utf-8 bom, comment and processing instruction are fine",
            with_part(
                "xl/styles.xml", b'\xef\xbb\xbf<?xml version="1.0"?><!-- ok --><styleSheet/>'
            ),
            ".xlsx",
            "ok",
        ),
    ],
)
def test_synthetic_case_gives_its_code(case: str, data: bytes, suffix: str, code: str) -> None:
    assert code_of(data, suffix) == code, case


def test_encrypted_zip_entries_are_refused() -> None:
    data = bytearray(VALID_XLSX)
    # Set the "encrypted" flag of the first entry in its central directory record.
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1
    assert code_of(bytes(data), ".xlsx") == "encrypted"


def corrupted_part(name: str, damage: str) -> bytes:
    """The valid workbook with the local entry of one part damaged."""
    data = bytearray(VALID_XLSX)
    with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as archive:
        info = archive.getinfo(name)
    local = info.header_offset
    if damage == "local header":
        data[local : local + 4] = b"XXXX"
    else:
        start = local + 30 + len(info.filename.encode()) + len(info.extra)
        data[start : start + 8] = b"\xff" * 8
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("xl/workbook.xml", "local header"),
        ("xl/workbook.xml", "deflate stream"),
        ("xl/styles.xml", "deflate stream"),
        ("xl/_rels/workbook.xml.rels", "local header"),
    ],
)
def test_damaged_part_is_corrupt_zip(name: str, damage: str) -> None:
    assert code_of(corrupted_part(name, damage), ".xlsx") == "corrupt-zip"


def test_check_xml_safe_alone() -> None:
    guard.check_xml_safe(VALID_XLSX)
    with pytest.raises(ReturnUnreadable) as raised:
        guard.check_xml_safe((CORPUS / "entity-bomb.xlsx").read_bytes())
    assert raised.value.code == "unsafe-xml"


def test_unreadable_finding_is_an_error_with_the_code_and_message() -> None:
    error = ReturnUnreadable("Filen är trasig.", code="corrupt-zip")
    finding = unreadable_finding(error, "brev.eml › bilaga.xlsx")
    assert (finding.code, finding.severity, finding.message, finding.file) == (
        "corrupt-zip",
        Severity.ERROR,
        "Filen är trasig.",
        "brev.eml › bilaga.xlsx",
    )


# What the readers themselves raise on files that get past a caller which skipped the guard.
# From bytes (an e-mail attachment has no path) calamine tries every format and reports only
# the base CalamineError "Cannot detect file format"; from a path it names the cause.
@pytest.mark.parametrize(
    ("name", "calamine_path_error", "openpyxl_error"),
    [
        ("truncated-zip.xlsx", python_calamine.ZipError, zipfile.BadZipFile),
        ("not-a-zip.xlsx", python_calamine.ZipError, zipfile.BadZipFile),
        ("encrypted.xlsx", python_calamine.PasswordError, zipfile.BadZipFile),
        ("pdf-renamed.xlsx", python_calamine.ZipError, zipfile.BadZipFile),
    ],
)
def test_readers_fail_cleanly_on_broken_files(
    name: str, calamine_path_error: type[Exception], openpyxl_error: type[Exception]
) -> None:
    path = CORPUS / name
    with pytest.raises(python_calamine.CalamineError, match="Cannot detect file format"):
        python_calamine.load_workbook(io.BytesIO(path.read_bytes()))
    with pytest.raises(calamine_path_error):
        python_calamine.load_workbook(str(path))
    with pytest.raises(openpyxl_error):
        openpyxl.load_workbook(io.BytesIO(path.read_bytes()), data_only=True)


_PROBE = """
import io, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
data = open(sys.argv[2], "rb").read()
try:
    if sys.argv[1] == "openpyxl":
        import openpyxl
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        [[c.value for c in row] for sheet in book.worksheets for row in sheet.iter_rows()]
    else:
        import python_calamine
        source = sys.argv[2] if sys.argv[1] == "calamine-path" else io.BytesIO(data)
        book = python_calamine.load_workbook(source)
        [book.get_sheet_by_name(n).to_python() for n in book.sheet_names]
except Exception as exc:
    cause = exc.__cause__ or exc.__context__
    print(type(exc).__name__, type(cause).__name__ if cause else "-")
else:
    print("read", "-")
"""

SHEET_BOMB = (
    make_corpus.BILLION_LAUGHS.replace("<!DOCTYPE sst", "<!DOCTYPE worksheet")
    .replace(
        "<sst xmlns",
        "<worksheet xmlns",
    )
    .replace(
        "<si><t>&lol9;</t></si></sst>",
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
        "</worksheet>",
    )
    .replace(' count="1" uniqueCount="1"', "")
)


@pytest.mark.parametrize(
    ("engine", "where", "expected"),
    [
        ("openpyxl", "sharedStrings", ("ValueError", "EntitiesForbidden")),
        ("openpyxl", "sheet", ("ValueError", "EntitiesForbidden")),
        ("calamine-bytes", "sharedStrings", ("CalamineError", "-")),
        ("calamine-bytes", "sheet", ("XmlError", "-")),
        ("calamine-path", "sharedStrings", ("XmlError", "-")),
        ("calamine-path", "sheet", ("XmlError", "-")),
    ],
)
def test_readers_refuse_entity_bombs_fast(
    engine: str, where: str, expected: tuple[str, str], tmp_path: Path
) -> None:
    if where == "sheet":
        data = with_part(make_corpus.SHEET, SHEET_BOMB.encode())
    else:
        data = (CORPUS / "entity-bomb.xlsx").read_bytes()
    assert code_of(data, ".xlsx") == "unsafe-xml"
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, engine, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert tuple(result.stdout.split()) == expected
    assert time.perf_counter() - started < 10
