"""Sync fixtures: a running reference central service, a client store with the test entity, a second PC."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "central"))

from harness_central import PASSWORD, CentralServer, db_url_for  # noqa: E402
from notes import create_table  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.sync.credentials import Account, Credentials  # noqa: E402
from heemang_desktop.sync.engine import SyncEngine  # noqa: E402
from heemang_desktop.sync.transport import Transport  # noqa: E402


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


@pytest.fixture
def sctx(ctx):
    create_table(ctx)
    return ctx


def engine_for(ctx, url: str, password: str | None = PASSWORD, user: str = "sync", timeout=(2.0, 5.0), **kw):
    account = Account(url, ctx.facility.code, user)
    return SyncEngine(ctx, Transport(url, timeout=timeout), Credentials(account, password), **kw)


@pytest.fixture
def second_pc(tmp_path):
    """Another PC of the same facility (K0161), with its own store and key."""
    result = initialize(Paths(tmp_path / "pc2"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
        user_id="lee", user_name="이사무", role="관리자"))
    create_table(result.context)
    yield result.context
    result.context.close()
