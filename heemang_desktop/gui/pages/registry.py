"""Page id -> page class ("module:Class"), imported only when the page is first opened."""

from __future__ import annotations

import importlib

PAGES: dict[str, str] = {
    "my_work.home": "heemang_desktop.gui.pages.home:HomePage",
    "my_work.sync": "heemang_desktop.gui.pages.outbox:OutboxPage",
    "admin.users": "heemang_desktop.gui.pages.users:UsersPage",
    "admin.backup": "heemang_desktop.gui.pages.backup:BackupPage",
}


def page_class(page_id: str):
    target = PAGES.get(page_id)
    if target is None:
        from heemang_desktop.gui.pages.base import PlaceholderPage

        return PlaceholderPage
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
