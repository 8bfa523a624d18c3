"""결의 취소 asks first, naming the resolution and its total; 아니요 leaves it as it was (issue 10)."""

from __future__ import annotations

from acc_helpers import budget, expense

from heemang_desktop.accounting.resolutions import get_resolution

from heemang_desktop.gui import dialogs


def test_cancel_asks_naming_the_number_and_total_and_no_keeps_it(qtbot, setup_result, main_window, monkeypatch):
    ctx = setup_result.context
    budget(ctx, {"321": 2_000_000})
    saved = expense(ctx, "어르신 나들이", [("321", 350_000)], summary="버스 임차")
    ctx.close()
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    asked, answers = [], [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, text, action: (asked.append((title, text, action)),
                                                                             answers.pop(0))[1])
    assert not page.cancel_button.isEnabled()  # nothing on screen to cancel yet
    page.open_resolution(saved.id)
    qtbot.waitUntil(lambda: page.current_id == saved.id, timeout=5000)
    assert page.cancel_button.isEnabled()

    page.cancel_button.click()
    qtbot.waitUntil(window.worker.idle)
    title, text, action = asked[0]
    assert "2026-지출-0001" in text and "350,000원" in text and "버스 임차" in text and "되돌릴 수 없고" in text
    assert action == "결의 취소"
    box = []
    window.worker.call(get_resolution, saved.id, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box))
    assert box[0].state == "active"

    page.cancel_button.click()
    qtbot.waitUntil(lambda: "취소했습니다: 2026-지출-0001" in page.message.text(), timeout=5000)
    assert "(취소)" in page.number.text()
    assert not page.cancel_button.isEnabled()  # a cancelled resolution offers no second cancel
    assert len(asked) == 2
