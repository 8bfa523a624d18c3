"""`receipts setup / issue / void / reissue / book` end to end, as the checks run them."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import load_workbook

from heemang_desktop.cli import main
from heemang_desktop.donations import service


def _run(capsys, *argv) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_issue_the_year_void_reissue_and_the_books(ctx, paths, tmp_path, capsys):
    a = service.add_donor(ctx, service.DonorInput(name="김후원", phone="010-1111-2222",
                                                  resident_number="800101-1234567", receipt_wanted=True))
    b = service.add_donor(ctx, service.DonorInput(name="이나눔", phone="010-3333-4444"))  # no consent, no number
    for d in (a, b):
        service.record_gift(ctx, service.GiftInput(d.id, date(2026, 5, 1), "계좌이체", 100_000))
    data_dir = str(paths.data_dir)
    ctx.close()
    base = ("--data-dir", data_dir, "receipts")
    _run(capsys, *base, "setup", "--number", "123-82-12345", "--address", "서울특별시 종로구 희망로 1", "--json")
    out = tmp_path / "pdf"
    issued = _run(capsys, *base, "issue", "--year", "2026", "--out", str(out), "--date", "2027-01-10", "--json")
    assert (issued["numbers"], issued["files"]) == (["2026-A-0001"], 1)
    assert issued["left_out"] == [{"donor_no": "D-00002", "name": "이나눔", "gifts": 1, "total": 100_000,
                                   "reason": "영수증 발급 동의가 없습니다"}]
    assert [p.name for p in out.iterdir()] == ["기부금영수증_2026-A-0001_D-00001.pdf"]
    again = _run(capsys, *base, "issue", "--year", "2026", "--out", str(out), "--json")
    assert (again["issued"], again["already_issued"], again["files"]) == (0, 1, 0)

    voided = _run(capsys, *base, "void", "2026-A-0001", "--reason", "주소 오기", "--json")
    assert (voided["state"], voided["reason"]) == ("취소", "주소 오기")
    new = _run(capsys, *base, "reissue", "2026-A-0001", "--out", str(tmp_path / "new.pdf"), "--json")
    assert (new["number"], new["replaces"], new["total"]) == ("2026-A-0002", "2026-A-0001", 100_000)
    assert (tmp_path / "new.pdf").stat().st_size > 0

    book = _run(capsys, *base, "book", "--year", "2026", "--out", str(tmp_path / "book.xlsx"), "--json")
    assert book["rows"] == 2
    states = [(r[0].value, r[8].value) for r in load_workbook(tmp_path / "book.xlsx").active.iter_rows(min_row=3)]
    assert states == [("2026-A-0001", "취소"), ("2026-A-0002", "발급")]
    _run(capsys, *base, "book", "--year", "2026", "--statement", "--out", str(tmp_path / "st.xlsx"), "--json")
    assert load_workbook(tmp_path / "st.xlsx").active.cell(1, 1).value.startswith("2026년 기부금영수증 발급명세")


def test_void_of_an_unknown_number_is_one_korean_line(ctx, paths, capsys):
    data_dir = str(paths.data_dir)
    ctx.close()
    assert main(["--data-dir", data_dir, "receipts", "void", "2026-Z-0009", "--reason", "x"]) == 1
    assert "기부금영수증 2026-Z-0009을(를) 찾을 수 없습니다" in capsys.readouterr().err
