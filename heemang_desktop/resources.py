"""Locating and reading the data files in `resources/` (rates, codes, menus, icons)."""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    override = os.environ.get("HEEMANG_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ui_path(name: str) -> Path:
    """A Qt Designer form in `ui/` (beside `resources/`)."""
    return resources_dir().parent / "ui" / name


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@functools.cache
def load_json(name: str):
    """A JSON resource, parsed once per process (callers must not mutate it)."""
    with resource_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)
