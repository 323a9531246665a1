"""The prompt file: a versioned system and user template with placeholders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Template

from pydantic import BaseModel, ConfigDict, field_validator

from srs.cards.gate import RULES
from srs.llm.roles import Role
from srs.locations import Locations, bundled_dir
from srs.reading.model import Entry
from srs.reading.paper import Paper
from srs.typed_yaml import check_placeholders, load_model

__all__ = ["PLACEHOLDERS", "Prompt", "load_prompt", "prompt_path"]

PLACEHOLDERS = {
    "deck",
    "section",
    "title",
    "description",
    "links",
    "papers",
    "concepts",
    "max_cards",
    "slots",
    "abstracts",
    "reading",
    "rules",
}


class _PromptFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    system: str
    user: str

    @field_validator("system", "user")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value


@dataclass(frozen=True)
class Prompt:
    version: int
    system: str
    user: str
    path: Path

    def messages(
        self,
        *,
        deck: str,
        section: str,
        entry: Entry,
        roles: list[Role],
        papers: Mapping[str, Paper],
        max_cards: int = 4,
    ) -> list[dict[str, str]]:
        abstracts = [
            f"arXiv:{pid} “{paper.title}” ({paper.year}, {paper.byline}): {paper.abstract}"
            for pid in [*entry.papers, *entry.related]
            if (paper := papers.get(pid)) is not None
        ]
        values = {
            "reading": reading(entry, papers),
            "rules": "\n".join(f"  - {rule.name}: {rule.what}" for rule in RULES).strip(),
            "deck": deck,
            "section": section,
            "title": entry.title,
            "description": entry.description,
            "links": "; ".join(f"{link.text} <{link.url}>" for link in entry.links) or "none",
            "papers": ", ".join(entry.papers) or "none",
            "concepts": ", ".join(entry.concepts) or "none",
            "max_cards": str(max_cards),
            "slots": "\n".join(f"- {role.describe()}" for role in roles),
            "abstracts": "\n".join(abstracts) or "none",
        }
        return [
            {"role": "system", "content": Template(self.system).safe_substitute(values)},
            {"role": "user", "content": Template(self.user).safe_substitute(values)},
        ]


def reading(entry: Entry, papers: Mapping[str, Paper]) -> str:
    """The entry as srs read it, for the prompt: its name, its own papers, who made it and
    when, its claims and its pointers."""
    lines = [f"Name: {entry.name or '(a topic: it names no single thing)'}"]
    for pid, name in entry.paper_names().items():
        paper = papers.get(pid)
        title = paper.title if paper else entry.paper_titles.get(pid, "")
        cited = f" ({paper.byline}, {paper.year})" if paper else ""
        lines.append(f"Own paper: {name} = arXiv:{pid}" + (f" “{title}”{cited}" if title else ""))
    att = entry.attribution
    who = ", ".join(
        part
        for part in (att.authors, att.lab, att.venue, str(att.year) if att.year else "")
        if part
    )
    if who:
        lines.append(f"Made by / when: {who}")
    for short, long in entry.acronyms.items():
        lines.append(f"Acronym: {short} = {long}")
    for claim in entry.claims:
        terms = f" [key terms: {', '.join(claim.terms)}]" if claim.terms else ""
        lines.append(f"Claim ({claim.kind}): {claim.sentence or claim.text}{terms}")
    if entry.see_also:
        lines.append(f"See also (not this entry's own): {', '.join(entry.see_also)}")
    return "\n".join(lines)


def prompt_path(home: Path) -> Path:
    """The user's prompt in data directory `home` if there is one, else the bundled one."""
    user = Locations(home).prompt
    return user if user.exists() else bundled_dir("prompts") / "cards.yaml"


def load_prompt(path: Path) -> Prompt:
    parsed = load_model(path, _PromptFile, "the prompt")
    for name in ("system", "user"):
        check_placeholders(path, name, getattr(parsed, name), PLACEHOLDERS)
    return Prompt(version=parsed.version, system=parsed.system, user=parsed.user, path=path)
