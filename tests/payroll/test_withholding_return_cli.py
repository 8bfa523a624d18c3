"""`payroll withholding-return` and `payroll day-laborer-statement` on a closed month (the fixture of
test_withholding_return: A01 3명 7,000,000원 108,620원; A03 2명 2,000,000원 8,100원)."""

from __future__ import annotations

import json

from test_withholding_return import MONTH, closed  # noqa: F401  (the fixture)

from heemang_desktop.cli import main


def test_the_return_and_the_statement_from_the_command_line(closed, paths, tmp_path, capsys):  # noqa: F811
    closed.close()
    out = tmp_path / "return.xlsx"
    assert main(["--data-dir", str(paths.data_dir), "payroll", "withholding-return", "--month", MONTH,
                 "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {r["code"]: r for r in data["rows"]}
    assert (rows["A01"]["people"], rows["A01"]["paid"], rows["A01"]["income_tax"]) == (3, 7_000_000, 108_620)
    assert (rows["A10"]["payable_income_tax"], rows["A03"]["local_tax"]) == (116_720, 810)
    assert out.exists() and any("위택스" in n for n in data["notes"])
    assert main(["--data-dir", str(paths.data_dir), "payroll", "withholding-return", "--month", MONTH,
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "  A99 총합계: 6명" in text and "  A01 근로소득 간이세액: 3명" in text and "총합계 총합계" not in text

    assert main(["--data-dir", str(paths.data_dir), "payroll", "day-laborer-statement", "--month", MONTH,
                 "--out", str(tmp_path / "day.xlsx")]) == 0
    assert "일용근로소득 지급명세서 2행을 저장했습니다" in capsys.readouterr().out


def test_an_open_month_is_refused_in_korean(ctx, paths, tmp_path, capsys):
    from test_withholding_return import _hire, _inputs

    from heemang_desktop.payroll import service

    service.run_month(ctx, MONTH, _inputs(_hire(ctx), MONTH))
    ctx.close()
    assert main(["--data-dir", str(paths.data_dir), "payroll", "withholding-return", "--month", MONTH,
                 "--out", str(tmp_path / "r.xlsx")]) != 0
    captured = capsys.readouterr()
    assert "마감되지 않았습니다" in captured.out + captured.err
    assert not (tmp_path / "r.xlsx").exists()
