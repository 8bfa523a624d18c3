"""Setup and the CLI: init, status, backup; a second init changes nothing."""

from __future__ import annotations

import json

from heemang_desktop.cli import main

INIT = ["init", "--facility-code", "K0161", "--facility-name", "희망요양원", "--facility-type", "노인요양시설",
        "--user-id", "kim", "--user-name", "김회계", "--role", "회계담당"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_status_json(tmp_path, capsys):
    d = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", d, *INIT, "--json")
    assert code == 0
    init = json.loads(out)
    assert len(init["recovery_code"].split("-")) == 14
    code, out, _ = run(capsys, "--data-dir", d, "status", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["facility"] == {"code": "K0161", "name": "희망요양원", "type": "노인요양시설"}
    assert status["database"].endswith("heemang.sqlite3")
    assert status["schema_revision"]
    assert status["queued"] == 0
    assert status["last_sync"] is None


def test_second_init_refuses_and_changes_nothing(tmp_path, capsys):
    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), *INIT)
    before = (d / "heemang.sqlite3").read_bytes()
    code, _, err = run(capsys, "--data-dir", str(d), *INIT[:-2], "--role", "관리자")
    assert code == 1
    assert "이미 설정된 데이터베이스" in err
    assert (d / "heemang.sqlite3").read_bytes() == before


def test_env_var_sets_data_dir(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("HEEMANG_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, *INIT)[0] == 0
    assert (tmp_path / "env" / "heemang.sqlite3").exists()


def test_bad_setup_input_is_refused_in_korean(tmp_path, capsys):
    d = tmp_path / "d"
    code, _, err = run(capsys, "--data-dir", str(d), *[a if a != "노인요양시설" else "우주정거장" for a in INIT])
    assert code == 1
    assert "알 수 없는 시설 유형" in err
    assert not (d / "heemang.sqlite3").exists()


def test_backup_command_writes_a_readable_copy(tmp_path, capsys):
    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), *INIT)
    dest = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--data-dir", str(d), "backup", "--to", str(dest), "--json")
    assert code == 0 and json.loads(out)["backup"] == str(dest)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "d2"), "status")
    assert code == 1  # an empty folder is not a store
    import shutil

    (tmp_path / "d2").mkdir()
    shutil.copy(dest, tmp_path / "d2" / "heemang.sqlite3")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "d2"), "status", "--json")
    assert code == 0 and json.loads(out)["facility"]["code"] == "K0161"


def test_status_on_uninitialized_folder_says_so(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "status")
    assert code == 1
    assert "설정되지 않은 데이터 폴더" in err
