"""Plan checks for målvärden: what `vpt plan check` reports about the Indikatorer sheet."""

from __future__ import annotations

from vpt.findings import Finding, Severity
from vpt.model import Direction, Indicator, IndicatorType, Plan
from vpt.targets.bands import parse_threshold
from vpt.targets.describe import describe_reading
from vpt.targets.numbers import clean_text, format_number
from vpt.targets.parse import parse_baseline, parse_target, resolve_type
from vpt.targets.rollup import parse_rollup_rule
from vpt.targets.types import Target, TargetKind

__all__ = ["target_findings"]

_SHEET = "Indikatorer"


def target_findings(plan: Plan) -> list[Finding]:
    """Findings for every målvärde that cannot be read, packs several targets, or has no direction."""
    findings: list[Finding] = []
    for indicator in plan.indicators:
        findings.extend(_indicator_findings(indicator, plan.year))
    rule = parse_rollup_rule(plan.rollup)
    if rule.problem:
        findings.append(
            Finding(
                "rollup-unreadable",
                Severity.WARNING,
                rule.problem,
                sheet="Plan",
                column="Sammanvägning",
                value=plan.rollup,
            )
        )
    return findings


def _indicator_findings(indicator: Indicator, year: int | None = None) -> list[Finding]:
    if indicator.type in (IndicatorType.TASK, IndicatorType.TEXT):
        return []
    target = parse_target(
        indicator.target, type=indicator.type, direction=indicator.direction, year=year
    )
    where = f"Indikator {indicator.id}: "
    found: list[Finding] = []
    if target.kind is TargetKind.UNREADABLE:
        found.append(
            _finding("target-unreadable", Severity.ERROR, where + target.problem, indicator)
        )
    elif target.kind is TargetKind.MULTIPLE:
        found.append(_finding("target-multiple", Severity.ERROR, where + target.problem, indicator))
    elif target.kind in (TargetKind.THRESHOLD, TargetKind.CHANGE) and target.direction is None:
        found.append(
            _finding(
                "target-direction-unknown", Severity.WARNING, where + target.problem, indicator
            )
        )
    elif target.problem:
        found.append(
            _finding(
                "target-direction-conflict", Severity.WARNING, where + target.problem, indicator
            )
        )
    if target.doubt:
        message = f"{where}{target.doubt} Läses som: {describe_reading(target)}."
        found.append(_finding("target-reading-doubt", Severity.WARNING, message, indicator))
    found.extend(_share_findings(indicator, target, where))
    found.extend(_reference_year_findings(indicator, target, where))
    found.extend(_threshold_findings(indicator, target, where))
    found.extend(_no_reference_findings(indicator, target, where))
    return found


def _share_findings(indicator: Indicator, target: Target, where: str) -> list[Finding]:
    """A bare 0,75 in a Procent row is probably the share 75 % that a spreadsheet stored when
    someone typed "75%" into a General cell: say so instead of reading it as 0,75 %."""
    if resolve_type(indicator) is not IndicatorType.PERCENT or "%" in indicator.target:
        return []
    if "procent" in indicator.target.lower() or target.kind is not TargetKind.THRESHOLD:
        return []
    value = target.value
    if value is None or not 0 < abs(value) <= 1:
        return []
    meant = f"{format_number(value * 100)} %"
    message = (
        f"målvärdet ”{clean_text(indicator.target)}” läses som {format_number(value)} %. "
        f"Menade du {meant}? Skriv i så fall ”{meant}” (med procenttecken)."
    )
    return [_finding("target-percent-share", Severity.WARNING, where + message, indicator)]


def _reference_year_findings(indicator: Indicator, target: Target, where: str) -> list[Finding]:
    """A change against a named year needs that year's value in Ingångsvärde."""
    year = target.reference_year
    if target.kind is not TargetKind.CHANGE or year is None:
        return []
    if parse_baseline(indicator.baseline, year=year) is not None:
        return []
    message = (
        f"målvärdet jämförs med {year}, men Ingångsvärde saknar värdet för {year}. Skriv det, "
        f"till exempel ”{year}: 40 %”. Annars ombeds enheten skriva ett jämförelsevärde, och "
        "skriver den inget blir måluppfyllelsen enhetens egen bedömning."
    )
    return [
        _finding(
            "baseline-year-missing",
            Severity.WARNING,
            where + message,
            indicator,
            column="Ingångsvärde",
            value=indicator.baseline,
        )
    ]


def _no_reference_findings(indicator: Indicator, target: Target, where: str) -> list[Finding]:
    """A change target without Ingångsvärde cannot be computed in a round without a previous
    summary: the unit then types a jämförelsevärde, or its egen bedömning becomes the status."""
    if not (target.kind is TargetKind.CHANGE and target.measurable):
        return []
    if target.reference_year is not None:  # a named year: _reference_year_findings says it
        return []
    if parse_baseline(indicator.baseline) is not None:
        return []
    message = (
        f"målvärdet ”{clean_text(indicator.target)}” jämförs med ett tidigare värde, men "
        "Ingångsvärde saknas. Utan föregående periods sammanställning kan måluppfyllelsen då "
        "inte räknas fram: enheten ombeds skriva ett jämförelsevärde, och skriver den inget blir "
        "måluppfyllelsen enhetens egen bedömning. Fyll i Ingångsvärde (till exempel "
        "”2023: 63 %”), eller ange föregående sammanställning när arbetsböckerna skapas."
    )
    return [
        _finding(
            "target-no-reference",
            Severity.WARNING,
            where + message,
            indicator,
            column="Ingångsvärde",
            value=indicator.baseline,
        )
    ]


def _threshold_findings(indicator: Indicator, target: Target, where: str) -> list[Finding]:
    text = clean_text(indicator.threshold)
    if not text:
        return []
    value = parse_threshold(text)
    if value is None:
        message = (
            f"gränsvärdet ”{text}” går inte att läsa som ett tal. Skriv ett tal, till exempel "
            "70 %, eller lämna cellen tom så används planens tolerans."
        )
        return [
            _finding(
                "threshold-unreadable",
                Severity.WARNING,
                where + message,
                indicator,
                column="Gränsvärde",
                value=indicator.threshold,
            )
        ]
    wrong_side = (
        target.kind is TargetKind.THRESHOLD
        and target.value is not None
        and target.direction is not None
        and (value > target.value if target.direction is Direction.HIGHER else value < target.value)
    )
    if not wrong_side:
        return []
    message = (
        f"gränsvärdet ”{text}” ligger på fel sida om målvärdet ”{clean_text(indicator.target)}” "
        "och används inte; planens tolerans gäller. Gränsvärdet ska ligga mellan målvärdet och "
        "det som är Ej uppfyllt."
    )
    return [
        _finding(
            "threshold-wrong-side",
            Severity.WARNING,
            where + message,
            indicator,
            column="Gränsvärde",
            value=indicator.threshold,
        )
    ]


def _finding(
    code: str,
    severity: Severity,
    message: str,
    indicator: Indicator,
    *,
    column: str = "Målvärde",
    value: str | None = None,
) -> Finding:
    return Finding(
        code,
        severity,
        message,
        sheet=_SHEET,
        row=indicator.row,
        column=column,
        value=indicator.target if value is None else value,
    )
