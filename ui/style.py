"""The window's few looks, named once: page titles, hints, the message line, and the colours that mean something
(red: refused or overdue; amber: a warning; green: done; grey: left, deleted or not applicable)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

RED = "#c0392b"
DARK_RED = "#b00000"
AMBER = "#b9770e"
GREEN = "#1e7e34"
BLUE = "#1a5fb4"
GREY = "#888888"
MUTED = "#666666"
TEXT = "#333333"
# backgrounds of the same meanings (a cell, a row, a banner), and the neutral ones
RED_BG = "#fdecea"
AMBER_BG = "#fff4d6"
AMBER_BORDER = "#e0c36a"
GREEN_BG = "#e8f5e9"
BLUE_BG = "#e3f2fd"
PLAIN_BG = "#ffffff"
NEUTRAL_BG = "#f3f3f3"

TITLE = "font-size: 16pt; font-weight: bold;"


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setStyleSheet(TITLE)
    return lab


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setStyleSheet(f"color: {MUTED};")
    lab.setWordWrap(True)
    return lab


class MessageLine(QLabel):
    """One line under the action bar that says what just happened (green) or why not (red)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.say("")

    def say(self, text: str, error: bool = False) -> None:
        self.setStyleSheet(f"color: {RED if error else GREEN};")
        self.setText(text)
        self.setVisible(bool(text))  # no empty line while there is nothing to say
