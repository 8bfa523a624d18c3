"""CMS bank files (docs cms.md §2–4): EB13/EB21 byte-exact against records built here field by field,
EB14/EB22 read with every reject code of the table, and every bad file refused in Korean."""

from __future__ import annotations

import json
from datetime import date

import pytest

from heemang_desktop.donations import cms_files as cms
from heemang_desktop.donations.cms_files import CmsFileError, Debit, Institution, Registration
from heemang_desktop.resources import resource_path

CODE = "9912345678"
INST = Institution(CODE, bank_code="088", account="110-123-456789", passbook_text="희망후원")
BIZ = "2208162517"  # a 사업자번호 with a valid check digit
TABLE = json.loads(resource_path("cms", "reject_codes.json").read_text(encoding="utf-8"))["codes"]


# Field builders written from cms.md, independently of the writer.
def an(text: str, width: int) -> bytes:
    raw = text.encode("ascii")
    assert len(raw) <= width
    return raw + b" " * (width - len(raw))


def n(number: int, width: int) -> bytes:
    return str(number).rjust(width, "0").encode("ascii")


def h(text: str, width: int) -> bytes:
    raw = text.encode("euc-kr")
    assert (width - len(raw)) % 2 == 0
    return raw + b"\xa1\xa1" * ((width - len(raw)) // 2)


def blank(width: int) -> bytes:
    return b" " * width


def record(*parts: bytes, length: int) -> bytes:
    rec = b"".join(parts)
    assert len(rec) == length, len(rec)
    return rec


@pytest.mark.parametrize("name, length", [("eb13", 120), ("eb21", 150)])
def test_each_layout_table_keeps_its_fields_apart_and_inside_the_record(name, length):
    """A one-line correction of a table must not make two fields overlap or spill past the record."""
    table = json.loads(resource_path("cms", f"{name}.json").read_text(encoding="utf-8"))
    assert table["record_length"] == length
    for role in ("header", "data", "trailer"):
        spans = sorted((f["start"], f["start"] + f["length"]) for f in table["records"][role]["fields"])
        assert spans[0][0] == 1 and spans[-1][1] <= length  # byte 0 is the record type
        assert all(end <= nxt for (_, end), (nxt, _) in zip(spans, spans[1:], strict=False)), role


# -- EB13 ---------------------------------------------------------------------------------------

def eb13_data(serial, kind, member, bank, account, payer, *, result=" ", code="", code_=CODE, day="220907"):
    return record(b"R", n(serial, 8), an(code_, 10), an(day, 6), an(kind, 1), an(member, 20), an(bank, 7),
                  an(account, 16), an(payer, 16), blank(4), blank(2), an(result, 1), an(code, 4), blank(1),
                  blank(12), blank(1), blank(10), length=120)


def eb13_header(name="EB130907", day="220907", code_=CODE):
    return record(b"H", n(0, 8), an(code_, 10), an(name, 8), an(day, 6), blank(87), length=120)


def eb13_trailer(total, new, change, cancel, forced, name="EB130907", code_=CODE):
    return record(b"T", n(99999999, 8), an(code_, 10), an(name, 8), n(total, 8), n(new, 8), n(change, 8),
                  n(cancel, 8), n(forced, 8), blank(43), blank(10), length=120)


def test_eb13_is_byte_exact_for_new_and_cancelled_registrations():
    lines = [
        Registration("D0001-1", "004", "123-45-678901", "900101"),
        Registration("D0002-1", "088", "110 123 456789", "220-81-62517", kind=cms.CANCEL),
        Registration("D0003-1", "0110000", "3012345678901", "851231", kind=cms.FORCED_CANCEL),
    ]
    expected = (eb13_header()
                + eb13_data(1, "1", "D0001-1", "0040000", "12345678901", "900101")
                + eb13_data(2, "3", "D0002-1", "0880000", "110123456789", BIZ)
                + eb13_data(3, "7", "D0003-1", "0110000", "3012345678901", "851231")
                + eb13_trailer(3, 1, 0, 1, 1))
    assert cms.write_eb13(INST, date(2022, 9, 7), lines) == expected


def test_an_account_change_is_a_cancellation_then_a_new_registration_of_the_same_donor():
    out = cms.write_eb13(INST, date(2022, 9, 7), [Registration("D7", "004", "1111", "900101", kind=cms.CANCEL),
                                                  Registration("D7", "088", "2222", "900101")])
    assert out[120:240] == eb13_data(1, "3", "D7", "0040000", "1111", "900101")
    assert out[240:360] == eb13_data(2, "1", "D7", "0880000", "2222", "900101")
    assert out[360:] == eb13_trailer(2, 1, 0, 1, 0)
    for pair in ([cms.NEW, cms.CANCEL], [cms.NEW, cms.NEW], [cms.CANCEL, cms.FORCED_CANCEL]):
        with pytest.raises(CmsFileError, match="D7.*두 번"):
            cms.write_eb13(INST, date(2022, 9, 7), [Registration("D7", "004", "1111", "900101", kind=k) for k in pair])


def test_eb13_refuses_a_kind_other_than_new_or_cancel():
    with pytest.raises(CmsFileError, match="해지\\+신규"):
        cms.write_eb13(INST, date(2022, 9, 7), [Registration("D1", "004", "1234", "900101", kind="2")])


# -- EB21 ---------------------------------------------------------------------------------------

def eb21_header(name="EB210907", day="220907", code_=CODE):
    return record(b"H", n(0, 8), an(code_, 10), an(name, 8), an(day, 6), an("0880000", 7), an("110123456789", 16),
                  blank(94), length=150)


def eb21_data(serial, bank, account, amount, payer, memo, member, *, flag=" ", code="", receipt="", code_=CODE):
    return record(b"R", n(serial, 8), an(code_, 10), an(bank, 7), an(account, 16), n(amount, 13), an(payer, 13),
                  an(flag, 1), an(code, 4), h(memo, 16), blank(2), an(member, 20), blank(5), b"1", an(receipt, 12),
                  blank(21), length=150)


def eb21_trailer(total, full, full_amount, name="EB210907", code_=CODE, partial=0, partial_amount=0):
    return record(b"T", n(99999999, 8), an(code_, 10), an(name, 8), n(total, 8), n(full, 8), n(full_amount, 13),
                  n(partial, 8), n(partial_amount, 13), blank(63), blank(10), length=150)


def test_eb21_is_byte_exact_with_hangul_passbook_text_and_totals():
    lines = [
        Debit("D0001-1", "004", "123-45-678901", "900101", 30_000),
        Debit("D0002-1", "020", "1002-123-456789", "220-81-62517", 140, passbook_text="희망요양원후원"),
    ]
    expected = (eb21_header()
                + eb21_data(1, "0040000", "12345678901", 30_000, "900101", "희망후원", "D0001-1")
                + eb21_data(2, "0200000", "1002123456789", 140, BIZ, "희망요양원후원", "D0002-1")
                + eb21_trailer(2, 2, 30_140))
    assert cms.write_eb21(INST, date(2022, 9, 7), lines) == expected


def test_eb21_pads_odd_leftovers_of_the_passbook_text_with_one_space():
    out = cms.write_eb21(INST, date(2022, 9, 7), [Debit("D1", "004", "1234", "900101", 5_000, passbook_text="A후원")])
    assert out[150 + 73:150 + 89] == "A후원".encode("euc-kr") + b"\xa1\xa1" * 5 + b" "


@pytest.mark.parametrize("amount", [139, 0, -5_000])
def test_amounts_under_140_won_never_go_out(amount):
    with pytest.raises(CmsFileError, match="최소 출금액 140원"):
        cms.write_eb21(INST, date(2022, 9, 7), [Debit("D1", "004", "1234", "900101", 10_000),
                                                 Debit("D2", "004", "1234", "900101", amount)])


@pytest.mark.parametrize("payer, reason", [
    ("9001011234567", "주민등록번호 전체"),
    ("900101-1234567", "주민등록번호 전체"),
    ("901301", "올바르지 않습니다"),  # no 13th month
    ("2208162518", "올바르지 않습니다"),  # check digit wrong
    ("19900101", "올바르지 않습니다"),
    ("", "올바르지 않습니다"),
])
def test_only_yymmdd_or_a_business_number_goes_in_as_payer_id(payer, reason):
    with pytest.raises(CmsFileError, match=reason):
        cms.write_eb21(INST, date(2022, 9, 7), [Debit("D1", "004", "1234", payer, 10_000)])
    with pytest.raises(CmsFileError, match=reason):
        cms.write_eb13(INST, date(2022, 9, 7), [Registration("D1", "004", "1234", payer)])


def test_payer_id_of_keeps_only_the_birth_date_of_a_resident_number():
    assert cms.payer_id_of("900101-1234567") == "900101"
    assert cms.payer_id_of("20010203") == "010203"
    assert cms.payer_id_of(date(1985, 12, 31)) == "851231"
    assert cms.payer_id_of("220-81-62517") == BIZ
    with pytest.raises(CmsFileError):
        cms.payer_id_of("12345")


@pytest.mark.parametrize("day, reason", [
    (date(2022, 9, 1), "CMS 출금신청 불가 기간 8.30~9.6"),
    (date(2022, 9, 6), "CMS 출금신청 불가 기간"),
    (date(2022, 9, 17), "토요일"),
    (date(2022, 9, 12), "대체공휴일"),
])
def test_no_eb21_for_a_day_the_bank_does_not_debit(day, reason):
    with pytest.raises(CmsFileError, match=reason):
        cms.write_eb21(INST, day, [Debit("D1", "004", "1234", "900101", 10_000)])


@pytest.mark.parametrize("debit, reason", [
    (Debit("D1", "004", "1234", "900101", 10_000, passbook_text="희망요양원정기후원"), "16바이트"),
    (Debit("D1", "004", "1234", "900101", 10_000, passbook_text="후원\n"), "제어 문자"),
    (Debit("D1", "004", "1234", "900101", 10_000, passbook_text="후원🙂"), "EUC-KR"),
    (Debit("D1", "04", "1234", "900101", 10_000), "은행코드"),
    (Debit("D1", "004", "12345678901234567", "900101", 10_000), "계좌번호"),
    (Debit("후원자1", "004", "1234", "900101", 10_000), "납부자번호"),
    (Debit("D1", "004", "1234", "900101", 10_000, memo="123456"), "5바이트"),
])
def test_values_that_do_not_fit_are_refused(debit, reason):
    with pytest.raises(CmsFileError, match=reason):
        cms.write_eb21(INST, date(2022, 9, 7), [debit])


def test_a_donor_twice_in_one_file_is_refused():
    with pytest.raises(CmsFileError, match="D1.*두 번"):
        cms.write_eb21(INST, date(2022, 9, 7), [Debit("D1", "004", "1234", "900101", 10_000),
                                                 Debit("D1", "004", "1234", "900101", 10_000)])


def test_eb21_needs_the_facility_collection_account():
    with pytest.raises(CmsFileError, match="수납 은행과 계좌번호"):
        cms.write_eb21(Institution(CODE), date(2022, 9, 7), [Debit("D1", "004", "1234", "900101", 10_000)])


# -- EB14 / EB22 --------------------------------------------------------------------------------

def write(tmp_path, data: bytes, name="result.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def eb22_file(records: list[tuple[int, int, str, str]], *, header=None, trailer=None):
    """records: (serial, amount, flag, code) -> a whole EB22 file."""
    data = b"".join(eb21_data(s, "0040000", "12345678901", amt, "900101", "희망후원", f"D{s:04d}", flag=f, code=c)
                    for s, amt, f, c in records)
    total = sum(r[1] for r in records)
    return ((header or eb21_header(name="EB220907")) + data
            + (trailer or eb21_trailer(len(records), len(records), total, name="EB220907")))


def eb14_file(records: list[tuple[int, str, str, str]]):
    """records: (serial, kind, result flag, code) -> a whole EB14 file."""
    data = b"".join(eb13_data(s, k, f"D{s:04d}", "0040000", "12345678901", "900101", result=f, code=c)
                    for s, k, f, c in records)
    kinds = [r[1] for r in records]
    return (eb13_header(name="EB140907") + data
            + eb13_trailer(len(records), kinds.count("1"), 0, kinds.count("3"), kinds.count("7"), name="EB140907"))


def test_eb22_shows_every_reject_code_of_the_table_with_its_korean_meaning(tmp_path):
    codes = list(TABLE)
    assert len(codes) == 53  # the table of cms.md §4, 0101–0105 as five codes
    records = [(1, 30_000, "Y", "")] + [(i, 10_000 + i, "N", c) for i, c in enumerate(codes, 2)]
    result = cms.read_result(write(tmp_path, eb22_file(records)), CODE)
    assert result.kind == "EB22" and result.day == date(2022, 9, 7) and result.file_name == "EB220907"
    assert result.lines[0].ok and result.lines[0].amount == 30_000 and result.lines[0].reject_code == ""
    assert [(line.serial, line.reject_code, line.reason_ko) for line in result.failed] == [
        (i, c, TABLE[c]["reason"]) for i, c in enumerate(codes, 2)]
    assert all(line.reason_ko for line in result.failed)
    by_code = {line.reject_code: line for line in result.failed}
    assert by_code["0021"].reason_ko == "잔액 부족" and by_code["0021"].retry
    assert by_code["0091"].reason_ko == "생년월일 자리에 주민등록번호 전체를 넣음" and not by_code["0091"].retry
    assert all(line.member_no == f"D{line.serial:04d}" for line in result.lines)
    assert result.total_amount == 30_000 + sum(10_000 + i for i in range(2, len(codes) + 2))


def test_eb14_shows_every_reject_code_and_the_request_it_answers(tmp_path):
    codes = list(TABLE)
    records = [(1, "1", "Y", "")] + [(i, "137"[i % 3], "N", c) for i, c in enumerate(codes, 2)]
    result = cms.read_result(write(tmp_path, eb14_file(records)), CODE)
    assert result.kind == "EB14" and result.day == date(2022, 9, 7)
    assert result.lines[0].ok and result.lines[0].request == "신규"
    assert [(line.reject_code, line.reason_ko) for line in result.failed] == [(c, TABLE[c]["reason"]) for c in codes]
    assert {line.request for line in result.failed} == {"신규", "해지", "임의해지"}
    assert result.failed[0].bank_code == "004" and result.failed[0].payer_id == "900101"


def test_a_result_built_from_our_own_request_reads_back(tmp_path):
    """Our EB21 with the bank's answers filled in (EB22) gives back what was sent."""
    sent = cms.write_eb21(INST, date(2022, 9, 7), [Debit("D0001-1", "004", "123-45-678901", "900101", 30_000),
                                                   Debit("D0002-1", "020", "1002123456789", BIZ, 5_000)])
    answered = bytearray(sent.replace(b"EB210907", b"EB220907"))
    answered[150 + 68:150 + 73] = b"Y    "
    answered[300 + 68:300 + 73] = b"N0021"
    with_breaks = b"\r\n".join(bytes(answered[i:i + 150]) for i in range(0, len(answered), 150)) + b"\r\n"
    result = cms.read_result(write(tmp_path, with_breaks), CODE)  # CR/LF between records tolerated
    assert [(x.member_no, x.amount, x.ok, x.reject_code) for x in result.lines] == [
        ("D0001-1", 30_000, True, ""), ("D0002-1", 5_000, False, "0021")]
    assert result.lines[1].account == "1002123456789" and result.lines[1].payer_id == BIZ


GOOD = [(1, 10_000, "Y", ""), (2, 20_000, "N", "0021")]


def put(data: bytes, at: int, value: bytes) -> bytes:
    return data[:at] + value + data[at + len(value):]


@pytest.mark.parametrize("data, reason", [
    (eb22_file(GOOD, header=eb21_header(name="EB220907", code_="1111111111")), "다른 기관"),
    (eb22_file(GOOD, trailer=eb21_trailer(2, 2, 30_000, name="EB220907", code_="1111111111")), "끝 레코드"),
    (eb22_file(GOOD)[:-7], "잘렸습니다"),
    (eb22_file(GOOD)[:-150], "끝 레코드\\(trailer\\)가 없습니다"),
    (eb22_file(GOOD) + eb22_file(GOOD), "두 번 이어 붙었는지"),
    (eb22_file(GOOD) + eb21_data(3, "0040000", "1", 5_000, "900101", "희망후원", "D3", flag="Y"), "두 번 이어"),
    (eb22_file(GOOD + [(2, 20_000, "N", "0021")], trailer=eb21_trailer(3, 3, 50_000, name="EB220907")), "일련번호 2"),
    (eb22_file(GOOD, trailer=eb21_trailer(3, 3, 30_000, name="EB220907")), "총건수 3건"),
    (eb22_file(GOOD, trailer=eb21_trailer(2, 2, 31_000, name="EB220907")), "전액출금 금액\\(31,000\\)"),
    (eb22_file(GOOD, trailer=eb21_trailer(2, 1, 30_000, name="EB220907")), "전액출금 건수"),
    (eb22_file([(1, 10_000, "N", "0099")]), "불능코드 '0099'는 불능코드 표에 없습니다"),
    (eb22_file([(1, 10_000, "N", "")]), "불능코드가 없습니다"),
    (eb22_file([(1, 10_000, "?", "")]), "출금여부"),
    (put(eb22_file(GOOD), 150 + 116, b"2"), "보낸 적이 없는 부분출금"),  # 출금형태 of the first record
    (eb21_header() + eb21_data(1, "0040000", "1", 10_000, "900101", "희망후원", "D1") + eb21_trailer(1, 1, 10_000),
     "보낸 신청 파일\\(EB21\\)"),
    (b"hello, this is not a bank file" * 10, "EB14 또는 EB22"),
])
def test_bad_result_files_are_refused_with_one_korean_message(tmp_path, data, reason):
    with pytest.raises(CmsFileError, match=reason):
        cms.read_result(write(tmp_path, data), CODE)


def test_a_data_record_of_another_institution_is_refused(tmp_path):
    data = (eb21_header(name="EB220907") + eb21_data(1, "0040000", "1", 10_000, "900101", "희망후원", "D1",
                                                     flag="Y", code_="1111111111")
            + eb21_trailer(1, 1, 10_000, name="EB220907"))
    with pytest.raises(CmsFileError, match="2번째 레코드가 다른 기관"):
        cms.read_result(write(tmp_path, data), CODE)


def test_an_eb14_trailer_with_wrong_counts_by_kind_is_refused(tmp_path):
    data = eb14_file([(1, "1", "N", "0012"), (2, "3", "N", "A016")])
    data = data[:-120] + eb13_trailer(2, 2, 0, 0, 0, name="EB140907")
    with pytest.raises(CmsFileError, match="신규 건수\\(2\\)"):
        cms.read_result(write(tmp_path, data), CODE)
