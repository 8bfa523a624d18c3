"""Schema migrations (Alembic, SQLite batch mode) and the checks made before opening a file.

`python -m heemang_desktop.store.migrate new "message" REV_ID` writes a new revision from the
models (autogenerate against a scratch database at the current heads) for a developer to review.
"""

from __future__ import annotations

import ast
import functools
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from heemang_desktop.store.engine import APPLICATION_ID, ro_uri, store_error, writer
from heemang_desktop.store.errors import NewerDatabase, NotAHeemangDatabase, RestoreFailed, StoreBusy

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("file_template", "%%(rev)s")
    return cfg


_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


@functools.cache
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, read from the version files' headers without Alembic.

    Opening an up-to-date store is the common case, and importing Alembic (or parsing whole
    migration files) for it would cost start-up time; a test checks this against Alembic's reading.
    """
    graph = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        with path.open(encoding="utf-8") as fh:
            head = fh.read(4096)  # the identifiers stand at the top of every revision file
        found = {name: ast.literal_eval(value) for name, value in _ASSIGN.findall(head)}
        rev, down = found.get("revision"), found.get("down_revision")
        if rev:
            graph[rev] = tuple(down) if isinstance(down, (tuple, list)) else ((down,) if down else ())
    return graph


def head_revisions() -> frozenset[str]:
    graph = _revision_graph()
    referenced = {d for downs in graph.values() for d in downs}
    return frozenset(graph) - referenced


def known_revisions() -> frozenset[str]:
    return frozenset(_revision_graph())


def read_revisions(path: Path) -> frozenset[str]:
    """The schema revisions recorded in a file, after checking the file is one of ours.

    Everything goes through SQLite, on a fresh read-only connection: never `open()` the file (or
    its -wal/-shm). On POSIX, closing any descriptor of the database drops every SQLite lock this
    process holds on it, and another process may then checkpoint and delete the -wal under an open
    connection: that corrupted stores (issue 10). A read-only connection never writes or
    checkpoints, so a foreign or damaged file is left as it was.
    """
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise NotAHeemangDatabase(path, f"파일을 열 수 없음: {exc}") from exc
    try:
        # schema_version reads the header: a file that is not SQLite fails here (SQLITE_NOTADB).
        conn.execute("PRAGMA schema_version").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAHeemangDatabase(path, "다른 프로그램의 SQLite 파일")
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(store_error(exc), StoreBusy):  # locked, not damaged: say so
            raise StoreBusy() from exc
        detail = "SQLite 파일이 아님" if getattr(exc, "sqlite_errorcode", 0) == 26 else f"데이터베이스 오류: {exc}"
        raise NotAHeemangDatabase(path, detail) from exc
    finally:
        conn.close()
    return frozenset(r[0] for r in rows)


def check_revisions(path: Path, current: frozenset[str]) -> bool:
    """True when the file needs migrating; raises when it is from a newer app."""
    unknown = current - known_revisions()
    if unknown:
        raise NewerDatabase(path, ", ".join(sorted(unknown)))
    return current != head_revisions()


def upgrade(engine) -> None:
    from alembic import command

    cfg = _config()
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def _shape(conn: sqlite3.Connection) -> tuple:
    """The schema and every table's row count: what a failed migration could have left changed."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    counts = [conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables]  # noqa: S608
    return tuple(schema), tuple(counts)


def _read_shape(path: Path) -> tuple | None:
    try:
        conn = sqlite3.connect(ro_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            return None
        return _shape(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def undo_failed_upgrade(path: Path, saved: Path) -> bool:
    """After a failed upgrade, make sure the file is the one backed up just before it: never leave a
    half-migrated store. The migration runs in one transaction, so the file is normally as it was
    (then nothing is copied: False); a step that committed on its own, or a file left damaged, is
    replaced by the backup through SQLite's backup API (True). Raises RestoreFailed when it cannot."""
    expected = _read_shape(saved)
    if expected is None:
        raise RestoreFailed(path, saved, "바꾸기 전 백업을 읽을 수 없음")
    if _read_shape(path) == expected:
        return False
    try:
        src = sqlite3.connect(ro_uri(saved), uri=True)
        try:
            dst = sqlite3.connect(path)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")  # the backup copy is in DELETE mode; the store is WAL
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise RestoreFailed(path, saved, str(exc)) from exc
    if _read_shape(path) != expected:
        raise RestoreFailed(path, saved, "되돌린 파일이 백업과 다름")
    return True


def _new_revision(message: str, rev_id: str) -> None:
    from alembic import command

    from heemang_desktop.store import registry  # noqa: F401  (loads every model)
    from heemang_desktop.store.engine import make_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "scratch.sqlite3")
        upgrade(engine)
        cfg = _config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "new":
        sys.exit('usage: python -m heemang_desktop.store.migrate new "message" REV_ID')
    _new_revision(sys.argv[2], sys.argv[3])
