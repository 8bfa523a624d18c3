"""Every --month/--period reads a month the same ways and refuses with one sentence; an --out file
of the wrong kind is refused before anything is written."""

from __future__ import annotations

import json

import pytest

from heemang_desktop.cli import MONTH_ERROR, main, month_arg


@pytest.mark.parametrize("text", ["2026-10", "2026.10", "2026/10", "202610", "2026년 10월", "2026년10월", " 2026-10 "])
def test_the_ways_people_write_a_month_all_read_as_october(text):
    assert month_arg(text) == "2026-10"


def test_a_one_digit_month_is_padded():
    assert month_arg("2026-1") == "2026-01"


@pytest.mark.parametrize("command", [
    ["payroll", "run"], ["cms", "blackout"], ["donations", "book"], ["audit", "review"],
    ["accounting", "close-month"], ["attendance", "export", "a.xlsx"], ["subjects", "fee-ledger", "f.xlsx"],
])
def test_every_month_option_refuses_a_month_without_a_year_in_the_same_words(paths, capsys, command):
    assert main(["--data-dir", str(paths.data_dir), *command, "--month", "10월"]) == 1
    assert f"오류: {MONTH_ERROR}: 10월" in capsys.readouterr().err


def test_reports_draft_period_takes_the_same_months(paths, capsys):
    assert main(["--data-dir", str(paths.data_dir), "reports", "draft", "입퇴소보고", "--period", "10월",
                 "--json"]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["error"].startswith(MONTH_ERROR) and MONTH_ERROR in out.err


def test_payroll_reads_a_month_written_2026_1_as_january(ctx, paths, capsys):
    ctx.close()  # no staff: the run finds no register, for the month it was given
    assert main(["--data-dir", str(paths.data_dir), "payroll", "run", "--month", "2026-1"]) == 1
    err = capsys.readouterr().err
    assert "2026-01 급여대장이 없습니다" in err and MONTH_ERROR not in err


@pytest.mark.parametrize("command, wrong, kinds", [
    (["payroll", "withholding-return", "--month", "2026-10", "--out"], "wr.pdf", ".xlsx"),
    (["payroll", "day-laborer-statement", "--month", "2026-10", "--out"], "d.pdf", ".xlsx"),
    (["reports", "export", "some-id", "--out"], "r.docx", ".xlsx 또는 .pdf"),
    (["report", "settlement", "--year", "2026", "--out"], "s.xls", ".xlsx 또는 .pdf"),
    (["report", "settlement", "--year", "2026"], "s.hwp", ".xlsx 또는 .pdf"),
    (["donations", "usage-report", "--year", "2026", "--out"], "u.csv", ".xlsx 또는 .pdf"),
    (["assets", "register", "--category", "비품", "--out"], "a.txt", ".xlsx 또는 .pdf"),
    (["receipts", "reissue", "2026-A-0001", "--out"], "r.xlsx", ".pdf"),
    (["receipts", "book", "--year", "2026", "--out"], "b.pdf", ".xlsx"),
])
def test_an_out_file_of_the_wrong_kind_is_refused_and_not_written(paths, tmp_path, capsys, command, wrong, kinds):
    target = tmp_path / wrong
    assert main(["--data-dir", str(paths.data_dir), *command, str(target)]) == 1
    assert f"저장할 파일은 {kinds} 파일이어야 합니다" in capsys.readouterr().err
    assert not target.exists()
