"""Per-user settings (not per workspace): language, chosen data folder, font overrides."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from models.files import replacing
from models.paths import config_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
# body text in points at 100 % display scaling: 标准 10.5 pt (五号, what forms print in), 大 12 pt (小四), 特大 14 pt (四号)
TEXT_POINTS = {"standard": 10.5, "large": 12.0, "xlarge": 14.0}


@dataclass
class UserSettings:
    language: str = "zh_CN"
    data_dir: str = ""
    fonts: dict[str, str] = field(default_factory=dict)  # role → font file chosen by the user
    # workspaces this computer has opened (resolved folder paths): a known one that vanished or was emptied is
    # reported, never silently replaced by a new empty branch
    workspaces: list[str] = field(default_factory=list)
    lock_minutes: float = 15  # the window locks after this long without a key press or a click (0: never)
    text_size: str = "standard"  # standard / large / xlarge: the body text of every window (TEXT_POINTS)

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
        if raw.get("text_size") in TEXT_POINTS:
            s.text_size = raw["text_size"]
        minutes = raw.get("lock_minutes")
        if isinstance(minutes, (int, float)) and not isinstance(minutes, bool) and 0 <= minutes <= 24 * 60:
            s.lock_minutes = float(minutes)
        if isinstance(raw.get("workspaces"), list):
            s.workspaces = [str(x) for x in raw["workspaces"] if isinstance(x, str)]
        return s

    def save(self) -> None:
        p = self.path()
        if p.exists():  # another part of the program may have remembered a workspace since this copy was loaded
            on_disk = UserSettings.load().workspaces
            self.workspaces = [*self.workspaces, *(w for w in on_disk if w not in self.workspaces)]
        with replacing(p) as tmp:
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")


def remember_workspace(root: Path) -> None:
    """Note that ``root`` holds a workspace (once; a failure to write the note is logged, not raised)."""
    key = str(Path(root).resolve())
    s = UserSettings.load()
    if key in s.workspaces:
        return
    s.workspaces.append(key)
    try:
        s.save()
    except OSError as exc:
        log.warning("could not remember the workspace %s: %s", key, exc)


def is_known_workspace(root: Path) -> bool:
    return str(Path(root).resolve()) in UserSettings.load().workspaces
