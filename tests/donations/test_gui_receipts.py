"""The 기부금영수증 page: the year's donors due (one who cannot get a receipt shown with the reason), the
annual bulk with its PDFs, void with a reason, re-issue, and the 발급대장 saved."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from heemang_desktop.donations import service

YEAR = 2026


@pytest.fixture
def donors(ctx):
    service.set_receipt_setup(ctx, service.ReceiptSetup("1238212345", "서울특별시 종로구 희망로 1"))
    for name, phone, rrn, consent, amount in (("김후원", "010-1111-2222", "800101-1234567", True, 30000),
                                              ("이나눔", "010-3333-4444", "810101-1234567", True, 1250000),
                                              ("박기부", "010-5555-6666", "", True, 50000),
                                              ("최동의", "010-7777-8888", "820101-2234567", False, 10000)):
        d = service.add_donor(ctx, service.DonorInput(name=name, phone=phone, resident_number=rrn,
                                                      receipt_wanted=consent))
        for m in (3, 9):
            service.record_gift(ctx, service.GiftInput(d.id, date(YEAR, m, 25), "계좌이체", amount))
    return ctx


@pytest.fixture
def page(qtbot, donors, main_window):
    donors.close()
    window = main_window(timeout=5000)
    window.resize(1366, 768)
    window.open_page("donations.receipts")
    page = window.pages["donations.receipts"]
    page.year.setValue(YEAR)
    qtbot.waitUntil(lambda: len(page.due.rows) == 4)
    return page


def test_due_list_bulk_void_reissue_and_book(qtbot, page, tmp_path):
    reasons = {d.name: d.problem for d in page.due.rows}
    assert reasons == {"김후원": "", "이나눔": "", "박기부": "주민등록번호가 없습니다",
                       "최동의": "영수증 발급 동의가 없습니다"}
    assert page.due.data(page.due.index(1, 3)) == "2,500,000"  # 이나눔's two gifts, with commas
    assert "아직 발급하지 않은 후원자 4명 (그중 발급할 수 없는 2명)" in page.summary.text()
    page.window().grab().save("/tmp/dreceipts-due.png")

    page.issue_year(tmp_path / "pdf")
    qtbot.waitUntil(lambda: "PDF 2개를 저장했습니다" in page.message.text(), timeout=20000)
    assert "발급할 수 없는 후원자 2명" in page.message.text()
    qtbot.waitUntil(lambda: len(page.issued.rows) == 2)
    assert [(r.number, r.donor_name, r.total) for r in page.issued.rows] == [
        ("2026-A-0001", "김후원", 60000), ("2026-A-0002", "이나눔", 2500000)]
    assert sorted(p.name for p in (tmp_path / "pdf").glob("*.pdf")) == [
        "기부금영수증_2026-A-0001_D-00001.pdf", "기부금영수증_2026-A-0002_D-00002.pdf"]
    assert {d.name for d in page.due.rows} == {"박기부", "최동의"}  # still listed, with the reason

    first = page.issued.rows[0]
    page.void(first.id, "주소 오기")
    qtbot.waitUntil(lambda: page.issued.rows[0].state == "취소")
    assert page.issued.rows[0].void_reason == "주소 오기"
    page.reissue(first.id)
    qtbot.waitUntil(lambda: len(page.issued.rows) == 3)
    assert "2026-A-0001을(를) 2026-A-0003(으)로 다시 발급했습니다: 60,000원" in page.message.text()
    assert page.issued.data(page.issued.index(0, 9)) == "→ 2026-A-0003"

    page.reissue(page.issued.rows[1].id, "금액 정정")  # an issued one: voided with the reason, then again
    qtbot.waitUntil(lambda: len(page.issued.rows) == 4)
    assert page.issued.rows[1].state == "취소" and page.issued.rows[3].replaces == "2026-A-0002"

    page.save_workbook(tmp_path / "book.xlsx")
    qtbot.waitUntil(lambda: "4행을 저장했습니다" in page.message.text())
    numbers = [r[0] for r in load_workbook(tmp_path / "book.xlsx").active.iter_rows(min_row=3, values_only=True)]
    assert numbers == ["2026-A-0001", "2026-A-0002", "2026-A-0003", "2026-A-0004"]
    page.tabs.setCurrentIndex(1)
    page.window().grab().save("/tmp/dreceipts-issued.png")


def test_one_donor_first_then_the_bulk_skips_them(qtbot, page, tmp_path):
    kim = next(d for d in page.due.rows if d.name == "김후원")
    page.issue_one(kim.donor_id, tmp_path / "kim.pdf")
    qtbot.waitUntil(lambda: "2026-A-0001 60,000원을 발급하고 PDF를 저장했습니다" in page.message.text())
    assert (tmp_path / "kim.pdf").stat().st_size > 0
    qtbot.waitUntil(lambda: len(page.due.rows) == 3)
    blocked = next(d for d in page.due.rows if d.name == "박기부")
    page.issue_one(blocked.donor_id, tmp_path / "park.pdf")
    qtbot.waitUntil(lambda: page.message.is_error)
    assert "박기부 (D-00003): 주민등록번호가 없습니다" in page.message.text()
    page.issue_year(tmp_path / "pdf")
    qtbot.waitUntil(lambda: len(page.issued.rows) == 2, timeout=20000)
    assert [(r.number, r.donor_name, r.scope) for r in page.issued.rows] == [
        ("2026-A-0001", "김후원", "기간"), ("2026-A-0002", "이나눔", "연간")]
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.registration.text() == "123-82-12345")  # the saved details, as stored
    page.window().grab().save("/tmp/dreceipts-setup.png")


def test_void_without_a_reason_is_refused_on_the_message_line(qtbot, page, tmp_path):
    page.issue_year(tmp_path)
    qtbot.waitUntil(lambda: len(page.issued.rows) == 2, timeout=20000)
    page.void(page.issued.rows[0].id, " ")
    qtbot.waitUntil(lambda: page.message.is_error)
    assert "취소 사유을(를) 입력하세요" in page.message.text()
    assert page.issued.rows[0].state == "발급"
