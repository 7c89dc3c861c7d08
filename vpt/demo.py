"""`vpt demo`: the whole round on a bundled example plan, for a newcomer.

Generate the unit workbooks, fill them as units would (with a few typical mistakes), check them and
write the summary. The filling is also what ``examples/make_returns.py`` uses for the sample returns.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum
from pathlib import Path

from openpyxl import load_workbook

from vpt.consolidate import consolidate
from vpt.consolidate.table import MISSING, build_summary
from vpt.errors import PlanUnreadable
from vpt.findings import Report
from vpt.generate import layout as L
from vpt.generate.run import generate
from vpt.model import Indicator, IndicatorType, Plan
from vpt.planbook import read_plan
from vpt.read import check_returns
from vpt.resources import data_dir
from vpt.targets import Outcome, Status, TargetKind, assess, parse_target, resolve_type

__all__ = [
    "DEMO_PERIOD",
    "DEMO_PLAN",
    "DemoResult",
    "Mistake",
    "examples_dir",
    "fill_returns",
    "run_demo",
]

DEMO_PLAN = "blekinge-primarvard-2024.xlsx"
DEMO_PERIOD = "Delår"
_EPOCH = datetime(2024, 9, 10, 9, 0)


def examples_dir() -> Path:
    """The bundled example plans: beside the package, or in the frozen app."""
    return data_dir("examples")


class Mistake(StrEnum):
    """The typical mistakes the demo makes in some returns (one per unit, in this order)."""

    NONE = "none"
    DECIMAL_COMMA = "decimal-comma"  # "5,2" typed as text in a number cell
    PERCENT_WITHOUT_SIGN = "percent-without-sign"  # 75 in a percent cell: 7500 %
    NO_COMMENT = "no-comment"  # not met, but no comment or action
    DUPLICATE = "duplicate"  # an earlier draft sent too
    MISSING = "missing"  # the unit sent nothing


DEMO_MISTAKES = (
    Mistake.DUPLICATE,
    Mistake.DECIMAL_COMMA,
    Mistake.PERCENT_WITHOUT_SIGN,
    Mistake.NO_COMMENT,
    Mistake.MISSING,
)


@dataclass
class DemoResult:
    """Where everything the demo made is, and what the check found."""

    plan: Path
    workbooks: Path
    returns: Path
    summary: Path
    findings: Report = field(default_factory=Report)
    received: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def run_demo(
    out_dir: Path, *, plan_file: str = DEMO_PLAN, period_id: str = DEMO_PERIOD
) -> DemoResult:
    """Generate, fill, check and consolidate the bundled example plan in ``out_dir``."""
    plan_path = examples_dir() / plan_file
    plan, report = read_plan(plan_path)
    if plan is None or report.has_errors:
        raise PlanUnreadable(
            f"Demoplanen {plan_path} går inte att läsa. Installera om vpt eller kör "
            "”vpt plan check” på den för att se varför."
        )
    out_dir = Path(out_dir)
    workbooks = out_dir / "1 Utskick"
    returns = out_dir / "2 Inlämnade"
    fill_returns(plan, period_id, workbooks, returns, DEMO_MISTAKES, seed=2024)
    result = check_returns(plan, [returns], period_id=period_id)
    summary_path = out_dir / f"3 Sammanställning {period_id}.xlsx"
    consolidate(plan, result, summary_path)
    arranged = build_summary(plan, result, created=_EPOCH)
    return DemoResult(
        plan=plan_path,
        workbooks=workbooks,
        returns=returns,
        summary=summary_path,
        findings=result.findings,
        received=sorted(arranged.received),
        missing=[s.unit_id for s in arranged.submissions if s.state == MISSING],
    )


def fill_returns(
    plan: Plan,
    period_id: str,
    workbooks: Path,
    returns: Path,
    mistakes: Sequence[Mistake] = (),
    *,
    seed: int = 1,
    created: datetime = _EPOCH,
) -> list[Path]:
    """Generate the units' workbooks in ``workbooks`` and write filled copies to ``returns``.

    Unit number n makes ``mistakes[n]`` (none beyond the list). Values are drawn from a seeded
    random generator around each målvärde, so the same seed gives the same returns.
    """
    rng = random.Random(seed)
    # The demo owns its folder: a second run replaces its own blank workbooks, nothing else.
    generated = generate(plan, period_id, workbooks, created=created, workers=1, force=True)
    returns.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n, item in enumerate(generated.files):
        mistake = mistakes[n] if n < len(mistakes) else Mistake.NONE
        if mistake == Mistake.MISSING:
            continue
        target = returns / item.workbook.name
        if mistake == Mistake.DUPLICATE:
            draft = returns / f"{item.workbook.stem} (första utkast){item.workbook.suffix}"
            _fill(plan, item.workbook, draft, random.Random(seed + 100 + n), Mistake.NONE)
            _normalise(draft, created)
            mail = _mail(plan, item.unit_id, draft, created + timedelta(hours=1))
            draft.unlink()
            written.append(mail)
        _fill(plan, item.workbook, target, rng, mistake)
        _normalise(target, created)
        _touch(target, created, hours=24 + n)
        written.append(target)
    return written


def _mail(plan: Plan, unit_id: str, attachment: Path, sent: datetime) -> Path:
    """An earlier draft sent by e-mail (dated, so it stays older than the file after a checkout)."""
    unit = plan.unit(unit_id)
    message = EmailMessage()
    message["From"] = unit.email if unit and unit.email else "enhet@example.se"
    message["To"] = "controller@example.se"
    message["Subject"] = f"Uppföljning {unit.name if unit else unit_id}, första utkast"
    message["Date"] = format_datetime(sent.astimezone(UTC))
    token = hashlib.sha256(unit_id.encode()).hexdigest()[:12]
    message["Message-ID"] = f"<{token}.{sent:%Y%m%d%H%M}@vpt.example>"
    message.set_content("Hej! Här kommer vårt första utkast. Vi återkommer med den slutliga.")
    message.add_attachment(
        attachment.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=attachment.name,
    )
    path = attachment.with_suffix(".eml")
    path.write_bytes(bytes(message))
    return path


def _normalise(path: Path, moment: datetime) -> None:
    """Fixed zip timestamps and modification time, so the same seed gives the same bytes."""
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in entries:
            data = content
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0)), data,
                            compress_type=zipfile.ZIP_DEFLATED)  # fmt: skip


def _touch(path: Path, created: datetime, *, hours: int) -> None:
    moment = created.timestamp() + hours * 3600
    os.utime(path, (moment, moment))


def _fill(plan: Plan, source: Path, target: Path, rng: random.Random, mistake: Mistake) -> None:
    workbook = load_workbook(source)
    sheet = workbook[L.FOLLOWUP_SHEET]
    rows = _row_keys(workbook[L.IDENTITY_SHEET])
    first_number = first_percent = True
    for indicator_id, row in rows.items():
        indicator = plan.indicator(indicator_id)
        if indicator is None:
            continue
        kind = resolve_type(indicator)
        value, status = _outcome(plan, indicator, kind, rng)
        met = status is Status.MET
        if mistake == Mistake.DECIMAL_COMMA and kind is IndicatorType.NUMBER and first_number:
            value, first_number = f"{value:.1f}".replace(".", ","), False
        if (
            mistake == Mistake.PERCENT_WITHOUT_SIGN
            and kind is IndicatorType.PERCENT
            and first_percent
        ):
            value, first_percent = round(float(value) * 100), False
        cells: dict[str, float | str] = {"outcome": value}
        if status is not Status.NOT_ASSESSED:
            cells["own"] = status.label
        if mistake != Mistake.NO_COMMENT or met:
            cells["comment"] = rng.choice(_COMMENTS_MET if met else _COMMENTS_NOT_MET)
            if not met:
                cells["actions"] = rng.choice(_ACTIONS)
        for key, content in cells.items():
            sheet.cell(row=row, column=L.column(key) + 1, value=content)
    workbook.save(target)


def _row_keys(identity: object) -> dict[str, int]:
    """Indicator ID → 1-based row in the follow-up sheet, from the identity sheet's row keys."""
    keys: dict[str, int] = {}
    in_rows = False
    for first, second, *_ in identity.iter_rows(values_only=True):  # type: ignore[attr-defined]
        if in_rows and first:
            keys[str(first)] = int(str(second))
        elif first == L.ROWS_MARKER:
            in_rows = True
    return keys


def _outcome(
    plan: Plan, indicator: Indicator, kind: IndicatorType, rng: random.Random
) -> tuple[float | str, Status]:
    """A plausible outcome for the indicator and the status it gives (as the unit judges it)."""
    chance = rng.random()
    judged = Status.MET if chance < 0.6 else Status.PARTLY_MET if chance < 0.8 else Status.NOT_MET
    if kind is IndicatorType.TASK:
        task = {Status.MET: 0, Status.PARTLY_MET: 1, Status.NOT_MET: 2}[judged]
        return L.TASK_STATUSES[task], judged
    if kind is IndicatorType.TEXT:
        return rng.choice(_TEXT_OUTCOMES), judged
    target = parse_target(
        indicator.target, type=kind, direction=indicator.direction, year=plan.year
    )
    if kind is IndicatorType.YESNO:
        answer = (target.expected is not False) == (judged is Status.MET)
        return (
            L.YES_NO[0] if answer else L.YES_NO[1]
        ), Status.MET if judged is Status.MET else Status.NOT_MET
    base = target.value if target.kind is TargetKind.THRESHOLD and target.value else None
    if target.kind is TargetKind.RANGE and target.low is not None:
        base = target.low
    centre = base if base is not None else (80.0 if kind is IndicatorType.PERCENT else 50.0)
    number = centre * rng.uniform(0.85, 1.12)
    if kind is IndicatorType.PERCENT:
        number = min(100.0, max(0.0, number))
    number = round(number, 1)
    outcome = Outcome(value=number)
    found = assess(target, outcome, threshold_text=indicator.threshold, tolerance=plan.tolerance)
    shown: float = round(number / 100, 3) if kind is IndicatorType.PERCENT else number
    return shown, found.status


_COMMENTS_MET = (
    "Arbetet följer planen. Rutinerna har fungerat väl under perioden.",
    "Målet är nått tack vare det förbättringsarbete som startade i våras.",
    "Resultatet ligger i nivå med föregående år.",
)
_COMMENTS_NOT_MET = (
    "Hög sjukfrånvaro under sommaren har påverkat resultatet.",
    "Rekryteringsläget är fortsatt svårt, särskilt för sjuksköterskor.",
    "Ett nytt journalsystem infördes under perioden och tog tid från verksamheten.",
)
_ACTIONS = (
    "Översyn av bemanningen och schemaläggningen under hösten.",
    "Förbättringsgrupp startar i oktober; uppföljning varje månad.",
    "Dialog med förvaltningsledningen om resurser inför nästa år.",
)
_TEXT_OUTCOMES = (
    "Samverkan med kommunen är etablerad och möten hålls varje månad.",
    "Arbetet har påbörjats; en handlingsplan är framtagen.",
    "Utbildningsinsatser har genomförts för all personal.",
)
