"""One error hierarchy for crosswire: every message says what was wrong, where, and what to do."""

from __future__ import annotations


class CrosswireError(Exception):
    """Base of every error crosswire raises on purpose."""

    def __init__(self, what: str, where: str | None = None, fix: str | None = None):
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The full message: where, what, and what to do."""
        return self.message_at(None)

    def message_at(self, shown: str | None) -> str:
        """The message for a line that already names `shown` as the place: `where` only when it says more."""
        parts = [f"{self.where}: {self.what}" if self.where and self.where != shown else self.what]
        if self.fix:
            parts.append(f"({self.fix})")
        return " ".join(parts)


class InputError(CrosswireError):
    """An input item (file, line, field) cannot be read as an article."""


class NotEnglishError(InputError):
    """The text is not English, so the English pipeline would produce nonsense."""


class ConfigError(CrosswireError):
    """An option or argument given by the user is invalid."""


class StoreError(CrosswireError):
    """The database cannot be opened, migrated, or queried."""


class ModelError(CrosswireError):
    """The pinned spaCy model or a knowledge file cannot be loaded."""
