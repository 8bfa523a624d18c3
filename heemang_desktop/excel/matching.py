"""Coded columns during one import: each distinct value matched once (excel/codes.py does the matching),
and the values nothing matched counted per column for the mapping step (ImportReport.unmapped).

A column's allowed values come from its declaration or, when it declares none, from
resources/codes/columns.json for the kind (shared with the upload dialog's mapping step). An `open`
column (직종: a facility may add its own) keeps a value nothing matched, as written.
"""

from __future__ import annotations

from collections.abc import Mapping

from heemang_desktop.excel import codes
from heemang_desktop.excel.report import Unmapped
from heemang_desktop.excel.spec import Column


class CodedColumns:
    def __init__(self, kind: str, mapping: Mapping[str, Mapping[str, str]] | None = None):
        self.kind, self.mapping = kind, mapping or {}
        self._lists: dict[str, tuple[tuple[str, ...], bool]] = {}
        self._seen: dict[tuple[str, str], codes.Match] = {}
        self._misses: dict[tuple[str, str], int] = {}

    def _list(self, column: Column) -> tuple[tuple[str, ...], bool]:
        found = self._lists.get(column.name)
        if found is None:
            declared = codes.coded_columns(self.kind).get(column.name)
            if column.allowed or declared is None:
                found = (column.allowed_values(), False)
            else:
                found = (declared.allowed, declared.open)
            self._lists[column.name] = found
        return found

    def match(self, column: Column, value) -> tuple[str | None, str]:
        """(the allowed value, "" for a blank meaning, or the value as written in an open column) or (None, why)."""
        key = (column.name, value)
        m = self._seen.get(key)
        allowed, open_list = self._list(column)
        if m is None:
            m = self._seen[key] = codes.match(column.name, value, allowed, self.mapping.get(column.name))
        if m.value is not None:
            return m.value, ""
        if open_list and not self.mapping.get(column.name, {}).get(value):
            return value, ""
        self._misses[key] = self._misses.get(key, 0) + 1
        return None, m.reason

    def unmapped(self) -> list[Unmapped]:
        return [Unmapped(column, str(value), rows, self._seen[(column, value)].suggestions, self._lists[column][0])
                for (column, value), rows in self._misses.items()]
