"""Writing blank templates and exports with openpyxl (write-only mode: memory stays flat)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from heemang_desktop.excel.layout import Layout

WON_FORMAT = "#,##0"
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"


def _cell(ws, value, money_columns: set[int], index: int):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, int) and not isinstance(value, bool) and index in money_columns:
        cell.number_format = WON_FORMAT
    elif isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, time):
        cell.number_format = TIME_FORMAT
    return cell


def write_table(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence],
    money_columns: Iterable[str] = (),
    title: str | None = None,
    widths: dict[str, int] | None = None,
) -> int:
    """One sheet: optional title row, a bold header, then rows. Returns the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    from openpyxl.utils import get_column_letter

    for i, h in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = (widths or {}).get(h, max(10, len(h) * 2 + 4))
    if title:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = Font(bold=True, size=13)
        ws.append([cell])
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F2")
        header_cells.append(cell)
    ws.append(header_cells)
    money = {i for i, h in enumerate(headers) if h in set(money_columns)}
    n = 0
    for row in rows:
        ws.append([_cell(ws, v, money, i) for i, v in enumerate(row)])
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return n


def write_template(path: Path, layout: Layout) -> None:
    """A blank template: required headers marked '*', one example row, notes on a second sheet."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = layout.sheet
    for i, name in enumerate(layout.columns, start=1):
        cell = ws.cell(row=1, column=i, value=name + ("*" if name in layout.required else ""))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F7D9C4" if name in layout.required else "DDE6F2")
        if name in layout.alternatives:
            cell.comment = Comment(f"'{layout.alternatives[name]}' 열로 대신할 수 있습니다.", "Heemang Desktop")
        ws.column_dimensions[cell.column_letter].width = max(10, len(name) * 2 + 4)
        if name in layout.example:
            ws.cell(row=2, column=i, value=layout.example[name])
    notes = wb.create_sheet("작성안내")
    notes.column_dimensions["A"].width = 100
    lines = ["* 표시는 필수 열입니다. 2행은 예시이니 지우고 작성하세요.", *layout.notes]
    for line in lines:
        notes.append([line])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
