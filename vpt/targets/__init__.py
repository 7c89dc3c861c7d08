"""Målvärden: read Swedish targets, normalise outcomes, assess them and roll goals up."""

from vpt.targets.assess import assess
from vpt.targets.bands import bands, change_target_value, parse_threshold
from vpt.targets.checks import target_findings
from vpt.targets.describe import (
    describe_reading,
    describe_target,
    indicator_reading,
    target_phrase,
)
from vpt.targets.normalise import normalise_outcome
from vpt.targets.parse import parse_baseline, parse_target, resolve_type, split_years
from vpt.targets.rollup import DEFAULT_RULE, parse_rollup_rule, rollup, rollup_goals
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
    "DEFAULT_RULE",
    "Assessment",
    "Bands",
    "Outcome",
    "Rollup",
    "RollupKind",
    "RollupRule",
    "Status",
    "Target",
    "TargetKind",
    "assess",
    "bands",
    "change_target_value",
    "describe_reading",
    "describe_target",
    "indicator_reading",
    "normalise_outcome",
    "parse_baseline",
    "parse_rollup_rule",
    "parse_target",
    "parse_threshold",
    "resolve_type",
    "rollup",
    "rollup_goals",
    "split_years",
    "target_findings",
    "target_phrase",
]
