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
class FieldIssue:
    """One problem with one field of a record, with its message already in the UI language."""

    field: str
    message: str


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
