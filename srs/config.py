"""Settings from `$SRS_HOME/config.toml`, each with a default and a checked range.

Validated by hand rather than with pydantic: this module is on the review
path, where start-up time counts, and the rules are few.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Any

from srs.errors import BadInput

__all__ = ["Config", "LlmConfig", "load_config", "parse_duration"]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class LlmConfig:
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    concurrency: int = 4
    timeout: float = 60.0
    max_retries: int = 3


@dataclass(frozen=True)
class Config:
    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    fuzz: bool = True
    new_per_day: int = 20  # per deck
    #: "all": every entry's cards come as new cards, in list order; "read": only those of
    #: entries marked read or reading (`srs read --mark`), in the order they were marked
    new_cards: str = "all"
    reviews_per_day: int = 200  # per deck
    #: the limits of a session over every deck (`srs review --all`); None: the per-deck
    #: value, as an Anki parent deck on the same preset as its children
    total_new_per_day: int | None = None
    total_reviews_per_day: int | None = None
    #: where new cards go among the day's reviews, as Anki's "new/review order":
    #: "mix" (Anki's default), "after" or "before" the reviews
    new_mix: str = "mix"
    day_starts_at: str = "04:00"
    bury_siblings: bool = True
    learn_ahead_minutes: int = 20
    leech_threshold: int = 8  # lapses that make a leech (then every half of it again), as Anki
    leech_action: str = "tag"  # "tag" or "suspend"
    load_balance: bool = False  # the least-loaded day of the fuzz range, as Anki 24.11
    easy_days: tuple[str, ...] = ()  # weekdays ("sat", "sun") that get fewer reviews
    timezone: str | None = None
    llm: LlmConfig = field(default_factory=LlmConfig)

    @property
    def total_new(self) -> int:
        """The new-card limit of a session over every deck."""
        return self.new_per_day if self.total_new_per_day is None else self.total_new_per_day

    @property
    def total_reviews(self) -> int:
        """The review limit of a session over every deck."""
        if self.total_reviews_per_day is None:
            return self.reviews_per_day
        return self.total_reviews_per_day

    @property
    def day_start(self) -> tuple[int, int]:
        hour, minute = self.day_starts_at.split(":")
        return int(hour), int(minute)

    def tz(self) -> tzinfo:
        if self.timezone:
            from zoneinfo import ZoneInfo

            return ZoneInfo(self.timezone)
        from datetime import datetime

        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local


def parse_duration(value: str) -> timedelta:
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a duration like 1m, 10m, 1h or 1d")
    return timedelta(**{_UNITS[match.group(2)]: float(match.group(1))})


def load_config(path: Path) -> Config:
    """Read the config file at `path`, a data directory's `config.toml` (absent: all
    defaults). A bad value names its key and range."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"{path}: not valid TOML ({exc})") from None
    return _validate(path, raw)


def _validate(path: Path, raw: dict[str, Any]) -> Config:
    known = {f.name for f in fields(Config)}
    for key in raw:
        if key not in known:
            raise BadInput(f"{path}: {key}: unknown setting (known: {', '.join(sorted(known))})")
    values: dict[str, Any] = {}

    def bad(key: str, allowed: str) -> BadInput:
        return BadInput(f"{path}: {key} = {raw[key]!r}: must be {allowed}")

    def number(key: str, lo: float, hi: float, *, integer: bool) -> None:
        if key not in raw:
            return
        value = raw[key]
        ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok_type or not lo <= value <= hi:
            kind = "a whole number" if integer else "a number"
            raise bad(key, f"{kind} from {lo:g} to {hi:g}")
        values[key] = value

    def flag(key: str) -> None:
        if key in raw:
            if not isinstance(raw[key], bool):
                raise bad(key, "true or false")
            values[key] = raw[key]

    def steps(key: str) -> None:
        if key not in raw:
            return
        value = raw[key]
        allowed = 'a list of durations such as ["1m", "10m"] (each from 1s to 1d)'
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(key, allowed)
        try:
            parsed = tuple(parse_duration(v) for v in value)
        except (ValueError, OverflowError):  # `1000000000d` overflows timedelta
            raise bad(key, allowed) from None
        if any(not timedelta(seconds=1) <= d <= timedelta(days=1) for d in parsed):
            raise bad(key, allowed)
        values[key] = parsed

    number("desired_retention", 0.70, 0.99, integer=False)
    number("maximum_interval", 1, 36500, integer=True)
    number("new_per_day", 0, 9999, integer=True)
    number("reviews_per_day", 0, 99999, integer=True)
    number("total_new_per_day", 0, 9999, integer=True)
    number("total_reviews_per_day", 0, 99999, integer=True)
    number("learn_ahead_minutes", 0, 1440, integer=True)
    number("leech_threshold", 1, 999, integer=True)
    if "new_cards" in raw:
        if raw["new_cards"] not in ("all", "read"):
            raise bad("new_cards", '"all" or "read"')
        values["new_cards"] = raw["new_cards"]
    if "leech_action" in raw:
        if raw["leech_action"] not in ("tag", "suspend"):
            raise bad("leech_action", '"tag" or "suspend"')
        values["leech_action"] = raw["leech_action"]
    if "new_mix" in raw:
        if raw["new_mix"] not in ("mix", "after", "before"):
            raise bad("new_mix", '"mix", "after" or "before"')
        values["new_mix"] = raw["new_mix"]
    steps("learning_steps")
    steps("relearning_steps")
    flag("fuzz")
    flag("bury_siblings")
    flag("load_balance")
    if "easy_days" in raw:
        days = raw["easy_days"]
        names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        if not isinstance(days, list) or not all(
            isinstance(d, str) and d.lower()[:3] in names and len(d) >= 3 for d in days
        ):
            raise bad("easy_days", 'a list of weekdays such as ["sat", "sun"]')
        values["easy_days"] = tuple(sorted({d.lower()[:3] for d in days}, key=names.index))
    if "day_starts_at" in raw:
        if not isinstance(raw["day_starts_at"], str) or not _TIME.match(raw["day_starts_at"]):
            raise bad("day_starts_at", 'a time of day "HH:MM", from "00:00" to "23:59"')
        values["day_starts_at"] = raw["day_starts_at"]
    if "timezone" in raw:
        values["timezone"] = _timezone(path, raw["timezone"])
    if "llm" in raw:
        values["llm"] = _llm(path, raw["llm"])
    return Config(**values)


def _timezone(path: Path, value: Any) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        if not isinstance(value, str):
            raise ValueError
        ZoneInfo(value)
    except (ValueError, ZoneInfoNotFoundError):
        raise BadInput(
            f"{path}: timezone = {value!r}: must be an IANA zone name such as 'Europe/Paris'"
        ) from None
    return value


def http_url(value: Any) -> bool:
    """An http(s) URL that parses, with a host (`http://[::1` does not parse)."""
    from urllib.parse import urlsplit

    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return False
    return bool(parts.hostname)


def _llm(path: Path, raw: Any) -> LlmConfig:
    if not isinstance(raw, dict):
        raise BadInput(f"{path}: llm: must be a table ([llm])")
    known = {f.name for f in fields(LlmConfig)}
    for key in raw:
        if key not in known:
            raise BadInput(
                f"{path}: llm.{key}: unknown setting (known: {', '.join(sorted(known))})"
            )
    values: dict[str, Any] = {}
    if "model" in raw:
        if not isinstance(raw["model"], str) or not raw["model"].strip():
            raise BadInput(f"{path}: llm.model: must be a model name")
        values["model"] = raw["model"]
    if "base_url" in raw:
        if not http_url(raw["base_url"]):
            raise BadInput(
                f"{path}: llm.base_url = {raw['base_url']!r}: must be an http(s) URL with a host"
            )
        values["base_url"] = raw["base_url"]
    for key, lo, hi in (("concurrency", 1, 64), ("max_retries", 0, 10)):
        if key in raw:
            v = raw[key]
            if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
                raise BadInput(
                    f"{path}: llm.{key} = {v!r}: must be a whole number from {lo} to {hi}"
                )
            values[key] = v
    if "timeout" in raw:
        v = raw["timeout"]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 1 <= v <= 600:
            raise BadInput(f"{path}: llm.timeout = {v!r}: must be seconds from 1 to 600")
        values["timeout"] = float(v)
    return LlmConfig(**values)
