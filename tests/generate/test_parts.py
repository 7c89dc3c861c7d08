"""Formulas, identity chunks, file names and e-mail drafts, each on a table of cases."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vpt.generate.email import XLSX_MIME, write_draft
from vpt.generate.filenames import MAX_STEM, safe_file_name
from vpt.generate.formulas import (
    LiveKind,
    LiveRule,
    _quote,
    excel_number,
    live_rule,
    status_formula,
    status_text,
)
from vpt.generate.identity import Identity, row_key_chunks
from vpt.generate.layout import PROPERTY_MAX_CHARS, ROW_KEYS_SEPARATOR
from vpt.generate.reading import reading as unit_reading
from vpt.model import Direction, Goal, Indicator, IndicatorType, Plan, Unit
from vpt.targets import parse_target
from vpt.targets.types import Bands, Status, Target, TargetKind

MET, PARTLY, NOT, NONE = '"√ Uppfyllt"', '"± Delvis uppfyllt"', '"× Ej uppfyllt"', '"– Ej bedömt"'
CHECK = '"! Kontrollera värdet"'
PERCENT = "ROUND(IF(ABS(I5)>10,I5,I5*100),9)"  # a percent cell: up to 10 (1 000 %) is a fraction


@pytest.mark.parametrize(
    ("bands", "percent", "met", "partly"),
    [
        (Bands(met_low=75, partly_low=67.5), True, f"{PERCENT}>=75", f"{PERCENT}>=67.5"),
        (Bands(met_low=90, met_low_strict=True, partly_low=81), True, f"{PERCENT}>90",
         f"{PERCENT}>=81"),
        (Bands(met_high=30, partly_high=33), False, "ROUND(I5,9)<=30", "ROUND(I5,9)<=33"),
        (Bands(met_high=18, met_high_strict=True, partly_high=19.8), False, "ROUND(I5,9)<18",
         "ROUND(I5,9)<=19.8"),
        (Bands(met_low=77, met_high=80, partly_low=69.3, partly_high=88), False,
         "AND(ROUND(I5,9)>=77,ROUND(I5,9)<=80)", "AND(ROUND(I5,9)>=69.3,ROUND(I5,9)<=88)"),
        (Bands(met_high=0, partly_high=0), False, "ROUND(I5,9)<=0", "ROUND(I5,9)<=0"),
        (Bands(met_low=0, met_low_strict=True, partly_low=0, partly_low_strict=True), False,
         "ROUND(I5,9)>0", "ROUND(I5,9)>0"),
        (Bands(met_high=0, met_high_strict=True, partly_high=0, partly_high_strict=True), False,
         "ROUND(I5,9)<0", "ROUND(I5,9)<0"),
    ],
)  # fmt: skip
def test_band_formulas(bands: Bands, percent: bool, met: str, partly: str) -> None:
    kind = IndicatorType.PERCENT if percent else IndicatorType.NUMBER
    rule = LiveRule(LiveKind.BANDS, kind, Target("x", TargetKind.THRESHOLD), bands, percent=percent)
    value = PERCENT if percent else "ROUND(I5,9)"
    plausible = (
        f"AND({value}>=-100,{value}<=1000)"
        if percent
        else f"AND({value}>=-1000000000,{value}<=1000000000)"
    )
    assert status_formula(rule, "I5", "J5") == (
        f"=IF(ISNUMBER(I5),IF({plausible},IF({met},{MET},IF({partly},{PARTLY},{NOT})),{CHECK}),"
        f'IF(TRIM(I5)="",{NONE},{CHECK}))'
    )


@pytest.mark.parametrize(
    ("kind", "expected", "formula"),
    [
        (LiveKind.YESNO, True,
         f'=IF(I5="Ja",{MET},IF(I5="Nej",{NOT},IF(I5="Delvis",{PARTLY},'
         f'IF(TRIM(I5)="",{NONE},{CHECK}))))'),
        (LiveKind.YESNO, False,
         f'=IF(I5="Ja",{NOT},IF(I5="Nej",{MET},IF(I5="Delvis",{PARTLY},'
         f'IF(TRIM(I5)="",{NONE},{CHECK}))))'),
        (LiveKind.OWN, True, f'=IF(J5="Uppfyllt",{MET},IF(J5="Delvis uppfyllt",{PARTLY},'
                             f'IF(J5="Ej uppfyllt",{NOT},IF(TRIM(J5)="",{NONE},{CHECK}))))'),
        (LiveKind.NONE, True, f"={NONE}"),
    ],
)  # fmt: skip
def test_answer_formulas(kind: LiveKind, expected: bool, formula: str) -> None:
    rule = LiveRule(kind, IndicatorType.YESNO, Target("x", TargetKind.YESNO), expected=expected)
    assert status_formula(rule, "I5", "J5") == formula


@pytest.mark.parametrize(
    ("value", "text"),
    [(75.0, "75"), (67.5, "67.5"), (69.30000000000001, "69.3"), (1e-05, "0.00001"),
     (-0.0, "0"), (1234567.25, "1234567.25"), (-5.5, "-5.5"), (1e-12, "0")],
)  # fmt: skip
def test_excel_numbers_have_no_exponent_or_noise(value: float, text: str) -> None:
    assert excel_number(value) == text


@pytest.mark.parametrize(
    ("ids", "chunks"),
    [
        ([], 0),
        (["I1", "I2"], 1),
        ([f"I{n:03}" for n in range(60)], 2),  # 60 × 4 + 59 separators = 299 characters
        (["X" * 255, "Y"], 2),
    ],
)
def test_row_keys_are_chunked_within_the_property_limit(ids: list[str], chunks: int) -> None:
    found = list(row_key_chunks(ids))
    assert len(found) == chunks
    assert all(len(chunk) <= PROPERTY_MAX_CHARS for chunk in found)
    joined = ROW_KEYS_SEPARATOR.join(found)
    assert (joined.split(ROW_KEYS_SEPARATOR) if joined else []) == ids


def test_identity_survives_properties_alone_even_as_floats() -> None:
    identity = Identity("Plan", "abc123", "Region", "U1", "Enhet", "T1", "Tertial 1",
                        "2025-05-15", "2025-03-01T08:30:00+00:00",
                        tuple((f"I{n}", n + 5) for n in range(100)))  # fmt: skip
    props: dict[str, object] = dict(identity.properties())
    props["vpt.row_count"] = 100.0  # LibreOffice turns numbers into floats
    back = Identity.from_properties(props)
    assert back is not None
    assert back.pairs() == identity.pairs()
    assert back.row_ids == identity.row_ids
    assert Identity.from_properties({"vpt.unit_id": "U1"}) is None


@pytest.mark.parametrize(
    ("stem", "name"),
    [
        ("Uppföljning T1 A Vårdcentral Öst", "Uppföljning T1 A Vårdcentral Öst.xlsx"),
        ('Uppföljning T1 B Vård: "Väst"?', "Uppföljning T1 B Vård- Väst.xlsx"),
        ("a/b\\c|d<e>f*g", "a-b-c-defg.xlsx"),
        ("Slutar med punkt. . ", "Slutar med punkt.xlsx"),
        ("CON", "_CON.xlsx"),
        ("lpt1.rapport", "_lpt1.rapport.xlsx"),
        ("tab\tnewline\n", "tab newline.xlsx"),
        ("   ", "arbetsbok.xlsx"),
        ("Uppfo\u0308ljning", "Uppföljning.xlsx"),  # decomposed ö → composed
    ],
)
def test_file_names_are_safe_on_windows(stem: str, name: str) -> None:
    assert safe_file_name(stem, ".xlsx") == name


def test_long_file_names_are_cut() -> None:
    name = safe_file_name("Uppföljning " + "x" * 300 + ". ", ".xlsx")
    assert len(name) == MAX_STEM + len(".xlsx")


def test_draft_parses_with_headers_and_attachment(tmp_path: Path) -> None:
    attachment = tmp_path / "Uppföljning T1 A Vårdcentral Öst.xlsx"
    attachment.write_bytes(b"PK\x03\x04 not really a workbook")
    path = tmp_path / "utkast.eml"
    unit = Unit("A", "Vårdcentral Öst", "Anna Åberg", "anna@example.se")
    created = datetime(2025, 3, 1, 8, 30, tzinfo=UTC)
    write_draft(path, unit=unit, subject="Uppföljning Tertial 1: svara senast 2025-05-15",
                body="Hej Anna Åberg,\nsvara senast 2025-05-15.\n", attachment=attachment,
                created=created)  # fmt: skip
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "Anna Åberg <anna@example.se>"
    assert message["Subject"] == "Uppföljning Tertial 1: svara senast 2025-05-15"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "svara senast 2025-05-15" in body.get_content()
    parts = list(message.iter_attachments())
    assert [(p.get_content_type(), p.get_filename()) for p in parts] == [
        ("/".join(XLSX_MIME), attachment.name)
    ]
    assert parts[0].get_content() == attachment.read_bytes()
    first = path.read_bytes()
    write_draft(path, unit=unit, subject="Uppföljning Tertial 1: svara senast 2025-05-15",
                body="Hej Anna Åberg,\nsvara senast 2025-05-15.\n", attachment=attachment,
                created=created)  # fmt: skip
    assert path.read_bytes() == first


def _numeric(cell: str, value: str, assessed: str, low: str, high: str) -> str:
    """A number, then a plausible one, else Ej bedömt when empty and "Kontrollera" for text."""
    return (
        f"IF(ISNUMBER({cell}),IF(AND({value}>={low},{value}<={high}),{assessed},{CHECK}),"
        f'IF(TRIM({cell})="",{NONE},{CHECK}))'
    )


BIG = ("-1000000000", "1000000000")
BY_OWN = (
    'IF(K5="Uppfyllt","√ Uppfyllt (enligt enhetens bedömning)",'
    'IF(K5="Delvis uppfyllt","± Delvis uppfyllt (enligt enhetens bedömning)",'
    'IF(K5="Ej uppfyllt","× Ej uppfyllt (enligt enhetens bedömning)",'
    f'IF(TRIM(K5)="",{NONE},{CHECK}))))'
)


def test_change_target_formula_against_the_typed_comparison_value() -> None:
    """ "Öka" (strict) without reference: I5 is Jämförelsevärde, J5 Utfall, K5 Egen bedömning."""
    rule = LiveRule(
        LiveKind.COMPARE,
        IndicatorType.NUMBER,
        parse_target("Öka", type=IndicatorType.NUMBER),
        tolerance=0.1,
    )
    v, ref = "ROUND(J5,9)", "ROUND(I5,9)"
    goal = f"ROUND({ref}+0,9)"
    met = f"{v}>{goal}"
    # No tolerance around a change's direction: partly only for a rise short of a goal beyond
    # the reference, which "Öka" (goal = reference) never has.
    partly = f"IF({goal}>{ref},{v}>{ref},FALSE)"
    assessed = f"IF({met},{MET},IF({partly},{PARTLY},{NOT}))"
    computed = _numeric("J5", v, assessed, *BIG)
    checked = _numeric("I5", ref, computed, *BIG)
    by_own = _numeric("J5", v, BY_OWN, *BIG)
    assert status_formula(rule, "J5", "K5", "I5") == f'=IF(TRIM(I5)="",{by_own},{checked})'


def test_change_target_formula_with_a_relative_fall_and_a_threshold() -> None:
    """ "Minska med 10 %" of a percent indicator, gränsvärde 30 (used above the goal)."""
    rule = LiveRule(
        LiveKind.COMPARE,
        IndicatorType.PERCENT,
        parse_target("Minska med 10% jämfört med fg år", type=IndicatorType.PERCENT),
        percent=True,
        threshold=30.0,
        tolerance=0.2,
    )
    v, ref = "ROUND(IF(ABS(J5)>10,J5,J5*100),9)", "ROUND(IF(ABS(I5)>10,I5,I5*100),9)"
    goal = f"ROUND({ref}-ABS({ref})*10/100,9)"
    met = f"{v}<={goal}"
    from_reference = f"IF({goal}<{ref},{v}<{ref},FALSE)"
    # The gränsvärde starts the band, inclusive, when it lies above the goal and below the
    # reference; on the far side of the reference it is not used (a rise is never delvis).
    partly = f"IF(AND(30>{goal},30<{ref}),{v}<=30,{from_reference})"
    assessed = f"IF({met},{MET},IF({partly},{PARTLY},{NOT}))"
    computed = _numeric("J5", v, assessed, "-100", "1000")
    checked = _numeric("I5", ref, computed, "-100", "1000")
    by_own = _numeric("J5", v, BY_OWN, "-100", "1000")
    assert status_formula(rule, "J5", "K5", "I5") == f'=IF(TRIM(I5)="",{by_own},{checked})'


@pytest.mark.parametrize(
    ("target", "kind", "baseline", "previous", "live"),
    [
        ("Minst 75%", IndicatorType.PERCENT, "", None, LiveKind.BANDS),
        ("Öka", IndicatorType.NUMBER, "2023: 10", None, LiveKind.BANDS),
        ("Öka", IndicatorType.NUMBER, "", 12.0, LiveKind.BANDS),  # the previous outcome
        ("Öka", IndicatorType.NUMBER, "", None, LiveKind.COMPARE),
        ("Ja", IndicatorType.YESNO, "", None, LiveKind.YESNO),
        ("ska beskrivas", IndicatorType.TEXT, "", None, LiveKind.OWN),
        ("", IndicatorType.TASK, "", None, LiveKind.OWN),
        ("Enligt budget", IndicatorType.NUMBER, "", None, LiveKind.OWN),
    ],
)
def test_live_rule_kinds(
    target: str, kind: IndicatorType, baseline: str, previous: float | None, live: LiveKind
) -> None:
    indicator = Indicator("X", "G", "x", type=kind, target=target, baseline=baseline)
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    rule = live_rule(plan, indicator, {"X": previous} if previous is not None else None)
    assert (rule.kind, rule.type) == (live, kind)
    assert rule.needs_comparison is (live is LiveKind.COMPARE)
    assert rule.percent is (kind is IndicatorType.PERCENT and live is not LiveKind.OWN)


@pytest.mark.parametrize(("target", "expected"), [("Ja", True), ("Nej", False)])
def test_live_rule_of_a_yes_no_target_knows_the_expected_answer(
    target: str, expected: bool
) -> None:
    indicator = Indicator("X", "G", "x", type=IndicatorType.YESNO, target=target)
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    assert live_rule(plan, indicator).expected is expected


def test_a_yes_no_indicator_with_a_stated_target_seeks_ja_in_the_live_rule() -> None:
    # The target is read with the indicator's Typ: a Ja/Nej indicator whose målvärde states what
    # should be true asks for Ja, as vpt check does; without the Typ it would be a sentence.
    text = "Alla enheter har en plan"
    indicator = Indicator("X", "G", "x", type=IndicatorType.YESNO, target=text)
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    assert live_rule(plan, indicator) == LiveRule(
        LiveKind.YESNO,
        IndicatorType.YESNO,
        Target(text, TargetKind.YESNO, expected=True, note=text),
        expected=True,
    )


@pytest.mark.parametrize(
    ("text", "kind", "rule"),
    [
        pytest.param(
            "Redovisas", IndicatorType.PERCENT,
            LiveRule(LiveKind.NONE, IndicatorType.PERCENT,
                     Target("Redovisas", TargetKind.REPORTED, note="Redovisas"), percent=True),
            id="reported",
        ),
        pytest.param(
            "Öka", IndicatorType.PERCENT,
            LiveRule(LiveKind.COMPARE, IndicatorType.PERCENT,
                     Target("Öka", TargetKind.CHANGE, ">", unit="%", direction=Direction.HIGHER,
                            change_direction=Direction.HIGHER),
                     percent=True, threshold=None, tolerance=0.1),
            id="compare",
        ),
    ],
)  # fmt: skip
def test_live_rules_whole(text: str, kind: IndicatorType, rule: LiveRule) -> None:
    indicator = Indicator("X", "G", "x", type=kind, target=text)
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    assert live_rule(plan, indicator) == rule


def test_live_rule_reads_the_target_with_the_plans_direction() -> None:
    indicator = Indicator("X", "G", "x", type=IndicatorType.NUMBER, target="12",
                          direction=Direction.LOWER)  # fmt: skip
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    rule = live_rule(plan, indicator)
    assert rule.bands is not None and (rule.bands.met_high, rule.bands.met_low) == (12.0, None)


def test_live_rule_of_a_change_target_carries_the_threshold_and_tolerance() -> None:
    indicator = Indicator("X", "G", "x", type=IndicatorType.NUMBER, target="Öka", threshold="8")
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,), tolerance=0.25)
    rule = live_rule(plan, indicator)
    assert (rule.threshold, rule.tolerance, rule.percent) == (8.0, 0.25, False)


def test_live_rule_uses_the_previous_outcome_before_the_baseline() -> None:
    indicator = Indicator("X", "G", "x", type=IndicatorType.NUMBER, target="Öka",
                          baseline="2023: 10")  # fmt: skip
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    rule = live_rule(plan, indicator, {"X": 20.0, "Y": 1.0})
    assert rule.bands is not None and rule.bands.met_low == 20.0  # "Öka" from 20, not 10
    assert live_rule(plan, indicator, {"X": True}).bands.met_low == 10.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("target", "threshold", "pieces"),
    [
        # Non-strict rise: met from the goal itself.
        ("Bibehållen eller ökad", None, ["IF(ROUND(J5,9)>=ROUND(ROUND(I5,9)+0,9),"]),
        # Strict fall: met only below the goal.
        ("Minska", None, ["IF(ROUND(J5,9)<ROUND(ROUND(I5,9)-0,9),"]),
        # A rise with a gränsvärde: used when below the goal and above the reference, partly
        # from it (inclusive); never below the reference, where a fall would become delvis.
        ("Öka", 8.0, ["IF(AND(8<ROUND(ROUND(I5,9)+0,9),8>ROUND(I5,9)),ROUND(J5,9)>=8,"]),
        # A fall with a gränsvärde: used when above the goal and below the reference.
        ("Minska", 8.0, ["IF(AND(8>ROUND(ROUND(I5,9)-0,9),8<ROUND(I5,9)),ROUND(J5,9)<=8,"]),
    ],
)
def test_change_target_formula_signs(
    target: str, threshold: float | None, pieces: list[str]
) -> None:
    rule = LiveRule(
        LiveKind.COMPARE,
        IndicatorType.NUMBER,
        parse_target(target, type=IndicatorType.NUMBER),
        threshold=threshold,
    )
    formula = status_formula(rule, "J5", "K5", "I5")
    assert [piece in formula for piece in pieces] == [True] * len(pieces)


def test_live_rule_bands_use_the_gransvarde_and_the_plans_tolerance() -> None:
    limited = Indicator("X", "G", "x", type=IndicatorType.PERCENT, target="Minst 90 %",
                        threshold="80 %")  # fmt: skip
    loose = Indicator("Y", "G", "y", type=IndicatorType.NUMBER, target="Minst 50")
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(limited, loose), tolerance=0.2)
    partly = [live_rule(plan, i).bands.partly_low for i in (limited, loose)]  # type: ignore[union-attr]
    assert partly == [80.0, 40.0]  # the gränsvärde; 50 − 20 %


def _rule_for(
    target: str,
    kind: IndicatorType = IndicatorType.NUMBER,
    *,
    baseline: str = "",
    previous: dict[str, float | bool | str] | None = None,
    year: int | None = None,
    direction: Direction | None = None,
) -> LiveRule:
    indicator = Indicator(
        "X", "G", "x", type=kind, target=target, baseline=baseline, direction=direction
    )
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,), year=year)
    return live_rule(plan, indicator, previous)


def test_live_rule_reads_a_multi_year_target_for_the_plans_year() -> None:
    cell = "12 % (2025) 10 % (2026)"
    rule = _rule_for(cell, IndicatorType.PERCENT, year=2026, direction=Direction.LOWER)
    assert rule.kind is LiveKind.BANDS
    assert rule.bands == Bands(met_high=10.0, partly_high=11.0, target_value=10.0)
    # Without the plan's year the cell holds several targets: the unit's own assessment.
    assert _rule_for(cell, IndicatorType.PERCENT, direction=Direction.LOWER).kind is LiveKind.OWN


def test_live_rule_of_a_change_against_a_named_year_uses_only_that_years_baseline() -> None:
    target = "Öka jämfört med 2021"
    previous: dict[str, float | bool | str] = {"X": 60.0}
    rule = _rule_for(target, baseline="2021: 40, 2023: 50", previous=previous)
    assert rule.bands is not None and rule.bands.met_low == 40.0  # not 60 (previous), not 50
    # No value for 2021: the unit types a jämförelsevärde.
    assert _rule_for(target, baseline="2023: 50", previous=previous).kind is LiveKind.COMPARE
    assert _rule_for(target, previous=previous).kind is LiveKind.COMPARE


def test_live_rule_takes_only_a_number_as_the_previous_outcome() -> None:
    rule = _rule_for("Öka", baseline="2023: 50", previous={"X": "60"})
    assert rule.bands is not None and rule.bands.met_low == 50.0
    assert _rule_for("Öka", previous={"X": "60"}).kind is LiveKind.COMPARE


def test_live_rule_of_a_reported_figure_is_never_assessed() -> None:
    rule = _rule_for("Redovisa antal", IndicatorType.PERCENT)
    assert (rule.kind, rule.percent, rule.bands) == (LiveKind.NONE, True, None)
    assert status_formula(rule, "I5", "J5") == f"={NONE}"
    own = _rule_for("Enligt budget", IndicatorType.PERCENT)
    assert (own.kind, own.percent) == (LiveKind.OWN, True)


def test_status_texts() -> None:
    assert [status_text(s) for s in Status] == [
        "√ Uppfyllt",
        "± Delvis uppfyllt",
        "× Ej uppfyllt",
        "– Ej bedömt",
    ]
    assert status_text(Status.PARTLY_MET, by_own=True) == (
        "± Delvis uppfyllt (enligt enhetens bedömning)"
    )


@pytest.mark.parametrize(
    ("target", "threshold", "words"),
    [
        # A strict bound with its gränsvärde at the target value: exactly 75 is delvis uppfyllt,
        # and the unit is told so.
        ("> 75", "75", "högre är bättre: uppfyllt över 75, delvis uppfyllt från 75"),
        ("< 75", "75", "lägre är bättre: uppfyllt under 75, delvis uppfyllt upp till 75"),
        ("> 75", "74", "högre är bättre: uppfyllt över 75, delvis uppfyllt från 74"),
        # An inclusive bound with its gränsvärde at the target value has no delvis band.
        ("Minst 75", "75", "högre är bättre: uppfyllt från 75"),
        ("Högst 75", "75", "lägre är bättre: uppfyllt upp till 75"),
    ],
)
def test_the_units_reading_names_a_one_point_delvis_band(
    target: str, threshold: str, words: str
) -> None:
    indicator = Indicator("X", "G", "x", type=IndicatorType.NUMBER, target=target,
                          threshold=threshold)  # fmt: skip
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    assert unit_reading(live_rule(plan, indicator)) == words


@pytest.mark.parametrize(
    ("target", "kind", "percent"),
    [
        # A value without a word and without Riktning cannot be assessed by the workbook: the
        # unit's egen bedömning is its status (and vpt check gives the plan finding).
        ("95 %", IndicatorType.PERCENT, True),
        ("14", IndicatorType.NUMBER, False),
    ],
)
def test_live_rule_of_a_target_without_a_direction_is_the_units_own_and_keeps_the_target(
    target: str, kind: IndicatorType, percent: bool
) -> None:
    indicator = Indicator("X", "G", "x", type=kind, target=target)
    plan = Plan(name="p", goals=(Goal("G", "g"),), indicators=(indicator,))
    rule = live_rule(plan, indicator)
    assert (rule.kind, rule.type, rule.target.text, rule.percent) == (
        LiveKind.OWN, kind, target, percent,
    )  # fmt: skip
    assert rule.target.kind is TargetKind.THRESHOLD and rule.target.direction is None


def test_a_quoted_text_doubles_its_quotation_marks() -> None:
    # Excel's string literal: "" inside "…". vpt's own words have none today; a future word with
    # a quotation mark must not break the formula.
    assert _quote('Ej "klar"') == '"Ej ""klar"""'
    assert _quote("Uppfyllt") == '"Uppfyllt"'
