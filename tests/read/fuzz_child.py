"""The fuzz run of tests/read/test_fuzz.py, in a child process under resource limits.

Run as ``python -m tests.read.fuzz_child WORKDIR EXAMPLES``. Hypothesis mutates a real return's
follow-up sheet XML, identity sheet, styles and a carrying e-mail's headers; each mutant is checked
beside a good return. Exits 0 when every example held, with the peak memory on the last line.
"""

from __future__ import annotations

import base64
import re
import resource
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.read.hostile import add_style_and_value, filled, rewrite, sheet_part
from tests.read.returns import PLAN
from vpt.read import check_returns

SECONDS_PER_CHECK = 10.0

_SPLICE = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "repeat"]),
    st.floats(0, 1),
    st.integers(1, 64),
    st.binary(min_size=1, max_size=32),
)
_ROW = st.one_of(st.integers(0, 2_000_000), st.integers(2**31 - 2, 2**33), st.just(10**30))
_NUMBER = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([-1e20, 1e20, -1e300, 1e300, 2958466.0, -693594.0, 1e15]),
)
_FORMAT = st.sampled_from(["[h]:mm:ss", "yyyy-mm-dd", "mm:ss.000", "0.00%", "@", "[$-41D]d mmmm"])
_HEADER = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80).map(
    lambda text: text.replace("\r", " ").replace("\n", "\r\n ")
)


def _splice(data: bytes, how: tuple[str, float, int, bytes]) -> bytes:
    kind, where, length, stuff = how
    at = int(where * len(data))
    if kind == "insert":
        return data[:at] + stuff + data[at:]
    if kind == "delete":
        return data[:at] + data[at + length :]
    if kind == "replace":
        return data[:at] + stuff + data[at + len(stuff) :]
    return data[:at] + data[at : at + length] * 3 + data[at:]


class Round:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.inbox = work / "in"
        self.inbox.mkdir(parents=True)
        self.good_b = filled(self.inbox, "B")
        self.original = filled(work, "A").read_bytes()
        self.followup = sheet_part(self.original, "Uppföljning")
        self.identity = sheet_part(self.original, "vpt_identitet")
        self.mutant = self.inbox / "mutant.xlsx"
        self.mail = self.inbox / "mutant.eml"
        self.checks = 0

    def check(self, noticed_or_same: bool) -> None:
        started = time.perf_counter()
        result = check_returns(PLAN, [self.inbox], period_id="T1")
        took = time.perf_counter() - started
        assert took < SECONDS_PER_CHECK, f"one check took {took:.1f} s"
        b_values = {v.indicator_id: v.value for v in result.values if v.unit_id == "B"}
        assert b_values["I2"] == 20 and b_values["I3"] is True, b_values
        assert abs(float(b_values["I1"]) - 90.0) < 1e-9  # type: ignore[arg-type]
        mine = str(self.mail if self.mail.exists() else self.mutant)
        files = [f for f in result.files if f.name.startswith(mine)]
        said = [f for f in result.findings if f.file.startswith(mine)]
        assert files or said, "the mutant was neither read nor reported"
        if noticed_or_same and not said:
            values = {v.indicator_id: v.value for v in result.values if v.file.startswith(mine)}
            assert values == self.original_values(), "changed without a finding"
        self.checks += 1

    def original_values(self) -> dict[str, object]:
        if not hasattr(self, "_original_values"):
            solo = self.work / "solo"
            solo.mkdir()
            (solo / "a.xlsx").write_bytes(self.original)
            result = check_returns(PLAN, [solo], period_id="T1")
            self._original_values = {v.indicator_id: v.value for v in result.values}
        return self._original_values

    def write(self, data: bytes) -> None:
        self.mail.unlink(missing_ok=True)
        self.mutant.write_bytes(data)


def run(work: Path, examples: int) -> int:
    state = Round(work)
    common = settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))  # fmt: skip

    @common
    @given(how=_SPLICE, part=st.sampled_from(["followup", "identity", "xl/styles.xml"]))
    def splices(how: tuple[str, float, int, bytes], part: str) -> None:
        name = {"followup": state.followup, "identity": state.identity}.get(part, part)
        state.write(rewrite(state.original, {name: lambda xml: _splice(xml, how)}))
        state.check(noticed_or_same=False)

    @common
    @given(row=_ROW, which=st.integers(0, 200))
    def far_rows(row: int, which: int) -> None:
        def move(xml: bytes) -> bytes:
            refs = list(re.finditer(rb'<c r="([A-Z]+)([0-9]+)"', xml))
            ref = refs[which % len(refs)]
            return xml[: ref.start(2)] + str(row).encode() + xml[ref.end(2) :]

        state.write(rewrite(state.original, {state.followup: move}))
        state.check(noticed_or_same=True)

    @common
    @given(number=_NUMBER, code=_FORMAT)
    def styled_numbers(number: float, code: str) -> None:
        state.write(state.original)
        add_style_and_value("I8", repr(number), code)(state.mutant)
        state.check(noticed_or_same=False)

    @common
    @given(sender=_HEADER, date=_HEADER, subject=_HEADER, year=st.integers(1, 99999))
    def mail_headers(sender: str, date: str, subject: str, year: int) -> None:
        headers = (
            f"From: {sender}\r\nDate: {date or f'Fri, 31 Dec {year} 23:59:59 +0100'}\r\n"
            f"Subject: {subject}\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="gr"\r\n\r\n'
        ).encode("utf-8", "surrogateescape")
        body = (
            b"--gr\r\nContent-Type: application/octet-stream\r\n"
            b'Content-Disposition: attachment; filename="svar.xlsx"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(state.original)
            + b"--gr--\r\n"
        )
        state.mutant.unlink(missing_ok=True)
        state.mail.write_bytes(headers + body)
        state.check(noticed_or_same=False)

    for fuzz in (far_rows, splices, styled_numbers, mail_headers):
        fuzz()
    return state.checks


if __name__ == "__main__":
    checks = run(Path(sys.argv[1]), int(sys.argv[2]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"CHECKS={checks} PEAK_KB={peak}")
