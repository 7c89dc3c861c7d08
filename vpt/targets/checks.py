"""Plan checks for målvärden: what `vpt plan check` reports about the Indikatorer sheet."""

from __future__ import annotations

from vpt.findings import Finding, Severity
from vpt.model import Direction, Indicator, IndicatorType, Plan
from vpt.targets.bands import parse_threshold
from vpt.targets.numbers import clean_text
from vpt.targets.parse import parse_baseline, parse_target
from vpt.targets.rollup import parse_rollup_rule
from vpt.targets.types import Target, TargetKind

__all__ = ["target_findings"]

_SHEET = "Indikatorer"


def target_findings(plan: Plan) -> list[Finding]:
    """Findings for every målvärde that cannot be read, packs several targets, or has no direction."""
    findings: list[Finding] = []
    for indicator in plan.indicators:
        findings.extend(_indicator_findings(indicator))
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


def _indicator_findings(indicator: Indicator) -> list[Finding]:
    if indicator.type in (IndicatorType.TASK, IndicatorType.TEXT):
        return []
    target = parse_target(indicator.target, type=indicator.type, direction=indicator.direction)
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
    found.extend(_threshold_findings(indicator, target, where))
    found.extend(_reference_findings(indicator, target, where))
    return found


def _reference_findings(indicator: Indicator, target: Target, where: str) -> list[Finding]:
    """A change target without Ingångsvärde cannot be computed in a round without a previous
    summary: the unit then types a jämförelsevärde, or its egen bedömning becomes the status."""
    if not (target.kind is TargetKind.CHANGE and target.measurable):
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
