"""`vpt demo [--out DIR]`: the whole round on a bundled example plan, for a newcomer."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vpt.demo import run_demo
from vpt.findings import Severity

__all__ = ["register"]

_PLURAL = {Severity.ERROR: "fel", Severity.WARNING: "varningar", Severity.INFO: "info"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo",
        help="prova hela flödet på en exempelplan",
        description=(
            "Skapar arbetsböcker för en exempelplan, fyller i dem som enheterna skulle göra "
            "(med några vanliga misstag), kontrollerar dem och skriver sammanställningen."
        ),
    )
    parser.add_argument(
        "--out", type=Path, default=Path("vpt-demo"), metavar="MAPP",
        help="mappen där allt hamnar (standard: vpt-demo)",
    )  # fmt: skip
    parser.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    result = run_demo(args.out)
    findings = result.findings
    counts = ", ".join(
        f"{n} {_PLURAL[s] if n > 1 else s.label}" for s in Severity if (n := findings.count_of(s))
    )
    print(f"Demo klar på {time.perf_counter() - started:.1f} s. Exempelplan: {result.plan}")
    print(f"1. Arbetsböckerna som skickas ut till enheterna: {result.workbooks}")
    print(f"2. Enheternas ifyllda svar (några med vanliga misstag): {result.returns}")
    print(f"3. Sammanställningen till nämnden: {result.summary}")
    print(
        f"Kontrollen: {len(result.received)} enheter har lämnat in"
        + (f", {', '.join(result.missing)} saknas" if result.missing else "")
        + f"; {counts or 'inga anmärkningar'}. Se bladen Fynd och Inlämning i sammanställningen."
    )
    print(
        "Prova själv: ”vpt check PLAN MAPP” visar anmärkningarna, ”vpt consolidate PLAN MAPP "
        "--period ID --out FIL” skriver en sammanställning."
    )
    return 0
