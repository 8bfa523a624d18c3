"""Qt's own messages go to the support log, not to the terminal.

A user never sees the terminal, and `gui --screenshot` must print nothing but the file it saved.
The offscreen platform (screenshots, tests) says on every window that it cannot pass size hints
on: that is the platform's nature, not a fault, so it is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("heemang_desktop.qt")

_HARMLESS = ("This plugin does not support propagateSizeHints()",)
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind, _context, message: str) -> None:
    if message in _HARMLESS:
        return
    log.log(_LEVELS.get(kind, logging.WARNING), "Qt: %s", message)


def route_qt_messages() -> None:
    qInstallMessageHandler(_handler)
