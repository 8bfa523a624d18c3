"""The resolutions screen: a three-line expense entered by keyboard, then found by business name and total."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from heemang_desktop.accounting.budget import set_budget


def type_text(widget, text: str) -> None:
    """Key events carrying each character (QTest's keyClicks takes Latin-1 only; Hangul comes via the IME)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_three_line_expense_by_keyboard_then_found_by_name_and_total(qtbot, setup_result, main_window):
    ctx = setup_result.context
    for code in ("321", "131", "132"):
        set_budget(ctx, 2026, "세출", code, 5_000_000)
    ctx.close()
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(page.names["세출"]), timeout=5000)

    from PySide6.QtCore import QDate

    page.date.setDate(QDate(2026, 9, 2))
    type_text(page.business, "어르신 가을 나들이")
    type_text(page.summary, "버스 임차 외")
    qtbot.keyClick(page.business, Qt.Key.Key_Return)  # Enter saves: refused beside the form, 재원 not chosen yet
    qtbot.waitUntil(lambda: "재원을 골라야" in page.message.text(), timeout=5000)
    assert page.current_id is None and "결제방법을 골라야" in page.message.text()
    assert page.funding.hasFocus()  # the cursor waits where the fix goes
    page.funding.setCurrentText("보조금")
    page.method.setCurrentText("계좌이체")
    for row, (code, amount, note) in zip(page.lines.rows, [("321", "350000", "버스"), ("131", "40000", "인솔 여비"),
                                                             ("132", "12500", "생수")], strict=False):
        qtbot.keyClicks(row[0], code)
        qtbot.keyClicks(row[2], amount)
        type_text(row[3], note)
    assert page.lines.rows[0][2].text() == "350,000"  # typed as digits, shown with commas
    assert page.lines.rows[1][1].text() == "여비"
    assert page.total.text() == "합계 402,500원"
    qtbot.keyClick(page.lines.rows[2][3], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.current_id is not None, timeout=5000)
    assert page.number.text().startswith("2026-지출-0001")

    type_text(page.s_business, "가을")
    qtbot.keyClicks(page.s_total, "402500")
    qtbot.keyClick(page.s_business, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=5000)
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert shown[:7] == ["2026-지출-0001", "2026-09-02", "지출", "어르신 가을 나들이", "402,500", "버스 임차 외", ""]
    assert shown[8] == "전송 대기"

    page.s_total.clear()
    qtbot.keyClicks(page.s_total, "402501")
    page.run_search()
    qtbot.waitUntil(lambda: not page.model.loading, timeout=5000)
    assert page.model.rowCount() == 0


def test_typing_searches_after_a_pause_by_name_range_and_the_new_fields(qtbot, setup_result, main_window):
    from datetime import date

    from acc_helpers import budget, expense
    from sqlalchemy import select

    from heemang_desktop.sync.models import REJECTED, OutboxEntry

    ctx = setup_result.context
    year = date.today().year
    budget(ctx, {"321": 9_000_000, "132": 1_000_000}, year=year)
    expense(ctx, "어르신 가을 나들이", [("321", 350_000)], day=date(year, 1, 5), vendor="한빛관광")
    expense(ctx, "어르신 봄 나들이", [("321", 1_200_000)], day=date(year, 1, 6), vendor="한빛관광")
    refused = expense(ctx, "어르신 나들이 간식", [("321", 80_000)], day=date(year, 1, 7))
    expense(ctx, "사무용품", [("132", 300_000)], day=date(year, 1, 8), vendor="문구나라")
    with ctx.transaction() as s:
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == refused.id)).one()
        entry.state, entry.last_error = REJECTED, "재원이 맞지 않습니다."
    ctx.close()
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.model.loading, timeout=5000)

    def shown(column):
        return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]

    assert shown(8)[1] == "거부됨: 재원이 맞지 않습니다."  # newest first: the refused 간식 is second
    type_text(page.s_business, "나들이")
    qtbot.keyClicks(page.s_min, "100000")
    qtbot.keyClicks(page.s_max, "2000000")
    assert page.debounce.isActive()  # no Enter: the search waits for the pause
    qtbot.waitUntil(lambda: shown(3) == ["어르신 봄 나들이", "어르신 가을 나들이"] and not page.model.loading,
                    timeout=5000)
    assert shown(4) == ["1,200,000", "350,000"]

    page.s_min.clear()
    page.s_max.clear()
    page.s_business.clear()
    type_text(page.s_vendor, "한빛")
    qtbot.keyClicks(page.s_account, "321")
    type_text(page.s_from, f"{year}-01-06")
    qtbot.keyClick(page.s_from, Qt.Key.Key_Return)  # Enter searches at once
    assert not page.debounce.isActive()
    qtbot.waitUntil(lambda: shown(3) == ["어르신 봄 나들이"] and not page.model.loading, timeout=5000)

    type_text(page.s_from, "x")  # a half-typed date keeps the last results and says why
    qtbot.waitUntil(lambda: "시작일" in page.search_message.text(), timeout=5000)
    assert shown(3) == ["어르신 봄 나들이"]


def test_attachment_picker_copies_files_on_save(qtbot, setup_result, paths, tmp_path, monkeypatch, main_window):
    from datetime import date

    from acc_helpers import budget

    from PySide6.QtWidgets import QFileDialog

    ctx = setup_result.context
    budget(ctx, {"132": 1_000_000}, year=date.today().year)
    ctx.close()
    receipt = tmp_path / "영수증.pdf"
    receipt.write_bytes(b"%PDF-1.4 test")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(receipt)], ""))
    window = main_window("accounting.resolutions")
    page = window.stack.currentWidget()
    page.business.setText("사무용품")
    page.lines.rows[0][0].setText("132")
    page.lines.rows[0][2].set_value(12_000)
    page.funding.setCurrentText("보조금")
    page.method.setCurrentText("보조금카드")
    page.attach_button.click()
    assert page.attachments.text() == "영수증.pdf (저장 시 첨부)"
    page.save()
    qtbot.waitUntil(lambda: page.current_id is not None, timeout=5000)
    assert page.attachments.text() == "영수증.pdf" and page.pending_files == []
    [stored] = (paths.attachments / "resolution" / page.current_id).iterdir()  # kept under its content hash
    assert stored.read_bytes() == b"%PDF-1.4 test"
    page.new()
    assert page.attachments.text() == "없음"
