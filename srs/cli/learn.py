"""`srs optimize`, `plan`: FSRS's parameters fitted to the history, the coming days simulated."""

from __future__ import annotations

import click

from srs.cli.common import deck_option, echo_json, open_engine, say
from srs.cli.types import FiniteFloatRange

__all__ = ["optimize", "plan"]


@click.command()
@click.option(
    "--dry-run", is_flag=True, help="Fit and evaluate; adopt, reset or reschedule nothing."
)
@click.option(
    "--reschedule", is_flag=True, help="Then recompute every card's due date (the log stays)."
)
@click.option("--reset", is_flag=True, help="Go back to FSRS's default parameters.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def optimize(dry_run: bool, reschedule: bool, reset: bool, as_json: bool) -> None:
    """Fit FSRS's parameters to your review history; adopt them only if they predict
    it better (log loss and RMSE, on time-series splits)."""
    from srs.learn.optimize import require_fsrs_rs

    if reset:
        from srs.learn.optimize import reset as reset_parameters

        with open_engine() as engine:
            done = reset_parameters(engine, reschedule_cards=reschedule, dry_run=dry_run)
        if as_json:
            echo_json(done.to_json())
            return
        if not done.dry_run:
            say(
                "back to FSRS's default parameters"
                + (
                    f"; {done.rescheduled} cards rescheduled, {done.moved} due dates moved"
                    if reschedule
                    else ""
                )
            )
            return
        in_use = "fitted parameters are" if done.was_fitted else "FSRS's defaults are already"
        say(f"dry run: would go back to FSRS's default parameters ({in_use} in use)")
        if reschedule:
            say(
                f"dry run: {done.rescheduled} cards would be rescheduled, "
                f"{done.moved} due dates would move"
            )
        say("dry run: nothing written")
        return
    require_fsrs_rs("srs optimize")
    from srs.learn.optimize import optimize as run_optimize

    with open_engine() as engine:
        report = run_optimize(engine, dry_run=dry_run, reschedule_cards=reschedule)
    if as_json:
        echo_json(report.to_json())
        return
    say(f"history: {report.reviews} reviews, {report.items} training items")
    for note in report.health:
        say(f"health: {note}")
    if report.current is not None and report.fitted is not None:
        say(
            f"log loss {report.current.log_loss:.4f} (in use) vs {report.fitted.log_loss:.4f} "
            f"(fitted); RMSE(bins) {report.current.rmse_bins:.4f} vs "
            f"{report.fitted.rmse_bins:.4f} (time-series splits)"
        )
        better = (
            report.fitted.log_loss < report.current.log_loss
            and report.fitted.rmse_bins < report.current.rmse_bins
        )
        if report.adopted:
            say("adopted: the fitted parameters schedule your next card")
        elif better:
            say("better on both, not adopted (--dry-run)")
        else:
            say("not adopted: the parameters in use predict your history as well or better")
    if report.rescheduled and report.dry_run:
        say(
            f"dry run: {report.rescheduled} cards would be rescheduled under the fitted "
            f"parameters, {report.moved} due dates would move"
        )
    elif report.rescheduled:
        say(
            f"{report.rescheduled} cards rescheduled under the new parameters, "
            f"{report.moved} due dates moved"
        )
    say("parameters: " + ", ".join(f"{v:.4f}" for v in report.parameters))


@click.command()
@deck_option
@click.option("--retention", type=FiniteFloatRange(0.7, 0.99), help="Desired retention to plan.")
@click.option("--new-per-day", type=click.IntRange(0, 9999), help="New cards a day to plan.")
@click.option("--days", type=click.IntRange(1, 3650), default=30, show_default=True)
@click.option(
    "--entries-per-week",
    type=click.IntRange(0, 1000),
    help="Read this many unread entries a week, in list order: their new cards arrive "
    'as they are read (as with new_cards = "read").',
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def plan(
    slug: str | None,
    retention: float | None,
    new_per_day: int | None,
    days: int,
    entries_per_week: int | None,
    as_json: bool,
) -> None:
    """Simulate the coming days from your cards' memory states: reviews and minutes a
    day, at your retention and a few nearby, and the minimum recommended retention."""
    from srs.learn.workload import workload

    with open_engine(slug) as engine:
        result = workload(
            engine,
            retention=retention,
            new_per_day=new_per_day,
            days=days,
            entries_per_week=entries_per_week,
        )
    if as_json:
        echo_json(result.to_json())
        return
    mine = result.mine
    say(
        f"{result.deck}: {result.reviewed_cards} cards in review, {result.new_cards} new; "
        f"{result.new_per_day} new a day, {days} days"
    )
    pace = result.reading
    if pace is not None:
        say(
            f"reading {pace.entries_per_week} entries a week: {pace.ready} new cards of entries "
            f"read now, {pace.arriving} more from {pace.entries_read} of the "
            f"{pace.unread} unread entries read within {days} days"
        )
    say(f"at retention {result.retention:.2f}:")
    # "reviews" counts every card answered, first looks at new cards too, as the
    # summary's reviews/day and --json's reviews_per_day do
    say("  day  reviews  of them new  minutes")
    for number, day in enumerate(mine.days[: min(days, 14)]):
        say(f"  {number:>3}  {day.reviews + day.new:>7}  {day.new:>11}  {day.minutes:>7.1f}")
    if days > 14:
        say(f"  ... ({days - 14} more days; --json lists every day)")
    say("retention  reviews/day  minutes/day  remembered at the end")
    for p in result.plans:
        marker = " <- yours" if p is mine else ""
        say(
            f"  {p.retention:.2f}     {p.total_reviews / days:>9.1f}  "
            f"{p.total_minutes / days:>11.1f}  {p.memorized:>8.0f}{marker}"
        )
    recommended = result.minimum_recommended_retention
    if recommended is not None:
        say(f"minimum recommended retention: {recommended:.2f} (the most learned per minute)")
    elif result.optimizer_installed:
        say("minimum recommended retention: no card to simulate")
    else:
        say(
            "minimum recommended retention: pip install fsrs-rs-python (the optimize extra) "
            "to compute it"
        )
