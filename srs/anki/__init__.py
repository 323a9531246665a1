"""Anki: `.apkg` export with stable note types, GUIDs and deck ids, safe field HTML.

May import: the base modules, `srs.deck` and `srs.store`. Loaded only by the commands
that need it (genanki is imported here and nowhere else).
"""
