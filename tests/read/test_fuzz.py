"""Hypothesis mutates a real return (sheet XML, identity sheet, styles, e-mail headers) and checks
each mutant beside a good return, in a child process whose memory and CPU time are limited by
``resource``: no exception escapes, the good return is read in full, the mutant is read or
reported (and never changed silently where the mutation moves cells), within the budgets."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

_ADDRESS_SPACE = 2 * 1024**3  # a failed huge allocation kills the child, and the test fails
_CPU_SECONDS = 600
_PEAK_MB = 500
_EXAMPLES = 25  # per kind of mutation: four kinds


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (_CPU_SECONDS, _CPU_SECONDS))


def test_mutants_never_stop_the_check(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "tests.read.fuzz_child", str(tmp_path), str(_EXAMPLES)],
        cwd=root, capture_output=True, text=True, preexec_fn=_limits, timeout=1200,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    last = done.stdout.strip().splitlines()[-1]
    checks, peak_kb = (int(part.split("=")[1]) for part in last.split())
    assert checks >= 4 * _EXAMPLES
    assert peak_kb / 1024 < _PEAK_MB, f"peak {peak_kb / 1024:.0f} MB"
    assert "panicked" not in done.stderr and "Traceback" not in done.stderr
