"""What an import kind declares: its columns (with their types), its file formats, and its handler.

The pipeline (excel/pipeline.py) reads the file, parses every declared column of every row (one
report entry per bad cell), matches `coded` columns against their allowed values, and hands each
row whose cells all parsed to the kind's handler: `check(row)` validates it across columns and
returns what to save (or None after rejecting it), `save(items, write)` takes a chunk of checked
rows, `finish()` runs once after the last chunk. The pipeline owns the transaction, the chunking,
progress and cancel, the dry run and the rollback; a handler never commits or rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time

from heemang_desktop.excel.values import (
    parse_amount,
    parse_bool,
    parse_date,
    parse_int,
    parse_time,
    text,
)

FORMAT_NAMES = {"xlsx": ("엑셀 파일", "*.xlsx"), "csv": ("CSV 파일", "*.csv"), "fixed": ("은행 파일", "*.txt *.dat")}


def file_filter(formats) -> str:
    """The file-dialog filter for these formats, e.g. "엑셀 파일 (*.xlsx)"."""
    return ";;".join(f"{FORMAT_NAMES[f][0]} ({FORMAT_NAMES[f][1]})" for f in formats)


def _date(value):
    if value.__class__ is datetime:  # an Excel date cell: the common case, kept cheap
        return value.date()
    return parse_date(value)


def _time(value):
    if isinstance(value, time):  # an Excel time cell; seconds are not kept
        return value.replace(second=0, microsecond=0)
    return parse_time(value)


PARSERS: dict[str, Callable] = {
    "text": text,
    "date": _date,
    "time": _time,
    "amount": parse_amount,
    "signed": lambda v: parse_amount(v, allow_negative=True),
    "int": lambda v: parse_int(v, "숫자"),
    "bool": parse_bool,
}


@dataclass(frozen=True)
class Column:
    """One column of a layout. A `coded` column takes one of `allowed` (a sequence or a function giving
    one), or, when it declares none, of its list in resources/codes/columns.json for the kind."""

    name: str
    type: str = "text"  # a PARSERS key, or "coded"
    required: bool = False  # a blank cell is rejected ("<name>이(가) 비어 있습니다.")
    allowed: Sequence[str] | Callable[[], Sequence[str]] = ()
    parse: Callable | None = None  # a column's own parser (raises CellError), instead of `type`

    def parser(self) -> Callable:
        if self.parse is not None:
            return self.parse
        if self.type == "coded":
            return text
        return PARSERS[self.type]

    def allowed_values(self) -> tuple[str, ...]:
        allowed = self.allowed() if callable(self.allowed) else self.allowed
        return tuple(a for a in allowed if a)


@dataclass
class Row:
    """A data row with every declared column parsed: `values` by column name (None for a blank cell)."""

    number: int  # as the user sees it (Excel row, or record number in a text file)
    values: dict

    def get(self, column: str, default=None):
        value = self.values.get(column)
        return default if value is None else value


class Handler:
    """One import run of a kind (a fresh one per run). `job` gives ctx, session, report, dry_run, actor, present."""

    def __init__(self, job):
        self.job = job
        self.ctx, self.session, self.report = job.ctx, job.session, job.report

    def check(self, row: Row):
        """Cross-column rules; returns what `save` takes, or None after rejecting the row."""
        return row

    def save(self, items: list, write: bool) -> None:
        """A chunk of checked rows: count created/updated/unchanged; write only when `write`."""

    def finish(self) -> None:
        """After the last chunk (all rows read)."""


@dataclass(frozen=True)
class ImportKind:
    name: str  # the registry's kind, and resources/templates/<name>.json (or layouts/<name>.json)
    columns: tuple[Column, ...]
    handler: type[Handler]
    formats: tuple[str, ...] = ("xlsx",)
    chunk: int | None = None  # rows per chunk, when not the pipeline's CHUNK
    unknown_warning: str = "양식에 없는 열은 무시했습니다: {0}"
    extra: Mapping[str, object] = field(default_factory=dict)

    def __call__(self, ctx, path, dry_run: bool = False, progress=None, mapping=None):
        from heemang_desktop.excel.pipeline import run_import

        return run_import(ctx, self, path, dry_run=dry_run, progress=progress, mapping=mapping)


def subject_particle(word: str) -> str:
    """이 after a final consonant, else 가 (사번이, 근무일자가)."""
    last = word[-1:] or "가"
    if "가" <= last <= "힣":
        return "이" if (ord(last) - 0xAC00) % 28 else "가"
    return "이(가)"


def blank_reason(column: Column) -> str:
    """Why a blank cell of a required column is refused."""
    return f"{column.name}{subject_particle(column.name)} 비어 있습니다."


__all__ = ["Column", "Row", "Handler", "ImportKind", "FORMAT_NAMES", "file_filter"]
