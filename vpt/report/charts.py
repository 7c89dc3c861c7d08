"""Charts as PNG images with Swedish alt texts, drawn with matplotlib's Agg backend (no display).

Each bar carries its number and the legend its symbol and word; the bars are also hatched, so
the chart reads in black and white and for the colour-blind. Figures are made without pyplot
(no global figure state, no display), so a report can be written from a worker thread.
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

import matplotlib as mpl
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import MaxNLocator

from vpt.report.status import ReportStatus
from vpt.targets.numbers import format_number

__all__ = ["status_chart", "trend_chart"]

_HATCH = {
    ReportStatus.MET: "",
    ReportStatus.PARTLY_MET: "//",
    ReportStatus.NOT_MET: "xx",
    ReportStatus.NOT_ASSESSED: "..",
    ReportStatus.MISSING: "oo",
}
_DPI = 150
_FONT: dict[str, Any] = {"font.family": "DejaVu Sans", "font.size": 8.5, "svg.fonttype": "none",
         "axes.spines.top": False, "axes.spines.right": False}  # fmt: skip


def _png(figure: MplFigure) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def _figure(height: float) -> MplFigure:
    return MplFigure(figsize=(6.3, height), dpi=_DPI, layout="constrained")


def status_chart(counts: pd.DataFrame, level: str) -> tuple[bytes, str]:
    """Stacked bars: units per status for each goal (rows of ``counts``); PNG and alt text."""
    statuses = [c for c in counts.columns if isinstance(c, ReportStatus)]
    titles = [textwrap.fill(str(t), 45) for t in counts["title"]]
    with mpl.rc_context(_FONT):  # type: ignore[arg-type]
        height = 1.2 + 0.55 * len(titles)
        figure = _figure(height)
        axes = figure.subplots()
        left = pd.Series(0.0, index=counts.index)
        for status in statuses:
            values = counts[status].astype(float)
            bars = axes.barh(titles, values, left=left, color=status.chart, edgecolor="#333333",
                             hatch=_HATCH[status], label=status.text, linewidth=0.6)  # fmt: skip
            labels = [str(int(v)) if v else "" for v in values]
            axes.bar_label(bars, labels=labels, label_type="center", fontsize=8,
                           bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                                 "alpha": 0.85})  # fmt: skip
            left = left + values
        axes.invert_yaxis()
        axes.set_xlabel("Antal enheter")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.5 / height * 2.2), ncol=3,
                    frameon=False)  # fmt: skip
        png = _png(figure)
    parts = []
    for (_, row), title in zip(counts.iterrows(), counts["title"], strict=True):
        shown = ", ".join(f"{int(row[s])} {s.label.lower()}" for s in statuses if row[s])
        parts.append(f"{title}: {shown or 'inga enheter'}")
    alt = (
        f"Liggande stapeldiagram över enheternas måluppfyllelse per {level.lower()}, "
        f"antal enheter per status. " + ". ".join(parts) + "."
    )
    return png, alt


def trend_chart(trend: pd.DataFrame, previous: str) -> tuple[bytes, str]:
    """Paired bars: median utfall in the previous and this summary per indicator; PNG and alt."""
    names = [textwrap.fill(str(n), 40) for n in trend["indicator"]]
    with mpl.rc_context(_FONT):  # type: ignore[arg-type]
        height = 1.0 + 0.36 * len(names)
        figure = _figure(height)
        axes = figure.subplots()
        positions = list(range(len(names)))
        before = [p - 0.2 for p in positions]
        now = [p + 0.2 for p in positions]
        old = axes.barh(before, trend["before"], height=0.4, color="#BBBBBB", hatch="..",
                        edgecolor="#333333", linewidth=0.6, label="Föregående")  # fmt: skip
        new = axes.barh(now, trend["outcome"], height=0.4, color="#0072B2",
                        edgecolor="#333333", linewidth=0.6, label="Nu")  # fmt: skip
        for bars, values in ((old, trend["before"]), (new, trend["outcome"])):
            axes.bar_label(bars, labels=[f"{format_number(float(v))} %" for v in values],
                           padding=2, fontsize=7.5)  # fmt: skip
        axes.set_yticks(positions, names)
        axes.invert_yaxis()
        axes.set_xlabel("Median av enheternas utfall, procent")
        axes.set_xlim(0, max(100.0, float(trend[["before", "outcome"]].max().max()) * 1.15))
        axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, frameon=False)
        png = _png(figure)
    parts = [
        f"{row['indicator']}: {format_number(float(row['before']))} % före, "
        f"{format_number(float(row['outcome']))} % nu"
        for _, row in trend.iterrows()
    ]
    alt = (
        f"Liggande stapeldiagram som jämför medianen av enheternas utfall i föregående "
        f"sammanställning ({previous}) med nu, per indikator i procent. " + ". ".join(parts) + "."
    )
    return png, alt
