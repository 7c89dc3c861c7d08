"""Reading returned workbooks back: where they come from, whether they are safe, what they say."""

from vpt.read.check import check_returns, expected_units, missing_units
from vpt.read.results import CheckResult, ReturnedFile, ReturnedValue, Submission

__all__ = [
    "CheckResult",
    "ReturnedFile",
    "ReturnedValue",
    "Submission",
    "check_returns",
    "expected_units",
    "missing_units",
]
