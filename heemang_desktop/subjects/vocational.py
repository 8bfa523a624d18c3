"""직업재활 (sheltered workshops): trainee attendance, work records, monthly wages and payslips.

Wage = floor10(minutes worked × hourly ÷ 60) + Σ quantity × the task's piece rate, with the
rates from resources/subjects/vocational.json for the month. A paid wage is not recomputed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.subjects import codes
from heemang_desktop.subjects.common import text, withdraw
from heemang_desktop.subjects.fees import floor10
from heemang_desktop.subjects.models import Subject, TraineeAttendance, Wage, WorkRecord
from heemang_desktop.sync.outbox import record_change


@dataclass(frozen=True)
class WageRow:
    id: str
    subject_id: str
    subject_name: str
    month: str
    minutes: int
    time_pay: int
    piece_pay: int
    amount: int
    detail: str
    paid_on: date | None
    method: str


def _month_range(month: str) -> tuple[date, date]:
    try:
        first = date.fromisoformat(month + "-01")
    except ValueError as exc:
        raise ValidationError(f"연월은 2026-09 형식이어야 합니다: {month}", "month") from exc
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt


def _attendance(session, ctx, subject: Subject, work_date: date, status: str, minutes: int, note: str,
                actor_id: str) -> None:
    status = codes.choice("attendance_statuses", status, "출결 구분")
    if minutes < 0 or minutes > 24 * 60:
        raise ValidationError("근무 시간(분)은 0~1440 사이여야 합니다.", "minutes")
    row = session.scalar(select(TraineeAttendance).where(
        TraineeAttendance.subject_id == subject.id, TraineeAttendance.work_date == work_date,
        TraineeAttendance.deleted.is_(False)))
    if row is None:
        row = TraineeAttendance(facility_id=ctx.facility.id, subject_id=subject.id, work_date=work_date)
    row.status, row.minutes, row.note = status, minutes, text(note, 200, "비고")
    record_change(session, row, actor_id)


def _work(session, ctx, subject: Subject, work_date: date, task: str, quantity: int, minutes: int,
          actor_id: str) -> str:
    if quantity < 0 or minutes < 0:
        raise ValidationError("수량과 시간은 0 이상이어야 합니다.", "quantity")
    row = WorkRecord(facility_id=ctx.facility.id, subject_id=subject.id, work_date=work_date,
                     task=text(task, 100, "작업명", required=True), quantity=quantity, minutes=minutes,
                     cancelled=False)
    record_change(session, row, actor_id)
    return row.id


def record_attendance(ctx, subject_id: str, work_date: date, status: str, minutes: int = 0, note: str = "") -> None:
    """One row per trainee and day: recording a day again corrects it."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "훈련생")
        _attendance(session, ctx, subject, work_date, status, minutes, note, actor.login_id)


def add_work(ctx, subject_id: str, work_date: date, task: str, quantity: int, minutes: int) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "훈련생")
        return _work(session, ctx, subject, work_date, task, quantity, minutes, actor.login_id)


def record_day(ctx, subject_id: str, work_date: date, status: str, minutes: int, task: str = "",
               quantity: int = 0) -> None:
    """The page's one form: the day's attendance and, when a task is named, its work, saved together or not at all."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        subject = owned(session, Subject, subject_id, ctx.facility.id, "훈련생")
        _attendance(session, ctx, subject, work_date, status, minutes, "", actor.login_id)
        if task.strip():
            _work(session, ctx, subject, work_date, task, quantity, minutes, actor.login_id)


def cancel_work(ctx, work_id: str) -> str:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        return withdraw(session, owned(session, WorkRecord, work_id, ctx.facility.id, "작업내역"), actor.login_id)


def _wage_row(w: Wage, name: str) -> WageRow:
    return WageRow(w.id, w.subject_id, name, w.month, w.minutes, w.time_pay, w.piece_pay, w.amount, w.detail,
                   w.paid_on, w.method)


def calculate_wages(ctx, month: str) -> list[WageRow]:
    """(Re)compute the month's unpaid wages from its work records."""
    actor = ctx.require_actor()
    first, nxt = _month_range(month)
    rule = codes.wage_rule(first)
    with ctx.transaction() as session:
        works = session.execute(select(WorkRecord, Subject.name).join(
            Subject, Subject.id == WorkRecord.subject_id).where(
            WorkRecord.facility_id == ctx.facility.id, WorkRecord.deleted.is_(False), WorkRecord.cancelled.is_(False),
            WorkRecord.work_date >= first, WorkRecord.work_date < nxt)).all()
        per: dict[str, dict] = {}
        for w, name in works:
            acc = per.setdefault(w.subject_id, {"name": name, "minutes": 0, "tasks": {}})
            acc["minutes"] += w.minutes
            acc["tasks"][w.task] = acc["tasks"].get(w.task, 0) + w.quantity
        existing = {w.subject_id: w for w in session.scalars(select(Wage).where(
            Wage.facility_id == ctx.facility.id, Wage.month == month, Wage.deleted.is_(False),
            Wage.cancelled.is_(False)))}
        out = []
        for subject_id, acc in sorted(per.items(), key=lambda kv: kv[1]["name"]):
            wage = existing.get(subject_id)
            if wage is not None and wage.paid_on is not None:
                out.append(_wage_row(wage, acc["name"]))
                continue
            time_pay = floor10(acc["minutes"] * rule.hourly // 60)
            lines = [f"작업시간 {acc['minutes'] / 60:g}시간 × 시급 {rule.hourly:,}원 = {time_pay:,}원"]
            piece_pay = 0
            for task, qty in sorted(acc["tasks"].items()):
                rate = rule.piece_rates.get(task, 0)
                piece_pay += qty * rate
                if rate:
                    lines.append(f"{task} {qty:,}개 × {rate:,}원 = {qty * rate:,}원")
            if wage is None:
                wage = Wage(facility_id=ctx.facility.id, subject_id=subject_id, month=month, method="", cancelled=False)
            wage.minutes, wage.time_pay, wage.piece_pay = acc["minutes"], time_pay, piece_pay
            wage.amount, wage.detail = time_pay + piece_pay, "\n".join(lines)
            record_change(session, wage, actor.login_id)
            out.append(_wage_row(wage, acc["name"]))
        return out


def pay_wages(ctx, month: str, paid_on: date, method: str = "계좌이체") -> int:
    actor = ctx.require_actor()
    method = codes.choice("receipt_methods", method, "지급 방법")
    with ctx.transaction() as session:
        unpaid = session.scalars(select(Wage).where(
            Wage.facility_id == ctx.facility.id, Wage.month == month, Wage.paid_on.is_(None),
            Wage.deleted.is_(False), Wage.cancelled.is_(False))).all()
        for wage in unpaid:
            wage.paid_on, wage.method = paid_on, method
            record_change(session, wage, actor.login_id)
        return len(unpaid)


def wage_list(ctx, month: str) -> list[WageRow]:
    with ctx.store.session() as session:
        rows = session.execute(select(Wage, Subject.name).join(Subject, Subject.id == Wage.subject_id).where(
            Wage.facility_id == ctx.facility.id, Wage.month == month, Wage.deleted.is_(False),
            Wage.cancelled.is_(False)).order_by(Subject.name))
        return [_wage_row(w, name) for w, name in rows]


def payslip_html(ctx, wage_id: str) -> str:
    """The trainee's payslip: every amount with how it was computed (근로기준법 §48)."""
    with ctx.store.session() as session:
        w = owned(session, Wage, wage_id, ctx.facility.id, "훈련생 급여")
        name = session.get(Subject, w.subject_id).name
    e = html.escape
    detail = "".join(f"<li>{e(line)}</li>" for line in w.detail.splitlines())
    paid = f"{w.paid_on:%Y-%m-%d} ({e(w.method)})" if w.paid_on else "지급 전"
    return (
        f'<h2 align="center">훈련생 급여명세서 ({e(w.month)})</h2>'
        f'<p align="right">{e(ctx.facility.name)}</p>'
        f'<table width="100%" border="1" cellspacing="0" cellpadding="6">'
        f'<tr><th align="left" width="30%">성명</th><td>{e(name)}</td></tr>'
        f'<tr><th align="left">시간급</th><td align="right">{w.time_pay:,}원</td></tr>'
        f'<tr><th align="left">작업량급</th><td align="right">{w.piece_pay:,}원</td></tr>'
        f'<tr><th align="left">지급액</th><td align="right"><b>{w.amount:,}원</b></td></tr>'
        f'<tr><th align="left">지급일</th><td>{paid}</td></tr></table>'
        f'<p><b>계산 방법</b></p><ul>{detail}</ul>'
    )


def export_wage_list(ctx, month: str, path: Path) -> int:
    from heemang_desktop.excel.writer import write_table

    rows = wage_list(ctx, month)
    return write_table(Path(path), "급여지급",
                       ["성명", "작업시간(시간)", "시간급", "작업량급", "지급액", "지급일", "지급방법"],
                       ([r.subject_name, round(r.minutes / 60, 2), r.time_pay, r.piece_pay, r.amount, r.paid_on,
                         r.method] for r in rows),
                       money_columns=("시간급", "작업량급", "지급액"),
                       title=f"{ctx.facility.name} 훈련생 급여 지급 목록 ({month})")
