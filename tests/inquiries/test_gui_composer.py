"""The composer as a user meets it: personal data highlighted where it is typed, 보내기 off until the
text is clean, one click moves the flagged parts to the private field, the inquiry then shows queued."""

from __future__ import annotations

import pytest

from heemang_desktop.subjects import service as subjects

SHOTS = "/tmp/inquiry-gui"


@pytest.fixture
def page(ctx, main_window, qtbot):
    subjects.register_subject(ctx, subjects.SubjectInput(name="김영희"))
    ctx.close()
    window = main_window(timeout=10000)
    window.resize(1366, 768)
    window.open_page("inquiries.list")
    page = window.pages["inquiries.list"]
    qtbot.waitUntil(page.worker.idle)
    return page


def _marks(edit) -> list[str]:
    return [s.cursor.selectedText() for s in edit.extraSelections()]


def test_spans_are_highlighted_and_send_waits_until_they_are_moved(qtbot, page, tmp_path):
    composer = page.compose()
    composer.title.setPlainText("입소 처리 오류")
    composer.content.setPlainText("김영희 어르신(900101-2345678) 입소 처리가 안 됩니다. "
                                  "결의번호 2026-지출-0042 금액 1,234,567원")
    qtbot.waitUntil(lambda: bool(composer.found), timeout=5000)
    assert _marks(composer.content) == ["김영희", "900101-2345678"]
    assert not composer.send_button.isEnabled() and composer.move_button.isEnabled()
    assert "주민등록번호 1건" in composer.message.text() and "등록된 이름 1건" in composer.message.text()
    composer.grab().save(f"{tmp_path}/composer-blocked.png")

    composer.move_to_private()
    qtbot.waitUntil(composer.send_button.isEnabled, timeout=5000)
    assert composer.content.toPlainText() == "어르신() 입소 처리가 안 됩니다. 결의번호 2026-지출-0042 금액 1,234,567원"
    assert composer.private.toPlainText() == "김영희\n900101-2345678"
    assert _marks(composer.content) == [] and composer.message.text() == ""

    composer.attach_screenshot()
    assert composer.attachments.count() == 1 and composer.attachments.item(0).text() == "화면1.png"
    assert composer.shot_hint.isVisibleTo(composer)  # pictures are not scanned: the user is told to look
    qtbot.waitUntil(composer.send_button.isEnabled, timeout=5000)
    composer.send_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 3).text() == "입소 처리 오류" and page.table.item(0, 4).text() == "전송 대기"
    assert "화면1.png" in page.detail.toPlainText() and "아직 답변이 없습니다" in page.detail.toPlainText()


def test_a_flagged_attachment_name_keeps_send_disabled(qtbot, page, tmp_path):
    named = tmp_path / "김영희_진단서.pdf"
    named.write_bytes(b"%PDF-1.4\n%%EOF\n")
    composer = page.compose()
    composer.title.setPlainText("첨부 확인")
    composer.content.setPlainText("첨부한 서류가 열리지 않습니다.")
    composer.add_files([str(named)])
    qtbot.waitUntil(lambda: bool(composer.found), timeout=5000)
    assert list(composer.found) == ["attachments"] and not composer.send_button.isEnabled()
    assert "첨부 이름: 등록된 이름 1건" in composer.message.text()
    composer.attachments.setCurrentRow(0)
    composer.remove_button.click()
    qtbot.waitUntil(composer.send_button.isEnabled, timeout=5000)
