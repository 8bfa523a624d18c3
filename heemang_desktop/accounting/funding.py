"""Accounts a funding source may not pay (비지정후원금: no 업무추진비, 전출금, 상환금, 잡지출, 예비비).

The rules are data (resources/accounting/funding_rules.json), keyed by the date they apply from; a rule's
code covers the account and everything below it.
"""

from __future__ import annotations

from heemang_desktop.accounting.chart import Chart
from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import ValidationError


def _rules(year: int) -> list[dict]:
    versions = load_json("accounting/funding_rules.json")["versions"]
    usable = [v for v in versions if int(v["valid_from"][:4]) <= year] or versions[:1]
    return max(usable, key=lambda v: v["valid_from"])["rules"]


def check_funding(chart: Chart, year: int, funding_source: str, lines) -> None:
    """Refuse a 세출 line whose account the resolution's 재원 may not pay, naming the account."""
    if not funding_source:
        return
    for rule in _rules(year):
        if funding_source not in rule["funding_sources"]:
            continue
        forbidden = {f["code"]: f["why"] for f in rule["forbidden"]}
        for i, line in enumerate(lines, start=1):
            account = chart.get("세출", line.account_code.strip())
            if account is None:
                continue
            hit = next((a for a in [account, *chart.ancestors(account)] if a.code in forbidden), None)
            if hit is not None:
                raise ValidationError(
                    f"{i}번째 줄: {rule['label']}(으)로는 {account.label}({forbidden[hit.code]})에 지출할 수 없습니다. "
                    "재원이나 예산과목을 바꾸세요.", "funding_source")
