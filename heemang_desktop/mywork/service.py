"""나의업무's door: `items(ctx, on, user)` gathers every feature's work items for one user's role.

Each provider (`Feature.work_items`) is called in turn; one that fails becomes a single item saying
which area could not be read (and is logged), so the page never breaks on another feature's bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heemang_desktop.features import FEATURES, all_features, load
from heemang_desktop.logs import log_unexpected
from heemang_desktop.work_items import NOTICE, OVERDUE, SOON, URGENT, WorkItem

__all__ = ["NOTICE", "OVERDUE", "SOON", "URGENT", "OutageNotice", "WorkItem", "day_label", "items", "outage_notice",
           "providers"]

ALL_PAGES = "admin"  # this role sees every item, whichever menu it belongs to
HOME = "my_work.home"
# what to call an area whose provider failed ("후원관리 항목을 읽지 못했습니다"): by feature, and for the
# providers mywork keeps for other areas (providers.py), by function
_AREA = {"reporting": "시군구보고·평가", "donations": "후원관리", "accounting": "회계", "hr": "인사",
         "payroll": "급여", "subjects": "대상자", "calendar": "일정", "sync": "전송", "audit": "개인정보 점검",
         "inquiries": "질의하기", "calendar_items": "일정", "sync_items": "전송", "payslip_mail_items": "급여",
         "police_report_items": "무연고자 신고"}
_WEEKDAYS = "월화수목금토일"


def providers() -> list[tuple[str, str]]:
    """(feature package, "module:function") of every registered provider."""
    return [(name, target) for name, feature in zip(FEATURES, all_features(), strict=True)
            for target in feature.work_items]


def _role_of(ctx, user: str | None) -> str:
    if user is None:
        return ctx.actor.role if ctx.actor is not None else ALL_PAGES  # headless, no one signed in
    from heemang_desktop.users import service as users

    found = next((u for u in users.list_users(ctx) if u.login_id == user), None)
    if found is None:
        from heemang_desktop.store.errors import ValidationError

        raise ValidationError(f"없는 사용자입니다: {user}", "user")
    return found.role


def _visible(role: str):
    if role == ALL_PAGES:
        return lambda page: True
    from heemang_desktop.users import service as users

    return lambda page: users.may_open(role, page)


def items(ctx, on: date, user: str | None = None) -> list[WorkItem]:
    """What needs `user` (a login id; default: who is working) on `on`, most urgent first, then by due
    date. Only items whose page the user's role may open are kept."""
    visible = _visible(_role_of(ctx, user))
    out: list[WorkItem] = []
    for name, target in providers():
        try:
            out += load(target)(ctx, on)
        except Exception as exc:  # another area's bug must not empty the whole list
            log_unexpected(f"work-item provider {target} failed", exc)  # masked like every log line
            area = _AREA.get(target.rpartition(":")[2] if name == "mywork" else name, name)
            out.append(WorkItem("provider_error", f"{area} 항목을 읽지 못했습니다",
                                HOME, urgency=SOON, reason="오류 내용은 로그 파일에 있습니다.", key=target))
    kept = [i for i in out if i.page == HOME or visible(i.page)]
    return sorted(kept, key=lambda i: (i.urgency, i.due or date.max, i.title))


def day_label(day: date | None) -> str:
    """8.30(화): how the list and the notice write a day."""
    return "" if day is None else f"{day.month}.{day.day}({_WEEKDAYS[day.weekday()]})"


@dataclass(frozen=True)
class OutageNotice:
    text: str  # the status bar's words: "중단 예정 9.1–9.5" / "시스템 중단 중 (9.5까지)"
    detail: str  # the window's title and source, for the tooltip
    ongoing: bool


def outage_notice(ctx, on: date) -> OutageNotice | None:
    """The outage under way on `on`, else the next one within a month (an announced one is warned of
    that far ahead), for the status bar; None when neither."""
    from heemang_desktop.calendar import service as calendar
    from heemang_desktop.mywork.providers import OUTAGE_AHEAD_DAYS, md, span

    ahead = [w for w in calendar.list_windows(ctx, on, date.fromordinal(on.toordinal() + OUTAGE_AHEAD_DAYS),
                                              calendar.OUTAGE)
             if not w.scope and w.end is not None]
    if not ahead:
        return None
    w = min(ahead, key=lambda x: x.start)
    detail = f"{w.title} ({span(w.start, w.end)})" + (f"\n{w.source}" if w.source else "")
    if w.start <= on:
        return OutageNotice(f"시스템 중단 중 ({md(w.end)}까지)" if w.end else "시스템 중단 중", detail, True)
    return OutageNotice(f"중단 예정 {span(w.start, w.end)}", detail, False)
