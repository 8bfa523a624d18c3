"""Full re-sync on a store whose rows were damaged behind the app's back: the sanity check notices,
the re-sync backs up and exports first, restores every row from the server, sets aside what only
this PC has, keeps the unsent edit on top, says what differed, and both sides agree again."""

from __future__ import annotations

import json
import sqlite3
import uuid

from notes import add_note, edit_note, get_note
from sync_helpers import engine_for

from heemang_desktop.status import status
from heemang_desktop.sync.resync import ADDED, RESTORED, SET_ASIDE, full_resync


def _damage(ctx, changed: str, lost: str) -> str:
    """Another program edits the file: an amount changed, a row deleted, a row inserted. No outbox."""
    stray = str(uuid.uuid4())
    con = sqlite3.connect(ctx.paths.database)
    with con:
        con.execute("UPDATE test_sync_note SET amount = 999999 WHERE id = ?", (changed,))
        con.execute("DELETE FROM test_sync_note WHERE id = ?", (lost,))
        con.execute("INSERT INTO test_sync_note (id, facility_id, version, server_version, deleted, created_at, "
                    "created_by, updated_at, updated_by, title, amount) SELECT ?, facility_id, 2, 0, 0, created_at, "
                    "created_by, updated_at, updated_by, '몰래 넣은 기록', 1 FROM test_sync_note LIMIT 1", (stray,))
    con.close()
    return stray


def test_a_damaged_store_is_put_right_and_the_unsent_edit_survives(sctx, central):
    changed, lost, edited = (add_note(sctx, t, a)
                             for t, a in (("바뀐 기록", 1000), ("잃은 기록", 2000), ("고칠 기록", 3000)))
    assert engine_for(sctx, central.url).run_once().drained
    stray = _damage(sctx, changed, lost)
    checked = engine_for(sctx, central.url).run_once()
    assert checked.sanity == ["test_note"] and "점검" in checked.error  # the sanity check notices
    assert get_note(sctx, changed).amount == 999999  # an ordinary pull does not repair it
    edit_note(sctx, edited, amount=3500)  # an unsent change (made offline, say) before the re-sync

    report = full_resync(engine_for(sctx, central.url))
    assert report.backup.exists() and report.backup.stat().st_size > 0
    exported = json.loads(report.export.read_text(encoding="utf-8"))
    assert [e["entity_id"] for e in exported["unsent"]] == [edited]
    aside = json.loads(next(report.export.parent.glob("resync-*-set-aside.json")).read_text(encoding="utf-8"))
    assert [r["payload"]["title"] for r in aside["records"]] == ["몰래 넣은 기록"]

    assert report.counts == {RESTORED: 1, ADDED: 1, SET_ASIDE: 1} and report.unsent_kept == 1
    assert {(d.entity_id, d.what) for d in report.differences} == {(changed, RESTORED), (lost, ADDED),
                                                                  (stray, SET_ASIDE)}
    assert all("서버" in d.text or "다시 받음" in d.text for d in report.differences)
    assert get_note(sctx, changed).amount == 1000 and get_note(sctx, lost).amount == 2000
    assert get_note(sctx, stray) is None
    assert get_note(sctx, edited).amount == 3500 and status(sctx)["queued"] == 1  # still on its way
    assert report.sanity == []  # both sides agree again (the unsent edit is left out of the count)

    after = engine_for(sctx, central.url).run_once()
    assert after.drained and after.sanity == []
    assert '"amount":3500' in central.entities()[edited]["payload"]


def test_nothing_changes_when_the_pull_fails_half_way(sctx, central, monkeypatch):
    ids = [add_note(sctx, f"기록 {i}", i) for i in range(5)]
    assert engine_for(sctx, central.url).run_once().drained
    _damage(sctx, ids[0], ids[1])
    engine = engine_for(sctx, central.url, page=2)
    real_pull, calls = engine.transport.pull, []

    def failing_pull(token, cursor, limit):
        calls.append(cursor)
        if len(calls) == 2:
            raise OSError("network gone")
        return real_pull(token, cursor, limit)

    monkeypatch.setattr(engine.transport, "pull", failing_pull)
    try:
        full_resync(engine)
    except OSError:
        pass
    assert get_note(sctx, ids[0]).amount == 999999 and get_note(sctx, ids[1]) is None  # as it was


def test_the_cli_asks_for_yes_then_repairs(sctx, central, paths, monkeypatch, capsys):
    import io

    from harness_central import PASSWORD

    from heemang_desktop import cli

    ids = [add_note(sctx, f"기록 {i}", i) for i in range(3)]
    assert engine_for(sctx, central.url).run_once().drained
    _damage(sctx, ids[0], ids[1])
    base = ["--data-dir", str(paths.data_dir), "sync", "--server", central.url, "--user", "sync", "--resync"]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main([*base, "--password-stdin"]) == 2  # not a terminal and no --yes: nothing done
    assert "--yes" in capsys.readouterr().err and get_note(sctx, ids[0]).amount == 999999

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main([*base, "--password-stdin", "--yes", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"] == {"restored": 1, "added": 1, "set_aside": 1} and out["sanity"] == []
    assert get_note(sctx, ids[0]).amount == 0 and get_note(sctx, ids[1]).amount == 1
