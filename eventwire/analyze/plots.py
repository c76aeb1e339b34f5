"""Charts for ``--plot FILE``: PNG or SVG by the file's suffix, drawn with matplotlib's Agg backend."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from eventwire.errors import UsageError

FORMATS = (".png", ".svg")


def _figure():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt, plt.subplots(figsize=(10, 4.5))


def _save(plt, fig, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        plt.close(fig)
        raise UsageError(f"--plot {path}: use a .png or .svg file name")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_timeline(rows: list[dict], path: str | Path, title: str = "events per period") -> Path:
    """Stacked bars of events per period, one colour per type."""
    plt, (fig, ax) = _figure()
    periods = sorted({str(r["period"]) for r in rows})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        counts[r["type"]][str(r["period"])] = r["events"]
    bottom = [0] * len(periods)
    for event_type in sorted(counts):
        values = [counts[event_type].get(p, 0) for p in periods]
        ax.bar(periods, values, bottom=bottom, label=event_type)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_title(title)
    ax.set_ylabel("canonical events")
    ax.tick_params(axis="x", rotation=60)
    if counts:
        ax.legend(fontsize="small", ncol=2)
    return _save(plt, fig, path)


def plot_tension(rows: list[dict], path: str | Path, title: str = "tension index") -> Path:
    """The smoothed index as a line over the daily raw values as bars."""
    plt, (fig, ax) = _figure()
    dates = [r["date"] for r in rows]
    ax.bar(dates, [r["raw"] for r in rows], color="#bbbbbb", label="daily weighted sum")
    ax.plot(dates, [r["score"] for r in rows], color="#b2182b", label="smoothed index")
    ax.axhline(0, color="black", linewidth=0.5)
    ax.set_title(title)
    ax.set_ylabel("tension (positive = hostile)")
    ax.legend(fontsize="small")
    fig.autofmt_xdate()
    return _save(plt, fig, path)


def plot_dyads(rows: list[dict], path: str | Path, title: str = "most active dyads") -> Path:
    """Horizontal bars of cooperation and conflict events per ordered pair."""
    plt, (fig, ax) = _figure()
    labels = [f"{r['source_code']}->{r['target_code']}" for r in rows][::-1]
    ax.barh(labels, [r["cooperation"] for r in rows][::-1], color="#2166ac", label="cooperation")
    ax.barh(labels, [r["conflict"] for r in rows][::-1], left=[r["cooperation"] for r in rows][::-1],
            color="#b2182b", label="conflict")
    ax.set_title(title)
    ax.set_xlabel("canonical events")
    ax.legend(fontsize="small")
    return _save(plt, fig, path)
