"""Plan-check findings for målvärden, pointing at the Indikatorer sheet."""

from __future__ import annotations

from vpt.findings import Report
from vpt.model import Direction, Indicator, IndicatorType, Plan
from vpt.targets import parse_target, target_findings


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


def test_the_plan_year_the_row_type_and_the_cells_behind_each_finding() -> None:
    plan = Plan(
        "P",
        year=2026,
        rollup="Som vi brukar",
        indicators=(
            # The plan's year picks 10 % from a multi-year cell: no finding.
            _indicator(2, "12 % (2025) 10 % (2026)", direction=Direction.LOWER),
            # A Ja/Nej row reads "Genomförd" as ja: no finding.
            _indicator(3, "Genomförd", type=IndicatorType.YESNO),
            # A percent row cannot go over 100 %: higher is better, no finding.
            _indicator(4, "100", type=IndicatorType.PERCENT),
            _indicator(5, "Minst 75%", threshold="sjuttio"),
        ),
    )
    found = [(f.code, f.row, f.column, f.value, f.message) for f in target_findings(plan)]
    assert found == [
        (
            "threshold-unreadable",
            5,
            "Gränsvärde",
            "sjuttio",
            "Indikator I5: gränsvärdet ”sjuttio” går inte att läsa som ett tal. Skriv ett tal, "
            "till exempel 70 %, eller lämna cellen tom så används planens tolerans.",
        ),
        (
            "rollup-unreadable",
            None,
            "Sammanvägning",
            "Som vi brukar",
            "Sammanvägningen ”Som vi brukar” går inte att läsa; standardregeln (poäng) används. "
            "Skriv ”Poäng”, ”Sämsta” eller ”Andel uppfyllda”.",
        ),
    ]


def test_a_multi_year_cell_without_the_plan_year_is_several_targets() -> None:
    plan = Plan("P", indicators=(_indicator(2, "12 % (2025) 10 % (2026)"),))
    (finding,) = target_findings(plan)
    assert (finding.code, finding.value) == ("target-multiple", "12 % (2025) 10 % (2026)")
    assert finding.message == (
        "Indikator I2: Målvärdet anger olika värden för flera år (2025, 2026). Fyll i År på "
        "bladet Plan, så använder vpt värdet för planens år."
    )


def test_each_target_finding_carries_the_grammars_problem_after_the_indicator() -> None:
    plan = Plan(
        "P",
        indicators=(
            _indicator(2, "bra"),
            _indicator(3, "Minst 75%", direction=Direction.LOWER),
            _indicator(4, "12 % (2025) 10 % (2026)"),
            _indicator(5, "0,75", type=IndicatorType.NUMBER),
        ),
    )
    found = {f.row: f for f in target_findings(plan)}
    for row in (2, 3, 4, 5):
        indicator = plan.indicators[row - 2]
        problem = parse_target(
            indicator.target, type=indicator.type, direction=indicator.direction
        ).problem
        assert problem
        assert found[row].message == f"Indikator I{row}: {problem}"
    assert [found[r].code for r in (2, 3, 4, 5)] == [
        "target-unreadable",
        "target-direction-conflict",
        "target-multiple",
        "target-direction-unknown",
    ]


def test_a_reading_in_doubt_says_how_it_is_read() -> None:
    plan = Plan("P", indicators=(_indicator(2, "Alla elever", type=IndicatorType.PERCENT),))
    (finding,) = target_findings(plan)
    doubt = parse_target("Alla elever", type=IndicatorType.PERCENT).doubt
    assert doubt
    assert (finding.code, finding.severity.value, finding.column) == (
        "target-reading-doubt",
        "warning",
        "Målvärde",
    )
    assert finding.message == (
        f"Indikator I2: {doubt} Läses som: minst 100 % (högre är bättre); delvis uppfyllt från "
        "90 %."
    )


def _findings(*indicators: Indicator) -> list[tuple[str, str, int | None, str, str | None, str]]:
    plan = Plan("P", indicators=indicators)
    return [
        (f.code, f.severity.value, f.row, f.column, f.value, f.message)
        for f in target_findings(plan)
    ]


def _share(row: int, text: str, shown: str, meant: str) -> tuple[str, str, int, str, str, str]:
    return (
        "target-percent-share",
        "warning",
        row,
        "Målvärde",
        text,
        f"Indikator I{row}: målvärdet ”{text}” läses som {shown} %. Menade du {meant} %? Skriv i "
        f"så fall ”{meant} %” (med procenttecken).",
    )


def test_a_share_in_a_percent_row_asks_whether_percent_was_meant() -> None:
    P, H = IndicatorType.PERCENT, Direction.HIGHER
    assert _findings(
        _indicator(2, "0,75", type=P, direction=H),
        _indicator(3, "Minst 1", type=P),  # 1 is a share (100 %) ...
        _indicator(4, "Minst 1,01", type=P),  # ... above it is not
        _indicator(5, "Minst 0", type=P),  # 0 is 0 in any unit
        _indicator(6, "-0,5", type=P, direction=H),
        _indicator(7, "Minst 0,75 %", type=P),  # said with its sign
        _indicator(8, "Minst 0,75 Procent", type=P),  # or in words
        _indicator(9, "0,75", type=IndicatorType.NUMBER, direction=H),  # not a percent row
        _indicator(10, "0,5-0,8", type=P),  # a range, not a bound
    ) == [
        _share(2, "0,75", "0,75", "75"),
        _share(3, "Minst 1", "1", "100"),
        _share(6, "-0,5", "-0,5", "-50"),
    ]


def test_a_change_against_a_named_year_needs_that_years_baseline() -> None:
    message = (
        "Indikator I{row}: målvärdet jämförs med 2021, men Ingångsvärde saknar värdet för 2021. "
        "Skriv det, till exempel ”2021: 40 %”. Annars ombeds enheten skriva ett jämförelsevärde, "
        "och skriver den inget blir måluppfyllelsen enhetens egen bedömning."
    )
    target = "Öka jämfört med 2021"
    assert _findings(
        _indicator(2, target),
        _indicator(3, target, baseline="2023: 50"),
        _indicator(4, target, baseline="2021: 40"),
    ) == [
        ("baseline-year-missing", "warning", 2, "Ingångsvärde", "", message.format(row=2)),
        ("baseline-year-missing", "warning", 3, "Ingångsvärde", "2023: 50", message.format(row=3)),
    ]


def test_a_change_without_any_baseline_says_what_happens_then() -> None:
    assert _findings(
        _indicator(2, "Öka"),
        _indicator(3, "Öka", baseline="2023: 63"),
    ) == [
        (
            "target-no-reference",
            "warning",
            2,
            "Ingångsvärde",
            "",
            "Indikator I2: målvärdet ”Öka” jämförs med ett tidigare värde, men Ingångsvärde "
            "saknas. Utan föregående periods sammanställning kan måluppfyllelsen då inte räknas "
            "fram: enheten ombeds skriva ett jämförelsevärde, och skriver den inget blir "
            "måluppfyllelsen enhetens egen bedömning. Fyll i Ingångsvärde (till exempel "
            "”2023: 63 %”), eller ange föregående sammanställning när arbetsböckerna skapas.",
        )
    ]


def _wrong_side(row: int, threshold: str, target: str) -> tuple[str, str, int, str, str, str]:
    return (
        "threshold-wrong-side",
        "warning",
        row,
        "Gränsvärde",
        threshold,
        f"Indikator I{row}: gränsvärdet ”{threshold}” ligger på fel sida om målvärdet "
        f"”{target}” och används inte; planens tolerans gäller. Gränsvärdet ska ligga mellan "
        "målvärdet och det som är Ej uppfyllt.",
    )


def test_a_gransvarde_on_the_wrong_side_of_the_target() -> None:
    assert _findings(
        _indicator(2, "Minst 75%", threshold="75 %"),  # on the target: allowed
        _indicator(3, "Minst 75%", threshold="75,1 %"),
        _indicator(4, "Minst 75%", threshold="74,9 %"),
        _indicator(5, "Högst 30", threshold="30"),
        _indicator(6, "Högst 30", threshold="29,9"),
        _indicator(7, "Högst 30", threshold="30,1"),
        _indicator(8, "77-80", threshold="90"),  # a range uses it on either side
    ) == [
        _wrong_side(3, "75,1 %", "Minst 75%"),
        _wrong_side(6, "29,9", "Högst 30"),
    ]
