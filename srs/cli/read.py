"""`srs read`: the reading list as a reading plan — the next entry to read, every entry's
status and memory, and marking entries read."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from srs.cli.common import data_home, deck_option, echo_json, open_engine, say
from srs.store.reading_status import STATUSES

if TYPE_CHECKING:
    from srs.learn.reading_plan import EntryState

__all__ = ["read"]


@click.command()
@deck_option
@click.option("--section", help="Only this section (a unique part of its name will do).")
@click.option("--list", "as_list", is_flag=True, help="Every entry with its status and memory.")
@click.option(
    "--mark",
    "status",
    type=click.Choice(STATUSES),
    help="Mark ENTRY (its number in --list, or its key) with this status.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.argument("entry", required=False)
def read(
    slug: str | None,
    section: str | None,
    as_list: bool,
    status: str | None,
    as_json: bool,
    entry: str | None,
) -> None:
    """The next entry to read, with its papers, links and cards; or mark ENTRY.

    `srs read --mark read 12` marks entry 12 read (`reading`, `skipped`, `known`
    and `unread` too); `srs read --list` shows every entry by section.
    """
    from srs.learn.reading_plan import mark_entry, reading_plan

    if (status is None) != (entry is None):
        raise click.UsageError("--mark STATUS and ENTRY go together: srs read --mark read 12")
    with open_engine(slug) as engine:
        if status is not None and entry is not None:
            before = mark_entry(engine, entry, status)
            if as_json:
                echo_json({"key": before.entry.key, "was": before.status, "status": status})
            else:
                say(f"{before.number}. {before.entry.title}: {before.status} -> {status}")
                if status == "known" and before.status != "known" and not before.learned:
                    say(
                        "  its gist card comes first, as a probe: recall it and its other "
                        "cards start as if answered Easy once; forget it and they come as "
                        "new cards"
                    )
            return
        plan = reading_plan(engine)
    shown = plan.in_section(section)
    if as_list:
        if as_json:
            echo_json({"deck": plan.deck, "entries": [state.to_json() for state in shown]})
            return
        _print_list(shown)
        return
    upcoming = plan.next_entry(section)
    reread = [state for state in plan.to_reread() if state in shown]
    if as_json:
        echo_json(
            {
                "deck": plan.deck,
                "next": None if upcoming is None else upcoming.to_json(),
                "reread": [state.to_json() for state in reread],
                "read": sum(state.status == "read" for state in shown),
                "entries": len(shown),
            }
        )
        return
    done = sum(state.status == "read" for state in shown)
    say(f"{plan.title} ({plan.deck}): {done} of {len(shown)} entries read")
    if upcoming is None:
        say("nothing left to read here: every entry is read, skipped or known")
    else:
        _print_entry(upcoming)
    for state in reread:
        say(
            f"re-read {state.number}. {state.entry.title}: {state.lapses} lapses in 30 days, "
            "several of its cards in the last week"
        )


def _print_entry(state: EntryState) -> None:
    from srs.deck.papers import paper_facts

    entry = state.entry
    say(f"next: {state.number}. {entry.title}  [{entry.section}]  ({state.status})")
    papers = paper_facts(data_home())
    for pid in entry.papers:
        paper = papers.get(pid)
        if paper is None:
            say(f"  paper arXiv:{pid} (`srs papers` fetches its title and abstract)")
            continue
        authors = ", ".join(paper.authors[:3]) + (" et al." if len(paper.authors) > 3 else "")
        say(f"  paper: {paper.title} ({paper.published[:4]}; {authors})")
        if paper.abstract:
            say("    " + paper.abstract[:600] + ("…" if len(paper.abstract) > 600 else ""))
    for link in entry.links:
        if link.url.startswith(("http://", "https://")):
            say(f"  link: {link.text or link.url} <{link.url}>")
    say(f"  cards: {state.cards}; mark it with `srs read --mark read {state.number}`")


def _print_list(shown: list[EntryState]) -> None:
    section = None
    for state in shown:
        if state.entry.section != section:
            section = state.entry.section
            say(section or "(no section)")
        memory = ""
        if state.learned:
            recall = "-" if state.retrievability is None else f"{state.retrievability:.0%}"
            memory = f"  {state.learned}/{state.cards} learned, recall {recall}"
            if state.lapses:
                memory += f", {state.lapses} lapses (30 d)"
        flag = "  re-read?" if state.reread else ""
        say(f"  {state.number:>3}. [{state.status:<7}] {state.entry.title}{memory}{flag}")
