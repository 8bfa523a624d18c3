"""The 후원자·후원금 page as the donation officer meets it: a card saved with its number masked, the duplicate
warning naming the donor already there, a pledge changed into a new version, a gift recorded, the
출금동의서 attached and a duplicate merged into the card."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtGui import QDesktopServices

from heemang_desktop.audit import service as audit
from heemang_desktop.donations import service

from heemang_desktop.gui import dialogs

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def window(ctx, main_window):
    ctx.close()
    return main_window(timeout=5000)


def run(qtbot, win, fn, *args):
    box = []
    win.worker.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box))
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def open_page(qtbot, win):
    win.open_page("donations.donors")
    qtbot.waitUntil(win.worker.idle)
    return win.pages["donations.donors"]


def test_card_is_saved_with_the_number_masked_and_listed(qtbot, window, monkeypatch):
    page = open_page(qtbot, window)
    page.name.setText("홍길동")
    page.phone.setText("010-1234-5678")
    page.rrn.setText("800101-1234567")
    page.receipt_wanted.setChecked(True)
    page.receipt_on.set_value(date(2026, 9, 1))
    page.privacy_on.set_value(date(2026, 9, 1))
    page.news.setCurrentIndex(page.news.findData("우편"))
    page.name.returnPressed.emit()  # Enter saves
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.current is not None)
    qtbot.waitUntil(lambda: page.rrn_shown.text() == "800101-1******")
    assert page.rrn.text() == "" and page.birth.text() == "800101"
    assert "저장했습니다" in page.message.text() and page.model.rows[0].name == "홍길동"
    card = run(qtbot, window, service.get_donor, page.current.id)
    assert (card.news_channel, card.receipt_wanted, card.privacy_consent_on) == ("우편", True, date(2026, 9, 1))

    from heemang_desktop.gui.audit import reveal

    monkeypatch.setattr(reveal, "ask_reason", lambda _parent: "기부금영수증 번호 확인")
    page.rrn_reveal.click()  # the full number only with a reason, and recorded
    qtbot.waitUntil(lambda: page.rrn_shown.text() == "800101-1234567")
    [seen] = run(qtbot, window, lambda ctx: audit.list_access(ctx, kind=audit.REVEAL_RESIDENT_NUMBER))
    assert (seen.entity, seen.entity_id, seen.reason) == ("donor", page.current.id, "기부금영수증 번호 확인")

    page.phone_tail.setText("9999")  # search by the phone's last digits
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.phone_tail.setText("5678")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_duplicate_is_named_while_typing_and_refused_until_confirmed(qtbot, window):
    first = run(qtbot, window, service.add_donor, service.DonorInput(name="홍길동", phone="010-1234-5678"))
    page = open_page(qtbot, window)
    page.name.setText("홍 길동")
    page.phone.textEdited.emit("010-1234-5678")
    page.phone.setText("010-1234-5678")
    page._check_duplicates()
    qtbot.waitUntil(lambda: page.duplicate_box.isVisible())
    assert first.donor_no in page.duplicate.text() and "홍길동" in page.duplicate.text()
    assert not page.save_anyway.isVisible()
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.is_error)
    assert "이미 등록된 후원자" in page.message.text() and first.donor_no in page.message.text()
    assert page.save_anyway.isVisible()
    page.window().grab().save("/tmp/dgui-duplicate.png")
    page.save_anyway.click()  # the officer knows it is another person of the same name
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.current is not None and page.current.id != first.id


def test_pledge_change_keeps_its_history_and_a_gift_is_recorded(qtbot, window):
    donor = run(qtbot, window, service.add_donor, service.DonorInput(name="김후원", phone="010-2222-3333"))
    page = open_page(qtbot, window)
    page.open_donor(donor.id)
    qtbot.waitUntil(lambda: page.current is not None)
    dialog = page.new_pledge()
    dialog.method.setCurrentIndex(dialog.method.findData("계좌이체"))
    dialog.amount.setText("30000")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "일(1~31일)" in dialog.message.text())  # refused, the dialog stays open
    dialog.day.setValue(25)
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.pledges.rowCount() == 1)
    page.pledge_table.selectRow(0)
    change = page.change_pledge()
    assert change.amount.text() == "30,000"
    change.amount.setText("50000")
    change.ok.click()
    qtbot.waitUntil(lambda: "새 버전" in page.message.text())
    qtbot.waitUntil(lambda: page.pledges.rowCount() == 1 and page.pledges.rows[0].amount == 50000)
    page.history.setChecked(True)
    qtbot.waitUntil(lambda: page.pledges.rowCount() == 2)
    assert page.pledges.data(page.pledges.index(0, 0)) == "1 (이전)"
    assert page.pledges.data(page.pledges.index(1, 2)) == "50,000"

    page.history.setChecked(False)
    qtbot.waitUntil(lambda: page.pledges.rowCount() == 1)
    page.pause_button.click()  # one pledge: no need to pick it
    qtbot.waitUntil(lambda: page.pledges.rows[0].state == "일시정지")
    page.pause_button.click()
    qtbot.waitUntil(lambda: page.pledges.rows[0].state == "진행")

    run(qtbot, window, service.set_income_setup, service.IncomeSetup(
        deposit_accounts=("농협 후원금 301-0000-1111", "국민 후원금 123-45-6789")))
    gift = page.record_gift()
    qtbot.waitUntil(lambda: gift.account.count() == 3)  # (기본) and the facility's two donation accounts
    gift.amount.setText("50000")
    gift.pledge.setCurrentIndex(1)
    gift.account.setCurrentIndex(2)
    gift.ok.click()
    qtbot.waitUntil(lambda: page.gifts.rowCount() == 1)
    assert page.gift_total.text() == "1건, 합계 50,000원"
    assert (page.gifts.rows[0].deposit_account, page.gifts.rows[0].pledge_id) == (
        "국민 후원금 123-45-6789", page.pledges.rows[0].id)  # the current version (history hidden)


def test_consent_file_and_merge_from_the_card(qtbot, window, tmp_path, monkeypatch):
    kept = run(qtbot, window, service.add_donor, service.DonorInput(name="이나눔", phone="010-4444-5555"))
    other = run(qtbot, window, lambda ctx: service.add_donor(
        ctx, service.DonorInput(name="이나눔", birth_ymd="810202"), True))
    run(qtbot, window, service.record_gift, service.GiftInput(donor_id=other.id, gift_date=date(2026, 9, 3),
                                                                method="현금", amount=10000))
    page = open_page(qtbot, window)
    page.open_donor(kept.id)
    qtbot.waitUntil(lambda: page.current is not None)
    assert not page.consent_open.isEnabled()
    source = tmp_path / "출금동의서.pdf"
    source.write_bytes(PDF)
    page.attach_consent(source, date(2026, 9, 1))
    qtbot.waitUntil(lambda: "출금동의서.pdf (2026-09-01)" in page.consent_label.text())
    assert page.consent_open.isEnabled()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page.consent_open.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].endswith(".pdf") and kept.id in opened[0]
    [record] = run(qtbot, window, lambda ctx: audit.list_access(ctx, kind=audit.EXPORT))
    assert (record.entity, record.entity_id, record.detail) == ("donor", kept.id, "출금동의서 열기")

    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    dialog = page.open_merge()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)  # the open card itself is not offered
    dialog.table.selectRow(0)
    dialog.ok.click()
    qtbot.waitUntil(lambda: "병합했습니다" in page.message.text())
    assert "후원금 1건" in page.message.text()
    qtbot.waitUntil(lambda: page.gifts.rowCount() == 1 and page.birth.text() == "810202")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the merged duplicate left the list


def test_the_page_with_an_open_card_fits_a_1366_by_768_screen(qtbot, ctx, main_window):
    from PySide6.QtWidgets import QApplication

    for n in range(15):
        service.add_donor(ctx, service.DonorInput(name=f"후원자{n:02d}", phone=f"010-1000-{n:04d}"))
    donor = service.add_donor(ctx, service.DonorInput(
        name="홍길동", phone="010-1234-5678", resident_number="800101-1234567", address="서울특별시 중구 세종대로 110",
        email="hong@example.com", receipt_wanted=True, receipt_consent_on=date(2026, 1, 5),
        privacy_consent_on=date(2026, 1, 5), news_channel="문자"))
    pledge = service.add_pledge(ctx, donor.id, service.PledgeInput(
        pledge_kind="정기", amount=30000, method="CMS", debit_day=25, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="홍길동", cms_registered_on=date(2026, 2, 1)))
    service.change_pledge(ctx, pledge.id, service.PledgeInput(
        pledge_kind="정기", amount=50000, method="CMS", debit_day=25, bank_name="국민은행",
        bank_account="123-456-78901", account_holder="홍길동"))
    for month in range(1, 10):
        service.record_gift(ctx, service.GiftInput(donor_id=donor.id, gift_date=date(2026, month, 25),
                                                   method="CMS", amount=1_250_000 if month == 9 else 30000))
    ctx.close()
    window = main_window(timeout=5000)
    window.resize(1366, 768)
    page = open_page(qtbot, window)
    page.history.setChecked(True)
    page.open_donor(donor.id)
    qtbot.waitUntil(lambda: page.current is not None and page.pledges.rowCount() == 2)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert window.width() <= 1366 and window.height() <= 768
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    window.grab().save("/tmp/dgui-donors.png")
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    window.grab().save("/tmp/dgui-donors-gifts.png")


def test_a_refused_cms_registration_is_asked_again_from_the_card(qtbot, window, tmp_path):
    def refused(ctx):
        service.set_cms_setup(ctx, service.CmsSetup("9912345678", "004", "99988877766655", "희망요양원"))
        donor = service.add_donor(ctx, service.DonorInput(name="박신청", birth_ymd="820303"))
        service.add_pledge(ctx, donor.id, service.PledgeInput(
            pledge_kind="정기", amount=10000, method="CMS", debit_day=10, bank_name="국민은행",
            bank_account="123-456-78901", account_holder="박신청"))
        sent = tmp_path / "eb13.txt"
        service.write_eb13(ctx, sent, date(2026, 9, 1))
        records = [bytearray(sent.read_bytes()[i:i + 120]) for i in range(0, sent.stat().st_size, 120)]
        for rec in (records[0], records[-1]):
            rec[19:23] = b"EB14"
        records[1][91:96] = b"N0014"
        (tmp_path / "eb14.txt").write_bytes(b"".join(records))
        service.apply_result(ctx, tmp_path / "eb14.txt")
        return donor

    donor = run(qtbot, window, refused)
    page = open_page(qtbot, window)
    page.open_donor(donor.id)
    qtbot.waitUntil(lambda: page.pledges.rowCount() == 1)
    assert page.pledges.rows[0].cms_state == "불능"
    page.reapply_button.click()
    qtbot.waitUntil(lambda: "다시 신청" in page.message.text())
    qtbot.waitUntil(lambda: page.pledges.rows[0].cms_state == "신청")


def test_a_pledge_is_cancelled_only_after_the_officer_confirms(qtbot, window, monkeypatch):
    donor = run(qtbot, window, service.add_donor, service.DonorInput(name="최해지", phone="010-7777-8888"))
    run(qtbot, window, service.add_pledge, donor.id, service.PledgeInput(
        pledge_kind="정기", amount=20000, method="계좌이체", debit_day=10))
    page = open_page(qtbot, window)
    page.open_donor(donor.id)
    qtbot.waitUntil(lambda: page.pledges.rowCount() == 1)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: asked.append(a[2]) or False)
    page.cancel_pledge(date(2026, 9, 30))
    assert "20,000원" in asked[0] and page.pledges.rows[0].state == "진행"  # kept: the officer said no
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    page.cancel_pledge(date(2026, 9, 30))
    qtbot.waitUntil(lambda: page.pledges.rows[0].state == "해지")
    assert "해지했습니다" in page.message.text()
