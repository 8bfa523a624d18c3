"""`donations book` and `donations usage-report` end to end (figures of test_income's September)."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from test_income import september  # noqa: F401 - a fixture

from heemang_desktop.cli import main


def _run(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_book_preview_book_again_and_report(ctx, paths, september, tmp_path, capsys):  # noqa: F811
    data_dir = str(paths.data_dir)
    ctx.close()
    preview = _run(capsys, "--data-dir", data_dir, "donations", "book", "--month", "2026-09", "--preview", "--json")
    assert (preview["saved"], len(preview["resolutions"]), preview["total"]) == (False, 4, 900_000)
    booked = _run(capsys, "--data-dir", data_dir, "donations", "book", "--month", "2026-09", "--json")
    assert [(r["number"], r["designation"], r["total"]) for r in booked["resolutions"]] == [
        ("2026-수입-0001", "비지정", 30_000), ("2026-수입-0002", "지정", 520_000),
        ("2026-수입-0003", "비지정", 150_000), ("2026-수입-0004", "지정", 200_000)]
    assert booked["in_kind_left_out"] == 1
    again = _run(capsys, "--data-dir", data_dir, "donations", "book", "--month", "2026-09", "--json")
    assert (again["booked"], again["already_booked"]) == (0, 6)
    listed = _run(capsys, "--data-dir", data_dir, "resolutions", "list", "--year", "2026", "--json")
    assert sorted(r["total"] for r in listed) == [30_000, 150_000, 200_000, 520_000]

    out = tmp_path / "usage.xlsx"
    report = _run(capsys, "--data-dir", data_dir, "donations", "usage-report", "--year", "2026", "--out", str(out),
                  "--json")
    assert report["file"] == str(out)
    values = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert 1_350_000 in values and "김개인" not in values


def test_income_setup_by_month_then_book_a_day(ctx, paths, september, capsys):  # noqa: F811
    data_dir = str(paths.data_dir)
    ctx.close()
    setup = _run(capsys, "--data-dir", data_dir, "donations", "income-setup", "--by", "month", "--json")
    assert (setup["grouping"], setup["deposit_accounts"]) == ("month", ["농협 후원금전용 301-0000-0000-01"])
    day = _run(capsys, "--data-dir", data_dir, "donations", "book", "--day", "2026-09-15", "--json")
    assert [(r["designation"], r["total"], r["gifts"]) for r in day["resolutions"]] == [("비지정", 150_000, 2)]
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "donations", "book", "--month", "2026-09"]) == 0
    text = capsys.readouterr().out
    assert "후원금 4건 750,000원을 수입결의서 2장으로 결의했습니다." in text
    assert "이미 결의한 후원금 2건은 건너뛰었습니다." in text and "현물 후원 1건" in text
