"""`import donors` (후원자 layout, one row per pledge): saved donors and pledges, the same file twice,
rows of one donor that disagree, a duplicate of a registered donor, the CLI and the template."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import Workbook, load_workbook

from heemang_desktop.cli import main
from heemang_desktop.donations import service
from heemang_desktop.donations.donor_import import import_donors

HEADER = ["후원자번호", "성명", "약정구분", "약정금액", "납부방법", "생년월일", "주민등록번호", "휴대전화", "출금일",
          "지정구분", "지정목적", "은행", "계좌번호", "예금주", "CMS등록일", "영수증발급"]
ROWS = [
    ["D-1", "김후원", "정기", "30,000", "CMS", "800101", "", "010-1111-2222", 25, "", "", "국민은행",
     "123-45-678901", "김후원", "2024-03-05", "예"],
    ["D-1", "김후원", "일시", 100000, "계좌이체", "800101", "", "010-1111-2222", None, "지정", "경로잔치", "", "",
     "", None, "예"],
    ["D-2", "이나눔", "매월", 10000, "자동이체", date(1975, 5, 6), "750506-2234567", "010-3333-4444", "10일", "",
     "", "신한은행", "110-222-333444", "이나눔", None, "N"],
]


def _book(path, rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.title = "후원자"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_saves_donors_and_pledges_and_twice_changes_nothing(ctx, tmp_path):
    path = _book(tmp_path / "donors.xlsx", ROWS)
    first = import_donors(ctx, path)
    assert first.ok and (first.read, first.created) == (3, 3), first.as_dict()
    kim = service.search_donors(ctx, "김후원")[0]
    pledges = sorted(service.donor_pledges(ctx, kim.id), key=lambda p: p.amount)
    assert [(p.pledge_kind, p.amount, p.method, p.cms_state) for p in pledges] == [
        ("정기", 30000, "CMS", "등록"), ("일시", 100000, "계좌이체", "")]
    assert pledges[0].cms_registered_on == date(2024, 3, 5) and pledges[0].bank_account_masked == "***-**-**8901"
    lee = service.get_donor(ctx, service.search_donors(ctx, "이나눔")[0].id)
    assert (lee.birth_ymd, lee.resident_number_masked, lee.receipt_wanted) == ("750506", "750506-2******", False)
    assert [(p.method, p.debit_day, p.cms_state) for p in service.donor_pledges(ctx, lee.id)] == [("CMS", 10, "신청")]
    second = import_donors(ctx, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3), second.as_dict()


def test_rows_of_one_donor_that_disagree_are_an_error_naming_both_rows(ctx, tmp_path):
    rows = [r[:] for r in ROWS]
    rows[1][7] = "010-9999-9999"
    report = import_donors(ctx, _book(tmp_path / "bad.xlsx", rows))
    assert not report.saved and service.search_donors(ctx) == []
    [error] = report.rejected
    assert (error.row, error.column) == (3, "휴대전화")
    assert "2행과 3행" in error.reason and "D-1" in error.reason


def test_a_registered_donor_under_a_new_number_is_reported_with_the_existing_donor(ctx, tmp_path):
    service.add_donor(ctx, service.DonorInput(name="이나눔", donor_no="OLD-7", phone="010-3333-4444"))
    report = import_donors(ctx, _book(tmp_path / "dup.xlsx", ROWS))
    assert not report.saved
    [error] = report.rejected
    assert error.row == 4 and "이나눔 (후원자번호 OLD-7)" in error.reason
    assert [d.donor_no for d in service.search_donors(ctx)] == ["OLD-7"]


def test_bad_cells_and_pledge_rules_are_reported_per_row(ctx, tmp_path):
    rows = [r[:] for r in ROWS]
    rows[0][3] = 100  # a CMS debit under 140 won never goes out
    rows[1][9] = "지정"
    rows[1][10] = ""  # 지정 without its purpose
    rows[2][8] = "32"
    report = import_donors(ctx, _book(tmp_path / "bad.xlsx", rows))
    assert not report.saved
    reasons = {(e.row, e.column): e.reason for e in report.rejected}
    assert "140원" in reasons[(2, "약정금액")]
    assert "지정목적" in reasons[(3, "지정목적")]
    assert "1~31" in reasons[(4, "출금일")]


def test_cli_template_import_dry_run_and_json(ctx, paths, tmp_path, capsys):
    data_dir = str(paths.data_dir)
    ctx.close()
    tpl = tmp_path / "tpl.xlsx"
    assert main(["--data-dir", data_dir, "template", "donors", str(tpl)]) == 0
    header = [c.value for c in load_workbook(tpl)["후원자"][1]]
    assert header[:5] == ["후원자번호*", "성명*", "약정구분*", "약정금액*", "납부방법*"] and "CMS등록일" in header
    path = _book(tmp_path / "donors.xlsx", ROWS)
    capsys.readouterr()
    assert main(["--data-dir", data_dir, "import", "donors", str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["created"], out["saved"], out["dry_run"]) == (3, False, True)
    assert main(["--data-dir", data_dir, "import", "donors", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["saved"] is True
    assert main(["--data-dir", data_dir, "import", "donors", str(path)]) == 0
    assert "그대로 3" in capsys.readouterr().out


def test_an_organisation_by_its_name_column_goes_to_eb13_with_its_business_number(ctx, tmp_path):
    header = ["후원자번호", "단체명", "약정구분", "약정금액", "납부방법", "사업자번호", "휴대전화", "출금일", "은행",
              "계좌번호", "예금주"]
    path = _book(tmp_path / "org.xlsx", [["C-1", "(주)나눔상사", "정기", "500,000", "CMS", "220-81-62517",
                                          "02-555-1234", 5, "신한은행", "140-000-123456", "(주)나눔상사"]], header)
    report = import_donors(ctx, path)
    assert report.ok and report.created == 1, report.as_dict()
    org = service.get_donor(ctx, service.search_donors(ctx, "나눔상사")[0].id)
    assert (org.donor_kind, org.business_number, org.resident_number_masked) == ("단체", "2208162517", "")
    service.set_cms_setup(ctx, service.CmsSetup("9912345678"))
    service.write_eb13(ctx, tmp_path / "eb13.txt", date(2026, 10, 5))
    record = (tmp_path / "eb13.txt").read_bytes()[120:240]
    assert b"2208162517" in record and b"140000123456" in record  # the whole business number, never a RRN
