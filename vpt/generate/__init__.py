"""Generate the uppföljning workbook per unit and period, with e-mail drafts.

The layout contract with the reader is :mod:`vpt.generate.layout`.
"""

from vpt.generate import layout

__all__ = ["layout"]
