"""Rule values with the article they come from, loaded from resources/standards/*.json.

Each entry: ``{"value": ..., "source": "...", "note": "..."}``. A branch or its committee may
override a value; the override is recorded (issue 3 adds the overrides table and UI).
"""
from __future__ import annotations

import json
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
            out[key] = Standard(key, entry["value"], entry["source"], entry.get("note", ""))
    return out


def standard(key: str) -> Standard:
    return load_standards()[key]
