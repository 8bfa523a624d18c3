"""Files where the work is (issue 14): the 대상자 workbook's upload and blank form on 대상자 정보, and the
lists a subject page can export; refusals on the page's line, a bug as an unexpected error."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from subject_helpers import open_page, register, run

from PySide6.QtCore import QDate

from heemang_desktop.features import merged
from heemang_desktop.subjects import service


def _saved(qtbot, call, path):
    done = []
    call(path, on_saved=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    return load_workbook(path).active


def _texts(sheet) -> list[str]:
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


def test_the_card_page_saves_the_blank_form_and_opens_the_upload_for_its_kind(qtbot, window, tmp_path):
    page = open_page(qtbot, window, "subjects.cards")
    assert service.TEMPLATE_KIND in merged("imports") and service.TEMPLATE_KIND in merged("templates")
    assert page.upload_button.isVisibleTo(page) and page.template_button.isVisibleTo(page)
    sheet = _saved(qtbot, page.save_template, tmp_path / "대상자_양식.xlsx")
    assert "성명*" in _texts(sheet)
    assert "빈 양식을 저장했습니다" in page.list_message.text() and not page.list_message.is_error
    dialog = page.open_upload()
    assert dialog.kind == service.TEMPLATE_KIND and dialog.isVisible()
    dialog.close()


def test_the_roster_the_fee_ledger_and_the_wage_list_export_what_the_pages_list(qtbot, window, tmp_path):
    card = run(qtbot, window, register)
    run(qtbot, window, service.admit, card.id, "residential", date(2026, 9, 1))
    run(qtbot, window, service.charge_month, card.id, "2026-09", "residential-2026")
    run(qtbot, window, service.record_day, card.id, date(2026, 9, 1), "출근", 240, "포장", 100)
    run(qtbot, window, service.calculate_wages, "2026-09")

    episodes = open_page(qtbot, window, "subjects.episodes")
    episodes.on.setDate(QDate(2026, 9, 3))
    assert "김순자" in _texts(_saved(qtbot, episodes.export_roster, tmp_path / "roster.xlsx"))
    assert "재원자 명단 1명을 저장했습니다" in episodes.message.text()

    receipts = open_page(qtbot, window, "fees.receipts")
    ledger = _texts(_saved(qtbot, receipts.export_ledger, tmp_path / "ledger.xlsx"))
    assert "김순자" in ledger and "480000" in ledger
    assert "이용료 대장 1명을 저장했습니다" in receipts.message.text()

    voc = open_page(qtbot, window, "vocational.attendance")
    voc.month.set_month("2026-09")
    wages = _texts(_saved(qtbot, voc.export_wages, tmp_path / "wages.xlsx"))
    assert "김순자" in wages and "14000" in wages
    assert "훈련생 급여 1명을 저장했습니다" in voc.message.text()


def test_a_refusal_shows_on_the_page_and_a_bug_as_an_unexpected_error(qtbot, window, monkeypatch):
    card = run(qtbot, window, register)
    page = open_page(qtbot, window, "fees.receipts")
    page.subject.select(card.id)
    page.amount.setText("1000")
    page.save_button.click()  # nothing owed and not a prepayment: the service refuses
    qtbot.waitUntil(lambda: "미납액" in page.message.text())
    assert page.message.is_error

    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    monkeypatch.setattr(service, "balances", lambda *a, **k: 1 / 0)
    page.message.clear()
    page.refresh()
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], ZeroDivisionError) and page.message.text() == ""


def test_an_upload_saved_from_the_card_page_shows_in_its_list_without_f5(qtbot, window, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "대상자"
    sheet.append(["대상자번호", "성명", "주민등록번호", "입소일", "보장구분"])
    sheet.append(["S-001", "김순자", "400101-2234567", "2026-09-01", "일반"])
    sheet.append(["S-002", "박철수", "3803031456789", "2026-09-02", "차상위"])
    book.save(tmp_path / "subjects.xlsx")
    page = open_page(qtbot, window, "subjects.cards")
    dialog = page.open_upload()
    dialog.choose_file(str(tmp_path / "subjects.xlsx"))  # checks at once, saves nothing
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.op is None, timeout=10000)
    assert not dialog.report.rejected and page.model.rowCount() == 0
    dialog.run(dry_run=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)  # the upload's broadcast
    assert sorted(r.name for r in page.model.rows) == ["김순자", "박철수"]
    dialog.close()
