"""Make the bundled fallback font: WenQuanYi Micro Hei cut down to GB 2312 + ASCII + CJK punctuation.

Developer tool, not shipped. Run once on a machine with Debian's ``fonts-wqy-microhei``:

    python tools/make_font_subset.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc

The subset keeps TrueType (glyf) outlines, which reportlab can embed. Licence: Apache-2.0
(see resources/fonts/LICENSE-WenQuanYi.txt); the file is a modified (subset) version.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection


def gb2312_codepoints() -> set[int]:
    cps: set[int] = set(range(0x20, 0x7F))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    cps.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    cps.update(range(0xFF00, 0xFFF0))  # full-width forms
    cps.update([0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x2116, 0x25A1, 0x2611, 0x2713])
    # characters common in names that GB 2312 lacks
    cps.update(ord(c) for c in "喆昇堃珺琇瑄玥琤镕赟淼鑫垚焱炜祎祐禕晔烨昕旻晟昀曌")
    return cps


def main(src: str) -> None:
    out = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "BranchDeskHei-GB2312.ttf"
    font = TTCollection(src).fonts[0]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=gb2312_codepoints())
    sub.subset(font)
    # a modified version gets its own name
    for rec in font["name"].names:
        if rec.nameID in (1, 3, 4, 6, 16):
            base = "BranchDeskHei" if rec.nameID != 6 else "BranchDeskHei-Regular"
            rec.string = base
    font.save(out)
    print(out, out.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
