"""Donor merge (후원자 병합): one person entered twice becomes one card, both histories kept.

Every pledge version, gift and CMS line of the duplicate moves to the donor kept; blanks on the kept
card (phone, email, address, birth date, resident or business number, consents, the 출금동의서 file)
are filled from the duplicate, never overwritten. The duplicate stays, marked `merged_into` the kept donor, so its id in
another PC's queue or in an issued receipt still names a row; search and duplicate checks skip it.
Each row changed goes through the outbox in the one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from heemang_desktop.donations import consent
from heemang_desktop.donations.donors import DonorCard, card_of
from heemang_desktop.donations.models import CmsLine, Donor, Gift, Pledge
from heemang_desktop.store import safe_files
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.sync.outbox import record_change

# Card fields copied from the duplicate when the kept card has none.
_FILLED = ("phone", "phone_tail", "email", "address", "birth_ymd", "business_number", "receipt_consent_on",
           "privacy_consent_on", "news_channel")
_SEALED = ("resident_number_enc", "resident_number_hash", "resident_number_masked")


@dataclass(frozen=True)
class MergeResult:
    kept: DonorCard
    merged_no: str  # the duplicate's 후원자번호, for the message
    pledges: int
    gifts: int
    cms_lines: int


def _live(session: Session, ctx, donor_id: str) -> Donor:
    donor = owned(session, Donor, donor_id, ctx.facility.id, "후원자")
    if donor.merged_into:
        raise ValidationError(f"{donor.name} (후원자번호 {donor.donor_no})은(는) 이미 다른 후원자로 병합되었습니다.")
    return donor


def _moved(session: Session, model, donor_id: str, keep_id: str, actor_id: str) -> int:
    rows = session.scalars(select(model).where(model.donor_id == donor_id)).all()
    for row in rows:
        row.donor_id = keep_id
        record_change(session, row, actor_id)
    return len(rows)


def _carry_consent(ctx, keep: Donor, other: Donor, written: list) -> None:
    """Only the duplicate has a 출금동의서: a copy goes into the kept donor's folder (files are kept per donor)."""
    if keep.consent_file or not other.consent_file:
        return
    source = consent.stored_path(ctx, other)
    if source is None or not source.is_file():
        return  # named on another PC, not copied here: the card says so once it is there
    ext = other.consent_file.rpartition(".")[2]
    ref, target, created = safe_files.store_owned(ctx.paths.attachments, consent.FOLDER, keep.id,
                                                  source.read_bytes(), ext)
    if created:
        written.append(target)
    keep.consent_file = ref
    keep.consent_file_name, keep.consent_file_on = other.consent_file_name, other.consent_file_on


def merge_donors(ctx, keep_id: str, other_id: str) -> MergeResult:
    """Merge donor `other_id` into `keep_id` (see the module's note); refused for the same donor, a
    donor already merged, or two donors with different resident numbers."""
    actor = ctx.require_actor()
    if keep_id == other_id:
        raise ValidationError("같은 후원자끼리는 병합할 수 없습니다.")
    written: list = []
    try:
        return _merge(ctx, keep_id, other_id, actor.login_id, written)
    except BaseException:
        for path in written:
            safe_files.remove_quietly(path)
        raise


def _merge(ctx, keep_id: str, other_id: str, actor_id: str, written: list) -> MergeResult:
    with ctx.transaction() as session:
        keep, other = _live(session, ctx, keep_id), _live(session, ctx, other_id)
        if keep.resident_number_hash and other.resident_number_hash \
                and keep.resident_number_hash != other.resident_number_hash:
            raise ValidationError("두 후원자의 주민등록번호가 달라 같은 사람으로 병합할 수 없습니다.")
        pledges = _moved(session, Pledge, other.id, keep.id, actor_id)
        gifts = _moved(session, Gift, other.id, keep.id, actor_id)
        lines = _moved(session, CmsLine, other.id, keep.id, actor_id)
        for name in _FILLED:
            if not getattr(keep, name) and getattr(other, name):
                setattr(keep, name, getattr(other, name))
        if not keep.resident_number_hash and other.resident_number_hash:
            for name in _SEALED:
                setattr(keep, name, getattr(other, name))
        keep.receipt_wanted = keep.receipt_wanted or other.receipt_wanted
        _carry_consent(ctx, keep, other, written)
        merged_note = f"후원자번호 {other.donor_no} ({other.name})을(를) 병합함"
        keep.note = f"{keep.note}\n{merged_note}".strip()
        other.merged_into = keep.id
        record_change(session, keep, actor_id)
        record_change(session, other, actor_id)
        return MergeResult(card_of(keep), other.donor_no, pledges, gifts, lines)
