"""Small text charts built as Rich Text (never markup): bars and a review heatmap."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text

__all__ = ["bar", "forecast_chart", "heatmap"]

_LEVELS = " ▁▂▃▄▅▆▇█"
_HEAT = ["grey23", "dark_green", "green4", "green3", "bright_green"]


def bar(share: float, width: int) -> Text:
    filled = round(max(0.0, min(1.0, share)) * width)
    text = Text("█" * filled, style="green")
    text.append("░" * (width - filled), style="grey35")
    return text


def forecast_chart(counts: list[int], height: int = 6) -> Text:
    """A vertical bar chart, one column per day, with a scale and a day axis."""
    peak = max(counts) if counts and max(counts) > 0 else 1
    text = Text()
    for row in range(height, 0, -1):
        label = f"{peak:>5} " if row == height else "      "
        text.append(label, style="dim")
        for count in counts:
            level = count / peak * height - (row - 1)
            index = max(0, min(8, round(level * 8)))
            text.append(_LEVELS[index] * 2, style="cyan")
        text.append("\n")
    text.append("      today", style="dim")
    text.append(" " * max(1, len(counts) * 2 - 14))
    text.append(f"+{len(counts) - 1}d", style="dim")
    return text


def heatmap(history: list[int], last_day: date) -> Text:
    """Reviews per day as a contribution graph: 7 rows (Mon–Sun), one column per week."""
    days = len(history)
    first = last_day - timedelta(days=days - 1)
    start = first - timedelta(days=first.weekday())  # the Monday of the first week
    weeks = ((last_day - start).days // 7) + 1
    by_day = {first + timedelta(days=i): n for i, n in enumerate(history)}
    peak = max(history) if history and max(history) > 0 else 1
    text = Text()
    for weekday, name in enumerate(("Mon", "", "Wed", "", "Fri", "", "Sun")):
        text.append(f"{name:<4}", style="dim")
        for week in range(weeks):
            day = start + timedelta(days=week * 7 + weekday)
            if day not in by_day:
                text.append("  ")
                continue
            count = by_day[day]
            level = 0 if count == 0 else 1 + min(3, int(count / peak * 3.999))
            text.append("■ ", style=_HEAT[level])
        text.append("\n")
    text.append("    less ", style="dim")
    for style in _HEAT:
        text.append("■ ", style=style)
    text.append("more", style="dim")
    return text
