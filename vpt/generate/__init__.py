"""Generate the uppföljning workbook per unit and period, with e-mail drafts.

The layout contract with the reader is :mod:`vpt.generate.layout`; the identity a workbook
carries is :class:`vpt.generate.identity.Identity`.
"""

from vpt.generate import layout
from vpt.generate.identity import Identity
from vpt.generate.run import GeneratedFile, GenerateResult, Progress, generate, generate_workbook

__all__ = [
    "GenerateResult",
    "GeneratedFile",
    "Identity",
    "Progress",
    "generate",
    "generate_workbook",
    "layout",
]
