"""Subject screens keep what the user did not touch empty, and ask before a discharge (issue 10)."""

from __future__ import annotations

from datetime import date

import pytest
from subject_helpers import open_page, register, run

from PySide6.QtCore import QDate, Qt

from heemang_desktop.subjects import service

from heemang_desktop.gui import dialogs


@pytest.fixture
def asked(monkeypatch):
    """Confirmations answered as the test says (`asked.answer`), each question kept in `asked.texts`."""
    class Asked:
        answer = True
        texts: list[str] = []

    record = Asked()
    record.texts = []

    def confirm(_parent, title, text, action):
        record.texts.append(f"{title}|{text}|{action}")
        return record.answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return record


def test_a_card_saved_without_touching_the_validity_dates_keeps_them_empty(qtbot, window):
    page = open_page(qtbot, window, "subjects.cards")
    page.name.setText("김순자")
    page.grade.setCurrentIndex(page.grade.findData("3등급"))
    assert page.grade_from.text().strip() == "" and page.grade_to.text().strip() == ""  # blank on screen
    page.save_button.click()
    qtbot.waitUntil(lambda: page.current_id is not None)
    card = run(qtbot, window, service.get_subject, page.current_id)
    assert card.ltc_grade == "3등급"
    assert (card.ltc_valid_from, card.ltc_valid_to) == (None, None)
    assert page.grade_from.value() is None and page.grade_from.text().strip() == ""
    window.resize(1366, 768)
    window.grab().save("/tmp/h5-card-dates.png")


def test_dates_typed_are_saved_and_the_next_card_does_not_inherit_them(qtbot, window):
    dated = run(qtbot, window, register)
    plain = run(qtbot, window, lambda ctx: register(ctx, name="이영수", rrn="410202-1234567"))
    page = open_page(qtbot, window, "subjects.cards")
    page.open_subject(dated.id)
    qtbot.waitUntil(lambda: page.current_id == dated.id)
    page.grade.setCurrentIndex(page.grade.findData("2등급"))
    page.grade_from.setDate(QDate(2026, 1, 1))
    page.grade_to.setDate(QDate(2027, 12, 31))
    page.save_button.click()
    qtbot.waitUntil(lambda: "저장했습니다" in page.message.text())
    card = run(qtbot, window, service.get_subject, dated.id)
    assert (card.ltc_valid_from, card.ltc_valid_to) == (date(2026, 1, 1), date(2027, 12, 31))

    page.open_subject(plain.id)
    qtbot.waitUntil(lambda: page.current_id == plain.id)
    assert page.grade_from.value() is None and page.grade_to.value() is None
    page.new_card()
    assert page.grade_from.value() is None


def test_delete_key_empties_a_date_and_typing_into_a_blank_one_starts_from_today(qtbot, window):
    page = open_page(qtbot, window, "subjects.cards")
    edit = page.grade_from
    edit.setDate(QDate(2026, 3, 1))
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() is not None and edit.value().year >= 2026


def test_discharge_reason_starts_empty_and_the_discharge_asks_naming_what_happens(qtbot, window, asked):
    card = run(qtbot, window, register)
    run(qtbot, window, service.admit, card.id, "residential", date(2026, 9, 1))
    page = open_page(qtbot, window, "subjects.episodes")
    page.on.setDate(QDate(2026, 9, 10))
    qtbot.waitUntil(lambda: window.worker.idle() and page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.end.setDate(QDate(2026, 9, 9))

    assert page.reason.currentData() == ""  # nothing pre-picked (it used to be 사망)
    page.discharge_button.click()
    assert "사유를 고르세요" in page.message.text() and asked.texts == []

    page.reason.setCurrentIndex(page.reason.findData("가정 복귀"))
    asked.answer = False
    page.discharge_button.click()
    qtbot.waitUntil(window.worker.idle)
    assert len(asked.texts) == 1
    title, text, action = asked.texts[0].split("|")
    assert "김순자" in text and "2026-09-09" in text and "퇴소" in text and "가정 복귀" in text
    assert "재원 명단에서 빠지고" in text and action == "퇴소 처리"
    assert page.model.rowCount() == 1  # answered no: still on the roster

    asked.answer = True
    page.discharge_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "퇴소 처리했습니다" in page.message.text()
    assert page.reason.currentData() == ""  # the next discharge chooses its own reason
    page.grab().save("/tmp/h5-discharge.png")


def test_a_no_kin_death_warns_of_the_police_report_before_it_is_recorded(qtbot, window, asked):
    card = run(qtbot, window, lambda ctx: register(ctx, name="무연고", rrn="", no_kin=True))
    run(qtbot, window, service.admit, card.id, "residential", date(2026, 9, 1))
    page = open_page(qtbot, window, "subjects.episodes")
    page.on.setDate(QDate(2026, 9, 10))
    qtbot.waitUntil(lambda: window.worker.idle() and page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.reason.setCurrentIndex(page.reason.findData("사망"))
    asked.answer = False
    page.discharge_button.click()
    assert "경찰 신고" in asked.texts[0]


def test_paying_trainee_wages_asks_with_the_month_count_and_total(qtbot, window, asked):
    card = run(qtbot, window, register)
    voc = open_page(qtbot, window, "vocational.attendance")
    voc.subject.select(card.id)
    voc.minutes.setValue(240)
    voc.task.setCurrentText("포장")
    voc.quantity.setValue(100)
    voc.work_date.setDate(QDate(2026, 9, 1))
    voc.save_button.click()
    qtbot.waitUntil(lambda: "저장했습니다" in voc.message.text())
    voc.month.set_month("2026-09")
    voc.calc_button.click()
    qtbot.waitUntil(lambda: voc.wages.rowCount() == 1)
    voc.pay_date.setDate(QDate(2026, 10, 5))
    asked.answer = False
    voc.pay_button.click()
    qtbot.waitUntil(window.worker.idle)
    text = asked.texts[0]
    assert "2026-09 훈련생 급여(1명, 합계 14,000원)를 2026-10-05자로 지급 처리합니다" in text
    assert voc.wages.rows[0].paid_on is None
    asked.answer = True
    voc.pay_button.click()
    qtbot.waitUntil(lambda: "1명 지급 처리했습니다" in voc.message.text())
    qtbot.waitUntil(lambda: voc.wages.rowCount() == 1 and voc.wages.rows[0].paid_on == date(2026, 10, 5))
