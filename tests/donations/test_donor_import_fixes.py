"""What a tester found in the donor import and card: a blank contact cell on a later row of a donor is
"as above", a duplicate is blamed on the right row when the donor's first row has an error, a business
number failing its check digit is refused where it is typed, phone numbers are stored one way, and the
messages' particles follow the word."""

from __future__ import annotations

import pytest

from heemang_desktop.donations import service
from heemang_desktop.donations.donor_import import import_donors
from heemang_desktop.store.errors import ValidationError
from tests.donations.test_donor_import import HEADER, ROWS, _book


def test_a_blank_phone_on_a_donors_later_row_means_the_same_as_above(ctx, tmp_path):
    rows = [r[:] for r in ROWS]
    rows[1][7] = ""  # 김후원's second pledge: 휴대전화 left blank
    report = import_donors(ctx, _book(tmp_path / "blank.xlsx", rows))
    assert report.saved and report.rejected == [], report.as_dict()
    [kim] = service.search_donors(ctx, "김후원")
    assert kim.phone == "010-1111-2222" and len(service.donor_pledges(ctx, kim.id)) == 2


def test_a_phone_given_only_on_a_later_row_is_kept(ctx, tmp_path):
    rows = [r[:] for r in ROWS]
    rows[0][7] = ""
    report = import_donors(ctx, _book(tmp_path / "later.xlsx", rows))
    assert report.saved, report.as_dict()
    assert service.search_donors(ctx, "김후원")[0].phone == "010-1111-2222"


def test_rows_that_both_give_a_different_phone_are_still_refused_with_the_right_particle(ctx, tmp_path):
    rows = [r[:] for r in ROWS]
    rows[1][7] = "010-9999-9999"
    [error] = import_donors(ctx, _book(tmp_path / "bad.xlsx", rows)).rejected
    assert error.row == 3 and "휴대전화가 다릅니다" in error.reason


def test_a_duplicate_is_blamed_on_the_newcomer_when_the_first_donors_row_has_an_error(ctx, tmp_path):
    rows = [r[:] for r in ROWS]
    rows[0][5] = "19800101"
    rows[0][6] = "800102-1234567"  # row 2: 생년월일 and 주민등록번호 disagree (an error of its own)
    newcomer = ["D-5", "김후원", "일시", 5000, "현금", "", "", "010-1111-2222", None, "", "", "", "", "", None, ""]
    report = import_donors(ctx, _book(tmp_path / "dup.xlsx", [rows[0], rows[2], newcomer, rows[1]]))
    by_row = {e.row: e.reason for e in report.rejected}
    assert 2 in by_row and 5 not in by_row  # D-1's second pledge (row 5) is not the duplicate
    assert "2행의 후원자(후원자번호 D-1)" in by_row[4]  # D-5 is


def test_a_business_number_failing_its_check_digit_is_a_row_error(ctx, tmp_path):
    header = [*HEADER, "단체명", "사업자번호"]
    org = ["O-1", "", "정기", 50000, "계좌이체", "", "", "02-555-1234", 5, "", "", "", "", "", None, "예",
           "희망상사", "123-45-67890"]
    report = import_donors(ctx, _book(tmp_path / "org.xlsx", [org], header))
    [error] = report.rejected
    assert (error.row, error.column) == (2, "사업자번호") and "검증번호" in error.reason
    with pytest.raises(ValidationError, match="검증번호"):
        service.add_donor(ctx, service.DonorInput(name="희망상사", donor_kind="단체", business_number="1234567890"))
    assert service.add_donor(ctx, service.DonorInput(name="희망상사", donor_kind="단체",
                                                     business_number="220-81-62517")).business_number == "2208162517"


@pytest.mark.parametrize(("typed", "stored"), [("010 5555 6666", "010-5555-6666"), ("01098765432", "010-9876-5432"),
                                               ("0212345678", "02-1234-5678"), ("031.123.4567", "031-123-4567")])
def test_phone_numbers_are_stored_one_way(ctx, typed, stored):
    donor = service.add_donor(ctx, service.DonorInput(name="박전화", phone=typed))
    assert service.get_donor(ctx, donor.id).phone == stored
