"""The 결산 bundle to one Excel workbook (a sheet per report) or one PDF (a report per page run)."""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.accounting.reports import Report, to_html
from heemang_desktop.accounting.settlement import Settlement, spec
from heemang_desktop.excel.writer import WON_FORMAT
from heemang_desktop.store.errors import ValidationError

_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_name(report: Report) -> str:
    named = spec()["reports"].get(report.kind, {}).get("sheet")
    if named:
        return named[:31]
    if report.kind.startswith("donations"):
        return f"후원금보고서{report.kind.removeprefix('donations')}"
    return report.title.translate(_BAD_SHEET_CHARS)[:31]


def to_excel(settlement: Settlement, path: Path) -> Path:
    """Write-only workbook (memory stays flat, thousands of 사업명 rows write in a blink), a sheet per report."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold, head_fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F2")
    wb = Workbook(write_only=True)
    for report in settlement.reports:
        ws = wb.create_sheet(sheet_name(report))
        for i, h in enumerate(report.headers, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(10, len(h) * 2 + 4)
        title = WriteOnlyCell(ws, value=f"{report.title} — {report.subtitle}")
        title.font = Font(bold=True, size=13)
        ws.append([title])
        ws.append([_styled(WriteOnlyCell(ws, value=h), font=bold, fill=head_fill) for h in report.headers])
        money = {report.headers.index(h) for h in report.money_columns}
        for n, row in enumerate(report.rows):
            font = bold if n in report.emphasis else None
            ws.append([_styled(WriteOnlyCell(ws, value=v), font=font,
                               number_format=WON_FORMAT if i in money and isinstance(v, int) else None)
                       for i, v in enumerate(row)])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path


def _styled(cell, font=None, fill=None, number_format=None):
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if number_format is not None:
        cell.number_format = number_format
    return cell


def to_bundle_html(settlement: Settlement) -> str:
    """Every report, each starting on a new page."""
    pages = [to_html(r) for r in settlement.reports]
    return '<div style="page-break-before: always"></div>'.join(pages)


def save(settlement: Settlement, path: str | Path) -> Path:
    """.xlsx (a sheet per report, won with commas) or .pdf (landscape A4); any other suffix is refused."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return to_excel(settlement, path)
    if suffix == ".pdf":
        from heemang_desktop.render.pdf import html_to_pdf

        return html_to_pdf(to_bundle_html(settlement), path, landscape=True, title=settlement.title)
    raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.")
