"""The report's content as blocks: title, sammanfattning and one section per goal.

The appendix is :mod:`vpt.report.appendix`; the figures come from :mod:`vpt.report.frames`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from vpt.report import charts, frames
from vpt.report.appendix import appendix_blocks
from vpt.report.blocks import (
    Block,
    Cell,
    Figure,
    Heading,
    Kind,
    Numbering,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from vpt.report.overview import Goal
from vpt.report.source import SummarySource
from vpt.report.status import ReportStatus

__all__ = ["PLACEHOLDER", "build_blocks"]

PLACEHOLDER = "[Skriv nämndens/förvaltningens bedömning här]"
MATRIX_MAX_UNITS = 5  # more units than this: totals per indicator instead of one column per unit


Progress = Callable[[str], None]


def build_blocks(
    source: SummarySource,
    *,
    today: date,
    matrix_max_units: int = MATRIX_MAX_UNITS,
    progress: Progress | None = None,
) -> list[Block]:
    """Every block of the report, in order."""
    numbers = Numbering()
    report = progress or (lambda _message: None)
    blocks: list[Block] = []
    blocks += _title(source, today)
    report("Sammanfattning")
    blocks += _summary(source, numbers)
    returned = [u for u, m in zip(source.units["unit_id"], source.units["missing"], strict=True)
                if not m]  # fmt: skip
    matrix = len(returned) <= matrix_max_units
    for goal in source.goals:
        report(f"{goal.level}: {goal.title}")
        blocks += _goal(source, goal, numbers, returned if matrix else None)
    report("Bilaga")
    blocks.append(PageBreak())
    blocks += appendix_blocks(source, numbers)
    return blocks


# --- title and sammanfattning ----------------------------------------------------------------


def _title(source: SummarySource, today: date) -> list[Block]:
    lines = [
        ("Organisation", source.organisation),
        ("Plan", source.plan),
        ("Period", source.period),
        ("Datum", today.isoformat()),
        ("Underlag", f"{source.path.name} (sammanställningen skapad {source.created})"
         if source.created else source.path.name),
    ]  # fmt: skip
    blocks: list[Block] = [
        Paragraph.of(f"Uppföljningsrapport {source.period}".strip(), Kind.TITLE),
        Paragraph.of(source.plan, Kind.SUBTITLE),
    ]
    for label, value in lines:
        if value:
            blocks.append(Paragraph((Run(f"{label}: ", bold=True), Run(value))))
    blocks.append(
        Paragraph.of(
            "Utkast skrivet av vpt ur sammanställningen. Siffror, statusar och enheternas "
            "kommentarer är hämtade ur den; komplettera med nämndens eller förvaltningens "
            "bedömning där det står en markerad platshållare innan rapporten skickas.",
            Kind.NOTE,
        )
    )
    return blocks


def _summary(source: SummarySource, numbers: Numbering) -> list[Block]:
    blocks: list[Block] = [Heading(1, "Sammanfattning")]
    units = source.units
    missing = source.missing_units
    received = len(units) - len(missing)
    text = f"{received} av {len(units)} enheter har lämnat in sin uppföljning för {source.period}."
    if len(missing):
        text += f" Saknas: {frames.unit_list(missing)}."
    else:
        text += " Alla enheter har lämnat in."
    blocks.append(Paragraph.of(text))
    goals = frames.goal_counts(source)
    results = frames.result_counts(source)
    assessed = sum(goals[s] for s in frames.ASSESSED[:3])
    blocks.append(
        Paragraph.of(
            f"Av {sum(goals.values())} mål med indikatorer för perioden är "
            f"{goals[ReportStatus.MET]} uppfyllda, {goals[ReportStatus.PARTLY_MET]} delvis "
            f"uppfyllda och {goals[ReportStatus.NOT_MET]} ej uppfyllda sett till alla enheter "
            f"tillsammans; {goals[ReportStatus.NOT_ASSESSED]} går inte att bedöma."
            if assessed or goals[ReportStatus.NOT_ASSESSED]
            else "Inget mål har indikatorer som följs upp för perioden."
        )
    )
    rows = [(Cell(s.text, s), Cell(str(goals[s])), Cell(str(results[s]))) for s in frames.ASSESSED]
    blocks.append(
        Table(
            numbers.table("Mål och indikatorresultat per status"),
            ("Status", "Mål (alla enheter)", "Indikatorresultat (enhet × indikator)"),
            rows,
            widths=(2, 1.5, 2.5),
            note="Enheter som saknas räknas inte bland indikatorresultaten.",
        )
    )
    if source.has_previous:
        blocks.append(Paragraph.of(_trend_sentence(source)))
    blocks += _goal_overview(source, numbers)
    blocks += _charts(source, numbers)
    return blocks


def _trend_sentence(source: SummarySource) -> str:
    up, down, same = frames.trend_counts(source)
    label = f" ({source.previous_label})" if source.previous_label else ""
    total = up + down + same
    if not total:
        return (f"Föregående sammanställning{label} har inga utfall som går att jämföra med "
                "periodens.")  # fmt: skip
    return (
        f"Jämfört med föregående sammanställning{label} är utfallet högre för {up}, lägre för "
        f"{down} och oförändrat för {same} av de {total} resultat som går att jämföra. Om högre "
        "är bättre framgår av målvärdet."
    )


def _goal_overview(source: SummarySource, numbers: Numbering) -> list[Block]:
    rows = []
    for goal in source.goals:
        status = goal.status
        rows.append(
            (
                Cell(goal.level),
                Cell(goal.title),
                Cell(status.text if status else "Inga indikatorer", status),
                Cell(goal.basis),
            )
        )
    return [
        Table(
            numbers.table("Måluppfyllelse per mål, alla enheter tillsammans"),
            ("Nivå", "Mål", "Status", "Underlag (antal enheter)"),
            rows,
            widths=(1.6, 3.4, 1.5, 2.4),
        )
    ]


def _charts(source: SummarySource, numbers: Numbering) -> list[Block]:
    blocks: list[Block] = []
    counts = frames.status_per_top_goal(source)
    if not counts.empty:
        level = next((g.level for g in source.goals if g.id == counts.index[0]), "mål")
        png, alt = charts.status_chart(counts, level)
        blocks.append(Figure(numbers.figure(f"Enheternas måluppfyllelse per {level.lower()}"),
                             png, alt))  # fmt: skip
    if source.has_previous:
        trend = frames.trend(source)
        if not trend.empty:
            label = source.previous_label or "föregående"
            png, alt = charts.trend_chart(trend, label)
            blocks.append(Figure(numbers.figure(
                "Utfall nu och i föregående sammanställning, median av enheterna"), png, alt))  # fmt: skip
    return blocks


# --- one section per goal --------------------------------------------------------------------


def one_sentence(rule: str) -> str:
    """The roll-up rule's sentences joined into one ("…, ej uppfyllt 0; målet är …")."""
    parts = [p.strip() for p in rule.strip().rstrip(".").split(". ") if p.strip()]
    joined = "; ".join(p[:1].lower() + p[1:] if n else p for n, p in enumerate(parts))
    return joined + "." if joined else ""


def _goal(
    source: SummarySource, goal: Goal, numbers: Numbering, matrix_units: list[str] | None
) -> list[Block]:
    blocks: list[Block] = [Heading(min(goal.depth + 1, 3), f"{goal.level}: {goal.title}")]
    if goal.status is None:
        blocks.append(Paragraph.of(f"Inga indikatorer följs upp under målet för {source.period}."))
    else:
        blocks.append(
            Paragraph(
                (
                    Run("Status, alla enheter: ", bold=True),
                    Run(goal.status.text, status=goal.status),
                    Run(f" ({goal.basis.rstrip('.')})." if goal.basis else ""),
                )
            )
        )
        rule = one_sentence(source.rules.get("rollup", ""))
        if rule:
            blocks.append(Paragraph.of(f"Så har statusen vägts samman: {rule} Varje enhets "
                                       "status för målet är en röst.", Kind.NOTE))  # fmt: skip
    if not frames.goal_rows(source, goal.id).empty:
        blocks += _indicator_table(source, goal, numbers, matrix_units)
        blocks += _remarks(source, goal)
    blocks += _assessment(goal)
    return blocks


def _indicator_table(
    source: SummarySource, goal: Goal, numbers: Numbering, matrix_units: list[str] | None
) -> list[Block]:
    listed = frames.indicators(source)
    listed = listed[listed["goal_id"] == goal.id]
    texts = {i: (Cell(name), Cell(_target(target, threshold))) for i, name, target, threshold in
             zip(listed["indicator_id"], listed["indicator"], listed["target"],
                 listed["threshold"], strict=True)}  # fmt: skip
    missing = source.missing_units
    note = f"Saknas: {frames.unit_list(missing)} har inte lämnat in." if len(missing) else ""
    caption = numbers.table(f"Indikatorer för {goal.title}")
    if matrix_units is not None:
        table = frames.per_unit_table(source, goal.id, matrix_units)
        units = list(table["cell"].columns) if not table.empty else []
        names = dict(zip(source.units["unit_id"], source.units["unit"], strict=True))
        shown = table["cell"].T.to_dict() if units else {}
        states = table["state"].T.to_dict() if units else {}
        rows = []
        for indicator_id in shown:
            cells = list(texts[indicator_id])
            for unit in units:
                state = states[indicator_id][unit]
                status = ReportStatus(state) if isinstance(state, str) else None
                cells.append(Cell(str(shown[indicator_id][unit]), status))
            rows.append(tuple(cells))
        header = ("Indikator", "Målvärde", *units)
        widths = (2.6, 3.0, *([1.3] * len(units)))
        legend = "; ".join(f"{u} {names.get(u, u)}" for u in units)
        return [Table(caption, header, rows, widths, note=_join(
            "Cellerna visar status per enhet: symbol och utfall, eller symbol och ord.",
            f"Enheter: {legend}.", note))]  # fmt: skip
    totals = frames.indicator_totals(source, goal.id)
    rows = []
    for indicator_id, total in totals.to_dict("index").items():
        rows.append(
            (
                *texts[str(indicator_id)],
                Cell(str(total["spread"])),
                *(Cell(str(int(total[s])), s if total[s] else None) for s in frames.ASSESSED),
            )
        )
    header = ("Indikator", "Målvärde", "Utfall", *(s.text for s in frames.ASSESSED))
    return [
        Table(
            caption,
            header,
            rows,
            (3.0, 2.0, 2.0, 0.9, 0.9, 0.9, 0.9),
            note=_join(
                note,
                "Antal enheter per status; utfallet som median och spridning "
                "för de enheter som lämnat in.",
            ),
        )
    ]


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _target(target: str, threshold: str) -> str:
    return f"{target} (gränsvärde {threshold})" if threshold else target


def _remarks(source: SummarySource, goal: Goal) -> Iterator[Block]:
    for column, title in (("comment", "Enheternas analyser"), ("actions", "Enheternas åtgärder"),
                          ("outcome_text", "Enheternas svar")):  # fmt: skip
        found = frames.remarks(source, goal.id, column)
        if not found:
            continue
        yield Paragraph((Run(title, bold=True),))
        for remark in found:
            yield Paragraph(
                (
                    Run(remark.unit, bold=True),
                    Run(f" om {', '.join(remark.indicators)}: "),
                    Run(remark.text),
                ),
                Kind.BULLET,
            )


def _assessment(goal: Goal) -> list[Block]:
    status = ReportStatus.read(label=goal.assessment) if goal.assessment else None
    runs: list[Run] = [Run("Bedömning: ", bold=True)]
    if status is not None:
        runs.append(Run(status.text, status=status))
        if goal.assessment_note:
            runs.append(Run(f". {goal.assessment_note}"))
    elif goal.assessment or goal.assessment_note:
        runs.append(Run(_join(goal.assessment, goal.assessment_note)))
    else:
        runs.append(Run(PLACEHOLDER, placeholder=True))
    return [Paragraph(tuple(runs))]
