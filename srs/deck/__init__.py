"""The reading list → cards pipeline: parse a Markdown list, cut entries into facts,
build cards from the editable templates (and arXiv metadata), keep the deck file.

Owns: `reading_list`, `parse`, `identity` (ids), `facts`, `kinds` (the registry of
card kinds), `templates`, `generate`, `cards`, `papers` and `arxiv_fetch`, `deckfile`
and its YAML writer, the current-deck pointer and the deck list.
May import: the base modules of `srs` (errors, locations, text, atomic, typed_yaml,
config, clock). Never `srs.store`, `srs.llm`, `srs.anki`, `srs.tui` or the CLI.
"""
