"""Cards from a reading: the kinds of card and their builders, the editable templates,
the quality gate every card passes, and the card itself.

Owns: `card` (the flashcard), `ids`, `context` (what builders share), `kinds` (the
registry) with one module per kind family (`about`: gist and reverse, `cloze`,
`paper_cards`, `acronym`, `introduced`, `attribution`), `wording`, `templates` and
their YAML, `gate` (the named rules) and `generate`.
May import: `srs.reading` and the base modules. Never `srs.deck` or anything above.
"""
