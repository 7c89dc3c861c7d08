"""The guard's exact Swedish messages, input by input, and its limits on, below and above each edge.

The messages are what the controller reads and forwards to the unit, so each refusal is pinned
word for word here (tests/read/test_guard.py checks the codes on real and hostile files). The
directory limits are checked with hand-made zip directory entries: a part that claims 10 MB
inflated is cheap to describe and needs no 10 MB of data.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.read.test_guard import VALID_ODS, VALID_XLSX, with_part, zipped
from vpt.errors import ReturnUnreadable
from vpt.read import guard
from vpt.read.guard import check_container

MIB = 1024 * 1024
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file signature, written out by hand
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

SEND_WORKBOOK = "Skicka den ifyllda uppföljningsarbetsboken (.xlsx eller .ods) i stället."
CORRUPT = (
    "Filen är trasig (avbruten eller ofullständigt sparad) och kan inte öppnas. "
    "Be enheten spara arbetsboken på nytt och skicka den igen."
)
UNSAFE_STYLES = (
    "Arbetsboken innehåller en otillåten XML-konstruktion (i xl/styles.xml) som kan få datorn "
    "att hänga sig, och öppnas därför inte. Be enheten fylla i en ny uppföljningsarbetsbok från "
    "vpt och skicka den."
)


def bomb(detail: str) -> str:
    return (
        f"Filen ser ut som en så kallad zip-bomb ({detail}) och öppnas inte, för att skydda "
        "datorn. Be enheten fylla i en ny uppföljningsarbetsbok och skicka den."
    )


def refusal(data: bytes, suffix: str) -> tuple[str, str] | None:
    """(code, message) of the refusal, None when the guard lets the file through."""
    try:
        check_container(data, suffix)
    except ReturnUnreadable as exc:
        return exc.code, str(exc)
    return None


# --- files that are no zip at all -------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "suffix", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ".xlsx", "en PDF och ingen arbetsbok"),
        (b"%PDF", ".ods", "en PDF och ingen arbetsbok"),
        (b"", ".xlsx", "tom"),
        (b" \r\n\t ", ".xlsx", "tom"),
        (b"<html><body>Utfall</body></html>", ".xlsx", "en webbsida eller XML-fil och ingen arbetsbok"),
        (b"\r\n  <?xml version='1.0'?><a/>", ".ods", "en webbsida eller XML-fil och ingen arbetsbok"),
        (b"Enhet;Utfall\r\nA;5,2\r\n", ".xlsm", "ingen arbetsbok (den innehåller text eller något annat)"),
        (b" %PDF-1.7", ".xlsx", "ingen arbetsbok (den innehåller text eller något annat)"),
        (b"x<html>", ".xlsx", "ingen arbetsbok (den innehåller text eller något annat)"),
        (b"PK\x01\x02", ".xlsx", "ingen arbetsbok (den innehåller text eller något annat)"),
    ],
)  # fmt: skip
def test_a_file_that_is_no_zip_says_what_it_is(data: bytes, suffix: str, what: str) -> None:
    assert refusal(data, suffix) == (
        "not-a-workbook",
        f"Filen är {what}, fast den heter {suffix}. {SEND_WORKBOOK}",
    )


def test_an_empty_zip_is_a_zip_without_a_workbook() -> None:
    empty_zip = b"PK\x05\x06" + bytes(18)  # only the end-of-directory record
    assert refusal(empty_zip, ".xlsx") == (
        "not-a-workbook",
        "Filen är en zip-fil men ingen arbetsbok (ingen xl/workbook.xml eller content.xml). "
        + SEND_WORKBOOK,
    )


def test_a_zip_signature_followed_by_garbage_is_corrupt() -> None:
    assert refusal(b"PK\x03\x04" + b"\x00" * 100, ".xlsx") == ("corrupt-zip", CORRUPT)


# --- OLE compound files (old .xls, encrypted OOXML, Word) -------------------------------------

OLD_XLS = (
    "Filen är en gammal Excel-fil (.xls, Excel 97-2003) som bytt namn. Öppna den och spara som "
    "Excel-arbetsbok (.xlsx), utan lösenord, och skicka igen."
)
ENCRYPTED_XLSX = (
    "Arbetsboken är skyddad med lösenord och kan inte läsas. Öppna den, spara utan lösenord och "
    "skicka igen (i Excel: Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm rutan)."
)
OTHER_OFFICE = (
    "Filen är ett annat Office-dokument (t.ex. Word), inte en arbetsbok. Skicka den ifyllda "
    "uppföljningsarbetsboken (.xlsx) i stället."
)


def ole(*streams: bytes) -> bytes:
    return OLE + b"\x00" * 504 + b"".join(s + b"\x00" * 64 for s in streams)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # Directory entry names are UTF-16LE: "Workbook" (Excel 97-2003), "Book" (Excel 5).
        (ole(b"W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00"), ("old-xls", OLD_XLS)),
        (ole(b"B\x00o\x00o\x00k\x00"), ("old-xls", OLD_XLS)),
        (
            ole(b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00"
                b"P\x00a\x00c\x00k\x00a\x00g\x00e\x00"),
            ("encrypted", ENCRYPTED_XLSX),
        ),
        (  # a password wins over the workbook stream it would hide
            ole(b"B\x00o\x00o\x00k\x00",
                b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00"
                b"P\x00a\x00c\x00k\x00a\x00g\x00e\x00"),
            ("encrypted", ENCRYPTED_XLSX),
        ),
        (
            ole(b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00"),
            ("not-a-workbook", OTHER_OFFICE),
        ),
        # The names in ASCII are no directory entries: only a Word file mentioning them.
        (ole(b"Workbook Book EncryptedPackage"), ("not-a-workbook", OTHER_OFFICE)),
        (OLE, ("not-a-workbook", OTHER_OFFICE)),
    ],
)  # fmt: skip
def test_an_ole_file_says_what_kind_of_office_file_it_is(
    data: bytes, expected: tuple[str, str]
) -> None:
    assert refusal(data, ".xlsx") == expected


# --- size of the file -------------------------------------------------------------------------


def test_the_file_size_limit_is_50_mb_inclusive() -> None:
    limit = 50 * MIB
    # Up to the limit the file goes on to the zip checks (zeros after the signature: corrupt).
    assert refusal(b"PK\x03\x04" + bytes(limit - 5), ".xlsx") == ("corrupt-zip", CORRUPT)
    assert refusal(b"PK\x03\x04" + bytes(limit - 4), ".xlsx") == ("corrupt-zip", CORRUPT)
    too_large = (
        "Filen är {} MB, större än de 50 MB en uppföljningsarbetsbok kan vara. Be enheten ta "
        "bort inklistrade bilder och skicka arbetsboken igen."
    )
    assert refusal(b"PK\x03\x04" + bytes(limit - 3), ".xlsx") == (
        "too-large",
        too_large.format(50),
    )
    assert refusal(bytes(80 * MIB + 530 * 1024), ".xlsx") == ("too-large", too_large.format(81))


# --- the zip directory ------------------------------------------------------------------------


def entry(
    name: str, inflated: int = 0, deflated: int = 0, *, offset: int = 0, flags: int = 0
) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.file_size, info.compress_size, info.header_offset = inflated, deflated, offset
    info.flag_bits = flags
    return info


def directory(infos: list[zipfile.ZipInfo], size: int = 10**12) -> tuple[str, str] | None:
    try:
        guard._check_directory(infos, size)
    except ReturnUnreadable as exc:
        return exc.code, str(exc)
    return None


FLOOR = 10 * MIB  # parts and totals up to 10 MB may compress any amount
ROOMY = 10 * MIB  # compressed bytes that keep any inflated size below the ratio limit


def duplicate(name: str) -> tuple[str, str]:
    return (
        "duplicate-part",
        f"Arbetsboken innehåller två delar med samma namn ({name}), så olika program kan visa "
        "olika innehåll. Den läses inte. Be enheten öppna arbetsboken, spara den på nytt som "
        ".xlsx och skicka den igen.",
    )


ENCRYPTED_ENTRY = (
    "encrypted",
    "Arbetsboken är krypterad och kan inte läsas. Spara utan lösenord och skicka igen.",
)


@pytest.mark.parametrize(
    ("case", "infos", "size", "expected"),
    [
        ("2000 parts", [entry(f"p{i}") for i in range(2000)], 10**12, None),
        (
            "2001 parts",
            [entry(f"p{i}") for i in range(2001)],
            10**12,
            ("zip-bomb", bomb("2001 delar (en arbetsbok har högst några hundra)")),
        ),
        ("two names", [entry("xl/a.xml"), entry("xl/b.xml")], 10**12, None),
        ("same name", [entry("xl/a.xml"), entry("xl/a.xml")], 10**12, duplicate("xl/a.xml")),
        ("other case", [entry("xl/Ä.xml"), entry("XL/ä.XML")], 10**12, duplicate("XL/ä.XML")),
        ("backslash", [entry("xl/a.xml"), entry("xl\\a.xml")], 10**12, duplicate("xl\\a.xml")),
        ("data descriptor flag", [entry("a", flags=0x8)], 10**12, None),
        ("utf-8 name flag", [entry("a", flags=0x800)], 10**12, None),
        ("encrypted flag", [entry("a", flags=0x1)], 10**12, ENCRYPTED_ENTRY),
        ("encrypted, descriptor", [entry("a", flags=0x9)], 10**12, ENCRYPTED_ENTRY),
        ("second part encrypted", [entry("a"), entry("b", flags=0x1)], 10**12, ENCRYPTED_ENTRY),
        ("part ends at the end", [entry("a", 70, 60, offset=40)], 100, None),
        ("part ends past the end", [entry("a", 70, 61, offset=40)], 100, ("corrupt-zip", CORRUPT)),
        ("second part past the end", [entry("a"), entry("b", 1, 101)], 100, ("corrupt-zip", CORRUPT)),
    ],
)  # fmt: skip
def test_the_directory_table(
    case: str, infos: list[zipfile.ZipInfo], size: int, expected: tuple[str, str] | None
) -> None:
    assert directory(infos, size) == expected, case


@pytest.mark.parametrize(
    ("inflated", "deflated", "expected"),
    [
        (FLOOR, 1, None),  # at the floor any ratio passes
        (FLOOR, 0, None),
        (FLOOR + 1, 1, bomb("delen xl/big.xml packas upp 10485761 gånger")),
        (FLOOR + 1, 0, bomb("delen xl/big.xml packas upp 10485761 gånger")),  # no division by 0
        (100 * 104_858, 104_858, None),  # exactly 100 times
        (100 * 104_858 + 1, 104_858, bomb("delen xl/big.xml packas upp 100 gånger")),
        (FLOOR + 1, 104_857, bomb("delen xl/big.xml packas upp 100 gånger")),  # 100.00001
        (FLOOR + 1, 104_858, None),  # 99.99906
        (30 * MIB, 300_000, bomb("delen xl/big.xml packas upp 105 gånger")),
        (30 * MIB, 320_000, None),  # 98.3 times
    ],
)
def test_one_dense_part_is_a_bomb_even_when_the_whole_is_not(
    inflated: int, deflated: int, expected: str | None
) -> None:
    # A stored part of ROOMY bytes keeps the whole zip far below the ratio limit.
    infos = [entry("xl/big.xml", inflated, deflated), entry("xl/media/a.png", 0, ROOMY)]
    assert directory(infos) == (expected and ("zip-bomb", expected))


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # (inflated, deflated) per part; each part at most FLOOR, so only the total can be dense.
        ([(FLOOR // 2, 1), (FLOOR // 2, 1)], None),  # exactly the floor in total
        ([(FLOOR // 2, 1), (FLOOR // 2 + 1, 2)], bomb("innehållet packas upp 3495254 gånger")),
        ([(FLOOR // 2, 0), (FLOOR // 2 + 1, 0)], bomb("innehållet packas upp 10485761 gånger")),
        ([(FLOOR // 2, 52_428), (FLOOR // 2 + 1, 52_429)], bomb("innehållet packas upp 100 gånger")),
        ([(FLOOR // 2, 52_429), (FLOOR // 2 + 1, 52_429)], None),  # 99.99906 times
        ([(5_000_000, 50_000), (6_000_000, 60_000)], None),  # exactly 100 times
        ([(5_000_000, 50_000), (6_000_001, 60_000)], bomb("innehållet packas upp 100 gånger")),
        ([(FLOOR, 10_000), (FLOOR, 10_000), (FLOOR, 10_000)], bomb("innehållet packas upp 1049 gånger")),
    ],
)  # fmt: skip
def test_a_dense_whole_is_a_bomb(parts: list[tuple[int, int]], expected: str | None) -> None:
    infos = [entry(f"xl/p{n}.xml", i, d) for n, (i, d) in enumerate(parts)]
    assert directory(infos) == (expected and ("zip-bomb", expected))


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([FLOOR] * 20, None),  # exactly 200 MB
        ([FLOOR] * 20 + [1], bomb("200 MB uppackat (gränsen är 200 MB)")),
        ([FLOOR] * 25 + [MIB - 1], bomb("250 MB uppackat (gränsen är 200 MB)")),
        ([FLOOR] * 20 + [MIB * 3 // 2], bomb("201 MB uppackat (gränsen är 200 MB)")),
    ],
)
def test_the_inflated_total_is_limited_to_200_mb(parts: list[int], expected: str | None) -> None:
    infos = [entry(f"xl/p{n}.xml", inflated, MIB) for n, inflated in enumerate(parts)]
    assert directory(infos) == (expected and ("zip-bomb", expected))


def test_a_real_dense_part_gives_the_per_part_message() -> None:
    big = b" " * (20 * MIB)
    data = zipped(("xl/workbook.xml", b"<workbook/>"), ("xl/big.xml", big))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        ratio = round(len(big) / archive.getinfo("xl/big.xml").compress_size)
    assert ratio > 500  # near deflate's ceiling: the message names it
    assert refusal(data, ".xlsx") == (
        "zip-bomb",
        bomb(f"delen xl/big.xml packas upp {ratio} gånger"),
    )


# --- what kind of workbook --------------------------------------------------------------------

WRONG_SUFFIX = (
    "Filen heter {} men är {}. Byt till rätt filändelse och läs in den igen, eller be enheten "
    "spara arbetsboken som .xlsx."
)
ENCRYPTED_ODS = (
    "Kalkylarket är skyddat med lösenord och kan inte läsas. Spara utan lösenord och skicka igen "
    "(i LibreOffice: Arkiv > Spara som, bocka ur Spara med lösenord)."
)
NO_WORKBOOK_IN_ZIP = (
    "Filen är en zip-fil men ingen arbetsbok (ingen xl/workbook.xml eller content.xml). "
    + SEND_WORKBOOK
)
CONTENT = b"<office:document-content/>"
ENCRYPTED_MANIFEST = b"<manifest:manifest><manifest:encryption-data/></manifest:manifest>"


@pytest.mark.parametrize(
    ("case", "data", "suffix", "expected"),
    [
        ("xlsx", VALID_XLSX, ".xlsx", None),
        ("xlsm", VALID_XLSX, ".xlsm", None),
        ("ods", VALID_ODS, ".ods", None),
        (
            "xlsx named ods",
            VALID_XLSX,
            ".ods",
            ("wrong-suffix", WRONG_SUFFIX.format(".ods", "en Excel-arbetsbok (.xlsx)")),
        ),
        (
            "ods named xlsx",
            VALID_ODS,
            ".xlsx",
            ("wrong-suffix", WRONG_SUFFIX.format(".xlsx", "ett OpenDocument-kalkylark (.ods)")),
        ),
        (
            "ods named xlsm",
            VALID_ODS,
            ".xlsm",
            ("wrong-suffix", WRONG_SUFFIX.format(".xlsm", "ett OpenDocument-kalkylark (.ods)")),
        ),
        ("bare ods", zipped(("mimetype", ODS_MIMETYPE), ("content.xml", CONTENT)), ".ods", None),
        (
            "content without mimetype",
            zipped(("content.xml", CONTENT)),
            ".ods",
            ("not-a-workbook", NO_WORKBOOK_IN_ZIP),
        ),
        (
            "text document",
            zipped(("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", CONTENT)),
            ".ods",
            ("not-a-workbook", NO_WORKBOOK_IN_ZIP),
        ),
        (
            "mimetype without content",
            zipped(("mimetype", ODS_MIMETYPE), ("styles.xml", b"<s/>")),
            ".ods",
            ("not-a-workbook", NO_WORKBOOK_IN_ZIP),
        ),
        (
            "encrypted ods",
            zipped(("mimetype", ODS_MIMETYPE), ("content.xml", CONTENT),
                   ("META-INF/manifest.xml", ENCRYPTED_MANIFEST)),
            ".ods",
            ("encrypted", ENCRYPTED_ODS),
        ),
        (
            "encrypted ods, manifest not utf-8",
            zipped(("mimetype", ODS_MIMETYPE), ("content.xml", CONTENT),
                   ("META-INF/manifest.xml", b"<!-- \xff\xfe -->" + ENCRYPTED_MANIFEST)),
            ".ods",
            ("encrypted", ENCRYPTED_ODS),
        ),
        (
            "mimetype not utf-8",
            zipped(("mimetype", ODS_MIMETYPE + b"\xff"), ("content.xml", CONTENT)),
            ".ods",
            None,
        ),
        (
            "encryption-data in an xlsx is no ods password",
            with_part("META-INF/manifest.xml", ENCRYPTED_MANIFEST),
            ".xlsx",
            None,
        ),
    ],
)  # fmt: skip
def test_the_kind_table(
    case: str, data: bytes, suffix: str, expected: tuple[str, str] | None
) -> None:
    assert refusal(data, suffix) == expected, case


# --- the XML prologs --------------------------------------------------------------------------


def styles(part: bytes, method: int = zipfile.ZIP_DEFLATED, extra: bytes = b"") -> bytes:
    """The valid workbook with xl/styles.xml replaced, every part written with ``method``."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as source,
        zipfile.ZipFile(out, "w", method) as target,
    ):
        for info in source.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            new.compress_type = method
            new.extra = extra
            content = part if info.filename == "xl/styles.xml" else source.read(info)
            target.writestr(new, content)
    return out.getvalue()


UNSAFE = ("unsafe-xml", UNSAFE_STYLES)
DOCTYPE = '<?xml version="1.0"?><!DOCTYPE s><styleSheet/>'
SAFE = '<?xml version="1.0"?><styleSheet/>'
# An extra field in every local header (id 0xcafe, 4 bytes): the part's data starts after it.
EXTRA = b"\xfe\xca\x04\x00abcd"


@pytest.mark.parametrize(
    ("case", "part", "expected"),
    [
        ("plain", SAFE.encode(), None),
        ("doctype", DOCTYPE.encode(), UNSAFE),
        ("utf-16-le with bom", "\ufeff".encode("utf-16-le") + SAFE.encode("utf-16-le"), None),
        ("utf-16-be with bom", "\ufeff".encode("utf-16-be") + SAFE.encode("utf-16-be"), None),
        ("utf-16-be doctype", "\ufeff".encode("utf-16-be") + DOCTYPE.encode("utf-16-be"), UNSAFE),
        ("utf-16-le, no bom", SAFE.encode("utf-16-le"), None),
        ("utf-16-le doctype, no bom", DOCTYPE.encode("utf-16-le"), UNSAFE),
        ("utf-16-be, no bom", SAFE.encode("utf-16-be"), None),
        ("utf-16-be doctype, no bom", DOCTYPE.encode("utf-16-be"), UNSAFE),
        ("utf-8 bom", b"\xef\xbb\xbf" + SAFE.encode(), None),
        ("utf-8 bom, doctype", b"\xef\xbb\xbf" + DOCTYPE.encode(), UNSAFE),
        ("whitespace, comment, pi", b' \r\n<!-- a --> <?pi x?>\n<styleSheet/>', None),
        ("empty comment", b"<!----><styleSheet/>", None),
        ("doctype inside a comment", b"<!--> <!DOCTYPE s> --><styleSheet/>", None),
        ("doctype inside a pi", b"<?pi <!DOCTYPE s> ?><styleSheet/>", None),
        ("doctype between two comments", b"<!-- a --><!DOCTYPE s><!-- b --><styleSheet/>", UNSAFE),
        ("doctype between two pis", b"<?xml?><!DOCTYPE s><?pi?><styleSheet/>", UNSAFE),
        ("comment never closed", b"<!-- <styleSheet/>", UNSAFE),
        ("pi never closed", b"<?xml version='1.0' <styleSheet/>", UNSAFE),
        ("text before the root", b"hej<styleSheet/>", UNSAFE),
        ("root starts with a digit", b"<1/>", UNSAFE),
        ("root is a letter outside ascii", "<ärende/>".encode(), None),
        ("root starts with an underscore", b"<_s/>", None),
        ("cdata before the root", b"<![CDATA[x]]><styleSheet/>", UNSAFE),
        ("root 600 bytes in", b" " * 600 + b"<styleSheet/>", None),
        ("doctype 600 bytes in", b" " * 600 + b"<!DOCTYPE s><styleSheet/>", UNSAFE),
        ("root ends the 64 KB allowance", b" " * (64 * 1024 - 2) + b"<s/>", None),
        ("root one byte past it", b" " * (64 * 1024 - 1) + b"<s/>", UNSAFE),
        # Bytes that do not decode are no reason to fail: the prolog decides.
        ("utf-16-le with bom, odd length", b"\xff\xfe" + SAFE.encode("utf-16-le") + b"<", None),
        ("utf-16-be with bom, odd length", b"\xfe\xff" + SAFE.encode("utf-16-be") + b"\x00", None),
        ("utf-16-le, odd length", SAFE.encode("utf-16-le") + b"<", None),
        ("utf-16-be, odd length", SAFE.encode("utf-16-be") + b"\x00", None),
        ("utf-16-le, lone surrogate", SAFE.encode("utf-16-le") + b"\x00\xd8", None),
        ("utf-8, invalid byte after the root", SAFE.encode() + b"\xff\xfe", None),
        ("utf-8 bom, invalid byte after the root", b"\xef\xbb\xbf" + SAFE.encode() + b"\xc3", None),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    "method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
)
def test_the_prolog_table(
    case: str, part: bytes, expected: tuple[str, str] | None, method: int
) -> None:
    assert refusal(styles(part, method), ".xlsx") == expected, case
    assert refusal(styles(part, method, EXTRA), ".xlsx") == expected, f"{case}, extra field"


def test_a_stored_part_behind_a_large_extra_field() -> None:
    # An extra field may be up to 65535 bytes: its length is unsigned.
    large = b"\xfe\xca" + (40_000 - 4).to_bytes(2, "little") + bytes(40_000 - 4)
    assert refusal(styles(SAFE.encode(), zipfile.ZIP_STORED, large), ".xlsx") is None
    assert refusal(styles(DOCTYPE.encode(), zipfile.ZIP_STORED, large), ".xlsx") == UNSAFE


class _NoOpen(zipfile.ZipFile):
    def open(self, *args: object, **kwargs: object) -> zipfile.ZipExtFile:  # type: ignore[override]
        raise AssertionError("a part was read through ZipFile.open")


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_xml_parts_are_read_from_their_local_entries(method: int) -> None:
    """The guard inflates the prologs itself: ZipFile.open costs about 15 µs a part, a third of
    a small workbook's read (see guard._head)."""
    for part, code in ((SAFE, None), (" " * 600 + SAFE, None), (DOCTYPE, "unsafe-xml")):
        data = styles(part.encode(), method)
        with _NoOpen(io.BytesIO(data)) as archive:
            try:
                guard._check_xml(archive, data)
            except ReturnUnreadable as exc:
                assert exc.code == code
            else:
                assert code is None


@pytest.mark.parametrize(
    ("name", "checked"),
    [
        ("xl/extra.xml", True),
        ("XL/EXTRA.XML", True),
        ("_rels/extra.rels", True),
        ("xl/drawings/vmlDrawing9.vml", True),
        ("xl/media/extra.bin", False),
        ("xl/extra.txt", False),
        ("xl/extra.xml.bak", False),
    ],
)
def test_every_xml_rels_and_vml_part_is_checked(name: str, checked: bool) -> None:
    data = with_part(name, b"<!DOCTYPE x><x/>")
    expected = (
        "unsafe-xml",
        f"Arbetsboken innehåller en otillåten XML-konstruktion (i {name}) som kan få datorn att "
        "hänga sig, och öppnas därför inte. Be enheten fylla i en ny uppföljningsarbetsbok från "
        "vpt och skicka den.",
    )
    assert refusal(data, ".xlsx") == (expected if checked else None)


def test_a_damaged_part_gives_the_corrupt_message() -> None:
    data = bytearray(VALID_XLSX)
    with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as archive:
        local = archive.getinfo("xl/workbook.xml").header_offset
    data[local : local + 4] = b"XXXX"
    assert refusal(bytes(data), ".xlsx") == ("corrupt-zip", CORRUPT)
