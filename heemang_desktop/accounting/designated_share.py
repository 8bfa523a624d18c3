"""지정후원금: the share of a designated donation that may pay fundraising and administration costs.

The share is data (resources/accounting/funding_rules.json, `designated_share`, keyed by the date it applies
from). Donations call `designated_share` when a designated gift's costs are entered and show its warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError


@dataclass(frozen=True)
class ShareCheck:
    donation: int  # the designated donation, won
    percent: int
    allowed: int  # the most its fundraising and administration costs may take, won
    spent: int  # what those costs take
    over: int  # spent beyond allowed (0 within the share)
    warning: str  # Korean, "" within the share
    source: str


def _rule(day: date) -> dict:
    versions = load_json("accounting/funding_rules.json")["versions"]
    usable = [v for v in versions if date.fromisoformat(v["valid_from"]) <= day] or versions[:1]
    return max(usable, key=lambda v: v["valid_from"])["designated_share"]


def designated_share(day: date, donation: int, spent: int = 0) -> ShareCheck:
    """The allowed fundraising/administration amount of a designated donation received on `day`, and a warning
    when `spent` goes above it. Rounded down to the won: the share is an upper limit."""
    for value, field in ((donation, "donation"), (spent, "spent")):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError("금액은 0 이상의 원 단위 정수여야 합니다.", field)
    rule = _rule(day)
    percent = int(rule["percent"])
    allowed = donation * percent // 100
    over = max(0, spent - allowed)
    warning = (f"지정후원금 {donation:,}원의 {percent}%인 {allowed:,}원까지만 {rule['uses']}에 쓸 수 있습니다. "
               f"{spent:,}원은 {over:,}원 많습니다.") if over else ""
    return ShareCheck(donation, percent, allowed, spent, over, warning, rule["source"])
