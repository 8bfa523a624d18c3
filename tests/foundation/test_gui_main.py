"""The main window as users meet it: first-start setup, who is working, menus by role, the status bar."""

from __future__ import annotations

import pytest

from heemang_desktop.users import service as users

from heemang_desktop.gui.launch import build

ALL_MENUS = ["나의업무", "회계", "인사/급여/세무/자산", "후원관리", "대상자관리", "이력정보", "이용료관리",
             "직업재활", "시군구보고", "평가관리", "질의하기", "관리"]


def start(qtbot, paths):
    ready = []
    window, startup = build(paths, interactive=False, on_ready=ready.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    return window, startup, ready


@pytest.fixture
def shared_pc(setup_result, paths):
    """Two people on one PC: the admin (with a password now) and a social worker."""
    ctx = setup_result.context
    users.set_password(ctx, "admin", "admin-pw-1")
    users.add_user(ctx, "lee", "이복지", "사회복지사", "lee-pw-12")
    ctx.close()
    return paths


def login(qtbot, window, startup, login_id, password):
    qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible())
    dialog = startup.dialog
    dialog.user.setCurrentIndex(dialog.user.findData(login_id))
    dialog.password.setText(password)
    dialog.buttons.accepted.emit()


def test_single_user_site_opens_without_asking(qtbot, setup_result, paths):
    setup_result.context.close()
    window, startup, ready = start(qtbot, paths)
    qtbot.waitUntil(lambda: bool(ready))
    assert startup.dialog is None  # nobody was asked who they are
    assert window.nav.menu_labels() == ALL_MENUS  # the admin sees every menu
    assert window.current_page_id() == "my_work.home"
    assert "김관리" in window.status.who.text()
    assert window.status.queued.text() == "전송 대기 0건"
    assert "오프라인" in window.status.connection.text()
    window.close()


def test_two_users_with_different_roles_see_different_menus(qtbot, shared_pc):
    window, startup, ready = start(qtbot, shared_pc)
    login(qtbot, window, startup, "lee", "lee-pw-12")
    qtbot.waitUntil(lambda: bool(ready))
    assert window.nav.menu_labels() == ["나의업무", "대상자관리", "이력정보", "이용료관리", "직업재활",
                                        "시군구보고", "평가관리", "질의하기"]
    window.open_page("accounting.resolutions")  # not hers: nothing opens
    assert window.current_page_id() != "accounting.resolutions"
    window.close()

    window, startup, ready = start(qtbot, shared_pc)
    login(qtbot, window, startup, "admin", "admin-pw-1")
    qtbot.waitUntil(lambda: bool(ready))
    assert window.nav.menu_labels() == ALL_MENUS
    window.close()


def test_wrong_password_is_refused_in_the_dialog(qtbot, shared_pc):
    window, startup, ready = start(qtbot, shared_pc)
    login(qtbot, window, startup, "lee", "wrong-password")
    qtbot.waitUntil(lambda: startup.dialog.error.text() != "")
    assert "맞지 않습니다" in startup.dialog.error.text()
    assert not ready and window.nav.menu_labels() == []
    window.close()


def test_first_start_setup_dialog_creates_the_store(qtbot, paths):
    window, startup, ready = start(qtbot, paths)
    qtbot.waitUntil(lambda: startup.dialog is not None)  # after the keyring check on the database thread
    wizard = startup.dialog  # gui/setup_wizard.py; its own pages are tested in tests/installer
    assert wizard.isVisible() and not paths.database.exists()
    wizard.next()
    dialog = wizard.page_facility
    dialog.facility_code.setText("k0161")
    dialog.facility_name.setText("희망요양원")
    assert dialog.facility_type.currentData() == ""  # the type (it picks the budget chart) is chosen, never assumed
    wizard.next()
    assert dialog.error.text() == "시설 유형을 고르세요." and not paths.database.exists()
    dialog.facility_type.setCurrentIndex(dialog.facility_type.findData("노인요양시설"))
    dialog.user_id.setText("hong")
    dialog.user_name.setText("홍길동")
    dialog.role.setCurrentIndex(dialog.role.findData("accountant"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.info is not None)
    assert paths.database.exists()
    wizard.page_recovery.printed = True  # kept on paper (the PDF and print buttons: tests/installer)
    wizard.page_recovery.kept.setEnabled(True)
    wizard.page_recovery.kept.setChecked(True)
    wizard.next()
    wizard.next()  # the central service: later
    wizard.accept()
    qtbot.waitUntil(lambda: bool(ready))
    assert window.session.facility.code == "K0161"
    # the accountant's menus, and of 인사/급여/세무/자산 only 재산·비품 (roles.json "pages")
    assert window.nav.menu_labels() == ["나의업무", "회계", "인사/급여/세무/자산", "후원관리", "이용료관리",
                                        "시군구보고", "질의하기"]
    assert "hr.assets" in window.nav.page_ids() and "hr.employees" not in window.nav.page_ids()
    window.close()


def test_setup_dialog_shows_bad_input_and_creates_nothing(qtbot, paths):
    window, startup, ready = start(qtbot, paths)
    qtbot.waitUntil(lambda: startup.dialog is not None)
    wizard = startup.dialog
    wizard.next()
    dialog = wizard.page_facility
    dialog.facility_code.setText("!!")
    dialog.facility_name.setText("희망")
    dialog.facility_type.setCurrentIndex(1)
    dialog.user_id.setText("hong")
    dialog.user_name.setText("홍길동")
    wizard.next()
    qtbot.waitUntil(lambda: "시설코드" in dialog.error.text())
    assert not paths.database.exists() and not ready
    window.close()


def test_admin_adds_a_user_on_the_users_page(qtbot, setup_result, paths):
    ctx = setup_result.context
    users.set_password(ctx, "admin", "admin-pw-1")
    ctx.close()
    window, startup, ready = start(qtbot, paths)
    login(qtbot, window, startup, "admin", "admin-pw-1")
    qtbot.waitUntil(lambda: bool(ready))
    window.nav.select_page("admin.users")
    page = window.pages["admin.users"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.login_id.setText("park")
    page.name.setText("박인사")
    page.role.setCurrentIndex(page.role.findData("hr_officer"))
    page.password.setText("park-pw-1")
    page.add_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert [page.table.item(1, c).text() for c in range(4)] == ["park", "박인사", "인사담당", "설정됨"]
    window.close()


def test_store_from_another_pc_asks_for_the_recovery_code(qtbot, setup_result, paths, memory_keyring):
    setup_result.context.close()
    memory_keyring.secrets.clear()
    ready = []
    window, startup = build(paths, interactive=True, on_ready=ready.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible())
    startup.dialog.code.setText(setup_result.recovery_code)
    startup.dialog.submit_handler(startup.dialog.code.text())
    qtbot.waitUntil(lambda: bool(ready))
    assert ready[0].key_state == "ok"
    assert memory_keyring.secrets  # the key is back in this PC's keyring
    window.close()


def test_english_translation_switches_menus_and_status_bar(qtbot, setup_result, paths):
    from PySide6.QtWidgets import QApplication

    from heemang_desktop.gui.launch import install_translator

    setup_result.context.close()
    app = QApplication.instance()
    assert install_translator(app, "en")
    try:
        window, startup, ready = start(qtbot, paths)
        qtbot.waitUntil(lambda: bool(ready))
        assert window.nav.menu_labels()[:3] == ["My work", "Accounting", "HR / payroll / tax / assets"]
        assert window.status.queued.text() == "0 queued"
        window.close()
    finally:
        from PySide6.QtCore import QTranslator

        for t in app.findChildren(QTranslator):
            app.removeTranslator(t)
