"""Plan-check findings for målvärden, pointing at the Indikatorer sheet."""

from __future__ import annotations

from vpt.findings import Report
from vpt.model import Direction, Indicator, IndicatorType, Plan
from vpt.targets import target_findings


def _indicator(row: int, target: str, **kw: object) -> Indicator:
    return Indicator(f"I{row}", "M1", "Indikator", target=target, row=row, **kw)  # type: ignore[arg-type]


def test_findings_for_targets_that_cannot_be_assessed() -> None:
    plan = Plan(
        "P",
        rollup="Som vi brukar",
        indicators=(
            _indicator(2, "Minst 75%"),
            _indicator(3, "80% på SÄBO och 55% av de listade"),
            _indicator(4, "bra"),
            _indicator(5, "95%"),
            _indicator(6, "95%", direction=Direction.HIGHER),
            _indicator(7, "Minst 75%", direction=Direction.LOWER),
            _indicator(8, "bra", type=IndicatorType.TEXT),
            _indicator(9, "", type=IndicatorType.PERCENT),  # followed without a target: fine
            _indicator(10, "Minst 75%", threshold="sjuttio"),
            _indicator(11, "Minst 75%", threshold="80 %"),
            _indicator(12, "Minst 75%", threshold="70 %"),
            _indicator(13, "ska beskrivas"),
        ),
    )
    report = Report(target_findings(plan))
    assert report.flatten(["code", "severity", "sheet", "row", "column"]) == [
        ["target-multiple", "error", "Indikatorer", 3, "Målvärde"],
        ["target-unreadable", "error", "Indikatorer", 4, "Målvärde"],
        ["target-direction-unknown", "warning", "Indikatorer", 5, "Målvärde"],
        ["target-direction-conflict", "warning", "Indikatorer", 7, "Målvärde"],
        ["threshold-unreadable", "warning", "Indikatorer", 10, "Gränsvärde"],
        ["threshold-wrong-side", "warning", "Indikatorer", 11, "Gränsvärde"],
        ["rollup-unreadable", "warning", "Plan", None, "Sammanvägning"],
    ]
    by_row = {f.row: f for f in report}
    assert by_row[3].value == "80% på SÄBO och 55% av de listade"
    assert by_row[3].message.startswith("Indikator I3: ")
    assert "Riktning" in by_row[5].message
