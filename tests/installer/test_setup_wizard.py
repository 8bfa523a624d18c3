"""First run with nobody to ask: the wizard says where the data and backups live, makes the store,
has the recovery code saved to PDF (or printed) before going on, offers the central service (tested:
reachable, then the login) or skips it, and ends on 나의업무. Each page is saved as a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "central"))
from harness_central import PASSWORD, CentralServer, db_url_for  # noqa: E402

from heemang_desktop.settings import Settings  # noqa: E402

from heemang_desktop.gui.launch import build  # noqa: E402
from heemang_desktop.gui.setup_wizard import SetupWizard  # noqa: E402

SHOTS = Path(os.environ.get("HEEMANG_WIZARD_SHOTS", "")) if os.environ.get("HEEMANG_WIZARD_SHOTS") else None


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


def shot(widget, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"wizard-{name}.png"))


def open_wizard(qtbot, paths):
    ready = []
    window, startup = build(paths, interactive=False, on_ready=ready.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: isinstance(startup.dialog, SetupWizard) and startup.dialog.isVisible(), timeout=10000)
    return window, startup.dialog, ready


def fill_facility(page, facility_type="노인요양시설", code="K0161") -> None:
    page.facility_code.setText(code)
    page.facility_name.setText("희망요양원")
    page.facility_type.setCurrentIndex(page.facility_type.findData(facility_type))
    page.user_id.setText("hong")
    page.user_name.setText("홍길동")


def through_setup(qtbot, wizard, paths, tmp_path, monkeypatch) -> None:
    """Where -> facility (the store is made) -> recovery code saved to PDF and confirmed."""
    from PySide6.QtWidgets import QFileDialog

    wizard.next()
    fill_facility(wizard.page_facility)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_recovery, timeout=20000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "복구코드"), ""))
    wizard.page_recovery.pdf_button.click()
    wizard.page_recovery.kept.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.page_central


def test_where_the_data_lives_then_the_store_is_made_and_bad_input_is_refused(qtbot, paths):
    window, wizard, ready = open_wizard(qtbot, paths)
    where = wizard.page_where
    assert where.data_dir.text() == str(paths.data_dir) and where.backups.text() == str(paths.backups)
    assert "최근 7개" in " ".join(lbl.text() for lbl in where.findChildren(type(where.data_dir)))
    shot(wizard, "1-where")
    wizard.next()
    page = wizard.page_facility
    assert wizard.currentPage() is page
    fill_facility(page, facility_type="")
    page.facility_type.setCurrentIndex(0)
    wizard.next()
    assert page.error.text() == "시설 유형을 고르세요." and not paths.database.exists()
    fill_facility(page, code="!!")
    wizard.next()
    qtbot.waitUntil(lambda: "시설코드" in page.error.text(), timeout=10000)
    assert not paths.database.exists() and wizard.currentPage() is page
    fill_facility(page)
    shot(wizard, "2-facility")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_recovery, timeout=20000)
    assert paths.database.exists() and wizard.info.facility.code == "K0161"
    wizard.reject()  # Esc after the store is made: the only display of the code stays up
    assert wizard.isVisible() and not ready


def test_the_recovery_code_is_saved_to_pdf_before_going_on(qtbot, paths, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QWizard

    window, wizard, ready = open_wizard(qtbot, paths)
    wizard.next()
    fill_facility(wizard.page_facility)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_recovery, timeout=20000)
    page = wizard.page_recovery
    groups = wizard.code.split("-")
    assert page.code.text().split() == groups and len(groups) >= 10  # every group shown, in order
    assert not page.isComplete() and not page.kept.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "3-recovery")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "복구코드"), ""))
    page.pdf_button.click()
    pdf = tmp_path / "복구코드.pdf"
    assert pdf.exists() and "PDF로 저장했습니다" in page.result.text()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = text.replace("\x01", " ")  # pdftotext marks Qt's word spacing so
    assert "복구 코드" in text and "희망요양원" in text
    assert all(group in text for group in groups)
    assert not page.isComplete()  # saved, but not yet confirmed as kept
    page.kept.setChecked(True)
    assert page.isComplete() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "3-recovery-saved")


def test_the_central_service_is_tested_and_a_refused_login_keeps_nothing(qtbot, paths, tmp_path, monkeypatch,
                                                                          central):
    window, wizard, ready = open_wizard(qtbot, paths)
    through_setup(qtbot, wizard, paths, tmp_path, monkeypatch)
    page = wizard.page_central
    assert page.later.isChecked() and not page.fields.isEnabled()
    shot(wizard, "4-central")
    page.now.setChecked(True)
    page.server_url.setText(central.url)
    page.user_id.setText("sync")
    page.password.setText("wrong-password")
    wizard.next()
    qtbot.waitUntil(lambda: page.result.text() not in ("", "연결하는 중…"), timeout=20000)
    assert "비밀번호" in page.result.text() and wizard.currentPage() is page
    assert Settings.load(paths).server_url == ""
    shot(wizard, "4-central-refused")
    page.password.setText(PASSWORD)
    page._changed()
    for _ in range(5):  # the server holds a login back for a second after a refused one, and says so
        wizard.next()
        qtbot.waitUntil(lambda: not page.running, timeout=20000)
        if wizard.currentPage() is wizard.page_done:
            break
        assert "다시 시도" in page.result.text(), page.result.text()
        qtbot.wait(1100)
    assert wizard.currentPage() is wizard.page_done
    settings = Settings.load(paths)
    assert settings.server_url == central.url and settings.extra["sync_user"] == "sync"
    assert "연결했습니다" in wizard.page_done.summary.text()
    shot(wizard, "5-done")
    wizard.accept()
    qtbot.waitUntil(lambda: bool(ready), timeout=20000)
    assert window.current_page_id() == "my_work.home"
    assert window.session.server_url == central.url
    shot(window, "6-my-work")


def test_skipping_the_central_service_ends_on_my_work(qtbot, paths, tmp_path, monkeypatch):
    window, wizard, ready = open_wizard(qtbot, paths)
    through_setup(qtbot, wizard, paths, tmp_path, monkeypatch)
    wizard.next()
    assert wizard.currentPage() is wizard.page_done
    assert "연결하지 않았습니다" in wizard.page_done.summary.text()
    wizard.accept()
    qtbot.waitUntil(lambda: bool(ready), timeout=20000)
    assert window.current_page_id() == "my_work.home" and Settings.load(paths).server_url == ""
