"""The sync settings dialog's 연결 시험: a failure is explained in Korean under the form, a success
in green, and nothing is saved by a test."""

from __future__ import annotations

import os
from pathlib import Path

from harness_central import PASSWORD

from heemang_desktop.gui.sync.login_dialog import SyncLoginDialog

SHOTS = Path(os.environ.get("HEEMANG_SHOTS", "/tmp/heemang-sync-shots"))


def _test(qtbot, dialog) -> str:
    dialog.last_check = None
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=15000)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=5000)
    return dialog.error.text()


def test_the_connection_test_explains_each_failure(qtbot, central, tmp_path):
    dialog = SyncLoginDialog("K0161")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_url.setText(central.url)
    dialog.user_id.setText("sync")
    dialog.password.setText(PASSWORD)
    assert "연결과 로그인을 확인했습니다" in _test(qtbot, dialog)
    assert "1b5e20" in dialog.error.styleSheet()  # green

    central.maintenance(True, "2022-09-05T18:00:00+09:00")
    assert "2022-09-05" in _test(qtbot, dialog) and "중단 기간" in dialog.error.text()
    central.maintenance(False)

    dialog.password.setText("wrong")
    text = _test(qtbot, dialog)
    assert "로그인 실패" in text and "관리자" in text
    assert "b00020" in dialog.error.styleSheet()  # red: a failure
    assert dialog.password.text() == "wrong"  # a test does not clear what the user typed
    dialog.resize(560, dialog.sizeHint().height())
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "connection-test-login-refused.png"))
