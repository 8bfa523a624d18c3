"""The CMS 출금 page on the notice's month (2022-09, CMS blackout 8.30–9.6): the blackout list moves the 1st to
9.7 and leaves the 15th, the notice list is saved, EB21 is written per debit day (never a blocked date),
and an EB22 result shows its failure with the reject code's Korean meaning. Also the 나의업무 item."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from PySide6.QtCore import Qt

from heemang_desktop.audit import service as audit
from heemang_desktop.donations import service
from heemang_desktop.donations.service import cms_blackout_items

INSTITUTION = "9912345678"


def _pledge(ctx, name, phone, birth, day, amount, registered=True):
    donor = service.add_donor(ctx, service.DonorInput(name=name, phone=phone, birth_ymd=birth))
    return service.add_pledge(ctx, donor.id, service.PledgeInput(
        pledge_kind="정기", amount=amount, method="CMS", debit_day=day, bank_name="국민은행",
        bank_account="123-456-78901", account_holder=name,
        cms_registered_on=date(2021, 3, 2) if registered else None))


@pytest.fixture
def pledged(ctx):
    service.set_cms_setup(ctx, service.CmsSetup(INSTITUTION, "004", "99988877766655", "희망요양원"))
    _pledge(ctx, "김일일", "010-1111-0001", "800101", 1, 30000)
    _pledge(ctx, "이보름", "010-1111-0015", "810202", 15, 20000)
    _pledge(ctx, "박신청", "010-1111-0010", "820303", 10, 10000, registered=False)
    return ctx


@pytest.fixture
def page(qtbot, pledged, main_window):
    pledged.close()
    window = main_window(timeout=5000)
    window.resize(1366, 768)
    window.open_page("donations.cms")
    qtbot.waitUntil(window.worker.idle)
    page = window.pages["donations.cms"]
    page.month.set_month("2022-09")
    qtbot.waitUntil(lambda: page.view is not None and page.view.month == "2022-09")
    return page


def eb22(sent: bytes, failed: dict[int, str]) -> bytes:
    """The bank's answer to an EB21 we wrote: every line answered, `failed` serials with their code."""
    out = [bytearray(sent[i:i + 150]) for i in range(0, len(sent), 150)]
    for rec in (out[0], out[-1]):
        rec[19:23] = b"EB22"
    for serial, rec in enumerate(out[1:-1], 1):
        code = failed.get(serial, "")
        rec[68:69] = b"N" if code else b"Y"
        rec[69:73] = code.encode().ljust(4) if code else b"    "
    return b"".join(out)


def test_the_notices_month_lists_the_blackout_and_the_moved_debits(qtbot, page, tmp_path):
    assert [(m.name, m.old, m.new) for m in page.moves.rows] == [("김일일", date(2022, 9, 1), date(2022, 9, 7))]
    assert page.blackout_banner.isVisible() and "1건" in page.blackout_banner.text()
    assert page.moves.data(page.moves.index(0, 4)) == "2022-09-07"
    assert [(d.name, d.debit_date, d.state) for d in page.debits.rows] == [
        ("김일일", date(2022, 9, 7), "예정"), ("이보름", date(2022, 9, 15), "예정")]
    assert "2건, 합계 50,000원" in page.summary.text()
    assert "박신청" in page.problems.text() and "등록 전" in page.problems.text()  # listed, not skipped

    page.template.setPlainText("{이름}님, 출금일이 {기존출금일}에서 {변경출금일}로 바뀝니다.")
    page.write_notice(tmp_path / "안내.xlsx")
    qtbot.waitUntil(lambda: "안내 명단 1명" in page.message.text())
    rows = list(load_workbook(tmp_path / "안내.xlsx").active.iter_rows(values_only=True))
    assert rows[1][0] == "김일일" and "9월 7일" in rows[1][4]
    exported = []
    page.window_.worker.call(lambda ctx: audit.list_access(ctx, kind=audit.EXPORT), on_done=exported.append)
    qtbot.waitUntil(lambda: bool(exported))
    assert [r.detail for r in exported[0]] == ["CMS 출금일 변경 안내 명단 2022-09 1명"]  # recorded, no names
    kept = []
    page.window_.worker.call(service.notice_template, on_done=kept.append)
    qtbot.waitUntil(lambda: bool(kept))
    assert kept == ["{이름}님, 출금일이 {기존출금일}에서 {변경출금일}로 바뀝니다."]  # the wording used, next time too
    page.window().grab().save("/tmp/dgui-cms.png")
    page.tabs.setCurrentIndex(1)
    page.window().grab().save("/tmp/dgui-cms-blackout.png")


def test_eb21_is_written_and_a_result_shows_the_korean_reject_reason(qtbot, page, tmp_path):
    page.write_eb21(tmp_path / "eb21.txt")
    qtbot.waitUntil(lambda: "EB21을 저장했습니다" in page.message.text())
    assert not (tmp_path / "eb21.txt").exists()  # two debit days: one file each, none for a blocked date
    sent = (tmp_path / "eb21_0907.txt").read_bytes()
    assert b"EB210907" in sent[:30] and len(sent) == 3 * 150 and (tmp_path / "eb21_0915.txt").exists()
    qtbot.waitUntil(lambda: page.view.written and [d.state for d in page.debits.rows] == ["요청", "요청"])

    result = tmp_path / "eb22_0907.txt"
    result.write_bytes(eb22(sent, {1: "0021"}))
    page.read_result(result)
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    assert page.results.data(page.results.index(0, 6)) == "잔액 부족"
    assert "불능 1건" in page.result_summary.text()
    qtbot.waitUntil(lambda: page.debits.rows[0].state == "불능" and page.debits.rows[0].reason == "잔액 부족")
    page.window().grab().save("/tmp/dgui-cms-result.png")
    page.read_result(result)  # the same file twice changes nothing, and says so
    qtbot.waitUntil(lambda: "이미 반영한 파일" in page.result_summary.text())
    assert page.results.rowCount() == 1


def test_a_refused_result_changes_nothing_and_says_why(qtbot, page, tmp_path):
    page.write_eb21(tmp_path / "eb21.txt")
    qtbot.waitUntil(lambda: "EB21을 저장했습니다" in page.message.text())
    other = bytearray(eb22((tmp_path / "eb21_0907.txt").read_bytes(), {1: "0021"}))
    for start in range(0, len(other), 150):
        other[start + 9:start + 19] = b"1111111111"  # another institution's file
    (tmp_path / "other.txt").write_bytes(bytes(other))
    page.read_result(tmp_path / "other.txt")
    qtbot.waitUntil(lambda: page.message.is_error)
    assert "기관코드" in page.message.text() and page.results.rowCount() == 0


def test_setup_is_saved_from_the_page(qtbot, page):
    page.tabs.setCurrentIndex(3)
    assert page.institution.text() == INSTITUTION
    page.institution.setText("12345")
    page.setup_button.click()
    qtbot.waitUntil(lambda: "12345" in page.message.text())
    page.institution.setText("기관코드!")
    page.setup_button.click()
    qtbot.waitUntil(lambda: page.message.is_error)


def test_my_work_warns_of_a_debit_date_inside_a_blackout_starting_within_a_month(pledged):
    [item] = cms_blackout_items(pledged, date(2022, 8, 25))
    assert (item.kind, item.page, item.due) == ("cms_blackout", "donations.cms", date(2022, 9, 1))
    assert item.title.startswith("CMS 출금일 9.1이 출금 중단 기간(8.30~9.6)에") and "약정 1건, 9.7로" in item.title
    _pledge(pledged, "정이틀", "010-1111-0002", "850505", 2, 15000)
    service.pause_pledge(pledged, _pledge(pledged, "한초하루", "010-1111-0003", "860606", 1, 25000).id)  # not counted
    items = cms_blackout_items(pledged, date(2022, 8, 25))
    assert [(i.due, i.title.split(": ")[1][:5]) for i in items] == [
        (date(2022, 9, 1), "약정 1건"), (date(2022, 9, 2), "약정 1건")]
    moved = service.blackout_moves(pledged, "2022-09")  # the same count the CMS screen lists
    assert sorted(m.old for m in moved) == [i.due for i in items]
    on_the_16th = cms_blackout_items(pledged, date(2022, 8, 16))  # 9.1 is 16 days ahead: time to tell donors
    assert [i.due for i in on_the_16th] == [date(2022, 9, 1), date(2022, 9, 2)]
    assert cms_blackout_items(pledged, date(2022, 7, 29)) == []  # the blackout starts more than 31 days later
    assert cms_blackout_items(pledged, date(2022, 9, 3)) == []  # 9.1 and 9.2 have passed; the 15th is not blocked


def test_the_previous_day_setting_and_a_csv_notice(qtbot, page, tmp_path):
    page.direction.setCurrentIndex(page.direction.findData("previous"))
    qtbot.waitUntil(lambda: [m.new for m in page.moves.rows] == [date(2022, 8, 29)])  # the Monday before 8.30
    qtbot.waitUntil(lambda: [d.debit_date for d in page.debits.rows] == [date(2022, 9, 15)])
    assert "김일일 — 출금일이 2022-08-29로 옮겨져 2022-08 출금 파일에 들어갑니다" in page.problems.text()
    page.write_notice(tmp_path / "안내.csv")
    qtbot.waitUntil(lambda: "안내 명단 1명" in page.message.text())
    text = (tmp_path / "안내.csv").read_text(encoding="utf-8-sig")
    assert "김일일" in text and "8월 29일" in text


def test_eb13_is_written_from_the_page(qtbot, page, tmp_path):
    page.write_eb13(tmp_path / "eb13.txt", date(2026, 9, 1))
    qtbot.waitUntil(lambda: "EB13을 저장했습니다" in page.message.text())
    data = (tmp_path / "eb13.txt").read_bytes()
    assert len(data) == 3 * 120 and b"EB130901" in data[:30]  # 박신청's registration, header and trailer
    assert "(1건)" in page.message.text()
    assert "D-00003 박신청: 출금동의서가 없습니다" in page.message.text()  # the bank would refuse it (0078)


def test_eb13_asked_inside_the_blackout_says_the_day_it_carries(qtbot, page, tmp_path):
    page.write_eb13(tmp_path / "eb13.txt", date(2022, 9, 2))
    qtbot.waitUntil(lambda: "EB13을 저장했습니다" in page.message.text())
    assert b"EB130907" in (tmp_path / "eb13.txt").read_bytes()[:30]
    assert "2022-09-02은 CMS 출금 중단 기간(8.30~9.6)이라 2022-09-07자로 썼습니다" in page.message.text()
    page.window().grab().save("/tmp/dfinish-eb13-moved.png")


def test_without_the_institution_code_the_page_says_where_to_set_it(qtbot, ctx, main_window):
    ctx.close()
    window = main_window(timeout=5000)
    window.open_page("donations.cms")
    page = window.pages["donations.cms"]
    qtbot.waitUntil(lambda: page.message.is_error)
    assert "'CMS 기관 설정' 탭" in page.message.text()


def test_a_failed_debit_shows_its_month_next_month_and_a_stored_month_can_be_made_again(qtbot, page, tmp_path):
    assert not page.discard_button.isEnabled()  # nothing stored for September yet
    page.write_eb21(tmp_path / "eb21.txt")
    qtbot.waitUntil(lambda: page.view.written and page.discard_button.isEnabled())
    result = tmp_path / "eb22_0907.txt"
    result.write_bytes(eb22((tmp_path / "eb21_0907.txt").read_bytes(), {1: "0021"}))  # 9.7's 30,000 fails
    page.read_result(result)
    qtbot.waitUntil(lambda: page.results.rowCount() == 1)
    page.month.set_month("2022-10")
    qtbot.waitUntil(lambda: page.view.month == "2022-10" and not page.view.written)
    column = [page.debits.headerData(i, Qt.Orientation.Horizontal) for i in range(page.debits.columnCount())]
    arrears = [(page.debits.data(page.debits.index(r, column.index("미납 포함"))),
                page.debits.data(page.debits.index(r, column.index("미납 월")))) for r in range(page.debits.rowCount())]
    assert ("30,000", "2022-09") in arrears
    page.tabs.setCurrentIndex(0)
    page.window().grab().save("/tmp/fixcms-arrears.png")
    page.write_eb21(tmp_path / "oct.txt")
    qtbot.waitUntil(lambda: page.view.written and page.discard_button.isEnabled())
    page.discard_eb21()
    qtbot.waitUntil(lambda: "버렸습니다" in page.message.text() and not page.view.written)
    assert [d.state for d in page.debits.rows] == ["예정", "예정"]
    assert ("30,000", "2022-09") in [(f"{d.arrears:,}", d.arrears_from) for d in page.debits.rows]
