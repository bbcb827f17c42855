"""Find the fonts a form prints with (docs/design.md §4).

Each role has a list of candidates, official fonts first: 方正小标宋 / 华文中宋 for titles, 仿宋 for prose,
宋体 for tables, 黑体 for headings (Windows ships 宋体/黑体/仿宋/楷体 as TrueType). On machines without
them we take AR PL UMing/UKai or WenQuanYi, and finally the font bundled in resources/fonts, so a
form always prints. reportlab embeds TrueType (glyf) outlines only: a CFF font (Noto CJK) is skipped.
A person may pick a font file per role in the settings.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import resources

log = logging.getLogger(__name__)

ROLES = ("title", "body", "table", "heading")
BUNDLED = "BranchDeskHei-GB2312.ttf"

CANDIDATES: dict[str, tuple[str, ...]] = {
    "title": ("方正小标宋简体.ttf", "FZXBSJW.TTF", "FZXBSK.TTF", "STZHONGS.TTF", "simsun.ttc", "simsun.ttf",
              "uming.ttc", "wqy-zenhei.ttc", "wqy-microhei.ttc"),
    "body": ("仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf", "STFANGSO.TTF", "ukai.ttc", "uming.ttc",
             "wqy-microhei.ttc"),
    "table": ("simsun.ttc", "simsun.ttf", "STSONG.TTF", "uming.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc"),
    "heading": ("simhei.ttf", "STHEITI.TTF", "wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc"),
}


def font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs += [Path(windir) / "Fonts", Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
                 Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


@cache
def _index() -> dict[str, Path]:
    """Lower-case file name → path, for every font file under the font folders."""
    found: dict[str, Path] = {}
    for d in font_dirs():
        for root, _dirs, files in os.walk(d):
            for f in files:
                if f.lower().endswith((".ttf", ".ttc", ".otf")):
                    found.setdefault(f.lower(), Path(root) / f)
    return found


@dataclass(frozen=True)
class FontChoice:
    role: str
    name: str  # the name registered with reportlab
    path: Path
    bundled: bool


def _loadable(path: Path) -> bool:
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        TTFont("probe", str(path), subfontIndex=0)
        return True
    except Exception as exc:  # CFF outlines, damaged files
        log.info("font %s not usable: %s", path.name, exc)
        return False


def choose(role: str, overrides: dict[str, str] | None = None) -> FontChoice:
    chosen = (overrides or {}).get(role)
    if chosen and Path(chosen).is_file() and _loadable(Path(chosen)):
        return FontChoice(role, f"BD-{role}", Path(chosen), False)
    idx = _index()
    for cand in CANDIDATES[role]:
        p = idx.get(cand.lower())
        if p and _loadable(p):
            return FontChoice(role, f"BD-{role}", p, False)
    return FontChoice(role, f"BD-{role}", resources.path("fonts", BUNDLED), True)


@dataclass(frozen=True)
class FontSet:
    title: str
    body: str
    table: str
    heading: str
    choices: tuple[FontChoice, ...]


_registered: dict[tuple[tuple[str, str], ...], FontSet] = {}


def fonts(overrides: dict[str, str] | None = None) -> FontSet:
    """Register the chosen fonts with reportlab (once per process and choice) and return their names."""
    key = tuple(sorted((overrides or {}).items()))
    if key in _registered:
        return _registered[key]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    choices = []
    by_path: dict[Path, str] = {}
    suffix = f"-{len(_registered)}" if _registered else ""
    for role in ROLES:
        c = choose(role, overrides)
        if c.path in by_path:  # one font file serves several roles: register it once
            name = by_path[c.path]
        else:
            name = f"BD-{role}{suffix}"
            pdfmetrics.registerFont(TTFont(name, str(c.path), subfontIndex=0))
            by_path[c.path] = name
        choices.append(FontChoice(role, name, c.path, c.bundled))
    names = {c.role: c.name for c in choices}
    fs = FontSet(names["title"], names["body"], names["table"], names["heading"], tuple(choices))
    _registered[key] = fs
    return fs
