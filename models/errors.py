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
