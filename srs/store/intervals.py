"""Intervals as people read them."""

from __future__ import annotations

from datetime import timedelta

__all__ = ["format_interval"]


def format_interval(delta: timedelta) -> str:
    """`<1m`, `10m`, `3h`, `4d`, `2.5mo`, `1.2y`, like Anki's answer buttons."""
    seconds = delta.total_seconds()
    if seconds < 60:
        return "<1m"
    minutes = seconds / 60
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")
