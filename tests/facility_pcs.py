"""The reference central service and the facility's second PC, for tests whose records travel between
two stores of one facility (PC 1 is the test's own `ctx`)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).parent
for sub in ("sync", "central"):  # where the sync harness lives, whichever test folder asks
    if str(HERE / sub) not in sys.path:
        sys.path.insert(0, str(HERE / sub))

from harness_central import CentralServer, db_url_for  # noqa: E402
from sync_helpers import engine_for  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402


def new_pc(folder: Path, facility_code: str = "K0161"):
    """Another PC's store (its own file and key), signed in as its sole administrator."""
    return initialize(Paths(folder), SetupInput(
        facility_code=facility_code, facility_name="희망요양원", facility_type="노인요양시설", user_id="lee",
        user_name="이사무", role="관리자")).context


@contextmanager
def central_and_second_pc(tmp_path: Path) -> Iterator[tuple[CentralServer, object]]:
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    second_pc = new_pc(tmp_path / "pc2")
    try:
        yield server, second_pc
    finally:
        second_pc.close()
        server.stop()


def sync_once(ctx, server):
    """One sync run of `ctx` against `server`: its report."""
    return engine_for(ctx, server.url).run_once()
