"""Assessment: an outcome against a target → Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömt,
with one Swedish sentence that says why."""

from __future__ import annotations

from dataclasses import replace

from vpt.targets.bands import bands as resolve_bands
from vpt.targets.bands import change_target_value, parse_threshold
from vpt.targets.describe import describe_target, target_phrase
from vpt.targets.numbers import format_number, format_value
from vpt.targets.types import Assessment, Bands, Outcome, Status, Target, TargetKind

__all__ = ["assess", "describe_target"]

_OP_WORDS = {">=": "minst", ">": "över", "<=": "högst", "<": "under"}


def assess(
    target: Target,
    outcome: Outcome | None,
    *,
    threshold_text: str = "",
    tolerance: float = 0.10,
    previous: float | None = None,
    baseline: float | None = None,
    own: Status | str | None = None,
    comparison: float | None = None,
) -> Assessment:
    """Assess one outcome. Measurable targets are computed; the rest take the egen bedömning.

    A change target is compared with ``previous``, else ``baseline``, else the ``comparison`` value
    the unit typed in its workbook; with none of them its status is the unit's egen bedömning,
    marked ``by_own``.
    """
    own_status = Status.from_label(own) if own is not None else None
    if own_status is Status.NOT_ASSESSED:
        own_status = None
    if not target.measurable:
        return _by_own(target, own_status)
    if outcome is None or outcome.empty:
        return Assessment(Status.NOT_ASSESSED, "Ej bedömt: utfall saknas.", own_status)
    if outcome.value is None:
        reason = f"Ej bedömt: {outcome.problem or 'utfallet går inte att läsa.'}"
        return Assessment(Status.NOT_ASSESSED, reason, own_status)
    if target.kind is TargetKind.YESNO:
        return _finish(_yesno(target, outcome), own_status)
    value = outcome.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        reason = "Ej bedömt: utfallet ska vara ett tal. Skriv ett tal."
        return Assessment(Status.NOT_ASSESSED, reason, own_status)
    # A change against a named year ("öka jämfört med 2021") is measured from that year's
    # ingångsvärde, never from the previous period; the unit's jämförelsevärde stands in for it.
    known = (baseline, comparison) if target.reference_year is not None else (
        previous, baseline, comparison)  # fmt: skip
    reference = next((r for r in known if r is not None), None)
    found = resolve_bands(
        target, threshold_text=threshold_text, tolerance=tolerance, reference=reference
    )
    if found is None:
        if target.kind is TargetKind.CHANGE and reference is None and own_status is not None:
            reason = (
                f"Enligt enhetens bedömning: {own_status.label.lower()} (jämförelsevärde för "
                f"”{target_phrase(target)}” saknas)."
            )
            return Assessment(own_status, reason, own_status, computed=False, by_own=True)
        return Assessment(Status.NOT_ASSESSED, _missing(target), own_status)
    status = found.status(float(value))
    reason = _reason(target, float(value), found, status, threshold_text, tolerance, reference)
    return _finish(Assessment(status, reason, bands=found), own_status)


def _finish(assessment: Assessment, own: Status | None) -> Assessment:
    disagrees = own is not None and assessment.status is not Status.NOT_ASSESSED
    disagrees = disagrees and own is not assessment.status
    return replace(assessment, own=own, disagrees=disagrees)


def _by_own(target: Target, own: Status | None) -> Assessment:
    if target.kind is TargetKind.REPORTED:
        reason = "Ej bedömt: utfallet redovisas utan målvärde."
        return Assessment(Status.NOT_ASSESSED, reason, own, computed=False)
    if own is None:
        if target.kind is TargetKind.UNMEASURABLE:
            reason = "Ej bedömt: målvärdet är inte mätbart och egen bedömning saknas."
        elif target.kind in (TargetKind.THRESHOLD, TargetKind.CHANGE):
            reason = "Ej bedömt: det framgår inte om högre eller lägre är bättre (Riktning saknas)."
        else:
            reason = "Ej bedömt: målvärdet går inte att läsa och egen bedömning saknas."
        return Assessment(Status.NOT_ASSESSED, reason, computed=False)
    reason = f"Enhetens egen bedömning: {own.label.lower()}."
    return Assessment(own, reason, own, computed=False)


def _yesno(target: Target, outcome: Outcome) -> Assessment:
    expected = "ja" if target.expected else "nej"
    if outcome.value == "delvis":
        return Assessment(Status.PARTLY_MET, f"Utfall delvis mot målvärde {expected}.")
    if not isinstance(outcome.value, bool):
        return Assessment(Status.NOT_ASSESSED, "Ej bedömt: utfallet ska vara Ja eller Nej.")
    answer = "ja" if outcome.value else "nej"
    if outcome.value == target.expected:
        return Assessment(Status.MET, f"Utfall {answer} mot målvärde {expected}: målet är nått.")
    return Assessment(
        Status.NOT_MET, f"Utfall {answer} mot målvärde {expected}: målet är inte nått."
    )


def _missing(target: Target) -> str:
    if target.kind is TargetKind.CHANGE and target.reference_year is not None:
        return (
            f"Ej bedömt: målvärdet ”{target_phrase(target)}” jämförs med "
            f"{target.reference_year}, och Ingångsvärde saknar värdet för det året. Skriv det i "
            f"planen, till exempel ”{target.reference_year}: 40 %”."
        )
    if target.kind is TargetKind.CHANGE:
        return (
            f"Ej bedömt: målvärdet ”{target_phrase(target)}” jämförs med föregående utfall, "
            "ingångsvärdet eller enhetens jämförelsevärde, och alla saknas. Skriv "
            "Jämförelsevärde (fg år) eller välj egen bedömning."
        )
    return "Ej bedömt: målvärdet går inte att beräkna."


def _reason(
    target: Target,
    value: float,
    found: Bands,
    status: Status,
    threshold_text: str,
    tolerance: float,
    reference: float | None,
) -> str:
    unit = target.unit
    head = f"Utfall {format_value(value, unit)} mot målvärde {target_phrase(target)}"
    if target.kind is TargetKind.CHANGE and reference is not None:
        goal = change_target_value(target, reference)
        word = _OP_WORDS.get(target.op or "", "")
        shown = format_value(goal if goal is not None else reference, unit)
        head += f" från {format_value(reference, unit)} ({word} {shown})"
    if status is Status.MET:
        return f"{head}: målvärdet är nått."
    threshold = parse_threshold(threshold_text)
    used_threshold = threshold is not None and (threshold in (found.partly_low, found.partly_high))
    if target.kind is TargetKind.CHANGE:
        if status is Status.PARTLY_MET:
            return f"{head}: förändringen går åt rätt håll men når inte hela vägen."
        return f"{head}: målvärdet är inte nått."
    if not found.has_partly:
        return f"{head}: målvärdet är inte nått."
    if used_threshold and threshold is not None:
        where = f"gränsvärdet {format_value(threshold, unit)}"
    else:
        where = f"toleransen {format_number(tolerance * 100)} %"
    if status is Status.PARTLY_MET:
        return f"{head}: inom {where}."
    if used_threshold:
        return f"{head}: utanför {where}."
    return f"{head}: utanför {where} (delvis uppfyllt {_partly_span(found, unit)})."


def _partly_span(found: Bands, unit: str) -> str:
    low, high = found.partly_low, found.partly_high
    if low is not None and high is not None:
        return f"{format_number(low)}–{format_value(high, unit)}"
    if low is not None:
        return f"från {format_value(low, unit)}"
    return f"till och med {format_value(high or 0.0, unit)}"
