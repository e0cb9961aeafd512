"""One error hierarchy for the whole project.

Callers catch ``LaomoError``; the CLI maps ``InputError`` to exit code 2 and
everything else to 1.  Raise with ``from`` the underlying cause so tracebacks
keep the driver's own message.
"""

from __future__ import annotations


class LaomoError(Exception):
    """Base of every error this project raises on purpose."""


class InputError(LaomoError):
    """Bad input: a file, row or field the user can fix.

    ``where`` names the file (and row or field) so the message is actionable.
    """

    def __init__(
        self, message: str, *, file: str | None = None, field: str | None = None, row: int | None = None
    ) -> None:
        self.file, self.field, self.row = file, field, row
        parts = [p for p in (file, f"row {row}" if row is not None else None, f"field {field}" if field else None) if p]
        super().__init__(f"{': '.join(parts)}: {message}" if parts else message)


class StoreError(LaomoError):
    """A graph store refused or failed an operation."""


class ReadOnlyError(StoreError):
    """A write was attempted through a read-only path (the query console)."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was interrupted."""


class QueryStopped(StoreError):
    """A query was stopped on request (the console's Stop, a rerun, Ctrl-C) before it finished."""


class ConfigError(LaomoError):
    """Missing or contradictory configuration (environment variables, options)."""
