"""Rule values with the article they come from, loaded from resources/standards/*.json.

Each entry: ``{"name": "…", "name_en": "…", "unit": "…", "value": ..., "source": "...", "note": "...", "note_zh": "…"}`` — the
rule as a person names it (in both languages), what kind of value it holds (``unit``: months, people, share, period,
list …, which also says how the value reads in words and which editor sets it), the value, and the article it comes
from. A branch or its committee may override a value; the override is recorded with its reason.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import resources


@dataclass(frozen=True)
class Standard:
    key: str
    value: Any
    source: str
    note: str = ""
    name: str = ""
    name_en: str = ""
    unit: str = ""
    group: str = ""  # the file it comes from (resources/standards/<group>.json): which books it belongs to
    note_zh: str = ""

    def explain(self) -> str:
        """The note on how the program applies the rule, in the interface's language."""
        from models.i18n import pick

        return pick(self.note_zh or self.note, self.note)

    def title(self) -> str:
        """The rule by its name, in the interface's language."""
        from models.i18n import pick

        return pick(self.name or self.key, self.name_en or self.name or self.key)


@cache
def load_standards() -> dict[str, Standard]:
    out: dict[str, Standard] = {}
    for f in sorted(resources.path("standards").glob("*.json")):
        for key, entry in json.loads(f.read_text(encoding="utf-8")).items():
            if key.startswith("_"):
                continue
            check_source(f"{f.name}: {key}", entry["source"])
            out[key] = Standard(key, entry["value"], entry["source"], entry.get("note", ""), entry.get("name", ""),
                                entry.get("name_en", ""), entry.get("unit", ""), f.stem, entry.get("note_zh", ""))
    return out


# a source a person reads names a regulation's article, or says 通行做法/本地规定; never a file of this program
_NOT_A_SOURCE = re.compile(r"DESIGN\.md|STYLE\.md|PERF\.md|README|\.py\b|\.json\b|条号未能|未能离线核对|could not be checked")


def check_source(where: str, source: str) -> None:
    """Refuse a source that cites a file of this repository or admits it was never checked."""
    m = _NOT_A_SOURCE.search(source)
    if m:
        raise ValueError(f"{where}: the source cites “{m.group()}”; cite the regulation's article or say 通行做法/本地规定")


def standard(key: str) -> Standard:
    return load_standards()[key]


# a unit in words (Chinese, English); also the suffix of the rule's editor
UNIT_WORDS = {"months": ("个月", " months"), "years": ("年", " years"), "days": ("天", " days"),
              "workdays": ("个工作日", " working days"), "people": ("人", " people"), "hours": ("学时", " hours"),
              "times": ("次", " times"), "age": ("周岁", " years old"), "items": ("项", " items"),
              "dayofmonth": ("日", "th")}
EVERY_WORDS = {"month": ("每月", "every month"), "quarter": ("每季度", "every quarter"), "year": ("每年", "every year")}
_FRACTIONS = {"1/2": ("半数", "half"), "1/3": ("三分之一", "a third"), "2/3": ("三分之二", "two thirds"),
              "1/4": ("四分之一", "a quarter")}


def _percent(share: float) -> str:
    return f"{share * 100:g}%"


def describe(st: Standard, value: Any = None) -> str:
    """A rule's value in words, as a secretary reads it: “每季度”, “超过半数”, “6个月”, “3至5人”, “优秀、合格…”."""
    from fractions import Fraction

    from models.i18n import pick

    v = st.value if value is None else value
    unit = st.unit
    if unit == "period" and isinstance(v, str):
        return pick(*EVERY_WORDS.get(v, (v, v)))
    if unit == "share" and isinstance(v, int | float):
        near = Fraction(v).limit_denominator(12)
        frac = str(near) if abs(float(near) - v) < 1e-3 else ""
        zh, en = _FRACTIONS.get(frac, (_percent(v), _percent(v)))
        return pick(f"超过{zh}", f"more than {en}")
    if unit == "fraction" and isinstance(v, str):
        return pick(*_FRACTIONS.get(v, (v, v)))
    if unit == "bool":
        return pick("是", "yes") if v else pick("否", "no")
    if unit == "dayofmonth" and isinstance(v, int):
        return pick(f"{v}日前", f"the {v}th")
    if unit == "rounding":
        return pick({"0.01": "分（四舍五入）", "0.1": "角（四舍五入）", "1": "元（四舍五入）"}.get(str(v), str(v)),
                    {"0.01": "fen (half up)", "0.1": "jiao (half up)", "1": "yuan (half up)"}.get(str(v), str(v)))
    if unit == "brackets" and isinstance(v, dict):
        parts = []
        for who, brackets in v.items():
            low = 0
            steps = []
            for upper, share in brackets:
                share_text = _percent(float(share))
                if upper is None:
                    steps.append(pick(f"{low}元以上{share_text}", f"over {low} yuan {share_text}"))
                else:
                    steps.append(pick(f"{low}–{upper}元{share_text}" if low else f"{upper}元以下{share_text}",
                                      f"{low}–{upper} yuan {share_text}" if low else f"up to {upper} yuan {share_text}"))
                    low = upper
            parts.append(f"{who}：" + "，".join(steps))
        return "；".join(parts)
    if unit == "flat" and isinstance(v, dict):
        return "；".join(pick(f"{who}{a}–{b}元" if a != b else f"{who}{a}元", f"{who} {a}–{b} yuan" if a != b else
                              f"{who} {a} yuan") for who, (a, b) in v.items())
    zh_unit, en_unit = UNIT_WORDS.get(unit, ("", ""))
    if isinstance(v, list) and v and all(isinstance(x, int) for x in v):
        if len(v) == 2:
            return pick(f"{v[0]}至{v[1]}{zh_unit}", f"{v[0]} to {v[1]}{en_unit}")
        return pick("、".join(map(str, v)) + zh_unit, ", ".join(map(str, v)) + en_unit)
    if isinstance(v, list):
        long = any("、" in str(x) or len(str(x)) > 12 for x in v)  # steps read as sentences, one after another
        return pick(("；" if long else "、").join(map(str, v)), "; ".join(map(str, v)) if long else ", ".join(map(str, v)))
    if isinstance(v, int | float):
        return pick(f"{v:g}{zh_unit}", f"{v:g}{en_unit}")
    return str(v)
