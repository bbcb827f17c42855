"""Rule values with the article they come from, loaded from resources/standards/*.json.

Each entry: ``{"value": ..., "source": "...", "note": "..."}``. A branch or its committee may
override a value; the override is recorded (issue 3 adds the overrides table and UI).
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


@cache
def load_standards() -> dict[str, Standard]:
    out: dict[str, Standard] = {}
    for f in sorted(resources.path("standards").glob("*.json")):
        for key, entry in json.loads(f.read_text(encoding="utf-8")).items():
            if key.startswith("_"):
                continue
            check_source(f"{f.name}: {key}", entry["source"])
            out[key] = Standard(key, entry["value"], entry["source"], entry.get("note", ""))
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
