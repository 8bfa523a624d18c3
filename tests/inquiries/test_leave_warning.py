"""The guard as a warning on free text that leaves the PC (적요, 비고, 일지): the record is saved, and
the form says what looked personal; clean text, amounts and 결의번호 raise nothing."""

from __future__ import annotations

from datetime import date

from heemang_desktop.accounting import service as accounting
from heemang_desktop.inquiries import service
from heemang_desktop.subjects import service as subjects


def test_the_warning_names_what_it_found_and_clean_text_gives_none(ctx):
    subjects.register_subject(ctx, subjects.SubjectInput(name="최말순"))
    warning = service.leave_warning(ctx, "적요", "최말순 어르신 병원비", "보호자 010-1234-5678")
    assert warning == ("다만 적요에 개인정보로 보이는 내용이 있습니다 (전화번호 1건, 등록된 이름 1건). "
                       "이 내용은 중앙 서비스로 전송되니 꼭 필요한 것이 아니면 지우세요.")
    assert service.leave_warning(ctx, "적요", "2026-지출-0042 사무용품 1,234,567원", "") == ""


def test_a_resolution_with_a_phone_number_in_its_summary_is_saved_with_a_warning(qtbot, ctx, main_window):
    accounting.set_budget(ctx, date.today().year, "세출", "132", 1_000_000, 0)
    ctx.close()
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    page.business.setText("사무용품")
    page.summary.setText("납품 담당 010-9876-5432 연락")
    page.lines.rows[0][0].setText("132")
    page.lines.rows[0][2].set_value(12_000)
    page.funding.setCurrentText("보조금")
    page.method.setCurrentText("보조금카드")
    page.save()
    qtbot.waitUntil(lambda: page.current_id is not None, timeout=5000)
    assert page.message.text().startswith("저장했습니다: ")
    assert "적요·비고에 개인정보로 보이는 내용이 있습니다 (전화번호 1건)" in page.message.text()
    assert not page.message.is_error

    page.new()
    page.business.setText("사무용품")
    page.summary.setText("복사용지 10박스 12,000원")
    page.lines.rows[0][0].setText("132")
    page.lines.rows[0][2].set_value(12_000)
    page.funding.setCurrentText("보조금")
    page.method.setCurrentText("보조금카드")
    page.save()
    qtbot.waitUntil(lambda: page.current_id is not None, timeout=5000)
    assert page.message.text().startswith("저장했습니다: ") and "개인정보" not in page.message.text()


def test_a_daily_log_naming_a_resident_number_is_saved_with_a_warning(qtbot, ctx, main_window):
    card = subjects.register_subject(ctx, subjects.SubjectInput(name="최말순"))
    ctx.close()
    window = main_window("history.programs")
    page = window.stack.currentWidget()
    qtbot.waitUntil(page.worker.idle)
    page.log_subject.select(card.id)
    page.log_text.setPlainText("최말순 어르신 주민번호 400101-2234567 확인 후 병원 동행")
    page.log_button.click()
    qtbot.waitUntil(lambda: page.logs.rowCount() == 1, timeout=5000)
    assert page.message.text().startswith("일지를 저장했습니다. 다만 일지 내용에 개인정보로 보이는 내용이 있습니다")
    assert "주민등록번호 1건, 등록된 이름 1건" in page.message.text()


def test_a_subject_card_note_warns_of_a_number_but_not_of_the_subjects_own_name(qtbot, ctx, main_window):
    card = subjects.register_subject(ctx, subjects.SubjectInput(name="최말순"))
    ctx.close()
    window = main_window("subjects.cards")
    page = window.stack.currentWidget()
    qtbot.waitUntil(page.worker.idle)
    page.open_subject(card.id)
    qtbot.waitUntil(lambda: page.name.text() == "최말순")
    page.notes.setText("최말순 님 딸 연락처 010-2222-3333")
    page.save_button.click()
    qtbot.waitUntil(lambda: "저장했습니다" in page.message.text(), timeout=5000)
    assert "비고에 개인정보로 보이는 내용이 있습니다 (전화번호 1건)" in page.message.text()
    page.notes.setText("최말순 님 식사 양 보통")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "저장했습니다.", timeout=5000)


def test_a_program_session_whose_content_holds_a_resident_number_is_saved_with_a_warning(qtbot, ctx, main_window):
    from PySide6.QtCore import Qt

    subjects.register_subject(ctx, subjects.SubjectInput(name="최말순"))
    ctx.close()
    window = main_window("history.programs")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.participants.count() == 1)
    page.program.setText("원예치료")
    page.participants.item(0).setCheckState(Qt.CheckState.Checked)
    page.content.setText("화분 심기, 참석자 400101-2234567 확인")
    page.save_program_button.click()
    qtbot.waitUntil(lambda: page.sessions.rowCount() == 1, timeout=5000)
    assert "참석 1명을 저장했습니다. 다만 프로그램 내용·평가에 개인정보로 보이는 내용이 있습니다 (주민등록번호 1건)" \
        in page.message.text()
