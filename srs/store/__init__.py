"""Storage and scheduling: the SQLite database and its migrations and backups, deck
load, the review engine (queue, rating, undo, bury, suspend), FSRS set-up, stats.

May import: the base modules of `srs` and `srs.deck` (cards, deck files, kinds).
Never `srs.llm`, `srs.anki`, `srs.tui` or the CLI. Nothing here imports openai,
genanki or anki: this is the review path.
"""
