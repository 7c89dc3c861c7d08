"""Arbitrary text never makes the target parser or the outcome normaliser raise."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vpt.model import Direction, IndicatorType
from vpt.targets import (
    Status,
    TargetKind,
    assess,
    bands,
    normalise_outcome,
    parse_baseline,
    parse_rollup_rule,
    parse_target,
)

# Text that looks like targets often enough to reach the interesting branches.
_PIECES = st.sampled_from(
    [
        "Minst",
        "högst",
        "över",
        "under",
        "mellan",
        "och",
        "-",
        "–",
        "%",
        "procent",
        "öka",
        "minska",
        "med",
        "Ja",
        "nej",
        "(",
        ")",
        " ",
        ",",
        ".",
        "0",
        "7",
        "75",
        "1 000",
        "2021",
        "två",
        "st",
        "dagar",
        "≥",
        "<",
        ">",
        "=",
        "Målvärde:",
        "\u00a0",
        "ska",
        "jämfört med fg år",
    ]
)
_TEXT = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=12).map("".join))
_RAW = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), _TEXT, st.dates()
)


@settings(max_examples=400)
@given(
    text=_TEXT,
    type_=st.one_of(st.none(), st.sampled_from(IndicatorType)),
    direction=st.one_of(st.none(), st.sampled_from(Direction)),
)
def test_parse_target_never_raises(
    text: str, type_: IndicatorType | None, direction: Direction | None
) -> None:
    target = parse_target(text, type=type_, direction=direction)
    assert target.text == text
    if target.kind in (TargetKind.UNREADABLE, TargetKind.MULTIPLE):
        assert target.problem and target.value is None
    bands(target, threshold_text=text, reference=1.0)
    parse_baseline(text)
    parse_rollup_rule(text)


@settings(max_examples=400)
@given(raw=_RAW, type_=st.sampled_from(IndicatorType), percent_cell=st.booleans())
def test_normalise_outcome_never_raises(
    raw: object, type_: IndicatorType, percent_cell: bool
) -> None:
    outcome = normalise_outcome(raw, type_, percent_cell=percent_cell)
    assert outcome.empty or outcome.value is not None or outcome.problem


@settings(max_examples=300)
@given(text=_TEXT, raw=_RAW, own=st.one_of(st.none(), _TEXT))
def test_assess_never_raises(text: str, raw: object, own: str | None) -> None:
    result = assess(parse_target(text), normalise_outcome(raw, IndicatorType.NUMBER), own=own)
    assert isinstance(result.status, Status)
    assert result.reason
