"""The CMS 출금 screen's month at a glance: the debit list before the file is written (the plan, with
blocked dates already moved) or, once written, the stored lines with the bank's answers; and the
notice template to edit. Read only: nothing here writes the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from heemang_desktop.calendar import service as calendar_service
from heemang_desktop.donations import blackout
from heemang_desktop.donations.cms import REQUESTED, Problem, _check_month, _plan_debits
from heemang_desktop.donations.models import CMS, MONTHLY, CmsBatch, CmsLine, Donor, Pledge
from heemang_desktop.donations.pledges import CMS_APPLY, CMS_CHANGE_APPLY


@dataclass(frozen=True)
class MonthDebit:
    donor_no: str
    name: str
    debit_day: int | None  # the pledge's day of the month
    debit_date: date  # when it goes to the bank (a blocked date already moved)
    amount: int  # won, with earlier failed debits asked again
    arrears: int
    state: str  # 예정 (not written yet), 요청, 완료, 불능
    reject_code: str = ""
    reason: str = ""
    arrears_from: str = ""  # the months the arrears failed in, as "2022-09, 2022-10"


@dataclass(frozen=True)
class MonthView:
    month: str
    written: bool  # the month's EB21 files exist: the lines are the stored ones
    debits: tuple[MonthDebit, ...]
    problems: tuple[Problem, ...]

    @property
    def total(self) -> int:
        return sum(d.amount for d in self.debits)


PLANNED = "예정"


def month_view(ctx, month: str, direction: str | None = None) -> MonthView:
    month = _check_month(month)
    with ctx.store.session() as session:
        rows = session.execute(select(  # plain columns: a month's 5,000 lines as ORM objects cost ~0.5 s
            CmsLine.id, Donor.donor_no, Donor.name, Pledge.debit_day, CmsLine.debit_date, CmsLine.amount,
            CmsLine.arrears, CmsLine.state, CmsLine.reject_code, CmsLine.reject_reason).join(
            CmsBatch, CmsBatch.id == CmsLine.batch_id).join(Donor, Donor.id == CmsLine.donor_id).join(
            Pledge, Pledge.id == CmsLine.pledge_id).where(
            CmsBatch.facility_id == ctx.facility.id, CmsBatch.file_kind == "EB21", CmsBatch.month == month,
            CmsBatch.deleted.is_(False)).order_by(CmsLine.debit_date, CmsLine.serial)).all()
        if rows:
            origins = _arrears_months(session, [r[0] for r in rows if r[6]])
            return MonthView(month, True, tuple(
                MonthDebit(no, name, day, when, amount, arrears, state or REQUESTED, code, reason,
                           ", ".join(origins.get(line_id, ())))
                for line_id, no, name, day, when, amount, arrears, state, code, reason in rows), ())
        problems: list[Problem] = []
        carried: dict = {}
        by_day = _plan_debits(ctx, session, month, direction, problems, carried)
        debits = tuple(MonthDebit(d.donor_no, d.name, p.debit_day, day, debit.amount, debit.amount - p.amount, PLANNED,
                                  arrears_from=", ".join(carried[debit.member_no].months)
                                  if debit.member_no in carried else "")
                       for day, lines in sorted(by_day.items()) for debit, p, d in lines)
        return MonthView(month, False, debits, tuple(problems))


def _arrears_months(session, line_ids: list[str]) -> dict[str, list[str]]:
    """Line id -> the months of the failed debits it asks again."""
    out: dict[str, list[str]] = {}
    for carried_to, month in session.execute(select(CmsLine.carried_to, CmsBatch.month).join(
            CmsBatch, CmsBatch.id == CmsLine.batch_id).where(CmsLine.carried_to.in_(line_ids)).order_by(
            CmsBatch.month)):
        out.setdefault(carried_to, []).append(month)
    return out


def without_consent(ctx) -> list[Problem]:
    """CMS registrations waiting for the next EB13 whose donor has no 출금동의서 on file: the bank wants
    the consent evidence (EI13) before the registration, else 불능 0078 (cms.md §1)."""
    with ctx.store.session() as session:
        rows = session.execute(select(Donor.donor_no, Donor.name).join(Pledge, Pledge.donor_id == Donor.id).where(
            Donor.facility_id == ctx.facility.id, Donor.deleted.is_(False), Donor.consent_file == "",
            Pledge.current.is_(True), Pledge.deleted.is_(False), Pledge.method == CMS,
            Pledge.cms_state.in_((CMS_APPLY, CMS_CHANGE_APPLY))).distinct().order_by(Donor.donor_no)).all()
    return [Problem(no, name, "출금동의서가 없습니다 (후원자 카드에서 첨부)") for no, name in rows]


@dataclass(frozen=True)
class BlockedDay:
    old: date  # a promised debit date inside a CMS blackout
    new: date  # where it moves (the setting's direction)
    window: str  # the blackout, as "8.30~9.6"
    pledges: int


def _months(first: date, last: date) -> list[str]:
    """Every month from `first`'s to `last`'s, as YYYY-MM."""
    out, year, mon = [], first.year, first.month
    while (year, mon) <= (last.year, last.month):
        out.append(f"{year:04d}-{mon:02d}")
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return out


def blocked_days(ctx, first: date, last: date) -> list[BlockedDay]:
    """Promised debit dates from `first` to `last` inside a CMS blackout, with how many live monthly CMS
    pledges fall on each: counted in SQL by day of month, so 나의업무 stays cheap with 5,000 pledges."""
    within = calendar_service.calendar_of(ctx)
    out = []
    with ctx.store.session() as session:
        for month in _months(first, last):
            start, end = date(int(month[:4]), int(month[5:]), 1), blackout.due_date(month, 31)
            days = {}
            for dom in range(1, 32):
                old = blackout.due_date(month, dom)
                window = blackout.window_of(old, within) if first <= old <= last else None
                if window is not None:
                    days[dom] = (old, window)
            if not days:
                continue
            counts = dict(session.execute(select(Pledge.debit_day, func.count()).join(
                Donor, Donor.id == Pledge.donor_id).where(
                Pledge.facility_id == ctx.facility.id, Pledge.current.is_(True), Pledge.deleted.is_(False),
                Donor.deleted.is_(False), Pledge.method == CMS, Pledge.pledge_kind == MONTHLY,
                Pledge.cancelled_on.is_(None), Pledge.paused.is_(False), Pledge.debit_day.in_(days),
                (Pledge.start_date.is_(None)) | (Pledge.start_date <= end),
                (Pledge.end_date.is_(None)) | (Pledge.end_date >= start)).group_by(Pledge.debit_day)).all())
            by_date: dict[date, tuple] = {}
            for dom, n in counts.items():
                old, window = days[dom]
                _, _, total = by_date.get(old, (None, None, 0))
                by_date[old] = (old, window, total + n)
            out += [BlockedDay(old, blackout.move(old, None, within), window.label, n)
                    for old, window, n in by_date.values()]
    return sorted(out, key=lambda b: b.old)


TEMPLATE_KEY = "cms_notice_template"  # this PC's settings: the facility's own wording, once used


def notice_template(ctx) -> str:
    """The SMS text for a moved debit, with its {자리} names: the one last used here, else the shipped one."""
    return ctx.settings.extra.get(TEMPLATE_KEY) or blackout.default_template()


def keep_notice_template(ctx, text: str) -> None:
    """Remember `text` (a notice list was just written with it, so its {자리} names are known)."""
    text = text.strip()
    if text == blackout.default_template():
        ctx.settings.extra.pop(TEMPLATE_KEY, None)
    else:
        ctx.settings.extra[TEMPLATE_KEY] = text
    ctx.settings.save(ctx.paths)


def default_direction() -> str:
    return blackout.default_direction()
