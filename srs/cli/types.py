"""Click parameter types the commands share."""

from __future__ import annotations

import math
from typing import Any

import click

__all__ = ["FiniteFloatRange"]


class FiniteFloatRange(click.FloatRange):
    """A float in a range, and finite: click's `FloatRange` lets `nan` through (every
    comparison with NaN is false) and, without a bound, the infinities too. Every float
    option uses this type (a test walks the commands to hold that)."""

    name = "finite float range"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return super().convert(number, param, ctx)
