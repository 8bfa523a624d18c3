"""Sync fixtures: a running reference central service, a client store with the test entity, a second PC."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "central"))

from harness_central import CentralServer, db_url_for  # noqa: E402
from notes import create_table  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402


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


@pytest.fixture
def second_pc(tmp_path):
    """Another PC of the same facility (K0161), with its own store and key."""
    result = initialize(Paths(tmp_path / "pc2"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
        user_id="lee", user_name="이사무", role="관리자"))
    create_table(result.context)
    yield result.context
    result.context.close()
