"""Central-service fixtures: the ASGI app on a SQLite file (in-process, no sockets) and a logged-in client."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from api_helpers import login  # noqa: E402
from harness_central import PASSWORD  # noqa: E402


@pytest.fixture
def app(tmp_path):
    from heemang_desktop.central import service
    from heemang_desktop.central.app import create_app

    application = create_app(f"sqlite:///{tmp_path / 'central.sqlite3'}", os.urandom(32))
    with application.state.engine.begin() as conn:
        service.add_user(conn, "K0161", "sync", PASSWORD)
        service.add_user(conn, "B0002", "other", PASSWORD)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def api(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        yield client


@pytest.fixture
def headers(api) -> dict:
    return login(api)
