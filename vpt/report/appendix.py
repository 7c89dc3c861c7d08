"""The report's appendix: how statuses are set, who returned what, where every figure comes from."""

from __future__ import annotations

from pathlib import PureWindowsPath

from vpt.report import frames
from vpt.report.blocks import Block, Cell, Heading, Numbering, Paragraph, Table
from vpt.report.source import SummarySource
from vpt.report.status import ReportStatus

__all__ = ["appendix_blocks"]

_MEANING = {
    ReportStatus.MET: "Målvärdet är nått.",
    ReportStatus.PARTLY_MET: "Målvärdet är inte nått, men utfallet ligger inom gränsvärdet eller "
    "planens tolerans.",
    ReportStatus.NOT_MET: "Målvärdet är inte nått och utfallet ligger utanför gränsvärdet eller "
    "toleransen.",
    ReportStatus.NOT_ASSESSED: "Inget utfall, utfallet går inte att läsa, eller målet kan inte mätas "
    "och ingen egen bedömning är vald.",
    ReportStatus.MISSING: "Enheten har inte lämnat in någon uppföljning för perioden.",
}


def appendix_blocks(source: SummarySource, numbers: Numbering) -> list[Block]:
    """Bilaga: metod och underlag, with its three sub-sections."""
    blocks: list[Block] = [Heading(1, "Bilaga: metod och underlag"),
                           Heading(2, "Så sätts statusen")]  # fmt: skip
    for key in ("tolerance", "assessment"):
        if source.rules.get(key):
            blocks.append(Paragraph.of(source.rules[key]))
    if source.rules.get("rollup"):
        blocks.append(Paragraph.of(f"Sammanvägning av mål: {source.rules['rollup']}"))
    blocks.append(Paragraph.of(
        "Målens status i rapporten gäller alla enheter tillsammans: varje enhets status för "
        "målet vägs samman med samma regel, en röst per enhet. En enhet som inte har lämnat in "
        "räknas inte."))  # fmt: skip
    blocks.append(
        Table(
            numbers.table("Symboler och färger"),
            ("Status", "Betyder"),
            [(Cell(s.text, s), Cell(_MEANING[s])) for s in ReportStatus],
            widths=(1.6, 5),
            note="Varje status visas med symbol och ord, så att rapporten går att läsa utan färg.",
        )
    )
    blocks += _submissions(source, numbers)
    blocks += _provenance(source, numbers)
    return blocks


def _file_name(path: str) -> str:
    """The file's own name (the summary keeps full paths; ' › ' separates an e-mail's attachment)."""
    return " › ".join(PureWindowsPath(part).name for part in path.split(" › ")) if path else ""


def _submissions(source: SummarySource, numbers: Numbering) -> list[Block]:
    missing = source.missing_units
    received = len(source.units) - len(missing)
    blocks: list[Block] = [
        Heading(2, "Inlämning"),
        Paragraph.of(
            f"{received} av {len(source.units)} enheter har lämnat in. "
            + (f"Saknas: {frames.unit_list(missing)}." if len(missing) else "Ingen enhet saknas.")
        ),
    ]
    submissions = source.submissions
    if submissions.empty:
        return blocks
    rows = []
    for _, item in submissions.iterrows():
        received_at = item["received"]
        when = received_at.strftime("%Y-%m-%d %H:%M") if hasattr(received_at, "strftime") else ""
        state = str(item["state"])
        status = ReportStatus.MISSING if state.lower() == "saknas" else None
        rows.append((Cell(f"{item['unit']} ({item['unit_id']})"), Cell(state, status),
                     Cell(_file_name(str(item["file"]))), Cell(when)))  # fmt: skip
    blocks.append(
        Table(numbers.table("Inlämning per enhet"), ("Enhet", "Inlämning", "Fil", "Mottagen"),
              rows, widths=(2.2, 1.1, 4.2, 1.5),
              note="Dubblett: enheten skickade flera arbetsböcker; den nyaste används."))  # fmt: skip
    return blocks


def _provenance(source: SummarySource, numbers: Numbering) -> list[Block]:
    blocks: list[Block] = [
        Heading(2, "Varifrån siffrorna kommer"),
        Paragraph.of(
            f"Alla siffror, statusar och kommentarer i rapporten är hämtade ur bladet Data i "
            f"sammanställningen {source.path.name}. Där har varje värde sin källfil, blad, cell "
            "och filens sha256. Varje utfall kommer från den arbetsbok enheten lämnade in "
            "(tabellen Inlämning ovan) och från cellen i tabellen nedan."
        ),
    ]
    places = frames.provenance_by_indicator(source)
    if places.empty:
        return blocks
    rows = [
        (Cell(str(indicator_id)), Cell(str(item["indicator"])), Cell(str(item["place"])),
         Cell(str(item["exceptions"])))
        for indicator_id, item in places.iterrows()
    ]  # fmt: skip
    blocks.append(
        Table(numbers.table("Cellen där varje indikators utfall står i enheternas arbetsböcker"),
              ("ID", "Indikator", "Blad och cell", "Annan cell hos"), rows,
              widths=(0.8, 3.6, 1.6, 2.0)))  # fmt: skip
    return blocks
