"""Reading an upload workbook with python-calamine (streams rows; far faster than openpyxl's reader).

Finds the sheet and the header row (titles and merged cells above it are skipped), maps the
layout's columns, and yields data rows with their Excel row numbers. Blank rows and `합계`/`계`
rows are skipped. A wrong file gets one clear message (`WorkbookError`).

`Sheet.rows` gives `DataRow`s (values by column name); a large upload can read `Sheet.cells`
instead, (row number, cell list) indexed by `Sheet.columns`, without a dict and an object per row.
The two share one stream: read one of them, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from heemang_desktop.excel.layout import Layout, normalize_header
from heemang_desktop.excel.values import text
from heemang_desktop.store.errors import HeemangError

HEADER_SEARCH_ROWS = 30
TOTAL_WORDS = {"합계", "계", "총계", "소계", "합 계"}


class WorkbookError(HeemangError):
    pass


@dataclass(frozen=True)
class DataRow:
    number: int  # as Excel shows it
    values: dict  # column name -> raw cell value

    def get(self, column: str):
        return self.values.get(column)


@dataclass
class Sheet:
    layout: Layout
    header_row: int
    columns: dict  # column name -> 0-based index
    unknown_columns: list[str]
    cells: Iterator[tuple[int, list]]  # (Excel row number, the row's cells), data rows only
    rows: Iterator[DataRow]  # the same rows as DataRows


def _find_header(rows: list[list], layout: Layout) -> tuple[int, dict, list[str]] | None:
    wanted = set(layout.columns) | set(layout.alternatives.values())
    for i, row in enumerate(rows):
        names = [normalize_header(c) for c in row]
        present = {n: j for j, n in enumerate(names) if n in wanted}
        missing = [c for c in layout.required if c not in present and layout.alternatives.get(c) not in present]
        if not missing:
            unknown = [n for n in names if n and n not in wanted]
            return i, present, unknown
    return None


def open_sheet(path: Path, layout: Layout) -> Sheet:
    from python_calamine import CalamineWorkbook

    if not path.exists():
        raise WorkbookError(f"파일이 없습니다: {path}")
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own types for every unreadable file
        raise WorkbookError(f"엑셀 파일(xlsx)로 읽을 수 없습니다: {path.name} ({type(exc).__name__})") from exc
    names = book.sheet_names
    order = [layout.sheet] if layout.sheet in names else []
    order += [n for n in names if n not in order]
    for name in order:
        sheet = book.get_sheet_by_name(name)
        start_row = sheet.start[0] if sheet.start else 0
        rows = sheet.iter_rows()
        head: list[list] = []
        for _ in range(HEADER_SEARCH_ROWS):
            try:
                head.append(next(rows))
            except StopIteration:
                break
        found = _find_header(head, layout)
        if found is None:
            continue
        index, columns, unknown = found
        cells = _data_cells(chain(head[index + 1 :], rows), start_row + index + 2)
        return Sheet(
            layout=layout,
            header_row=start_row + index + 1,
            columns=columns,
            unknown_columns=unknown,
            cells=cells,
            rows=_data_rows(cells, columns),
        )
    raise WorkbookError(
        f"'{layout.sheet}' 양식의 머리글을 찾지 못했습니다. 필수 열: {', '.join(layout.required)}. "
        "빈 양식을 저장해 열 이름을 확인하세요."
    )


def _data_cells(raw_rows, first_number: int) -> Iterator[tuple[int, list]]:
    for number, raw in enumerate(raw_rows, first_number):
        first = ""
        for cell in raw:  # the first non-blank cell; calamine gives "" for an empty one
            if cell != "" and cell is not None:
                first = text(cell)
                if first:
                    break
        if not first or first.replace(" ", "") in TOTAL_WORDS:
            continue
        yield number, raw


def _data_rows(cells, columns: dict) -> Iterator[DataRow]:
    for number, raw in cells:
        width = len(raw)
        yield DataRow(number, {name: (raw[j] if j < width else None) for name, j in columns.items()})


def read_rows(path: Path, layout: Layout, progress: Callable[[int], None] | None = None, every: int = 1000):
    """(sheet, rows list): convenience for imports that validate everything before saving."""
    sheet = open_sheet(path, layout)
    rows = []
    for row in sheet.rows:
        rows.append(row)
        if progress and len(rows) % every == 0:
            progress(len(rows))
    return sheet, rows
