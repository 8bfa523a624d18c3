"""급여명세서: one HTML page per employee and month (Qt-free), written to PDF by a renderer the caller
passes in (render/pdf.html_to_pdf), so this module never loads Qt.

근로기준법 §48: every item with how it was computed, deductions itemised. Hand-entered figures
are marked; the income tax line names the 간이세액표 row and column it was looked up in, the 자녀
amount taken off and the employee's 80/100/120 % choice.
"""

from __future__ import annotations

import hashlib
import json
import re
from calendar import monthrange
from collections.abc import Callable
from html import escape
from pathlib import Path

from heemang_desktop.audit import service as audit
from heemang_desktop.payroll.items import DEDUCTION, EMPLOYER, PAY
from heemang_desktop.payroll.register import EntryView, input_from_json, require_register

Renderer = Callable[..., Path]  # html_to_pdf(html, path, title=...)

STYLE = """
body { font-size: 9.5pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4px 0; }
.sub { text-align: center; color: #444; margin-bottom: 10px; }
table { border-collapse: collapse; width: 100%; }
th { background: #e8eef6; font-weight: bold; }
td, th { border: 1px solid #888; padding: 3px 5px; }
td.amt { text-align: right; white-space: nowrap; }
td.basis { color: #333; font-size: 8.5pt; }
.total td { font-weight: bold; background: #f4f4f4; }
.net td { font-weight: bold; font-size: 11pt; background: #fff6d8; }
.note { font-size: 8pt; color: #555; margin-top: 8px; }
"""


def _won(n: int) -> str:
    return f"{n:,}"


def _lines_table(title: str, lines, total_label: str, total: int) -> str:
    rows = "".join(
        f"<tr><td>{escape(ln.name)}{' *' if ln.overridden else ''}</td><td class='amt'>{_won(ln.amount)}</td>"
        f"<td class='basis'>{escape(ln.basis)}</td></tr>" for ln in lines)
    return (f"<table width='100%' cellspacing='0'><tr><th width='22%'>{escape(title)}</th><th width='18%'>금액(원)</th>"
            f"<th>산출 근거</th></tr>{rows}"
            f"<tr class='total'><td>{escape(total_label)}</td><td class='amt'>{_won(total)}</td><td></td></tr></table>")


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def payslip_html(facility_name: str, month: str, e: EntryView, input_json: str | None = None) -> str:
    year, mon = (int(p) for p in month.split("-"))
    last = monthrange(year, mon)[1]
    inp = input_from_json(input_json) if input_json else None
    pays = [ln for ln in e.lines if ln.kind == PAY and (ln.amount or ln.overridden or ln.code == "base")]
    deductions = [ln for ln in e.lines if ln.kind == DEDUCTION and (ln.amount or not ln.overridden)]
    work = ""
    if inp is not None:
        work = (f"<p>근무: 근무일 {inp.work_days}일 · 소정 {_hours(inp.regular_minutes)} · 시간외 "
                f"{_hours(inp.overtime_minutes)} · 야간 {_hours(inp.night_minutes)} · 휴일 "
                f"{_hours(inp.holiday_minutes)}"
                + (f" (8시간 초과 {_hours(inp.holiday_over8_minutes)})" if inp.holiday_over8_minutes else "")
                + (" · 5인 미만 사업장: 가산 없음" if inp.under_five else "") +
                f" · 공제대상가족 {inp.dependants}명 (8~20세 자녀 {inp.children}명) · 소득세 원천징수 비율 "
                f"{inp.withholding_percent}%</p>")
    flags = "".join(f"<p class='note'>⚠ {escape(f)}</p>" for f in e.flags)
    return f"""<html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>
<h1>{year}년 {mon}월 급여명세서</h1>
<p class="sub">{escape(facility_name)} · 지급 대상 기간 {year}-{mon:02d}-01 ~ {year}-{mon:02d}-{last:02d}</p>
<table width="100%" cellspacing="0"><tr><th>사번</th><td>{escape(e.employee_no)}</td>
<th>성명</th><td>{escape(e.name)}</td><th>직종</th><td>{escape(e.job_type)}</td><th>고용형태</th><td>{escape(e.employment_type)}</td></tr></table>
{work}
<br>{_lines_table("지급 항목", pays, "지급총액", e.gross)}
<p>비과세 {_won(e.nontaxable)}원 · 과세 대상 {_won(e.taxable)}원</p><br>
{_lines_table("공제 항목", deductions, "공제총액", e.deductions)}
<br><table width="100%" cellspacing="0"><tr class="net"><td width="60%">실지급액 (지급총액 − 공제총액)</td>
<td class="amt">{_won(e.net)}원</td></tr></table>
{flags}
<p class="note">* 표시는 수기로 고친 금액입니다. 소득세는 근로소득 간이세액표(소득세법 시행령 별표 2)에서 월 과세급여와
공제대상가족 수로 찾은 금액입니다 (산출 근거에 표의 행과 열, 자녀 공제, 원천징수 비율). 4대보험은 {year}년 요율표에 따라
10원 미만을 절사했습니다.</p>
</body></html>"""


def digest(e: EntryView) -> str:
    """What the employee was told: changes whenever a figure or its basis changes."""
    data = [(ln.code, ln.amount, ln.basis) for ln in e.lines if ln.kind != EMPLOYER] + [e.net]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def file_name(month: str, e: EntryView) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", f"{e.employee_no}_{e.name}")
    return f"급여명세서_{month}_{safe}.pdf"


def render_entry(ctx, month: str, e: EntryView, path: Path, render: Renderer, input_json: str | None = None) -> Path:
    html = payslip_html(ctx.facility.name, month, e, input_json)
    return render(html, path, title=f"{month} 급여명세서 {e.name}")


def export_payslips(ctx, month: str, out_dir: Path, render: Renderer,
                    progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """All of a month's payslips to `out_dir` (the notice's "download ahead"), one PDF per employee."""
    from heemang_desktop.payroll.register import entry_inputs

    view = require_register(ctx, month)
    inputs = entry_inputs(ctx, view)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, e in enumerate(view.entries, start=1):
        written.append(render_entry(ctx, month, e, out_dir / file_name(month, e), render, inputs.get(e.id)))
        if progress:
            progress(i, len(view.entries))
    audit.record(ctx, audit.EXPORT, "payroll_register", view.id, detail=f"{month} 급여명세서 PDF {len(written)}명")
    return written
