"""A PC without a keyring is told so before the setup form is filled in, not after."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from heemang_desktop.gui.setup_wizard import SetupWizard


def test_no_keyring_is_said_before_the_setup_form(qtbot, paths, monkeypatch):
    from heemang_desktop.gui.launch import build

    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the memory keyring afterwards
    failures = []
    window, startup = build(paths, interactive=False, on_failed=failures.append)
    qtbot.addWidget(window)
    window.show()
    startup.start()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert "키링" in str(failures[0]) and "키링" in window.loading.text()
    assert window.findChild(SetupWizard) is None and not paths.database.exists()
