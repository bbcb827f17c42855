"""Messages of the domain layer in the UI language, without Qt.

The Qt interface translates its own strings through Qt Linguist (resources/i18n). Messages that the
domain produces (validation, refused input) are shown both in the window and on the command line, so
they live here as pairs: Chinese first, English second.
"""
from __future__ import annotations

_LANG = "zh_CN"


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "en" if lang.startswith("en") else "zh_CN"


def language() -> str:
    return _LANG


def pick(zh: str, en: str) -> str:
    """The text in the current language."""
    return en if _LANG == "en" else zh
