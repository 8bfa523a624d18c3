"""The subject pages as a user meets them: registration, admission, outing, receipt, and health privacy."""

from __future__ import annotations

from datetime import datetime

from subject_helpers import open_page, register, run

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from heemang_desktop.context import Actor
from heemang_desktop.subjects import service


def test_registration_masks_the_number_and_lists_the_subject(qtbot, window):
    page = open_page(qtbot, window, "subjects.cards")
    page.name.setText("김순자")
    page.rrn.setText("400101-2234567")
    page.guardian_name.setText("김영희")
    page.health.setPlainText("당뇨")
    page.rrn.returnPressed.emit()  # Enter saves
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.rrn_shown.text() == "400101-2******" and page.rrn.text() == ""
    assert page.birth.text() == "1940-01-01 여"
    assert "저장했습니다" in page.message.text()
    assert page.model.rows[0].resident_number_masked == "400101-2******"
    qtbot.waitUntil(lambda: window.status.queued.text() != "전송 대기 0건")  # the status bar follows


def test_no_kin_registration_shows_the_police_notice_at_once(qtbot, window):
    page = open_page(qtbot, window, "subjects.cards")
    page.name.setText("무연고")
    page.no_kin.setChecked(True)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.current_id is not None)
    assert page.police.isVisible() and "경찰" in page.police.text()
    page.police_station.setText("중부경찰서")
    page.police_button.click()
    qtbot.waitUntil(lambda: not page.police_box.isVisible())


def test_admission_from_the_episodes_page(qtbot, window):
    card = run(qtbot, window, register)
    page = open_page(qtbot, window, "subjects.episodes")
    page.subject.select(card.id)
    page.start.setDate(QDate(2026, 9, 3))
    page.on.setDate(QDate(2026, 9, 3))
    qtbot.waitUntil(window.worker.idle)
    page.admit_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].name == "김순자" and page.count.text() == "재원 1명"
    assert "입퇴소보고" in page.message.text()
    page.admit_button.click()  # a second open admission is refused, in words
    qtbot.waitUntil(lambda: "이미" in page.message.text())


def test_outing_and_return(qtbot, window):
    card = run(qtbot, window, register)
    page = open_page(qtbot, window, "history.outings")
    page.subject.select(card.id)
    page.kind.setCurrentText("외박")
    page.out_at.setDateTime(QDateTime(QDate(2026, 9, 3), QTime(10, 0)))
    page.planned.setDateTime(QDateTime(QDate(2026, 9, 4), QTime(18, 0)))
    page.companion.setText("딸 김영희")
    page.out_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].kind == "외박" and page.model.rows[0].out_at == datetime(2026, 9, 3, 10, 0)
    page.out_button.click()
    qtbot.waitUntil(lambda: "복귀하지 않았습니다" in page.message.text())
    page.table.selectRow(0)
    page.back_at.setDateTime(QDateTime(QDate(2026, 9, 4), QTime(17, 30)))
    page.back_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # nobody is out any more


def test_receipt_and_its_pdf(qtbot, window, tmp_path):
    card = run(qtbot, window, register)
    run(qtbot, window, service.charge_month, card.id, "2026-09", "residential-2026")
    page = open_page(qtbot, window, "fees.receipts")
    assert page.balances.rows[0].outstanding == 480_000
    page.balance_table.selectRow(0)
    assert page.amount.text() == "480,000"
    page.amount.setText("500000")
    page.save_button.click()
    qtbot.waitUntil(lambda: "미납액" in page.message.text())
    assert "500,000원" in page.message.text() and page.receipts.rowCount() == 0
    page.amount.setText("300000")
    page.payer.setText("김영희")
    page.amount.returnPressed.emit()
    qtbot.waitUntil(lambda: page.receipts.rowCount() == 1)
    assert "남은 미납액 180,000원" in page.message.text()
    assert page.balances.data(page.balances.index(0, 3)) == "180,000"
    saved = []
    page.save_pdf(page.receipts.rows[0].id, tmp_path / "r.pdf", on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved))
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def _visible_texts(widget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QLineEdit) if w.isVisible()]
    parts += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit) if w.isVisible()]
    return "\n".join(parts)


def test_health_notes_do_not_reach_a_role_without_access(qtbot, window):
    card = run(qtbot, window, lambda ctx: register(ctx, health_notes="당뇨, 인슐린"))
    run(qtbot, window, service.add_log, card.id, "간호일지", datetime(2026, 9, 2, 9, 0), "혈당 210")
    page = open_page(qtbot, window, "subjects.cards")
    page.open_subject(card.id)
    qtbot.waitUntil(lambda: page.current_id == card.id)
    assert page.health.isVisible() and page.health.toPlainText() == "당뇨, 인슐린"

    def become_accountant(ctx):
        ctx.actor = Actor("kim", "김회계", "accountant")

    run(qtbot, window, become_accountant)
    page.activated()
    page.open_subject(card.id)
    qtbot.waitUntil(lambda: not page.health.isVisible())
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == 0)  # the nursing log is gone too
    assert page.health.toPlainText() == ""
    shown = _visible_texts(page)
    assert "당뇨" not in shown and "혈당" not in shown
    page.notes.setText("주소 변경")
    page.save_button.click()  # saving the rest of the card keeps the notes untouched
    qtbot.waitUntil(lambda: "저장했습니다" in page.message.text())
    run(qtbot, window, lambda ctx: setattr(ctx, "actor", Actor("admin", "김관리", "admin")))
    assert run(qtbot, window, service.get_subject, card.id).health_notes == "당뇨, 인슐린"


def test_programs_logs_and_vocational_pages(qtbot, window, tmp_path):
    card = run(qtbot, window, register)
    page = open_page(qtbot, window, "history.programs")
    page.program.setText("원예치료")
    page.participants.item(0).setCheckState(Qt.CheckState.Checked)
    page.save_program_button.click()
    qtbot.waitUntil(lambda: page.sessions.rowCount() == 1)
    assert page.sessions.rows[0].present_count == 1
    page.log_subject.select(card.id)
    page.log_text.setPlainText("산책 30분")
    page.log_button.click()
    qtbot.waitUntil(lambda: page.logs.rowCount() == 1)

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
    assert voc.wages.data(voc.wages.index(0, 4)) == "14,000"  # 4 h × 3,000 + 100 × 20
    saved = []
    voc.save_payslip(voc.wages.rows[0].id, tmp_path / "slip.pdf", on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved))
