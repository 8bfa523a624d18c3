"""The support log: a size-capped, rotating, user-only file in the data folder's `logs/`.

Set up once per process (cli.main for every command that uses the data folder, the window through
it). Modules log with `logging.getLogger(__name__)` and never pass personal values: counts, kinds,
ids and exception types only. The handler's MaskFilter is the safety net for what slips through
(resident, foreigner, passport and account numbers, passwords and tokens); names cannot be told by
a pattern, so they must never be logged at all.
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sqlite3
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from heemang_desktop import __version__

LOG_DIRNAME = "logs"
LOG_FILENAME = "heemang.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # heemang.log and .1 … .4: 5 MB at most, weeks of ordinary use
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)

# 13 digits, a dash or space allowed after the 6th: resident and foreigner registration numbers.
_RRN = re.compile(r"(?<![\d-])(\d{6})[- ]?(\d)\d{6}(?![\d-])")
# Digit groups joined by dashes, or one run: account (and phone) numbers, 9-16 digits.
_DIGIT_GROUPS = re.compile(r"(?<![\w-])\d[\d-]{7,24}\d(?![\w-])")
_SPACED_GROUPS = re.compile(r"(?<![\w:,.-])\d{2,6}(?: \d{2,8}){2,4}(?![\w:,.-])")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{7,8}(?![0-9])")
_BEARER = re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]+")
_SECRET_FIELD = re.compile(
    r"""(?i)(["']?\b(?:password|passwd|pwd|token|access_token|secret|authorization|비밀번호|암호)["']?\s*[:=]\s*)"""
    r"""("[^"]*"|'[^']*'|\S+)""")
# An opaque random string (secrets.token_urlsafe, API keys): long, with upper, lower case and digits.
_OPAQUE = re.compile(r"(?<![A-Za-z0-9_-])(?=[\w-]*\d)(?=[\w-]*[A-Z])(?=[\w-]*[a-z])[A-Za-z0-9_-]{24,}(?![A-Za-z0-9_-])")


def _groups(m: re.Match) -> str:
    text = m.group(0)
    digits = sum(ch.isdigit() for ch in text)
    return re.sub(r"\d", "*", text) if 9 <= digits <= 16 else text


def mask(text: str) -> str:
    """`text` with personal numbers and secrets masked (the screens' form for resident numbers)."""
    text = _BEARER.sub("Bearer ***", text)
    text = _SECRET_FIELD.sub(lambda m: m.group(1) + "***", text)
    text = _OPAQUE.sub("***", text)
    text = _RRN.sub(lambda m: f"{m.group(1)}-{m.group(2)}******", text)
    text = _DIGIT_GROUPS.sub(_groups, text)
    text = _SPACED_GROUPS.sub(_groups, text)
    return _PASSPORT.sub(lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1), text)


class MaskFilter(logging.Filter):
    """Renders the record's message, traceback and stack once, masked, before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a caller's bad format arguments must not break its work
            message = f"{record.msg} (unformattable arguments)"
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class _PrivateRotatingHandler(RotatingFileHandler):
    def _open(self):
        # User-only from its creation, like the database (store/private.py).
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            # Another process (a read-only command beside the window) holds the file, which Windows
            # will not rename: keep writing to it and try again at the next line.
            if self.stream is None:
                self.stream = self._open()


_handler: _PrivateRotatingHandler | None = None
_setup_lock = threading.Lock()


def log_dir(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIRNAME


def log_files(data_dir: Path) -> list[Path]:
    """The log files, newest first."""
    base = log_dir(data_dir) / LOG_FILENAME
    files = [base] + [base.with_name(f"{LOG_FILENAME}.{n}") for n in range(1, 100)]
    return [f for f in files if f.is_file()]


def setup(data_dir: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path:
    """Log this process into `data_dir`'s log (again for another folder; once for the same one).

    The handler sits on the root logger, so library warnings land there too; the app's own
    loggers (`heemang_desktop.*`) write from INFO up."""
    from heemang_desktop.store.private import private_dir

    global _handler
    path = log_dir(data_dir).absolute() / LOG_FILENAME
    with _setup_lock:
        if _handler is not None and Path(_handler.baseFilename) == path and _handler.maxBytes == max_bytes:
            return path
        private_dir(Path(data_dir))
        private_dir(path.parent, tighten=True)
        handler = _PrivateRotatingHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(MaskFilter())
        root = logging.getLogger()
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        root.addHandler(handler)
        _handler = handler
        logging.getLogger("heemang_desktop").setLevel(logging.INFO)
        _install_hooks()
    return path


def close() -> None:
    """Stop logging to the file (tests; the process's end closes it anyway)."""
    global _handler
    with _setup_lock:
        if _handler is not None:
            logging.getLogger().removeHandler(_handler)
            _handler.close()
            _handler = None


def versions(qt: str | None = None) -> dict:
    """What the help desk asks first. Qt's version is read from the package metadata: the core
    never imports Qt (the window passes the running Qt's own version)."""
    from importlib import metadata

    def dist(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    return {
        "app": __version__,
        "python": platform.python_version(),
        "qt": qt or dist("PySide6-Essentials") or dist("PySide6"),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": dist("SQLAlchemy"),
        "os": platform.platform(),
    }


def started(what: str, qt: str | None = None) -> None:
    v = versions(qt)
    log.info("start: heemang-desktop %s (%s) · Python %s · Qt %s · SQLite %s · %s",
             v["app"], what, v["python"], v["qt"], v["sqlite"], v["os"])


def mark_logged(exc: BaseException) -> BaseException:
    """Remember that `exc`'s traceback is in the log, so the last-resort hooks do not log it twice."""
    try:
        setattr(exc, "__heemang_logged__", True)  # noqa: B010 - an attribute exceptions do not declare
    except AttributeError:
        pass
    return exc


def log_unexpected(message: str, exc: BaseException) -> None:
    if not getattr(exc, "__heemang_logged__", False):
        log.error(message, exc_info=(type(exc), exc, exc.__traceback__))
        mark_logged(exc)


def _install_hooks() -> None:
    """Errors nothing caught (the window's slots end in sys.excepthook) reach the log with their
    traceback, then go on to the hook that was there before."""
    if not getattr(sys.excepthook, "_heemang", False):
        previous = sys.excepthook

        def hook(kind, exc, tb):
            if not issubclass(kind, KeyboardInterrupt) and not getattr(exc, "__heemang_logged__", False):
                log.error("unexpected error", exc_info=(kind, exc, tb))
            previous(kind, exc, tb)

        setattr(hook, "_heemang", True)  # noqa: B010 - marks the hook as ours
        sys.excepthook = hook
    if not getattr(threading.excepthook, "_heemang", False):
        previous_thread = threading.excepthook

        def thread_hook(args):
            if args.exc_type is not SystemExit and not getattr(args.exc_value, "__heemang_logged__", False):
                name = args.thread.name if args.thread is not None else "?"
                log.error("unexpected error in thread %s", name,
                          exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
            previous_thread(args)

        setattr(thread_hook, "_heemang", True)  # noqa: B010
        threading.excepthook = thread_hook
