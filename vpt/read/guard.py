"""Safety checks on a returned file before any spreadsheet reader opens it.

A returned file comes from outside: it may be a PDF renamed to .xlsx, a password-protected
workbook, a truncated download, a decompression bomb or a workbook whose XML declares entities.
:func:`check_container` looks at the bytes and the zip directory only (nothing is inflated
except the first bytes of each XML part) and raises :class:`vpt.errors.ReturnUnreadable` with a
stable ``code`` and a Swedish message that tells the unit what to do:

    too-large       the file is larger than any real follow-up workbook
    not-a-workbook  not a zip or OLE file at all, or a zip without a workbook inside
    wrong-suffix    an .ods saved under .xlsx/.xlsm or the other way round
    encrypted       password-protected (OOXML in an OLE file, encrypted zip entries, encrypted ODF)
    old-xls         an Excel 97-2003 .xls renamed to .xlsx
    corrupt-zip     a zip whose directory is broken or points outside the file
    zip-bomb        the directory promises far more data than a workbook holds
    duplicate-part  two parts with the same name: programs may each show a different one
    unsafe-xml      an XML part declares a DTD (entity bombs, external entities)
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from vpt.errors import ReturnUnreadable
from vpt.findings import Finding, Severity

__all__ = [
    "MAX_COMPRESSION_RATIO",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "MAX_UNCOMPRESSED_BYTES",
    "RATIO_CHECK_FLOOR",
    "check_container",
    "check_xml_safe",
    "unreadable_finding",
]

# A filled follow-up workbook is 20-200 KB; a workbook with pasted screenshots a few MB.
# 50 MB is far above any real return and still cheap to hold in memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
# An .xlsx from Excel or vpt has 10-40 parts, an .ods about 10, even with many sheets and
# images a few hundred. Thousands of entries only serve to exhaust the reader.
MAX_ENTRIES = 2_000
# What the readers would have to inflate in total. Real returns inflate to a few MB; 200 MB is
# already seconds of parsing and about 1 GB of reader memory, so nothing legitimate is larger.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# Real workbooks compress 4-8x; even 2 million identical styled blank cells (a 45 MB sheet)
# compress only 12x. Deflate bombs sit near deflate's ceiling of about 1000x. Checked per entry and in total, but only
# once the inflated size is large enough to hurt (small parts can compress absurdly, harmlessly).
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_FLOOR = 10 * 1024 * 1024

# A DOCTYPE must come before the root element; real parts have it within the first 100 bytes.
# A prolog longer than this is itself suspicious (it would hide a DOCTYPE behind padding).
_PROLOG_LIMIT = 64 * 1024
_PROLOG_PEEK = 512

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_XLSX_SUFFIXES = (".xlsx", ".xlsm")


def check_container(data: bytes, suffix: str) -> None:
    """Raise :class:`ReturnUnreadable` unless ``data`` is a workbook that is safe to open.

    ``suffix`` is ".xlsx", ".xlsm" or ".ods" (lower case), as the file was named.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ReturnUnreadable(
            f"Filen är {len(data) / 1024 / 1024:.0f} MB, större än de {_mb(MAX_FILE_BYTES)} MB "
            "en uppföljningsarbetsbok kan vara. Be enheten ta bort inklistrade bilder och skicka "
            "arbetsboken igen.",
            code="too-large",
        )
    if data.startswith(_OLE_MAGIC):
        _reject_ole(data)
    if not data.startswith(_ZIP_MAGICS):
        raise ReturnUnreadable(_not_a_workbook_message(data, suffix), code="not-a-workbook")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise _corrupt() from exc
    with archive:
        _check_directory(archive.infolist(), len(data))
        try:
            _check_kind(archive, suffix)
            _check_xml(archive, data)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise _corrupt() from exc


def check_xml_safe(data: bytes) -> None:
    """Raise ``unsafe-xml`` if any XML part of the zip ``data`` declares a DTD.

    Neither OOXML (OPC forbids DTDs) nor ODF as written by Excel, LibreOffice or Gnumeric has
    one, so any DOCTYPE is hostile: entity expansion bombs or external entities. Only each
    part's prolog is inflated, at most ``_PROLOG_LIMIT`` bytes. :func:`check_container` runs
    this already; both readers refuse entities on their own too (see tests/read/test_guard.py).
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        _check_xml(archive, data)


def _check_xml(archive: zipfile.ZipFile, data: bytes) -> None:
    for info in archive.infolist():
        if info.is_dir() or not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        safe = _prolog_is_safe(_head(archive, info, data, _PROLOG_PEEK))
        if not safe:  # undecided within the peek, or unsafe: look at the whole allowance
            safe = _prolog_is_safe(_head(archive, info, data, _PROLOG_LIMIT))
        if not safe:
            raise ReturnUnreadable(
                f"Arbetsboken innehåller en otillåten XML-konstruktion (i {info.filename}) som "
                "kan få datorn att hänga sig, och öppnas därför inte. Be enheten fylla i en ny "
                "uppföljningsarbetsbok från vpt och skicka den.",
                code="unsafe-xml",
            )


def _head(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes, size: int) -> bytes:
    """The first ``size`` inflated bytes of a part.

    Inflates straight from the local entry: ``ZipFile.open`` costs about 15 µs a part, which
    over the ten-odd XML parts of a workbook was a third of a calamine read.
    """
    local = info.header_offset
    if data[local : local + 4] == b"PK\x03\x04":
        name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
        start = local + 30 + name_length + extra_length
        raw = data[start : start + min(info.compress_size, size + 1024)]
        if info.compress_type == zipfile.ZIP_STORED:
            return raw[:size]
        if info.compress_type == zipfile.ZIP_DEFLATED:
            try:
                return zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, size)
            except zlib.error:
                pass
    with archive.open(info) as stream:
        return stream.read(size)


def unreadable_finding(error: ReturnUnreadable, file: str) -> Finding:
    """The finding the caller reports for a file the guard (or a reader) refused."""
    return Finding(code=error.code, severity=Severity.ERROR, message=str(error), file=file)


def _reject_ole(data: bytes) -> None:
    # Directory entry names in an OLE compound file are stored as UTF-16LE, so the stream
    # names can be found without parsing the sectors.
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise ReturnUnreadable(
            "Arbetsboken är skyddad med lösenord och kan inte läsas. Öppna den, spara utan "
            "lösenord och skicka igen (i Excel: Arkiv > Info > Skydda arbetsbok > Kryptera med "
            "lösenord, töm rutan).",
            code="encrypted",
        )
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        raise ReturnUnreadable(
            "Filen är en gammal Excel-fil (.xls, Excel 97-2003) som bytt namn. Öppna den och "
            "spara som Excel-arbetsbok (.xlsx), utan lösenord, och skicka igen.",
            code="old-xls",
        )
    raise ReturnUnreadable(
        "Filen är ett annat Office-dokument (t.ex. Word), inte en arbetsbok. "
        "Skicka den ifyllda uppföljningsarbetsboken (.xlsx) i stället.",
        code="not-a-workbook",
    )


def _not_a_workbook_message(data: bytes, suffix: str) -> str:
    if data.startswith(b"%PDF"):
        what = "en PDF och ingen arbetsbok"
    elif not data.strip():
        what = "tom"
    elif data.lstrip()[:1] == b"<":
        what = "en webbsida eller XML-fil och ingen arbetsbok"
    else:
        what = "ingen arbetsbok (den innehåller text eller något annat)"
    return (
        f"Filen är {what}, fast den heter {suffix}. "
        "Skicka den ifyllda uppföljningsarbetsboken (.xlsx eller .ods) i stället."
    )


def _check_directory(infos: list[zipfile.ZipInfo], size: int) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _bomb(f"{len(infos)} delar (en arbetsbok har högst några hundra)")
    names: set[str] = set()
    for info in infos:
        key = info.filename.replace("\\", "/").casefold()
        if key in names:
            raise ReturnUnreadable(
                f"Arbetsboken innehåller två delar med samma namn ({info.filename}), så olika "
                "program kan visa olika innehåll. Den läses inte. Be enheten öppna arbetsboken, "
                "spara den på nytt som .xlsx och skicka den igen.",
                code="duplicate-part",
            )
        names.add(key)
    total = 0
    compressed_total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ReturnUnreadable(
                "Arbetsboken är krypterad och kan inte läsas. Spara utan lösenord och skicka igen.",
                code="encrypted",
            )
        if info.header_offset + info.compress_size > size:
            raise _corrupt()
        total += info.file_size
        compressed_total += info.compress_size
        too_dense = _ratio(info.file_size, info.compress_size) > MAX_COMPRESSION_RATIO
        if info.file_size > RATIO_CHECK_FLOOR and too_dense:
            ratio = _ratio(info.file_size, info.compress_size)
            raise _bomb(f"delen {info.filename} packas upp {ratio:.0f} gånger")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _bomb(f"{_mb(total)} MB uppackat (gränsen är {_mb(MAX_UNCOMPRESSED_BYTES)} MB)")
    if total > RATIO_CHECK_FLOOR and _ratio(total, compressed_total) > MAX_COMPRESSION_RATIO:
        raise _bomb(f"innehållet packas upp {_ratio(total, compressed_total):.0f} gånger")


def _check_kind(archive: zipfile.ZipFile, suffix: str) -> None:
    names = set(archive.namelist())
    is_xlsx = "xl/workbook.xml" in names
    is_ods = "content.xml" in names and _zip_text(archive, "mimetype").startswith(
        "application/vnd.oasis.opendocument.spreadsheet"
    )
    if (suffix in _XLSX_SUFFIXES and is_ods) or (suffix == ".ods" and is_xlsx):
        actual = "ett OpenDocument-kalkylark (.ods)" if is_ods else "en Excel-arbetsbok (.xlsx)"
        raise ReturnUnreadable(
            f"Filen heter {suffix} men är {actual}. Byt till rätt filändelse och läs in den "
            "igen, eller be enheten spara arbetsboken som .xlsx.",
            code="wrong-suffix",
        )
    if not (is_xlsx or is_ods):
        raise ReturnUnreadable(
            "Filen är en zip-fil men ingen arbetsbok (ingen xl/workbook.xml eller content.xml). "
            "Skicka den ifyllda uppföljningsarbetsboken (.xlsx eller .ods) i stället.",
            code="not-a-workbook",
        )
    if is_ods and "encryption-data" in _zip_text(archive, "META-INF/manifest.xml"):
        raise ReturnUnreadable(
            "Kalkylarket är skyddat med lösenord och kan inte läsas. Spara utan lösenord och "
            "skicka igen (i LibreOffice: Arkiv > Spara som, bocka ur Spara med lösenord).",
            code="encrypted",
        )


def _zip_text(archive: zipfile.ZipFile, name: str, limit: int = 64 * 1024) -> str:
    """The first ``limit`` bytes of a small part as text, "" if absent."""
    try:
        with archive.open(name) as stream:
            return stream.read(limit).decode("utf-8", errors="replace")
    except KeyError:
        return ""


def _prolog_is_safe(head: bytes) -> bool:
    """True when the root element starts in ``head`` after only a declaration, comments,
    processing instructions and whitespace: no DOCTYPE, and nothing hidden behind padding."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    elif head.startswith(b"<\x00"):
        text = head.decode("utf-16-le", errors="replace")
    elif head.startswith(b"\x00<"):
        text = head.decode("utf-16-be", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    pos = 0
    while True:
        pos = len(text) - len(text[pos:].lstrip())
        for opener, closer in (("<?", "?>"), ("<!--", "-->")):
            if text.startswith(opener, pos):
                end = text.find(closer, pos + len(opener))
                if end < 0:
                    return False
                pos = end + len(closer)
                break
        else:
            return _NAME_START.match(text, pos) is not None


_NAME_START = re.compile(r"<[^\W\d]", re.UNICODE)


def _ratio(inflated: int, deflated: int) -> float:
    return inflated / max(deflated, 1)


def _mb(size: int) -> int:
    return size // (1024 * 1024)


def _bomb(detail: str) -> ReturnUnreadable:
    return ReturnUnreadable(
        f"Filen ser ut som en så kallad zip-bomb ({detail}) och öppnas inte, för att skydda "
        "datorn. Be enheten fylla i en ny uppföljningsarbetsbok och skicka den.",
        code="zip-bomb",
    )


def _corrupt() -> ReturnUnreadable:
    return ReturnUnreadable(
        "Filen är trasig (avbruten eller ofullständigt sparad) och kan inte öppnas. "
        "Be enheten spara arbetsboken på nytt och skicka den igen.",
        code="corrupt-zip",
    )
