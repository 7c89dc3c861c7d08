"""`vpt check` of 200 good returns and one file with a cell at XFD1048576: all 200 read, one
finding for the far one, and the whole run within 300 MB (measured on the real CLI process)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from tests.read.hostile import change_sheet, far_cell
from tests.read.returns import CREATED, PLAN
from vpt.generate.run import generate
from vpt.model import Unit
from vpt.planbook import write_plan

_PEAK_MB = 300

_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True)
sys.stdout.buffer.write(done.stdout)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"\\nPEAK_KB={peak} RC={done.returncode}")
"""


def test_200_good_returns_and_one_far_reference(tmp_path: Path) -> None:
    units = tuple(Unit(f"U{n:03}", f"Enhet {n}") for n in range(201))
    plan = replace(PLAN, units=units)
    plan_file = tmp_path / "plan.xlsx"
    write_plan(plan, plan_file)
    inbox = tmp_path / "in"
    generate(plan, "T1", inbox, created=CREATED, workers=1)
    far = sorted(inbox.glob("*U200*.xlsx"))[0]
    change_sheet(far, "Uppföljning", far_cell("XFD1048576"))
    # A separate measuring process, so that only the check's own peak is counted.
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "vpt", "check", str(plan_file),
         str(inbox), "--period", "T1", "--json"],
        capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    payload, _, tail = measured.stdout.rpartition("\nPEAK_KB=")
    peak_kb, rc = tail.split(" RC=")
    data = json.loads(payload)
    accepted = [f for f in data["files"] if f["accepted"]]
    assert len(accepted) == 200
    far_findings = [f for f in data["findings"] if f["file"] == str(far)]
    assert [f["code"] for f in far_findings] == ["sheet-too-large"]
    assert int(rc.strip()) == 1  # the far file is an error
    print(f"peak {int(peak_kb) / 1024:.0f} MB")
    assert int(peak_kb) / 1024 < _PEAK_MB, f"peak {int(peak_kb) / 1024:.0f} MB"
