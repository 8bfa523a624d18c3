"""CMS (금융결제원) batch files as pure functions: EB13/EB21 written byte-exact, EB14/EB22 read back.

No database here: callers pass plain dataclasses and get bytes (to save as the file the facility
uploads) or a `ResultFile` (what the bank answered). Layouts are data, one table per file pair:
`resources/cms/eb13.json` (EB13 and its result EB14, 120-byte records) and `resources/cms/eb21.json`
(EB21 and its result EB22, 150 bytes); reject codes and their Korean meaning are
`resources/cms/reject_codes.json`. Background and what is still unconfirmed: docs cms.md.

Writing (`write_eb13`, `write_eb21`): EUC-KR, fixed-length records with no separators, a header,
one data record per line (serials 1..n) and a trailer with the counts and totals. N fields are
zero-filled on the left, AN fields space-filled on the right, the 통장기재내용 (H) padded with
full-width spaces; unlisted bytes (FILLER, MAC) are spaces. The writer refuses, in Korean and
without writing anything: an amount under 140 won (the bank rejects it with 0075), a payer id that is
not YYMMDD or a valid 10-digit 사업자번호 (a full resident number would be 0091), a value too long for
its field or not encodable, and an EB21 for a day the bank does not debit (weekend, holiday, or a
CMS blackout of `blackout.py`).

Reading (`read_result`): an EB14 or EB22 file, recognised from the header's file name. Refused with
one `CmsFileError` and nothing returned: a file of another institution code, a truncated or doubled
file, a serial out of order or repeated, a trailer whose count or totals disagree with the records,
an unknown reject code. [U] ACTA treats both results as failures-only files: a request line missing
from the result was accepted; the trailer is taken to count the records in this file.

To turn a birth date, resident number or business number into what may go into a file, use
`payer_id_of` (it keeps only YYMMDD of a resident number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from heemang_desktop.donations import blackout
from heemang_desktop.excel.fixed_width import Field, FixedLayout, load_fixed_layout, open_fixed
from heemang_desktop.excel.guard import WorkbookError
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import HeemangError

MIN_AMOUNT = 140  # won; less fails with 0075 (cms.md §1)
NEW, CANCEL, FORCED_CANCEL = "1", "3", "7"  # EB13 신청구분; an account change is CANCEL + NEW
REQUEST_NAMES = {NEW: "신규", "2": "변경", CANCEL: "해지", FORCED_CANCEL: "임의해지"}
FULL = "1"  # 출금형태 전액출금; the others are partial-debit variants we never send
_FULL_WIDTH_SPACE = "\u3000".encode("euc-kr")
_BIZ_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


class CmsFileError(HeemangError):
    """A CMS file we refuse to write or read; the message says why, in Korean."""


@dataclass(frozen=True)
class Institution:
    """The facility as CMS knows it. `bank_code` (3 digits) and `account` are its collection
    account, needed for EB21 only; `passbook_text` is what donors' passbooks show by default."""

    code: str  # 기관코드, 10 characters
    bank_code: str = ""
    account: str = ""
    passbook_text: str = ""


@dataclass(frozen=True)
class Registration:
    """One EB13 line: register (NEW) or cancel (CANCEL, FORCED_CANCEL) a donor's debit consent."""

    member_no: str  # 납부자번호: the facility's number for the donor's pledge, up to 20 ASCII
    bank_code: str  # 3-digit bank code (or the 7-digit 은행점코드)
    account: str  # digits; hyphens and spaces are dropped
    payer_id: str  # YYMMDD or the 10-digit 사업자번호, never a full resident number
    kind: str = NEW
    memo: str = ""  # 기관사용영역, up to 12 ASCII


@dataclass(frozen=True)
class Debit:
    """One EB21 line: debit `amount` won from the donor's registered account (전액출금)."""

    member_no: str
    bank_code: str
    account: str
    payer_id: str
    amount: int
    passbook_text: str = ""  # 통장기재내용, Hangul allowed (16 bytes); blank = the institution's
    memo: str = ""  # 기관사용영역, up to 5 ASCII
    receipt_id: str = ""  # 현금영수증 신분확인 (phone digits); blank for donations


@dataclass(frozen=True)
class ResultLine:
    """One record of an EB14 or EB22 result. `request` is 신규/해지/임의해지 (EB14) or 출금 (EB22);
    `amount` is 0 in EB14; a failed line has its reject code, Korean reason and whether retrying
    next cycle makes sense (balance, limit, bank failure)."""

    serial: int
    member_no: str
    bank_code: str  # 3 digits
    account: str
    payer_id: str
    amount: int
    request: str
    ok: bool
    reject_code: str
    reason_ko: str
    retry: bool


@dataclass(frozen=True)
class ResultFile:
    kind: str  # "EB14" or "EB22"
    institution_code: str
    file_name: str  # as in the header, e.g. EB220907
    day: date  # 신청일자 (EB14) or 출금일자 (EB22)
    lines: tuple[ResultLine, ...]

    @property
    def failed(self) -> tuple[ResultLine, ...]:
        return tuple(line for line in self.lines if not line.ok)

    @property
    def total_amount(self) -> int:
        return sum(line.amount for line in self.lines)


# -- payer ids ------------------------------------------------------------------------------------

def _yymmdd_valid(digits: str) -> bool:
    yy, mm, dd = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    for century in (1900, 2000):
        try:
            date(century + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False


def business_number_valid(digits: str) -> bool:
    """The 사업자등록번호 check digit (국세청's weights 1,3,7,1,3,7,1,3,5)."""
    if len(digits) != 10 or not digits.isdigit() or not digits.isascii():
        return False
    d = [int(c) for c in digits]
    total = sum(x * w for x, w in zip(d[:9], _BIZ_WEIGHTS, strict=True)) + d[8] * 5 // 10
    return (10 - total % 10) % 10 == d[9]


def payer_id_of(value: str | date) -> str:
    """What may go into a CMS file for a donor: YYMMDD from a birth date (date, YYMMDD, YYYYMMDD) or
    from a resident number (only its first six digits are kept), or a 10-digit business number."""
    if isinstance(value, date):
        return value.strftime("%y%m%d")
    digits = re.sub(r"[\s-]", "", str(value))
    if len(digits) == 8 and digits.isdigit():
        digits = digits[2:]
    elif len(digits) == 13 and digits.isdigit():
        digits = digits[:6]
    return _checked_payer_id(digits)


def _checked_payer_id(value: str) -> str:
    if len(value) == 6 and value.isdigit() and value.isascii() and _yymmdd_valid(value):
        return value
    if len(value) == 10 and business_number_valid(value):
        return value
    if re.fullmatch(r"\d{6}-?\d{7}", value):
        raise CmsFileError("CMS 파일에는 주민등록번호 전체를 넣을 수 없습니다 (은행 불능 0091): "
                           "생년월일 6자리만 넣습니다.")
    raise CmsFileError("납부자 생년월일(YYMMDD 6자리) 또는 사업자번호(10자리)가 올바르지 않습니다.")


# -- writing --------------------------------------------------------------------------------------

def _layout(name: str) -> FixedLayout:
    return load_fixed_layout(name, folder="cms")


def _fields(layout: FixedLayout, role: str) -> dict[str, Field]:
    kind = next(r for r in layout.records.values() if r.role == role)
    return {f.name: f for f in kind.fields}


def _encode(f: Field, value, who: str) -> bytes:
    if f.type == "N":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise CmsFileError(f"{who}: '{f.name}'은(는) 0 이상의 정수여야 합니다.")
        raw = str(value).encode("ascii")
        if len(raw) > f.length:
            raise CmsFileError(f"{who}: '{f.name}'이(가) {f.length}자리를 넘습니다.")
        return raw.rjust(f.length, b"0")
    text = str(value)
    if f.type != "H" and not text.isascii():
        raise CmsFileError(f"{who}: '{f.name}'에는 영문·숫자만 쓸 수 있습니다.")
    if any(ord(c) < 0x20 for c in text):  # the bank rejects control bytes (0068)
        raise CmsFileError(f"{who}: '{f.name}'에 제어 문자가 있습니다.")
    try:
        raw = text.encode(f.encoding)
    except UnicodeEncodeError:
        raise CmsFileError(f"{who}: '{f.name}'에 {f.encoding.upper()}로 쓸 수 없는 글자가 있습니다.") from None
    if len(raw) > f.length:
        raise CmsFileError(f"{who}: '{f.name}'이(가) {f.length}바이트를 넘습니다 (한글은 2바이트).")
    pad = f.length - len(raw)
    if f.type == "H":
        return raw + _FULL_WIDTH_SPACE * (pad // 2) + b" " * (pad % 2)
    return raw + b" " * pad


def _record(layout: FixedLayout, role: str, values: dict, who: str) -> bytes:
    fields = _fields(layout, role)
    out = bytearray(b" " * layout.record_length)
    code = next(r.code for r in layout.records.values() if r.role == role)
    out[layout.type_start:layout.type_start + layout.type_length] = code.encode("ascii")
    for name, value in values.items():
        f = fields[name]
        out[f.start:f.start + f.length] = _encode(f, value, who)
    return bytes(out)


def _yymmdd(day: date) -> int:
    return int(day.strftime("%y%m%d"))


def _institution_code(code: str) -> str:
    if not (code and code.isascii() and code.isalnum() and len(code) <= 10):
        raise CmsFileError("CMS 기관코드가 올바르지 않습니다 (영문·숫자 10자리 이내).")
    return code


def _bank(code: str, who: str) -> str:
    digits = code.strip()
    if len(digits) == 3 and digits.isdigit() and digits.isascii():
        return digits + "0000"
    if len(digits) == 7 and digits.isdigit() and digits.isascii():
        return digits
    raise CmsFileError(f"{who}: 은행코드는 숫자 3자리입니다.")


def _account(account: str, who: str) -> str:
    digits = re.sub(r"[\s-]", "", account)
    if not (digits.isdigit() and digits.isascii() and 0 < len(digits) <= 16):
        raise CmsFileError(f"{who}: 계좌번호는 숫자 16자리 이내입니다.")
    return digits


def _member(member_no: str) -> str:
    if not (member_no and member_no.isascii() and re.fullmatch(r"[0-9A-Za-z-]{1,20}", member_no)):
        raise CmsFileError("납부자번호는 영문·숫자 20자리 이내입니다.")
    return member_no


def _payer(value: str, who: str) -> str:
    try:
        # a business number may come as 123-45-67890; nothing else is reshaped
        return _checked_payer_id(value.replace("-", "") if re.fullmatch(r"\d{3}-\d{2}-\d{5}", value) else value)
    except CmsFileError as e:
        raise CmsFileError(f"{who}: {e}") from None


def _once(member_nos: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for no in member_nos:
        if no in seen:
            raise CmsFileError(f"납부자번호 {no}이(가) {what} 파일에 두 번 들어 있습니다.")
        seen.add(no)


def _registrations_once(lines: Sequence[Registration]) -> None:
    """A donor once, except an account change: a cancellation, then the new registration (cms.md §2)."""
    seen: dict[str, str] = {}
    for line in lines:
        before = seen.get(line.member_no)
        if before is not None and not (before != NEW and line.kind == NEW):
            raise CmsFileError(f"납부자번호 {line.member_no}이(가) EB13 파일에 두 번 들어 있습니다 (계좌 변경은 "
                               "해지를 먼저, 신규를 다음에 한 번씩 넣습니다).")
        seen[line.member_no] = line.kind


def write_eb13(institution: Institution, day: date, lines: Sequence[Registration]) -> bytes:
    """The EB13 file (출금이체 신청) sent on `day`: new registrations and cancellations, in the
    order given (serials 1..n). An account change is the donor's cancellation followed by a new
    registration with the new account."""
    code = _institution_code(institution.code)
    if not lines:
        raise CmsFileError("EB13 파일에 넣을 신청이 없습니다.")
    _registrations_once(lines)
    layout = _layout("eb13")
    name = f"EB13{day:%m%d}"
    out = [_record(layout, "header", {"일련번호": 0, "기관코드": code, "파일명": name, "신청일자": _yymmdd(day)},
                   "머리 레코드")]
    counts = dict.fromkeys((NEW, "2", CANCEL, FORCED_CANCEL), 0)
    for serial, line in enumerate(lines, 1):
        who = f"납부자번호 {_member(line.member_no)}"
        if line.kind not in (NEW, CANCEL, FORCED_CANCEL):
            raise CmsFileError(f"{who}: 신청구분은 신규(1)·해지(3)·임의해지(7)만 보냅니다 (계좌 변경은 해지+신규).")
        counts[line.kind] += 1
        out.append(_record(layout, "data", {
            "일련번호": serial, "기관코드": code, "신청일자": _yymmdd(day), "신청구분": line.kind,
            "납부자번호": line.member_no, "은행점코드": _bank(line.bank_code, who),
            "계좌번호": _account(line.account, who), "생년월일": _payer(line.payer_id, who),
            "기관사용영역": line.memo}, who))
    out.append(_record(layout, "trailer", {
        "일련번호": 99_999_999, "기관코드": code, "파일명": name, "총건수": len(lines), "신규건수": counts[NEW],
        "변경건수": counts["2"], "해지건수": counts[CANCEL], "임의해지건수": counts[FORCED_CANCEL]}, "끝 레코드"))
    return b"".join(out)


def write_eb21(institution: Institution, debit_day: date, lines: Sequence[Debit],
               windows: Sequence[blackout.Window] | None = None) -> bytes:
    """The EB21 file (출금의뢰) for debits on `debit_day`, all 전액출금. Refused for a day the bank
    does not debit (weekend, public holiday, a CMS blackout in `windows`, default the shipped calendar).
    [U] The header's file name carries the debit day (EB21MMDD), as its 출금일자 does."""
    code = _institution_code(institution.code)
    reason = blackout.why_not(debit_day, windows)
    if reason:
        raise CmsFileError(f"{debit_day:%Y-%m-%d}에는 출금할 수 없습니다 ({reason}). 다른 출금일을 고르세요.")
    if not lines:
        raise CmsFileError("EB21 파일에 넣을 출금이 없습니다.")
    if not (institution.bank_code and institution.account):
        raise CmsFileError("EB21 파일에는 기관의 수납 은행과 계좌번호가 필요합니다.")
    _once((line.member_no for line in lines), "EB21")
    layout = _layout("eb21")
    name = f"EB21{debit_day:%m%d}"
    out = [_record(layout, "header", {
        "일련번호": 0, "기관코드": code, "파일명": name, "출금일자": _yymmdd(debit_day),
        "주거래은행점코드": _bank(institution.bank_code, "기관 계좌"),
        "입금계좌번호": _account(institution.account, "기관 계좌")}, "머리 레코드")]
    total = 0
    for serial, line in enumerate(lines, 1):
        who = f"납부자번호 {_member(line.member_no)}"
        if isinstance(line.amount, bool) or not isinstance(line.amount, int):
            raise CmsFileError(f"{who}: 금액은 원 단위 정수여야 합니다.")
        if line.amount < MIN_AMOUNT:
            raise CmsFileError(f"{who}: {line.amount:,}원은 CMS 최소 출금액 {MIN_AMOUNT}원보다 적어 보낼 수 없습니다 "
                               "(은행 불능 0075).")
        total += line.amount
        out.append(_record(layout, "data", {
            "일련번호": serial, "기관코드": code, "출금은행점코드": _bank(line.bank_code, who),
            "출금계좌번호": _account(line.account, who), "출금의뢰금액": line.amount,
            "생년월일": _payer(line.payer_id, who), "통장기재내용": line.passbook_text or institution.passbook_text,
            "납부자번호": line.member_no, "기관사용영역": line.memo, "출금형태": FULL,
            "현금영수증신분확인": re.sub(r"\D", "", line.receipt_id)}, who))
    out.append(_record(layout, "trailer", {
        "일련번호": 99_999_999, "기관코드": code, "파일명": name, "총건수": len(lines), "전액출금건수": len(lines),
        "전액출금금액": total, "부분출금건수": 0, "부분출금금액": 0}, "끝 레코드"))
    return b"".join(out)


# -- reading --------------------------------------------------------------------------------------

def _reject_codes() -> dict[str, dict]:
    return load_json("cms/reject_codes.json")["codes"]


def reject_reason(code: str) -> str:
    """The Korean meaning of a reject code, or "" for one not in the table."""
    entry = _reject_codes().get(code)
    return entry["reason"] if entry else ""


def _kind_of(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(40).lstrip(b"\r\n")
    except OSError:
        raise CmsFileError(f"파일을 열 수 없습니다: {path.name}") from None
    name = head[19:23].decode("ascii", "replace")
    if head[:1] != b"H" or name not in ("EB13", "EB14", "EB21", "EB22"):
        raise CmsFileError("CMS 결과 파일(EB14 또는 EB22)이 아닙니다: 첫 레코드에 파일 이름이 없습니다.")
    if name in ("EB13", "EB21"):
        result = "EB14" if name == "EB13" else "EB22"
        raise CmsFileError(f"보낸 신청 파일({name})입니다. 은행에서 받은 결과 파일({result})을 고르세요.")
    return name


def _date_of(value, what: str) -> date:
    text = str(value).zfill(6) if isinstance(value, int) else str(value)
    try:
        return date(2000 + int(text[:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        raise CmsFileError(f"{what} '{text}'이(가) 날짜(YYMMDD)가 아닙니다.") from None


def _int(values: dict, name: str, where: str) -> int:
    value = values.get(name)
    if not isinstance(value, int):
        raise CmsFileError(f"{where}의 '{name}'이(가) 숫자가 아닙니다.")
    return value


def _line(kind: str, number: int, v: dict, codes: dict[str, dict]) -> ResultLine:
    where = f"{number}번째 레코드"
    if kind == "EB14":
        request = REQUEST_NAMES.get(v["신청구분"])
        if request is None:
            raise CmsFileError(f"{where}의 신청구분 '{v['신청구분']}'을(를) 모릅니다.")
        flag, code, amount = v["처리결과"], v["불능코드"], 0
        bank, account, payer = v["은행점코드"], v["계좌번호"], v["생년월일"]
        failed = flag == "N"
        if flag not in ("Y", "N", ""):
            raise CmsFileError(f"{where}의 처리결과 '{flag}'을(를) 모릅니다 (Y 또는 N).")
    else:
        request, flag, code = "출금", v["출금여부"], v["불능코드"]
        amount = _int(v, "출금의뢰금액", where)
        bank, account, payer = v["출금은행점코드"], v["출금계좌번호"], v["생년월일"]
        if flag not in ("Y", "N"):
            raise CmsFileError(f"{where}의 출금여부 '{flag}'을(를) 모릅니다 (Y 또는 N).")
        if v["출금형태"] != FULL:  # we only ever ask for 전액출금
            raise CmsFileError(f"{where}의 출금형태 '{v['출금형태']}'는 보낸 적이 없는 부분출금입니다.")
        failed = flag == "N"
    if failed and not code:
        raise CmsFileError(f"{where}: 불능인데 불능코드가 없습니다.")
    if code and code not in codes:
        raise CmsFileError(f"{where}의 불능코드 '{code}'는 불능코드 표에 없습니다. 은행에 뜻을 확인한 뒤 "
                           "resources/cms/reject_codes.json에 더하세요.")
    entry = codes.get(code, {}) if failed else {}
    return ResultLine(serial=_int(v, "일련번호", where), member_no=v["납부자번호"], bank_code=str(bank)[:3],
                      account=str(account), payer_id=str(payer), amount=amount, request=request, ok=not failed,
                      reject_code=code if failed else "", reason_ko=entry.get("reason", ""),
                      retry=bool(entry.get("retry", False)))


def _check_header(kind: str, header: dict, institution_code: str) -> None:
    if header.get("기관코드") != institution_code:
        raise CmsFileError(f"다른 기관(기관코드 {header.get('기관코드')})의 {kind} 파일입니다. 이 시설의 기관코드는 "
                           f"{institution_code}입니다.")


def _check_trailer(kind: str, trailer: dict, lines: list[ResultLine]) -> None:
    def agree(field: str, actual: int, what: str) -> None:
        stated = _int(trailer, field, "끝 레코드")
        if stated != actual:
            raise CmsFileError(f"끝 레코드의 {what}({stated:,})이(가) 실제 자료({actual:,})와 다릅니다. "
                               "파일이 잘리거나 고쳐졌는지 확인하세요.")

    if kind == "EB14":
        for name in ("신규", "변경", "해지", "임의해지"):
            agree(f"{name}건수", sum(1 for line in lines if line.request == name), f"{name} 건수")
    else:
        agree("전액출금건수", len(lines), "전액출금 건수")
        agree("전액출금금액", sum(line.amount for line in lines), "전액출금 금액")
        agree("부분출금건수", 0, "부분출금 건수")
        agree("부분출금금액", 0, "부분출금 금액")


def read_result(path: Path, institution_code: str) -> ResultFile:
    """An EB14 (registration result) or EB22 (debit result) file, checked whole before anything is
    returned: for `institution_code`, complete, serials in order, trailer agreeing, codes known."""
    path = Path(path)
    kind = _kind_of(path)
    layout = _layout("eb13" if kind == "EB14" else "eb21")
    codes = _reject_codes()
    lines: list[ResultLine] = []
    source = open_fixed(path, layout)  # the file is there: _kind_of read it
    try:
        for number, values in source.cells:
            v = dict(zip(source.columns, values, strict=True))
            _check_header(kind, source.header, institution_code)
            if v["기관코드"] != institution_code:
                raise CmsFileError(f"{number}번째 레코드가 다른 기관(기관코드 {v['기관코드']})의 자료입니다.")
            line = _line(kind, number, v, codes)
            if lines and line.serial <= lines[-1].serial:
                raise CmsFileError(f"{number}번째 레코드의 일련번호 {line.serial}이(가) 앞 레코드와 겹치거나 순서가 "
                                   "어긋납니다. 같은 자료가 두 번 들어 있는지 확인하세요.")
            lines.append(line)
    except WorkbookError as e:
        # a record after a trailer that agreed with the records before it: most often one file twice
        if source.trailer and source.trailer.get("총건수") == source.data_count:
            raise CmsFileError(f"{kind} 결과 파일의 끝 레코드 뒤에 자료가 더 있습니다: 같은 파일이 두 번 이어 "
                               "붙었는지 확인하세요.") from None
        raise CmsFileError(f"{kind} 결과 파일을 읽지 못했습니다: {e}") from None
    header, trailer = source.header, source.trailer
    _check_header(kind, header, institution_code)
    if trailer.get("기관코드") != institution_code or trailer.get("파일명") != header.get("파일명"):
        raise CmsFileError(f"{kind} 파일의 끝 레코드가 머리 레코드와 다른 파일의 것입니다. "
                           "두 파일이 섞였는지 확인하세요.")
    _check_trailer(kind, trailer, lines)
    day = _date_of(header.get("신청일자" if kind == "EB14" else "출금일자"), "머리 레코드의 날짜")
    return ResultFile(kind, institution_code, str(header.get("파일명")), day, tuple(lines))
