"""Helpers for sync tests: an engine for a store against a server URL."""

from __future__ import annotations

from harness_central import PASSWORD

from heemang_desktop.sync.credentials import Account, Credentials
from heemang_desktop.sync.engine import SyncEngine
from heemang_desktop.sync.transport import Transport


def engine_for(ctx, url: str, password: str | None = PASSWORD, user: str = "sync", timeout=(2.0, 5.0), **kw):
    account = Account(url, ctx.facility.code, user)
    return SyncEngine(ctx, Transport(url, timeout=timeout), Credentials(account, password), **kw)
