"""Translations complete both ways; data lives where the paths rule says."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.config import UserSettings
from models.paths import resolve_data_dir
from tests.conftest import ROOT


def test_every_interface_string_is_translated_in_both_languages() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n  # type: ignore[import-not-found]

    for lang in i18n.LANGS:
        ts = ROOT / "resources" / "i18n" / f"branchdesk_{lang}.ts"
        copy = tmp_path / ts.name
        copy.write_bytes(ts.read_bytes())
        assert i18n.lrelease(copy).read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run tools/i18n.py ({lang})"


def test_data_dir_order_cli_env_settings_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_data_dir(str(tmp_path / "a"), str(tmp_path / "s")) == ((tmp_path / "a").resolve(), "cli")
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "e"))
    assert resolve_data_dir(None, str(tmp_path / "s")) == ((tmp_path / "e").resolve(), "env")
    monkeypatch.delenv("BRANCHDESK_DATA_DIR")
    assert resolve_data_dir(None, str(tmp_path / "s")) == ((tmp_path / "s").resolve(), "settings")
    assert resolve_data_dir(None, None)[1] == "default"


def test_portable_mode_keeps_data_beside_the_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.paths as paths

    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    (tmp_path / "BranchDeskData").mkdir()
    assert resolve_data_dir(None, None) == (tmp_path / "BranchDeskData", "portable")


def test_settings_survive_a_restart_and_a_damaged_file_falls_back() -> None:
    s = UserSettings(language="en", data_dir="/d", fonts={"body": "/f.ttf"})
    s.save()
    assert UserSettings.load() == s
    UserSettings.path().write_text("{broken", encoding="utf-8")
    assert UserSettings.load() == UserSettings()
