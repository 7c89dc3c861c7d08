"""`vpt target TEXT`: show how vpt reads a målvärde and, with --value, how it assesses an utfall."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from vpt.model import Direction, IndicatorType
from vpt.planbook.cells import CellError, parse_direction, parse_type
from vpt.targets import (
    Assessment,
    Bands,
    Outcome,
    Target,
    TargetKind,
    assess,
    bands,
    describe_reading,
    normalise_outcome,
    parse_baseline,
    parse_target,
    parse_threshold,
)
from vpt.targets.numbers import format_number, format_value, parse_number

__all__ = ["register"]

_PLAIN_KINDS = (TargetKind.THRESHOLD, TargetKind.RANGE, TargetKind.YESNO)
_KIND_LABELS = {
    TargetKind.THRESHOLD: "gräns",
    TargetKind.RANGE: "intervall",
    TargetKind.YESNO: "ja/nej",
    TargetKind.CHANGE: "förändring mot föregående värde",
    TargetKind.UNMEASURABLE: "inte mätbart (egen bedömning gäller)",
    TargetKind.UNREADABLE: "går inte att läsa",
    TargetKind.MULTIPLE: "flera mål i samma cell",
}


_NEGATIVE = re.compile(r"^-\s?\d[\d\s\u00a0,.]*(?:\s?%|\s?procent)?$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "target",
        help="visa hur vpt läser ett målvärde och bedömer ett utfall",
        description=(
            "Visar hur vpt läser ett målvärde, och med --value hur ett utfall bedöms. "
            'Exempel: vpt target "Minst 75%" --value 72'
        ),
    )
    # A negative target or value ("-15,8%", "-14,5") is an argument, not an option: argparse only
    # knows "-14.5". The parser has no option that looks like a number, so this is safe.
    parser._negative_number_matcher = _NEGATIVE
    parser.add_argument("text", metavar="MÅLVÄRDE", help="målvärdet som det står i planen")
    parser.add_argument(
        "--type", type=_indicator_type, metavar="TYP",
        help="indikatorns typ (Typ i planen): tal, procent, ja/nej, uppdrag eller text",
    )  # fmt: skip
    parser.add_argument(
        "--direction", type=_direction, metavar="RIKTNING",
        help="Riktning i planen: högre eller lägre (Högre är bättre, Lägre är bättre)",
    )  # fmt: skip
    parser.add_argument("--threshold", default="", metavar="V", help="gränsvärde")
    parser.add_argument(
        "--year", type=int, metavar="ÅR", help="planens år (väljer värdet i en cell med flera år)"
    )
    parser.add_argument(
        "--tolerance", default="10 %", metavar="P", help="planens tolerans, t.ex. 10 %% eller 0,1"
    )
    parser.add_argument("--value", metavar="V", help="ett utfall att bedöma")
    parser.add_argument("--previous", metavar="V", help="föregående periods eller års utfall")
    parser.add_argument(
        "--baseline", metavar="V", help="ingångsvärde, t.ex. '2012: 63,6 %% 2013: 40 %%'"
    )
    parser.add_argument("--own", metavar="S", help="enhetens egen bedömning, t.ex. Uppfyllt")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som ett JSON-objekt")
    parser.set_defaults(handler=_run)


E = TypeVar("E", bound=Enum)


def _indicator_type(text: str) -> IndicatorType:
    """--type as the plan's Typ column reads it ("Ja/Nej", "tal"), or the English value."""
    return _as_in_plan(
        text, IndicatorType, parse_type,
        f"typen ”{text}” finns inte. Skriv tal, procent, ja/nej, uppdrag eller text.",
    )  # fmt: skip


def _direction(text: str) -> Direction:
    """--direction as the plan's Riktning column reads it ("Högre är bättre", "lägre"), or the
    English value."""
    return _as_in_plan(
        text, Direction, parse_direction,
        f"riktningen ”{text}” går inte att läsa. Skriv högre eller lägre "
        "(som i planen: Högre är bättre, Lägre är bättre).",
    )  # fmt: skip


def _as_in_plan(text: str, english: type[E], in_plan: Callable[[str], E | None], problem: str) -> E:
    """An option's value as the plan's cell reader reads it, or the enum's English value."""
    try:
        return english(text.strip().casefold())
    except ValueError:
        pass
    try:
        found = in_plan(text)
    except CellError:
        found = None
    if found is None:
        raise argparse.ArgumentTypeError(problem)
    return found


def _run(args: argparse.Namespace) -> int:
    type_: IndicatorType | None = args.type
    direction: Direction | None = args.direction
    tolerance = _tolerance(args.tolerance)
    if tolerance is None:
        print(
            f"vpt: toleransen ”{args.tolerance}” går inte att läsa. Skriv till exempel 10 %.",
            file=sys.stderr,
        )
        return 2
    target = parse_target(args.text, type=type_, direction=direction, year=args.year)
    out_type = type_ or _type_for(target)
    previous = parse_baseline(args.previous) if args.previous is not None else None
    baseline = parse_baseline(args.baseline) if args.baseline is not None else None
    reference = previous if previous is not None else baseline
    found = bands(target, threshold_text=args.threshold, tolerance=tolerance, reference=reference)
    outcome: Outcome | None = None
    assessment: Assessment | None = None
    if args.value is not None:
        outcome = normalise_outcome(args.value, out_type)
        assessment = assess(
            target,
            outcome,
            threshold_text=args.threshold,
            tolerance=tolerance,
            previous=previous,
            baseline=baseline,
            own=args.own,
        )
    if args.json:
        print(
            json.dumps(
                _payload(
                    target,
                    found,
                    outcome,
                    assessment,
                    describe_reading(target, tolerance, args.threshold),
                ),
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _print(target, found, outcome, assessment, tolerance, args.threshold)
    return 1 if target.kind in (TargetKind.UNREADABLE, TargetKind.MULTIPLE) else 0


def _tolerance(text: str) -> float | None:
    value = parse_number(text.replace("%", "").strip())
    if value is None or value < 0:
        return None
    return value / 100 if "%" in text or value > 1 else value


def _type_for(target: Target) -> IndicatorType:
    if target.kind is TargetKind.YESNO:
        return IndicatorType.YESNO
    if target.unit == "%":
        return IndicatorType.PERCENT
    if target.measurable or target.kind is TargetKind.THRESHOLD:
        return IndicatorType.NUMBER
    return IndicatorType.TEXT


def _print(
    target: Target,
    found: Bands | None,
    outcome: Outcome | None,
    assessment: Assessment | None,
    tolerance: float,
    threshold: str,
) -> None:
    print(f"Målvärde:   ”{target.text}”")
    # The reading with this run's gränsvärde and tolerance, as the assessment below uses them.
    reading = describe_reading(target, tolerance, threshold)
    if target.kind in _PLAIN_KINDS:
        print(f"Läses som:  {reading}")
    elif target.kind is TargetKind.CHANGE:
        print(f"Läses som:  {reading} ({_KIND_LABELS[target.kind]})")
    else:
        print(f"Läses som:  {_KIND_LABELS[target.kind]}")
    if target.direction is not None:
        print(f"Riktning:   {target.direction.label}")
    if target.note:
        print(f"Anmärkning: {target.note}")
    for remark in (target.problem, target.doubt):
        if remark:
            print(f"Obs:        {remark}")
    if found is not None:
        print(
            f"Uppfyllt:   {_interval(found.met_low, found.met_low_strict, found.met_high, found.met_high_strict, target.unit)}"
        )
        if found.has_partly:
            basis = _partly_basis(target, found, threshold, tolerance)
            span = _interval(
                found.partly_low,
                found.partly_low_strict,
                found.partly_high,
                found.partly_high_strict,
                target.unit,
            )
            print(f"Delvis:     {span} ({basis})")
        else:
            print("Delvis:     inget intervall (ingen tolerans, eller målvärdet är 0)")
    elif target.kind is TargetKind.CHANGE:
        print(
            "Uppfyllt:   beräknas från föregående utfall eller ingångsvärdet (--previous, --baseline)"
        )
    if outcome is not None and assessment is not None:
        shown = _shown(outcome, target.unit)
        print(f"Utfall:     {shown}" + (f"  (obs: {outcome.problem})" if outcome.problem else ""))
        status = assessment.status
        print(f"Bedömning:  {status.symbol} {status.label}")
        print(f"Motivering: {assessment.reason}")
        if assessment.disagrees and assessment.own is not None:
            print(f"Egen bedömning ({assessment.own.label}) skiljer sig från den beräknade.")


def _interval(
    low: float | None, low_strict: bool, high: float | None, high_strict: bool, unit: str
) -> str:
    if low is not None and high is not None:
        return f"från {format_number(low)} till {format_value(high, unit)}"
    if low is not None:
        return f"{'över' if low_strict else 'från och med'} {format_value(low, unit)}"
    if high is not None:
        return f"{'under' if high_strict else 'till och med'} {format_value(high, unit)}"
    return "alla värden"


def _payload(
    target: Target,
    found: Bands | None,
    outcome: Outcome | None,
    assessment: Assessment | None,
    description: str,
) -> dict[str, Any]:
    reading = {
        "text": target.text,
        "kind": target.kind.value,
        "op": target.op,
        "value": target.value,
        "low": target.low,
        "high": target.high,
        "unit": target.unit,
        "expected": target.expected,
        "change_direction": target.change_direction.value if target.change_direction else None,
        "change_amount": target.change_amount,
        "change_relative": target.change_relative,
        "note": target.note,
        "direction": target.direction.value if target.direction else None,
        "problem": target.problem,
        "measurable": target.measurable,
        "description": description,
    }
    payload: dict[str, Any] = {"target": reading}
    payload["bands"] = (
        {name: getattr(found, name) for name in found.__dataclass_fields__}
        if found is not None
        else None
    )
    if outcome is not None and assessment is not None:
        payload["outcome"] = {
            "value": outcome.value,
            "empty": outcome.empty,
            "problem": outcome.problem,
            "code": outcome.code,
            "ambiguous": outcome.ambiguous,
            "probably_missing_percent": outcome.probably_missing_percent,
        }
        payload["status"] = assessment.status.value
        payload["label"] = assessment.status.label
        payload["reason"] = assessment.reason
        payload["own"] = assessment.own.value if assessment.own else None
        payload["disagrees"] = assessment.disagrees
    else:
        payload["status"] = None
        payload["reason"] = target.problem
    return payload


def _shown(outcome: Outcome, unit: str) -> str:
    value = outcome.value
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, float):
        return format_value(value, unit)
    return str(value)


def _partly_basis(target: Target, found: Bands, threshold: str, tolerance: float) -> str:
    """What starts the delvis band: the gränsvärde when the band begins at it, else the
    tolerance; a change has no tolerance, only the right way from the reference."""
    limit = parse_threshold(threshold)
    if limit is not None and limit in (found.partly_low, found.partly_high):
        return f"gränsvärde {threshold}"
    if target.kind is TargetKind.CHANGE:
        return "rätt håll från jämförelsevärdet"
    return f"tolerans {format_number(tolerance * 100)} %"
