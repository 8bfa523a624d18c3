"""What the first-run wizard does besides the setup itself (app.initialize): say where the data and
its backups live, write the recovery code to a PDF to print and keep, and try the central service
(reachable, then the login) before keeping its address. The wizard (gui/setup_wizard.py) and the
tests call these; none of them needs Qt except the PDF, which goes through render/.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from heemang_desktop.settings import Paths


@dataclass(frozen=True)
class Locations:
    data_dir: Path
    database: Path
    backups: Path
    logs: Path
    backups_kept: int


def locations(paths: Paths) -> Locations:
    from heemang_desktop.logs import log_dir
    from heemang_desktop.settings import Settings

    return Locations(paths.data_dir, paths.database, paths.backups, log_dir(paths.data_dir),
                     Settings.load(paths).backups_kept)


def recovery_pdf(code: str, facility_name: str, facility_code: str, out: Path) -> Path:
    """The recovery code on one A4 page, with what it is for and where to keep it."""
    from heemang_desktop.render.pdf import html_to_pdf

    groups = code.split("-")
    rows = "<br>".join("&nbsp;&nbsp;".join(groups[i:i + 4]) for i in range(0, len(groups), 4))
    body = f"""
<h1>Heemang Desktop 개인정보 암호화 복구 코드</h1>
<p>{html.escape(facility_name)} ({html.escape(facility_code)}) · {date.today():%Y-%m-%d} 발급</p>
<p style="font-family: monospace; font-size: 16pt; border: 1px solid #000; padding: 12px">{rows}</p>
<p>주민등록번호와 계좌번호는 이 PC의 키링(암호 저장소)에 있는 열쇠로 암호화되어 있습니다.
다른 PC에서 이 자료를 열거나, 운영체제를 다시 설치해 키링을 잃으면 이 복구 코드가 있어야 자료를 읽을 수 있습니다.</p>
<p>이 종이를 금고 등 잠긴 곳에 보관하고, 이 PDF 파일은 인쇄한 뒤 지우세요. 코드를 아는 사람은 이 시설의 암호화된
개인정보를 읽을 수 있습니다.</p>
"""
    return html_to_pdf(body, out, title="복구 코드")


def connect_central(ctx, server_url: str, user_id: str, password: str, save_password: bool = True):
    """Try the central service (reachable and open, then the login) with sync's connection check, and
    only when both work keep the address and user id in settings (and the password in the keyring
    when asked). Returns the check: `ok`, and `text` in Korean saying what failed and what to do."""
    from heemang_desktop.sync.service import Account, check_connection, check_url, remember

    check = check_connection(server_url, ctx.facility.code, user_id.strip(), password)
    if check.ok:
        remember(ctx, Account(check_url(server_url), ctx.facility.code, user_id.strip()),
                 password if save_password else None)
    return check
