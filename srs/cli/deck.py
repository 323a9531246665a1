"""`srs build`, `cards`, `papers`, `decks`, `where`: a deck from its reading list, and what
is in the data directory."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from srs.cli.common import check_slug, data_home, deck_option, echo_json, open_engine, say
from srs.errors import BadInput, SrsError

if TYPE_CHECKING:
    from srs.build import Retiring
    from srs.llm.from_model import LlmReport

__all__ = ["build", "cards", "decks", "papers", "where"]


@click.command()
@click.argument("reading_list", required=False, type=click.Path(path_type=Path))
@click.option(
    "--deck",
    "slug",
    callback=check_slug,
    help="The deck to build, whatever slug the list gives (needed for a list from a pipe "
    "that names no title or slug).",
)
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@click.option(
    "--yes", "-y", is_flag=True, help="Retire more than half of the deck's cards without asking."
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@click.option(
    "--llm",
    "use_llm",
    is_flag=True,
    help="Ask a model (OpenAI-compatible server) for each entry's cards.",
)
@click.option("--limit", type=click.IntRange(min=0), help="With --llm: send at most N entries.")
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    help="With --llm: requests at once (default 4, or llm.concurrency).",
)
@click.option("--model", help="With --llm: the model name (default: llm.model in config).")
def build(
    reading_list: Path | None,
    slug: str | None,
    dry_run: bool,
    yes: bool,
    as_json: bool,
    quiet: bool,
    use_llm: bool,
    limit: int | None,
    concurrency: int | None,
    model: str | None,
) -> None:
    """Generate cards from READING_LIST (default: the current deck's list; `-`: standard
    input).

    Reports every card added, changed or removed. Card ids come from what an
    entry is about, so rewording or reordering the list keeps review history.
    A build that would retire more than half of a deck's cards asks first.
    """
    from srs.build import build_and_load

    home = data_home()
    llm = None
    if use_llm:  # the model's modules load only when asked for
        from srs.llm.from_model import llm_run

        llm = llm_run(home, model=model, concurrency=concurrency, limit=limit)
    elif limit is not None or concurrency is not None or model is not None:
        raise click.UsageError("--limit, --concurrency and --model go with --llm")
    report, parsed = build_and_load(
        reading_list,
        home=home,
        dry_run=dry_run,
        llm=llm,
        slug=slug,
        confirm_retire=None if yes else _confirm_retire,
    )
    for note in parsed.notes:
        say(f"srs: note: {note}", err=True)
    if as_json:
        echo_json(report.to_json())
        return
    if not quiet:
        for label, ids in (
            ("added", report.added),
            ("changed", report.changed),
            ("removed", report.removed),
        ):
            for card_id in ids:
                say(f"{label:<8} {card_id}")
        for card_id in report.unflagged:
            say(f"unflagged {card_id}: its text changed, its flag is cleared")
    if report.llm is not None:
        _echo_llm(report.llm, dry_run)
    verb = f"wrote {report.path}" if report.written else "dry run: nothing written"
    say(
        f"{report.deck}: {report.sections} sections, {report.entries} entries, "
        f"{report.cards} cards ({len(report.added)} added, {len(report.changed)} changed, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged, "
        f"{len(report.kept)} kept by hand); {verb}"
    )
    if report.unflagged:
        count = len(report.unflagged)
        cleared = "would be cleared" if dry_run else "cleared"
        say(
            f"{count} flagged card{'s' if count != 1 else ''} changed: "
            f"{'their flags' if count != 1 else 'its flag'} {cleared}"
        )
    if report.held_back:
        rules = Counter(rule for _, rule in report.held_back)
        listed = ", ".join(f"{rule} {count}" for rule, count in rules.most_common())
        count = len(report.held_back)
        say(
            f"{count} card{'s' if count != 1 else ''} held back by the quality gate ({listed}); "
            "see them with `srs cards --held-back`"
        )


def _confirm_retire(retiring: Retiring) -> None:
    """Ask before a build retires most of a deck (in a terminal), else refuse."""
    count, deck = len(retiring.retiring), retiring.deck
    what = f"deck {deck!r}: this build would retire {count} of its {retiring.cards} cards"
    if not sys.stdin.isatty():
        raise BadInput(
            f"{what} (a list meant for another deck?); see them with --dry-run, give the "
            "list its own deck with --deck SLUG, or go ahead with --yes; nothing written"
        )
    for card_id in retiring.retiring:
        say(f"retire   {card_id}", err=True)
    if not click.confirm(f"{what}. Retire them?", default=False, err=True):
        raise SrsError("nothing written")


def _echo_llm(llm: LlmReport, dry_run: bool) -> None:
    if dry_run:
        say(
            f"llm ({llm.model}): {llm.to_send} of {llm.entries} entries would be sent "
            f"({llm.cached} cached), about {llm.estimated_tokens:,} tokens"
        )
        return
    say(
        f"llm ({llm.model}): {llm.requests} requests, {llm.cached} entries from cache, "
        f"{llm.generated} cards, {len(llm.fallback)} entries fell back to templates"
    )
    for item in llm.fallback:
        say(f"fallback {item.entry}: {item.reason}")
    for flag in llm.flagged:
        say(f"check    {flag.card}: not in the entry: {', '.join(flag.unsupported)}")


@click.command()
@deck_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of cards.")
@click.option(
    "--held-back",
    is_flag=True,
    help="List the cards the quality gate held back, each with its rule, instead.",
)
@click.option(
    "--flagged",
    is_flag=True,
    help="List the cards flagged in the review app, each with its reason, instead.",
)
@click.option("--unflag", metavar="ID", help="Clear card ID's flag: it comes back to reviews.")
@click.option("--edited", is_flag=True, help="List only the generated cards you edited or locked.")
@click.option(
    "--unlock",
    metavar="ID",
    help="Give card ID back to the generator: the next build rewrites it (history kept).",
)
def cards(
    slug: str | None,
    as_json: bool,
    held_back: bool,
    flagged: bool,
    unflag: str | None,
    edited: bool,
    unlock: str | None,
) -> None:
    """List the deck's cards: id, kind, section, front and back."""
    from srs.deck.card_edit import edited_cards
    from srs.deck.deckfile import load_deck
    from srs.deck.decks import resolve_deck_path
    from srs.text import strip_markdown_escapes

    if sum((held_back, flagged, unflag is not None, edited, unlock is not None)) > 1:
        raise click.UsageError(
            "--held-back, --flagged, --unflag, --edited and --unlock go one at a time"
        )
    if unflag is not None:
        _unflag(slug, unflag, as_json)
        return
    if flagged:
        _flagged(slug, as_json)
        return
    path = resolve_deck_path(slug, data_home())
    if unlock is not None:
        if as_json:
            raise click.UsageError("--unlock goes alone (with --deck)")
        _unlock(path, unlock)
        return
    deck = load_deck(path)
    shown = (
        [(item.card, item.rule, item.reason) for item in deck.held_back]
        if held_back
        else [(card, "", "") for card in (edited_cards(deck) if edited else deck.cards)]
    )
    if as_json:
        echo_json(
            [
                {
                    **c.to_dict(),
                    "locked": c.locked,
                    **({"rule": rule, "reason": reason} if held_back else {}),
                }
                for c, rule, reason in shown
            ]
        )
        return
    if held_back and not shown:
        say(f"{deck.slug}: no card is held back by the quality gate")
    if edited and not shown:
        say(f"{deck.slug}: you have edited or locked no generated card")
    for card, rule, reason in shown:
        say(f"{card.id}  [{card.kind}] {card.section}")
        if held_back:
            say(f"  held back: {rule} ({reason})")
        say("  Q: " + strip_markdown_escapes(card.front).replace("\n", "\n     "))
        say("  A: " + strip_markdown_escapes(card.back).replace("\n", "\n     "))


def _flagged(slug: str | None, as_json: bool) -> None:
    from srs.store.flags import REASONS
    from srs.text import strip_markdown_escapes

    with open_engine(slug) as engine:
        found = engine.flagged_cards()
        deck = engine.deck
    if as_json:
        echo_json([card.to_json() for card in found])
        return
    if not found:
        say(f"{deck}: no card is flagged (f in the review app or browse flags one)")
    for card in found:
        retired = ", retired" if card.retired else ""
        say(f"{card.id}  [{card.kind}, {card.origin}{retired}] {card.section}")
        when = card.flagged_at.astimezone()
        say(f"  flagged: {REASONS.get(card.reason, card.reason)} ({when:%Y-%m-%d %H:%M})")
        say("  Q: " + strip_markdown_escapes(card.front).replace("\n", "\n     "))
        say("  A: " + strip_markdown_escapes(card.back).replace("\n", "\n     "))


def _unflag(slug: str | None, card_id: str, as_json: bool) -> None:
    with open_engine(slug) as engine:
        reason = engine.unflag(card_id)
    if as_json:
        echo_json({"id": card_id, "reason": reason})
    elif reason is None:
        say(f"{card_id} was not flagged")
    else:
        say(f"unflagged {card_id} (it was flagged {reason}); it comes back to reviews")


def _unlock(path: Path, card_id: str) -> None:
    from srs.deck.card_edit import unlock_card

    if unlock_card(path, card_id) is None:
        say(f"{card_id}: not locked or edited; the generator already keeps it")
    else:
        say(
            f"{card_id}: unlocked; the next `srs build` gives it the generator's wording "
            "(its id and history stay)"
        )


@click.command()
@deck_option
@click.option("--refresh", is_flag=True, help="Fetch every paper again, cached or not.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def papers(slug: str | None, refresh: bool, as_json: bool) -> None:
    """Fetch title, authors, date and abstract of every arXiv paper in the deck's list.

    One request per 100 papers, cached under $SRS_HOME/papers; `srs build` then
    makes paper cards from the cache (it never goes online itself).
    """
    from srs.build import deck_source
    from srs.deck.papers import list_papers
    from srs.reading.document import parse_file

    home = data_home()
    report = list_papers(parse_file(deck_source(home, slug)), refresh=refresh, home=home)
    if as_json:
        echo_json(report.to_json())
    else:
        for paper, _entry in report.papers:
            say(f"{paper.arxiv_id:<12} {paper.year}  {paper.byline[:24]:<24}  {paper.title}")
        for item in report.failed:
            say(f"{item['arxiv_id']:<12} failed: {item['reason']}")
        say(
            f"{len(report.papers)} papers: {report.fetched} fetched in {report.requests} "
            f"request(s), {report.cached} from the cache, {len(report.failed)} failed"
            + ("; run `srs build` to make their cards" if report.fetched else "")
        )
    if report.failed and not report.fetched and not report.cached:
        raise SrsError(f"no paper metadata could be fetched ({report.failed[0]['reason']})")


@click.group(invoke_without_command=True)
@click.option(
    "--use", "use", metavar="SLUG", callback=check_slug, help="Make SLUG the current deck."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.pass_context
def decks(ctx: click.Context, use: str | None, as_json: bool) -> None:
    """List the decks (the current one marked *) with their cards and reviews; rename or
    delete one."""
    if ctx.invoked_subcommand is not None:
        return
    from srs.deck.decks import use_deck
    from srs.store.deck_list import list_decks

    home = data_home()
    if use is not None:
        use_deck(use, home)
    found = list_decks(home)
    if as_json:
        echo_json([deck.to_json() for deck in found])
        return
    if not found:
        say("no decks yet: `srs build` makes one from the bundled list")
        return
    say(f"  {'slug':<32} {'cards':>6} {'new':>6} {'reviews':>8}  title")
    for deck in found:
        mark = "*" if deck.current else " "
        say(f"{mark} {deck.slug:<32} {deck.cards:>6} {deck.new:>6} {deck.reviews:>8}  {deck.title}")


def _check_slugs(*slugs: str) -> None:
    from srs.text import is_slug

    for slug in slugs:
        if not is_slug(slug):
            raise BadInput(f"{slug!r} is not a deck slug (letters, digits, - and _)")


@decks.command("rename")
@click.argument("old")
@click.argument("new")
def decks_rename(old: str, new: str) -> None:
    """Rename deck OLD to NEW: cards, history and the Anki deck stay; its list builds
    into NEW from now on."""
    from srs.deck.decks import resolve_deck_path
    from srs.store.deck_admin import rename_deck

    _check_slugs(old, new)
    resolve_deck_path(old, data_home())  # a deck file, or one line saying there is none
    with open_engine(old) as engine:
        backup = rename_deck(engine, new)
    say(f"renamed deck {old} to {new} (backup: {backup})")


@decks.command("delete")
@click.argument("slug")
@click.option("--yes", "-y", is_flag=True, help="Delete without asking.")
def decks_delete(slug: str, yes: bool) -> None:
    """Delete deck SLUG: its cards and their history (after a backup). With sync set
    up, its notes leave Anki, and your phone, at the next `srs sync`."""
    from srs.deck.decks import resolve_deck_path
    from srs.locations import Locations
    from srs.store.deck_list import list_decks

    _check_slugs(slug)
    home = data_home()
    resolve_deck_path(slug, home)
    summary = next((deck for deck in list_decks(home) if deck.slug == slug), None)
    synced = Locations(home).sync_login.exists()
    counts = f"{summary.cards} cards, {summary.reviews} reviews" if summary else "no cards"
    anki = (
        "; with sync set up, its notes are deleted from Anki and your other devices at the "
        "next `srs sync`"
        if synced
        else ""
    )
    if not yes:
        if not sys.stdin.isatty():
            raise BadInput(f"deck {slug!r} ({counts}): deleting it needs --yes; nothing deleted")
        if not click.confirm(
            f"delete deck {slug!r} ({counts}){anki}? A backup is taken first", err=True
        ):
            raise SrsError("nothing deleted")
    from srs.store.deck_admin import delete_deck

    with open_engine(slug) as engine:
        gone = delete_deck(engine)
    if synced:
        from srs.anki.deleted_decks import DeckToRemove, record_deleted
        from srs.anki.export import note_guid

        record_deleted(
            Locations(home).bridge,
            DeckToRemove(gone.anki_name, [note_guid(card_id) for card_id in gone.card_ids]),
        )
    say(
        f"deleted deck {slug}: {len(gone.card_ids)} cards, {gone.reviews} reviews "
        f"(backup: {gone.backup}"
        + (f", deck file: {gone.deck_file}" if gone.deck_file else "")
        + ")"
    )
    if synced:
        say(f"its {len(gone.card_ids)} notes leave Anki and your phone at the next `srs sync`")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def where(as_json: bool) -> None:
    """Where srs keeps its files: the data directory and what is in it."""
    from srs.store.data_dir import where_report

    info = where_report(data_home())
    if as_json:
        echo_json(info)
        return
    for key, value in info.items():
        say(f"{key.replace('_', ' '):<14} {value if value is not None else '-'}")
