"""Page id -> page class, from each feature's `pages=`; a page's module is imported when first opened."""

from __future__ import annotations

from heemang_desktop.features import load, merged


def page_class(page_id: str):
    target = merged("pages").get(page_id)
    if target is None:
        from heemang_desktop.gui.pages.base import PlaceholderPage

        return PlaceholderPage
    return load(target)
