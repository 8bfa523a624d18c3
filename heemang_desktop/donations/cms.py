"""The CMS cycle over the stored pledges: EB13 registrations and cancellations, a month's EB21 debits
(blocked dates moved first), and an EB14/EB22 result applied once.

Every file sent is kept as a batch with its lines (the 납부자번호 of each), so a result is matched
line by line to what was sent; a result that does not match, or is for a request never sent, is
refused whole. A result file's digest is kept on its batch: the same file twice changes nothing.
The bytes and the checks of the files themselves are cms_files.py's; the calendar is blackout.py's.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.audit import service as audit
from heemang_desktop.calendar import service as calendar_service
from heemang_desktop.donations import blackout, cms_files, gifts
from heemang_desktop.donations.donors import name_key
from heemang_desktop.donations.models import CMS, MONTHLY, ORGANISATION, CmsBatch, CmsLine, Donor, Gift, Pledge
from heemang_desktop.donations.pledges import (
    CMS_APPLY,
    CMS_CANCEL_APPLY,
    CMS_CANCELLED,
    CMS_CHANGE_APPLY,
    CMS_FAILED,
    CMS_REGISTERED,
)
from heemang_desktop.excel.bulk import new_row
from heemang_desktop.resources import load_json
from heemang_desktop.store.base import new_id, utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.pii import BANK_ACCOUNT
from heemang_desktop.sync.outbox import DELETE, record_change, record_changes

SETTINGS_KEY = "cms"
REQUESTED, DONE, FAILED = "요청", "완료", "불능"
NEW, CANCEL, DEBIT = "신규", "해지", "출금"


@dataclass(frozen=True)
class CmsSetup:
    """The facility as CMS knows it (kept in this PC's settings): 기관코드 and the collection account."""

    institution_code: str
    bank_code: str = ""
    account: str = ""
    passbook_text: str = ""


@dataclass(frozen=True)
class Problem:
    """A pledge left out of a file, and why (shown to the user; never silently skipped); `left_out`
    False: it is in the file, on a date the user should check."""

    donor_no: str
    name: str
    reason: str
    left_out: bool = True

    @property
    def label(self) -> str:
        return "제외" if self.left_out else "확인"


@dataclass(frozen=True)
class MovedDebit:
    pledge_id: str
    donor_no: str
    name: str
    phone: str
    old: date
    new: date
    window: str


@dataclass
class FileResult:
    """What a written file holds: one entry per file (EB21 goes per debit day)."""

    files: list[tuple[Path, date, int, int]] = field(default_factory=list)  # path, day, lines, total won
    problems: list[Problem] = field(default_factory=list)
    reused: bool = False  # the month's batches existed: the same files written again, nothing new stored
    moved: str = ""  # why the file carries another date than asked (a CMS blackout), for the user
    notes: list[str] = field(default_factory=list)  # stored files not written again, and why


@dataclass(frozen=True)
class ResultLineOut:
    donor_no: str
    name: str
    request: str
    amount: int
    ok: bool
    reject_code: str
    reason: str


@dataclass(frozen=True)
class AppliedResult:
    kind: str
    day: date
    already_applied: bool
    done: int
    failed: int
    lines: tuple[ResultLineOut, ...]


# -- setup ----------------------------------------------------------------------------------------

def cms_setup(ctx) -> CmsSetup | None:
    raw = ctx.settings.extra.get(SETTINGS_KEY)
    return CmsSetup(**raw) if raw else None


def set_cms_setup(ctx, setup: CmsSetup) -> CmsSetup:
    if not (setup.institution_code.isascii() and setup.institution_code.isalnum()
            and len(setup.institution_code) <= 10):
        raise ValidationError("CMS 기관코드는 영문·숫자 10자리 이내입니다.", "institution_code")
    if setup.bank_code and not (len(setup.bank_code) == 3 and setup.bank_code.isdigit()):
        raise ValidationError("수납 은행코드는 숫자 3자리입니다 (예: 004).", "bank_code")
    ctx.settings.extra[SETTINGS_KEY] = {"institution_code": setup.institution_code, "bank_code": setup.bank_code,
                                        "account": setup.account, "passbook_text": setup.passbook_text}
    ctx.settings.save(ctx.paths)
    return setup


def _institution(ctx) -> cms_files.Institution:
    setup = cms_setup(ctx)
    if setup is None:
        raise ValidationError("CMS 기관코드가 설정되지 않았습니다: 'cms setup --institution 코드'로 먼저 정하세요.")
    return cms_files.Institution(setup.institution_code, setup.bank_code, setup.account, setup.passbook_text)


@functools.cache
def bank_code(name: str) -> str:
    """The 3-digit code of a bank written by name (resources/donations/banks.json) or as its code."""
    name = name_key(name)
    if len(name) == 3 and name.isdigit():
        return name
    data = load_json("donations/banks.json")
    return data["codes"].get(data["aliases"].get(name, name), "")


# -- what goes out --------------------------------------------------------------------------------

def payer_no(pledge: Pledge | _Plain) -> str:
    """납부자번호: from the pledge's series id (time-ordered UUIDv7), so two PCs never hand out the same
    one offline and every version of the pledge keeps it. 20 characters, as the field takes."""
    return pledge.series_id.replace("-", "")[:20].upper()


def _payer_id(donor: Donor | _Plain) -> str:
    value = donor.business_number if donor.donor_kind == ORGANISATION else donor.birth_ymd
    return cms_files.payer_id_of(value) if value else ""


def _open_series(session: Session, facility_id: str, kind: str) -> set[str]:
    """Pledge series with a line in a `kind` batch whose result has not come back yet."""
    return set(session.scalars(select(Pledge.series_id).join(CmsLine, CmsLine.pledge_id == Pledge.id).join(
        CmsBatch, CmsBatch.id == CmsLine.batch_id).where(
        CmsBatch.facility_id == facility_id, CmsBatch.file_kind == kind, CmsBatch.result_digest == "",
        CmsBatch.deleted.is_(False))))


def _line_for(ctx, donor: Donor | _Plain, pledge: Pledge | _Plain,
              problems: list[Problem]) -> tuple[str, str, str] | None:
    """(bank code, account, payer id) of a pledge, or None after listing why it cannot go."""
    code = bank_code(pledge.bank_name)
    reason = ""
    payer = ""
    if not code:
        reason = f"은행 '{pledge.bank_name}'의 코드를 모릅니다 (resources/donations/banks.json)."
    elif not pledge.bank_account_enc:
        reason = "계좌번호가 없습니다."
    else:
        try:
            payer = _payer_id(donor)
        except cms_files.CmsFileError as exc:
            reason = str(exc)
        if not payer and not reason:
            reason = "사업자번호가 없습니다." if donor.donor_kind == ORGANISATION else "생년월일이 없습니다."
    if reason or not pledge.bank_account_enc:
        problems.append(Problem(donor.donor_no, donor.name, reason))
        return None
    return code, ctx.cipher.decrypt(pledge.bank_account_enc, BANK_ACCOUNT), payer


def write_eb13(ctx, out: Path, day: date) -> FileResult:
    """The EB13 of every CMS pledge waiting for registration (신청) or its cancellation (해지신청),
    sent on `day`; pledges already in an EB13 whose EB14 has not come back wait for it. A `day` inside
    a CMS blackout becomes the first day after it the bank works: a request cannot be sent earlier than
    it is made, so the 'previous day' setting of debits does not apply."""
    actor = ctx.require_actor()
    institution = _institution(ctx)
    result = FileResult()
    with ctx.transaction() as session:
        within = calendar_service.calendar_in(session, ctx.facility.id)
        window = blackout.window_of(day, within)
        if window is not None:
            asked, day = day, blackout.next_allowed(day, within)
            result.moved = (f"{asked:%Y-%m-%d}은 CMS 출금 중단 기간({window.label})이라 {day:%Y-%m-%d}자로 "
                            "썼습니다. 그날 은행에 보내세요.")
        waiting = _open_series(session, ctx.facility.id, "EB13")
        rows = session.execute(select(Pledge, Donor).join(Donor, Donor.id == Pledge.donor_id).where(
            Pledge.facility_id == ctx.facility.id, Pledge.current.is_(True), Pledge.deleted.is_(False),
            Pledge.method == CMS, Pledge.cms_state.in_((CMS_APPLY, CMS_CANCEL_APPLY, CMS_CHANGE_APPLY))).order_by(
            Donor.donor_no, Pledge.series_id)).all()
        lines, registrations = [], []
        for pledge, donor in rows:
            if pledge.series_id in waiting:
                continue
            cancel = pledge.cms_state == CMS_CANCEL_APPLY
            if not cancel and pledge.paused:
                continue
            found = _line_for(ctx, donor, pledge, result.problems)
            if found is None:
                continue
            code, account, payer = found
            if pledge.cms_state == CMS_CHANGE_APPLY:  # the old account's cancellation goes first (cms.md §2)
                old = _registered_before(session, pledge)
                found_old = _line_for(ctx, donor, old, result.problems) if old is not None else None
                if old is None or found_old is None:
                    continue
                registrations.append(cms_files.Registration(payer_no(old), *found_old, cms_files.CANCEL))
                lines.append((old, donor, CANCEL))
            registrations.append(cms_files.Registration(payer_no(pledge), code, account, payer,
                                                        cms_files.CANCEL if cancel else cms_files.NEW))
            lines.append((pledge, donor, CANCEL if cancel else NEW))
        if not registrations:
            raise ValidationError("EB13에 넣을 등록·해지 신청이 없습니다."
                                  + "".join(f"\n  {p.donor_no} {p.name}: {p.reason}" for p in result.problems))
        data = cms_files.write_eb13(institution, day, registrations)
        batch = CmsBatch(facility_id=ctx.facility.id, file_kind="EB13", month="", sent_on=day,
                         file_name=f"EB13{day:%m%d}", record_count=len(lines), total_amount=0, result_digest="")
        record_change(session, batch, actor.login_id)
        for serial, (pledge, donor, request) in enumerate(lines, 1):
            record_change(session, CmsLine(facility_id=ctx.facility.id, batch_id=batch.id, serial=serial,
                                           pledge_id=pledge.id, donor_id=donor.id, payer_no=payer_no(pledge),
                                           request=request, amount=0, state=REQUESTED), actor.login_id)
        # a file of account numbers and birth dates leaves the store: 접속기록 (architecture §10)
        audit.record_access(session, ctx, audit.EXPORT, "cms_batch", batch.id, detail=f"EB13 {len(lines)}건")
        _write(Path(out), data)
    result.files.append((Path(out), day, len(lines), 0))
    return result


def _registered_before(session: Session, pledge: Pledge) -> Pledge | None:
    """The latest earlier version of the pledge on another account: the one the bank has registered."""
    return session.scalars(select(Pledge).where(
        Pledge.series_id == pledge.series_id, Pledge.revision < pledge.revision, Pledge.method == CMS,
        Pledge.bank_account_hash != pledge.bank_account_hash).order_by(Pledge.revision.desc())).first()


_PLEDGE_COLUMNS = ("id", "series_id", "debit_day", "amount", "cms_state", "bank_name", "bank_account_enc",
                   "designation", "purpose", "start_date", "end_date")
_DONOR_COLUMNS = ("id", "donor_no", "name", "phone", "donor_kind", "birth_ymd", "business_number")


@dataclass(frozen=True)
class _Plain:
    """A row's few columns read as plain values: a month's 5,000 pledges as ORM objects cost ~0.3 s."""

    values: dict

    def __getattr__(self, name: str):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None


def _month_span(month: str) -> tuple[date, date]:
    year, mon = (int(x) for x in month.split("-"))
    return date(year, mon, 1), blackout.due_date(month, 31)


def _monthly_cms(session: Session, facility_id: str, first: date, last: date) -> list[tuple[_Plain, _Plain]]:
    """Live monthly CMS pledges (not paused, not cancelled) running at some time from `first` to `last`."""
    columns = [getattr(Pledge, c) for c in _PLEDGE_COLUMNS] + [getattr(Donor, c) for c in _DONOR_COLUMNS]
    rows = session.execute(select(*columns).join(Donor, Donor.id == Pledge.donor_id).where(
        Pledge.facility_id == facility_id, Pledge.current.is_(True), Pledge.deleted.is_(False),
        Donor.deleted.is_(False), Pledge.method == CMS, Pledge.pledge_kind == MONTHLY,
        Pledge.cancelled_on.is_(None), Pledge.paused.is_(False), Pledge.debit_day.is_not(None),
        (Pledge.start_date.is_(None)) | (Pledge.start_date <= last),
        (Pledge.end_date.is_(None)) | (Pledge.end_date >= first)).order_by(Donor.donor_no, Pledge.series_id))
    n = len(_PLEDGE_COLUMNS)
    return [(_Plain(dict(zip(_PLEDGE_COLUMNS, r[:n], strict=True))),
             _Plain(dict(zip(_DONOR_COLUMNS, r[n:], strict=True)))) for r in rows]


def _runs_in(pledge: _Plain, first: date, last: date) -> bool:
    return (pledge.start_date is None or pledge.start_date <= last) and (pledge.end_date is None
                                                                         or pledge.end_date >= first)


def _check_month(month: str) -> str:
    try:
        year, mon = (int(x) for x in month.split("-"))
        date(year, mon, 1)
    except ValueError:
        raise ValidationError(f"월은 2026-10처럼 적으세요: '{month}'") from None
    return f"{year:04d}-{mon:02d}"


def _moves(ctx, month: str, direction: str | None) -> list[tuple[blackout.Move, str]]:
    """(move, 후원자번호) of the month's pledges whose date is inside a CMS blackout, each with the date
    its debit really goes: one that would land in a month whose EB21 is stored without it stays in this
    month (_kept_here), and the donor is told that date."""
    month = _check_month(month)
    with ctx.store.session() as session:
        rows = _monthly_cms(session, ctx.facility.id, *_month_span(month))
        by_ref = {p.id: (p, d) for p, d in rows}
        dues = [blackout.Due(p.id, p.debit_day, d.name, d.phone) for p, d in rows]
        within = calendar_service.calendar_in(session, ctx.facility.id)  # a 관리자's CMS blackouts too
        stored = _StoredMonths(session, ctx.facility.id, [m for m in _neighbours(month) if m != month])
        out = []
        for m in blackout.affected(dues, month, direction, within):
            pledge, donor = by_ref[m.ref]
            if m.other_month:
                kept = _kept_here(pledge, donor, month, m.new, stored, within, [])
                m = replace(m, new=kept) if kept is not None else m
            out.append((m, donor.donor_no))
        return out


def blackout_moves(ctx, month: str, direction: str | None = None) -> list[MovedDebit]:
    """The month's monthly CMS pledges whose debit date falls in a CMS blackout, with the proposed date."""
    return [MovedDebit(m.ref, donor_no, m.name, m.phone, m.old, m.new, m.window.label)
            for m, donor_no in _moves(ctx, month, direction)]


def write_notice(ctx, month: str, path: Path, template: str | None = None, direction: str | None = None) -> int:
    """The notice list of the month's moved debits (name, phone, old and new date, message) as .xlsx or .csv."""
    rows = blackout.notice_rows([m for m, _ in _moves(ctx, month, direction)], template, ctx.facility.name)
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return blackout.write_notice_csv(rows, path)
    return blackout.write_notice_xlsx(rows, path)


def _eb21_path(out: Path, day: date, several: bool) -> Path:
    return out.with_name(f"{out.stem}_{day:%m%d}{out.suffix}") if several else out


def write_eb21(ctx, month: str, out: Path, direction: str | None = None, retry_failed: bool = True,
               rebuild: bool = False) -> FileResult:
    """The month's EB21 debit requests, one file per debit day (`out` itself when there is one day,
    else `<stem>_MMDD<suffix>`). Only pledges registered at the bank (등록) go; a date inside a CMS
    blackout is moved first (the setting's direction), so a blocked date never goes to the bank.
    The month's batches are stored once: asking again writes the same files from them, except a
    batch whose result came back (already debited: not written again) and a batch whose date is now
    blocked (refused: `rebuild` discards the month's unanswered batches and plans it again). With
    `retry_failed`, a debit of an earlier month that failed with a code worth retrying (잔액부족 and the
    like) is added to the pledge's next debit (the line keeps it as `arrears`) for a few cycles
    (resources/cms/options.json), until one succeeds or fails for good."""
    month = _check_month(month)
    actor = ctx.require_actor()
    institution = _institution(ctx)
    result = FileResult()
    with ctx.transaction() as session:
        existing = _month_batches(session, ctx.facility.id, month)
        if rebuild and existing:
            _discard(session, month, existing, actor.login_id)
            existing = []
        carried: dict = {}
        if existing:
            result.reused = True
            by_day = _reusable(ctx, session, month, existing, result.notes)
        else:
            by_day = _plan_debits(ctx, session, month, direction, result.problems, carried if retry_failed else None)
            if not by_day:
                raise ValidationError(f"{month}에 출금할 CMS 약정이 없습니다."
                                      + "".join(f"\n  {p.donor_no} {p.name}: {p.reason}" for p in result.problems))
        files = {}
        for day, debits in sorted(by_day.items()):
            files[day] = cms_files.write_eb21(institution, day, [d for d, _, _ in debits])
        if not existing:
            _record_debits(ctx, session, month, by_day, carried, actor.login_id)
        several = len(files) > 1 or (bool(existing) and len(existing) > 1)
        for day, data in files.items():
            path = _eb21_path(Path(out), day, several)
            _write(path, data)
            debits = by_day[day]
            result.files.append((path, day, len(debits), sum(d.amount for d, _, _ in debits)))
        audit.record_access(session, ctx, audit.EXPORT, "cms_batch", month,
                            detail=f"EB21 {month} {sum(n for _, _, n, _ in result.files)}건")
    return result


def discard_eb21(ctx, month: str) -> int:
    """Drop the month's stored EB21 (not yet answered by the bank) so it is planned again: after a
    blackout was added, or pledges changed before sending. Returns the number of debits dropped."""
    month = _check_month(month)
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        existing = _month_batches(session, ctx.facility.id, month)
        if not existing:
            raise ValidationError(f"{month}에 저장된 출금 요청이 없습니다.")
        _discard(session, month, existing, actor.login_id)
        return sum(b.record_count for b in existing)


def _month_batches(session: Session, facility_id: str, month: str) -> list[CmsBatch]:
    return list(session.scalars(select(CmsBatch).where(
        CmsBatch.facility_id == facility_id, CmsBatch.file_kind == "EB21", CmsBatch.month == month,
        CmsBatch.deleted.is_(False)).order_by(CmsBatch.sent_on)))


def _reusable(ctx, session: Session, month: str, existing: list[CmsBatch], notes: list[str]) -> dict:
    """The stored batches to write again, by day: one whose date is now blocked is refused (nothing goes
    to the bank for a blocked date), one already answered by the bank is left out with a note."""
    within = calendar_service.calendar_in(session, ctx.facility.id)
    for batch in existing:
        why = blackout.why_not(batch.sent_on, within) if not batch.result_digest else ""
        if why:
            raise ValidationError(f"저장된 {month} 출금 파일의 출금일 {batch.sent_on:%Y-%m-%d}은 이제 출금할 수 "
                                  f"없는 날입니다 ({why}). 'cms eb21 --month {month} --rebuild'로 다시 만드세요.")
    by_day = {}
    for batch in existing:
        if batch.result_digest:
            notes.append(f"{batch.sent_on:%Y-%m-%d} 출금 파일은 이미 결과를 반영해 다시 쓰지 않았습니다 (또 보내면 "
                         "두 번 출금됩니다).")
        else:
            by_day[batch.sent_on] = _stored_debits(ctx, session, batch)
    if not by_day:
        raise ValidationError(f"{month}의 출금 파일은 모두 은행 결과를 반영했습니다: 다시 보낼 파일이 없습니다.")
    return by_day


def _discard(session: Session, month: str, existing: list[CmsBatch], actor_id: str) -> None:
    """The month's stored batches dropped so it can be planned again; refused once the bank answered one
    (its debits are done: planning again would ask them twice). Arrears they carried are free again."""
    answered = [b for b in existing if b.result_digest]
    if answered:
        raise ValidationError(f"{month}의 {answered[0].sent_on:%Y-%m-%d} 출금 파일은 이미 결과를 반영해 이 달을 다시 "
                              "만들 수 없습니다.")
    ids = [b.id for b in existing]
    lines = list(session.scalars(select(CmsLine).where(CmsLine.batch_id.in_(ids), CmsLine.deleted.is_(False))))
    line_ids = [line.id for line in lines]
    for earlier in session.scalars(select(CmsLine).where(CmsLine.carried_to.in_(line_ids))):
        earlier.carried_to = ""
        record_change(session, earlier, actor_id)
    for line in lines:
        record_change(session, line, actor_id, op=DELETE)
    for batch in existing:
        record_change(session, batch, actor_id, op=DELETE)
    session.flush()


def _record_debits(ctx, session: Session, month: str, by_day: dict, carried: dict, actor_id: str) -> None:
    """The month's batches (one per debit day) and their lines; the lines go in bulk (record_changes).
    `carried`: 납부자번호 -> the Arrears asked again in this month's line."""
    lines, carried_to = [], {}
    for day, debits in sorted(by_day.items()):
        batch = CmsBatch(id=new_id(), facility_id=ctx.facility.id, file_kind="EB21", month=month, sent_on=day,
                         file_name=f"EB21{day:%m%d}", record_count=len(debits),
                         total_amount=sum(d.amount for d, _, _ in debits), result_digest="")
        record_change(session, batch, actor_id)
        for serial, (debit, pledge, donor) in enumerate(debits, 1):
            line_id = new_id()
            arrears = carried[debit.member_no].amount if debit.member_no in carried else 0
            carried_to.update(dict.fromkeys(carried[debit.member_no].line_ids if arrears else (), line_id))
            lines.append(new_row(CmsLine, id=line_id, facility_id=ctx.facility.id, batch_id=batch.id, serial=serial,
                                 pledge_id=pledge.id, donor_id=donor.id, payer_no=debit.member_no, request=DEBIT,
                                 amount=debit.amount, debit_date=day, state=REQUESTED, reject_code="",
                                 reject_reason="", retry=False, carried_to="", arrears=arrears, deleted=False))
    session.flush()
    record_changes(session, CmsLine, lines, actor_id)
    for line in session.scalars(select(CmsLine).where(CmsLine.id.in_(carried_to))):
        line.carried_to = carried_to[line.id]
        record_change(session, line, actor_id)


@dataclass(frozen=True)
class Arrears:
    """Earlier failed debits of one pledge asked again with its debit of a later month."""

    line_ids: tuple[str, ...]
    amount: int
    months: tuple[str, ...]  # the months they failed in, shown beside the debit


def retry_cycles() -> int:
    """How many later monthly debits a retryable failure is added to before it is left to the officer."""
    return int(load_json("cms/options.json")["retry_cycles"])


def _months_between(earlier: str, later: str) -> int:
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


def _unpaid(session: Session, facility_id: str, month: str, problems: list[Problem]) -> dict[str, Arrears]:
    """Failed debits of months before `month`, within the retry cycles, whose reject code says a retry
    may work and not yet asked again: pledge series -> their Arrears. Older ones are listed in `problems`
    (not debited: a debit months late surprises the donor; the officer calls instead)."""
    out: dict[str, Arrears] = {}
    limit = retry_cycles()
    for line_id, amount, series, failed_in, donor_no, name in session.execute(select(
            CmsLine.id, CmsLine.amount, Pledge.series_id, CmsBatch.month, Donor.donor_no, Donor.name).join(
            Pledge, Pledge.id == CmsLine.pledge_id).join(CmsBatch, CmsBatch.id == CmsLine.batch_id).join(
            Donor, Donor.id == CmsLine.donor_id).where(
            CmsLine.facility_id == facility_id, CmsLine.request == DEBIT, CmsLine.state == FAILED,
            CmsLine.retry.is_(True), CmsLine.carried_to == "", CmsLine.deleted.is_(False),
            CmsBatch.month < month).order_by(CmsBatch.month)):
        if _months_between(failed_in, month) > limit:
            problems.append(Problem(donor_no, name, f"{failed_in} 출금 불능 {amount:,}원은 재출금 기한({limit}회)이 "
                                                    "지나 넣지 않았습니다. 후원자에게 직접 안내하세요."))
            continue
        got = out.get(series, Arrears((), 0, ()))
        out[series] = Arrears((*got.line_ids, line_id), got.amount + amount,
                              (*got.months, *(() if failed_in in got.months else (failed_in,))))
    return out


def _neighbours(month: str) -> list[str]:
    year, mon = (int(x) for x in month.split("-"))
    before = f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"
    after = f"{year + 1}-01" if mon == 12 else f"{year}-{mon + 1:02d}"
    return [before, month, after]


def _plan_debits(ctx, session: Session, month: str, direction: str | None, problems: list[Problem],
                 carried: dict | None = None) -> dict:
    """The debits that go on a date of `month`, by date. A due date moved across a month's end (a
    blackout, or a weekend on the 31st) goes in the month it lands in: the last month's moved into this
    one come here, this month's moved out wait for that month's file, so a day has one file."""
    by_day: dict[date, list] = defaultdict(list)
    unpaid = _unpaid(session, ctx.facility.id, month, problems) if carried is not None else {}
    months = _neighbours(month)
    target = _month_span(month)[0]
    every = _monthly_cms(session, ctx.facility.id, _month_span(months[0])[0], _month_span(months[-1])[1])
    within = calendar_service.calendar_in(session, ctx.facility.id)  # a 관리자's CMS blackouts too
    stored = _StoredMonths(session, ctx.facility.id, [m for m in months if m != month])
    for due_month in months:
        own = due_month == month
        first, last = _month_span(due_month)
        rows = [(p, d) for p, d in every if _runs_in(p, first, last)]
        dates: dict[int, date] = {}  # debit day of month -> the date it goes (31 at most: computed once each)
        try:
            for day_of_month in {pledge.debit_day for pledge, _ in rows}:
                dates[day_of_month] = blackout.debit_date(due_month, day_of_month, direction, within)
        except blackout.CalendarUnknown:
            if own:
                raise
            continue  # a neighbour year's holidays not published yet: its dues stay in their own month
        for pledge, donor in rows:
            day = dates[pledge.debit_day]
            if day.month != target.month or day.year != target.year:
                if not own:
                    continue
                kept = _kept_here(pledge, donor, month, day, stored, within, problems)
                if kept is None:
                    continue
                day = kept
            if pledge.cms_state != CMS_REGISTERED:
                if own:
                    problems.append(Problem(donor.donor_no, donor.name,
                                            f"CMS 등록 전입니다 ({pledge.cms_state or '미신청'})."))
                continue
            if pledge.amount < cms_files.MIN_AMOUNT:
                problems.append(Problem(donor.donor_no, donor.name, f"{pledge.amount:,}원은 CMS 최소 출금액 "
                                                                    f"{cms_files.MIN_AMOUNT}원보다 적습니다."))
                continue
            found = _line_for(ctx, donor, pledge, problems if own else [])
            if found is None:
                continue
            code, account, payer = found
            arrears = unpaid.pop(pledge.series_id, None)
            debit = cms_files.Debit(payer_no(pledge), code, account, payer,
                                    pledge.amount + (arrears.amount if arrears else 0))
            if carried is not None and arrears:
                carried[debit.member_no] = arrears
            by_day[day].append((debit, pledge, donor))
    return by_day


class _StoredMonths:
    """Neighbour months whose EB21 is already stored, and (read only when a due lands there: a few per
    month) the (pledge series, debit date) pairs they hold."""

    def __init__(self, session: Session, facility_id: str, months: list[str]):
        self.session, self.facility_id = session, facility_id
        self.months = set(session.scalars(select(CmsBatch.month).where(
            CmsBatch.facility_id == facility_id, CmsBatch.file_kind == "EB21", CmsBatch.month.in_(months),
            CmsBatch.deleted.is_(False))))
        self._held: dict[str, set] = {}

    def holds(self, month: str, series: str, day: date) -> bool:
        if month not in self._held:
            rows = self.session.execute(select(Pledge.series_id, CmsLine.debit_date).join(
                CmsLine, CmsLine.pledge_id == Pledge.id).join(CmsBatch, CmsBatch.id == CmsLine.batch_id).where(
                CmsBatch.month == month, CmsBatch.facility_id == self.facility_id, CmsBatch.file_kind == "EB21",
                CmsBatch.deleted.is_(False), CmsLine.deleted.is_(False)))
            self._held[month] = {(series, day) for series, day in rows}
        return (series, day) in self._held[month]


def _kept_here(pledge, donor, month: str, day: date, stored: _StoredMonths, within,
               problems: list[Problem]) -> date | None:
    """A due of `month` moved to `day` in another month: None when that month's file takes it (said in
    `problems`). When that month's EB21 is already stored without it, it would be in no file: it stays
    in this month on the nearest day the other way, and the user is told the date changed."""
    landed = f"{day:%Y-%m}"
    if landed not in stored.months or stored.holds(landed, pledge.series_id, day):
        problems.append(Problem(donor.donor_no, donor.name, f"출금일이 {day:%Y-%m-%d}로 옮겨져 {landed} 출금 파일에 "
                                                            "들어갑니다."))
        return None
    due = blackout.due_date(month, pledge.debit_day)
    back = blackout.next_allowed(due, within) if day < due else blackout.previous_allowed(due, within)
    if f"{back:%Y-%m}" != month:
        problems.append(Problem(donor.donor_no, donor.name, f"출금일 {due:%Y-%m-%d}을 옮길 날이 없습니다: "
                                                            f"{landed} 출금 파일은 이미 만들었습니다. "
                                                            "그 달 파일을 다시 만드세요."))
        return None
    problems.append(Problem(donor.donor_no, donor.name, f"{landed} 출금 파일을 이미 만들어 {day:%Y-%m-%d} 대신 "
                                                        f"{back:%Y-%m-%d}에 이 달 파일로 출금합니다 (안내 날짜 확인).",
                            left_out=False))
    return back


def _stored_debits(ctx, session: Session, batch: CmsBatch) -> list:
    columns = [CmsLine.payer_no, CmsLine.amount] + [getattr(Pledge, c) for c in _PLEDGE_COLUMNS] + [
        getattr(Donor, c) for c in _DONOR_COLUMNS]
    n = 2 + len(_PLEDGE_COLUMNS)
    out = []
    for r in session.execute(select(*columns).join(Pledge, Pledge.id == CmsLine.pledge_id).join(
            Donor, Donor.id == CmsLine.donor_id).where(CmsLine.batch_id == batch.id).order_by(CmsLine.serial)):
        pledge = _Plain(dict(zip(_PLEDGE_COLUMNS, r[2:n], strict=True)))
        donor = _Plain(dict(zip(_DONOR_COLUMNS, r[n:], strict=True)))
        code, account, payer = _line_for(ctx, donor, pledge, []) or ("", "", "")
        out.append((cms_files.Debit(r[0], code, account, payer, r[1]), pledge, donor))
    return out


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


# -- results --------------------------------------------------------------------------------------

def apply_result(ctx, path: Path) -> AppliedResult:
    """An EB14 or EB22 file applied to the request it answers, in one transaction, or refused whole.
    Lines the result does not list were accepted (the bank's files list failures only, cms.md)."""
    actor = ctx.require_actor()
    path = Path(path)
    institution = _institution(ctx)
    parsed = cms_files.read_result(path, institution.code)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sent_kind = "EB13" if parsed.kind == "EB14" else "EB21"
    with ctx.transaction() as session:
        seen = session.scalar(select(CmsBatch).where(CmsBatch.facility_id == ctx.facility.id,
                                                     CmsBatch.result_digest == digest))
        if seen is not None:
            return AppliedResult(parsed.kind, parsed.day, True, 0, 0, ())
        batch, lines = _answered_batch(session, ctx.facility.id, sent_kind, parsed)
        answered = {(answer.member_no, answer.request): answer for answer in parsed.lines}
        account = gifts.default_account(ctx)
        out = []
        for line in sorted(lines.values(), key=lambda x: x.serial):
            r = answered.get((line.payer_no, line.request))
            failed = r is not None and not r.ok
            ok = not failed
            line.state = FAILED if failed else DONE
            line.reject_code = r.reject_code if r is not None and failed else ""
            line.reject_reason = r.reason_ko if r is not None and failed else ""
            line.retry = bool(r is not None and failed and r.retry)
            record_change(session, line, actor.login_id)
            donor, pledge = _apply_line(session, ctx, line, ok, parsed.day, account, actor.login_id)
            out.append(ResultLineOut(donor.donor_no, donor.name, line.request, line.amount, ok, line.reject_code,
                                     line.reject_reason))
        batch.result_digest = digest
        batch.result_applied_at = utcnow()
        record_change(session, batch, actor.login_id)
        done = sum(1 for o in out if o.ok)
        return AppliedResult(parsed.kind, parsed.day, False, done, len(out) - done, tuple(out))


def _answered_batch(session: Session, facility_id: str, sent_kind: str, parsed: cms_files.ResultFile):
    """The batch sent on the result's day that every result line answers (two months' batches may share
    a day when a blackout moves one into the next month), with its lines by (납부자번호, request)."""
    batches = session.scalars(select(CmsBatch).where(
        CmsBatch.facility_id == facility_id, CmsBatch.file_kind == sent_kind, CmsBatch.sent_on == parsed.day,
        CmsBatch.deleted.is_(False)).order_by(CmsBatch.created_at)).all()
    if not batches:
        raise ValidationError(f"보낸 적이 없는 요청의 결과입니다: {sent_kind} {parsed.day:%Y-%m-%d}. "
                              "아무것도 반영하지 않았습니다.")
    waiting = [b for b in batches if not b.result_digest]
    if not waiting:
        raise ValidationError(f"{sent_kind} {parsed.day:%Y-%m-%d}의 결과는 이미 다른 파일로 반영했습니다. "
                              "아무것도 반영하지 않았습니다.")
    unknown = parsed.lines[0] if parsed.lines else None
    for batch in waiting:
        lines = {(line.payer_no, line.request): line
                 for line in session.scalars(select(CmsLine).where(CmsLine.batch_id == batch.id))}
        unknown = next((a for a in parsed.lines if (a.member_no, a.request) not in lines
                        or (parsed.kind == "EB22" and a.amount != lines[a.member_no, a.request].amount)), None)
        if unknown is None:
            return batch, lines
    assert unknown is not None  # some line matched no waiting batch
    raise ValidationError(f"{unknown.serial}번 결과(납부자번호 {unknown.member_no})는 보낸 요청에 없습니다. "
                          "아무것도 반영하지 않았습니다.")


def _apply_line(session: Session, ctx, line: CmsLine, ok: bool, day: date, account: str, actor_id: str):
    donor = session.get_one(Donor, line.donor_id)
    pledge = session.get_one(Pledge, line.pledge_id)
    current = session.scalars(select(Pledge).where(Pledge.series_id == pledge.series_id,
                                                   Pledge.current.is_(True))).first()
    target = current or pledge
    if line.request == DEBIT:
        if ok:
            record_change(session, Gift(facility_id=ctx.facility.id, donor_id=donor.id, pledge_id=pledge.id,
                                        gift_date=day, amount=line.amount, designation=pledge.designation,
                                        purpose=pledge.purpose, method=CMS, item="", quantity=0, unit_value=0,
                                        cms_line_id=line.id, deposit_account=account, cancelled=False,
                                        note=""), actor_id)
        return donor, pledge
    if line.request == NEW and target.cancelled_on is not None:
        # 해지 while the registration was at the bank: a registered one must now be cancelled there
        target.cms_state, target.cms_registered_on = (CMS_CANCEL_APPLY, day) if ok else ("", None)
    elif line.request == NEW:
        target.cms_state, target.cms_registered_on = (CMS_REGISTERED, day) if ok else (CMS_FAILED, None)
    elif ok:  # a cancellation the bank accepted; a refused one stays 해지신청 for the next EB13
        target.cms_state = CMS_CANCELLED
    record_change(session, target, actor_id)
    return donor, pledge
