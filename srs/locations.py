"""Where srs keeps its files: everything lives under one data directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Locations", "bundled_dir", "data_dir"]


def data_dir() -> Path:
    """`$SRS_HOME` if set, else the platform's user data dir. Created on demand."""
    env = os.environ.get("SRS_HOME")
    if env:
        path = Path(env).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("srs", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Locations:
    """Every path srs uses, from one data directory: the only place paths are spelled."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "srs.db"

    @property
    def lock(self) -> Path:
        return self.home / "srs.lock"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def decks(self) -> Path:
        return self.home / "decks"

    def deck(self, slug: str) -> Path:
        return self.decks / f"{slug}.yaml"

    @property
    def current_deck(self) -> Path:
        return self.home / "current-deck"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def config(self) -> Path:
        return self.home / "config.toml"

    @property
    def templates(self) -> Path:
        return self.home / "card_templates.yaml"

    @property
    def prompt(self) -> Path:
        return self.home / "prompts" / "cards.yaml"

    @property
    def papers_cache(self) -> Path:
        return self.home / "papers" / "arxiv.json"

    @property
    def llm_cache(self) -> Path:
        return self.home / "llm-cache"

    @property
    def sync_login(self) -> Path:
        """The sync server's session key (mode 0600; never the password)."""
        return self.home / "sync-login.json"

    @property
    def bridge(self) -> Path:
        """The local Anki collection `srs sync` keeps in step with srs and the server."""
        return self.home / "anki-bridge" / "collection.anki2"

    def to_json(self) -> dict[str, str]:
        return {
            "data_dir": str(self.home),
            "database": str(self.database),
            "decks": str(self.decks),
            "backups": str(self.backups),
            "exports": str(self.exports),
            "config": str(self.config),
            "templates": str(self.templates),
            "prompt": str(self.prompt),
            "papers_cache": str(self.papers_cache),
            "llm_cache": str(self.llm_cache),
            "sync_login": str(self.sync_login),
            "bridge": str(self.bridge),
        }


def bundled_dir(name: str) -> Path:
    """A folder shipped with srs (`decks` or `prompts`).

    In a wheel they live in `srs/_bundled/`; in a source checkout or an
    editable install they are the top-level folders of the repository.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "_bundled" / name, here.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} is missing from this install")
