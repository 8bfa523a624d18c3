"""`heemang-desktop sync`: send the queue and fetch others' changes, headless (sites, cron, checks).

With --once the exit code says whether the queue is drained: 0 drained; 2 offline or server
error; 3 central service in an outage; 4 login needed; 5 conflicts or rejections wait for a user;
6 the server's answer was malformed (refused, queue kept).
"""

from __future__ import annotations

import sys
import time

EXIT = {"offline": 2, "server": 2, "throttled": 2, "refused": 2, "certificate": 2, "maintenance": 3, "auth": 4,
        "protocol": 6}


def register(sub) -> None:
    p = sub.add_parser("sync", help="중앙 서비스와 동기화 (전송 대기 보내기, 다른 PC의 변경 받기)")
    p.add_argument("--server", help="중앙 서비스 주소 (기본: 설정에 저장된 주소)")
    p.add_argument("--user", dest="sync_user", help="중앙 서비스 사용자 ID (기본: 설정에 저장된 ID)")
    p.add_argument("--password-stdin", action="store_true", help="비밀번호를 표준입력에서 읽음 (없으면 키링)")
    p.add_argument("--once", action="store_true", help="한 번만 하고 끝냄 (종료 코드 0 = 모두 보냄)")
    p.add_argument("--interval", type=float, default=60.0, help="계속 실행할 때 확인 간격(초)")
    p.add_argument("--resync", action="store_true",
                   help="전체 다시 받기: 백업과 보내지 않은 변경 내보내기 후 모든 기록을 서버에서 다시 받음 "
                        "(동기화 후 점검에서 양쪽이 다를 때)")
    p.add_argument("--yes", action="store_true", help="--resync를 묻지 않고 실행")
    p.add_argument("--json", action="store_true", help="JSON으로 출력")
    p.set_defaults(func=_cmd_sync)


def exit_code(report) -> int:
    if report.drained:
        return 0
    if report.error_kind in EXIT:
        return EXIT[report.error_kind]
    return 5


def describe(report) -> str:
    lines = []
    if report.pushed:
        names = {"applied": "반영", "duplicate": "이미 반영", "conflict": "충돌", "rejected": "거부"}
        lines.append("보냄: " + ", ".join(f"{names.get(k, k)} {v:,}건" for k, v in report.pushed.items()))
    if report.pulled.get("applied"):
        lines.append(f"받음: {report.pulled['applied']:,}건")
    if report.pulled.get("kept_local"):
        lines.append(f"보내지 않은 수정이 있어 받지 않은 기록: {report.pulled['kept_local']:,}건")
    if report.unknown_kept:
        lines.append(f"이 버전이 모르는 종류의 기록 {report.unknown_kept:,}건을 보관 중입니다 "
                     "(프로그램을 업데이트하면 적용됩니다).")
    if report.error:
        lines.append(f"문제: {report.error}" + (f" (~{report.until})" if report.until else ""))
    lines.append(f"전송 대기 {report.queued:,}건, 충돌 {report.conflicts:,}건, 거부 {report.rejected:,}건")
    if report.drained:
        lines.append("모두 보냈습니다.")
    elif report.conflicts or report.rejected:
        lines.append("충돌·거부된 기록은 [나의업무 > 전송 대기 목록]에서 해결하세요.")
    return "\n".join(lines)


def _account(ctx, args, account_of):
    """The account as the window's 동기화 로그인 would give it, with what is missing said as the
    command's own options."""
    from heemang_desktop.store.errors import ValidationError

    if not (args.server or ctx.settings.server_url):
        raise ValidationError("중앙 서비스 주소가 설정되지 않았습니다. sync --server 주소 로 알려 주세요 "
                              "(한 번 쓰면 저장됩니다).", "server_url")
    if not (args.sync_user or ctx.settings.extra.get("sync_user")):
        raise ValidationError("중앙 서비스 사용자 ID가 설정되지 않았습니다. sync --user 사용자ID 로 알려 주세요 "
                              "(한 번 쓰면 저장됩니다).", "user_id")
    return account_of(ctx, args.server, args.sync_user)


def _cmd_sync(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.sync import engine as eng
    from heemang_desktop.sync.credentials import Credentials, account_of, remember
    from heemang_desktop.sync.transport import Transport

    ctx = open_context(args)
    try:
        account = _account(ctx, args, account_of)
        if args.server or args.sync_user:
            remember(ctx, account)
        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
        transport = Transport(account.server_url)
        engine = eng.SyncEngine(ctx, transport, Credentials(account, password))
        if args.resync:
            return _resync(args, engine)
        if args.once:
            report = eng.run(engine)
            emit(args, report.as_dict(), describe(report))
            return exit_code(report)
        attempt = 0
        while True:  # a headless site's sync loop; Ctrl-C ends it
            report = engine.run_once()
            emit(args, report.as_dict(), time.strftime("%H:%M:%S ") + describe(report))
            attempt = 0 if report.finished else attempt + 1
            time.sleep(args.interval if report.finished else eng.next_delay(report, attempt))
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()


def _resync(args, engine) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.sync.errors import SyncError
    from heemang_desktop.sync.resync import describe as describe_resync
    from heemang_desktop.sync.resync import full_resync

    if not args.yes:
        if not sys.stdin.isatty():
            print("전체 다시 받기는 --yes 와 함께 실행하세요 (먼저 백업하고 보내지 않은 변경을 파일로 내보냅니다).",
                  file=sys.stderr)
            return 2
        answer = input("백업 후 모든 기록을 중앙 서비스에서 다시 받습니다. 계속할까요? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "예"):
            return 1
    try:
        report = full_resync(engine)
    except SyncError as exc:
        print(f"전체 다시 받기를 하지 못했습니다: {exc}", file=sys.stderr)
        return EXIT.get(exc.kind, 2)
    emit(args, report.as_dict(), describe_resync(report))
    return 0 if report.sanity == [] else 5
