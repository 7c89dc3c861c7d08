"""Goal roll-up (sammanvägning): a goal's status from its indicators' and sub-goals' statuses.

The rule comes from the plan's ``Sammanvägning`` text. The default is the points average: met 2,
partly met 1, not met 0; the goal is met from 1,5 and partly met from 0,5. Not assessed counts
for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from vpt.model import Plan
from vpt.targets.numbers import NUMBER_PATTERN, clean_text, format_number, parse_number
from vpt.targets.types import Rollup, RollupKind, RollupRule, Status

__all__ = ["DEFAULT_RULE", "parse_rollup_rule", "rollup", "rollup_goals"]

DEFAULT_RULE = RollupRule()
_POINTS = {Status.MET: 2, Status.PARTLY_MET: 1, Status.NOT_MET: 0}
_WORST_ORDER = (Status.NOT_MET, Status.PARTLY_MET, Status.MET)


def parse_rollup_rule(text: str) -> RollupRule:
    """Read the plan's Sammanvägning: "Poäng" ("Poäng 1,5 / 0,5"), "Sämsta", "Andel uppfyllda 75 % / 50 %".

    Empty text gives the default rule; unreadable text gives the default rule with a problem.
    """
    cleaned = clean_text(text if isinstance(text, str) else "").lower()
    if not cleaned:
        return DEFAULT_RULE
    numbers = [parse_number(n) for n in re.findall(NUMBER_PATTERN, cleaned)]
    values = [n for n in numbers if n is not None]
    if re.search(r"sämst|värst|lägst|minsta", cleaned):
        return RollupRule(RollupKind.WORST)
    if "andel" in cleaned or "%" in cleaned:
        shares = [v / 100 if v > 1 else v for v in values]
        met_at = shares[0] if shares else 0.75
        partly_at = shares[1] if len(shares) > 1 else min(0.5, met_at)
        return _checked(RollupRule(RollupKind.SHARE, met_at, partly_at), text, 1.0)
    if re.search(r"poäng|medel|snitt", cleaned):
        met_at = values[0] if values else DEFAULT_RULE.met_at
        partly_at = values[1] if len(values) > 1 else min(DEFAULT_RULE.partly_at, met_at)
        return _checked(RollupRule(RollupKind.POINTS, met_at, partly_at), text, 2.0)
    return RollupRule(
        problem=(
            f"Sammanvägningen ”{clean_text(text)}” går inte att läsa; standardregeln (poäng) "
            "används. Skriv ”Poäng”, ”Sämsta” eller ”Andel uppfyllda”."
        )
    )


def _checked(rule: RollupRule, text: str, top: float) -> RollupRule:
    if 0 <= rule.partly_at <= rule.met_at <= top:
        return rule
    return RollupRule(
        rule.kind,
        problem=(
            f"Gränserna i sammanvägningen ”{clean_text(text)}” går inte ihop (uppfyllt måste vara "
            f"minst lika högt som delvis, och högst {format_number(top)}); standardgränserna används."
        ),
        **_defaults(rule.kind),
    )


def _defaults(kind: RollupKind) -> dict[str, float]:
    if kind is RollupKind.SHARE:
        return {"met_at": 0.75, "partly_at": 0.5}
    return {"met_at": DEFAULT_RULE.met_at, "partly_at": DEFAULT_RULE.partly_at}


def rollup(statuses: Sequence[Status], rule: RollupRule = DEFAULT_RULE) -> Rollup:
    """Roll statuses up by the rule, with an explanation such as "3 av 4 uppfyllda, 1 delvis"."""
    met = sum(1 for s in statuses if s is Status.MET)
    partly = sum(1 for s in statuses if s is Status.PARTLY_MET)
    not_met = sum(1 for s in statuses if s is Status.NOT_MET)
    not_assessed = sum(1 for s in statuses if s is Status.NOT_ASSESSED)
    assessed = met + partly + not_met
    score: float | None = None
    if assessed == 0:
        status = Status.NOT_ASSESSED
    elif rule.kind is RollupKind.WORST:
        status = next(s for s in _WORST_ORDER if s in statuses)
    elif rule.kind is RollupKind.SHARE:
        score = met / assessed
        status = _by_score(score, rule)
    else:
        score = (2 * met + partly) / assessed
        status = _by_score(score, rule)
    return Rollup(
        status,
        met,
        partly,
        not_met,
        not_assessed,
        explanation=_explain(met, partly, not_met, not_assessed, score, rule),
        score=score,
    )


def _by_score(score: float, rule: RollupRule) -> Status:
    if score >= rule.met_at:
        return Status.MET
    if score >= rule.partly_at:
        return Status.PARTLY_MET
    return Status.NOT_MET


def _explain(
    met: int, partly: int, not_met: int, not_assessed: int, score: float | None, rule: RollupRule
) -> str:
    assessed = met + partly + not_met
    if assessed == 0:
        return f"Inget bedömt ({not_assessed} ej bedömda)." if not_assessed else "Inget att bedöma."
    parts = [f"{met} av {assessed} uppfyllda"]
    if partly:
        parts.append(f"{partly} delvis")
    if not_met:
        parts.append(f"{not_met} ej uppfyllda")
    if not_assessed:
        parts.append(f"{not_assessed} ej bedömda")
    text = ", ".join(parts)
    if score is not None and rule.kind is RollupKind.POINTS:
        text += f" (medelpoäng {format_number(score)})"
    elif score is not None:
        text += f" (andel uppfyllda {format_number(score * 100)} %)"
    return text


def rollup_goals(
    plan: Plan, statuses: Mapping[str, Status], rule: RollupRule = DEFAULT_RULE
) -> dict[str, Rollup]:
    """Every goal's roll-up from its indicators' statuses (keyed by indicator ID) and sub-goals.

    Indicators missing from ``statuses`` do not apply (another unit, another period) and are left
    out; a sub-goal counts as one voice when something under it applies.
    """
    result: dict[str, Rollup] = {}
    visiting: set[str] = set()

    def visit(goal_id: str) -> Rollup | None:
        if goal_id in result:
            return result[goal_id]
        if goal_id in visiting:
            return None
        visiting.add(goal_id)
        votes = [statuses[i.id] for i in plan.indicators_of(goal_id) if i.id in statuses]
        children: list[str] = []
        for child in plan.children(goal_id):
            sub = visit(child.id)
            if sub is not None and (sub.assessed or sub.not_assessed):
                votes.append(sub.status)
                children.append(child.id)
        rolled = rollup(votes, rule)
        result[goal_id] = Rollup(
            rolled.status,
            rolled.met,
            rolled.partly_met,
            rolled.not_met,
            rolled.not_assessed,
            rolled.explanation,
            rolled.score,
            tuple(children),
        )
        return result[goal_id]

    for goal in plan.goals:
        visit(goal.id)
    return result
