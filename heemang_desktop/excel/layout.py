"""Upload layouts, defined as data in `resources/templates/<kind>.json` (excel-templates.md)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from heemang_desktop.resources import load_json


@dataclass(frozen=True)
class Layout:
    kind: str
    sheet: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    alternatives: dict  # a required column that may be replaced by another ("입소일" or "이용시작일")
    example: dict
    notes: tuple[str, ...]

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


def normalize_header(value) -> str:
    """Header cells match ignoring spaces, line breaks, a trailing '*' (required mark) and a trailing
    note in brackets, as in 기본급(원) or 성명(한글) (no layout column has brackets)."""
    s = unicodedata.normalize("NFKC", str(value or ""))
    s = re.sub(r"\s+", "", s).rstrip("*")
    return re.sub(r"(?<=.)[(\[][^()\[\]]*[)\]]$", "", s).rstrip("*")


def load_layout(kind: str) -> Layout:
    raw = load_json(f"templates/{kind}.json")
    return Layout(
        kind=kind,
        sheet=raw["sheet"],
        required=tuple(raw["required"]),
        optional=tuple(raw.get("optional", ())),
        alternatives=dict(raw.get("alternatives", {})),
        example=dict(raw.get("example", {})),
        notes=tuple(raw.get("notes", ())),
    )
