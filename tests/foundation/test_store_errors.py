"""A locked store, a full disk, a read-only store: one Korean sentence, nothing half-written, and the
app goes on working once the cause is gone. Two contexts on one file in one process see each other."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sample import Person, create_tables
from sqlalchemy import event, func, select

from heemang_desktop.app import open_app
from heemang_desktop.cli import main
from heemang_desktop.store import backup
from heemang_desktop.store import engine as store_engine
from heemang_desktop.store.errors import StoreBusy, StoreFull, StoreReadOnly
from heemang_desktop.sync.models import OutboxEntry
from heemang_desktop.sync.outbox import record_change


def counts(ctx) -> tuple[int, int]:
    with ctx.store.session() as s:
        return (s.scalar(select(func.count()).select_from(Person)),
                s.scalar(select(func.count()).select_from(OutboxEntry)))


def add_people(ctx, n: int, prefix: str = "p") -> None:
    with ctx.transaction() as session:
        for i in range(n):
            record_change(session, Person(facility_id=ctx.facility.id, name=f"{prefix}{i}"),
                          ctx.require_actor().login_id)


@pytest.fixture
def people(ctx):
    create_tables(ctx)
    return ctx


def test_a_store_locked_past_the_busy_timeout_is_one_sentence_and_nothing_is_saved(people, paths, monkeypatch):
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 200)
    people.store.engine.dispose()  # new connections take the short timeout
    other = sqlite3.connect(paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        with pytest.raises(StoreBusy) as err:
            add_people(people, 3)
        assert str(err.value) == "다른 작업이 데이터베이스를 쓰고 있어 지금은 할 수 없습니다: 잠시 뒤 다시 하세요"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert counts(people) == (0, 0)
    add_people(people, 3)  # and the next save works
    assert counts(people) == (3, 3)


def test_writes_begin_immediate_so_two_writers_take_turns_instead_of_failing(people, paths):
    """Our transaction reads, another writer tries to commit, then ours writes. With a deferred BEGIN
    the other commits in between and our write fails at once ('database is locked', busy timeout
    ignored); with BEGIN IMMEDIATE the other waits for us and both saves land."""
    done = []

    def other_writer():
        other = sqlite3.connect(paths.database, isolation_level=None, timeout=10)
        other.execute("INSERT INTO app_meta (key, value) VALUES ('other', '1')")
        other.close()
        done.append(True)

    thread = threading.Thread(target=other_writer)
    with people.transaction() as session:
        session.scalar(select(func.count()).select_from(Person))
        thread.start()
        thread.join(0.5)  # give it every chance to commit before our write
        record_change(session, Person(facility_id=people.facility.id, name="ours"), people.require_actor().login_id)
    thread.join(10)
    assert done and counts(people) == (1, 1) and people.store.meta("other") == "1"


def test_the_cli_turns_a_locked_store_into_one_sentence(setup_result, paths, capsys, monkeypatch, tmp_path):
    setup_result.context.close()
    monkeypatch.setattr(store_engine, "BUSY_TIMEOUT_MS", 100)
    workbook = tmp_path / "budget.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "template", "budget", str(workbook)]) == 0
    import openpyxl

    wb = openpyxl.load_workbook(workbook)  # the example row made a real one: the untouched example is skipped
    wb.active["C2"] = 130_000_000
    wb.save(workbook)
    other = sqlite3.connect(paths.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # not even readers get in
    try:
        code = main(["--data-dir", str(paths.data_dir), "import", "budget", str(workbook)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "다른 작업이 데이터베이스를 쓰고 있어" in err


def test_disk_full_saves_nothing_and_the_app_keeps_working(people):
    add_people(people, 2, "before")
    with people.store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    limit = {"on": True}

    @event.listens_for(people.store.engine, "connect")
    def _small_disk(dbapi_conn, _record):
        if limit["on"]:
            dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    people.store.engine.dispose()
    with pytest.raises(StoreFull) as err:
        add_people(people, 400, "x" * 50)  # far more than two pages
    assert "디스크 공간이 부족해 저장하지 못했습니다" in str(err.value)
    assert counts(people) == (2, 2)  # none of the 400, no outbox entry without its row
    limit["on"] = False
    people.store.engine.dispose()
    add_people(people, 2, "after")
    assert counts(people) == (4, 4)
    with people.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_read_only_store_refuses_a_write_in_one_sentence(people, paths):
    add_people(people, 1)
    ro = open_app(paths, read_only=True)
    try:
        ro.actor = people.actor
        with pytest.raises(StoreReadOnly) as err:
            add_people(ro, 1, "ro")
        assert "데이터 폴더에 쓸 수 없어 저장하지 못했습니다" in str(err.value)
    finally:
        ro.close()
    assert counts(people) == (1, 1)


@pytest.mark.parametrize("code, expected", [(14, StoreReadOnly), (8 | (1 << 8), StoreReadOnly), (13, StoreFull),
                                            (5 | (2 << 8), StoreBusy), (1, type(None))])
def test_sqlite_result_codes_map_to_the_users_sentence(code, expected):
    exc = sqlite3.OperationalError("x")
    exc.sqlite_errorcode = code
    assert isinstance(store_engine.store_error(exc), expected)


def test_two_contexts_in_one_process_see_each_others_saves_and_open_once(people, paths):
    """The window's sync thread opens its own context on the same file: no second daily backup, no
    second look at the file, and a save on either is visible to the next read on the other."""
    for old in backup.backups_of(paths.backups, "daily"):
        old.unlink()
    from heemang_desktop.store import migrate

    calls = []
    real = migrate.read_revisions
    migrate.read_revisions = lambda p: calls.append(p) or real(p)
    try:
        sync_ctx = open_app(paths)
    finally:
        migrate.read_revisions = real
    try:
        assert calls == [] and backup.backups_of(paths.backups, "daily") == []
        sync_ctx.actor = people.actor
        with sync_ctx.store.session() as s:  # an older read transaction on the other connection...
            s.scalar(select(func.count()).select_from(Person))
        add_people(people, 2, "db")
        assert counts(sync_ctx) == (2, 2)  # ...does not hide the new rows from its next read
        add_people(sync_ctx, 1, "sync")
        assert counts(people) == (3, 3)
    finally:
        sync_ctx.close()
    add_people(people, 1, "still")  # closing the second leaves the first working
    assert counts(people) == (4, 4)
