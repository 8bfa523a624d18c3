"""Pledges (후원약정): add, change (a new version, the old one kept), pause, cancel (해지), history.

CMS state: a CMS pledge starts 신청 (an EB13 registration to send) unless it arrives with its
`CMS등록일` (registered by another program: 등록, debited without a new EB13). A 해지 of a registered
pledge becomes 해지신청, an EB13 cancellation to send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.donations import codes
from heemang_desktop.donations.cms_files import MIN_AMOUNT as CMS_MINIMUM  # the bank's floor: one number
from heemang_desktop.donations.donors import ACTIVE, CANCELLED, ENDED, PAUSED, text
from heemang_desktop.donations.models import CMS, DESIGNATED, IN_KIND, MONTHLY, TRANSFER, Donor, Pledge
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.store.pii import normalize_account, seal_account
from heemang_desktop.sync.outbox import record_change

CMS_APPLY, CMS_REGISTERED, CMS_CANCEL_APPLY, CMS_CANCELLED, CMS_FAILED = "신청", "등록", "해지신청", "해지", "불능"
CMS_CHANGE_APPLY = "변경신청"  # a registered pledge's new account: the old one cancelled and the new one registered
_TERMS = ("pledge_kind", "amount", "debit_day", "designation", "purpose", "method", "start_date", "end_date",
          "bank_name", "account_holder", "note")


@dataclass
class PledgeInput:
    """What the pledge form sends. `bank_account` "" keeps the stored one."""

    pledge_kind: str
    amount: int
    method: str
    debit_day: int | None = None
    designation: str = "비지정"
    purpose: str = ""
    start_date: date | None = None
    end_date: date | None = None
    bank_name: str = ""
    bank_account: str = ""
    account_holder: str = ""
    cms_registered_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class PledgeRow:
    id: str
    series_id: str
    revision: int
    current: bool
    donor_id: str
    pledge_kind: str
    amount: int
    debit_day: int | None
    designation: str
    purpose: str
    method: str
    start_date: date | None
    end_date: date | None
    state: str
    bank_name: str
    bank_account_masked: str
    account_holder: str
    cms_state: str
    cms_registered_on: date | None


def state_of(p: Pledge, today: date | None = None) -> str:
    if p.cancelled_on is not None:
        return CANCELLED
    if p.paused:
        return PAUSED
    if p.end_date is not None and p.end_date < (today or date.today()):
        return ENDED
    return ACTIVE


def row_of(p: Pledge) -> PledgeRow:
    return PledgeRow(p.id, p.series_id, p.revision, p.current, p.donor_id, p.pledge_kind, p.amount, p.debit_day,
                     p.designation, p.purpose, p.method, p.start_date, p.end_date, state_of(p), p.bank_name,
                     p.bank_account_masked or "", p.account_holder, p.cms_state, p.cms_registered_on)


def apply_input(ctx, pledge: Pledge, data: PledgeInput) -> None:
    """Validate `data` and copy it onto `pledge` (its CMS state aside)."""
    pledge.pledge_kind = codes.choice("pledge_kinds", data.pledge_kind, "약정구분")
    pledge.method = codes.choice("methods", data.method, "납부방법")
    if not pledge.pledge_kind or not pledge.method:
        raise ValidationError("약정구분과 납부방법을 고르세요.", "method")
    if not isinstance(data.amount, int) or data.amount <= 0:
        raise ValidationError("약정금액은 0보다 큰 원 단위 금액입니다.", "amount")
    if pledge.method == CMS and data.amount < CMS_MINIMUM:
        raise ValidationError(f"CMS 출금은 {CMS_MINIMUM}원 이상만 가능합니다 (은행 불능 0075).", "amount")
    pledge.amount = data.amount
    day = data.debit_day
    if pledge.pledge_kind == MONTHLY and pledge.method in (CMS, TRANSFER):
        if day is None or not 1 <= day <= 31:
            raise ValidationError("정기 CMS·계좌이체 약정에는 출금일(1~31일)을 적으세요.", "debit_day")
    elif day is not None and not 1 <= day <= 31:
        raise ValidationError("출금일은 1~31일입니다.", "debit_day")
    pledge.debit_day = day
    pledge.designation = codes.choice("designations", data.designation, "지정구분", "비지정")
    pledge.purpose = text(data.purpose, 200, "지정목적", required=pledge.designation == DESIGNATED)
    if pledge.designation != DESIGNATED and pledge.purpose:
        raise ValidationError("지정목적은 지정후원에만 적습니다.", "purpose")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise ValidationError("약정종료일이 약정시작일보다 빠릅니다.", "end_date")
    pledge.start_date, pledge.end_date = data.start_date, data.end_date
    pledge.bank_name = text(data.bank_name, 50, "은행")
    pledge.account_holder = text(data.account_holder, 100, "예금주")
    if data.bank_account.strip():
        sealed = seal_account(ctx.cipher, normalize_account(data.bank_account))
        if sealed.hash != pledge.bank_account_hash or sealed.masked != pledge.bank_account_masked:
            pledge.bank_account_enc, pledge.bank_account_hash = sealed.enc, sealed.hash
            pledge.bank_account_masked = sealed.masked
    if pledge.method == CMS and not (pledge.bank_name and pledge.bank_account_hash and pledge.account_holder):
        raise ValidationError("CMS 약정에는 은행, 계좌번호, 예금주를 모두 적으세요.", "bank_account")
    if pledge.method == IN_KIND and pledge.pledge_kind == MONTHLY and day is not None:
        raise ValidationError("현물 약정에는 출금일이 없습니다.", "debit_day")
    pledge.note = text(data.note, 4000, "비고")


def _cms_start(pledge: Pledge, registered_on: date | None) -> None:
    if pledge.method != CMS:
        pledge.cms_state, pledge.cms_registered_on = "", None
    elif registered_on is not None:
        pledge.cms_state, pledge.cms_registered_on = CMS_REGISTERED, registered_on
    else:
        pledge.cms_state, pledge.cms_registered_on = CMS_APPLY, None


def new_pledge(ctx, session: Session, donor: Donor, data: PledgeInput, actor_id: str) -> Pledge:
    pledge_id = new_id()
    pledge = Pledge(id=pledge_id, facility_id=ctx.facility.id, donor_id=donor.id, series_id=pledge_id, revision=1,
                    current=True, paused=False)
    apply_input(ctx, pledge, data)
    _cms_start(pledge, data.cms_registered_on)
    record_change(session, pledge, actor_id)
    return pledge


def add_pledge(ctx, donor_id: str, data: PledgeInput) -> PledgeRow:
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        donor = owned(session, Donor, donor_id, ctx.facility.id, "후원자")
        return row_of(new_pledge(ctx, session, donor, data, actor.login_id))


def _current(session: Session, ctx, pledge_id: str) -> Pledge:
    pledge = owned(session, Pledge, pledge_id, ctx.facility.id, "후원약정")
    if not pledge.current:
        raise ValidationError("이전 버전의 약정입니다. 현재 약정에서 고치세요.")
    if pledge.cancelled_on is not None:
        raise ValidationError("해지한 약정은 바꿀 수 없습니다. 새 약정을 등록하세요.")
    return pledge


def change_pledge(ctx, pledge_id: str, data: PledgeInput) -> PledgeRow:
    """A new version of the pledge; the old one stays in its history. A new CMS account needs a new EB13."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        old = _current(session, ctx, pledge_id)
        pledge = Pledge(id=new_id(), facility_id=old.facility_id, donor_id=old.donor_id, series_id=old.series_id,
                        revision=old.revision + 1, current=True, paused=old.paused,
                        bank_account_enc=old.bank_account_enc, bank_account_hash=old.bank_account_hash,
                        bank_account_masked=old.bank_account_masked)
        apply_input(ctx, pledge, data)
        if all(getattr(pledge, f) == getattr(old, f) for f in _TERMS) and \
                pledge.bank_account_hash == old.bank_account_hash:
            raise ValidationError("바뀐 내용이 없습니다.")
        same_account = pledge.method == old.method == CMS and pledge.bank_account_hash == old.bank_account_hash
        if same_account and old.cms_state in (CMS_REGISTERED, CMS_CHANGE_APPLY):
            pledge.cms_state, pledge.cms_registered_on = old.cms_state, old.cms_registered_on
        elif pledge.method == old.method == CMS and old.cms_state == CMS_REGISTERED:
            # debited from the old account until the bank takes the change (EB13 해지 + 신규)
            pledge.cms_state, pledge.cms_registered_on = CMS_CHANGE_APPLY, old.cms_registered_on
        else:
            _cms_start(pledge, data.cms_registered_on)
        old.current = False
        record_change(session, old, actor.login_id)
        session.flush()  # the old version leaves `current` before the new one joins the series
        record_change(session, pledge, actor.login_id)
        return row_of(pledge)


def pause_pledge(ctx, pledge_id: str, paused: bool = True) -> PledgeRow:
    """일시정지 (or its end): nothing is debited or expected while paused."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        pledge = _current(session, ctx, pledge_id)
        if pledge.paused != paused:
            pledge.paused = paused
            record_change(session, pledge, actor.login_id)
        return row_of(pledge)


def cancel_pledge(ctx, pledge_id: str, on: date) -> PledgeRow:
    """해지. A pledge registered for CMS waits for its EB13 cancellation (해지신청)."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        pledge = _current(session, ctx, pledge_id)
        pledge.cancelled_on = on
        if pledge.cms_state == CMS_REGISTERED:
            pledge.cms_state = CMS_CANCEL_APPLY
        elif pledge.cms_state == CMS_APPLY:  # never sent to the bank: nothing to cancel there
            pledge.cms_state = ""
        record_change(session, pledge, actor.login_id)
        return row_of(pledge)


def reapply_cms(ctx, pledge_id: str) -> PledgeRow:
    """Ask the bank again (the next EB13) for a CMS pledge whose registration came back 불능, once the
    cause (consent, the account holder's details) is settled outside the pledge's terms."""
    actor = ctx.require_actor()
    with ctx.transaction() as session:
        pledge = _current(session, ctx, pledge_id)
        if pledge.method != CMS or pledge.cms_state != CMS_FAILED:
            raise ValidationError("CMS 등록이 불능으로 돌아온 약정만 다시 신청할 수 있습니다.")
        pledge.cms_state = CMS_APPLY
        record_change(session, pledge, actor.login_id)
        return row_of(pledge)


def pledge_history(ctx, pledge_id: str) -> list[PledgeRow]:
    """Every version of the pledge, the first first."""
    with ctx.store.session() as session:
        pledge = owned(session, Pledge, pledge_id, ctx.facility.id, "후원약정")
        return [row_of(p) for p in session.scalars(select(Pledge).where(
            Pledge.series_id == pledge.series_id, Pledge.deleted.is_(False)).order_by(Pledge.revision))]


def donor_pledges(ctx, donor_id: str, include_history: bool = False) -> list[PledgeRow]:
    with ctx.store.session() as session:
        owned(session, Donor, donor_id, ctx.facility.id, "후원자")
        stmt = select(Pledge).where(Pledge.donor_id == donor_id, Pledge.deleted.is_(False))
        if not include_history:
            stmt = stmt.where(Pledge.current.is_(True))
        return [row_of(p) for p in session.scalars(stmt.order_by(Pledge.series_id, Pledge.revision))]
