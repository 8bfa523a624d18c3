"""The 재산·비품 page as the accountant meets it: the register with its total, an asset's card and history,
a move and a refused then approved disposal through the dialogs, acquiring from a resolution line, and the
재물조사 tab finding a missing asset. Screenshot at 1366×768: /tmp/assets-gui-*.png."""

from __future__ import annotations

from datetime import date

from heemang_desktop.assets import service

from heemang_desktop.gui.assets.dialogs import AssetDialog, CorrectDialog, DisposeDialog, MoveDialog


def _page(qtbot, window):
    window.resize(1366, 768)
    window.open_page("hr.assets")
    page = window.pages["hr.assets"]
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and window.worker.idle())
    return page


def _select(qtbot, page, number):
    row = [a.number for a in page.model.rows].index(number)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.current is not None and page.current.number == number)


def test_register_card_move_dispose_and_count(qtbot, ctx, bought, main_window):
    ctx.close()
    window = main_window()
    page = _page(qtbot, window)
    assert page.total.text() == "3건 · 26,800,000원"
    assert [page.model.data(page.model.index(i, 5)) for i in range(3)] == ["1,200,000", "600,000", "25,000,000"]
    assert [page.model.data(page.model.index(i, 6)) for i in range(3)] == ["960,000", "600,000", "7,500,000"]
    page.year.setValue(2027)  # a year on: 1,200,000 − 2 × 240,000; 25,000,000 − 8 × 2,500,000
    assert [page.model.data(page.model.index(i, 6)) for i in range(3)] == ["720,000", "600,000", "5,000,000"]
    page.year.setValue(2026)

    _select(qtbot, page, "2026-비품-0001")
    assert "2026-비품-0001" in page.details.text() and "1,200,000원" in page.details.text()
    assert "취득 결의: 2026-지출-0001 1번째 줄" in page.details.text()
    assert "불용 시 승인 필요" in page.details.text()
    move = MoveDialog(page, page.current, page._saved)
    move.location.setText("2층 세탁실")
    move.custodian.setText("박철수")
    move.submit()
    qtbot.waitUntil(lambda: page.events.rowCount() == 2)
    assert page.events.data(page.events.index(1, 2)) == "1층 세탁실 → 2층 세탁실"
    qtbot.waitUntil(lambda: "2층 세탁실" in [a.location for a in page.model.rows])
    fix = CorrectDialog(page, page.current, page._saved)
    assert not fix.cost.isEnabled()  # bought by a resolution line: its cost stays the line's
    fix.life.setValue(4)  # 1,200,000 over 4 years: 300,000 a year
    fix.submit()
    qtbot.waitUntil(lambda: page.current.useful_life == 4)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 6)) == "900,000")
    window.grab().save("/tmp/assets-gui-register.png")

    _select(qtbot, page, "2026-비품-0002")
    dispose = DisposeDialog(page, page.current, page._saved)
    dispose.method.setCurrentIndex(dispose.method.findData("폐기"))
    dispose.submit()
    qtbot.waitUntil(lambda: "불용 승인" in dispose.message.text())
    dispose.approval.setText("○○시 노인복지과-1234")
    dispose.approved_on.set_value(date(2026, 11, 15))
    dispose.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # 사용 중 only: the fridge has gone from the list
    assert page.total.text() == "2건 · 26,200,000원"

    page.tabs.setCurrentIndex(1)
    tab = page.count_tab
    tab.start()
    qtbot.waitUntil(lambda: tab.lines.rowCount() == 2)
    tab.table.selectRow(0)  # the van
    tab.mark(False)
    assert [tab.diffs.data(tab.diffs.index(i, 0)) for i in range(2)] == ["미확인", "미확인"]
    qtbot.waitUntil(lambda: tab.diffs.data(tab.diffs.index(0, 0)) == "없음")
    assert [tab.diffs.data(tab.diffs.index(i, c)) for i in range(2) for c in (0, 1)] == [
        "없음", "2020-재산-0001", "미확인", "2026-비품-0001"]
    assert "확인 1/2건 · 차이 1건" in tab.state.text()
    window.grab().save("/tmp/assets-gui-count.png")


def test_acquire_from_a_resolution_line_in_the_dialog(qtbot, ctx, main_window):
    from heemang_desktop.accounting import service as accounting

    accounting.set_budget(ctx, 2026, "세출", "212", 1_000_000)
    accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=date(2026, 4, 2), business_name="사무실 비품", funding_source="자부담",
        payment_method="계좌이체", lines=[accounting.LineInput("212", 700_000, "책상")]))
    ctx.close()
    window = main_window()
    window.resize(1366, 768)
    window.open_page("hr.assets")
    page = window.pages["hr.assets"]
    page.year.setValue(2026)
    page.open_acquire()
    qtbot.waitUntil(lambda: bool(page.findChildren(AssetDialog)))
    dialog = page.findChildren(AssetDialog)[0]
    assert "2026-지출-0001 1줄" in dialog.line.currentText() and "남은 700,000원" in dialog.line.currentText()
    dialog.name.setText("사무용 책상")
    dialog.location.setText("사무실")
    dialog.grab().save("/tmp/assets-gui-acquire.png")
    dialog.submit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    made = page.model.rows[0]
    assert (made.number, made.cost, made.acquired_on, made.funding_source) == (
        "2026-비품-0001", 700_000, date(2026, 4, 2), "자부담")
    assert service.AssetView.depreciation(made, 2026) == (0, 700_000)
