"""Every page fits a 1366×768 laptop screen (the most common facility laptop): opening it never forces the
window larger; wide tables scroll, tall forms scroll or split into tabs."""

from __future__ import annotations

import os
from pathlib import Path

from heemang_desktop.users import roles

WIDTH, HEIGHT = 1366, 768
SHOTS = Path(os.environ.get("HEEMANG_SHOTS", "/tmp/heemang-laptop-shots"))


def test_every_page_fits_1366_by_768(qtbot, ctx, main_window):
    ctx.close()
    window = main_window()
    window.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: window.width() == WIDTH, timeout=5000)
    too_big = {}
    pages = [p.id for menu in roles.menu_tree() for p in menu.pages]
    assert len(pages) > 20
    SHOTS.mkdir(parents=True, exist_ok=True)
    for page_id in pages:
        window.open_page(page_id)
        qtbot.waitUntil(window.worker.idle, timeout=10000)
        qtbot.wait(20)
        need = window.minimumSizeHint()
        if window.width() > WIDTH or window.height() > HEIGHT or need.width() > WIDTH or need.height() > HEIGHT:
            too_big[page_id] = (window.width(), window.height(), need.width(), need.height())
            window.resize(WIDTH, HEIGHT)
        window.grab().save(str(SHOTS / f"{page_id}.png"))
    assert too_big == {}, f"pages that force the window beyond {WIDTH}×{HEIGHT} (w, h, min w, min h): {too_big}"
