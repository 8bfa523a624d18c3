"""Coded cells as people write them: one allowed value, or why not and the closest ones.

`match(column, value, allowed, mapping)` tries, in order: the file's or facility's own mapping
(`{as written: allowed}`, the user's choice beats our guesses), the value itself, the value with
width, letter case, spaces, brackets and word order normalised (비지정후원금 = 후원금(비지정) =
후원금 (비지정) = 후원금（비지정）), then the column's synonyms (resources/codes/synonyms.json), whose
meaning is matched again (수급자 -> 기초생활수급, still ambiguous). Anything else gets `value=None`,
the closest allowed values (best first) and a Korean reason. A blank cell is not a code: it comes
back as "" and the caller decides whether the column may be blank.

`coded_columns(kind)` lists each upload kind's coded columns with their allowed values
(resources/codes/columns.json), so callers need not know where each list is kept.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from heemang_desktop.resources import load_json

SUGGESTIONS = 5
_CLOSE = 0.45  # below this similarity an allowed value is no suggestion (listing every value says more)
_NOISE = re.compile(r"[\s()\[\]{}<>〈〉《》「」『』【】\-·・/_,.:]+")
_MAX_PARTS = 4  # word orders tried per allowed value (4! = 24)


@dataclass(frozen=True)
class Match:
    value: str | None  # the allowed value, or None when unknown or ambiguous
    suggestions: tuple[str, ...] = ()  # closest allowed values, best first (when value is None)
    reason: str = ""  # Korean, for the report (when value is None)


@dataclass(frozen=True)
class Coded:
    """One coded column of an upload kind."""

    column: str
    allowed: tuple[str, ...]
    open: bool  # a value outside the list is kept as written


def key(value: str) -> str:
    """The form two spellings of one value share (word order aside): width, case, spaces, brackets."""
    s = unicodedata.normalize("NFKC", value).casefold()
    return _NOISE.sub("", s) or re.sub(r"\s+", "", s)  # '-' alone is a value in some columns


def _orders(value: str) -> set[str]:
    """Keys of `value` in every word order: 후원금(비지정) -> {후원금비지정, 비지정후원금}."""
    parts = [p for p in _NOISE.split(unicodedata.normalize("NFKC", value).casefold()) if p]
    if not 1 < len(parts) <= _MAX_PARTS:
        return {key(value)}
    return {"".join(p) for p in itertools.permutations(parts)}


def _label(allowed: Sequence[str]) -> str:
    return ", ".join(a for a in allowed if a)


class _Index:
    """What matching one column against one allowed list needs, built once."""

    def __init__(self, column: str, allowed: tuple[str, ...]):
        self.column, self.allowed = column, allowed
        self.exact = {a: Match(a) for a in allowed}
        self.orders = {a: _orders(a) for a in allowed if a}
        self.by_key: dict[str, str] = {}
        for a, orders in self.orders.items():
            for k in orders:
                self.by_key.setdefault(k, a)
        self.synonyms = {key(k): v for k, v in synonyms_for(column).items()}

    def known(self, raw: str) -> str | None:
        found = self.exact.get(raw)
        if found is not None:
            return found.value
        return self.by_key.get(key(raw))

    def match(self, raw: str) -> Match:
        found = self.known(raw)
        if found is not None:
            return self.exact[found]
        meaning = self.synonyms.get(key(raw))
        if meaning == "":  # 등급외, 해당없음: written to say the cell has no value
            return Match("")
        if meaning is not None:
            found = self.known(meaning)
            if found is not None:
                return self.exact[found]
        return self._unknown(raw, meaning or raw)

    def _unknown(self, raw: str, meaning: str) -> Match:
        k = key(meaning)
        # A part of several values (기초생활수급, 카드) is ambiguous; of one value, its first suggestion.
        fits = [a for a, orders in self.orders.items() if k and any(k in o for o in orders)]
        scored = sorted(((_similarity(k, orders), a) for a, orders in self.orders.items() if a not in fits),
                        reverse=True)
        close = [a for score, a in scored if score >= _CLOSE]
        suggestions = tuple((fits + close)[:SUGGESTIONS])
        if len(fits) > 1:
            return Match(None, suggestions, f"'{raw}'은(는) 여러 값에 맞습니다: {', '.join(fits)}")
        if suggestions:
            return Match(None, suggestions,
                         f"{self.column}에 없는 값입니다: '{raw}' (가까운 값: {', '.join(suggestions)})")
        return Match(None, (), f"{self.column}은(는) {_label(self.allowed)} 중 하나입니다: '{raw}'")


def _similarity(k: str, orders: set[str]) -> float:
    """Spelling (difflib) or shared letters, whichever says closer: word order does not matter to the latter."""
    a, b = set(k), set(next(iter(orders)))
    best = len(a & b) / len(a | b) if a | b else 0.0
    for o in orders:
        m = difflib.SequenceMatcher(None, k, o)
        if m.real_quick_ratio() > best and m.quick_ratio() > best:  # upper bounds first: ratio() is the slow one
            best = max(best, m.ratio())
    return best


@functools.lru_cache(maxsize=256)
def _index(column: str, allowed: tuple[str, ...]) -> _Index:
    return _Index(column, allowed)


@functools.lru_cache(maxsize=64)
def _mapping_index(items: frozenset) -> dict[str, str]:
    return {key(k): v for k, v in items}


def match(column: str, value, allowed: Sequence[str], mapping: Mapping[str, str] | None = None) -> Match:
    """`value` as one of `allowed` (see the module's docstring for the order of the tries)."""
    if value.__class__ is str and value in allowed and not mapping:  # the common cell: already exact
        return Match(value)
    raw = _text(value)
    if not raw:
        return Match("")
    index = _index(column, tuple(allowed))
    if mapping:
        target = mapping.get(raw)
        if target is None:
            target = _mapping_index(frozenset(mapping.items())).get(key(raw))
        if target is not None:  # a target is written by people too: matched like a cell, synonyms included
            found = index.match(_text(target)) if _text(target) else Match("" if "" in allowed else None)
            if found.value is not None:
                return found
            return Match(None, found.suggestions,
                         f"{column}의 맞춤 '{raw}' → '{target}': '{target}'은(는) {column}에 없는 값입니다")
    return index.match(raw)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


# -- data: synonyms and the coded columns of each upload kind ------------------------------------
def synonyms_for(column: str) -> dict[str, str]:
    """The column's synonyms table ({as written: meaning}); columns may share one (`_same_as`)."""
    data = load_json("codes/synonyms.json")
    return dict(data.get(data.get("_same_as", {}).get(column, column), {}))


def _values(source) -> tuple[str, ...]:
    if isinstance(source, list):
        return tuple(source)
    name, _, field = source.partition("#")
    items = load_json(name)[field]
    return tuple(i["id"] if isinstance(i, dict) else i for i in items)


def coded_columns(kind: str) -> dict[str, Coded]:
    """Upload kind -> its coded columns (empty for a kind without any)."""
    spec = load_json("codes/columns.json").get(kind, {})
    return {c: Coded(c, _values(s["values"]), bool(s.get("open"))) for c, s in spec.items()}

