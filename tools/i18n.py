"""Update the translation files from the source and compile them.

    python tools/i18n.py            # lupdate (keeps existing translations) + lrelease
    python tools/i18n.py --check    # exit 1 if a UI string has no finished translation

Source strings are English (``self.tr("...")``). ``branchdesk_zh_CN.ts`` holds the Chinese translations:
open it in Qt Linguist (``pyside6-linguist``) to translate new strings. ``branchdesk_en.ts`` maps each
string to itself, so both languages go through the same Linguist files.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else name


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").glob("*.py"))]


def lupdate(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-silent"],
                   cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    out = []
    for m in ET.parse(ts).getroot().iter("message"):
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished") or not (tr.text or "").strip():
            out.append(m.findtext("source") or "")
    return out


def translations(ts: Path) -> dict[str, str]:
    """Every finished translation in ``ts``, by its source text (whatever class it was in)."""
    out: dict[str, str] = {}
    for m in ET.parse(ts).getroot().iter("message"):
        tr = m.find("translation")
        if tr is not None and tr.get("type") is None and (tr.text or "").strip() and m.find("comment") is None:
            out.setdefault(m.findtext("source") or "", tr.text or "")
    return out


def carry_over(ts: Path, known: dict[str, str]) -> int:
    """Give a string that moved to another class (or file) the translation it had there; returns how many."""
    tree = ET.parse(ts)
    n = 0
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        source = m.findtext("source") or ""
        if tr is not None and tr.get("type") == "unfinished" and source in known and m.find("comment") is None:
            tr.text = known[source]
            tr.attrib.pop("type", None)
            n += 1
    if n:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return n


def fill_identity(ts: Path) -> None:
    tree = ET.parse(ts)
    for m in tree.getroot().iter("message"):
        tr = m.find("translation")
        assert tr is not None
        tr.text = m.findtext("source")
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def check() -> int:
    """Every UI string has a finished translation in every language."""
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts = Path(tmp) / f"branchdesk_{lang}.ts"
            shutil.copyfile(I18N / f"branchdesk_{lang}.ts", ts)
            known = translations(ts)
            lupdate(ts)
            carry_over(ts, known)
            missing = unfinished(ts)
            if missing:
                bad += 1
                print(f"{lang}: {len(missing)} untranslated: {missing[:10]}")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv:
        return check()
    for lang in LANGS:
        ts = I18N / f"branchdesk_{lang}.ts"
        known = translations(ts)
        lupdate(ts)
        carry_over(ts, known)
        if lang == "en":
            fill_identity(ts)
        lrelease(ts)
        left = unfinished(ts)
        if left:
            print(f"{lang}: {len(left)} strings still to translate (open {ts.name} in pyside6-linguist)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
