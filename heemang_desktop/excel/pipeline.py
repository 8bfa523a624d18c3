"""The one routine every import runs: read -> check every row -> save all or nothing -> report.

`run_import(ctx, kind, path)` opens the file with the reader its format needs (xlsx, CSV, fixed-width
records), parses each row's declared columns (excel/spec.py; every bad cell is its own report
entry), matches coded columns (excel/codes.py; values no allowed value matched are collected for
the mapping step), and hands the rest to the kind's handler in chunks, inside one transaction.
Nothing is kept on a dry run, when any row was rejected, or when the user cancels: the one
rollback is `_Discard` raised inside the transaction (or Cancelled, which the caller shows).
Rows stream through the pipeline one chunk at a time (python-calamine itself holds an xlsx sheet: it has
no streaming reader; CSV and fixed-width files are read as they go). Kinds that must see every row
before saving (resolutions grouped by 결의키, budget revisions in order) keep what they save until
`finish`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from heemang_desktop.excel.fixed_width import load_fixed_layout, open_fixed
from heemang_desktop.excel.guard import WorkbookError
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.matching import CodedColumns
from heemang_desktop.excel.report import ImportReport
from heemang_desktop.excel.spec import ImportKind, Row, blank_reason, file_filter
from heemang_desktop.excel.values import CellError
from heemang_desktop.store.errors import ValidationError

log = logging.getLogger(__name__)

CHUNK = 2000  # rows parsed, checked and saved together
EMPTY = "머리글 아래에 자료 행이 없습니다. 올릴 행을 채운 뒤 다시 올리세요 (아무것도 저장하지 않았습니다)."


class _Discard(Exception):
    """Raised inside the import's transaction to leave it without saving (dry run, rejected rows)."""


@dataclass
class Job:
    """What a kind's handler may use during one run."""

    ctx: object
    session: object
    report: ImportReport
    dry_run: bool
    actor: object
    present: frozenset  # the declared columns the file has
    source: object = field(repr=False, default=None)


def kind_of(kind: str | ImportKind) -> ImportKind:
    if isinstance(kind, ImportKind):
        return kind
    from heemang_desktop.features import load, merged

    target = merged("imports").get(kind)
    if target is None:
        raise WorkbookError(f"모르는 업로드 종류입니다: {kind}")
    return load(target)


def open_source(kind: ImportKind, path: Path):
    """The file opened with the reader its format needs; a format the kind does not take is refused, and a
    file the system will not give us is one Korean sentence (never the OSError's English text)."""
    try:
        return _open(kind, path)
    except PermissionError:
        raise WorkbookError(f"{path.name}을(를) 읽을 권한이 없습니다. 다른 프로그램에서 열려 있으면 닫고 다시 "
                            "올리세요.") from None
    except OSError:
        raise WorkbookError(f"{path.name}을(를) 읽을 수 없습니다. 파일을 내 PC에 저장한 뒤 다시 올리세요.") from None


def _open(kind: ImportKind, path: Path):
    suffix = path.suffix.lower()
    if "fixed" in kind.formats:
        return open_fixed(path, load_fixed_layout(kind.name))
    if suffix == ".csv":
        if "csv" not in kind.formats:
            raise WorkbookError(f"이 업로드는 {file_filter(kind.formats)}만 받습니다: {path.name}")
        from heemang_desktop.excel.csv_reader import open_csv

        return open_csv(path, load_layout(kind.name))
    from heemang_desktop.excel.reader import open_sheet

    return open_sheet(path, load_layout(kind.name))


class _Cells:
    """Parses a raw row's declared columns into a Row; each bad cell is rejected on its own."""

    def __init__(self, kind: ImportKind, positions: dict, coded: CodedColumns, report: ImportReport):
        self.report, self.coded = report, coded
        self.columns = [(c.name, positions[c.name], c.parser(), c, c.type == "coded") for c in kind.columns
                        if c.name in positions]
        self.absent = {c.name: None for c in kind.columns if c.name not in positions}
        self.required_absent = [c for c in kind.columns if c.required and c.name not in positions]

    def __call__(self, number: int, raw: list) -> Row | None:
        values = dict(self.absent)
        width, bad, reject = len(raw), False, self.report.reject
        for column in self.required_absent:
            reject(number, column.name, blank_reason(column))
            bad = True
        for name, at, parse, column, coded in self.columns:
            value = raw[at] if at < width else None
            if value is None or value == "" or (value.__class__ is str and value.isspace()):  # \u3000 too
                if column.required:
                    reject(number, name, blank_reason(column))
                    bad = True
                values[name] = None
                continue
            try:
                parsed = parse(value)
            except (CellError, ValidationError) as exc:
                reject(number, name, str(exc))
                bad = True
                continue
            if coded:
                if parsed == "":
                    values[name] = None
                    continue
                matched, reason = self.coded.match(column, parsed)
                if matched is None:
                    reject(number, name, reason)
                    bad = True
                    continue
                if matched == "":  # written to mean no value (해당없음)
                    if column.required:
                        reject(number, name, blank_reason(column))
                        bad = True
                    values[name] = None
                    continue
                parsed = matched
            values[name] = parsed
        return None if bad else Row(number, values)


def run_import(ctx, kind: str | ImportKind, path, dry_run: bool = False, progress=None,
               mapping: Mapping[str, Mapping[str, str]] | None = None) -> ImportReport:
    """Import `path` as `kind`; returns the report. `progress` (heemang_desktop.progress.Progress) gets rows
    done and total, and its check() between chunks raises Cancelled before anything is kept."""
    spec = kind_of(kind)
    actor = ctx.require_actor()
    report = ImportReport(dry_run=dry_run)
    outcome = "failed"
    source = None
    try:
        source = open_source(spec, Path(path))
        if source.unknown_columns:
            report.warn(spec.unknown_warning.format(", ".join(source.unknown_columns)))
        coded = CodedColumns(spec.name, mapping)
        cells = _Cells(spec, source.columns, coded, report)
        total = getattr(source, "total", None)
        try:
            with ctx.transaction() as session:
                job = Job(ctx, session, report, dry_run, actor, frozenset(source.columns), source)
                handler = spec.handler(job)
                while chunk := list(islice(source.cells, spec.chunk or CHUNK)):
                    if progress is not None:
                        progress.check()
                    report.read += len(chunk)
                    items = []
                    for number, raw in chunk:
                        row = cells(number, raw)
                        if row is not None and (item := handler.check(row)) is not None:
                            items.append(item)
                    if items:
                        handler.save(items, report.ok)
                    if progress is not None:
                        progress.update(report.read, max(total or 0, report.read) if total else None)
                if report.read == 0:
                    raise WorkbookError(EMPTY)
                if report.ok:
                    handler.finish()
                report.unmapped = coded.unmapped()
                if progress is not None:
                    progress.check()
                if not report.ok or dry_run:
                    raise _Discard
                report.saved = True
        except _Discard:
            pass
        outcome = "saved" if report.saved else ("rejected" if not report.ok else "checked")
        return report
    except Exception as exc:
        outcome = type(exc).__name__  # Cancelled, WorkbookError...: the class, never the message (it may hold a value)
        raise
    finally:
        if source is not None and hasattr(source, "close"):
            source.close()
        log.info("import %s: %s; rows read %d, saved %d, rejected %d", spec.name, outcome, report.read,
                 (report.created + report.updated) if report.saved else 0, report.rejected_rows)
