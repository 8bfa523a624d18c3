"""`heemang-desktop audit list|review`: what the checks read and what an admin marks."""

from __future__ import annotations

import json

from heemang_desktop.audit import service as audit
from heemang_desktop.context import Actor


def test_list_filters_and_review_marks_a_finished_month(ctx, paths, capsys):
    from heemang_desktop.cli import main

    with ctx.transaction() as session:
        audit.record_access(session, ctx, audit.REVEAL_ACCOUNT_NUMBER, "employee", "e-7", "이체 확인")
        audit.record_access(session, Actor("kim", "김복지", "social_worker"), audit.PRINT, "payslip", "p-1")
    ctx.close()
    d = ["--data-dir", str(paths.data_dir)]
    assert main(d + ["audit", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)["records"]
    assert sorted((r["user"], r["kind"], r["entity_id"]) for r in records) == [
        ("admin", "reveal_account_number", "e-7"), ("kim", "print", "p-1")]
    assert main(d + ["audit", "list", "--user", "kim", "--kind", "print", "--json"]) == 0
    assert [r["entity"] for r in json.loads(capsys.readouterr().out)["records"]] == ["payslip"]
    assert main(d + ["audit", "list", "--from", "2001-01-01", "--to", "2001-01-31"]) == 0
    assert "해당 조건의 접속기록이 없습니다." in capsys.readouterr().out
    assert main(d + ["audit", "list"]) == 0
    assert "계좌번호 조회" in capsys.readouterr().out
    assert main(d + ["audit", "review", "--month", "2001-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reviewed_by"] == "admin"
    assert main(d + ["audit", "review", "--month", "2999-01"]) == 1
    assert "아직 끝나지 않은 달" in capsys.readouterr().err
