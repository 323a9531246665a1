"""srs: spaced-repetition flashcards for a reading list."""

__version__ = "0.1.0"
