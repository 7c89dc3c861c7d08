"""(Re)create the file-level hostile inputs of the bad-input corpus, each named after what it shows.

Run from the repository root: ``.venv/bin/python tests/corpus/make_corpus.py``. Every file is
byte-identical on every run except ``encrypted.xlsx`` (msoffcrypto draws a random salt).
``outlook.msg`` is a placeholder: vpt decides on the suffix alone and does not read .msg yet.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from typing import Final

import msoffcrypto.format.ooxml
import xlsxwriter

HERE: Final = Path(__file__).resolve().parent
XLSX_TYPE: Final = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
FIXED_TIME: Final = (2026, 5, 4, 9, 30, 0)
PASSWORD: Final = "hemligt"
SHEET: Final = "xl/worksheets/sheet1.xml"
# 200 MB of spaces deflate to about 200 KB: small on disk, far past every guard limit.
BOMB_INFLATED_BYTES: Final = 200 * 1024 * 1024

BILLION_LAUGHS: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    "<!DOCTYPE sst [\n"
    '<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def valid_xlsx() -> bytes:
    """A tiny but real workbook, as xlsxwriter writes it (fixed timestamps)."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False})
    workbook.set_properties({"created": datetime(*FIXED_TIME)})
    sheet = workbook.add_worksheet("Uppföljning")
    sheet.write_string(0, 0, "Indikator")
    sheet.write_string(0, 1, "Utfall")
    sheet.write_string(1, 0, "Andel nöjda brukare")
    sheet.write_number(1, 1, 0.75)
    workbook.close()
    return buffer.getvalue()


def valid_ods() -> bytes:
    """A minimal OpenDocument spreadsheet, laid out as LibreOffice stores one."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Uppföljning"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Utfall</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="5.2"><text:p>5,2</text:p>'
        "</table:table-cell></table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return _zip(
        [
            ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
            ("content.xml", content.encode(), zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
        ]
    )


def replace_part(workbook: bytes, name: str, data: bytes) -> bytes:
    """``workbook`` with one zip part replaced (or added), other parts copied as they are."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as source:
        parts = [
            (info.filename, source.read(info), zipfile.ZIP_DEFLATED)
            for info in source.infolist()
            if info.filename != name
        ]
    return _zip([*parts, (name, data, zipfile.ZIP_DEFLATED)])


def zip_bomb() -> bytes:
    """A real workbook whose first sheet inflates to 200 MB of whitespace (valid XML)."""
    with zipfile.ZipFile(io.BytesIO(valid_xlsx())) as source:
        sheet = source.read(SHEET)
        others = [(name, source.read(name)) for name in source.namelist() if name != SHEET]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for name, data in others:
            target.writestr(_info(name), data)
        head, tail = sheet.split(b"<sheetData>", 1)
        with target.open(_info(SHEET), "w") as stream:
            stream.write(head + b"<sheetData>")
            chunk = b" " * (1024 * 1024)
            for _ in range(BOMB_INFLATED_BYTES // len(chunk)):
                stream.write(chunk)
            stream.write(tail)
    return out.getvalue()


def encrypted_xlsx() -> bytes:
    """The valid workbook saved with a password, as Excel's "Kryptera med lösenord" does."""
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(valid_xlsx())).encrypt(PASSWORD, out)
    return out.getvalue()


def email_with(attachment: bytes | None, subject: str) -> bytes:
    """A saved e-mail (.eml) as a mail client writes it, optionally carrying a workbook."""
    message = EmailMessage(policy=default_policy)
    message["From"] = "Anna Andersson <anna.andersson@kultur.example.se>"
    message["To"] = "controller@region.example.se"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.fromisoformat("2026-05-04T09:30:00+02:00"))
    message.set_content("Hej! Här kommer vår uppföljning för T1.\n\nVänliga hälsningar\nAnna\n")
    if attachment is not None:
        message.add_attachment(
            attachment,
            maintype=XLSX_TYPE[0],
            subtype=XLSX_TYPE[1],
            filename="Uppföljning T1 Kultur.xlsx",
        )
        message.set_boundary("vpt-corpus-boundary")
    return message.as_bytes()


def build() -> dict[str, bytes]:
    """Every corpus file by name."""
    return {
        "valid.xlsx": valid_xlsx(),
        "valid.ods": valid_ods(),
        "not-a-zip.xlsx": b"Utfall;Kommentar\r\n75;Bra jobbat\r\n",
        "truncated-zip.xlsx": valid_xlsx()[:1500],
        "pdf-renamed.xlsx": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "encrypted.xlsx": encrypted_xlsx(),
        "zip-bomb.xlsx": zip_bomb(),
        "entity-bomb.xlsx": replace_part(
            valid_xlsx(), "xl/sharedStrings.xml", BILLION_LAUGHS.encode()
        ),
        "~$lockfile.xlsx": b"\x0aAnna Andersson" + b"\x20" * 40 + b"\x00" * 100,
        ".~lock.x.xlsx#": b"Anna Andersson,anna,KULTUR-PC,04.05.2026 09:30,file:///C:/Users/anna;",
        "returned-by-mail.eml": email_with(valid_xlsx(), "Uppföljning T1 Kultur"),
        "mail-without-attachment.eml": email_with(None, "Vi skickar uppföljningen i morgon"),
        "outlook.msg": b"placeholder: vpt does not read Outlook .msg files yet\n",
    }


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _zip(parts: list[tuple[str, bytes, int]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data, method in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return out.getvalue()


def main() -> None:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
