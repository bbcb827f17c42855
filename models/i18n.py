"""Messages of the domain layer in the UI language, without Qt.

The Qt interface translates its own strings through Qt Linguist (resources/i18n). Messages that the
domain produces (validation, refused input) are shown both in the window and on the command line, so
they live here as pairs: Chinese first, English second.
"""
from __future__ import annotations

from collections.abc import Iterable

_LANG = "zh_CN"


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "en" if lang.startswith("en") else "zh_CN"


def language() -> str:
    return _LANG


def pick(zh: str, en: str) -> str:
    """The text in the current language."""
    return en if _LANG == "en" else zh


def listing(items: Iterable[str]) -> str:
    """Names or short items in running text: 王欣怡、赵梓萱 / 王欣怡, 赵梓萱."""
    return pick("、", ", ").join(items)


def clauses(items: Iterable[str]) -> str:
    """Longer items in running text, each with its own details: …；… / …; …"""
    return pick("；", "; ").join(items)


def aside(text: object) -> str:
    """A remark after a word, in brackets: 林国庆（7个月） / 林国庆 (7 months)."""
    return pick(f"（{text}）", f" ({text})")
