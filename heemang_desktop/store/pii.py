"""Resident registration numbers and bank accounts: validation, masking and the sealed form kept in rows.

Rows keep three columns per value: `<name>_enc` (AES-GCM), `<name>_hash` (keyed hash for exact
search) and `<name>_masked` (what screens show). The plain value is never stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from heemang_desktop.store.crypto import FieldCipher
from heemang_desktop.store.errors import ValidationError

RRN = "rrn"
BANK_ACCOUNT = "bank_account"
HEALTH = "health"  # 민감정보: health notes, 간호일지, disability and medical details (own key, no lookup hash)
HEALTH_MASK = "●●● (건강 정보)"

_CENTURY = {"9": 1800, "0": 1800, "1": 1900, "2": 1900, "3": 2000, "4": 2000,
            "5": 1900, "6": 1900, "7": 2000, "8": 2000}
_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


@dataclass(frozen=True)
class Sealed:
    enc: str
    hash: str | None
    masked: str


@dataclass(frozen=True)
class ResidentNumber:
    digits: str
    birth_date: date
    sex: str  # "M" or "F"
    foreigner: bool
    warnings: tuple[str, ...]


def _digits(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def parse_rrn(text: str, field: str = "주민등록번호") -> ResidentNumber:
    """Validate length, date and the 7th digit; a checksum miss is a warning only (abolished 2020-10)."""
    raw = unicodedata.normalize("NFKC", text).strip()
    if not re.fullmatch(r"\d{6}-?\d{7}", raw):
        raise ValidationError(f"{field}는 13자리 숫자여야 합니다 (예: 900101-1234567).", field)
    digits = raw.replace("-", "")
    g = digits[6]
    century = _CENTURY[g]
    try:
        born = date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError as exc:
        raise ValidationError(f"{field}의 앞 6자리가 올바른 생년월일이 아닙니다.", field) from exc
    check = (11 - sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=False)) % 11) % 10  # the 13th is the check
    warnings = () if check == int(digits[12]) else (
        f"{field}의 검증번호가 맞지 않습니다 (2020년 10월 이후 발급분은 정상일 수 있음).",)
    return ResidentNumber(digits, born, "M" if int(g) % 2 == 1 else "F", g in "5678", warnings)


def mask_rrn(digits: str) -> str:
    return f"{digits[:6]}-{digits[6]}******"


def mask_account(text: str) -> str:
    """Keep separators and the last four digits: `110-***-**5678`."""
    total = sum(ch.isdigit() for ch in text)
    seen, out = 0, []
    for ch in text:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > total - 4 else "*")
        else:
            out.append(ch)
    return "".join(out)


def seal_rrn(cipher: FieldCipher, rrn: ResidentNumber) -> Sealed:
    return Sealed(cipher.encrypt(rrn.digits, RRN), cipher.lookup_hash(rrn.digits, RRN), mask_rrn(rrn.digits))


def normalize_account(text: str, field: str = "계좌번호") -> str:
    raw = unicodedata.normalize("NFKC", text).strip()
    if not re.fullmatch(r"[\d\- ]{6,30}", raw) or len(_digits(raw)) < 6:
        raise ValidationError(f"{field}는 숫자와 '-'로 6자리 이상이어야 합니다.", field)
    return re.sub(r"\s+", "", raw)


def seal_account(cipher: FieldCipher, account: str) -> Sealed:
    return Sealed(
        cipher.encrypt(account, BANK_ACCOUNT),
        cipher.lookup_hash(_digits(account), BANK_ACCOUNT),
        mask_account(account),
    )


def rrn_lookup_hash(cipher: FieldCipher, text: str) -> str:
    return cipher.lookup_hash(parse_rrn(text).digits, RRN)


def seal_health(cipher: FieldCipher, text: str) -> Sealed:
    """No lookup hash: nobody searches a health note by its exact text, and a hash would tell equal notes."""
    return Sealed(cipher.encrypt(text, HEALTH), None, HEALTH_MASK if text else "")
