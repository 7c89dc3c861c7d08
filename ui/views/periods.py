"""Which period the returns are checked for: taken from them when they agree, asked when not.

Both Inlämning and Sammanställning check returns, so both settle the period the same way.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QWidget

from ui.ask import Ask, Kind
from vpt.model import Plan
from vpt.read.results import CheckResult

__all__ = ["settle_period"]


def settle_period(
    ask: Ask, parent: QWidget, plan: Plan, result: CheckResult, chosen: str
) -> str | None:
    """The period to check the returns for again, or None when ``result`` stands.

    ``chosen`` is the period the user picked ("" when it was taken from the returns). Returns of
    several periods make the user choose; a picked period that no return is for is questioned.
    """
    periods = Counter(f.period_id for f in result.files if f.period_id and f.unit_id)
    names = {p.id: p.name for p in plan.periods}
    if len(periods) > 1 and not chosen:
        order = [p for p, _ in periods.most_common()]
        answer = ask.choose(
            parent, Kind.QUESTION, "Svaren gäller olika perioder",
            "De inlämnade arbetsböckerna gäller olika perioder: "
            + ", ".join(f"{names.get(p, p)} ({n} filer)" for p, n in periods.most_common())
            + ". Vilken period ska kontrolleras? Svar för andra perioder avvisas.",
            [names.get(p, p) for p in order] + ["Avbryt"],
        )  # fmt: skip
        if answer < len(order) and order[answer] != result.period_id:
            return order[answer]
        return None
    if not result.accepted_units and periods and result.period_id not in periods:
        other = periods.most_common(1)[0][0]
        name = names.get(other, other)
        if ask.confirm(
            parent, "Inga svar gäller perioden",
            f"Inget av svaren gäller {names.get(result.period_id, result.period_id)}; "
            f"{periods[other]} filer gäller {name}. Kontrollera för {name} i stället?",
            f"Kontrollera {name}",
        ):  # fmt: skip
            return other
    return None
