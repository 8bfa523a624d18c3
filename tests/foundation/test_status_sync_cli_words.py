"""`status` prints the last sync in Seoul time as the window does (--json keeps UTC); `sync` without
a server or user says which option of the command gives it."""

from __future__ import annotations

import json

from heemang_desktop.cli import main
from heemang_desktop.sync.state import LAST_SYNC, set_state


def test_status_prints_the_last_sync_in_seoul_time_and_json_keeps_utc(ctx, paths, capsys):
    with ctx.transaction() as session:
        set_state(session, LAST_SYNC, "2026-12-01T23:30:00+00:00")
    ctx.close()
    d = ["--data-dir", str(paths.data_dir)]
    assert main([*d, "status"]) == 0
    assert "마지막 동기화: 2026-12-02 08:30" in capsys.readouterr().out
    assert main([*d, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["last_sync"] == "2026-12-01T23:30:00+00:00"


def test_sync_without_a_server_names_the_command_option(ctx, paths, capsys):
    ctx.close()
    d = ["--data-dir", str(paths.data_dir)]
    assert main([*d, "sync", "--once"]) == 1
    err = capsys.readouterr().err
    assert "sync --server 주소" in err and "동기화 로그인" not in err
    assert main([*d, "sync", "--once", "--server", "https://central.example.kr"]) == 1
    err = capsys.readouterr().err
    assert "sync --user 사용자ID" in err and "동기화 로그인" not in err
