"""Settling a set of checked returns, without workbooks: the future-date and sender findings, the
duplicates, the common period and what a returned file records, each with its exact Swedish text
and on, just below and just above each boundary (a day of clock slack; a second between returns).

The candidates and check results are built by hand, so "now" is fixed and every value is known.
tests/read/test_check_boundaries.py and test_suspicious.py run the same rules on real workbooks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.read.returns import PLAN
from vpt.findings import Finding, Severity
from vpt.generate.identity import Identity
from vpt.model import Period, Unit
from vpt.read import Submission
from vpt.read.check import _common_period, _duplicates, _file, _suspicious
from vpt.read.one import Checked
from vpt.read.results import ReturnedFile
from vpt.read.sources import Candidate, Carrier

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
DAY = timedelta(days=1)


def candidate(
    name: str,
    received: datetime = NOW,
    *,
    sha: str = "",
    carrier: Carrier = "file",
    sender: str = "",
) -> Candidate:
    return Candidate(name, Path(name), ".xlsx", received, sha or f"sha-{name}", carrier, sender)


def accepted(unit: str = "A", period: str = "T1", **fields: object) -> Checked:
    return Checked(unit_id=unit, period_id=period, validated_for=period, **fields)  # type: ignore[arg-type]


def finding(code: str, file: str = "x.xlsx") -> Finding:
    return Finding(code=code, severity=Severity.WARNING, message=code, file=file)


# --- a date in the future ---------------------------------------------------------------------


def future(name: str, when: str) -> Finding:
    return Finding(
        code="received-in-future",
        severity=Severity.WARNING,
        file=name,
        value=when,
        message=f"Filen säger sig vara skickad eller sparad {when}, efter i dag. Datumet används "
        "inte för att välja den nyaste av flera inlämningar. Kontrollera att den kommer från "
        "enheten.",
    )


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (NOW - DAY, []),
        (NOW, []),
        (NOW + DAY - SECOND, []),
        (NOW + DAY, []),  # a day of slack for clocks and time zones, inclusive
        (NOW + DAY + SECOND, [future("a.xlsx", "2026-05-05 12:00")]),
        (NOW + DAY + timedelta(minutes=61), [future("a.xlsx", "2026-05-05 13:01")]),
        (datetime(9998, 12, 31, 22, 0, tzinfo=UTC), [future("a.xlsx", "9998-12-31 22:00")]),
    ],
)
def test_a_date_more_than_a_day_ahead_is_in_the_future(
    received: datetime, expected: list[Finding]
) -> None:
    item = accepted()
    _suspicious(PLAN, [candidate("a.xlsx", received)], [item], NOW)
    assert item.findings == expected


def test_every_file_is_looked_at_for_a_future_date() -> None:
    items = [accepted(), accepted("B")]
    names = [candidate("a.xlsx"), candidate("b.xlsx", NOW + 2 * DAY)]
    _suspicious(PLAN, names, items, NOW)
    assert [i.findings for i in items] == [[], [future("b.xlsx", "2026-05-06 12:00")]]


# --- the sender of an e-mail ------------------------------------------------------------------


def not_unit(sender: str, shown: str, severity: Severity, unit: Unit = PLAN.units[0]) -> Finding:
    return Finding(
        code="sender-not-unit",
        severity=severity,
        file="brev.eml › svar.xlsx",
        value=sender,
        message=f"E-brevet kommer från {shown}, inte från enhetens adress i planen "
        f"({unit.email}). Kontrollera att arbetsboken verkligen kommer från {unit.name or unit.id}.",
    )


INFO, WARNING = Severity.INFO, Severity.WARNING


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("Anna <anna@example.se>", []),
        ("anna@example.se", []),
        ("Anna <ANNA@Example.SE>", []),
        ("Anna privat <anna.a@example.se>", [not_unit("anna.a@example.se", "anna.a@example.se", INFO)]),
        ("Anna <ANNA.A@EXAMPLE.SE>", [not_unit("anna.a@example.se", "anna.a@example.se", INFO)]),
        ("Anna <anna@mail.example.se>", [not_unit("anna@mail.example.se", "anna@mail.example.se", WARNING)]),
        ("Anna <anna@example.se.evil.test>", [not_unit("anna@example.se.evil.test", "anna@example.se.evil.test", WARNING)]),
        ("Mallory <mallory@evil.test>", [not_unit("mallory@evil.test", "mallory@evil.test", WARNING)]),
        ("", [not_unit("", "en okänd avsändare", WARNING)]),
        ("Anna", [not_unit("anna", "anna", WARNING)]),
    ],
)  # fmt: skip
def test_an_email_sender_is_compared_with_the_units_address(
    sender: str, expected: list[Finding]
) -> None:
    item = accepted()
    mail = candidate("brev.eml › svar.xlsx", carrier="email", sender=sender)
    _suspicious(PLAN, [mail], [item], NOW)
    assert item.findings == expected


@pytest.mark.parametrize(
    ("unit", "sender", "expected"),
    [
        # The plan's address is compared trimmed and in any case, and shown as written.
        (Unit("A", "Alfa", email=" Anna@Example.SE "), "anna@example.se", []),
        (
            Unit("A", "Alfa", email=" Anna@Example.SE "),
            "bo@example.se",
            [not_unit("bo@example.se", "bo@example.se", INFO, Unit("A", "Alfa", email=" Anna@Example.SE "))],
        ),
        (  # a unit without a name is named by its ID
            Unit("A", "", email="anna@example.se"),
            "bo@evil.test",
            [not_unit("bo@evil.test", "bo@evil.test", WARNING, Unit("A", "", email="anna@example.se"))],
        ),
        (  # two addresses without a domain do not share one
            Unit("A", "Alfa", email="anna"),
            "bo",
            [not_unit("bo", "bo", WARNING, Unit("A", "Alfa", email="anna"))],
        ),
        (  # a sender that does not parse is unknown, never of the unit's (empty) domain
            Unit("A", "Alfa", email="anna@"),
            "bo@",
            [not_unit("", "en okänd avsändare", WARNING, Unit("A", "Alfa", email="anna@"))],
        ),
        (Unit("A", "Alfa", email=""), "bo@evil.test", []),  # no address to compare with
    ],
)  # fmt: skip
def test_the_units_address_as_the_plan_gives_it(
    unit: Unit, sender: str, expected: list[Finding]
) -> None:
    plan = replace(PLAN, units=(unit, PLAN.units[1]))
    item = accepted()
    _suspicious(
        plan, [candidate("brev.eml › svar.xlsx", carrier="email", sender=sender)], [item], NOW
    )
    assert item.findings == expected


@pytest.mark.parametrize(
    ("carrier", "unit", "expected_codes"),
    [
        ("file", "A", []),  # a file has no sender to check
        ("email", "", []),  # no unit identified: nobody to compare with
        ("email", "X", []),  # a unit the plan does not have
        ("email", "B", ["sender-not-unit"]),
    ],
)
def test_only_an_email_for_a_known_unit_is_checked(
    carrier: Carrier, unit: str, expected_codes: list[str]
) -> None:
    item = accepted(unit)
    mail = candidate("svar.xlsx", carrier=carrier, sender="Anna <anna@example.se>")
    _suspicious(PLAN, [mail], [item], NOW)
    assert [f.code for f in item.findings] == expected_codes


def test_a_future_email_from_elsewhere_gets_both_findings_and_the_next_file_too() -> None:
    items = [accepted(), accepted()]
    mails = [
        candidate("brev.eml › svar.xlsx", NOW + 2 * DAY, carrier="email", sender="m@evil.test"),
        candidate("brev.eml › svar.xlsx", carrier="email", sender="m@evil.test"),
    ]
    _suspicious(PLAN, mails, items, NOW)
    assert items[0].findings == [
        future("brev.eml › svar.xlsx", "2026-05-06 12:00"),
        not_unit("m@evil.test", "m@evil.test", WARNING),
    ]
    assert items[1].findings == [not_unit("m@evil.test", "m@evil.test", WARNING)]


# --- duplicates -------------------------------------------------------------------------------


def newer_used(file: str, kept: str, when: str) -> Finding:
    return Finding(
        code="duplicate",
        severity=Severity.WARNING,
        file=file,
        value=kept,
        message=f"Enheten har skickat flera arbetsböcker för perioden. Den nyaste ({kept}, {when}) "
        "används, inte den här. Stämmer det inte, be enheten skicka den rätta igen.",
    )


def same_copy(file: str, kept: str) -> Finding:
    return Finding(
        code="duplicate",
        severity=Severity.INFO,
        file=file,
        value=kept,
        message=f"Samma arbetsbok finns också i {kept}; den läses en gång.",
    )


def settle(received: list[datetime], items: list[Checked] | None = None) -> list[Checked]:
    names = [candidate(f"{n}.xlsx", when) for n, when in enumerate(received)]
    checked = items if items is not None else [accepted() for _ in received]
    _duplicates(names, checked, NOW)
    return checked


@pytest.mark.parametrize(
    ("received", "kept"),
    [
        ([NOW, NOW + SECOND], 1),
        ([NOW + SECOND, NOW], 0),
        ([NOW - DAY, NOW + DAY], 1),  # a day ahead is not yet the future
        ([NOW - DAY, NOW + DAY + SECOND], 0),  # a second more is: the older genuine one wins
        ([NOW + DAY + SECOND, NOW - DAY], 1),
        ([NOW + 3 * DAY, NOW + 2 * DAY], 0),  # both in the future: the newer still wins
        ([NOW, NOW + 2 * SECOND, NOW + SECOND], 1),
    ],
)
def test_the_newest_not_in_the_future_is_kept(received: list[datetime], kept: int) -> None:
    checked = settle(received)
    assert [c.submission for c in checked] == [
        Submission.ACCEPTED if n == kept else Submission.DUPLICATE for n in range(len(received))
    ]


def test_a_duplicate_drops_its_values_and_row_findings_and_keeps_what_is_suspicious() -> None:
    value = object()
    older = accepted(
        findings=[finding("received-in-future"), finding("identity-mismatch"), finding("sender-not-unit")],
        row_findings=[finding("outcome-unreadable")],
        values=[value],
    )  # fmt: skip
    newer = accepted(
        findings=[finding("identity-mismatch")], row_findings=[finding("x")], values=[value]
    )
    names = [candidate("old.xlsx", NOW - DAY), candidate("new.xlsx", NOW)]
    _duplicates(names, [older, newer], NOW)
    assert (older.submission, older.values, older.row_findings) == (Submission.DUPLICATE, [], [])
    assert older.findings == [
        finding("received-in-future"),
        finding("sender-not-unit"),
        newer_used("old.xlsx", "new.xlsx", "2026-05-04 12:00"),
    ]
    assert (newer.submission, newer.values, newer.row_findings) == (
        Submission.ACCEPTED,
        [value],
        [finding("x")],
    )
    assert newer.findings == [finding("identity-mismatch")]


def test_an_identical_copy_is_info_and_a_changed_one_a_warning() -> None:
    names = [
        candidate("kopia.xlsx", NOW - SECOND, sha="abc"),
        candidate("original.xlsx", NOW, sha="abc"),
        candidate("andrad.xlsx", NOW - 2 * SECOND, sha="def"),
    ]
    checked = [accepted(), accepted(), accepted()]
    _duplicates(names, checked, NOW)
    assert [c.findings for c in checked] == [
        [same_copy("kopia.xlsx", "original.xlsx")],
        [],
        [newer_used("andrad.xlsx", "original.xlsx", "2026-05-04 12:00")],
    ]


@pytest.mark.parametrize(
    ("items", "duplicates"),
    [
        ([accepted("A", "T1"), accepted("B", "T1")], []),  # other unit
        ([accepted("A", "T1"), accepted("A", "Delår")], []),  # other period
        ([Checked(Submission.REJECTED, unit_id="A", period_id="T1"), accepted("A", "T1")], []),
        ([accepted("A", "T1"), Checked(Submission.REJECTED, unit_id="A", period_id="T1")], []),
        ([accepted("A", "T1"), accepted("B", "T1"), accepted("A", "T1")], [0]),
        ([accepted("B", "T1"), accepted("B", "T1"), accepted("A", "T1"), accepted("A", "T1")], [0, 2]),
    ],
)  # fmt: skip
def test_only_accepted_returns_for_the_same_unit_and_period_are_duplicates(
    items: list[Checked], duplicates: list[int]
) -> None:
    settle([NOW + n * SECOND for n in range(len(items))], items)
    assert [n for n, c in enumerate(items) if c.submission is Submission.DUPLICATE] == duplicates


# --- the common period ------------------------------------------------------------------------


def identified(*pairs: tuple[str, str]) -> list[Checked]:
    return [Checked(unit_id=unit, period_id=period) for unit, period in pairs]


@pytest.mark.parametrize(
    ("checked", "period"),
    [
        (identified(("A", "T1")), "T1"),
        (identified(("A", "Delår")), "Delår"),
        (identified(("A", "T1"), ("B", "Delår")), "Delår"),  # a tie: the later period of the plan
        (identified(("A", "Delår"), ("B", "T1")), "Delår"),
        (identified(("A", "T1"), ("B", "T1"), ("A", "Delår")), "T1"),
        (identified(("A", "Delår"), ("B", "Delår"), ("A", "T1")), "Delår"),
        # Only returns with both a unit and a period count.
        (identified(("", "Delår"), ("", "Delår"), ("A", "T1")), "T1"),
        (identified(("A", ""), ("B", ""), ("A", "Delår")), "Delår"),
        # A period the plan does not have loses a tie to one it has, in either order.
        (identified(("A", "X"), ("B", "T1")), "T1"),
        (identified(("A", "T1"), ("B", "X")), "T1"),
        (identified(("A", "X"), ("B", "X"), ("A", "T1")), "X"),
        # Nothing identified: the plan's first period.
        (identified(), "T1"),
        (identified(("", "Delår"), ("A", "")), "T1"),
    ],
)
def test_the_common_period(checked: list[Checked], period: str) -> None:
    assert _common_period(PLAN, checked) == period


def test_without_periods_in_the_plan_and_no_returns_the_period_is_empty() -> None:
    assert _common_period(replace(PLAN, periods=()), []) == ""
    one = replace(PLAN, periods=(Period("Helår", "Helår"),))
    assert _common_period(one, []) == "Helår"


# --- what a returned file records -------------------------------------------------------------


def test_a_returned_file_records_the_candidate_and_what_it_was_identified_as() -> None:
    identity = Identity(
        plan_name="p",
        plan_fingerprint="fp-123",
        organisation="o",
        unit_id="A",
        unit_name="Alfa",
        period_id="T1",
        period_name="Tertial 1",
        deadline="",
        generated="",
        rows=(),
    )
    mail = candidate(
        "brev.eml › svar.xlsx", NOW, sha="abc", carrier="email", sender="anna@example.se"
    )
    item = Checked(Submission.DUPLICATE, identity, "properties", "A", "T1", validated_for="T1")
    assert _file(mail, item) == ReturnedFile(
        name="brev.eml › svar.xlsx",
        sha256="abc",
        received=NOW,
        submission=Submission.DUPLICATE,
        unit_id="A",
        period_id="T1",
        plan_fingerprint="fp-123",
        identity="properties",
        sender="anna@example.se",
    )
    bare = _file(candidate("a.xlsx"), Checked(Submission.REJECTED))
    assert bare == ReturnedFile("a.xlsx", "sha-a.xlsx", NOW, Submission.REJECTED)


def test_a_sender_that_matches_does_not_end_the_look_at_the_next_files() -> None:
    items = [accepted(), accepted(), accepted()]
    mails = [
        candidate("1.eml › a.xlsx", carrier="email", sender="anna@example.se"),
        candidate("2.eml › a.xlsx", NOW + 2 * DAY, carrier="email", sender="anna@example.se"),
        candidate("3.eml › a.xlsx", carrier="email", sender="m@evil.test"),
    ]
    _suspicious(PLAN, mails, items, NOW)
    assert [[f.code for f in i.findings] for i in items] == [
        [],
        ["received-in-future"],
        ["sender-not-unit"],
    ]
