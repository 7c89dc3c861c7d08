"""The målvärde grammar: every target in the five seed plans and every spelling the issue lists."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from vpt.model import Direction, Indicator, IndicatorType
from vpt.targets import (
    Target,
    TargetKind,
    parse_baseline,
    parse_target,
    resolve_type,
    split_years,
)

SEED_TABLE = Path(__file__).with_name("seed_targets.csv")
H, L = Direction.HIGHER, Direction.LOWER


def _seed_rows() -> list[dict[str, str]]:
    with SEED_TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _num(text: str) -> float | None:
    return float(text) if text else None


# Ids given with pytest.param, not as a function: pytest escapes a function's non-ASCII ids twice
# when it collects again in the same process, as the mutation run does, and then finds no test.
@pytest.mark.parametrize(
    "row", [pytest.param(r, id=f"{r['seed']}:{r['text'][:40]}") for r in _seed_rows()]
)
def test_every_seed_target_reads_as_the_table_says(row: dict[str, str]) -> None:
    target = parse_target(row["text"])
    assert target.text == row["text"]
    assert target.kind == TargetKind(row["kind"])
    assert (target.op or "") == row["op"]
    assert target.value == _num(row["value"])
    assert target.low == _num(row["low"])
    assert target.high == _num(row["high"])
    assert target.unit == row["unit"]
    assert target.expected == {"true": True, "false": False, "": None}[row["expected"]]
    assert (target.change_direction or "") == row["change_direction"]
    assert target.change_amount == _num(row["change_amount"])
    assert target.change_relative == (row["change_relative"] == "true")
    assert (target.direction or "") == row["direction"]


def test_the_seed_table_covers_all_five_seeds() -> None:
    rows = _seed_rows()
    assert {r["seed"] for r in rows} == {"000", "001", "002", "003", "004"}
    assert len(rows) >= 60


# text, kind, op, value, unit, direction (with no Riktning given)
THRESHOLDS = [
    ("Minst 75%", ">=", 75.0, "%", H),
    ("minst 90 procent", ">=", 90.0, "%", H),
    ("Lägst 80 %", ">=", 80.0, "%", H),
    ("Över 50 %", ">", 50.0, "%", H),
    ("≥ 85 %", ">=", 85.0, "%", H),
    (">= 85 %", ">=", 85.0, "%", H),
    ("> 90%", ">", 90.0, "%", H),
    ("mer än 85 procent", ">", 85.0, "%", H),
    ("Högst 100 %", "<=", 100.0, "%", L),
    ("Max 2 %", "<=", 2.0, "%", L),
    ("Under 5 %", "<", 5.0, "%", L),
    ("≤ 14 %", "<=", 14.0, "%", L),
    ("< 18 månader", "<", 18.0, "månader", L),
    (">0", ">", 0.0, "", H),
    ("Utfall/Budget högst 100 %", "<=", 100.0, "%", L),
    ("minst 3 st", ">=", 3.0, "st", H),
    ("Minst fyra olika kliniker", ">=", 4.0, "st", H),
    ("Två vårdprocesser ska ha kartlagts", ">=", 2.0, "st", H),
    ("högst 5 dagar", "<=", 5.0, "dagar", L),
    ("minst 6 veckors framförhållning", ">=", 6.0, "veckor", H),
    ("Högst 1 200 tkr", "<=", 1200.0, "tkr", L),
    ("Högst 1\u00a0200 kr", "<=", 1200.0, "kr", L),
    ("Minst 1 234,5 kr", ">=", 1234.5, "kr", H),
    ("Minst 75 indexpoäng", ">=", 75.0, "poäng", H),
    ("Minst -2 %", ">=", -2.0, "%", H),
    ("  Minst\t75 %  ", ">=", 75.0, "%", H),
    # A four-digit count after a bound that cannot mean "during" is a count, not a year.
    ("Högst 2000", "<=", 2000.0, "", L),
    ("Minst 2000 besök", ">=", 2000.0, "", H),
    ("Över 2025", ">", 2025.0, "", H),
]


@pytest.mark.parametrize(("text", "op", "value", "unit", "direction"), THRESHOLDS)
def test_thresholds(text: str, op: str, value: float, unit: str, direction: Direction) -> None:
    target = parse_target(text)
    assert (target.kind, target.op, target.value, target.unit) == (
        TargetKind.THRESHOLD,
        op,
        value,
        unit,
    )
    assert target.direction is direction
    assert target.measurable


# text, value, unit, Riktning → resolved direction
BARE = [
    ("95%", 95.0, "%", H, H),
    ("14%", 14.0, "%", L, L),
    ("5,2%", 5.2, "%", L, L),
    ("2,5 %", 2.5, "%", L, L),
    ("80", 80.0, "", H, H),
    ("2", 2.0, "", H, H),
    ("95%", 95.0, "%", None, None),
    ("80", 80.0, "", None, None),
    ("100 %", 100.0, "%", None, H),
    ("0", 0.0, "", None, L),
    ("1 000", 1000.0, "", H, H),
]


@pytest.mark.parametrize(("text", "value", "unit", "riktning", "direction"), BARE)
def test_bare_values_take_the_direction_from_riktning(
    text: str, value: float, unit: str, riktning: Direction | None, direction: Direction | None
) -> None:
    target = parse_target(text, direction=riktning)
    assert (target.kind, target.op, target.value, target.unit) == (
        TargetKind.THRESHOLD,
        None,
        value,
        unit,
    )
    assert target.direction is direction
    assert target.measurable is (direction is not None)
    assert bool(target.problem) is (direction is None)


def test_a_bare_number_in_a_percent_indicator_is_a_percentage() -> None:
    target = parse_target("95", type=IndicatorType.PERCENT, direction=H)
    assert (target.value, target.unit) == (95.0, "%")


def test_a_sign_that_contradicts_riktning_is_kept_and_reported() -> None:
    target = parse_target("Minst 75%", direction=L)
    assert target.direction is H
    assert "Riktning" in target.problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ja", True), ("Nej", False), ("JA", True), ("ja.", True), ("nej", False)],
)
def test_yes_no(text: str, expected: bool) -> None:
    target = parse_target(text)
    assert (target.kind, target.expected) == (TargetKind.YESNO, expected)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("77-80", 77.0, 80.0, ""),
        ("77–80", 77.0, 80.0, ""),
        ("77 - 80", 77.0, 80.0, ""),
        ("mellan 77 och 80", 77.0, 80.0, ""),
        ("i intervallet 77-80", 77.0, 80.0, ""),
        ("70–80 %", 70.0, 80.0, "%"),
        ("Mellan 5 och 10 dagar", 5.0, 10.0, "dagar"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    target = parse_target(text)
    assert (target.kind, target.low, target.high, target.unit) == (
        TargetKind.RANGE,
        low,
        high,
        unit,
    )
    assert target.measurable


@pytest.mark.parametrize(
    ("text", "op", "direction", "amount", "relative"),
    [
        ("Öka", ">", H, None, False),
        ("ska öka", ">", H, None, False),
        ("Minska", "<", L, None, False),
        ("ska minska i jämförelse med föregående år", "<", L, None, False),
        ("Öka med 10% jämfört med fg år", ">=", H, 10.0, True),
        ("Öka med minst 1000 listade under året", ">=", H, 1000.0, False),
        ("Minska med 5 dagar", "<=", L, 5.0, False),
        ("Bibehållen eller ökad andel", ">=", H, None, False),
    ],
)
def test_changes(
    text: str, op: str, direction: Direction, amount: float | None, relative: bool
) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.CHANGE
    assert (target.op, target.change_direction, target.direction) == (op, direction, direction)
    assert (target.change_amount, target.change_relative) == (amount, relative)


@pytest.mark.parametrize(
    "text", ["", "   ", "Inte klart än", "Enligt budget", "ska beskrivas", "Ska redovisas"]
)
def test_not_measurable(text: str) -> None:
    target = parse_target(text)
    assert target.kind is TargetKind.UNMEASURABLE
    assert not target.measurable
    assert target.problem == ""


@pytest.mark.parametrize(
    ("text", "value", "note"),
    [
        ("79 (kan revideras efter utfall 2021)", 79.0, "kan revideras efter utfall 2021"),
        ("Minst 99% vaccinationstäckning", 99.0, "vaccinationstäckning"),
        ("Utfall/Budget högst 100 %", 100.0, "Utfall/Budget"),
        # only spaces and punctuation are trimmed, never a letter of the remark
        ("Minst 75 % enligt enkät X", 75.0, "enligt enkät X"),
        ("Minst 75 % - enkät X.", 75.0, "enkät X"),
    ],
)
def test_a_trailing_remark_is_kept_as_a_note(text: str, value: float, note: str) -> None:
    target = parse_target(text)
    assert (target.value, target.note) == (value, note)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("80% på SÄBO och 55% av de listade", TargetKind.MULTIPLE),
        ("Minst 60 % av de listade. Kontinuitetsindex ska öka.", TargetKind.MULTIPLE),
        ("Minst 5 dagar eller högst 10 dagar", TargetKind.MULTIPLE),
        ("bra", TargetKind.UNREADABLE),
        ("???", TargetKind.UNREADABLE),
    ],
)
def test_packed_or_unreadable_texts_are_never_read_as_their_first_number(
    text: str, kind: TargetKind
) -> None:
    target = parse_target(text)
    assert target.kind is kind
    assert target.value is None
    assert target.problem
    assert not target.measurable


def test_a_task_or_text_indicator_has_no_computed_target() -> None:
    assert parse_target("Minst 75%", type=IndicatorType.TASK).kind is TargetKind.UNMEASURABLE
    assert parse_target("Ja", type=IndicatorType.TEXT).kind is TargetKind.UNMEASURABLE


@pytest.mark.parametrize(
    ("target", "unit", "declared", "expected"),
    [
        ("Minst 75%", "", None, IndicatorType.PERCENT),
        ("Ja", "", None, IndicatorType.YESNO),
        ("80", "", None, IndicatorType.NUMBER),
        ("77-80", "", None, IndicatorType.NUMBER),
        ("Öka", "%", None, IndicatorType.PERCENT),
        ("ska beskrivas", "", None, IndicatorType.TEXT),
        ("", "", None, IndicatorType.TEXT),
        ("Minst 75%", "", IndicatorType.TASK, IndicatorType.TASK),
    ],
)
def test_resolve_type(
    target: str, unit: str, declared: IndicatorType | None, expected: IndicatorType
) -> None:
    indicator = Indicator("I1", "M1", "x", type=declared, unit=unit, target=target)
    assert resolve_type(indicator) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2012: 63,6 % 2013: 40 %", 40.0),
        ("2013: 40 % 2012: 63,6 %", 40.0),
        ("2012: 73 2013: 73", 73.0),
        ("2013: 83 %", 83.0),
        ("33 %", 33.0),
        ("0", 0.0),
        ("1 234,5", 1234.5),
        ("Nej", None),
        ("delvis", None),
        ("", None),
    ],
)
def test_parse_baseline_takes_the_latest_year(text: str, expected: float | None) -> None:
    assert parse_baseline(text) == expected


@pytest.mark.parametrize(
    ("text", "riktning", "op", "direction"),
    [
        ("ska förbättras i jämförelse med föregående år", H, ">", H),
        ("ska förbättras i jämförelse med föregående år", L, "<", L),
        ("Förbättrad", L, "<", L),
        ("ska förbättras i jämförelse med föregående år", None, ">", None),
        ("fortsatt ökat", None, ">", H),
        ("Ökad", L, ">", H),
    ],
)
def test_improvement_follows_riktning(
    text: str, riktning: Direction | None, op: str, direction: Direction | None
) -> None:
    target = parse_target(text, direction=riktning)
    assert target.kind is TargetKind.CHANGE
    assert (target.op, target.direction, target.change_direction) == (op, direction, direction)
    assert target.measurable is (direction is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Personer listade ska kunna boka tid med minst 6 veckors framförhållning.",
        "Samtliga e-hälsotjänster ska erbjudas.",
        "Ja",
    ],
)
def test_a_yes_no_indicator_with_a_stated_target_seeks_ja(text: str) -> None:
    target = parse_target(text, type=IndicatorType.YESNO)
    assert (target.kind, target.expected) == (TargetKind.YESNO, True)


def test_a_yes_no_indicator_can_seek_nej() -> None:
    assert parse_target("Nej", type=IndicatorType.YESNO).expected is False


# -- Every field of the reading, written by hand ------------------------------------------------
# Each row: the målvärde, the Typ/Riktning/År given with it, and every field of the Target vpt
# should read from it (the fields not named keep their defaults). The messages are the exact
# Swedish text the unit or the controller sees.

T, C, RG = TargetKind.THRESHOLD, TargetKind.CHANGE, TargetKind.RANGE
YN, UM, UR = TargetKind.YESNO, TargetKind.UNMEASURABLE, TargetKind.UNREADABLE
MU, RE = TargetKind.MULTIPLE, TargetKind.REPORTED
P, N = IndicatorType.PERCENT, IndicatorType.NUMBER


def _f(**fields: object) -> dict[str, object]:
    return fields


def _which_way(text: str) -> str:
    return (
        f"Målvärdet ”{text}” säger inte om högre eller lägre är bättre. Fyll i Riktning "
        "(Högre är bättre eller Lägre är bättre)."
    )


def _which_way_bare(text: str, example: str) -> str:
    return (
        f"Målvärdet ”{text}” säger inte om högre eller lägre är bättre. Fyll i Riktning "
        f"(Högre är bättre eller Lägre är bättre) eller skriv till exempel ”{example}”."
    )


def _unreadable(text: str) -> str:
    return (
        f"Målvärdet ”{text}” går inte att läsa som ett mål. Skriv det till exempel som "
        "”Minst 75 %”, ”Högst 5 dagar”, ”77–80”, ”Ja” eller ”Öka jämfört med föregående år”, "
        "eller sätt Typ till Text om det inte ska mätas."
    )


def _contradicts(text: str, means: str, riktning: str) -> str:
    return (
        f"Målvärdet ”{text}” betyder att {means}, men Riktning säger {riktning}. "
        "Rätta målvärdet eller Riktning; vpt följer målvärdet."
    )


def _packed(shown: str) -> str:
    return (
        f"Målvärdet innehåller flera mål ({shown}). Dela upp det på en indikator per mål, så att "
        "varje mål kan bedömas för sig."
    )


def _as_year(phrase: str, year: int) -> str:
    return (
        f"”{phrase}” läses som en jämförelse med år {year}. Menar du ett antal, skriv till "
        f"exempel ”{phrase} st”."
    )


def _check(text: str, given: dict[str, object], fields: dict[str, object]) -> None:
    assert parse_target(text, **given) == Target(text, **fields)  # type: ignore[arg-type]


# "lägre än föregående år" and its kin: a change from the previous period.
THAN_PREVIOUS = [
    ("lägre än föregående år", {}, _f(kind=C, op="<", change_direction=L, direction=L)),
    ("Färre än förra året", {}, _f(kind=C, op="<", change_direction=L, direction=L)),
    ("mindre än fg år", {}, _f(kind=C, op="<", change_direction=L, direction=L)),
    ("kortare än föregående period", {}, _f(kind=C, op="<", change_direction=L, direction=L)),
    ("Lägre jämfört med föregående år", {}, _f(kind=C, op="<", change_direction=L, direction=L)),
    ("högre än föregående mätning", {}, _f(kind=C, op=">", change_direction=H, direction=H)),
    ("fler än föregående mätningen", {}, _f(kind=C, op=">", change_direction=H, direction=H)),
    ("mer än föregående perioden", {}, _f(kind=C, op=">", change_direction=H, direction=H)),
    ("längre än fg. mättillfälle", {}, _f(kind=C, op=">", change_direction=H, direction=H)),
    # negated: keep the level or move the other way
    (
        "inte lägre än föregående år",
        {},
        _f(kind=C, op=">=", change_direction=H, direction=H, basis="keep"),
    ),
    (
        "ej vara högre än förra året",
        {},
        _f(kind=C, op="<=", change_direction=L, direction=L, basis="keep"),
    ),
    (
        "icke bli färre än fg. mättillfälle",
        {},
        _f(kind=C, op=">=", change_direction=H, direction=H, basis="keep"),
    ),
    (
        "inte ligga fler än föregående år",
        {},
        _f(kind=C, op="<=", change_direction=L, direction=L, basis="keep"),
    ),
    # "bättre": Riktning says which way is better
    (
        "bättre än föregående år",
        {},
        _f(kind=C, op=">", problem=_which_way("bättre än föregående år")),
    ),
    (
        "bättre än föregående år",
        {"direction": H},
        _f(kind=C, op=">", change_direction=H, direction=H),
    ),
    (
        "bättre än föregående år",
        {"direction": L},
        _f(kind=C, op="<", change_direction=L, direction=L),
    ),
    (
        "inte sämre än föregående år",
        {},
        _f(kind=C, op=">=", basis="keep", problem=_which_way("inte sämre än föregående år")),
    ),
    (
        "inte sämre än föregående år",
        {"direction": H},
        _f(kind=C, op=">=", change_direction=H, direction=H, basis="keep"),
    ),
    (
        "inte sämre än föregående år",
        {"direction": L},
        _f(kind=C, op="<=", change_direction=L, direction=L, basis="keep"),
    ),
    # getting worse, or not getting better, is no goal to read
    (
        "sämre än föregående år",
        {},
        _f(kind=UM, note="sämre än föregående år", basis="qualitative"),
    ),
    (
        "inte bättre än föregående år",
        {},
        _f(kind=UM, note="inte bättre än föregående år", basis="qualitative"),
    ),
    # the words say the opposite of Riktning: the words win and the unit is told
    (
        "högre än föregående år",
        {"direction": L},
        _f(
            kind=C,
            op=">",
            change_direction=H,
            direction=H,
            problem=_contradicts("högre än föregående år", "högre är bättre", "Lägre är bättre"),
        ),
    ),
    (
        "inte högre än föregående år",
        {"direction": H},
        _f(
            kind=C,
            op="<=",
            change_direction=L,
            direction=L,
            basis="keep",
            problem=_contradicts(
                "inte högre än föregående år", "lägre är bättre", "Högre är bättre"
            ),
        ),
    ),
    (
        "lägre än föregående år",
        {"direction": L},
        _f(kind=C, op="<", change_direction=L, direction=L),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), THAN_PREVIOUS)
def test_than_the_previous_period(
    text: str, given: dict[str, object], fields: dict[str, object]
) -> None:
    _check(text, given, fields)


# "högre än 2021", "inte lägre än 2022": compared with a named year's value.
COMPARED_WITH_YEAR = [
    (
        "Antalet ska vara högre än 2021",
        {},
        _f(
            kind=C,
            op=">",
            change_direction=H,
            direction=H,
            reference_year=2021,
            note="Antalet ska vara",
        ),
    ),
    (
        "ska inte vara lägre än 2022.",
        {},
        _f(
            kind=C,
            op=">=",
            change_direction=H,
            direction=H,
            reference_year=2022,
            basis="keep",
            note="ska",
        ),
    ),
    (
        "lägre än 1999",
        {},
        _f(kind=C, op="<", change_direction=L, direction=L, reference_year=1999),
    ),
    (
        "inte högre än 2020",
        {},
        _f(kind=C, op="<=", change_direction=L, direction=L, reference_year=2020, basis="keep"),
    ),
    (
        "Fler än 2020",
        {},
        _f(
            kind=C,
            op=">",
            change_direction=H,
            direction=H,
            reference_year=2020,
            doubt=_as_year("Fler än 2020", 2020),
        ),
    ),
    (
        "inte fler än 2020",
        {},
        _f(
            kind=C,
            op="<=",
            change_direction=L,
            direction=L,
            reference_year=2020,
            basis="keep",
            doubt=_as_year("fler än 2020", 2020),
        ),
    ),
    (
        "mindre än 2019",
        {},
        _f(
            kind=C,
            op="<",
            change_direction=L,
            direction=L,
            reference_year=2019,
            doubt=_as_year("mindre än 2019", 2019),
        ),
    ),
    (
        "inte mer än 2019",
        {},
        _f(
            kind=C,
            op="<=",
            change_direction=L,
            direction=L,
            reference_year=2019,
            basis="keep",
            doubt=_as_year("inte mer än 2019", 2019),
        ),
    ),
    (
        "färre än 2021s nivå",
        {},
        _f(
            kind=C,
            op="<",
            change_direction=L,
            direction=L,
            reference_year=2021,
            note="s nivå",
            doubt=_as_year("färre än 2021", 2021),
        ),
    ),
    (
        "högre än 2021 års nivå",
        {},
        _f(kind=C, op=">", change_direction=H, direction=H, reference_year=2021, note="års nivå"),
    ),
    # not a year: a decimal, a unit, a bound that is no comparison, a year with more after it
    ("högre än 2021,5", {}, _f(kind=T, op=">", value=2021.5, direction=H)),
    ("fler än 2021 st", {}, _f(kind=T, op=">", value=2021.0, unit="st", direction=H)),
    ("Minst 2019", {}, _f(kind=T, op=">=", value=2019.0, direction=H)),
    (
        "färre än 2021 besök",
        {},
        _f(kind=T, op="<", value=2021.0, direction=L, note="besök"),
    ),
    ("högst 65 års ålder", {}, _f(kind=UR, problem=_unreadable("högst 65 års ålder"))),
]


@pytest.mark.parametrize(("text", "given", "fields"), COMPARED_WITH_YEAR)
def test_compared_with_a_named_year(
    text: str, given: dict[str, object], fields: dict[str, object]
) -> None:
    _check(text, given, fields)


# A bound word or sign before a number, every word the grammar knows, and the negations that
# turn a bound around.
BOUNDS = [
    ("=> 80", ">=", 80.0, "", ""),
    ("=< 5", "<=", 5.0, "", ""),
    ("<= 5", "<=", 5.0, "", ""),
    ("< 5", "<", 5.0, "", ""),
    ("lägst 3", ">=", 3.0, "", ""),
    ("minimum 4 st", ">=", 4.0, "st", ""),
    ("som minst 10", ">=", 10.0, "", ""),
    ("inte under 70 %", ">=", 70.0, "%", ""),
    ("inte lägre än 70 %", ">=", 70.0, "%", ""),
    ("fler än 30 deltagare", ">", 30.0, "", "deltagare"),
    ("högre än 4,5", ">", 4.5, "", ""),
    ("större än 10", ">", 10.0, "", ""),
    ("max. 3", "<=", 3.0, "", ""),
    ("maximalt 8", "<=", 8.0, "", ""),
    ("maximum 9", "<=", 9.0, "", ""),
    ("som mest 12", "<=", 12.0, "", ""),
    ("upp till 40", "<=", 40.0, "", ""),
    ("inte över 5 %", "<=", 5.0, "%", ""),
    ("inte mer än 5 %", "<=", 5.0, "%", ""),
    ("inte högre än 5 %", "<=", 5.0, "%", ""),
    ("uppgår till 90 %", ">=", 90.0, "%", ""),
    ("uppgå till 70 %", ">=", 70.0, "%", ""),
    ("inte överstiger 5 %", "<=", 5.0, "%", ""),
    ("inte överstiga 5 %", "<=", 5.0, "%", ""),
    ("inte överskrider 5 %", "<=", 5.0, "%", ""),
    ("inte överskrida 5 %", "<=", 5.0, "%", ""),
    ("överstiger inte 5 %", "<=", 5.0, "%", ""),
    ("inte understiger 75", ">=", 75.0, "", ""),
    ("inte understiga 75", ">=", 75.0, "", ""),
    ("understiger inte 75", ">=", 75.0, "", ""),
    ("överstiger 90 %", ">", 90.0, "%", ""),
    ("överstiga 90 %", ">", 90.0, "%", ""),
    ("understiger 3 %", "<", 3.0, "%", ""),
    ("understiga 3 %", "<", 3.0, "%", ""),
    ("färre än 20", "<", 20.0, "", ""),
    ("lägre än 20", "<", 20.0, "", ""),
    ("mindre än 20", "<", 20.0, "", ""),
    # a word between the bound and its number
    ("Minst index 41", ">=", 41.0, "", ""),
    ("Lägst NMI 70", ">=", 70.0, "", ""),
    ("lägst betyg 4", ">=", 4.0, "", ""),
    ("minst nivå 3", ">=", 3.0, "", ""),
    ("högst värde 2", "<=", 2.0, "", ""),
    ("högst indexvärde 2", "<=", 2.0, "", ""),
    ("ska vara> 2 %", ">", 2.0, "%", "ska vara"),
    # a negation before the bound turns it around
    ("ej understiga 75", ">=", 75.0, "", ""),
    ("ska inte vara lägre än 80 %", ">=", 80.0, "%", "ska"),
    ("får aldrig överstiga 5 %", "<=", 5.0, "%", "får"),
    ("där antalet inte är fler än 30", "<=", 30.0, "", "där antalet"),
    # a passive bound verb: not exceeded more than 35 times is at most 35 times
    ("får inte överskridas mer än 35 gånger", "<=", 35.0, "", "får gånger"),
    ("inte bli över 10", "<=", 10.0, "", ""),
    ("Antalet ska icke hamna under 10", ">=", 10.0, "", "Antalet ska"),
    ("inte minst 5 dagar", "<", 5.0, "dagar", ""),
    ("inte högst 5 dagar", ">", 5.0, "dagar", ""),
    ("inte under 5 dagar", ">=", 5.0, "dagar", ""),
    # a sign, and a count in words (a number of things)
    ("Minst - 3", ">=", -3.0, "", ""),
    ("Minst -3 dagar", ">=", -3.0, "dagar", ""),
    ("Minst tre", ">=", 3.0, "st", ""),
    ("högst två st", "<=", 2.0, "st", ""),
    ("högst 2 st", "<=", 2.0, "st", ""),
]


@pytest.mark.parametrize(("text", "op", "value", "unit", "note"), BOUNDS)
def test_every_bound_word(text: str, op: str, value: float, unit: str, note: str) -> None:
    direction = H if op.startswith(">") else L
    _check(text, {}, _f(kind=T, op=op, value=value, unit=unit, note=note, direction=direction))


# A year after a bound that can mean "during" or "until", or an age, is no target.
@pytest.mark.parametrize(
    "text",
    ["minst 18 år", "Minst 2000 år", "Efter 2020", "före 2030", "Från 2019", "till 2025"],
)
def test_a_year_or_an_age_after_a_bound_is_no_target(text: str) -> None:
    _check(text, {}, _f(kind=UR, problem=_unreadable(text)))


RANGES_AND_OR_MORE = [
    ("77 % - 80 %", _f(kind=RG, low=77.0, high=80.0, unit="%")),
    ("mellan 77 % och 80 %", _f(kind=RG, low=77.0, high=80.0, unit="%")),
    ("mellan 77 till 80", _f(kind=RG, low=77.0, high=80.0)),
    ("mellan 2 och 4 timmar", _f(kind=RG, low=2.0, high=4.0, unit="timmar")),
    ("Kön ska vara 3-5 dagar", _f(kind=RG, low=3.0, high=5.0, unit="dagar", note="Kön ska vara")),
    ("3-3", _f(kind=RG, low=3.0, high=3.0)),
    # no range: "och"/"till" without "mellan", a falling pair, an age span, a span of years
    (
        "77 och 80",
        _f(kind=T, value=77.0, note="och 80", problem=_which_way_bare("77 och 80", "Minst 77")),
    ),
    (
        "77 till 80",
        _f(kind=T, value=77.0, note="till 80", problem=_which_way_bare("77 till 80", "Minst 77")),
    ),
    ("80-77", _f(kind=T, value=80.0, note="77", problem=_which_way_bare("80-77", "Minst 80"))),
    (
        "18-25 år",
        _f(kind=T, value=18.0, note="25 år", problem=_which_way_bare("18-25 år", "Minst 18")),
    ),
    ("2020-2025", _f(kind=UR, problem=_unreadable("2020-2025"))),
    # "… eller högre": the value is the least (or most) that meets the target
    ("90 procent eller högre", _f(kind=T, op=">=", value=90.0, unit="%", direction=H)),
    ("90 % eller mer", _f(kind=T, op=">=", value=90.0, unit="%", direction=H)),
    ("10 eller fler", _f(kind=T, op=">=", value=10.0, direction=H)),
    ("10 eller större", _f(kind=T, op=">=", value=10.0, direction=H)),
    ("10 eller över", _f(kind=T, op=">=", value=10.0, direction=H)),
    ("tre eller fler", _f(kind=T, op=">=", value=3.0, direction=H)),
    ("5 eller färre", _f(kind=T, op="<=", value=5.0, direction=L)),
    ("5 eller under", _f(kind=T, op="<=", value=5.0, direction=L)),
    ("4 eller mindre", _f(kind=T, op="<=", value=4.0, direction=L)),
    ("4 eller lägre", _f(kind=T, op="<=", value=4.0, direction=L)),
    ("3 dagar eller kortare", _f(kind=T, op="<=", value=3.0, unit="dagar", direction=L)),
    ("-2 % eller lägre", _f(kind=T, op="<=", value=-2.0, unit="%", direction=L)),
    ("2025 eller senare", _f(kind=UR, problem=_unreadable("2025 eller senare"))),
]


@pytest.mark.parametrize(("text", "fields"), RANGES_AND_OR_MORE)
def test_ranges_and_or_more(text: str, fields: dict[str, object]) -> None:
    _check(text, {}, fields)


# "öka till 85 %", "minska från 91 till 85": the level to reach.
CHANGES_TO = [
    ("öka till 85 %", _f(kind=T, op=">=", value=85.0, unit="%", direction=H)),
    ("ökas till 85 %", _f(kind=T, op=">=", value=85.0, unit="%", direction=H)),
    (
        "Sjukfrånvaron ska minska till högst 6 %",
        _f(kind=T, op="<=", value=6.0, unit="%", direction=L, note="Sjukfrånvaron ska"),
    ),
    ("minska till max 5 dagar", _f(kind=T, op="<=", value=5.0, unit="dagar", direction=L)),
    ("minska till 5 dagar", _f(kind=T, op="<=", value=5.0, unit="dagar", direction=L)),
    ("sänkas till 5", _f(kind=T, op="<=", value=5.0, direction=L)),
    ("förkortas till 5 dagar", _f(kind=T, op="<=", value=5.0, unit="dagar", direction=L)),
    ("kortas till 5 dagar", _f(kind=T, op="<=", value=5.0, unit="dagar", direction=L)),
    ("höja till minst 80 %", _f(kind=T, op=">=", value=80.0, unit="%", direction=H)),
    ("höja till maximalt 80 %", _f(kind=T, op="<=", value=80.0, unit="%", direction=L)),
    ("sänka till lägst 3", _f(kind=T, op=">=", value=3.0, direction=H)),
    ("dubbleras till 10", _f(kind=T, op=">=", value=10.0, direction=H)),
    ("öka till tre", _f(kind=T, op=">=", value=3.0, direction=H)),
    ("Minska till -5", _f(kind=T, op="<=", value=-5.0, direction=L)),
    ("öka från 2 till -1", _f(kind=T, op=">=", value=-1.0, direction=H)),
    (
        "minska från 91 stycken till 85 stycken",
        _f(kind=T, op="<=", value=85.0, unit="st", direction=L),
    ),
    ("öka från 17 % 2011 till 30 %", _f(kind=T, op=">=", value=30.0, unit="%", direction=H)),
    ("förbättras från 12 till 9 %", _f(kind=T, op="<=", value=9.0, unit="%", direction=L)),
    ("förbättras från 9 till 12 %", _f(kind=T, op=">=", value=12.0, unit="%", direction=H)),
    # a number with a unit after "till" is a level, not a year
    ("öka till 2025 st", _f(kind=T, op=">=", value=2025.0, unit="st", direction=H)),
    # a change to a level is a target in its own right: next to another, the cell holds two
    (
        "ska öka till 2030 och minska till högst 5 dagar",
        _f(kind=MU, problem=_packed("öka och minska till högst 5 dagar")),
    ),
    (
        "öka från 85 till 80 och minska till 5 dagar",
        _f(kind=MU, problem=_packed("öka och minska till 5 dagar")),
    ),
    # "förbättras till 84 %" alone is the level to reach, Riktning saying which way is better
    (
        "förbättras till 84 %",
        _f(
            kind=T,
            value=84.0,
            unit="%",
            problem=_which_way_bare("förbättras till 84 %", "Minst 84 %"),
        ),
    ),
    ("förbättras till minst 84 %", _f(kind=T, op=">=", value=84.0, unit="%", direction=H)),
    ("förbättra till högst 30 dagar", _f(kind=T, op="<=", value=30.0, unit="dagar", direction=L)),
    # numbers that contradict the verb, or a year after "till": no level is guessed
    (
        "öka från 85 till 80",
        _f(kind=C, op=">", change_direction=H, direction=H, note="från 85 till 80"),
    ),
    (
        "öka från 80 till 80",
        _f(kind=C, op=">", change_direction=H, direction=H, note="från 80 till 80"),
    ),
    (
        "minska från 10 till 12",
        _f(kind=C, op="<", change_direction=L, direction=L, note="från 10 till 12"),
    ),
    ("öka till 2030", _f(kind=C, op=">", change_direction=H, direction=H, note="till 2030")),
    # negated, or a purpose: not the target's level
    ("inte öka till 85 %", _f(kind=MU, problem=_packed("inte öka och 85 %"))),
    (
        "för att öka till 85 %",
        _f(
            kind=T,
            value=85.0,
            unit="%",
            note="för att öka till",
            problem=_which_way_bare("för att öka till 85 %", "Minst 85 %"),
        ),
    ),
]


@pytest.mark.parametrize(("text", "fields"), CHANGES_TO)
def test_a_change_to_a_level(text: str, fields: dict[str, object]) -> None:
    _check(text, {}, fields)


def _up(**more: object) -> dict[str, object]:
    return _f(kind=C, change_direction=H, direction=H, **more)


def _down(**more: object) -> dict[str, object]:
    return _f(kind=C, change_direction=L, direction=L, **more)


# A change: every verb, with and without an amount, negated, kept, from a named year.
CHANGES = [
    ("ökning", {}, _up(op=">")),
    ("ökas", {}, _up(op=">")),
    ("höjs", {}, _up(op=">")),
    ("sänkas", {}, _down(op="<")),
    ("förkortas", {}, _down(op="<")),
    ("försämras", {}, _down(op="<")),
    ("har ökat", {}, _up(op=">", note="har")),
    ("har minskat", {}, _down(op="<", note="har")),
    ("ska ha ökat", {}, _up(op=">", note="ska ha")),
    ("ska ha minskat", {}, _down(op="<", note="ska ha")),
    ("Öka", {"type": P}, _up(op=">", unit="%")),
    # an amount: at least that much
    ("ökar med två", {}, _up(op=">=", change_amount=2.0)),
    ("minskning med 3 dagar", {}, _down(op="<=", unit="dagar", change_amount=3.0)),
    ("höjas med 5 procentenheter", {}, _up(op=">=", unit="%", change_amount=5.0)),
    (
        "Öka med 5 procentenheter",
        {"type": P},
        _up(op=">=", unit="%", change_amount=5.0),
    ),
    ("Öka med 5 %", {"type": P}, _up(op=">=", change_amount=5.0, change_relative=True)),
    ("minskas med 10 %", {}, _down(op="<=", change_amount=10.0, change_relative=True)),
    ("minskar varje år med 2 %", {}, _down(op="<=", change_amount=2.0, change_relative=True)),
    ("sänks med minst 4 st", {}, _down(op="<=", unit="st", change_amount=4.0)),
    ("kortas med 2 dagar", {}, _down(op="<=", unit="dagar", change_amount=2.0)),
    ("förkortas med 2 dagar", {}, _down(op="<=", unit="dagar", change_amount=2.0)),
    ("öka antalet deltagare med 50 st", {}, _up(op=">=", unit="st", change_amount=50.0)),
    ("öka andelen med 3 procentenheter", {}, _up(op=">=", unit="%", change_amount=3.0)),
    (
        "minska vår klimatpåverkan med minst 25 procent",
        {},
        _down(op="<=", change_amount=25.0, change_relative=True),
    ),
    # "mer än" or "över" an amount: the amount itself is not enough (strict)
    ("Minska med mer än 5", {}, _down(op="<", change_amount=5.0)),
    ("minska med över 5 dagar", {}, _down(op="<", unit="dagar", change_amount=5.0)),
    ("Öka med mer än 10%", {}, _up(op=">", change_amount=10.0, change_relative=True)),
    ("höjas med över 3 procentenheter", {}, _up(op=">", unit="%", change_amount=3.0)),
    (
        "minska klimatpåverkan med mer än 25 procent",
        {},
        _down(op="<", change_amount=25.0, change_relative=True),
    ),
    (
        "Förbättras med mer än 2",
        {"direction": L},
        _down(op="<", change_amount=2.0),
    ),
    (
        "Förbättras med 2",
        {"direction": L},
        _down(op="<=", change_amount=2.0),
    ),
    # halved, doubled
    (
        "Halveras jämfört med 2019",
        {},
        _down(
            op="<=",
            change_amount=50.0,
            change_relative=True,
            note="jämfört med 2019",
            reference_year=2019,
        ),
    ),
    (
        "halvera antalet",
        {},
        _down(op="<=", change_amount=50.0, change_relative=True, note="antalet"),
    ),
    ("fördubblas", {}, _up(op=">=", change_amount=100.0, change_relative=True)),
    (
        "fördubbla antalet",
        {},
        _up(op=">=", change_amount=100.0, change_relative=True, note="antalet"),
    ),
    # compared with a named year
    ("Öka jämfört med 2021", {}, _up(op=">", note="jämfört med 2021", reference_year=2021)),
    (
        "öka i förhållande till 2020",
        {},
        _up(op=">", note="i förhållande till 2020", reference_year=2020),
    ),
    ("minska sedan 2015", {}, _down(op="<", note="sedan 2015", reference_year=2015)),
    ("öka från basår 2007", {}, _up(op=">", note="från basår 2007", reference_year=2007)),
    (
        "öka antalet jämfört med 2022",
        {},
        _up(op=">", note="antalet jämfört med 2022", reference_year=2022),
    ),
    (
        "Basår 2007: minska med 10 %",
        {},
        _down(
            op="<=",
            change_amount=10.0,
            change_relative=True,
            note="Basår 2007",
            reference_year=2007,
        ),
    ),
    (
        "minska med minst 20 % 2009-2020",
        {},
        _down(
            op="<=", change_amount=20.0, change_relative=True, note="2009-2020", reference_year=2009
        ),
    ),
    (
        "Öka med 5 procent jämfört med basåret 2018",
        {},
        _up(
            op=">=",
            change_amount=5.0,
            change_relative=True,
            note="jämfört med basåret 2018",
            reference_year=2018,
        ),
    ),
    # negated: keep the level or move the other way
    ("Ska inte minska", {}, _up(op=">=", note="Ska", basis="keep")),
    ("får inte öka", {}, _down(op="<=", note="får", basis="keep")),
    ("ej öka", {}, _down(op="<=", basis="keep")),
    ("ingen ökning", {}, _down(op="<=", basis="keep")),
    ("minskar inte", {}, _up(op=">=", note="inte", basis="keep")),
    ("ökar ej", {}, _down(op="<=", note="ej", basis="keep")),
    ("inte försämras", {}, _f(kind=C, op=">=", basis="keep", problem=_which_way("inte försämras"))),
    (
        "försämras inte",
        {},
        _f(kind=C, op=">=", basis="keep", note="inte", problem=_which_way("försämras inte")),
    ),
    ("inte försämras", {"direction": L}, _down(op="<=", basis="keep")),
    ("inte försämras", {"direction": H}, _up(op=">=", basis="keep")),
    # keep the level or move one way
    ("oförändrat eller öka", {}, _up(op=">=", note="oförändrat eller", basis="keep")),
    ("bibehållas eller minska", {}, _down(op="<=", note="bibehållas eller", basis="keep")),
    ("öka eller vara oförändrad", {}, _up(op=">=", note="eller vara oförändrad", basis="keep")),
    (
        "minska eller ligga kvar på samma nivå",
        {},
        _down(op="<=", note="eller ligga kvar på samma nivå", basis="keep"),
    ),
    (
        "förbättras eller vara oförändrad",
        {},
        _f(
            kind=C,
            op=">=",
            note="eller vara oförändrad",
            basis="keep",
            problem=_which_way("förbättras eller vara oförändrad"),
        ),
    ),
    (
        "förbättras eller vara oförändrad",
        {"direction": L},
        _down(op="<=", note="eller vara oförändrad", basis="keep"),
    ),
    ("oförändrat eller öka med 5 %", {}, _up(op=">=", note="oförändrat eller", basis="keep")),
    # "förbättras": Riktning decides
    ("Förbättras", {}, _f(kind=C, op=">", problem=_which_way("Förbättras"))),
    ("Förbättras", {"direction": L}, _down(op="<")),
    (
        "Förbättras med 5 %",
        {},
        _f(
            kind=C,
            op=">=",
            change_amount=5.0,
            change_relative=True,
            problem=_which_way("Förbättras med 5 %"),
        ),
    ),
    (
        "Förbättras med 5 %",
        {"direction": L},
        _down(op="<=", change_amount=5.0, change_relative=True),
    ),
    ("Förbättras med 5 %", {"direction": H}, _up(op=">=", change_amount=5.0, change_relative=True)),
    (
        "Öka",
        {"direction": L},
        _up(op=">", problem=_contradicts("Öka", "högre är bättre", "Lägre är bättre")),
    ),
    # a year-like number a few words after "med" is not taken as an amount, and the plan check
    # says so (it may be a year); with a unit it is an amount
    (
        "öka antalet besökare med 2000",
        {},
        _up(
            op=">",
            note="antalet besökare med 2000",
            doubt=(
                "”med 2000” läses inte som en förändring med 2000, eftersom 2000 kan vara ett "
                "årtal. Menar du ett antal, skriv till exempel ”med 2000 st”."
            ),
        ),
    ),
    (
        "öka antalet besökare med 2000 st",
        {},
        _up(op=">=", unit="st", change_amount=2000.0),
    ),
    # the years vpt knows are 1950–2049: just outside them a number is an amount
    ("öka antalet besökare med 1949", {}, _up(op=">=", change_amount=1949.0)),
    (
        "öka antalet besökare med 1950",
        {},
        _up(
            op=">",
            note="antalet besökare med 1950",
            doubt=(
                "”med 1950” läses inte som en förändring med 1950, eftersom 1950 kan vara ett "
                "årtal. Menar du ett antal, skriv till exempel ”med 1950 st”."
            ),
        ),
    ),
    ("öka antalet besökare med 2050", {}, _up(op=">=", change_amount=2050.0)),
    # "från och med", "till och med" a year say when: no amount, and no doubt about one
    ("öka till och med 2025", {}, _up(op=">", note="till och med 2025")),
    ("öka från och med 2014 med 5 %", {}, _up(op=">=", change_amount=5.0, change_relative=True)),
    # a purpose is what an activity is for
    (
        "Vi ska minska utsläppen genom att cykla",
        {},
        _down(op="<", note="Vi ska utsläppen genom att cykla"),
    ),
    (
        "Insatser görs för att minska utsläppen",
        {},
        _f(kind=UM, note="Insatser görs för att minska utsläppen", basis="activity"),
    ),
    ("Under 2023 ska andelen öka", {}, _up(op=">", note="Under 2023 ska andelen")),
    # what the work is about, not the target: the share of shops is
    (
        "Minst 50 % av butikerna ska redovisa hur de arbetar med att minska avfallet",
        {},
        _f(
            kind=T,
            op=">=",
            value=50.0,
            unit="%",
            direction=H,
            note="av butikerna ska redovisa hur de arbetar med att minska avfallet",
        ),
    ),
    # an amount lower or higher than a named year: a change from that year, not a level
    (
        "ska 2020 vara 20 procent lägre jämfört med 2009",
        {},
        _down(
            op="<=",
            change_amount=20.0,
            change_relative=True,
            reference_year=2009,
            note="ska 2020 vara",
        ),
    ),
    (
        "10 % högre än 2019",
        {},
        _up(op=">=", change_amount=10.0, change_relative=True, reference_year=2019),
    ),
    # "under 2015-2025": from 2015
    (
        "minska med 25 procent under 2015-2025",
        {},
        _down(
            op="<=",
            change_amount=25.0,
            change_relative=True,
            reference_year=2015,
            note="under 2015-2025",
        ),
    ),
    # "från och med 2020" is when it starts, not the year to compare with: each year's fall
    (
        "Från och med år 2020 ska nedskräpningen minska med minst 5 procent årligen",
        {},
        _down(
            op="<=",
            change_amount=5.0,
            change_relative=True,
            note="Från och med år 2020 ska nedskräpningen årligen",
        ),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), CHANGES)
def test_every_change_verb(text: str, given: dict[str, object], fields: dict[str, object]) -> None:
    _check(text, given, fields)


# Words that say "more" or "less" without a verb, and keeping the level.
KEEP_OR_RAISE = [
    ("Bibehållen eller höjd", {}, _up(op=">=")),
    ("Minst bibehållen", {}, _up(op=">=")),
    ("Oförändrad eller högre", {}, _up(op=">=")),
    ("fortsatt ökad", {}, _up(op=">")),
    ("Höjd", {}, _up(op=">")),
    ("ökade", {}, _up(op=">")),
    ("fler", {}, _up(op=">")),
    ("minskad", {}, _down(op="<")),
    ("minskat", {}, _down(op="<")),
    ("minskade", {}, _down(op="<")),
    ("sänkt", {}, _down(op="<")),
    ("kortare", {}, _down(op="<")),
    ("färre", {}, _down(op="<")),
    ("förbättrat", {}, _f(kind=C, op=">", problem=_which_way("förbättrat"))),
    ("förbättrade", {"direction": L}, _down(op="<")),
    (
        "ökad jämfört med 2020",
        {},
        _up(op=">", note="jämfört med 2020", reference_year=2020),
    ),
    (
        "minskad i jämförelse med föregående år",
        {},
        _down(op="<", note="i jämförelse med föregående år"),
    ),
    ("Barnen ska i högre utsträckning läsa", {}, _up(op=">", note="Barnen läsa")),
    ("Barnen bör i större utsträckning läsa", {}, _up(op=">", note="Barnen läsa")),
    ("Barnen ska i en lägre utsträckning röka", {}, _down(op="<", note="Barnen röka")),
    ("Barnen ska i mindre utsträckning röka", {}, _down(op="<", note="Barnen röka")),
    # keep the level: Riktning decides, unless the text says "minst samma nivå"
    (
        "Andelen ska bibehållas",
        {},
        _f(
            kind=C,
            op=">=",
            note="Andelen ska",
            basis="keep",
            problem=_which_way("Andelen ska bibehållas"),
        ),
    ),
    ("Andelen ska bibehållas", {"direction": L}, _down(op="<=", note="Andelen ska", basis="keep")),
    ("bibehålla", {"direction": H}, _up(op=">=", basis="keep")),
    (
        "Behålla nivån",
        {},
        _f(kind=C, op=">=", note="nivån", basis="keep", problem=_which_way("Behålla nivån")),
    ),
    ("ligga kvar", {}, _f(kind=C, op=">=", basis="keep", problem=_which_way("ligga kvar"))),
    ("minst samma nivå", {}, _up(op=">=", note="minst", basis="keep")),
    ("minst oförändrad nivå", {}, _up(op=">=", note="minst nivå", basis="keep")),
    (
        "bibehållet jämfört med 2020",
        {},
        _f(
            kind=C,
            op=">=",
            note="jämfört med 2020",
            reference_year=2020,
            basis="keep",
            problem=_which_way("bibehållet jämfört med 2020"),
        ),
    ),
    (
        "för att behålla nivån",
        {},
        _f(kind=UM, note="för att behålla nivån", basis="activity"),
    ),
    ("öka med bibehållen kvalitet", {}, _up(op=">", note="med bibehållen kvalitet")),
]


@pytest.mark.parametrize(("text", "given", "fields"), KEEP_OR_RAISE)
def test_more_less_or_kept(text: str, given: dict[str, object], fields: dict[str, object]) -> None:
    _check(text, given, fields)


def _years_differ(shown: str) -> str:
    return (
        f"Målvärdet anger olika värden för flera år ({shown}). Fyll i År på bladet Plan, så "
        "använder vpt värdet för planens år."
    )


def _year_missing(shown: str, plan_year: int, used: int) -> str:
    return (
        f"Målvärdet anger värden för {shown} men inte för planens år {plan_year}; vpt använder "
        f"värdet för {used}. Skriv värdet för {plan_year} i målvärdet om det är ett annat."
    )


TWO_YEARS = "12 % (2025) 10 % (2026)"
PROSE_LEAD = "år 2020 uppgå till högst 60 procent år 2025 uppgå till högst 35 procent"
PROSE_TRAIL = "minst 25 % senast 2016 och minst 30 % senast 2020"
# Several years in one cell: the plan's year picks the value; without it, one value or an error.
MULTI_YEAR = [
    (
        TWO_YEARS,
        {"year": 2026, "direction": L},
        _f(kind=T, value=10.0, unit="%", direction=L, year_used=2026, years=(2025, 2026)),
    ),
    (
        TWO_YEARS,
        {"year": 2025, "direction": L},
        _f(kind=T, value=12.0, unit="%", direction=L, year_used=2025, years=(2025, 2026)),
    ),
    (
        TWO_YEARS,
        {"direction": L},
        _f(kind=MU, problem=_years_differ("2025, 2026"), years=(2025, 2026)),
    ),
    (
        "12 % (2025) 12 % (2026)",
        {"direction": L},
        _f(kind=T, value=12.0, unit="%", direction=L, year_used=2026, years=(2025, 2026)),
    ),
    # the plan year is not listed: the latest earlier year, else the first
    (
        TWO_YEARS,
        {"year": 2027, "direction": L},
        _f(
            kind=T,
            value=10.0,
            unit="%",
            direction=L,
            year_used=2026,
            years=(2025, 2026),
            doubt=_year_missing("2025, 2026", 2027, 2026),
        ),
    ),
    (
        TWO_YEARS,
        {"year": 2024, "direction": L},
        _f(
            kind=T,
            value=12.0,
            unit="%",
            direction=L,
            year_used=2025,
            years=(2025, 2026),
            doubt=_year_missing("2025, 2026", 2024, 2025),
        ),
    ),
    (
        "12 % (2025) 10 % (2027)",
        {"year": 2026, "direction": L},
        _f(
            kind=T,
            value=12.0,
            unit="%",
            direction=L,
            year_used=2025,
            years=(2025, 2027),
            doubt=_year_missing("2025, 2027", 2026, 2025),
        ),
    ),
    (
        "Mål: minst 80 % (2025) minst 85 % (2026)",
        {"year": 2026},
        _f(kind=T, op=">=", value=85.0, unit="%", direction=H, year_used=2026, years=(2025, 2026)),
    ),
    (
        "Mål: minst 80 % (2025) minst 85 % (2026)",
        {"year": 2025},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, year_used=2025, years=(2025, 2026)),
    ),
    (
        "95 % (2024, 2025, 2026)",
        {"year": 2025, "direction": H},
        _f(kind=T, value=95.0, unit="%", direction=H, year_used=2025, years=(2024, 2025, 2026)),
    ),
    (
        "95 % (2024; 2025)",
        {"direction": H},
        _f(kind=T, value=95.0, unit="%", direction=H, year_used=2025, years=(2024, 2025)),
    ),
    (
        "Minst 80 % (2025).",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, year_used=2025, years=(2025,)),
    ),
    # text after the last year, or none before the first: not a multi-year cell
    (
        "Minst 80 % (2025) och mer",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, note="och mer 2025"),
    ),
    (
        "(2025) minst 80 % (2026)",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, note="2025 2026"),
    ),
    # "2025: 80 %, 2026: 85 %"
    (
        "2025: 80 %, 2026: 85 %",
        {"year": 2026, "direction": H},
        _f(kind=T, value=85.0, unit="%", direction=H, year_used=2026, years=(2025, 2026)),
    ),
    (
        "2025: 80 %; 2026: 85 %",
        {},
        _f(kind=MU, problem=_years_differ("2025, 2026"), years=(2025, 2026)),
    ),
    (
        "2025: 80 %",
        {"direction": H},
        _f(kind=T, value=80.0, unit="%", direction=H, note="2025"),
    ),
    (
        "2025: , 2026: 85 %",
        {"direction": H},
        _f(kind=T, value=85.0, unit="%", direction=H, note="2025: , 2026"),
    ),
    (
        "Mål 2025: 80 %, 2026: 85 %",
        {"direction": H},
        _f(kind=MU, problem=_packed("80 % och 85 %")),
    ),
    # years in running text
    (
        PROSE_LEAD,
        {"year": 2025},
        _f(
            kind=T,
            op="<=",
            value=35.0,
            unit="%",
            direction=L,
            note="uppgå till",
            year_used=2025,
            years=(2020, 2025),
        ),
    ),
    (PROSE_LEAD, {}, _f(kind=MU, problem=_years_differ("2020, 2025"), years=(2020, 2025))),
    (
        "år 2020 uppgå till högst 60 procent, år 2025 klart",
        {},
        _f(
            kind=T,
            op="<=",
            value=60.0,
            unit="%",
            direction=L,
            note="år 2020 uppgå till år 2025 klart",
        ),
    ),
    (
        PROSE_TRAIL,
        {"year": 2016},
        _f(kind=T, op=">=", value=25.0, unit="%", direction=H, year_used=2016, years=(2016, 2020)),
    ),
    (
        PROSE_TRAIL,
        {"year": 2020},
        _f(
            kind=T,
            op=">=",
            value=30.0,
            unit="%",
            direction=H,
            note="och",
            year_used=2020,
            years=(2016, 2020),
        ),
    ),
    (
        "minst 25 % till år 2016, minst 30 % före 2020",
        {"year": 2020},
        _f(kind=T, op=">=", value=30.0, unit="%", direction=H, year_used=2020, years=(2016, 2020)),
    ),
    (
        PROSE_TRAIL + " i hela kommunen",
        {"year": 2020},
        _f(kind=MU, problem=_packed("minst 25 % och minst 30 %")),
    ),
    (
        "klart senast 2016 och minst 30 % senast 2020",
        {"year": 2020},
        _f(
            kind=T,
            op=">=",
            value=30.0,
            unit="%",
            direction=H,
            note="klart senast 2016 och senast 2020",
        ),
    ),
    # the year's own reading can be unreadable or packed: it is kept as it is, without a doubt
    (
        "bra (2025) minst 5 (2026)",
        {"year": 2025},
        _f(kind=UR, problem=_unreadable("bra"), year_used=2025, years=(2025, 2026)),
    ),
    (
        "bra (2025) minst 5 (2026)",
        {"year": 2026},
        _f(kind=T, op=">=", value=5.0, direction=H, year_used=2026, years=(2025, 2026)),
    ),
    (
        "Minst 5 % och 6 % (2025) minst 5 (2026)",
        {"year": 2025},
        _f(kind=MU, problem=_packed("Minst 5 % och 6 %"), year_used=2025, years=(2025, 2026)),
    ),
    (
        "bra (2025) minst 5 (2026)",
        {"year": 2024},
        _f(kind=UR, problem=_unreadable("bra"), year_used=2025, years=(2025, 2026)),
    ),
    # Ja one year and Nej the next are different values
    (
        "Ja (2025) Nej (2026)",
        {"year": 2025},
        _f(kind=YN, expected=True, year_used=2025, years=(2025, 2026)),
    ),
    (
        "Ja (2025) Nej (2026)",
        {"year": 2026},
        _f(kind=YN, expected=False, year_used=2026, years=(2025, 2026)),
    ),
    (
        "Ja (2025) Nej (2026)",
        {},
        _f(kind=MU, problem=_years_differ("2025, 2026"), years=(2025, 2026)),
    ),
    (
        "Ja (2025) Ja (2026)",
        {},
        _f(kind=YN, expected=True, year_used=2026, years=(2025, 2026)),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), MULTI_YEAR)
def test_values_for_several_years(
    text: str, given: dict[str, object], fields: dict[str, object]
) -> None:
    _check(text, given, fields)


def _all_doubt(text: str) -> str:
    return (
        f"Målvärdet ”{text}” läses som minst 100 % (alla), eftersom Typ är Procent. Skriv "
        "”100 %” om det är rätt, eller sätt Typ till Text om målet inte ska mätas."
    )


ALL = _f(kind=T, op=">=", value=100.0, unit="%", direction=H, basis="all")
# What the text is before any number is read: a label, yes/no, "alla", a figure to report, an
# activity, a positive result, a sentence, or nothing vpt can read.
WHOLE_TEXTS = [
    ("Minst 75%", {"type": IndicatorType.TASK}, _f(kind=UM, note="Minst 75%")),
    ("  Ja  ", {"type": IndicatorType.TEXT}, _f(kind=UM, note="Ja")),
    ("Målvärde: minst 80 %", {}, _f(kind=T, op=">=", value=80.0, unit="%", direction=H)),
    (
        "Indikatorn mäts. Målvärde: högst 5 dagar",
        {},
        _f(kind=T, op="<=", value=5.0, unit="dagar", direction=L),
    ),
    ("Målvärde 80", {"direction": H}, _f(kind=T, value=80.0, direction=H)),
    # list labels
    (
        "A. Andelen ska vara minst 80 %",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, note="Andelen ska vara"),
    ),
    (
        "H. Andelen minst 80 %",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, note="Andelen"),
    ),
    (
        "I. Andelen minst 80 %",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, note="I. Andelen"),
    ),
    (
        "12. Andelen minst 80 %",
        {},
        _f(kind=T, op=">=", value=80.0, unit="%", direction=H, note="Andelen"),
    ),
    ("Måluppfyllelse 2: minst 60 %", {}, _f(kind=T, op=">=", value=60.0, unit="%", direction=H)),
    ("Mål 3: Minst 50 %", {}, _f(kind=T, op=">=", value=50.0, unit="%", direction=H)),
    ("Delmål 2 - Högst 10 dagar", {}, _f(kind=T, op="<=", value=10.0, unit="dagar", direction=L)),
    (
        "Effektmål 12. Högst 10 dagar",
        {},
        _f(kind=T, op="<=", value=10.0, unit="dagar", direction=L),
    ),
    ("Nämndmål 1: Högst 10 dagar", {}, _f(kind=T, op="<=", value=10.0, unit="dagar", direction=L)),
    # yes/no
    ("Ja (kommentar)", {}, _f(kind=YN, expected=True, note="kommentar")),
    ("nej!", {}, _f(kind=YN, expected=False)),
    ("ja .", {}, _f(kind=YN, expected=True)),
    ("Ja ()", {}, _f(kind=YN, expected=True)),
    ("Ja, gärna", {}, _f(kind=UR, problem=_unreadable("Ja, gärna"))),
    (
        "Minst 75%",
        {"type": IndicatorType.YESNO},
        _f(kind=YN, expected=True, note="Minst 75%"),
    ),
    # all of them
    ("alla", {}, ALL),
    ("Samtliga.", {}, ALL),
    ("100 % / alla", {}, ALL),
    ("100%/alla", {}, ALL),
    ("alltid!", {}, ALL),
    (
        "Alla elever ska klara målen",
        {"type": P},
        {**ALL, "doubt": _all_doubt("Alla elever ska klara målen")},
    ),
    (
        "Samtliga elever ska klara målen",
        {"type": P},
        {**ALL, "doubt": _all_doubt("Samtliga elever ska klara målen")},
    ),
    (
        "Alltid svar inom en vecka",
        {"type": P},
        {**ALL, "doubt": _all_doubt("Alltid svar inom en vecka")},
    ),
    (
        "Alla elever ska klara målen",
        {"type": N},
        _f(kind=UM, note="Alla elever ska klara målen", basis="qualitative"),
    ),
    # a figure reported without a target
    ("Redovisa antalet besök", {}, _f(kind=RE, note="Redovisa antalet besök")),
    ("Redovisa andel", {}, _f(kind=RE, note="Redovisa andel")),
    ("Redovisa andelen", {}, _f(kind=RE, note="Redovisa andelen")),
    ("Redovisa kostnad", {}, _f(kind=RE, note="Redovisa kostnad")),
    ("Redovisning av kostnaden", {}, _f(kind=RE, note="Redovisning av kostnaden")),
    ("Redovisa utfall", {}, _f(kind=RE, note="Redovisa utfall")),
    ("Redovisa nyckeltal", {}, _f(kind=RE, note="Redovisa nyckeltal")),
    ("Redovisa resultat", {}, _f(kind=RE, note="Redovisa resultat")),
    ("Redovisa värdet", {}, _f(kind=RE, note="Redovisa värdet")),
    ("Redovisas antal", {}, _f(kind=RE, note="Redovisas antal")),
    ("redovisas.", {}, _f(kind=RE, note="redovisas.")),
    ("redovisas årligen", {}, _f(kind=RE, note="redovisas årligen")),
    ("redovisas i bokslutet", {}, _f(kind=RE, note="redovisas i bokslutet")),
    ("redovisas per kvartal", {}, _f(kind=RE, note="redovisas per kvartal")),
    ("mäts", {}, _f(kind=RE, note="mäts")),
    ("följs upp årligen", {}, _f(kind=RE, note="följs upp årligen")),
    ("bevakas varje år", {}, _f(kind=RE, note="bevakas varje år")),
    (
        "Redovisa antalen",
        {},
        _f(kind=UM, note="Redovisa antalen", basis="qualitative"),
    ),
    (
        "Redovisas i bokslut och delår",
        {},
        _f(kind=UM, note="Redovisas i bokslut och delår", basis="qualitative"),
    ),
    # an activity
    (
        "Aktiviteter ska genomföras i år",
        {},
        _f(kind=UM, note="Aktiviteter ska genomföras i år", basis="activity"),
    ),
    ("Åtgärder vidtas", {}, _f(kind=UM, note="Åtgärder vidtas", basis="activity")),
    ("Arbete bedrivs", {}, _f(kind=UM, note="Arbete bedrivs", basis="activity")),
    ("arbetet genomförs", {}, _f(kind=UM, note="arbetet genomförs", basis="activity")),
    ("Arbetet pågår", {}, _f(kind=UM, note="Arbetet pågår", basis="activity")),
    (
        "Insatser för trygghet genomförs",
        {},
        _f(kind=UM, note="Insatser för trygghet genomförs", basis="activity"),
    ),
    ("Redovisa insatser", {}, _f(kind=UM, note="Redovisa insatser", basis="activity")),
    ("Redovisa exempel", {}, _f(kind=UM, note="Redovisa exempel", basis="activity")),
    ("Redovisa arbetet", {}, _f(kind=UM, note="Redovisa arbetet", basis="activity")),
    ("Redovisa åtgärder", {}, _f(kind=UM, note="Redovisa åtgärder", basis="activity")),
    ("Redovisa aktiviteter", {}, _f(kind=UM, note="Redovisa aktiviteter", basis="activity")),
    ("Redovisa vilka", {}, _f(kind=UM, note="Redovisa vilka", basis="activity")),
    (
        "Redovisa hur arbetet går",
        {},
        _f(kind=UM, note="Redovisa hur arbetet går", basis="activity"),
    ),
    ("En plan ska tas fram", {}, _f(kind=UM, note="En plan ska tas fram", basis="activity")),
    ("Riktlinjer ska utredas", {}, _f(kind=UM, note="Riktlinjer ska utredas", basis="activity")),
    ("En plan skall upprättas", {}, _f(kind=UM, note="En plan skall upprättas", basis="activity")),
    ("En plan ska utarbetas", {}, _f(kind=UM, note="En plan ska utarbetas", basis="activity")),
    (
        "ska göras för att öka trivseln",
        {},
        _f(kind=UM, note="ska göras för att öka trivseln", basis="activity"),
    ),
    (
        "Arbete sker genom att vi träffas",
        {},
        _f(kind=UM, note="Arbete sker genom att vi träffas", basis="activity"),
    ),
    # a positive result
    ("Årets resultat ska vara positivt", {}, _f(kind=T, op=">", value=0.0, direction=H)),
    ("Budgetavvikelsen ska bli positiv", {}, _f(kind=T, op=">", value=0.0, direction=H)),
    ("balanskravsresultatet ska vara positivt", {}, _f(kind=T, op=">", value=0.0, direction=H)),
    ("Kassaflödet blir positivt", {}, _f(kind=T, op=">", value=0.0, direction=H)),
    ("Resultatet är positiva", {}, _f(kind=T, op=">", value=0.0, direction=H)),
    (
        "Resultatet ska ej vara positivt",
        {},
        _f(kind=UM, note="Resultatet ska ej vara positivt", basis="qualitative"),
    ),
    # not measurable, or a sentence whose only numbers are years
    ("Ej klart", {}, _f(kind=UM, note="Ej klart", basis="qualitative")),
    ("inte fastställt", {}, _f(kind=UM, note="inte fastställt", basis="qualitative")),
    ("ej fastställd", {}, _f(kind=UM, note="ej fastställd", basis="qualitative")),
    ("beskrivs i bilaga", {}, _f(kind=UM, note="beskrivs i bilaga", basis="qualitative")),
    ("Saknas", {}, _f(kind=UM, note="Saknas", basis="qualitative")),
    ("-", {}, _f(kind=UM, note="-", basis="qualitative")),
    ("---", {}, _f(kind=UM, note="---", basis="qualitative")),
    ("ej aktuellt", {}, _f(kind=UM, note="ej aktuellt", basis="qualitative")),
    ("Se nedan", {}, _f(kind=UM, note="Se nedan", basis="qualitative")),
    ("tas fram", {}, _f(kind=UM, note="tas fram", basis="qualitative")),
    ("Enligt budget", {}, _f(kind=UM, note="Enligt budget", basis="qualitative")),
    ("Vi bör arbeta", {}, _f(kind=UM, note="Vi bör arbeta", basis="qualitative")),
    (
        "Trygg och säker kommun 2030",
        {},
        _f(kind=UM, note="Trygg och säker kommun 2030", basis="qualitative"),
    ),
    (
        "Ett klimatneutralt Salem senast år 2045",
        {},
        _f(kind=UM, note="Ett klimatneutralt Salem senast år 2045", basis="qualitative"),
    ),
    ("Trygg kommun 2030", {}, _f(kind=UR, problem=_unreadable("Trygg kommun 2030"))),
    (
        "Ett hållbart Salem 2045 med 5 parker",
        {},
        _f(kind=UR, problem=_unreadable("Ett hållbart Salem 2045 med 5 parker")),
    ),
    ("Bra kvalitet", {}, _f(kind=UR, problem=_unreadable("Bra kvalitet"))),
    # a target inside a remark, when the text around it holds none
    (
        "täcka skulden (minst 100 procents konsolidering)",
        {},
        _f(kind=T, op=">=", value=100.0, unit="%", direction=H, note="täcka skulden"),
    ),
    (
        "täcka skulden (minst 100 procent) (högst 5 dagar)",
        {},
        _f(kind=T, op=">=", value=100.0, unit="%", direction=H, note="täcka skulden"),
    ),
    (
        "god kvalitet (minst 3 dagar och högst 5 dagar)",
        {},
        _f(kind=UR, problem=_unreadable("god kvalitet (minst 3 dagar och högst 5 dagar)")),
    ),
    (
        "god kvalitet (enligt 12 kriterier)",
        {},
        _f(kind=UR, problem=_unreadable("god kvalitet (enligt 12 kriterier)")),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), WHOLE_TEXTS)
def test_whole_texts(text: str, given: dict[str, object], fields: dict[str, object]) -> None:
    _check(text, given, fields)


# Percentages in running text, shares in words, rankings and bare values.
VALUES = [
    (
        "Andelen ska vara 80 %",
        {"direction": H},
        _f(kind=T, value=80.0, unit="%", direction=H, note="Andelen ska vara"),
    ),
    (
        "Andelen ska vara - 5 %",
        {"direction": L},
        _f(kind=T, value=-5.0, unit="%", direction=L, note="Andelen ska vara"),
    ),
    (
        "Andelen 80 procent",
        {"direction": H},
        _f(kind=T, value=80.0, unit="%", direction=H, note="Andelen"),
    ),
    (
        "Andelen 1,5%",
        {"direction": H},
        _f(kind=T, value=1.5, unit="%", direction=H, note="Andelen"),
    ),
    (
        "Andelen 80 %ig",
        {"direction": H},
        _f(kind=UR, problem=_unreadable("Andelen 80 %ig")),
    ),
    (
        "Andelen 80 procentenheter",
        {"direction": H},
        _f(kind=UR, problem=_unreadable("Andelen 80 procentenheter")),
    ),
    ("80 % på SÄBO och 55 % av de listade", {}, _f(kind=MU, problem=_packed("80 % och 55 %"))),
    (
        "80 % på SÄBO och 80 % av de listade",
        {"direction": H},
        _f(kind=T, value=80.0, unit="%", direction=H, note="på SÄBO och 80 % av de listade"),
    ),
    # "åtta av tio" is a share; "12 av 15" a count
    ("Åtta av tio", {}, _f(kind=T, op=">=", value=80.0, unit="%", direction=H)),
    ("tre av tio", {}, _f(kind=T, op=">=", value=30.0, unit="%", direction=H)),
    ("nio av hundra", {}, _f(kind=T, op=">=", value=9.0, unit="%", direction=H)),
    (
        "Fem av tio ska svara",
        {},
        _f(kind=T, op=">=", value=50.0, unit="%", direction=H, note="ska svara"),
    ),
    ("12 av 15", {}, _f(kind=T, op=">=", value=12.0, unit="st", direction=H)),
    (
        "två av femton",
        {},
        _f(kind=T, op=">=", value=2.0, unit="st", direction=H, note="av femton"),
    ),
    ("sju av 10", {}, _f(kind=T, op=">=", value=7.0, unit="st", direction=H, note="av 10")),
    (
        "12,5 av 15",
        {},
        _f(kind=T, value=12.5, note="av 15", problem=_which_way_bare("12,5 av 15", "Minst 12,5")),
    ),
    # a ranking place: lower is better
    ("topp 5", {}, _f(kind=T, op="<=", value=5.0, direction=L)),
    ("10 i topp", {}, _f(kind=T, op="<=", value=10.0, direction=L)),
    ("10 topp", {}, _f(kind=T, op="<=", value=10.0, direction=L)),
    ("bland de tre första", {}, _f(kind=T, op="<=", value=3.0, direction=L)),
    ("bland de 3 bästa", {}, _f(kind=T, op="<=", value=3.0, direction=L)),
    ("topp 5,5", {}, _f(kind=UR, problem=_unreadable("topp 5,5"))),
    ("topplista 5", {}, _f(kind=UR, problem=_unreadable("topplista 5"))),
    # a bare value at the start
    ("-5", {"direction": L}, _f(kind=T, value=-5.0, direction=L)),
    ("-5 %", {"direction": H}, _f(kind=T, value=-5.0, unit="%", direction=H)),
    ("femton", {}, _f(kind=T, op=">=", value=15.0, unit="st", direction=H)),
    ("fem dagar", {}, _f(kind=T, op=">=", value=5.0, unit="dagar", direction=H)),
    ("tre procent", {"direction": H}, _f(kind=T, op=">=", value=3.0, unit="%", direction=H)),
    (
        "Fem timmar per vecka",
        {},
        _f(kind=T, op=">=", value=5.0, unit="timmar", direction=H, note="per vecka"),
    ),
    ("ett", {}, _f(kind=UR, problem=_unreadable("ett"))),
    ("en", {}, _f(kind=UR, problem=_unreadable("en"))),
    ("En handlingsplan", {}, _f(kind=UR, problem=_unreadable("En handlingsplan"))),
    ("2025", {}, _f(kind=T, value=2025.0, problem=_which_way_bare("2025", "Minst 2 025"))),
    ("2025 %", {"direction": H}, _f(kind=T, value=2025.0, unit="%", direction=H)),
    (
        "2025 ska vi öka",
        {},
        _f(kind=C, op=">", change_direction=H, direction=H, note="2025 ska vi"),
    ),
    ("18 år", {}, _f(kind=UR, problem=_unreadable("18 år"))),
    ("18 åring", {}, _f(kind=UR, problem=_unreadable("18 åring"))),
    (
        "80 eller",
        {},
        _f(kind=T, value=80.0, note="eller", problem=_which_way_bare("80 eller", "Minst 80")),
    ),
    (
        "95 % enligt plan",
        {"direction": H},
        _f(kind=T, value=95.0, unit="%", direction=H, note="enligt plan"),
    ),
    # with no Riktning: 100 % can only be reached, 0 only kept down to
    ("100 %", {}, _f(kind=T, value=100.0, unit="%", direction=H)),
    ("100", {}, _f(kind=T, value=100.0, problem=_which_way_bare("100", "Minst 100"))),
    (
        "100 dagar",
        {},
        _f(
            kind=T,
            value=100.0,
            unit="dagar",
            problem=_which_way_bare("100 dagar", "Minst 100 dagar"),
        ),
    ),
    ("0 %", {}, _f(kind=T, value=0.0, unit="%", direction=L)),
    ("0", {}, _f(kind=T, value=0.0, direction=L)),
    (
        "95%",
        {"type": P},
        _f(kind=T, value=95.0, unit="%", problem=_which_way_bare("95%", "Minst 95 %")),
    ),
    (
        "95 st",
        {"type": P},
        _f(kind=T, value=95.0, unit="st", problem=_which_way_bare("95 st", "Minst 95 st")),
    ),
    (
        "Högst 5",
        {"direction": H},
        _f(
            kind=T,
            op="<=",
            value=5.0,
            direction=L,
            problem=_contradicts("Högst 5", "lägre är bättre", "Högre är bättre"),
        ),
    ),
    # several targets: a second one counts when it is a percentage, a change or in the same unit
    (
        "Minst 3 dagar och minst 5 dagar",
        {},
        _f(kind=MU, problem=_packed("Minst 3 dagar och minst 5 dagar")),
    ),
    (
        "Minst 3 dagar och minst 3 dagar",
        {},
        _f(kind=T, op=">=", value=3.0, unit="dagar", direction=H, note="och minst 3 dagar"),
    ),
    (
        "Minst 3 dagar och minst 5 timmar",
        {},
        _f(kind=T, op=">=", value=3.0, unit="dagar", direction=H, note="och minst 5 timmar"),
    ),
    ("Minst 3 och högst 5", {}, _f(kind=T, op=">=", value=3.0, direction=H, note="och högst 5")),
    ("Minst 3 och 50 %", {}, _f(kind=MU, problem=_packed("Minst 3 och 50 %"))),
    (
        "Minst 3 dagar, 5 % och öka",
        {},
        _f(kind=MU, problem=_packed("Minst 3 dagar och 5 % och öka")),
    ),
    (
        "Tre mål: minst 5 %, minst 6 %, minst 7 %, minst 8 %",
        {},
        _f(kind=MU, problem=_packed("minst 5 % och minst 6 % och minst 7 %")),
    ),
    # next to a change, "under" means during
    (
        "möter under 14 dagar ska minska",
        {},
        _f(kind=C, op="<", change_direction=L, direction=L, note="möter under 14 dagar ska"),
    ),
    (
        "Antal som under 14 dagar väntar ska minska med 5",
        {},
        _f(
            kind=C,
            op="<=",
            change_direction=L,
            direction=L,
            change_amount=5.0,
            note="Antal som under 14 dagar väntar ska",
        ),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), VALUES)
def test_values_shares_and_places(
    text: str, given: dict[str, object], fields: dict[str, object]
) -> None:
    _check(text, given, fields)


@pytest.mark.parametrize(
    ("target", "unit", "expected"),
    [
        ("Ja", "%", IndicatorType.YESNO),
        ("Minst 75", "%", IndicatorType.PERCENT),
        ("Minst 75", "procent", IndicatorType.PERCENT),
        ("Minst 75", "st", IndicatorType.NUMBER),
        ("Minst 75", "", IndicatorType.NUMBER),
        ("77-80 %", "", IndicatorType.PERCENT),
        ("Öka", "", IndicatorType.NUMBER),
        ("Redovisa antal", "", IndicatorType.NUMBER),
        ("bra", "", IndicatorType.TEXT),
        ("ska beskrivas", "%", IndicatorType.PERCENT),
    ],
)
def test_resolve_type_from_target_and_unit(target: str, unit: str, expected: IndicatorType) -> None:
    assert resolve_type(Indicator("I1", "M1", "x", unit=unit, target=target)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 % (2025) 10 % (2026)", {2025: "12 %", 2026: "10 %"}),
        ("95 % (2024, 2025, 2026)", {2024: "95 %", 2025: "95 %", 2026: "95 %"}),
        ("5 (2025;2026)", {2025: "5", 2026: "5"}),
        ("5 ( 2025 , 2026 )", {2025: "5", 2026: "5"}),
        ("Minst 80 % (2025)", {2025: "Minst 80 %"}),
        ("Mål: 12 % (2025) 10 % (2026)", {2025: "12 %", 2026: "10 %"}),
        ("x: 12 % (2025) 10 % (2026).", {2025: "12 %", 2026: "10 %"}),
        ("12 % (2025) 10 % (2026) mer", {}),
        ("(2025) 5 (2026)", {}),
        ("2025: 80 %, 2026: 85 %", {2025: "80 %", 2026: "85 %"}),
        ("2025: 80 %", {}),
        ("a 2025: 80 %, 2026: 85 %", {}),
        ("2025:80 %, 2026:", {}),
        ("år 2020 9 procent år 2025 15 procent", {2020: "9 procent", 2025: "15 procent"}),
        ("år 2020 9 procent år 2025 klart", {}),
        ("år 2020 9 procent år 2020 15 procent", {}),
        ("9 % senast 2020, 15 % till 2025.", {2020: "9 %", 2025: "15 %"}),
        ("9 % senast 2020, 15 % till 2025 ja", {}),
        ("senast 2020, 15 % till 2025", {}),
        ("9 % senast 2020", {}),
    ],
)
def test_split_years(text: str, expected: dict[int, str]) -> None:
    assert split_years(text) == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2012: 63,6 % 2013: 40 %", 2012, 63.6),
        ("2012: 63,6 % 2013: 40 %", 2013, 40.0),
        ("2012: 63,6 % 2013: 40 %", 2014, None),
        ("2013: 40 2012: 63", 2012, 63.0),
        ("2012: 5 2012: 7", 2012, 7.0),
        ("2013: 5 2013: 40", None, 40.0),
        ("2013: 40 2013: 5", None, 5.0),
        ("2013: 40 2013: 5", 2013, 5.0),
        ("2012: - 5", None, -5.0),
        ("2012: - 5", 2012, -5.0),
        ("2012: 1 234", None, 1234.0),
        ("2012:1 234", 2012, 1234.0),
        ("-5", None, -5.0),
        ("5 dagar", None, 5.0),
        ("5,5 st", None, 5.5),
        ("abc 5", None, None),
        ("5 Dagar", None, 5.0),
        ("-5 %", None, -5.0),
        ("2012: 5 %, 2013: -3 dagar", None, -3.0),
        ("2013: x", None, None),
        (5, None, 5.0),
        (2.5, None, 2.5),
        (5, 2012, None),
        (True, None, None),
        (None, None, None),
    ],
)
def test_parse_baseline_for_a_named_year(
    text: object, year: int | None, expected: float | None
) -> None:
    assert parse_baseline(text, year=year) == expected


def test_a_number_from_a_cell_is_read_as_its_text() -> None:
    assert parse_target(80, direction=H) == Target("80", T, value=80.0, direction=H)  # type: ignore[arg-type]
    assert parse_target(0.5, direction=L) == Target("0.5", T, value=0.5, direction=L)  # type: ignore[arg-type]


MORE_CHANGES = [
    # whatever "not improve" means, vpt does not guess a direction for it
    (
        "förbättras inte",
        {},
        _f(kind=C, op=">=", basis="keep", note="inte", problem=_which_way("förbättras inte")),
    ),
    # an amount a few words after the verb
    ("öka antalet deltagare med 50", {}, _up(op=">=", change_amount=50.0)),
    (
        "minska vår klimatpåverkan med 5 procentenheter",
        {},
        _down(op="<=", unit="%", change_amount=5.0),
    ),
    ("minska kön med 5 dagar", {}, _down(op="<=", unit="dagar", change_amount=5.0)),
    # a negation a word or two before the verb
    ("Aldrig öka", {}, _down(op="<=", note="Aldrig", basis="keep")),
    ("inte längre minska", {}, _up(op=">=", note="inte längre", basis="keep")),
    ("ska inte heller öka", {}, _down(op="<=", note="ska inte heller", basis="keep")),
    ("oförändrat eller inte öka", {}, _down(op="<=", note="oförändrat eller", basis="keep")),
    (
        "oförändrat eller öka jämfört med 2020",
        {},
        _up(op=">=", note="oförändrat eller jämfört med 2020", reference_year=2020, basis="keep"),
    ),
    (
        "Ska inte minska jämfört med 2020",
        {},
        _up(op=">=", note="Ska jämfört med 2020", reference_year=2020, basis="keep"),
    ),
    (
        "öka antalet besökare varje år med 10 %",
        {},
        _up(op=">=", change_amount=10.0, change_relative=True),
    ),
    ("öka med fem", {}, _up(op=">=", change_amount=5.0)),
    (
        "öka antalet med 5 % jämfört med 2019",
        {},
        _up(
            op=">=",
            change_amount=5.0,
            change_relative=True,
            note="jämfört med 2019",
            reference_year=2019,
        ),
    ),
    (
        "minska med 5 procentenheter jämfört med 2019",
        {},
        _down(op="<=", unit="%", change_amount=5.0, note="jämfört med 2019", reference_year=2019),
    ),
    # keeping the level takes no amount: the percentage is a second target
    (
        "oförändrat eller minska utsläppen med 5 %",
        {},
        _f(kind=MU, problem=_packed("minska och 5 %")),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), MORE_CHANGES)
def test_more_changes(text: str, given: dict[str, object], fields: dict[str, object]) -> None:
    _check(text, given, fields)


REMARKS_AND_PURPOSES = [
    # a remark in parentheses counts only with a bound or a unit
    (
        "god kvalitet (12 kriterier)",
        {},
        _f(kind=UR, problem=_unreadable("god kvalitet (12 kriterier)")),
    ),
    (
        "god kvalitet (minst 12)",
        {},
        _f(kind=T, op=">=", value=12.0, direction=H, note="god kvalitet"),
    ),
    (
        "god kvalitet (12 %)",
        {"direction": H},
        _f(kind=T, value=12.0, unit="%", direction=H, note="god kvalitet"),
    ),
    # a year with text after it starts a sentence; a number of days does not
    (
        "2025 dagar per år",
        {"direction": H},
        _f(kind=T, value=2025.0, unit="dagar", direction=H, note="per år"),
    ),
    ("2025 per år", {"direction": H}, _f(kind=UR, problem=_unreadable("2025 per år"))),
    # a sentence about what is done, and why, is an activity
    (
        "I syfte att stärka samarbetet ska vi träffas",
        {},
        _f(kind=UM, note="I syfte att stärka samarbetet ska vi träffas", basis="activity"),
    ),
    (
        "För att stärka samarbetet ska vi träffas",
        {},
        _f(kind=UM, note="För att stärka samarbetet ska vi träffas", basis="activity"),
    ),
    (
        "Genom att träffas ska vi lära känna varandra",
        {},
        _f(kind=UM, note="Genom att träffas ska vi lära känna varandra", basis="activity"),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), REMARKS_AND_PURPOSES)
def test_remarks_and_purposes(
    text: str, given: dict[str, object], fields: dict[str, object]
) -> None:
    _check(text, given, fields)


YEARS_OR_COUNTS = [
    # "under" before a year means during it; before a count with a unit it is a bound
    ("Under 2023", _f(kind=UR, problem=_unreadable("Under 2023"))),
    ("under 2023 dagar", _f(kind=T, op="<", value=2023.0, unit="dagar", direction=L)),
    ("2025 eller fler", _f(kind=UR, problem=_unreadable("2025 eller fler"))),
    ("2020-2025 kr", _f(kind=RG, low=2020.0, high=2025.0, unit="kr")),
    ("77 % - 80", _f(kind=RG, low=77.0, high=80.0, unit="%")),
    ("Minst Tre", _f(kind=T, op=">=", value=3.0, unit="st", direction=H)),
]


@pytest.mark.parametrize(("text", "fields"), YEARS_OR_COUNTS)
def test_years_or_counts(text: str, fields: dict[str, object]) -> None:
    _check(text, {}, fields)


MORE_READINGS = [
    # the year to compare with may stand in a remark
    (
        "Öka (jämfört med 2019)",
        {},
        _up(op=">", note="jämfört med 2019", reference_year=2019),
    ),
    # a range needs no direction, whatever Riktning says
    ("77-80", {"direction": H}, _f(kind=RG, low=77.0, high=80.0)),
    ("77-80 %", {"type": P, "direction": L}, _f(kind=RG, low=77.0, high=80.0, unit="%")),
    # a change next to a bound is a second target, as is a percentage next to a count
    ("Minst 3 dagar och öka", {}, _f(kind=MU, problem=_packed("Minst 3 dagar och öka"))),
    (
        "Minst 3 dagar och minst 75 %",
        {},
        _f(kind=MU, problem=_packed("Minst 3 dagar och minst 75 %")),
    ),
    ("Minst 18 År", {}, _f(kind=UR, problem=_unreadable("Minst 18 År"))),
    # a target said twice counts once; a third, different one still counts
    (
        "Minst 40 % och minst 40 % samt minst 50 %",
        {},
        _f(kind=MU, problem=_packed("Minst 40 % och minst 50 %")),
    ),
]


@pytest.mark.parametrize(("text", "given", "fields"), MORE_READINGS)
def test_more_readings(text: str, given: dict[str, object], fields: dict[str, object]) -> None:
    _check(text, given, fields)


# A phrase that is skipped (a year after "under", a purpose, a span of years) must not hide the
# target phrase of the same kind after it in the cell.
AFTER_A_SKIPPED_PHRASE = [
    pytest.param("Under 2023 ska väntetiden vara högst 5 dagar",
                 (T, "<=", 5.0, None, None, "dagar", L), id="bound-after-under-year"),
    pytest.param("För att minska kostnaderna ska andelen digitala möten öka",
                 (C, ">", None, None, None, "", H), id="change-after-purpose"),
    pytest.param("Mellan 2020-2023 ska antalet vara 77-80",
                 (RG, None, None, 77.0, 80.0, "", None), id="range-after-years"),
    pytest.param("Andelen 2019 ska vara 80 % eller högre",
                 (T, ">=", 80.0, None, None, "%", H), id="or-more-after-year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_A_SKIPPED_PHRASE)
def test_a_skipped_phrase_does_not_hide_the_next(text: str, expected: tuple[object, ...]) -> None:
    t = parse_target(text)
    assert (t.kind, t.op, t.value, t.low, t.high, t.unit, t.direction) == expected
