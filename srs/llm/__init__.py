"""LLM card generation over any OpenAI-compatible server (the `llm` extra).

Nothing here imports `openai` at import time: only `client.make_client` does,
when `srs build --llm` actually runs.

May import: the base modules of `srs` and `srs.deck` (entries, cards, kinds, papers).
Never `srs.store`, `srs.anki`, `srs.tui` or the CLI.
"""
