"""Målvärden: read Swedish targets, normalise outcomes, assess them and roll goals up."""

from vpt.targets.types import (
    Assessment,
    Bands,
    Outcome,
    Rollup,
    RollupKind,
    RollupRule,
    Status,
    Target,
    TargetKind,
)

__all__ = [
    "Assessment",
    "Bands",
    "Outcome",
    "Rollup",
    "RollupKind",
    "RollupRule",
    "Status",
    "Target",
    "TargetKind",
]
