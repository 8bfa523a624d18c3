"""Every import kind in the registry has its upload and blank-template buttons on the screen where the work
is (issue 14): the test walks the registry, so a new kind without its buttons fails here."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from heemang_desktop.features import merged
from heemang_desktop.resources import resource_path

from heemang_desktop.gui.upload_dialog import UploadDialog

# kind -> the page that hosts its buttons
PAGES = {
    "resolutions": "accounting.resolutions",
    "budget": "accounting.budget",
    "employees": "hr.employees",
    "attendance": "hr.attendance",
    "subjects": "subjects.cards",
    "ltc-payroll": "hr.payroll",
    "donors": "donations.donors",
    "assets": "hr.assets",
    "assets-count": "hr.assets",
}
UPLOAD_WORDS = ("업로드", "올리기")


def _planned() -> set[str]:
    menus = json.loads(resource_path("menus.json").read_text(encoding="utf-8"))
    found: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if node.get("planned") and "id" in node:
                found.add(node["id"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(menus)
    return found


def test_every_import_kind_has_a_page():
    assert set(merged("imports")) == set(PAGES)


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_the_kinds_page_uploads_and_saves_its_blank_template(kind, qtbot, ctx, main_window, tmp_path, monkeypatch):
    page_id = PAGES[kind]
    if page_id in _planned():
        pytest.skip(f"{page_id} is a planned page (resources/menus.json): its buttons come with it")
    ctx.close()
    window = main_window(page_id)
    page = window.pages[page_id]
    qtbot.waitUntil(window.worker.idle, timeout=10000)
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    templates = [b for b in buttons if "빈 양식" in b.text()]
    uploads = [b for b in buttons if any(w in b.text() for w in UPLOAD_WORDS)]
    assert templates and uploads, [b.text() for b in buttons]

    target = tmp_path / f"{kind}.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    told = []  # a page may say "saved" in a message box: answered here, not left open over the test
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2] if len(a) > 2 else ""))
    saved = False
    for button in templates:  # a page with two kinds (none today) has a button for each
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: target.exists() or window.worker.idle(), timeout=10000)
        qtbot.waitUntil(window.worker.idle, timeout=10000)
        saved = saved or target.exists()
    assert saved and target.stat().st_size > 1000

    for button in uploads:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.kind == kind for d in page.findChildren(UploadDialog)), timeout=10000)
