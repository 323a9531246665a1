"""A reading list read as a learner reads it: sections, entries, and for each entry
its name, its own papers, who made it and when, and what it claims.

Owns: `document` (Markdown → sections and entries), `markdown` (tokens → runs),
`item` and `tables` (the raw parts of an entry), `entry` (one entry's reading),
`claims`, `attribution`, `acronyms`, `sentences`, `phrases`, `navigation`,
`keys` (entry keys), `urls`, `paper` (arXiv metadata) and `model`.
May import: the base modules of `srs` only. No cards here: see `srs.cards`.
"""
