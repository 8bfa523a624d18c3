"""`gui --screenshot` on a folder not set up yet saves the setup form (found walking issue 14: since the
keyring check runs on the database thread before the form opens, the run returned with that thread
alive and Qt aborted the process)."""

from PySide6.QtGui import QImage

from heemang_desktop.gui.launch import _screenshot


def test_a_new_folder_screenshot_saves_the_setup_form(qapp, paths, tmp_path):
    out = tmp_path / "setup.png"
    assert _screenshot(qapp, paths, str(out), None) == 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 300
    assert not paths.database.exists()  # a screenshot sets nothing up
