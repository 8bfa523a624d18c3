"""Books and reports as data: 현금출납부, 총계정원장, 예산 대비 집행, 세입·세출 명세.

The same `Report` goes to the screen, to Excel (excel/writer.py) and to HTML for PDF/printing.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from heemang_desktop.accounting.budget import current_budget, executed, transfer_totals
from heemang_desktop.accounting.chart import SIDES, load_chart
from heemang_desktop.accounting.models import ACTIVE, EXPENSE, INCOME, SIDE_OF_KIND, Resolution, ResolutionLine
from heemang_desktop.store.errors import ValidationError

TITLES = {"budget": "예산 대비 집행 현황", "cashbook": "현금출납부", "ledger": "총계정원장",
          "statement": "세입·세출 명세서",
          "transfers": "과목전용조서"}
KIND_OF_SIDE = {"세입": INCOME, "세출": EXPENSE}


@dataclass
class Report:
    kind: str
    title: str
    subtitle: str
    headers: list[str]
    money_columns: list[str]
    rows: list[list] = field(default_factory=list)
    emphasis: set[int] = field(default_factory=set)  # row indexes shown bold (subtotals, account heads)
    landscape: bool = False

    def add(self, values: list, bold: bool = False) -> None:
        if bold:
            self.emphasis.add(len(self.rows))
        self.rows.append(values)


def _period(year: int, start: date | None, end: date | None) -> tuple[date, date]:
    start = start or date(year, 1, 1)
    end = end or date(year, 12, 31)
    if start.year != year or end.year != year or start > end:
        raise ValidationError(f"기간은 {year}년 안이어야 하고 시작일이 종료일보다 늦을 수 없습니다.")
    return start, end


def build(ctx, kind: str, year: int, start: date | None = None, end: date | None = None) -> Report:
    if kind not in TITLES:
        raise ValidationError(f"없는 보고서입니다: {kind}")
    start, end = _period(year, start, end)
    with ctx.store.session() as session:  # a read: never the write lock (BEGIN IMMEDIATE)
        return _BUILDERS[kind](session, ctx, year, start, end)


def _subtitle(ctx, start: date, end: date) -> str:
    return f"{ctx.facility.name} ({ctx.facility.code}) · {start:%Y-%m-%d} ~ {end:%Y-%m-%d}"


def _by_account(chart, side: str, values: dict[str, int]) -> dict[str, int]:
    """Leaf amounts rolled up to every ancestor (관/항/목)."""
    out: dict[str, int] = defaultdict(int)
    for code, amount in values.items():
        account = chart.get(side, code)
        if account is None:
            continue
        for a in [account, *chart.ancestors(account)]:
            out[a.code] += amount
    return out


def _budget(session, ctx, year, start, end) -> Report:
    """예산액 (latest revision), 전용 (in − out), 예산현액 = 예산액 + 전용, then spent and remaining."""
    chart = load_chart(session, ctx.facility.id, year)
    r = Report("budget", TITLES["budget"], _subtitle(ctx, start, end),
               ["구분", "과목코드", "과목", "수준", "예산액", "전용", "예산현액", "집행액", "잔액", "집행률"],
               ["예산액", "전용", "예산현액", "집행액", "잔액"], landscape=True)
    moved_in, moved_out = transfer_totals(session, ctx.facility.id, year)
    for side in SIDES:
        budget = _by_account(chart, side, current_budget(session, ctx.facility.id, year, side))
        moved = {} if side != "세출" else _by_account(chart, side, {
            c: moved_in.get(c, 0) - moved_out.get(c, 0) for c in set(moved_in) | set(moved_out)})
        spent = _by_account(chart, side, executed(session, ctx.facility.id, year, KIND_OF_SIDE[side],
                                                  start=start, end=end))
        totals = [0, 0, 0]
        for a in chart.accounts:
            if a.side != side or (a.code not in budget and a.code not in spent and a.code not in moved):
                continue
            b, t, s = budget.get(a.code, 0), moved.get(a.code, 0), spent.get(a.code, 0)
            if a.level == "관":
                totals = [totals[0] + b, totals[1] + t, totals[2] + s]
            rate = f"{s * 100 / (b + t):.1f}%" if b + t else "-"
            r.add([side, a.code, a.name, a.level, b, t, b + t, s, b + t - s, rate], bold=a.level in ("관", "항"))
        tb, tt, ts = totals
        r.add([side, "", f"{side} 합계", "", tb, tt, tb + tt, ts, tb + tt - ts,
               f"{ts * 100 / (tb + tt):.1f}%" if tb + tt else "-"], bold=True)
    return r


def _transfers(session, ctx, year, start, end) -> Report:
    """과목전용조서: every active transfer of the period, 관/항/목 of both sides, with its reason and basis."""
    from heemang_desktop.accounting.transfers import transfers_in

    r = Report("transfers", TITLES["transfers"], _subtitle(ctx, start, end),
               ["번호", "전용일자", "감액 관", "감액 항", "감액 목", "증액 관", "증액 항", "증액 목", "전용액", "사유",
                "근거"],
               ["전용액"], landscape=True)
    total = 0
    for t in transfers_in(session, ctx.facility.id, year, start, end, active_only=True):
        total += t.amount
        r.add([t.number, t.transfer_date.isoformat(), *_three(t.from_path), *_three(t.to_path), t.amount, t.reason,
               t.basis])
    r.add(["", "", "", "", "", "", "", "합계", total, "", ""], bold=True)
    return r


def _three(path: tuple[str, ...]) -> list[str]:
    """관, 항, 목 columns; a 세목 is shown with its 목 ("321 프로그램사업비 > 321-01 …")."""
    if len(path) <= 3:
        return list(path) + [""] * (3 - len(path))
    return [path[0], path[1], " > ".join(path[2:])]


def _lines(session, facility_id: str, start: date, end: date):
    day = func.coalesce(Resolution.cash_date, Resolution.resolution_date)
    return session.execute(
        select(day.label("day"), Resolution.number, Resolution.kind, Resolution.business_name, Resolution.summary,
               ResolutionLine.account_code, ResolutionLine.amount, ResolutionLine.note)
        .join(ResolutionLine, ResolutionLine.resolution_id == Resolution.id)
        .where(Resolution.facility_id == facility_id, Resolution.state == ACTIVE, Resolution.deleted.is_(False),
               day >= start, day <= end)
        .order_by(day, Resolution.number, ResolutionLine.position)
    ).all()


def _opening_balance(session, facility_id: str, year: int, start: date) -> int:
    if start <= date(year, 1, 1):
        return 0
    day = func.coalesce(Resolution.cash_date, Resolution.resolution_date)
    total = 0
    for kind, amount in session.execute(
        select(Resolution.kind, func.sum(Resolution.total)).where(
            Resolution.facility_id == facility_id, Resolution.state == ACTIVE, Resolution.deleted.is_(False),
            day >= date(year, 1, 1), day < start).group_by(Resolution.kind)
    ):
        total += amount if kind == INCOME else -amount
    return total


def _day(value) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _cashbook(session, ctx, year, start, end) -> Report:
    chart = load_chart(session, ctx.facility.id, year)
    r = Report("cashbook", TITLES["cashbook"], _subtitle(ctx, start, end),
               ["일자", "결의번호", "과목", "사업명", "적요", "수입", "지출", "잔액"], ["수입", "지출", "잔액"],
               landscape=True)
    balance = _opening_balance(session, ctx.facility.id, year, start)
    r.add([_day(start), "", "", "전기이월", "", 0, 0, balance], bold=True)
    income = expense = 0
    for line in _lines(session, ctx.facility.id, start, end):
        account = chart.get(SIDE_OF_KIND[line.kind], line.account_code)
        i, e = (line.amount, 0) if line.kind == INCOME else (0, line.amount)
        income, expense, balance = income + i, expense + e, balance + i - e
        r.add([_day(line.day), line.number, account.label if account else line.account_code, line.business_name,
               line.note or line.summary, i, e, balance])
    r.add(["", "", "", "기간 합계", "", income, expense, balance], bold=True)
    return r


def _ledger(session, ctx, year, start, end) -> Report:
    chart = load_chart(session, ctx.facility.id, year)
    r = Report("ledger", TITLES["ledger"], _subtitle(ctx, start, end),
               ["과목", "일자", "결의번호", "사업명", "적요", "금액", "누계"], ["금액", "누계"], landscape=True)
    per_account: dict = defaultdict(list)
    for line in _lines(session, ctx.facility.id, start, end):
        per_account[(SIDE_OF_KIND[line.kind], line.account_code)].append(line)
    for a in chart.accounts:
        entries = per_account.get((a.side, a.code))
        if not entries:
            continue
        r.add([f"{a.side} {a.label}", "", "", "", "", None, None], bold=True)
        running = 0
        for line in entries:
            running += line.amount
            r.add(["", _day(line.day), line.number, line.business_name, line.note or line.summary, line.amount,
                   running])
        r.add(["", "", "", "", "소계", running, running], bold=True)
    return r


def _statement(session, ctx, year, start, end) -> Report:
    chart = load_chart(session, ctx.facility.id, year)
    r = Report("statement", TITLES["statement"], _subtitle(ctx, start, end),
               ["구분", "과목코드", "과목", "수준", "금액"], ["금액"])
    for side in SIDES:
        sums = _by_account(chart, side, executed(session, ctx.facility.id, year, KIND_OF_SIDE[side],
                                                 start=start, end=end))
        total = 0
        for a in chart.accounts:
            if a.side == side and a.code in sums:
                total += sums[a.code] if a.level == "관" else 0
                r.add([side, a.code, a.name, a.level, sums[a.code]], bold=a.level in ("관", "항"))
        r.add([side, "", f"{side} 합계", "", total], bold=True)
    return r


_BUILDERS = {"budget": _budget, "cashbook": _cashbook, "ledger": _ledger, "statement": _statement,
             "transfers": _transfers}


def to_excel(report: Report, path: Path) -> int:
    from heemang_desktop.excel.writer import write_table

    return write_table(Path(path), report.title, report.headers, report.rows, report.money_columns,
                       title=f"{report.title} — {report.subtitle}")


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def to_html(report: Report) -> str:
    money = {report.headers.index(h) for h in report.money_columns}
    head = "".join(f"<th>{html.escape(h)}</th>" for h in report.headers)
    body = []
    for i, row in enumerate(report.rows):
        style = ' style="font-weight:bold; background:#f2f2f2"' if i in report.emphasis else ""
        cells = "".join(
            f'<td{" align=right" if j in money else ""}>{html.escape(cell_text(v))}</td>' for j, v in enumerate(row)
        )
        body.append(f"<tr{style}>{cells}</tr>")
    return (
        f"<h2 align=center>{html.escape(report.title)}</h2><p align=center>{html.escape(report.subtitle)}</p>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        f'<thead><tr style="background:#dde6f2">{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )
