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


def test_the_title_stays_one_line(qtbot, page):
    from PySide6.QtCore import QMimeData, Qt
    from PySide6.QtGui import QTextCursor

    composer = page.compose()
    composer.title.setFocus()
    composer.title.setPlainText("입소 오류")
    composer.title.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(composer.title, Qt.Key.Key_Return)  # Enter moves on; it adds no line
    mime = QMimeData()
    mime.setText(" 둘째\n줄")
    composer.title.insertFromMimeData(mime)
    assert composer.title.toPlainText() == "입소 오류 둘째 줄"


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


def test_a_reply_pulled_by_a_sync_shows_in_the_open_list(qtbot, page, tmp_path):
    from harness_central import CentralServer, db_url_for
    from sync_helpers import engine_for

    from heemang_desktop.central import replies
    from heemang_desktop.central.security import PiiVault

    central = CentralServer(db_url_for("sqlite", tmp_path)).start()
    try:
        central.add_user()
        composer = page.compose()
        composer.title.setPlainText("동기화 오류")
        composer.content.setPlainText("어제부터 동기화가 멈춥니다.")
        qtbot.waitUntil(composer.send_button.isEnabled, timeout=5000)
        composer.send_button.click()
        qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)

        def sync():  # as the sync thread does: a round, then the window hears what it pulled
            box = []
            page.worker.call(lambda ctx: engine_for(ctx, central.url).run_once(), on_done=box.append)
            qtbot.waitUntil(lambda: bool(box), timeout=10000)
            page.window_.data_changed.emit(box[0].changes, None)

        sync()
        qtbot.waitUntil(lambda: page.table.item(0, 4).text() == "접수", timeout=5000)
        with central.engine.begin() as conn:
            (sent,) = replies.inquiries(conn, PiiVault(central.key), "K0161")
            replies.reply(conn, PiiVault(central.key), "K0161", sent["id"], "다시 로그인하면 됩니다.")
        sync()
        qtbot.waitUntil(lambda: page.table.item(0, 4).text() == "답변 완료", timeout=5000)
        assert page.table.item(0, 5).text() == "1건" and "다시 로그인하면 됩니다." in page.detail.toPlainText()
    finally:
        central.stop()
