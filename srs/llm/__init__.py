"""LLM card generation over any OpenAI-compatible server (the `llm` extra).

Nothing here imports `openai` at import time: only `client.make_client` does,
when `srs build --llm` actually runs.
"""
