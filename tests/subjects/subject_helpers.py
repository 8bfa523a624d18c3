"""Builders shared by the subject tests, under a name of their own: `from conftest import …` picks up
whichever folder's conftest.py came first on sys.path when several test folders run together."""

from __future__ import annotations

from heemang_desktop.subjects import service


def register(ctx, name="김순자", rrn="400101-2234567", **kw):
    return service.register_subject(ctx, service.SubjectInput(name=name, resident_number=rrn, **kw))


def run(qtbot, win, fn, *args):
    """A service call on the window's database thread (the test's own ctx is closed)."""
    box = []
    win.worker.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box))
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def open_page(qtbot, win, page_id):
    win.open_page(page_id)
    qtbot.waitUntil(win.worker.idle)
    return win.pages[page_id]
