"""The feature packages and what each plugs into the app.

Each package listed in `FEATURES` has a `feature.py` defining `FEATURE = Feature(...)`. It holds
only names (strings), so reading it is cheap: the GUI and the CLI load a module only when used.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass, field

FEATURES = ("users", "sync", "accounting", "hr", "payroll", "subjects", "calendar", "reporting", "donations", "audit",
            "mywork", "inquiries", "assets")


class ImportRef(str):
    """An import kind in the registry: "module:NAME" of its ImportKind (excel/spec.py), plus the file
    formats it takes, so the CLI help and the upload dialog name them without loading the module."""

    formats: tuple[str, ...]

    def __new__(cls, target: str, formats: tuple[str, ...] = ("xlsx",)):
        ref = super().__new__(cls, target)
        ref.formats = tuple(formats)
        return ref

    @property
    def file_filter(self) -> str:
        """For a file dialog, e.g. "엑셀 파일 (*.xlsx)" or "은행 파일 (*.txt *.dat)"."""
        from heemang_desktop.excel.spec import file_filter

        return file_filter(self.formats)

    @property
    def noun(self) -> str:
        """What to call the file: "엑셀" only for workbook kinds."""
        from heemang_desktop.excel.spec import FORMAT_NAMES

        return "·".join(FORMAT_NAMES[f][0].removesuffix(" 파일") for f in self.formats)


@dataclass(frozen=True)
class Feature:
    models: tuple[str, ...] = ()  # modules whose tables belong to the store
    commands: tuple[str, ...] = ()  # modules with `register(subparsers)` for the CLI
    imports: dict[str, ImportRef] = field(default_factory=dict)  # import kind -> its ImportKind (excel/spec.py)
    templates: dict[str, str] = field(default_factory=dict)  # workbook kind -> "module:function(path)"
    pages: dict[str, str] = field(default_factory=dict)  # navigation page id -> "module:Class"
    entities: dict[str, str] = field(default_factory=dict)  # synced entity wire name -> Korean label
    work_items: tuple[str, ...] = ()  # "module:function(ctx, on: date) -> list[WorkItem]" (work_items.py)


@functools.cache
def all_features() -> tuple[Feature, ...]:
    return tuple(importlib.import_module(f"heemang_desktop.{name}.feature").FEATURE for name in FEATURES)


def merged(attr: str) -> dict:
    out: dict = {}
    for feature in all_features():
        out.update(getattr(feature, attr))
    return out


def listed(attr: str) -> tuple[str, ...]:
    return tuple(item for feature in all_features() for item in getattr(feature, attr))


def load(target: str):
    """"package.module:name" -> the object."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
