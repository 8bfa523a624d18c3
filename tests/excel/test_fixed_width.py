"""The fixed-width reader on a CMS EB22 file built byte by byte (cms.md §3): EUC-KR, byte offsets."""

from __future__ import annotations

import pytest

from heemang_desktop.excel.fixed_width import load_fixed_layout, read_fixed
from heemang_desktop.excel.guard import WorkbookError
from heemang_desktop.excel.pipeline import run_import
from heemang_desktop.excel.spec import Column, Handler, ImportKind

LAYOUT = load_fixed_layout("cms-eb22")


def _an(text: str, width: int) -> bytes:
    raw = text.encode("euc-kr")
    assert len(raw) <= width
    return raw + b" " * (width - len(raw))


def _n(number: int, width: int) -> bytes:
    return str(number).zfill(width).encode("ascii")


def header() -> bytes:
    rec = b"H" + _n(0, 8) + _an("9912345678", 10) + _an("EB220902", 8) + _n(260902, 6) + _an("0880000", 7)
    rec += _an("110123456789", 16)
    return rec + b" " * (150 - len(rec))


def data(serial: int, amount: int, memo: str, ok: str = "Y", code: str = "") -> bytes:
    rec = b"R" + _n(serial, 8) + _an("9912345678", 10) + _an("0040000", 7) + _an("12345678901234", 16)
    rec += _n(amount, 13) + _an("400101", 13) + ok.encode() + _an(code, 4)
    memo_bytes = memo.encode("euc-kr")
    rec += memo_bytes + "\u3000".encode("euc-kr") * ((16 - len(memo_bytes)) // 2)  # full-width space padding
    rec += _an("", 2) + _an(f"P{serial:05d}", 20) + _an("", 5) + b"1" + _an("01012345678", 12)
    return rec + b" " * (150 - len(rec))


def trailer(count: int, amount: int) -> bytes:
    rec = b"T" + _n(99999999, 8) + _an("9912345678", 10) + _an("EB220902", 8) + _n(count, 8) + _n(count, 8)
    rec += _n(amount, 13) + _n(0, 8) + _n(0, 13)
    return rec + b" " * (150 - len(rec))


def records(*recs: bytes, sep: bytes = b"") -> bytes:
    for r in recs:
        assert len(r) == 150, len(r)  # Hangul is two bytes each: offsets count bytes, not characters
    return sep.join(recs)


@pytest.mark.parametrize("sep", [b"", b"\r\n", b"\n"], ids=["no separator", "CRLF", "LF"])
def test_reads_fields_at_byte_offsets_past_hangul(tmp_path, sep):
    path = tmp_path / "EB220902"
    path.write_bytes(records(header(), data(1, 50_000, "희망후원"), data(2, 30_000, "정기후원금", "N", "0011"),
                             trailer(2, 80_000), sep=sep))
    source, rows = read_fixed(path, LAYOUT)
    fields = list(source.columns)
    first, second = (dict(zip(fields, values, strict=True)) for _, values in rows)
    assert (first["출금의뢰금액"], first["통장기재내용"], first["출금여부"], first["납부자번호"]) == (
        50_000, "희망후원", "Y", "P00001")
    # fields after the Hangul memo are read at their byte offsets, not shifted by the two-byte characters
    assert (second["통장기재내용"], second["불능코드"], second["출금형태"], second["현금영수증신분확인"]) == (
        "정기후원금", "0011", "1", "01012345678")
    assert [number for number, _ in rows] == [2, 3]  # record numbers as counted in the file, header first
    assert source.header["출금일자"] == 260902 and source.trailer["총건수"] == 2


def test_trailer_count_must_match_the_records(tmp_path):
    path = tmp_path / "EB22"
    path.write_bytes(records(header(), data(1, 50_000, "후원"), trailer(2, 50_000)))
    with pytest.raises(WorkbookError, match="총건수 2건과 실제 자료 1건이 다릅니다"):
        read_fixed(path, LAYOUT)


def test_a_file_cut_short_is_refused(tmp_path):
    path = tmp_path / "EB22"
    path.write_bytes(records(header(), data(1, 50_000, "후원"))[:-40])
    with pytest.raises(WorkbookError, match="잘렸습니다"):
        read_fixed(path, LAYOUT)
    path.write_bytes(records(header(), data(1, 50_000, "후원")))
    with pytest.raises(WorkbookError, match="끝 레코드\\(trailer\\)가 없습니다"):
        read_fixed(path, LAYOUT)


def test_bytes_that_are_not_euc_kr_get_a_korean_message(tmp_path):
    bad = bytearray(data(1, 50_000, "후원"))
    bad[73:75] = b"\xff\xfe"
    path = tmp_path / "EB22"
    path.write_bytes(records(header(), bytes(bad), trailer(1, 50_000)))
    with pytest.raises(WorkbookError) as refused:
        read_fixed(path, LAYOUT)
    assert "2번째 레코드의 '통장기재내용'을(를) EUC-KR 글자로 읽지 못했습니다" in str(refused.value)
    assert "Error" not in str(refused.value)


def test_an_unknown_record_type_names_the_record(tmp_path):
    path = tmp_path / "EB22"
    path.write_bytes(records(header(), b"X" + data(1, 1, "후원")[1:], trailer(1, 1)))
    with pytest.raises(WorkbookError, match="2번째 레코드의 종류 'X'"):
        read_fixed(path, LAYOUT)


class _Results(Handler):
    """A stand-in kind (the donations feature will own the real one): counts the results it would save."""

    def check(self, row):
        return row.values["납부자번호"], row.values["출금의뢰금액"], row.values["출금여부"]

    def save(self, items, write):
        self.report.created += len(items)


RESULTS = ImportKind(
    name="cms-eb22",
    columns=(Column("납부자번호", required=True), Column("출금의뢰금액", "amount", required=True),
             Column("출금여부", "coded", allowed=("Y", "N"))),
    handler=_Results,
    formats=("fixed",),
)


def test_the_pipeline_runs_a_fixed_width_kind_like_any_other(ctx, tmp_path):
    path = tmp_path / "EB220902"
    path.write_bytes(records(header(), data(1, 50_000, "후원"), data(2, 30_000, "후원", ok="?"), trailer(2, 80_000),
                             sep=b"\r\n"))
    report = run_import(ctx, RESULTS, path)
    assert [(e.row, e.column) for e in report.rejected] == [(3, "출금여부")]  # the record number, header first
    assert report.read == 2 and report.created == 1 and not report.saved
    path.write_bytes(records(header(), data(1, 50_000, "후원"), data(2, 30_000, "후원", ok="N"), trailer(2, 80_000)))
    report = run_import(ctx, RESULTS, path, dry_run=True)
    assert report.ok and report.created == 2
