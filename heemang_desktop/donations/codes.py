"""The donations' coded values (resources/donations/codes.json) and the checks of a chosen one."""

from __future__ import annotations

import functools

from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError


@functools.cache
def values(key: str) -> tuple[str, ...]:
    return tuple(load_json("donations/codes.json")[key])


def choice(key: str, value: str, label: str, blank: str = "") -> str:
    """`value` if listed under `key`, `blank` for an empty one; otherwise a Korean refusal naming `label`."""
    value = (value or "").strip()
    if not value:
        return blank
    if value not in values(key):
        raise ValidationError(f"{label}은(는) {', '.join(values(key))} 중 하나입니다: '{value}'", label)
    return value
