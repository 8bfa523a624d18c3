"""A 시군구보고 on paper and in Excel: the form's title, the facility, the period and deadline, the rows
in the form's columns and the totals; won with commas. The PDF goes through render/pdf.py (Qt),
loaded only when one is made."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from pathlib import Path

from heemang_desktop.reporting.reports import ReportView
from heemang_desktop.store.errors import ValidationError

WON_FORMAT = "#,##0"


def cell_text(value, kind: str) -> str:
    if value is None:
        return ""
    if kind in ("money", "int"):
        return f"{value:,}"
    return str(value)


def deadline_text(report: ReportView) -> str:
    d = report.deadline
    if d.due is None:
        return "기한 없음"
    if d.on is not None and d.moved:
        return f"{d.on:%Y-%m-%d} (원래 {d.due:%Y-%m-%d}: {d.reason})"
    return f"{d.due:%Y-%m-%d}"


def _seoul(stamp: str) -> str:
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp)
    return (moment.replace(tzinfo=moment.tzinfo or UTC) + timedelta(hours=9)).strftime("%Y-%m-%d %H:%M")


def _heading(report: ReportView, facility: str) -> list[str]:
    return [f"시설: {facility}", f"보고 기간: {report.period}", f"상태: {report.status_label}",
            f"제출 기한: {deadline_text(report)}", f"원부에서 작성: {_seoul(report.built_at)}"]


def report_html(report: ReportView, facility: str) -> str:
    kinds = [c[2] for c in report.columns]
    right = [k in ("money", "int") for k in kinds]
    head = "".join(f"<th>{html.escape(c[1])}</th>" for c in report.columns)
    body = []
    for row in report.rows:
        body.append("<tr>" + "".join(
            f'<td{" align=right" if right[j] else ""}>{html.escape(cell_text(row.get(key), kinds[j]))}</td>'
            for j, (key, _label, _kind) in enumerate(report.columns)) + "</tr>")
    if report.totals:
        cells = []
        for j, (key, _label, kind) in enumerate(report.columns):
            text = "합계" if j == 0 else cell_text(report.totals.get(key), kind) if key in report.totals else ""
            cells.append(f'<td{" align=right" if right[j] else ""}><b>{html.escape(text)}</b></td>')
        body.append('<tr style="background:#f2f2f2">' + "".join(cells) + "</tr>")
    if not report.rows:
        body.append(f'<tr><td colspan="{len(report.columns)}" align=center>해당 없음</td></tr>')
    info = "<br>".join(html.escape(line) for line in _heading(report, facility))
    notes = "".join(f"<li>{html.escape(p)}</li>" for p in report.problems)
    return (
        f"<h2 align=center>{html.escape(report.title)}</h2><p>{info}</p>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        f'<thead><tr style="background:#dde6f2">{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
        + (f"<p><b>고칠 곳</b></p><ul>{notes}</ul>" if notes else "")
        + "<p>위와 같이 보고합니다.</p>"
    )


def write_xlsx(report: ReportView, facility: str, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = report.label[:31]
    ws.append([report.title])
    ws["A1"].font = Font(bold=True, size=14)
    for line in _heading(report, facility):
        ws.append([line])
    ws.append([])
    ws.append([c[1] for c in report.columns])
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F2")
        cell.alignment = Alignment(horizontal="center")
    kinds = [c[2] for c in report.columns]
    for row in report.rows:
        ws.append([row.get(key) for key, _label, _kind in report.columns])
        _format(ws[ws.max_row], kinds)
    if report.totals:
        ws.append(["합계", *[report.totals.get(key) for key, _l, _k in report.columns[1:]]])
        _format(ws[ws.max_row], kinds)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    for j, (key, label, kind) in enumerate(report.columns, start=1):
        # Hangul is about two characters wide
        widest = max([len(label) * 2, *(len(cell_text(r.get(key), kind)) * 2 for r in report.rows)])
        ws.column_dimensions[ws.cell(header_row, j).column_letter].width = min(max(widest + 2, 10), 40)
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
    return path


def _format(cells, kinds: list[str]) -> None:
    for cell, kind in zip(cells, kinds, strict=False):
        if kind in ("money", "int") and isinstance(cell.value, int):
            cell.number_format = WON_FORMAT


def export(report: ReportView, facility: str, path: str | Path) -> Path:
    """Write the report to `path`: .xlsx or .pdf (landscape when it has many columns)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(report, facility, path)
    if suffix == ".pdf":
        from heemang_desktop.render.pdf import html_to_pdf

        return html_to_pdf(report_html(report, facility), path, landscape=len(report.columns) > 7,
                           title=f"{report.title} {report.period}")
    raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.", "out")
