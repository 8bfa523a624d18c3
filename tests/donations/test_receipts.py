"""기부금영수증: numbering per year and PC, the lock on receipted gifts, void and re-issue, donors who cannot
get one listed with the reason, the annual bulk resumed after a cancel, and the PDF's Hangul."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from heemang_desktop.audit.models import AccessRecord
from heemang_desktop.donations import service
from heemang_desktop.donations.receipt_models import ReceiptSeries
from heemang_desktop.progress import Cancelled, Progress
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


@pytest.fixture
def setup(ctx):
    service.set_receipt_setup(ctx, service.ReceiptSetup("1238212345", "서울특별시 종로구 희망로 1",
                                                        "소득세법 시행령 제80조제1항"))
    return ctx


def _donor(ctx, name, phone, rrn="800101-1234567", consent=True, **kw):
    return service.add_donor(ctx, service.DonorInput(name=name, phone=phone, resident_number=rrn,
                                                     receipt_wanted=consent, **kw))


def _gift(ctx, donor, day, amount=30000, **kw):
    return service.record_gift(ctx, service.GiftInput(donor.id, day, kw.pop("method", "계좌이체"), amount, **kw))


def test_numbers_run_per_year_without_gaps_and_the_pc_letter(setup):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    gifts = [_gift(ctx, d, date(2026, m, 5)) for m in (1, 2, 3)]
    old = _gift(ctx, d, date(2025, 12, 5))
    numbers = [service.issue_for_gift(ctx, g.id).number for g in gifts]
    assert numbers == ["2026-A-0001", "2026-A-0002", "2026-A-0003"]
    assert service.issue_for_gift(ctx, old.id).number == "2025-A-0001"  # the year of the gift
    service.void_receipt(ctx, service.find_receipt(ctx, "2026-A-0002").id, "금액 오기")
    g4 = _gift(ctx, d, date(2026, 4, 5))
    assert service.issue_for_gift(ctx, g4.id).number == "2026-A-0004"  # the void keeps its number: no reuse


def test_a_second_pc_takes_the_next_letter_and_a_later_clash_yields(setup):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    with ctx.transaction() as s:  # another PC's series, pulled by sync before this PC issued
        s.add(ReceiptSeries(facility_id=ctx.facility.id, store_id="other-pc", mark="A"))
    assert service.issue_for_gift(ctx, _gift(ctx, d, date(2026, 1, 5)).id).number == "2026-B-0001"
    with ctx.transaction() as s:  # a third PC took B too, offline, and its series is older: this PC yields
        older = ReceiptSeries(facility_id=ctx.facility.id, store_id="third-pc", mark="B")
        older.created_at = date(2020, 1, 1)
        s.add(older)
    assert service.issue_for_gift(ctx, _gift(ctx, d, date(2026, 1, 6)).id).number == "2026-C-0001"


def test_issuing_locks_the_gifts_and_void_frees_them(setup):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    g = _gift(ctx, d, date(2026, 3, 1))
    receipt = service.issue_for_gift(ctx, g.id)
    with ctx.store.session() as s:
        assert service.is_locked(s, g.id)
        locked = f"기부금영수증 {receipt.number}에 들어간 후원금은 고치거나 지울 수 없습니다"
        with pytest.raises(ValidationError, match=locked):
            service.check_unlocked(s, g.id)
    with pytest.raises(ValidationError, match="이미 발급|고치거나 지울 수 없습니다"):
        service.issue_for_gift(ctx, g.id)  # never two live receipts for one gift
    with pytest.raises(ValidationError, match="취소 사유"):
        service.void_receipt(ctx, receipt.id, "  ")
    voided = service.void_receipt(ctx, receipt.id, "주소 오기", on=date(2026, 4, 1))
    assert (voided.state, voided.void_reason, voided.number) == ("취소", "주소 오기", receipt.number)
    with ctx.store.session() as s:
        assert not service.is_locked(s, g.id)


def test_reissue_needs_a_void_and_covers_the_same_gifts_under_a_new_number(setup):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222", address="서울 중구")
    for m in (1, 2, 3):
        _gift(ctx, d, date(2026, m, 10), 10000 * m)
    first = service.issue_for_period(ctx, d.id, date(2026, 1, 1), date(2026, 3, 31))
    assert first.total == 60000 and first.scope == "기간"
    with pytest.raises(ValidationError, match="먼저 취소하세요"):
        service.reissue_receipt(ctx, first.id)
    service.void_receipt(ctx, first.id, "주소 변경")
    again = service.reissue_receipt(ctx, first.id)
    assert again.number == "2026-A-0002" and again.total == 60000 and again.replaces == first.number
    rows = {r.number: r for r in service.list_receipts(ctx, 2026)}
    assert rows[first.number].state == "취소" and rows[first.number].replaced_by == again.number
    assert [ln.amount for ln in service.receipt_lines(ctx, again.id)] == [10000, 20000, 30000]
    with pytest.raises(ValidationError, match="이미 2026-A-0002"):
        service.reissue_receipt(ctx, first.id)


def test_receipts_go_out_through_the_outbox_with_their_lines(setup):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    receipt = service.issue_for_gift(ctx, _gift(ctx, d, date(2026, 3, 1)).id)
    with ctx.store.session() as s:
        entries = {e.entity: e for e in s.scalars(select(OutboxEntry).where(
            OutboxEntry.entity.in_(("donation_receipt", "receipt_series"))))}
    assert set(entries) == {"donation_receipt", "receipt_series"}
    assert receipt.number in entries["donation_receipt"].payload and '"lines"' in entries["donation_receipt"].payload
    assert "1234567" not in entries["donation_receipt"].payload  # only the masked number travels with it


def test_donors_without_consent_or_number_are_listed_with_the_reason(setup):
    ctx = setup
    ok = _donor(ctx, "김후원", "010-1111-2222")
    no_consent = _donor(ctx, "이나눔", "010-3333-4444", rrn="810101-1234567", consent=False)
    no_number = _donor(ctx, "박기부", "010-5555-6666", rrn="")
    org = service.add_donor(ctx, service.DonorInput(name="희망상사", donor_kind="단체", receipt_wanted=True))
    for d in (ok, no_consent, no_number, org):
        _gift(ctx, d, date(2026, 5, 1))
    due = {d.name: d.problem for d in service.receipts_due(ctx, 2026)}
    assert due == {"김후원": "", "이나눔": "영수증 발급 동의가 없습니다", "박기부": "주민등록번호가 없습니다",
                   "희망상사": "사업자번호가 없습니다"}
    result = service.issue_annual(ctx, 2026, issued_on=date(2027, 1, 10))
    assert result.issued == ("2026-A-0001",)
    assert sorted((x.name, x.problem) for x in result.left_out) == [
        ("박기부", "주민등록번호가 없습니다"), ("이나눔", "영수증 발급 동의가 없습니다"),
        ("희망상사", "사업자번호가 없습니다")]
    with pytest.raises(ValidationError, match="이나눔 .*영수증 발급 동의가 없습니다"):
        service.issue_for_period(ctx, no_consent.id, date(2026, 1, 1), date(2026, 12, 31))


class CancelAfter(Progress):
    """Cancels once `n` receipts are done, as a user pressing 취소 mid-run."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def update(self, done, total=None):
        super().update(done, total)
        if done >= self.n:
            self.cancel()


def test_annual_bulk_resumes_after_a_cancel_without_issuing_twice(setup, tmp_path, monkeypatch):
    ctx = setup
    from heemang_desktop.donations import receipts

    monkeypatch.setattr(receipts, "CHUNK", 4)
    monkeypatch.setattr(receipts, "RENDER_THREADS", 1)  # files in order, so the cancel falls at a known one
    donors = [_donor(ctx, f"후원자{i}", f"010-2000-{i:04d}", rrn=f"80010{i % 9 + 1}-1234567") for i in range(10)]
    for d in donors:
        for m in (1, 6, 12):
            _gift(ctx, d, date(2026, m, 20), 10000)
    written = []

    def render(pages, path, title=""):
        written.append(path.name)
        path.write_text("pdf")
        return path

    out = tmp_path / "receipts"
    with pytest.raises(Cancelled, match="이번에 발급한 4건은 그대로"):
        service.issue_annual(ctx, 2026, out, progress=CancelAfter(3), render=render)
    assert len(service.list_receipts(ctx, 2026)) == 4  # the committed chunk stays issued
    assert len(written) == 3  # the 4th PDF was not written before the cancel
    second = service.issue_annual(ctx, 2026, out, render=render)
    assert len(second.issued) == 6 and second.already == 4
    assert second.files == 7  # the missing PDF of the first run, and the 6 new ones
    rows = service.list_receipts(ctx, 2026)
    assert [r.number for r in rows] == [f"2026-A-{i:04d}" for i in range(1, 11)]
    assert sorted(r.donor_id for r in rows) == sorted(d.id for d in donors)  # one receipt per donor, none twice
    assert all(r.total == 30000 for r in rows)
    third = service.issue_annual(ctx, 2026, out, render=render)
    assert third.issued == () and third.files == 0 and third.already == 10
    assert len(list(out.glob("*.pdf"))) == 10


def test_cancel_while_pdfs_are_painted_on_threads_then_resume(setup, tmp_path, monkeypatch):
    ctx = setup
    from heemang_desktop.donations import receipts

    monkeypatch.setattr(receipts, "CHUNK", 3)
    monkeypatch.setattr(receipts, "RENDER_THREADS", 3)
    donors = [_donor(ctx, f"후원자{i}", f"010-2000-{i:04d}", rrn=f"80010{i % 9 + 1}-1234567") for i in range(12)]
    for d in donors:
        _gift(ctx, d, date(2026, 4, 1), 10000)
    out = tmp_path / "pdf"
    with pytest.raises(Cancelled):
        service.issue_annual(ctx, 2026, out, progress=CancelAfter(4))
    first = len(service.list_receipts(ctx, 2026))
    assert 3 <= first < 12 and not list(out.glob("*.part"))  # whole chunks only, no half-written file
    second = service.issue_annual(ctx, 2026, out)
    assert len(second.issued) == 12 - first
    rows = service.list_receipts(ctx, 2026)
    assert sorted(r.donor_id for r in rows) == sorted(d.id for d in donors)
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted(
        f"기부금영수증_{r.number}_{r.donor_no}.pdf" for r in rows)


def test_receipt_pdf_prints_the_form_in_hangul(setup, tmp_path):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222", address="서울특별시 중구 세종대로 110")
    _gift(ctx, d, date(2026, 3, 5), 50000, designation="지정", purpose="어르신 생신잔치")
    _gift(ctx, d, date(2026, 7, 1), method="현물", amount=0, item="쌀 20kg", quantity=3, unit_value=55000)
    result = service.issue_annual(ctx, 2026, tmp_path, issued_on=date(2027, 1, 12))
    pdf = tmp_path / f"기부금영수증_{result.issued[0]}_{d.donor_no}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "기부금영수증" in text.replace(" ", "")  # the title, letter-spaced
    with ctx.store.session() as s:  # the full number went on paper: recorded, without the number
        [access] = s.scalars(select(AccessRecord).where(AccessRecord.entity == "donation_receipt")).all()
    assert (access.kind, access.detail) == ("print", "기부금영수증 2026-A-0001~2026-A-0001 (1장) PDF")
    assert access.entity_id == "2026-A-0001"  # which receipts were printed, not an empty id
    for expected in ("2026-A-0001", "홍길동", "800101-1234567", "희망요양원", "123-82-12345",
                     "지정후원금 (어르신 생신잔치)", "쌀 20kg 3개 × 55,000원", "현물", "금전", "215,000",
                     "2027년 1월 12일", "기부금 수령인"):
        assert expected in text, expected


def test_a_voided_receipt_pdf_says_so(setup, tmp_path):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    r = service.issue_for_gift(ctx, _gift(ctx, d, date(2026, 3, 5)).id)
    service.void_receipt(ctx, r.id, "금액 오기")
    path = service.write_receipt_pdf(ctx, r.id, tmp_path / "void.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "취소된 영수증입니다" in text and "금액 오기" in text


def test_book_and_statement_workbooks(setup, tmp_path):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    e = _donor(ctx, "김후원", "010-3333-4444", rrn="900101-2234567")
    _gift(ctx, d, date(2026, 1, 5), 30000)
    _gift(ctx, d, date(2026, 2, 5), method="현물", amount=0, item="라면", quantity=10, unit_value=1000)
    _gift(ctx, e, date(2026, 3, 5), 50000)
    result = service.issue_annual(ctx, 2026, issued_on=date(2027, 1, 5))
    service.void_receipt(ctx, service.find_receipt(ctx, result.issued[1]).id, "이중 발급")
    assert service.write_receipt_book(ctx, 2026, tmp_path / "book.xlsx") == 2
    ws = load_workbook(tmp_path / "book.xlsx").active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [(r[0], r[4], r[5], r[7], r[8], r[10]) for r in rows] == [
        ("2026-A-0001", "홍길동", "800101-1******", 40000, "발급", None),
        ("2026-A-0002", "김후원", "900101-2******", 50000, "취소", "이중 발급")]
    assert ws.cell(3, 8).number_format == "#,##0"
    service.write_receipt_statement(ctx, 2026, tmp_path / "statement.xlsx")
    ws = load_workbook(tmp_path / "statement.xlsx").active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [(r[0], r[4], r[6], r[7], r[8]) for r in rows] == [
        ("2026-A-0001", "40", "금전", 1, 30000), ("2026-A-0001", "40", "현물", 1, 10000),
        ("합계", None, None, 2, 40000)]
    assert rows[0][5] == "일반기부금(종교단체 외)"


def test_receipts_due_is_a_work_item_in_january_and_february_only(setup):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    _gift(ctx, d, date(2026, 12, 1))
    items = service.receipts_due_items(ctx, date(2027, 1, 20))
    assert [(i.kind, i.page) for i in items] == [("receipts_due", "donations.receipts")]
    assert "2026년 기부금영수증을 아직 발급하지 않은 후원자 1명" in items[0].title
    assert service.receipts_due_items(ctx, date(2027, 3, 2)) == []
    service.issue_annual(ctx, 2026)
    assert service.receipts_due_items(ctx, date(2027, 2, 10)) == []


def test_issuing_needs_the_facility_setup(ctx):
    d = _donor(ctx, "홍길동", "010-1111-2222")
    g = _gift(ctx, d, date(2026, 3, 1))
    with pytest.raises(ValidationError, match="기부금 단체 정보"):
        service.issue_for_gift(ctx, g.id)
    with pytest.raises(ValidationError, match="10자리"):
        service.set_receipt_setup(ctx, service.ReceiptSetup("123", "서울"))


def test_a_receipt_pdf_asked_without_a_suffix_gets_pdf(setup, tmp_path):
    ctx = setup
    d = _donor(ctx, "홍길동", "010-1111-2222")
    _gift(ctx, d, date(2026, 3, 5), 50000)
    [number] = service.issue_annual(ctx, 2026, None, issued_on=date(2027, 1, 12)).issued
    path = service.write_receipt_pdf(ctx, service.find_receipt(ctx, number).id, tmp_path / "rc2")
    assert path == tmp_path / "rc2.pdf" and path.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "rc2").exists()
