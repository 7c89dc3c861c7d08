"""At most so many findings of one kind per file, and one more that says how many were left out.

A return with a hundred thousand rows of unknown IDs would otherwise give a hundred thousand
findings: more than anyone reads, and rows enough to push the summary's Fynd sheet past what
Excel shows. The first :data:`PER_KIND` of each kind stay, in order, so the unit sees real
examples; the rest become one finding, "… och 99 950 till av samma slag".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from vpt.findings import Finding

__all__ = ["PER_KIND", "cap_findings"]

PER_KIND = 50


def cap_findings(findings: Sequence[Finding], file: str) -> list[Finding]:
    """``findings`` of one file with each code kept at most :data:`PER_KIND` times, plus a
    finding per code that says how many more there were. Unchanged when nothing is over."""
    counts = Counter(f.code for f in findings)
    if all(n <= PER_KIND for n in counts.values()):
        return list(findings)
    kept: list[Finding] = []
    seen: Counter[str] = Counter()
    for finding in findings:
        seen[finding.code] += 1
        if seen[finding.code] <= PER_KIND:
            kept.append(finding)
        elif seen[finding.code] == PER_KIND + 1:
            left = counts[finding.code] - PER_KIND
            kept.append(Finding(
                code="more-of-the-same", severity=finding.severity, file=file,
                sheet=finding.sheet, value=finding.code,
                message=f"… och {_number(left)} till av samma slag som ovan ({finding.code}) i "
                "den här filen. De visas inte; rätta de som visas och kontrollera filen igen.",
            ))  # fmt: skip
    return kept


def _number(count: int) -> str:
    return f"{count:,}".replace(",", "\u00a0")
