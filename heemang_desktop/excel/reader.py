"""Reading an upload workbook with python-calamine (streams rows; far faster than openpyxl's reader).

Finds the sheet and the header row (titles and merged cells above it are skipped), maps the
layout's columns, and yields data rows with their Excel row numbers. Blank rows, `합계`/`계`
rows and the blank template's untouched example row are skipped. A wrong file gets one clear
message (`WorkbookError`): the file is checked first (excel/guard.py: nothing calamine reads can
abort the process), every error calamine raises, while opening or while rows stream, is explained,
and a header naming one column twice is refused.

`Sheet.rows` gives `DataRow`s (values by column name); a large upload can read `Sheet.cells`
instead, (row number, cell list) indexed by `Sheet.columns`, without a dict and an object per row.
The two share one stream: read one of them, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from heemang_desktop.excel.guard import WorkbookError, check_workbook, column_letters, damaged
from heemang_desktop.excel.layout import Layout, normalize_header
from heemang_desktop.excel.values import text

HEADER_SEARCH_ROWS = 30
TOTAL_WORDS = {"합계", "계", "총계", "소계", "합 계"}

__all__ = ["WorkbookError", "DataRow", "Sheet", "open_sheet", "read_rows", "find_header", "data_cells", "data_rows"]


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
    total: int | None = None  # rows below the header (blank and 합계 rows included): for progress
    close: Callable[[], None] = lambda: None  # a CSV's file handle, released even when an import stops early


def find_header(rows: list[list], layout: Layout, first_column: int) -> tuple[int, dict, list[str]] | None:
    wanted = set(layout.columns) | set(layout.alternatives.values())
    for i, row in enumerate(rows):
        names = [normalize_header(c) for c in row]
        present: dict[str, int] = {}
        twice = None
        for j, n in enumerate(names):
            if n in wanted:
                if n in present and twice is None:
                    twice = (n, present[n], j)
                present.setdefault(n, j)
        missing = [c for c in layout.required if c not in present and layout.alternatives.get(c) not in present]
        if not missing:
            if twice:  # taking either one silently saved the wrong figure
                n, a, b = twice
                where = ", ".join(f"{column_letters(first_column + k + 1)}열" for k in (a, b))
                raise WorkbookError(f"'{n}' 열이 두 번 있습니다 ({where}). 하나만 남기고 다시 올리세요.")
            unknown = [n for n in names if n and n not in wanted]
            return i, present, unknown
    return None


def _unreadable(path: Path, exc: BaseException) -> WorkbookError:
    """calamine's own error types (and a Rust panic, which is not an Exception) as one Korean message,
    never the library's exception name (issue 14)."""
    return damaged(f"{path.name}의 내용을 읽지 못했습니다")


def _fatal(exc: BaseException) -> bool:
    return isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError))


def open_sheet(path: Path, layout: Layout) -> Sheet:
    from python_calamine import CalamineWorkbook

    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"파일이 없습니다: {path}")
    check_workbook(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        order = [layout.sheet] if layout.sheet in names else []
        order += [n for n in names if n not in order]
        for name in order:
            sheet = book.get_sheet_by_name(name)
            start = sheet.start or (0, 0)
            rows = sheet.iter_rows()
            head: list[list] = []
            for _ in range(HEADER_SEARCH_ROWS):
                try:
                    head.append(next(rows))
                except StopIteration:
                    break
            found = find_header(head, layout, start[1])
            if found is None:
                continue
            index, columns, unknown = found
            cells = data_cells(_guarded(path, chain(head[index + 1 :], rows)), start[0] + index + 2)
            cells = without_example(cells, columns, layout, start[0] + index + 2)
            return Sheet(
                layout=layout,
                header_row=start[0] + index + 1,
                columns=columns,
                unknown_columns=unknown,
                cells=cells,
                rows=data_rows(cells, columns),
                total=max(sheet.height - index - 1, 0),
            )
    except WorkbookError:
        raise
    except BaseException as exc:
        if _fatal(exc):
            raise
        raise _unreadable(path, exc) from None
    raise WorkbookError(
        f"'{layout.sheet}' 양식의 머리글을 찾지 못했습니다. 필수 열: {', '.join(layout.required)}. "
        "빈 양식을 저장해 열 이름을 확인하세요."
    )


def _guarded(path: Path, rows: Iterator[list]) -> Iterator[list]:
    """The rows as they stream, with an error calamine raises mid-sheet turned into WorkbookError."""
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except BaseException as exc:
            if _fatal(exc):
                raise
            raise _unreadable(path, exc) from None
        yield row


def data_cells(raw_rows, first_number: int) -> Iterator[tuple[int, list]]:
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


def without_example(cells, columns: dict, layout: Layout, first_number: int) -> Iterator[tuple[int, list]]:
    """The rows less the blank template's example row (excel/writer.py puts it right under the header)
    left as it was written: uploading the untouched template must not save 사무용 책상 or 홍길동. A row
    that differs from the example in any cell is the user's own and is kept."""
    whole = bool(layout.example) and all(name in columns for name in layout.example)  # as the template made it
    example = {columns[name]: text(value) for name, value in layout.example.items()} if whole else {}
    for number, raw in cells:
        if number == first_number and example and all(
                text(raw[j] if j < len(raw) else None) == value for j, value in example.items()):
            continue
        yield number, raw


def data_rows(cells, columns: dict) -> Iterator[DataRow]:
    for number, raw in cells:
        width = len(raw)
        yield DataRow(number, {name: (raw[j] if j < width else None) for name, j in columns.items()})


def read_rows(path: Path, layout: Layout):
    """(sheet, rows list): for small files and tests; imports stream through excel/pipeline.py."""
    sheet = open_sheet(path, layout)
    return sheet, list(sheet.rows)
