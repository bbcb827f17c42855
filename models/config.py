"""Per-user settings (not per workspace): language, chosen data folder, font overrides."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from models.paths import config_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


@dataclass
class UserSettings:
    language: str = "zh_CN"
    data_dir: str = ""
    fonts: dict[str, str] = field(default_factory=dict)  # role → font file chosen by the user

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> UserSettings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings unreadable, using defaults: %s", exc)
            return cls()
        s = cls()
        if raw.get("language") in LANGUAGES:
            s.language = raw["language"]
        if isinstance(raw.get("data_dir"), str):
            s.data_dir = raw["data_dir"]
        if isinstance(raw.get("fonts"), dict):
            s.fonts = {str(k): str(v) for k, v in raw["fonts"].items()}
        return s

    def save(self) -> None:
        p = self.path()
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_suffix(".partial")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, p)
