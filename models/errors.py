"""Errors a person can act on, as opposed to bugs.

``UserError`` and its subclasses carry a message in the UI language that names the field, row or file;
the command line prints it and exits 1, the window shows it in a dialog. Anything else is a bug.
"""
from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Refused input: the message says what is wrong and where."""


class NewerDatabaseError(UserError):
    """The workspace was written by a newer Branch Desk."""


@dataclass(frozen=True)
class Finding:
    """What a rule found: whether it holds, in words already in the UI language, with its source (the article);
    ``field`` names the field of a record it refuses, ``applies`` is False where the rule does not apply."""

    key: str
    ok: bool
    message: str
    source: str = ""
    field: str = ""
    applies: bool = True


class FieldIssue(Finding):
    """A refusal of one field of a record: a Finding that does not hold, keyed by the field."""

    def __init__(self, field: str, message: str, source: str = ""):
        super().__init__(field, False, message, source, field)


class ValidationError(UserError):
    """A record was refused; ``issues`` name each field that is wrong."""

    def __init__(self, issues: list[FieldIssue]):
        self.issues = issues
        super().__init__("；".join(i.message for i in issues))


class DiskFullError(UserError):
    """The disk (or the quota) is full: nothing was written; free space and try again."""


class ReadOnlyError(UserError):
    """The folder cannot be written (read-only medium, write protection, permissions)."""


class WorkspaceBusyError(UserError):
    """Another Branch Desk (window or command) is using this workspace."""


class WorkspaceMissingError(UserError):
    """The workspace this computer knew is gone or empty: never silently replaced by a new branch.
    ``newest_backup`` is the newest intact backup in the folder, if any."""

    def __init__(self, message: str, newest_backup: object = None):
        super().__init__(message)
        self.newest_backup = newest_backup


class DamagedDataError(UserError):
    """A stored value cannot be read (changed or damaged outside the program); the message names the record."""
