"""Program resources (fonts, translations, standards), found the same way from source and when frozen."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """The path of a resource, e.g. ``path("fonts", "x.ttf")``."""
    return Path(str(files(__name__).joinpath(*parts)))
