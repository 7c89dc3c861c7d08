"""The live status cell, recalculated by LibreOffice after typing, agrees with vpt's assessment.

Each case is one indicator row of one generated workbook. LibreOffice (sv-SE) types the outcome
and the egen bedömning into the input cells through UNO as a user would, recalculates and saves;
then the status text LibreOffice computed is compared with ``vpt.targets.assess`` on the value
LibreOffice stored, and with the status the case expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.clients import CellValue, LibreOffice
from vpt.generate import layout as L
from vpt.generate.formulas import CHECK_TEXT
from vpt.generate.run import generate_workbook
from vpt.model import Direction, Goal, Indicator, IndicatorType, Period, Plan, Unit
from vpt.targets.assess import assess
from vpt.targets.normalise import normalise_outcome
from vpt.targets.parse import parse_baseline, parse_target
from vpt.targets.types import Status

P, N, Y, T, X = (IndicatorType.PERCENT, IndicatorType.NUMBER, IndicatorType.YESNO,
                 IndicatorType.TASK, IndicatorType.TEXT)  # fmt: skip
LOW = Direction.LOWER


@dataclass(frozen=True)
class Case:
    type: IndicatorType
    target: str
    typed: str
    expected: Status | str
    own: str = ""
    threshold: str = ""
    baseline: str = ""
    direction: Direction | None = None


MET, PARTLY, NOT, NONE = Status.MET, Status.PARTLY_MET, Status.NOT_MET, Status.NOT_ASSESSED
CHECK = "Kontrollera värdet"

CASES: list[Case] = [
    Case(P, "Minst 75%", "75%", MET),
    Case(P, "Minst 75%", "74,9%", PARTLY),
    Case(P, "Minst 75%", "67,5%", PARTLY),
    Case(P, "Minst 75%", "67,4%", NOT),
    Case(P, "Minst 75%", "100%", MET),
    Case(P, "Minst 75%", "", NONE),
    Case(P, "Minst 75%", "75", MET),  # 7500 % in the cell, read as the 75 % meant
    Case(P, "Minst 75%", "abc", CHECK),  # text: the workbook cannot assess it, and says so
    Case(P, "Minst 57%", "57%", MET),  # 0.57 * 100 is 56.99999999999999 unless rounded
    Case(P, "Minst 29%", "29%", MET),
    Case(P, "> 90%", "90%", PARTLY),
    Case(P, "> 90%", "90,1%", MET),
    Case(P, "> 90%", "81%", PARTLY),
    Case(P, "> 90%", "80,9%", NOT),
    Case(P, "Högst 5 %", "5%", MET),
    Case(P, "Högst 5 %", "5,5%", PARTLY),
    Case(P, "Högst 5 %", "5,6%", NOT),
    Case(P, "Högst 5 %", "0%", MET),
    Case(P, "Minst 90 %", "85%", PARTLY, threshold="80 %"),
    Case(P, "Minst 90 %", "79%", NOT, threshold="80 %"),
    Case(P, "95%", "94%", PARTLY),  # a bare value, Higher is better by the plan's Riktning
    Case(N, "Högst 30 dagar", "30", MET, direction=LOW),
    Case(N, "Högst 30 dagar", "33", PARTLY, direction=LOW),
    Case(N, "Högst 30 dagar", "33,1", NOT, direction=LOW),
    Case(N, "Högst 30 dagar", "1 234,5", NOT, direction=LOW),
    Case(N, "77-80", "77", MET),
    Case(N, "77-80", "80", MET),
    Case(N, "77-80", "69,3", PARTLY),
    Case(N, "77-80", "88", PARTLY),
    Case(N, "77-80", "88,5", NOT),
    Case(N, "77-80", "69,2", NOT),
    Case(N, "< 18 månader", "18", PARTLY),
    Case(N, "< 18 månader", "17,9", MET),
    Case(N, "Högst 0", "0", MET, direction=LOW),
    Case(N, "Högst 0", "1", NOT, direction=LOW),
    Case(N, "Öka med 10% jämfört med fg år", "220", MET, baseline="2022: 150 2023: 200"),
    # a rise short of the asked-for 10 % is partly met; no rise, or a fall, is not met
    Case(N, "Öka med 10% jämfört med fg år", "201", PARTLY, baseline="2022: 150 2023: 200"),
    Case(N, "Öka med 10% jämfört med fg år", "200", NOT, baseline="2022: 150 2023: 200"),
    Case(N, "Öka med 10% jämfört med fg år", "198", NOT, baseline="2022: 150 2023: 200"),
    Case(N, "Öka", "500", NONE),  # no reference: not assessable, whatever is typed
    # procentenheter are points, not a share of the value: 30 % + 2 points = 32 %
    Case(P, "Öka med minst 2 procentenheter", "32%", MET, baseline="2023: 30 %"),
    Case(P, "Öka med minst 2 procentenheter", "31%", PARTLY, baseline="2023: 30 %"),
    Case(P, "Öka med minst 2 procentenheter", "30%", NOT, baseline="2023: 30 %"),
    # a negated bound or change never reads as the un-negated one
    Case(N, "Nöjdheten ska ej understiga 75", "75", MET),
    Case(N, "Nöjdheten ska ej understiga 75", "67,5", PARTLY),
    Case(N, "Ingen ökning", "200", MET, baseline="2023: 200"),
    Case(N, "Ingen ökning", "201", NOT, baseline="2023: 200"),
    Case(P, "Sjukfrånvaron ska minska till 6 %", "6,6%", PARTLY),
    Case(P, "Sjukfrånvaron ska minska till 6 %", "6,7%", NOT),
    Case(N, "Ska halveras jämfört med 2019", "60", PARTLY, baseline="2019: 100 2023: 70"),
    Case(N, "Inte klart än", "12", NOT, own="Ej uppfyllt"),
    Case(Y, "Ja", "Ja", MET),
    Case(Y, "Ja", "Nej", NOT),
    Case(Y, "Nej", "Nej", MET),
    Case(Y, "Ja", "", NONE, own="Uppfyllt"),
    Case(T, "", "Pågår", PARTLY, own="Delvis uppfyllt"),
    Case(T, "", "Genomfört", NONE),
    Case(X, "ska beskrivas", "Vi har infört rutinen.", MET, own="Uppfyllt"),
    Case(X, "ska beskrivas", "", NOT, own="Ej uppfyllt"),
]


def _plan(cases: list[Case]) -> Plan:
    indicators = tuple(
        Indicator(
            f"C{n:02}", "G1", f"Fall {n}: {c.target or c.type.label} ← {c.typed or 'tomt'}",
            type=c.type, target=c.target, threshold=c.threshold, baseline=c.baseline,
            direction=c.direction if c.direction else (Direction.HIGHER if c.target == "95%"
                                                       else None),
        )
        for n, c in enumerate(cases, start=1)
    )  # fmt: skip
    return Plan(
        name="Levande status",
        levels=("Mål",),
        goals=(Goal("G1", "Alla fall"),),
        indicators=indicators,
        units=(Unit("U", "Enhet"),),
        periods=(Period("T1", "Tertial 1"),),
    )


def _raw(cell: CellValue) -> object:
    if cell.kind == "empty":
        return None
    return cell.value if cell.kind == "value" else cell.text


def _run(office: LibreOffice, tmp_path: Path, cases: list[Case]) -> list[tuple[str, str, str]]:
    """(expected label, LibreOffice's status label, vpt's status label) per case."""
    plan = _plan(cases)
    src, dst = tmp_path / "src.xlsx", tmp_path / "dst.xlsx"
    identity = generate_workbook(plan, "U", "T1", src, created=datetime(2025, 1, 1, tzinfo=UTC))
    rows = dict(identity.rows)
    col = {key: chr(ord("A") + L.column(key)) for key in ("outcome", "own", "status")}
    entries = []
    for n, case in enumerate(cases, start=1):
        row = rows[f"C{n:02}"]
        if case.typed:
            entries.append((L.FOLLOWUP_SHEET, f"{col['outcome']}{row}", case.typed))
        if case.own:
            entries.append((L.FOLLOWUP_SHEET, f"{col['own']}{row}", case.own))
    office.fill(src, dst, entries)
    cells = [
        (L.FOLLOWUP_SHEET, f"{col[key]}{rows[f'C{n:02}']}")
        for n in range(1, len(cases) + 1)
        for key in ("outcome", "own", "status")
    ]
    values = office.values(dst, cells)
    results = []
    for n, case in enumerate(cases, start=1):
        row = rows[f"C{n:02}"]
        outcome = values[(L.FOLLOWUP_SHEET, f"{col['outcome']}{row}")]
        own = values[(L.FOLLOWUP_SHEET, f"{col['own']}{row}")]
        status = values[(L.FOLLOWUP_SHEET, f"{col['status']}{row}")]
        indicator = plan.indicators[n - 1]
        target = parse_target(case.target, type=case.type, direction=indicator.direction)
        normalised = normalise_outcome(_raw(outcome), case.type, percent_cell=case.type is P)
        computed = assess(
            target,
            normalised,
            threshold_text=case.threshold,
            tolerance=plan.tolerance,
            baseline=parse_baseline(case.baseline) if case.baseline else None,
            own=own.text or None,
        )
        shown = Status.from_label(status.text)
        shown_label = CHECK if status.text == CHECK_TEXT else None
        results.append((
            case.expected.label if isinstance(case.expected, Status) else case.expected,
            shown_label or (shown.label if shown else f"oläsbart: {status.text!r}"),
            CHECK if normalised.code == "outcome-unreadable" else computed.status.label,
        ))  # fmt: skip
    return results


@pytest.mark.roundtrip
def test_live_status_agrees_with_assess_in_libreoffice(
    libreoffice_sv: LibreOffice, tmp_path: Path
) -> None:
    assert len(CASES) >= 30
    results = _run(libreoffice_sv, tmp_path, CASES)
    table = [(c.target, c.typed, c.own, *r) for c, r in zip(CASES, results, strict=True)]
    wrong = [row for row in table if not (row[3] == row[4] == row[5])]
    assert wrong == [], "målvärde, typed, own, expected, LibreOffice, vpt"
