"""Work items of areas whose doors already say what is due: the outage calendar, the sync queue,
payslip mails and 무연고자 police reports. Each is `provider(ctx, on) -> list[WorkItem]`, read-only."""

from __future__ import annotations

from datetime import date, timedelta

from heemang_desktop.work_items import NOTICE, OVERDUE, SOON, URGENT, WorkItem

AHEAD_DAYS = 14  # deadlines shown this far ahead (the "next 14 days")
OUTAGE_AHEAD_DAYS = 30  # an announced outage is warned of this far ahead
URGENT_DAYS = 3  # due within this many days: 긴급
BEFORE_OUTAGE_DAYS = 7  # a deadline this close before an outage is the one its warning names
REPORTS_PAGE = "municipal.reports"


def md(day: date) -> str:
    return f"{day.month}.{day.day}"


def span(first: date, last: date | None) -> str:
    """9.1–9.5, as the status bar and the list write a window."""
    if last is None:
        return f"{md(first)}–"
    return md(first) if last == first else f"{md(first)}–{md(last)}"


def _urgency(on: date, due: date) -> int:
    if due < on:
        return OVERDUE
    return URGENT if (due - on).days <= URGENT_DAYS else SOON


def calendar_items(ctx, on: date) -> list[WorkItem]:
    """Deadlines in the next 14 days (moved before an outage, with the reason) and outages ahead or under way."""
    from heemang_desktop.calendar import service as calendar

    out = []
    for w, d in calendar.deadlines_between(ctx, on, on + timedelta(days=AHEAD_DAYS)):
        if w.reports:
            continue  # a deadline naming its reports is listed per report by 시군구보고 (reporting's provider)
        title = f"{w.title}: {md(d.on)}까지" + (" (중단 기간으로 앞당김)" if d.moved else "")
        out.append(WorkItem("deadline", title, REPORTS_PAGE, d.on, _urgency(on, d.on), d.reason or w.source, w.ref))
    windows = calendar.calendar_of(ctx)
    deadlines = [w for w in windows if w.kind == calendar.DEADLINE and w.end is not None]
    for w in windows:
        if w.kind != calendar.OUTAGE or w.scope or w.end is None or w.end < on:
            continue
        if w.start <= on:
            out.append(WorkItem("outage", f"{span(w.start, w.end)} 시스템 중단 중 ({md(w.end)}까지): "
                                "입력은 이 PC에 저장했다가 다시 열리면 보냅니다", REPORTS_PAGE, w.end, URGENT,
                                w.source, w.ref))
        elif (w.start - on).days <= OUTAGE_AHEAD_DAYS:
            # the last deadline set before it ("시군구보고는 8.30까지")
            before = [d for d in deadlines if d.end is not None and on <= d.end < w.start and
                      (w.start - d.end).days <= BEFORE_OUTAGE_DAYS]
            last = max(before, key=lambda d: d.end or on, default=None)
            due = last.end if last is not None else None
            what = "" if last is None or due is None else (
                f": 시군구보고는 {md(due)}까지" if last.reports else f": {last.title} {md(due)}까지")
            out.append(WorkItem("outage", f"{span(w.start, w.end)} 시스템 중단 예정{what}", REPORTS_PAGE,
                                due or w.start, _urgency(on, due or w.start), w.source, w.ref))
    return out


def sync_items(ctx, on: date) -> list[WorkItem]:
    """Records the central service refused or that conflict (to settle), and changes still queued."""
    from heemang_desktop.sync import service as sync

    f = sync.figures(ctx)
    page = "my_work.sync"
    out = []
    if f.conflicts:
        out.append(WorkItem("sync_conflict", f"동기화 충돌 {f.conflicts:,}건: 내 것/중앙 것 중 고르세요", page,
                            urgency=URGENT, reason="다른 PC나 중앙 서비스에서 같은 기록을 고쳤습니다.",
                            key="conflicts"))
    if f.rejected:
        out.append(WorkItem("sync_rejected", f"중앙 서비스가 거부한 기록 {f.rejected:,}건: 고쳐서 다시 보내세요",
                            page, urgency=URGENT, reason="거부 사유는 전송 대기 목록에 있습니다.", key="rejected"))
    if f.quarantined:
        out.append(WorkItem("sync_quarantined", f"받지 못하고 격리한 기록 {f.quarantined:,}건", page, urgency=URGENT,
                            reason="중앙 서비스에서 받은 기록을 이 PC에 반영하지 못했습니다.", key="quarantined"))
    if f.queued:
        out.append(WorkItem("sync_queued", f"전송 대기 {f.queued:,}건: 중앙 서비스가 열리면 보냅니다", page,
                            urgency=NOTICE, reason="이 PC에 저장되어 있습니다.", key="queued"))
    return out


RECENT_MONTHS = 3  # failed payslip mails of the latest registers; older ones were handed out by hand


def payslip_mail_items(ctx, on: date) -> list[WorkItem]:
    from heemang_desktop.payroll import service as payroll

    out = []
    for month, _state in payroll.months(ctx)[:RECENT_MONTHS]:
        failed = [d for d in payroll.mail_log(ctx, month).values() if d.state == payroll.FAILED]
        if failed:
            out.append(WorkItem("payslip_mail_failed", f"{month} 급여명세서 메일 {len(failed):,}건을 보내지 못했습니다",
                                "hr.payroll", urgency=SOON, reason="급여대장에서 실패한 메일만 다시 보내세요.",
                                key=f"payslip-mail/{month}"))
    return out


def police_report_items(ctx, on: date) -> list[WorkItem]:
    """무연고자 events not yet reported to the police: due at once, outage or not."""
    from heemang_desktop.subjects import service as subjects

    return [WorkItem("no_kin_police", f"무연고자 경찰 신고: {r.subject_name} ({r.event})", "subjects.cards",
                     r.occurred_at.date(), OVERDUE, subjects.POLICE_NOTICE, r.id)
            for r in subjects.list_reports(ctx, due_only=True)]
