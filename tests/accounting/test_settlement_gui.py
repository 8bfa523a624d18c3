"""The 결산 page: the year's reports in tabs with the hand-worked figures, then 연도 마감 and 마감 해제 from the
screen (the dialogs replaced)."""

from __future__ import annotations

from datetime import date

from settlement_year import a_year

from heemang_desktop.gui.accounting import settlement as page_module


def _cell(table, first: str, column: str) -> str:
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    for r in range(table.rowCount()):
        if any(table.item(r, c) and table.item(r, c).text() == first for c in range(2)):
            return table.item(r, headers.index(column)).text()
    raise AssertionError(first)


def test_default_year_is_last_year_until_february():
    assert page_module.default_year(date(2027, 2, 28)) == 2026
    assert page_module.default_year(date(2027, 3, 1)) == 2027


def test_settlement_page_shows_the_reports_and_closes_and_reopens_the_year(qtbot, setup_result, main_window,
                                                                            monkeypatch):
    ctx = setup_result.context
    a_year(ctx)
    ctx.close()
    window = main_window("accounting.settlement")
    window.resize(1366, 768)
    page = window.stack.currentWidget()
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: page.settlement is not None and page.settlement.year == 2026, timeout=10000)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["세입결산서", "세출결산서", "과목전용조서", "예비비사용조서", "인건비명세서", "사업비명세서",
                    "재산 증감 내역"]
    page.tabs.setCurrentIndex(1)
    expense = page.tabs.widget(1)
    assert _cell(expense, "세출 합계", "결산액") == "33,200,000"
    assert _cell(expense, "711", "예산현액") == "700,000"
    assert "세입 결산 40,500,000원" in page.state_label.text() and "이월금 7,300,000원" in page.state_label.text()
    window.grab().save("/tmp/settlement-page.png")

    monkeypatch.setattr(page_module, "confirm_close", lambda _p, _y: True)
    page.close_year()
    qtbot.waitUntil(lambda: page.state is not None and page.state.closed, timeout=10000)
    assert "7,300,000원을 2027년 예산에 적었습니다" in page.message.text()
    assert not page.close_button.isEnabled() and page.reopen_button.isEnabled()

    monkeypatch.setattr(page_module, "ask_reason", lambda _p: "")
    page.reopen_year()
    qtbot.waitUntil(lambda: page.message.is_error, timeout=10000)
    assert "사유" in page.message.text()
    monkeypatch.setattr(page_module, "ask_reason", lambda _p: "감사 지적")
    page.reopen_year()
    qtbot.waitUntil(lambda: page.state is not None and not page.state.closed, timeout=10000)
    assert "마감 해제 사유: 감사 지적" in page.state_label.text()
