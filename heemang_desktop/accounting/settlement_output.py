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
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for report in settlement.reports:
        ws = wb.create_sheet(sheet_name(report))
        ws.append([f"{report.title} — {report.subtitle}"])
        ws.cell(1, 1).font = Font(bold=True, size=13)
        ws.append(report.headers)
        for i, h in enumerate(report.headers, start=1):
            ws.cell(2, i).font = Font(bold=True)
            ws.cell(2, i).fill = PatternFill("solid", fgColor="DDE6F2")
            ws.column_dimensions[get_column_letter(i)].width = max(10, len(h) * 2 + 4)
        money = {report.headers.index(h) + 1 for h in report.money_columns}
        for n, row in enumerate(report.rows):
            ws.append(row)
            for col in money:
                ws.cell(ws.max_row, col).number_format = WON_FORMAT
            if n in report.emphasis:
                for col in range(1, len(row) + 1):
                    ws.cell(ws.max_row, col).font = Font(bold=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path


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
