"""CSV files with the same columns as a workbook layout (a time clock's or another program's export).

UTF-8 (with or without the BOM Excel writes) or CP949 (Excel's "CSV" on a Korean Windows PC): the
start of the file decides, and a later byte that fits neither is one Korean message. Rows stream;
the header row is found as in a workbook (title rows above it are skipped).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from heemang_desktop.excel.guard import WorkbookError
from heemang_desktop.excel.layout import Layout
from heemang_desktop.excel.reader import (
    HEADER_SEARCH_ROWS,
    Sheet,
    data_cells,
    data_rows,
    find_header,
    without_example,
)

SNIFF_BYTES = 1 << 16
MAX_FIELD = 1 << 16  # one cell; a binary file renamed .csv must not be read as one huge cell


def detect_encoding(start: bytes) -> str:
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(start, final=False)  # a cut character at the end is fine
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("cp949")().decode(start, final=False)
        return "cp949"
    except UnicodeDecodeError:
        raise WorkbookError("CSV 파일의 글자 인코딩을 알 수 없습니다. "
                            "엑셀에서 'CSV UTF-8'로 다시 저장하세요.") from None


def _unreadable(name: str, encoding: str) -> WorkbookError:
    label = "CP949(한글 윈도우)" if encoding == "cp949" else "UTF-8"
    return WorkbookError(f"{name}의 일부를 {label} 글자로 읽지 못했습니다. 엑셀에서 'CSV UTF-8'로 다시 저장하세요.")


def _guarded(name: str, encoding: str, rows) -> Iterator[list]:
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise _unreadable(name, encoding) from None
        except csv.Error:
            raise WorkbookError(f"{name}은(는) CSV 형식이 아닙니다 (따옴표나 칸 구분이 맞지 않습니다).") from None
        yield row


def open_csv(path: Path, layout: Layout) -> Sheet:
    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"파일이 없습니다: {path}")
    with path.open("rb") as fh:
        start = fh.read(SNIFF_BYTES)
    if b"\0" in start:
        raise WorkbookError(f"{path.name}은(는) CSV 파일이 아닙니다. 엑셀에서 'CSV UTF-8'로 저장한 파일을 올리세요.")
    encoding = detect_encoding(start)
    stream = io.TextIOWrapper(path.open("rb"), encoding=encoding, newline="")
    csv.field_size_limit(MAX_FIELD)
    rows = _guarded(path.name, encoding, csv.reader(stream))
    head = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    found = find_header(head, layout, 0)
    if found is None:
        stream.close()
        raise WorkbookError(f"'{layout.sheet}' 양식의 머리글을 찾지 못했습니다. 필수 열: {', '.join(layout.required)}. "
                            "빈 양식을 저장해 열 이름을 확인하세요.")
    index, columns, unknown = found
    cells = without_example(data_cells(chain(head[index + 1:], rows), index + 2), columns, layout, index + 2)
    return Sheet(layout=layout, header_row=index + 1, columns=columns, unknown_columns=unknown, cells=cells,
                 rows=data_rows(cells, columns), close=stream.close)
