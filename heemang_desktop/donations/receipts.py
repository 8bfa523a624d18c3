"""기부금영수증: issue per gift, per period or for a donor's year; void and re-issue; the lock on gifts.

Numbers. A receipt is numbered per year of the gifts it covers and per PC: `2026-A-0001`. Each PC
takes a series letter (A, B, …) the first time it issues, the lowest letter it has not seen another
PC's series use, and records it as a synced row; from then on it numbers its own series alone, so
two PCs issuing at the same time offline never hand out the same number, and within a series there
is no gap (the next number is the series' highest + 1, in the issuing transaction; a voided receipt
keeps its number). Two PCs that were both new and offline can take the same letter: once each has
seen the other's series row, the series created later yields, and that PC issues its next receipts
under a new letter (receipts already printed keep theirs; the books show both).

The lock. A gift on an issued (not voided) receipt is locked: `check_unlocked` refuses editing or
deleting it with the receipt's number. Voiding frees the gifts; re-issuing covers them again under
a new number, pointing at the voided receipt.

The annual bulk issues one receipt per donor for the year's gifts not yet receipted, in chunks of
`CHUNK` donors, each chunk one transaction; PDFs are written after their chunk commits. A cancel
stops between chunks or files: what was issued stays issued, and the next run issues only the
donors still due and writes any PDF of an issued receipt that is missing from the folder.
"""

from __future__ import annotations

import functools
import os
import re
import string
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from heemang_desktop.audit import service as audit
from heemang_desktop.donations.donors import text
from heemang_desktop.donations.models import IN_KIND, ORGANISATION, Donor, Gift
from heemang_desktop.donations.receipt_form import FormData, FormLine, Issuer, receipt_pages
from heemang_desktop.donations.receipt_models import (
    ANNUAL,
    GOODS,
    ISSUED,
    MONEY,
    PER_GIFT,
    PERIOD,
    VOIDED,
    Receipt,
    ReceiptLine,
    ReceiptSeries,
)
from heemang_desktop.progress import Cancelled, Progress
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.store.owned import owned
from heemang_desktop.store.pii import RRN
from heemang_desktop.sync.outbox import batched, record_change
from heemang_desktop.work_items import SOON, URGENT, WorkItem

SETTINGS_KEY = "donation_receipts"
CHUNK = 100  # donors per transaction in the annual bulk
RENDER_THREADS = min(4, os.cpu_count() or 1)  # PDFs painted at once in the annual bulk
Renderer = Callable[..., Path]  # form_to_pdf(pages, path, title=...)


@dataclass(frozen=True)
class ReceiptSetup:
    """The facility as the form prints it, besides its name (kept in this PC's settings)."""

    registration_number: str  # 사업자등록번호 or 고유번호
    address: str  # 소재지
    legal_basis: str = ""  # 기부금공제대상 기부금단체 근거법령
    code: str = ""  # 기부금 코드 for this facility's gifts; blank: the shipped default (40)


@dataclass(frozen=True)
class ReceiptRow:
    id: str
    number: str
    scope: str
    donor_id: str
    donor_no: str
    donor_name: str
    donor_number_masked: str
    period_from: date
    period_to: date
    issued_on: date
    total: int
    state: str
    voided_on: date | None
    void_reason: str
    replaces: str  # number of the voided receipt this one re-issues
    replaced_by: str  # number of the receipt that re-issued this one


@dataclass(frozen=True)
class DueDonor:
    """A donor with gifts of the year no issued receipt covers; `problem` says why one cannot be issued."""

    donor_id: str
    donor_no: str
    name: str
    gifts: int
    total: int
    problem: str = ""


@dataclass(frozen=True)
class BulkResult:
    year: int
    issued: tuple[str, ...]  # numbers issued by this run
    files: int  # PDFs written by this run (new and missing ones)
    left_out: tuple[DueDonor, ...]  # due donors that cannot get a receipt, with the reason
    already: int  # this year's annual receipts issued by earlier runs


# -- setup and codes ------------------------------------------------------------------------------
@functools.cache
def _codes() -> dict:
    return load_json("donations/receipt_codes.json")


def code_label(code: str, on: date) -> str:
    """The code's name in force on `on` (법정→특례, 지정→일반 from 2023)."""
    label = ""
    for period in _codes()["periods"]:
        if date.fromisoformat(period["from"]) <= on:
            label = period["codes"].get(code, label)
    return label


def receipt_setup(ctx) -> ReceiptSetup | None:
    raw = ctx.settings.extra.get(SETTINGS_KEY)
    return ReceiptSetup(**raw) if raw else None


def set_receipt_setup(ctx, setup: ReceiptSetup) -> ReceiptSetup:
    number = re.sub(r"\D", "", setup.registration_number or "")
    if len(number) != 10:
        raise ValidationError("사업자등록번호(고유번호)는 10자리 숫자입니다 (예: 123-82-12345).", "registration_number")
    code = (setup.code or "").strip()
    if code and code not in _codes()["periods"][-1]["codes"]:
        raise ValidationError(f"기부금 코드는 10, 40, 41 중 하나입니다: '{code}'", "code")
    clean = ReceiptSetup(f"{number[:3]}-{number[3:5]}-{number[5:]}", text(setup.address, 300, "소재지", required=True),
                         text(setup.legal_basis, 200, "근거법령"), code)
    ctx.settings.extra[SETTINGS_KEY] = {"registration_number": clean.registration_number, "address": clean.address,
                                        "legal_basis": clean.legal_basis, "code": clean.code}
    ctx.settings.save(ctx.paths)
    return clean


def _issuer(ctx) -> tuple[Issuer, str]:
    setup = receipt_setup(ctx)
    if setup is None:
        raise ValidationError("기부금 단체 정보(사업자등록번호·소재지)를 먼저 설정하세요: "
                              "'receipts setup --number 123-82-12345 --address 소재지'")
    return (Issuer(ctx.facility.name, setup.registration_number, setup.address, setup.legal_basis),
            setup.code or _codes()["default"])


# -- the lock -------------------------------------------------------------------------------------
def live_lines():
    """(gift id, receipt number) of the gifts issued receipts cover."""
    return (select(ReceiptLine.gift_id, Receipt.number).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
            .where(Receipt.state == ISSUED, Receipt.deleted.is_(False)))


def locked_by(session: Session, gift_id: str) -> str | None:
    """The number of the issued receipt covering the gift, or None."""
    row = session.execute(live_lines().where(ReceiptLine.gift_id == gift_id).limit(1)).first()
    return row[1] if row else None


def is_locked(session: Session, gift_id: str) -> bool:
    return locked_by(session, gift_id) is not None


def check_unlocked(session: Session, gift_id: str) -> None:
    """For the gift's edit and delete: refuse a gift an issued receipt covers, naming the receipt."""
    number = locked_by(session, gift_id)
    if number:
        raise ValidationError(f"기부금영수증 {number}에 들어간 후원금은 고치거나 지울 수 없습니다. "
                              "영수증을 먼저 취소하세요 (취소한 뒤 다시 발급).", "gift")


# -- numbering ------------------------------------------------------------------------------------
def _marks():
    yield from string.ascii_uppercase
    for a in string.ascii_uppercase:
        for b in string.ascii_uppercase:
            yield a + b


def _series(session: Session, ctx, actor_id: str) -> ReceiptSeries:
    """This PC's series: its own, unless another PC's earlier series took the same letter."""
    rows = list(session.scalars(select(ReceiptSeries).where(ReceiptSeries.facility_id == ctx.facility.id,
                                                            ReceiptSeries.deleted.is_(False))))

    def yields(r: ReceiptSeries) -> bool:
        return any(o.mark == r.mark and o.store_id != r.store_id and (o.created_at, o.id) < (r.created_at, r.id)
                   for o in rows)

    own = sorted((r for r in rows if r.store_id == ctx.store_id and not yields(r)), key=lambda r: r.created_at)
    if own:
        return own[-1]
    taken = {r.mark for r in rows}
    series = ReceiptSeries(facility_id=ctx.facility.id, store_id=ctx.store_id,
                           mark=next(m for m in _marks() if m not in taken))
    record_change(session, series, actor_id)
    return series


def _next_seq(session: Session, series: ReceiptSeries, year: int) -> int:
    top = session.scalar(select(func.max(Receipt.seq)).where(Receipt.series_id == series.id, Receipt.year == year))
    return (top or 0) + 1


# -- issuing --------------------------------------------------------------------------------------
def donor_problem(donor: Donor) -> str:
    """Why this donor cannot get a receipt ("" when one can be issued)."""
    if not donor.receipt_wanted:
        return "영수증 발급 동의가 없습니다"
    if donor.donor_kind == ORGANISATION:
        return "" if donor.business_number else "사업자번호가 없습니다"
    return "" if donor.resident_number_enc else "주민등록번호가 없습니다"


def _description(g: Gift) -> str:
    if g.method == IN_KIND:
        return f"{g.item} {g.quantity:,}개 × {g.unit_value:,}원"
    what = f"{g.designation}후원금"
    return f"{what} ({g.purpose})" if g.purpose else f"{what} · {g.method}"


def _issue(session: Session, ctx, actor_id: str, series: ReceiptSeries, donor: Donor, gifts: list[Gift], scope: str,
           period: tuple[date, date], issued_on: date, code: str, replaces: str = "", seq: int = 0) -> Receipt:
    """`seq` 0: the series' next number, read from the store (the bulk counts on from one read instead)."""
    gifts = sorted(gifts, key=lambda g: (g.gift_date, g.id))
    year = period[0].year
    seq = seq or _next_seq(session, series, year)
    receipt = Receipt(
        facility_id=ctx.facility.id, series_id=series.id, year=year, seq=seq,
        number=f"{year}-{series.mark}-{seq:04d}", scope=scope, donor_id=donor.id, period_from=period[0],
        period_to=period[1], issued_on=issued_on, donor_name=donor.name,
        donor_number_masked=_masked_number(donor), donor_address=donor.address,
        total=sum(g.amount for g in gifts), state=ISSUED, voided_on=None, void_reason="", replaces=replaces)
    receipt.lines = [ReceiptLine(position=i, gift_id=g.id, code=code, kind=GOODS if g.method == IN_KIND else MONEY,
                                 gift_date=g.gift_date, description=_description(g), amount=g.amount)
                     for i, g in enumerate(gifts, start=1)]
    record_change(session, receipt, actor_id)
    return receipt


def _masked_number(donor: Donor) -> str:
    if donor.donor_kind == ORGANISATION or not donor.resident_number_masked:
        b = donor.business_number
        return f"{b[:3]}-{b[3:5]}-{b[5:]}" if b else ""
    return donor.resident_number_masked


def _full_number(ctx, donor: Donor) -> str:
    if donor.donor_kind != ORGANISATION and donor.resident_number_enc:
        digits = ctx.cipher.decrypt(donor.resident_number_enc, RRN)
        return f"{digits[:6]}-{digits[6:]}"
    return _masked_number(donor)


def _free(ctx, *columns):
    """Gifts (or `columns` of them) that count and that no issued receipt covers. A correlated NOT EXISTS,
    not an IN list of ids: a year of 60,000 gifts is past SQLite's bound-parameter limit on Windows builds."""
    covered = (select(ReceiptLine.id).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
               .where(ReceiptLine.gift_id == Gift.id, Receipt.state == ISSUED, Receipt.deleted.is_(False)))
    return select(*(columns or (Gift,))).where(Gift.facility_id == ctx.facility.id, Gift.deleted.is_(False),
                                               Gift.cancelled.is_(False), ~covered.exists())


def _in_year(year: int):
    return Gift.gift_date.between(date(year, 1, 1), date(year, 12, 31))  # a range, so the date index serves


def _require_donor(session: Session, ctx, donor_id: str) -> Donor:
    donor = owned(session, Donor, donor_id, ctx.facility.id, "후원자")
    problem = donor_problem(donor)
    if problem:
        raise ValidationError(f"{donor.name} ({donor.donor_no}): {problem}. 후원자 카드에서 먼저 채우세요.", "donor")
    return donor


def issue_for_gift(ctx, gift_id: str, issued_on: date | None = None) -> ReceiptRow:
    """건별: one receipt for one gift."""
    actor = ctx.require_actor()
    _issuer_, code = _issuer(ctx)
    with ctx.transaction() as session:
        gift = owned(session, Gift, gift_id, ctx.facility.id, "후원금")
        if gift.cancelled:
            raise ValidationError("취소된 후원금에는 영수증을 발급할 수 없습니다.", "gift")
        check_unlocked(session, gift.id)
        donor = _require_donor(session, ctx, gift.donor_id)
        receipt = _issue(session, ctx, actor.login_id, _series(session, ctx, actor.login_id), donor, [gift],
                         PER_GIFT, (gift.gift_date, gift.gift_date), issued_on or date.today(), code)
        return _row(session, receipt)


def issue_for_period(ctx, donor_id: str, first: date, last: date, issued_on: date | None = None) -> ReceiptRow:
    """기간: one receipt for the donor's gifts from `first` to `last` (one year at most) not yet receipted."""
    actor = ctx.require_actor()
    _issuer_, code = _issuer(ctx)
    if last < first:
        raise ValidationError("기간의 끝이 시작보다 앞섭니다.", "period")
    if first.year != last.year:
        raise ValidationError("영수증 번호는 해마다 매기므로 기간은 한 해 안에서 고르세요.", "period")
    with ctx.transaction() as session:
        donor = _require_donor(session, ctx, donor_id)
        gifts = list(session.scalars(_free(ctx).where(Gift.donor_id == donor.id, Gift.gift_date.between(first, last))))
        if not gifts:
            raise ValidationError(f"{first}~{last}에 영수증을 발급하지 않은 후원금이 없습니다.", "period")
        receipt = _issue(session, ctx, actor.login_id, _series(session, ctx, actor.login_id), donor, gifts, PERIOD,
                         (first, last), issued_on or date.today(), code)
        return _row(session, receipt)


def _due(session: Session, ctx, year: int) -> list[DueDonor]:
    per_donor = _free(ctx, Gift.donor_id, func.count().label("n"), func.sum(Gift.amount).label("total")).where(
        _in_year(year)).group_by(Gift.donor_id).subquery()
    rows = session.execute(select(Donor, per_donor.c.n, per_donor.c.total)
                           .join(per_donor, per_donor.c.donor_id == Donor.id)
                           .where(Donor.deleted.is_(False)).order_by(Donor.donor_no))
    return [DueDonor(d.id, d.donor_no, d.name, n, total or 0, donor_problem(d)) for d, n, total in rows]


def receipts_due(ctx, year: int) -> list[DueDonor]:
    """Donors with gifts of `year` no issued receipt covers, each with the reason one cannot be issued, if any."""
    with ctx.store.session() as session:
        return _due(session, ctx, year)


def file_name(number: str, donor_no: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", f"기부금영수증_{number}_{donor_no}") + ".pdf"


def _form(ctx, receipt: Receipt, donor: Donor) -> FormData:
    return FormData(receipt.number, receipt.issued_on, receipt.donor_name, _full_number(ctx, donor),
                    receipt.donor_address,
                    tuple(FormLine(ln.code, ln.kind, ln.gift_date, ln.description, ln.amount) for ln in receipt.lines),
                    receipt.total, receipt.void_reason if receipt.state == VOIDED else "")


def _default_render() -> Renderer:
    from heemang_desktop.render.form import form_to_pdf

    return form_to_pdf


def issue_annual(ctx, year: int, out_dir: Path | None = None, progress: Progress | None = None,
                 issued_on: date | None = None, render: Renderer | None = None) -> BulkResult:
    """연간: one receipt per donor for `year`'s gifts not yet receipted, and its PDF in `out_dir` (module doc)."""
    actor = ctx.require_actor()
    issuer, code = _issuer(ctx)
    progress = progress or Progress()
    issued_on = issued_on or date.today()
    if out_dir is not None:
        Path(out_dir).mkdir(parents=True, exist_ok=True)
    with ctx.store.session() as session:
        due = _due(session, ctx, year)
        left_out = tuple(d for d in due if d.problem)
        todo = [d.donor_id for d in due if not d.problem]
        earlier = list(session.execute(
            select(Receipt.id, Receipt.number, Donor.donor_no).join(Donor, Donor.id == Receipt.donor_id)
            .where(Receipt.facility_id == ctx.facility.id, Receipt.year == year, Receipt.scope == ANNUAL,
                   Receipt.state == ISSUED, Receipt.deleted.is_(False))))
    missing = [rid for rid, number, donor_no in earlier
               if out_dir is not None and not (Path(out_dir) / file_name(number, donor_no)).exists()]
    writer = _PdfWriter(issuer, out_dir, render, progress, len(todo) + len(missing))
    issued: list[str] = []
    try:
        if missing:
            wanted = set(missing)
            numbers = sorted(number for rid, number, _no in earlier if rid in wanted)
            audit.record(ctx, audit.PRINT, "donation_receipt", _number_span(numbers),
                         detail=f"기부금영수증 {len(missing)}장 PDF 다시 쓰기")
            with ctx.store.session() as session:
                writer.add([(r.number, d.donor_no, _form(ctx, r, d)) for r in session.scalars(
                    select(Receipt).where(Receipt.id.in_(missing)).order_by(Receipt.number))
                    for d in [session.get(Donor, r.donor_id)] if d is not None])
        for start in range(0, len(todo), CHUNK):
            writer.harvest(keep=CHUNK)  # one chunk ahead at most, so a cancel stops the issuing too
            progress.check()
            chunk = todo[start:start + CHUNK]
            forms = []
            with ctx.transaction() as session, batched(session):
                series = _series(session, ctx, actor.login_id)
                seq = _next_seq(session, series, year)
                donors = {d.id: d for d in session.scalars(select(Donor).where(Donor.id.in_(chunk)))}
                gifts: dict[str, list[Gift]] = {}
                # read again in the issuing transaction: a receipt a sync brought meanwhile keeps its gifts
                for g in session.scalars(_free(ctx).where(Gift.donor_id.in_(chunk), _in_year(year))):
                    gifts.setdefault(g.donor_id, []).append(g)
                for donor_id in chunk:
                    donor = donors[donor_id]
                    if donor_id not in gifts:
                        continue
                    receipt = _issue(session, ctx, actor.login_id, series, donor, gifts[donor_id], ANNUAL,
                                     (date(year, 1, 1), date(year, 12, 31)), issued_on, code, seq=seq)
                    seq += 1
                    forms.append((receipt.number, donor.donor_no, _form(ctx, receipt, donor)))
                if out_dir is not None and forms:  # the PDFs print full resident numbers: 접속기록, with the issue
                    audit.record_access(session, ctx, audit.PRINT, "donation_receipt",
                                        _number_span([forms[0][0], forms[-1][0]]),
                                        detail=f"기부금영수증 {forms[0][0]}~{forms[-1][0]} ({len(forms)}장) PDF")
            issued += [number for number, _no, _form_ in forms]
            writer.add(forms)
        writer.finish()
    except Cancelled as exc:
        writer.stop()
        raise Cancelled(f"취소했습니다. 이번에 발급한 {len(issued):,}건은 그대로 두었습니다. 다시 실행하면 남은 "
                        "후원자만 발급하고 빠진 PDF를 씁니다.") from exc
    except BaseException:
        writer.stop()
        raise
    return BulkResult(year, tuple(issued), writer.files, left_out, len(earlier))


class _PdfWriter:
    """Writes the bulk's PDFs on RENDER_THREADS threads while the next chunk is issued.

    Painting a PDF is C++ work that releases the GIL (QPainter.end() embeds the font subset, ~70 % of
    a receipt's time), so threads use the PC's cores. The first file is written on the calling thread,
    which makes Qt's application object there before any pool thread needs it.
    """

    def __init__(self, issuer: Issuer, out_dir: Path | None, render: Renderer | None, progress: Progress,
                 total: int):
        self.issuer, self.out_dir, self.progress, self.total = issuer, out_dir, progress, total
        self.render = render or (_default_render() if out_dir is not None else None)
        self.done = self.files = 0
        self.pending: list[Future] = []
        self.pool: ThreadPoolExecutor | None = None
        progress.update(0, total)

    def _write(self, number: str, donor_no: str, form: FormData) -> None:
        assert self.render is not None and self.out_dir is not None
        self.render(receipt_pages(self.issuer, form), Path(self.out_dir) / file_name(number, donor_no),
                    title=f"기부금영수증 {number}")

    def _count(self, wrote: bool) -> None:
        self.done += 1
        self.files += wrote
        self.progress.update(self.done, self.total)

    def add(self, forms: list[tuple[str, str, FormData]]) -> None:
        for number, donor_no, form in forms:
            if self.render is None or self.out_dir is None:
                self._count(False)
            elif RENDER_THREADS <= 1 or self.files == 0 and not self.pending:
                self.progress.check()
                self._write(number, donor_no, form)
                self._count(True)
            else:
                if self.pool is None:
                    self.pool = ThreadPoolExecutor(RENDER_THREADS, thread_name_prefix="receipt-pdf")
                self.pending.append(self.pool.submit(self._write, number, donor_no, form))

    def harvest(self, keep: int = 0) -> None:
        """Count the PDFs finished, waiting (in order) until at most `keep` are still to paint; raises a
        render's error, or Cancelled when the user cancels while it waits."""
        while len(self.pending) > keep:
            try:
                self.pending[0].result(timeout=0.1)
            except TimeoutError:
                self.progress.check()
                continue
            self.pending.pop(0)
            self._count(True)
        while self.pending and self.pending[0].done():
            self.pending.pop(0).result()
            self._count(True)

    def finish(self) -> None:
        self.harvest()
        self.progress.check()
        self.stop()

    def stop(self) -> None:
        """Drop the PDFs not started (a cancel); the ones being painted finish, so no file is half-written."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


# -- void and re-issue ----------------------------------------------------------------------------
def void_receipt(ctx, receipt_id: str, reason: str, on: date | None = None) -> ReceiptRow:
    """Void an issued receipt, keeping its number with the reason; its gifts are free again."""
    actor = ctx.require_actor()
    reason = text(reason, 500, "취소 사유", required=True)
    with ctx.transaction() as session:
        receipt = owned(session, Receipt, receipt_id, ctx.facility.id, "기부금영수증")
        if receipt.state == VOIDED:
            raise ValidationError(f"기부금영수증 {receipt.number}은(는) 이미 취소했습니다.", "receipt")
        receipt.state, receipt.voided_on, receipt.void_reason = VOIDED, on or date.today(), reason
        record_change(session, receipt, actor.login_id)
        return _row(session, receipt)


def reissue_receipt(ctx, receipt_id: str, issued_on: date | None = None) -> ReceiptRow:
    """A new receipt, under a new number, for the gifts of a voided one (as they are now)."""
    actor = ctx.require_actor()
    _issuer_, code = _issuer(ctx)
    with ctx.transaction() as session:
        old = owned(session, Receipt, receipt_id, ctx.facility.id, "기부금영수증")
        if old.state != VOIDED:
            raise ValidationError(f"기부금영수증 {old.number}을(를) 먼저 취소하세요. 발급한 영수증은 고치지 않고, "
                                  "취소한 뒤 다시 발급합니다.", "receipt")
        again = session.scalar(select(Receipt.number).where(Receipt.replaces == old.id, Receipt.deleted.is_(False)))
        if again:
            raise ValidationError(f"기부금영수증 {old.number}은(는) 이미 {again}(으)로 다시 발급했습니다.", "receipt")
        donor = _require_donor(session, ctx, old.donor_id)
        gifts = list(session.scalars(_free(ctx).where(Gift.id.in_([ln.gift_id for ln in old.lines]))))
        if not gifts:
            raise ValidationError(f"기부금영수증 {old.number}의 후원금이 모두 취소되었거나 다른 영수증에 "
                                  "들어 있습니다.", "receipt")
        receipt = _issue(session, ctx, actor.login_id, _series(session, ctx, actor.login_id), donor, gifts, old.scope,
                         (old.period_from, old.period_to), issued_on or date.today(), code, replaces=old.id)
        return _row(session, receipt)


# -- reading --------------------------------------------------------------------------------------
def _row(session: Session, r: Receipt, numbers: dict[str, str] | None = None,
         replaced: dict[str, str] | None = None, donor_nos: dict[str, str] | None = None) -> ReceiptRow:
    if numbers is None:
        numbers = {r.replaces: session.scalar(select(Receipt.number).where(Receipt.id == r.replaces)) or ""} \
            if r.replaces else {}
    if replaced is None:
        replaced = {r.id: session.scalar(select(Receipt.number).where(Receipt.replaces == r.id)) or ""}
    donor_no = (donor_nos or {}).get(r.donor_id) or session.scalar(select(Donor.donor_no).where(Donor.id == r.donor_id))
    return ReceiptRow(r.id, r.number, r.scope, r.donor_id, donor_no or "", r.donor_name, r.donor_number_masked,
                      r.period_from, r.period_to, r.issued_on, r.total, r.state, r.voided_on, r.void_reason,
                      numbers.get(r.replaces, ""), replaced.get(r.id, ""))


def list_receipts(ctx, year: int, donor_id: str | None = None) -> list[ReceiptRow]:
    """The year's receipts, issued and voided, in number order (the 발급대장's rows)."""
    with ctx.store.session() as session:
        stmt = select(Receipt).where(Receipt.facility_id == ctx.facility.id, Receipt.year == year,
                                     Receipt.deleted.is_(False))
        if donor_id:
            stmt = stmt.where(Receipt.donor_id == donor_id)
        rows = list(session.scalars(stmt.order_by(Receipt.number)))
        numbers = {r.id: r.number for r in rows}
        replaced = {r.replaces: r.number for r in rows if r.replaces}
        donor_nos = {i: no for i, no in session.execute(select(Donor.id, Donor.donor_no).where(
            Donor.id.in_({r.donor_id for r in rows})))} if rows else {}
        return [_row(session, r, numbers, replaced, donor_nos) for r in rows]


def receipt_lines(ctx, receipt_id: str) -> list[FormLine]:
    with ctx.store.session() as session:
        r = owned(session, Receipt, receipt_id, ctx.facility.id, "기부금영수증")
        return [FormLine(ln.code, ln.kind, ln.gift_date, ln.description, ln.amount) for ln in r.lines]


def find_receipt(ctx, number: str) -> ReceiptRow:
    """The receipt with this number, e.g. for `receipts void 2026-A-0001`."""
    with ctx.store.session() as session:
        r = session.scalar(select(Receipt).where(Receipt.facility_id == ctx.facility.id,
                                                 Receipt.number == number.strip(), Receipt.deleted.is_(False))
                           .order_by(Receipt.created_at))
        if r is None:
            raise ValidationError(f"기부금영수증 {number}을(를) 찾을 수 없습니다.", "number")
        return _row(session, r)


def _number_span(numbers: list[str]) -> str:
    """The audit row's entity id for a run of receipts: their first and last number."""
    return numbers[0] if len(numbers) == 1 or numbers[0] == numbers[-1] else f"{numbers[0]}~{numbers[-1]}"


def write_receipt_pdf(ctx, receipt_id: str, path: Path, render: Renderer | None = None) -> Path:
    """The receipt as PDF (a voided one says so across its top); `path` gets .pdf if it has not."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    issuer, _code = _issuer(ctx)
    with ctx.store.session() as session:
        r = owned(session, Receipt, receipt_id, ctx.facility.id, "기부금영수증")
        donor = session.get(Donor, r.donor_id)
        form = _form(ctx, r, donor) if donor is not None else None
    if form is None:
        raise ValidationError("영수증의 후원자를 찾을 수 없습니다.")
    audit.record(ctx, audit.PRINT, "donation_receipt", receipt_id, detail=f"기부금영수증 {form.number} PDF")
    return (render or _default_render())(receipt_pages(issuer, form), Path(path), title=f"기부금영수증 {form.number}")


def receipts_due_items(ctx, on: date) -> list[WorkItem]:
    """나의업무, in January and February: last year's donors still without a receipt (and those who cannot get one)."""
    if on.month > 2:
        return []
    year = on.year - 1
    due = receipts_due(ctx, year)
    if not due:
        return []
    blocked = sum(1 for d in due if d.problem)
    title = f"{year}년 기부금영수증을 아직 발급하지 않은 후원자 {len(due):,}명"
    if blocked:
        title += f" (동의·번호가 없어 발급할 수 없는 {blocked:,}명 포함)"
    return [WorkItem("receipts_due", title, "donations.receipts", None, SOON if on.month == 1 else URGENT,
                     "후원자의 연말정산: 기부금영수증은 1월에 씁니다", f"receipts_due:{year}")]
