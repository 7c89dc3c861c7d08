"""Make the filled sample returns in examples/returns/ and the summary they give, reproducibly.

For each plan below: generate the units' workbooks, fill them as units would (with the demo's
typical mistakes: an earlier draft sent by e-mail too, a decimal comma typed as text, 75 in a
percent cell, a unit without comments, a unit that sent nothing), check them and write the summary.
The same seed gives the same files, byte for byte.

Run: .venv/bin/python examples/make_returns.py
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from vpt.consolidate import consolidate
from vpt.demo import DEMO_MISTAKES, fill_returns
from vpt.planbook import read_plan
from vpt.read import check_returns

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 9, 10, 9, 0)
SUMMARY_CREATED = datetime(2024, 9, 20, 8, 0)
PLANS = (
    ("blekinge-primarvard-2024", "Delår", 2024),
    ("orebro-hsn-2024", "Delår", 2025),
)


def make(slug: str, period: str, seed: int) -> Path:
    plan, report = read_plan(HERE / f"{slug}.xlsx")
    if plan is None or report.has_errors:
        raise SystemExit(f"{slug}: planen har fel; kör vpt plan check {slug}.xlsx")
    folder = HERE / "returns" / slug
    returns = folder / "svar"
    if folder.exists():
        shutil.rmtree(folder)
    with tempfile.TemporaryDirectory(prefix="vpt-examples-") as blanks:
        fill_returns(plan, period, Path(blanks), returns, DEMO_MISTAKES, seed=seed,
                     created=CREATED)  # fmt: skip
    result = check_returns(plan, [returns], period_id=period)
    summary = consolidate(plan, result, folder / f"Sammanställning {period}.xlsx",
                          created=SUMMARY_CREATED)  # fmt: skip
    print(f"{slug}: {len(result.files)} filer, {len(result.findings)} fynd → {summary}")
    return summary


def main() -> None:
    for slug, period, seed in PLANS:
        make(slug, period, seed)


if __name__ == "__main__":
    main()
