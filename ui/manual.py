"""帮助 → 用户手册: the README's part for secretaries, shown in the program (offline), with its screenshots. One text
serves both: what the README says is what the manual says. In English the manual is docs/manual.en.md, the same
text in English with the English window's screenshots."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from models.i18n import language

USER_PART = "## 给支部书记"  # where the manual starts in README.md …
DEVELOPER_PART = "## For developers"  # … and where it ends
ENGLISH = "docs/manual.en.md"


def manual_folder() -> Path:
    """Where README.md and docs/screenshots are: beside the program when frozen (build.spec copies them), else
    the checkout."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def manual_markdown(readme: Path | None = None, lang: str | None = None) -> str:
    """The manual in ``lang`` (the interface's language by default): the README's part for secretaries, or its
    English text."""
    if (lang or language()) == "en":
        english = (readme.parent if readme else manual_folder()) / ENGLISH
        if english.exists():
            return english.read_text(encoding="utf-8").strip() + "\n"
    text = (readme or manual_folder() / "README.md").read_text(encoding="utf-8")
    start = text.find(USER_PART)
    end = text.find(DEVELOPER_PART)
    return text[start if start >= 0 else 0:end if end > start else len(text)].strip() + "\n"


def fit_images(doc: QTextDocument, width: int) -> None:
    """Screenshots at most ``width`` pixels wide (their height follows), so the manual reads without scrolling
    sideways."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            if frag.isValid() and fmt.isImageFormat():
                image = fmt.toImageFormat()
                image.setWidth(width)
                cur = QTextCursor(doc)
                cur.setPosition(frag.position())
                cur.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                cur.setCharFormat(image)
            it += 1
        block = block.next()


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User manual"))
        self.resize(980, 760)
        lay = QVBoxLayout(self)
        folder = manual_folder()
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)  # offline: nothing opens a browser
        self.view.setSearchPaths([str(folder)])
        try:
            self.view.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
            self.view.setMarkdown(manual_markdown(folder / "README.md"))
            fit_images(self.view.document(), 860)
        except OSError:
            self.view.setPlainText(self.tr("The manual (README.md) is missing from this installation."))
        lay.addWidget(self.view)
        self.note = QLabel(self.tr("The manual is written in Chinese."))  # only where the English text is missing
        self.note.setVisible(language() != "zh_CN" and not (folder / ENGLISH).exists())
        lay.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
