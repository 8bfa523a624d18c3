"""원천징수이행상황신고서 from a closed payroll month: the form's rows and columns, and the people behind them.

The rows, columns and the 총지급액 rule (제출비과세 in, 미제출비과세 such as 자가운전보조금 out) are data in
resources/payroll/withholding_return.json. What the app fills from the register: A01 간이세액 (every
monthly employee paid, a leaver's last month included), A02 중도퇴사 (leavers counted with their pay from
January; their settlement tax is not computed here), A03 일용근로, and the 가감계/총합계 rows. Everything
else stays 0 for the accountant to fill. 지방소득세 is shown beside it for reference (filed to 위택스).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from heemang_desktop.payroll.compute import DAY_LABORER
from heemang_desktop.payroll.items import PAY
from heemang_desktop.payroll.register import EntryView, RegisterView, get_register, require_register
from heemang_desktop.payroll.settings import items_of
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError

SIMPLE, LEAVER, DAY, YEAR_END = "simple", "leaver", "day", "year_end"
SUMMED = ("people", "paid", "income_tax", "rural_tax", "penalty", "adjusted_refund", "local_tax")


def rules() -> dict:
    return load_json("payroll/withholding_return.json")


@dataclass
class ReturnRow:
    code: str
    section: str
    label: str
    people: int = 0
    paid: int = 0
    income_tax: int = 0
    rural_tax: int = 0
    penalty: int = 0
    adjusted_refund: int = 0
    payable_income_tax: int = 0
    payable_rural_tax: int = 0
    local_tax: int = 0  # 지방소득세, for reference: filed apart, to 위택스
    note: str = ""


@dataclass(frozen=True)
class PersonLine:
    """One person behind a row (a leaver appears under A01 and A02); never a resident number."""

    employee_no: str
    name: str
    code: str
    paid: int
    income_tax: int
    local_tax: int
    note: str = ""


@dataclass(frozen=True)
class WithholdingReturn:
    month: str
    facility_name: str
    rows: tuple[ReturnRow, ...]
    people: tuple[PersonLine, ...]
    notes: tuple[str, ...] = field(default=())

    def row(self, code: str) -> ReturnRow:
        return next(r for r in self.rows if r.code == code)


def require_closed(ctx, month: str) -> RegisterView:
    view = require_register(ctx, month)
    if not view.closed:
        raise ValidationError(f"{month} 급여대장이 아직 마감되지 않았습니다. 급여대장을 마감한 달만 "
                              "원천징수이행상황신고서와 지급명세서를 만들 수 있습니다.", "month")
    return view


def excluded_nontax(e: EntryView, nontax_kind: dict[str, str | None], rule: dict) -> tuple[int, str]:
    """미제출비과세 of one row (left out of 총지급액) and a note naming it."""
    kinds = rule["kinds"]
    left_out: dict[str, int] = {}
    classified = 0
    for line in e.lines:
        if line.kind != PAY or not line.nontax:
            continue
        classified += line.nontax
        kind = nontax_kind.get(line.code)
        submitted = kinds[kind]["submitted"] if kind in kinds else rule["unclassified"]["submitted"]
        if not submitted:
            label = kinds[kind]["label"] if kind in kinds else line.name
            left_out[label] = left_out.get(label, 0) + line.nontax
    notes = [f"미제출비과세 {label} {amount:,}원 제외" for label, amount in left_out.items()]
    unclassified = e.nontaxable - classified
    if unclassified > 0:
        if rule["unclassified"]["submitted"]:
            notes.append(f"내역을 모르는 비과세 {unclassified:,}원 포함")
        else:
            left_out["?"] = unclassified
            notes.append(f"내역을 모르는 비과세 {unclassified:,}원 제외")
    return min(sum(left_out.values()), e.nontaxable), " · ".join(notes)


def _month_range(month: str) -> tuple[date, date]:
    first = date.fromisoformat(month + "-01")
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(after.toordinal() - 1)


def _leave_dates(ctx) -> dict[str, date]:
    from heemang_desktop.hr.service import list_employees

    return {c.id: c.leave_date for c in list_employees(ctx) if c.leave_date is not None}


def build_return(ctx, month: str) -> WithholdingReturn:
    view = require_closed(ctx, month)
    data = rules()
    nontax_kind = {i.code: i.nontax for i in items_of(ctx)}

    def paid_of(e: EntryView) -> tuple[int, str]:
        excluded, note = excluded_nontax(e, nontax_kind, data["nontax"])
        return e.gross - excluded, note

    first, last = _month_range(month)
    leave = _leave_dates(ctx)
    rows = {r["code"]: ReturnRow(r["code"], r["section"], r["label"], note=r.get("note", "")) for r in data["rows"]}
    filled = {r["fill"]: rows[r["code"]] for r in data["rows"] if "fill" in r}
    people: list[PersonLine] = []
    leavers: list[EntryView] = []
    for e in view.entries:
        day = e.employment_type == DAY_LABORER
        left = leave.get(e.employee_id)
        if not day and left is not None and first <= left <= last:
            leavers.append(e)
        if not e.gross:  # on the register but paid nothing (a day laborer with no days): not a person paid
            continue
        paid, note = paid_of(e)
        row = filled[DAY if day else SIMPLE]
        tax, local = e.amount("income_tax"), e.amount("local_tax")
        row.people += 1
        row.paid += paid
        row.income_tax += tax
        row.local_tax += local
        people.append(PersonLine(e.employee_no, e.name, row.code, paid, tax, local, note))
    if leavers:
        a02 = filled[LEAVER]
        from_january = _paid_from_january(ctx, month, {e.employee_id for e in leavers}, paid_of)
        for e in leavers:
            paid = from_january[e.employee_id]
            a02.people += 1
            a02.paid += paid
            note = f"{leave[e.employee_id]:%Y-%m-%d} 퇴사: 1월~퇴사월 급여대장 합계, 정산 세액은 직접 입력"
            people.append(PersonLine(e.employee_no, e.name, a02.code, paid, 0, 0, note))
    else:
        filled[LEAVER].note = ""
    if month.endswith("-02"):  # the February return carries the year-end settlement
        filled[YEAR_END].note = next(r for r in data["rows"] if r.get("fill") == YEAR_END)["february_note"]
    for spec in data["rows"]:
        row = rows[spec["code"]]
        for code in spec.get("subtotal", ()):
            part = rows[code]
            for attr in SUMMED:
                setattr(row, attr, getattr(row, attr) + getattr(part, attr))
        if spec.get("pays"):
            row.payable_income_tax = max(row.income_tax + row.penalty - row.adjusted_refund, 0)
            row.payable_rural_tax = row.rural_tax
    return WithholdingReturn(month, ctx.facility.name, tuple(rows.values()), tuple(people),
                             (data["local_tax_note"], data["refund_note"]))


def _paid_from_january(ctx, month: str, employee_ids: set[str], paid_of) -> dict[str, int]:
    """Each leaver's 총지급액 over this year's registers up to `month` (those the app holds)."""
    year, mon = month.split("-")
    totals = dict.fromkeys(employee_ids, 0)
    for m in range(1, int(mon) + 1):
        view = get_register(ctx, f"{year}-{m:02d}")
        for e in view.entries if view else ():
            if e.employee_id in totals:
                totals[e.employee_id] += paid_of(e)[0]
    return totals


# -- the workbook -------------------------------------------------------------------------------

FIXED_HEADERS = ("소득구분", "구분", "코드")
LOCAL_HEADER = "지방소득세(참고)"
PERSON_HEADERS = ("사번", "성명", "코드", "지급액", "소득세", "지방소득세", "비고")


def export_return(ctx, month: str, path: Path) -> WithholdingReturn:
    """The return in the form's row order (sheet 1) and the people behind each row (sheet 2)."""
    result = build_return(ctx, month)
    write_return(Path(path), result)
    return result


def write_return(path: Path, result: WithholdingReturn) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from heemang_desktop.excel.writer import WON_FORMAT

    columns = rules()["columns"]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F2")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "원천징수이행상황신고서"
    year, mon = result.month.split("-")
    ws.append([f"{year}년 {int(mon)}월 원천징수이행상황신고서 — 원천징수 명세 및 납부세액"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([f"원천징수의무자 {result.facility_name} · 귀속연월 {result.month} · 지급연월 {result.month} "
               "(다음 달에 지급했다면 지급연월을 고쳐 적으세요) · 신고구분 매월·정기"])
    groups = [*FIXED_HEADERS, *(c["group"] or c["label"] for c in columns), LOCAL_HEADER, "비고"]
    labels = [*FIXED_HEADERS, *(c["label"] for c in columns), LOCAL_HEADER, "비고"]
    ws.append(groups)
    ws.append(labels)
    head = ws.max_row
    for col in range(1, len(labels) + 1):  # a header spanning both rows, or a group over its columns
        top, low = ws.cell(head - 1, col), ws.cell(head, col)
        if top.value == low.value:
            ws.merge_cells(start_row=head - 1, start_column=col, end_row=head, end_column=col)
    start = len(FIXED_HEADERS) + 1
    for group in dict.fromkeys(c["group"] for c in columns if c["group"]):
        cols = [start + i for i, c in enumerate(columns) if c["group"] == group]
        ws.merge_cells(start_row=head - 1, start_column=cols[0], end_row=head - 1, end_column=cols[-1])
    for r in (head - 1, head):
        for col in range(1, len(labels) + 1):
            cell = ws.cell(r, col)
            cell.font, cell.fill, cell.alignment = bold, fill, center
    for row in result.rows:
        ws.append([row.section, row.label, row.code, *(getattr(row, c["key"]) for c in columns), row.local_tax,
                   row.note])
        for col in range(start, start + len(columns) + 1):
            ws.cell(ws.max_row, col).number_format = WON_FORMAT
        if row.code in ("A10", "A99"):
            for col in range(1, len(labels) + 1):
                ws.cell(ws.max_row, col).font = bold
    ws.append([])
    for note in result.notes:
        ws.append([note])
    widths = {1: 14, 2: 16, 3: 7, len(labels): 60}
    for col in range(1, len(labels) + 1):
        ws.column_dimensions[get_column_letter(col)].width = widths.get(col, 15)
    ws.freeze_panes = ws.cell(head + 1, start)

    people = wb.create_sheet("명세")
    people.append(list(PERSON_HEADERS))
    for cell in people[1]:
        cell.font, cell.fill = bold, fill
    for p in sorted(result.people, key=lambda p: (p.code, p.employee_no)):
        people.append([p.employee_no, p.name, p.code, p.paid, p.income_tax, p.local_tax, p.note])
        for money in (4, 5, 6):
            people.cell(people.max_row, money).number_format = WON_FORMAT
    for letter, width in zip("ABCDEFG", (10, 12, 7, 14, 12, 12, 60), strict=True):
        people.column_dimensions[letter].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
