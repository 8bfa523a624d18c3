"""On the 후원자·후원금 page: a gift corrected and cancelled from the donor card (a receipted one refused
with the receipt named), and 후원금 수입결의: the unbooked gifts named above the list, the month's
preview (date, 재원, amount, count), confirm, and the resolution numbers shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import Qt

from heemang_desktop.accounting import service as accounting
from heemang_desktop.donations import service

from heemang_desktop.gui import dialogs

ACCOUNT = "농협 후원금전용 301-01"
DAY = date.today() - timedelta(days=1)  # the banner names gifts up to yesterday


@pytest.fixture
def window(ctx, main_window):
    service.set_income_setup(ctx, service.IncomeSetup(deposit_accounts=(ACCOUNT,)))
    service.set_receipt_setup(ctx, service.ReceiptSetup("1238212345", "서울특별시 종로구 희망로 1",
                                                        "소득세법 시행령 제80조제1항"))
    ctx.close()
    return main_window(timeout=5000)


def run(qtbot, win, fn, *args):
    box = []
    win.worker.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box))
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _donor_with_gifts(qtbot, win):
    donor = run(qtbot, win, service.add_donor, service.DonorInput(
        name="한나눔", phone="010-2000-0001", resident_number="800101-1234567", receipt_wanted=True))
    gifts = (("계좌이체", 50_000, ""), ("현금", 20_000, ""), ("계좌이체", 300_000, "겨울 난방비"))
    for method, amount, purpose in gifts:
        run(qtbot, win, service.record_gift, service.GiftInput(
            donor_id=donor.id, gift_date=DAY, method=method, amount=amount,
            designation="지정" if purpose else "비지정", purpose=purpose))
    return donor


def open_page(qtbot, win):
    win.open_page("donations.donors")
    qtbot.waitUntil(win.worker.idle)
    return win.pages["donations.donors"]


def test_a_gift_is_corrected_and_cancelled_from_the_card_and_a_receipted_one_refused(qtbot, window, monkeypatch):
    donor = _donor_with_gifts(qtbot, window)
    page = open_page(qtbot, window)
    window.resize(1366, 768)
    page.open_donor(donor.id)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.gifts.rowCount() == 3)
    page.gift_table.selectRow(0)
    dialog = page.edit_gift()
    qtbot.waitUntil(lambda: dialog.account.count() == 2)
    assert (dialog.amount.text(), dialog.account.currentData(), dialog.windowTitle()) == (
        "50,000", ACCOUNT, "후원금 고치기")
    dialog.amount.setText("55000")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "고쳤습니다" in page.message.text())
    qtbot.waitUntil(lambda: sorted(g.amount for g in page.gifts.rows) == [20_000, 55_000, 300_000])

    cash = next(g for g in page.gifts.rows if g.amount == 20_000)
    receipt = run(qtbot, window, service.issue_for_gift, cash.id)
    page._reload_card()  # (the receipts page's broadcast does this)
    qtbot.waitUntil(lambda: any(g.receipt_no for g in page.gifts.rows))
    column = [page.gifts.headerData(c, Qt.Orientation.Horizontal) for c in range(page.gifts.columnCount())]
    shown = [page.gifts.data(page.gifts.index(r, column.index("기부금영수증"))) for r in range(3)]
    assert sorted(shown) == ["", "", receipt.number]
    page.cancel_gift(cash.id, "중복 입력")
    qtbot.waitUntil(lambda: page.message.is_error)
    assert receipt.number in page.message.text() and "영수증을 먼저 취소" in page.message.text()
    page.window().grab().save("/tmp/dfinish-gift-refused.png")

    run(qtbot, window, service.void_receipt, receipt.id, "금액 오기")
    page.gift_table.selectRow([g.id for g in page.gifts.rows].index(cash.id))
    monkeypatch.setattr("heemang_desktop.gui.donations.donor_history.QInputDialog.getText",
                        lambda *_a, **_k: ("중복 입력", True))
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    page._ask_cancel_gift()
    qtbot.waitUntil(lambda: "취소했습니다" in page.message.text())
    assert "20,000원" in asked[0] and "중복 입력" in asked[0]
    qtbot.waitUntil(lambda: page.gifts.rowCount() == 2)
    assert "2건, 합계 355,000원" == page.gift_total.text()


def test_a_months_gifts_are_previewed_confirmed_and_booked_with_their_numbers(qtbot, window, monkeypatch):
    _donor_with_gifts(qtbot, window)
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: "수입결의되지 않은 후원금 3건, 370,000원" in page.unbooked_label.text())
    window.resize(1366, 768)
    dialog = page.open_booking()
    assert dialog.month.month() == f"{DAY:%Y-%m}"  # the oldest month waiting
    qtbot.waitUntil(lambda: dialog.plans.rowCount() == 2)
    shown = [[dialog.plans.data(dialog.plans.index(r, c)) for c in range(4)] for r in range(2)]
    assert sorted(shown) == sorted([[DAY.isoformat(), "후원금(비지정)", "70,000", "2"],
                                    [DAY.isoformat(), "후원금(지정)", "300,000", "1"]])
    assert "수입결의서 2건을 만듭니다: 후원금 3건, 합계 370,000원" in dialog.summary.text()
    dialog.grab().save("/tmp/dfinish-booking-preview.png")

    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)  # 그대로 두기: nothing is made
    dialog.ask_book()
    assert run(qtbot, window, service.unbooked_count, DAY, DAY) == 3
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    dialog.ask_book()
    qtbot.waitUntil(lambda: "결의서 번호" in dialog.message.text())
    numbers = [dialog.plans.data(dialog.plans.index(r, 5)) for r in range(2)]
    made = run(qtbot, window, lambda ctx: accounting.search_all(
        ctx, accounting.ResolutionQuery(year=DAY.year, kind="수입")))
    assert sorted(r.number for r in made) == sorted(numbers) and sum(r.total for r in made) == 370_000
    assert all(numbers) and all(n in dialog.message.text() for n in numbers)
    assert "수입결의서 2건을 만들었습니다" in dialog.summary.text() and not dialog.book_button.isEnabled()
    assert run(qtbot, window, service.unbooked_count, DAY, DAY) == 0
    qtbot.waitUntil(lambda: "수입결의를 기다리는 후원금이 없습니다" in page.unbooked_label.text())
    dialog.grab().save("/tmp/dfinish-booking-done.png")
    window.grab().save("/tmp/dfinish-donors-page.png")


def test_the_work_item_for_unbooked_gifts_opens_the_page_with_the_booking_button(qtbot, window):
    _donor_with_gifts(qtbot, window)
    window.open_page("my_work.home")
    home = window.pages["my_work.home"]
    home.reload()

    def item():
        rows = [home.list.topLevelItem(i) for i in range(home.list.topLevelItemCount())]
        return next((r for r in rows if "수입결의되지 않았습니다" in r.text(2)), None)

    qtbot.waitUntil(lambda: item() is not None)
    home.list.itemActivated.emit(item(), 0)
    qtbot.waitUntil(lambda: window.current_page_id() == "donations.donors")
    page = window.pages["donations.donors"]
    qtbot.waitUntil(lambda: "수입결의되지 않은 후원금 3건" in page.unbooked_label.text())
    assert page.book_button.isEnabled()
