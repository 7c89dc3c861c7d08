"""Generate the uppföljning workbook per unit and period, with e-mail drafts.

The layout contract with the reader is :mod:`vpt.generate.layout`; the identity a workbook
carries is :class:`vpt.generate.identity.Identity`.
"""

from vpt.generate import layout
from vpt.generate.identity import Identity
from vpt.generate.overwrite import OutputInspection, Protected, inspect_output
from vpt.generate.run import GeneratedFile, GenerateResult, Progress, generate, generate_workbook

__all__ = [
    "GenerateResult",
    "GeneratedFile",
    "Identity",
    "OutputInspection",
    "Progress",
    "Protected",
    "generate",
    "generate_workbook",
    "inspect_output",
    "layout",
]
