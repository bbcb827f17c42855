"""Find the fonts a form prints with (docs/design.md §4).

Each role has a list of candidates, official fonts first: 方正小标宋 / 华文中宋 / 黑体 for titles, 仿宋 then
宋体 for prose, 宋体 for tables, 黑体 for headings (every Chinese Windows ships 宋体/黑体/仿宋/楷体 as TrueType). On
machines without them we take AR PL UMing/UKai or WenQuanYi, and finally the font bundled in resources/fonts, so a
form always prints. reportlab embeds TrueType (glyf) outlines only: a CFF font (Noto CJK) is skipped.
A person may pick a font file per role in the settings.

A character the chosen font lacks — a rare name character of CJK extension A or B (䶮, 𠮷) — is printed with the
first font of the fallback chain that has it (the other roles' fonts, then SimSun-ExtB on Windows, 花园明朝
HanaMinA/B where installed, AR PL, WenQuanYi, the bundled font); one no font has is collected in
``missing_characters()`` so the caller can say which, instead of a silent box.
"""
from __future__ import annotations

import logging
import os
import sys
import weakref
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import resources

log = logging.getLogger(__name__)

ROLES = ("title", "body", "table", "heading")
BUNDLED = "BranchDeskHei-GB2312.ttf"

# In this order, per role (GB/T 9704—2012 7.3.1: 标题 2号小标宋; 7.3.3: 正文 3号仿宋; tables 宋体 and headings 黑体 as the
# paper books have them). Where 小标宋 is missing a title takes 中宋, then 黑体, then 宋体; prose without 仿宋 takes
# 宋体 before 楷体 (楷体 reads as a second-level heading in a 公文); the free fonts of Linux come last.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "title": ("方正小标宋简体.ttf", "FZXBSJW.TTF", "FZXBSK.TTF", "方正小标宋_GBK.ttf", "STZHONGS.TTF", "simhei.ttf",
              "STHEITI.TTF", "simsun.ttc", "simsun.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc"),
    "body": ("仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf", "STFANGSO.TTF", "simsun.ttc", "simsun.ttf",
             "STSONG.TTF", "uming.ttc", "ukai.ttc", "wqy-microhei.ttc"),
    "table": ("simsun.ttc", "simsun.ttf", "STSONG.TTF", "uming.ttc", "wqy-microhei.ttc", "wqy-zenhei.ttc"),
    "heading": ("simhei.ttf", "STHEITI.TTF", "wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc"),
}
# what a person calls these files
FONT_NAMES = {
    "方正小标宋简体.ttf": "方正小标宋简体", "fzxbsjw.ttf": "方正小标宋简体", "fzxbsk.ttf": "方正小标宋", "方正小标宋_gbk.ttf": "方正小标宋",
    "stzhongs.ttf": "华文中宋", "simhei.ttf": "黑体", "stheiti.ttf": "华文黑体", "simsun.ttc": "宋体", "simsun.ttf": "宋体",
    "stsong.ttf": "华文宋体", "仿宋_gb2312.ttf": "仿宋_GB2312", "fangsong_gb2312.ttf": "仿宋_GB2312", "simfang.ttf": "仿宋",
    "stfangso.ttf": "华文仿宋", "simkai.ttf": "楷体", "uming.ttc": "AR PL UMing 明体", "ukai.ttc": "AR PL UKai 楷体",
    "wqy-microhei.ttc": "文泉驿微米黑", "wqy-zenhei.ttc": "文泉驿正黑", "simsunb.ttf": "宋体-ExtB", "simsun-extb.ttf": "宋体-ExtB",
    "hanamina.ttf": "花园明朝A", "hanaminb.ttf": "花园明朝B", BUNDLED.lower(): "程序自带黑体（GB2312 字符）",
}


def font_name(path: Path) -> str:
    """A font file as a person knows it: “仿宋 (simfang.ttf)”."""
    known = FONT_NAMES.get(path.name.lower())
    return f"{known}（{path.name}）" if known else path.name


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


# where a character the role's font lacks is looked for, in this order (after the other roles' fonts)
FALLBACKS = ("simsunb.ttf", "SimSun-ExtB.ttf", "HanaMinA.ttf", "HanaMinB.ttf", "simsun.ttc", "uming.ttc", "ukai.ttc",
             "wqy-microhei.ttc", "wqy-zenhei.ttc")
_MISSING: set[str] = set()
# one reportlab font object per font file: two objects of one face in a document would clash on its name
_BY_PATH: dict[Path, object] = {}


def missing_characters(clear: bool = True) -> list[str]:
    """Characters that no font could print since the last call (sorted), so a report can name them."""
    found = sorted(_MISSING)
    if clear:
        _MISSING.clear()
    return found


def fallback_paths(exclude: set[Path]) -> list[Path]:
    idx = _index()
    chain = [idx[c.lower()] for c in FALLBACKS if c.lower() in idx]
    chain.append(resources.path("fonts", BUNDLED))
    seen = set(exclude)
    out = []
    for path in chain:
        if path not in seen:
            seen.add(path)
            out.append(path)
    return out


def _utf16_hex(code: int) -> str:
    """A code point as the UTF-16 a ToUnicode CMap wants: one unit, or a surrogate pair beyond the BMP."""
    if code < 0x10000:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def _fix_to_unicode() -> None:
    """reportlab writes a character beyond the BMP (𠮷 U+20BB7) into the ToUnicode map as five hex digits, which
    readers take for another character: copy, search and the print check then see “₻”. Write surrogate pairs."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "surrogates", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: list[int]) -> str:
        text: str = original(fontname, subset)
        if all(v < 0x10000 for v in subset):
            return text
        for i, v in enumerate(subset):
            if v >= 0x10000:
                text = text.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{_utf16_hex(v)}>")
        return text

    make.surrogates = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


def chain_font_class() -> type:
    """``ChainFont``: a reportlab TrueType font that hands each character it lacks to the first font of its chain
    that has it (made on first use: reportlab is imported lazily)."""
    from itertools import groupby

    from reportlab.pdfbase.ttfonts import TTFont

    _fix_to_unicode()

    class ChainFont(TTFont):  # type: ignore[misc]
        def __init__(self, name: str, path: Path, chain: list[Path]):
            super().__init__(name, str(path), subfontIndex=0)
            self.chain_paths = chain
            self.chain: list[TTFont | None] = [None] * len(chain)  # loaded when first needed
            self.owners: dict[int, int] = {}  # code point → 0 (this font), i + 1 (chain[i]) or -1 (none)
            self.covered = self.face.charToGlyph
            self.plain_texts: dict[str, bool] = {}

        def _fallback(self, i: int) -> TTFont | None:
            path = self.chain_paths[i]
            if self.chain[i] is None and path is not None:
                shared = _BY_PATH.get(path)
                if shared is None:
                    try:
                        shared = _BY_PATH[path] = TTFont(f"BD-fallback-{len(_BY_PATH)}", str(path), subfontIndex=0)
                    except Exception as exc:  # noqa: BLE001  (CFF outlines, a damaged file: skip it)
                        log.info("fallback font %s not usable: %s", path.name, exc)
                        self.chain_paths[i] = None  # type: ignore[call-overload]
                        return None
                self.chain[i] = shared
            return self.chain[i]

        def owner(self, code: int) -> int:
            if code in self.covered or code < 0x20:
                return 0
            found = self.owners.get(code)
            if found is None:
                found = -1
                for i in range(len(self.chain)):
                    f = self._fallback(i)
                    if f is not None and code in f.face.charToGlyph:
                        found = i + 1
                        break
                self.owners[code] = found
            if found < 0:
                _MISSING.add(chr(code))
            return found

        def _font(self, owner: int) -> TTFont:
            f = self.chain[owner - 1] if owner > 0 else None
            return f if f is not None else self

        def _plain(self, text: str) -> bool:
            """Every character of ``text`` is this font's (a form repeats its labels and names: remembered)."""
            known = self.plain_texts.get(text)
            if known is None:
                c = self.covered
                known = all(ord(ch) in c or ord(ch) < 0x20 for ch in text)
                if len(self.plain_texts) < 100_000:
                    self.plain_texts[text] = known
            return known

        def _memo(self, doc: object) -> dict[object, Any]:
            """What this document's texts were encoded as: once a character has its code in a document's subset it
            keeps it, so a text (a label, a name, a date — forms repeat them page after page) is encoded once."""
            known = self.__dict__.get("_doc_memo")
            if known is None or known[0]() is not doc:
                known = self.__dict__["_doc_memo"] = (weakref.ref(doc), {})
            memo: dict[object, Any] = known[1]
            if len(memo) > 200_000:
                memo.clear()
            return memo

        def splitString(self, text: str, doc: object, encoding: str = "utf-8") -> list[tuple[object, bytes]]:  # noqa: N802
            if isinstance(text, bytes):
                text = text.decode(encoding)
            memo = self._memo(doc)
            found = memo.get(text)
            if found is None:
                found = memo[text] = self._split(text, doc)
            return found

        def _split(self, text: str, doc: object) -> list[tuple[object, bytes]]:
            if self._plain(text):
                return TTFont.splitString(self, text, doc)  # type: ignore[no-any-return]
            out: list[tuple[object, bytes]] = []
            for owner, chars in groupby(text, key=lambda ch: self.owner(ord(ch))):
                run = "".join(chars)
                font = self._font(owner)
                for subset, t in TTFont.splitString(font, run, doc):
                    out.append(((owner, subset) if font is not self else subset, t))
            return out

        def getSubsetInternalName(self, subset: object, doc: object) -> str:  # noqa: N802
            memo = self._memo(doc)
            key = ("subset", subset)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._subset_name(subset, doc)
            return found

        def _subset_name(self, subset: object, doc: object) -> str:
            if isinstance(subset, tuple):
                return self._font(subset[0]).getSubsetInternalName(subset[1], doc)  # type: ignore[no-any-return]
            return TTFont.getSubsetInternalName(self, subset, doc)  # type: ignore[no-any-return]

        def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
            if isinstance(text, bytes):
                text = text.decode(encoding)
            if self._plain(text):
                return TTFont.stringWidth(self, text, size, encoding)  # type: ignore[no-any-return]
            return float(sum(TTFont.stringWidth(self._font(owner), "".join(chars), size, encoding)
                             for owner, chars in groupby(text, key=lambda ch: self.owner(ord(ch)))))

    return ChainFont


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

    chain_font = chain_font_class()
    picked = [choose(role, overrides) for role in ROLES]
    role_paths = list(dict.fromkeys(c.path for c in picked))
    choices = []
    by_path: dict[Path, str] = {}
    suffix = f"-{len(_registered)}" if _registered else ""
    for c in picked:
        if c.path in by_path:  # one font file serves several roles: register it once
            name = by_path[c.path]
        else:
            name = f"BD-{c.role}{suffix}"
            others = [p for p in role_paths if p != c.path]
            font = chain_font(name, c.path, [*others, *fallback_paths({c.path, *others})])
            pdfmetrics.registerFont(font)
            _BY_PATH.setdefault(c.path, font)
            by_path[c.path] = name
        choices.append(FontChoice(c.role, name, c.path, c.bundled))
    names = {c.role: c.name for c in choices}
    fs = FontSet(names["title"], names["body"], names["table"], names["heading"], tuple(choices))
    _registered[key] = fs
    return fs
