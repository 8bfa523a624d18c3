"""`users add|list|password|role`: a headless site manages its users; the password comes from standard
input, never from an argument."""

from __future__ import annotations

import io
import json

import pytest

from heemang_desktop.cli import main
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.users import service as users


def _run(capsys, monkeypatch, argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_then_list_and_the_new_user_signs_in_with_the_password_from_stdin(ctx, paths, capsys, monkeypatch):
    base = ["--data-dir", str(paths.data_dir), "users"]
    # The sole admin has no password yet: a second user would make the PC shared, so it is asked first.
    code, _, err = _run(capsys, monkeypatch, [*base, "add", "kim", "--name", "김회계", "--role", "회계담당"],
                        "secret-1\n")
    assert code == 1 and "본인의 비밀번호를 먼저 정하세요" in err
    assert _run(capsys, monkeypatch, [*base, "password", "admin"], "admin-pw-1\n")[0] == 0

    code, out, _ = _run(capsys, monkeypatch, [*base, "add", "kim", "--name", "김회계", "--role", "회계담당",
                                              "--json"], "secret-1\n")
    assert code == 0
    assert json.loads(out) == {"login_id": "kim", "name": "김회계", "role": "accountant", "role_label": "회계담당",
                               "active": True, "has_password": True}
    assert "secret-1" not in out

    code, out, _ = _run(capsys, monkeypatch, [*base, "list", "--json"])
    assert [(u["login_id"], u["role_label"], u["has_password"]) for u in json.loads(out)] == [
        ("admin", "관리자", True), ("kim", "회계담당", True)]
    code, out, _ = _run(capsys, monkeypatch, [*base, "list"])
    assert "kim" in out and "김회계" in out and "2명" in out

    assert users.sign_in(ctx, "kim", "secret-1").role == "accountant"
    with pytest.raises(ValidationError):
        users.sign_in(ctx, "kim", "wrong-pw")


def test_no_password_argument_and_a_short_one_is_refused(ctx, paths, capsys, monkeypatch):
    base = ["--data-dir", str(paths.data_dir), "users"]
    with pytest.raises(SystemExit):  # argparse: there is no --password to put in the shell history
        _run(capsys, monkeypatch, [*base, "add", "lee", "--name", "이복지", "--role", "사회복지사",
                                   "--password", "secret-1"])
    code, _, err = _run(capsys, monkeypatch, [*base, "password", "admin"], "abc\n")
    assert code == 1 and "6자 이상" in err
    assert [u.login_id for u in users.list_users(ctx)] == ["admin"]


def test_only_an_admin_adds_users_and_roles_change(ctx, paths, capsys, monkeypatch):
    data_dir = ["--data-dir", str(paths.data_dir)]
    assert _run(capsys, monkeypatch, [*data_dir, "users", "password", "admin"], "admin-pw-1\n")[0] == 0
    assert _run(capsys, monkeypatch, [*data_dir, "users", "add", "kim", "--name", "김회계", "--role", "회계담당"],
                "secret-1\n")[0] == 0
    code, _, err = _run(capsys, monkeypatch, [*data_dir, "--user", "kim", "users", "add", "lee", "--name", "이복지",
                                              "--role", "사회복지사"], "secret-2\n")
    assert code == 1 and "관리자만" in err
    code, out, _ = _run(capsys, monkeypatch, [*data_dir, "users", "role", "kim", "인사담당"])
    assert code == 0 and "김회계 → 인사담당" in out
    code, _, err = _run(capsys, monkeypatch, [*data_dir, "users", "role", "kim", "사장"])
    assert code == 1 and "알 수 없는 역할입니다" in err
    assert {u.login_id: u.role for u in users.list_users(ctx)} == {"admin": "admin", "kim": "hr_officer"}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_password_is_asked_twice_and_must_match(ctx, paths, capsys, monkeypatch):
    answers = iter(["admin-pw-1", "admin-pw-2", "admin-pw-1", "admin-pw-1"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin", _Terminal())
    argv = ["--data-dir", str(paths.data_dir), "users", "password", "admin"]
    capsys.readouterr()
    assert main(argv) == 1
    assert "두 번 입력한 비밀번호가 다릅니다" in capsys.readouterr().err
    assert users.list_users(ctx)[0].password_hash is None
    assert main(argv) == 0
    assert users.sign_in(ctx, "admin", "admin-pw-1").login_id == "admin"
