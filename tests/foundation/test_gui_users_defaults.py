"""관리 > 사용자·권한: a new user gets the role the admin picks, never the first one in the list (issue 10)."""

from __future__ import annotations


def test_adding_a_user_without_choosing_a_role_is_refused_in_words(qtbot, setup_result, main_window):
    setup_result.context.close()
    window = main_window("admin.users")
    page = window.pages["admin.users"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.role.currentData() == "" and page.change_role.currentData() == ""
    page.login_id.setText("park")
    page.name.setText("박인사")
    page.add_button.click()
    assert page.message.text() == "새 사용자의 역할을 고르세요."
    qtbot.waitUntil(window.worker.idle)
    assert page.table.rowCount() == 1

    page.table.selectRow(0)
    page.change_button.click()
    assert page.message.text() == "바꿀 역할을 고르세요."

    page.role.setCurrentIndex(page.role.findData("social_worker"))
    page.password.setText("park-pw-1")
    page.add_button.click()  # chosen: now the service decides (here: the admin must set a password first)
    qtbot.waitUntil(lambda: "비밀번호" in page.message.text())
