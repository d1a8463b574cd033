"""Errors the engine raises; all are ValueError subclasses with a one-line message."""


class ChronoError(ValueError):
    """Base class of every input error chrono reports."""


class UnsupportedLanguage(ChronoError):
    """A language code with no data module."""


class InvalidReference(ChronoError):
    """A reference date that cannot be parsed."""


class InvalidText(ChronoError):
    """Text that is not valid UTF-8 or exceeds the size limit."""
