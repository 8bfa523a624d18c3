"""`heemang-desktop sync --once` exit codes, and `status --json`'s sync figures."""

from __future__ import annotations

import io
import json

import pytest
from harness_central import PASSWORD, free_port
from notes import add_note, add_notes, edit_note
from sync_helpers import engine_for

from heemang_desktop import cli


def run(monkeypatch, capsys, paths, *args, password: str | None = PASSWORD) -> tuple[int, dict]:
    if password is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        args = (*args, "--password-stdin")
    code = cli.main(["--data-dir", str(paths.data_dir), *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_once_exit_codes_say_why_changes_remain(sctx, central, paths, monkeypatch, capsys, second_pc):
    add_notes(sctx, 3)
    code, out = run(monkeypatch, capsys, paths, "sync", "--server", f"http://127.0.0.1:{free_port()}",
                    "--user", "sync", "--once")
    assert code == 2 and out["queued"] == 3 and out["error_kind"] == "offline"

    central.maintenance(True, "2026-09-05T18:00:00+09:00")
    code, out = run(monkeypatch, capsys, paths, "sync", "--server", central.url, "--once")
    assert code == 3 and out["state"] == "maintenance" and out["until"] == "2026-09-05T18:00:00+09:00"
    central.maintenance(False)

    code, out = run(monkeypatch, capsys, paths, "sync", "--once", password="wrong-password")
    assert code == 4

    code, out = run(monkeypatch, capsys, paths, "sync", "--once")  # server and user remembered in settings
    assert code == 0 and out["drained"] and out["pushed"] == {"applied": 3}

    # A conflict: another PC edits first.
    nid = add_note(sctx, "공유", 1)
    assert run(monkeypatch, capsys, paths, "sync", "--once")[0] == 0
    assert engine_for(second_pc, central.url).run_once().drained
    edit_note(second_pc, nid, amount=2)
    assert engine_for(second_pc, central.url).run_once().drained
    edit_note(sctx, nid, amount=3)
    code, out = run(monkeypatch, capsys, paths, "sync", "--once")
    assert code == 5 and out["conflicts"] == 1

    code, status = run(monkeypatch, capsys, paths, "status", password=None)
    assert code == 0 and status["conflicts"] == 1 and status["rejected"] == 0 and status["last_sync"]
    assert status["queued"] == 0


def test_password_comes_from_the_keyring_without_stdin(sctx, central, paths, monkeypatch, capsys):
    from heemang_desktop.sync.credentials import account_of, remember

    add_notes(sctx, 1)
    remember(sctx, account_of(sctx, central.url, "sync"), PASSWORD)
    code, out = run(monkeypatch, capsys, paths, "sync", "--once", password=None)
    assert code == 0 and out["drained"]


@pytest.mark.parametrize("url", ["http://example.com", "ftp://x"])
def test_plain_http_only_to_loopback(sctx, paths, monkeypatch, capsys, url):
    code = cli.main(["--data-dir", str(paths.data_dir), "sync", "--server", url, "--user", "u", "--once"])
    assert code == 1 and "https" in capsys.readouterr().err


def test_a_password_typed_for_the_run_is_checked_even_with_a_saved_token(sctx, central, paths, monkeypatch, capsys):
    """A wrong --password-stdin synced anyway when an earlier login's token was in the keyring."""
    add_note(sctx, "첫 기록", 1000)
    code, _ = run(monkeypatch, capsys, paths, "sync", "--server", central.url, "--user", "sync", "--once")
    assert code == 0
    add_note(sctx, "둘째 기록", 2000)
    code, out = run(monkeypatch, capsys, paths, "sync", "--once", password="wrong-password")
    assert code == 4 and out["queued"] == 1 and len(central.changes()) == 1
    code, out = run(monkeypatch, capsys, paths, "sync", "--once", password=None)  # no password: the saved token
    assert code == 0 and out["drained"]
