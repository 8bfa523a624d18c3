"""질의 목록 shows an inquiry whose attachment could not be sent as held, with the reason in its detail."""

from __future__ import annotations

from sync_helpers import engine_for
from test_blobs_inquiry import png

from heemang_desktop.inquiries import service

SHOTS = "/tmp/inquiry-gui"


def test_an_inquiry_held_for_its_lost_screenshot_says_so_in_the_list(ctx, central, main_window, qtbot, tmp_path):
    shot = tmp_path / "화면1.png"
    shot.write_bytes(png())
    service.submit_inquiry(ctx, service.InquiryDraft(title="결의서 화면이 깨집니다", kind="시스템오류",
                                                     content="표가 겹쳐 보입니다.", attachments=(str(shot),)))
    service.submit_inquiry(ctx, service.InquiryDraft(title="첨부 없는 질의", kind="사용법 문의", content="출력 방법"))
    for path in ctx.paths.attachments.rglob("*.png"):
        path.unlink()
    assert engine_for(ctx, central.url).run_once().rejected == 1
    ctx.close()

    window = main_window(timeout=10000)
    window.resize(1366, 768)
    window.open_page("inquiries.list")
    page = window.pages["inquiries.list"]
    qtbot.waitUntil(page.worker.idle)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    shown = {page.table.item(r, 3).text(): page.table.item(r, 4).text() for r in range(2)}
    assert shown == {"결의서 화면이 깨집니다": "전송 보류", "첨부 없는 질의": "접수"}
    held = next(r for r in range(2) if page.table.item(r, 3).text() == "결의서 화면이 깨집니다")
    page.table.selectRow(held)
    assert "첨부 파일이 이 PC에 없어 보내지 못했습니다: 화면1.png" in page.detail.toPlainText()
    window.grab().save(f"{SHOTS}/inquiry-held.png")
