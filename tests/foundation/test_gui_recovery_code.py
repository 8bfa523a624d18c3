"""The recovery code dialog shows every group of the code, whole, inside the dialog."""

from __future__ import annotations

import os

from heemang_desktop.store import crypto

from heemang_desktop.gui.dialogs import RecoveryCodeDialog


def test_every_group_of_the_recovery_code_is_visible(qtbot):
    code = crypto.recovery_code(os.urandom(32))
    dialog = RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.code
    assert label.text().split() == code.split("-")  # 14 groups, in order
    assert label.height() >= label.sizeHint().height()  # no row cut at half height
    bottom = label.mapTo(dialog, label.rect().bottomRight())
    assert dialog.rect().contains(bottom) and label.geometry().bottom() < dialog.kept.geometry().top()
