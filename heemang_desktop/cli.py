"""`heemang-desktop`: no subcommand opens the GUI; subcommands do the same work headless.

Feature packages add subcommands and workbook kinds through their `feature.py` (`commands=`,
`imports=`, `templates=`); heavy imports happen only inside the command that needs them, so the
GUI starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import re
import sys
from pathlib import Path

from heemang_desktop import __version__
from heemang_desktop.features import listed, load, merged


def emit(args, data, text: str | None = None) -> None:
    """Print `data` as JSON with --json, else `text` (or a plain rendering of data)."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text if text is not None else "\n".join(f"{k}: {v}" for k, v in data.items()))


# Every --month/--period takes the ways people write a month; "10월" alone (which year?) is refused.
_MONTH = re.compile(r"(\d{4})\s*(?:[-./]\s*(\d{1,2})|(\d{2})|년\s*(\d{1,2})\s*월?)")
MONTH_ERROR = "달은 2026-10 형식으로 적으세요 (2026-1, 2026.10, 2026/10, 202610, 2026년 10월도 됩니다)"


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of "2026-10", "2026-1", "2026.10", "2026/10", "202610" or "2026년 10월"."""
    from heemang_desktop.store.errors import ValidationError

    found = _MONTH.fullmatch((text or "").strip())
    month = int(next((g for g in found.groups()[1:] if g), "0")) if found else 0
    if not found or not 1 <= month <= 12:
        raise ValidationError(f"{MONTH_ERROR}: {text}", "month")
    return int(found.group(1)), month


def month_arg(text: str) -> str:
    """argparse `type=` for --month/--period: the month as "YYYY-MM", which every service reads."""
    year, month = parse_month(text)
    return f"{year:04d}-{month:02d}"


def out_file(*suffixes: str):
    """argparse `type=` for an --out file: one of `suffixes` (".xlsx"), so a workbook is never saved
    under a .pdf name that no program opens."""
    def check(text: str) -> str:
        from heemang_desktop.store.errors import ValidationError

        if Path(text).suffix.lower() not in suffixes:
            kinds = " 또는 ".join(suffixes)
            raise ValidationError(f"저장할 파일은 {kinds} 파일이어야 합니다: {text}", "out")
        return text
    return check


def paths_of(args):
    from heemang_desktop.settings import Paths, resolve_data_dir

    return Paths(resolve_data_dir(args.data_dir))


# A writing command waits this long for another command's lock before refusing (never for the window).
CLI_LOCK_WAIT = 5.0


def open_context(args, need_actor: bool = False, read_only: bool = False):
    """The store for a headless command; `--user` (or the sole/first admin user) is the actor.

    A writing command holds the data folder's lock (owner "cli") until `ctx.close()`: it refuses at
    once while the window is open ("창이 열려 있습니다…"), and waits a few seconds for another
    command. A `read_only` command takes no lock and opens the store read-only, so it works beside
    the window and never checkpoints or backs up.
    """
    from heemang_desktop.app import open_app

    paths = paths_of(args)
    if read_only:
        ctx = _open_read_only(paths)
    else:
        lock = take_folder_lock(paths)
        try:
            ctx = open_app(paths)
        except BaseException:
            lock.release()
            raise
        ctx.folder_lock = lock
    if need_actor:
        from heemang_desktop.users import service as users

        try:
            ctx.actor = users.headless_actor(ctx, args.user)
        except BaseException:
            ctx.close()
            raise
    return ctx


def take_folder_lock(paths):
    from heemang_desktop.store.errors import FolderBusy
    from heemang_desktop.store.folder_lock import FolderLock

    lock = FolderLock(paths.data_dir)
    if not lock.try_acquire("cli"):
        holder = lock.holder()
        if holder is not None and holder.get("owner") == "gui":
            raise FolderBusy(holder)
        lock.acquire("cli", wait=CLI_LOCK_WAIT)
    return lock


def _open_read_only(paths):
    from heemang_desktop.app import open_app
    from heemang_desktop.store.errors import FolderBusy, StoreNeedsUpgrade

    try:
        return open_app(paths, read_only=True)
    except StoreNeedsUpgrade:
        # An older file after an update: migrate it now when no one else has the folder.
        try:
            lock = take_folder_lock(paths)
        except FolderBusy:
            raise StoreNeedsUpgrade(paths.database) from None
        try:
            open_app(paths).close()
        finally:
            lock.release()
        return open_app(paths, read_only=True)


def _cmd_gui(args) -> int:
    from heemang_desktop.gui.launch import run_gui

    return run_gui(paths_of(args), screenshot=getattr(args, "screenshot", None), page=getattr(args, "page", None))


def _cmd_init(args) -> int:
    from heemang_desktop.app import SetupInput, initialize

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    lock = take_folder_lock(paths_of(args))
    try:
        result = initialize(
            paths_of(args),
            SetupInput(args.facility_code, args.facility_name, args.facility_type, args.user_id, args.user_name,
                       args.role, password),
        )
    except BaseException:
        lock.release()
        raise
    ctx = result.context
    ctx.folder_lock = lock
    data = {"database": str(ctx.paths.database), "facility": ctx.facility.code, "recovery_code": result.recovery_code}
    emit(
        args,
        data,
        f"설정을 마쳤습니다: {ctx.paths.database}\n"
        "복구 코드 (인쇄해서 안전한 곳에 보관하세요. "
        f"다른 PC나 키링을 잃었을 때 필요합니다):\n  {result.recovery_code}",
    )
    ctx.close()
    return 0


def _cmd_status(args) -> int:
    from heemang_desktop.status import seoul_text, status

    ctx = open_context(args, read_only=True)
    try:
        data = status(ctx)
    finally:
        ctx.close()
    f = data["facility"]
    emit(
        args,
        data,
        f"데이터베이스: {data['database']}\n스키마: {data['schema_revision']}\n"
        f"시설: {f['code']} {f['name']} ({f['type']})\n전송 대기: {data['queued']}건\n"
        f"마지막 동기화: {seoul_text(data['last_sync']) or '없음'}" + _problems_text(data),  # --json keeps UTC
    )
    return 0


def _problems_text(data: dict) -> str:
    """Conflicts, rejections and quarantined records, and the last error, when there are any."""
    parts = [f"{label} {data[key]:,}건" for key, label in (("conflicts", "충돌"), ("rejected", "거부"),
                                                          ("quarantined", "격리")) if data.get(key)]
    text = f"\n해결할 기록: {' · '.join(parts)} (창의 [나의업무 > 전송 대기 목록])" if parts else ""
    return text + (f"\n마지막 오류: {data['last_error']}" if data.get("last_error") else "")


def _cmd_backup(args) -> int:
    from heemang_desktop.store import backup

    ctx = open_context(args, read_only=True)  # SQLite's backup API reads; works beside the window
    try:
        if args.to:
            dest = ctx.store.backup_to(Path(args.to).expanduser().resolve())
        else:
            dest = backup.make_backup(ctx.paths.database, ctx.paths.backups, "manual", ctx.settings.backups_kept)
    finally:
        ctx.close()
    emit(args, {"backup": str(dest)}, f"백업했습니다: {dest}")
    return 0


def _cmd_unlock(args) -> int:
    ctx = open_context(args, read_only=True)  # writes the keyring only
    try:
        ctx.unlock(sys.stdin.readline().strip())
    finally:
        ctx.close()
    emit(args, {"unlocked": True}, "암호화 열쇠를 이 PC의 키링에 복구했습니다.")
    return 0


def _cmd_import(args) -> int:
    from heemang_desktop.excel.mappings import load_map_file, run_upload

    given = load_map_file(Path(args.map)) if args.map else None  # a bad map file is refused before the store opens
    ctx = open_context(args, need_actor=True)  # a dry run flushes rows before rolling back: a writer
    try:
        report = run_upload(ctx, args.kind, Path(args.file), dry_run=args.dry_run, given=given)
    finally:
        ctx.close()
    emit(args, report.as_dict(), report.summary_text())
    return 0 if report.ok else 1


def _cmd_template(args) -> int:
    writer = load(merged("templates")[args.kind])
    writer(Path(args.file))
    emit(args, {"template": args.file}, f"빈 양식을 저장했습니다: {args.file}")
    return 0


def _cmd_support_bundle(args) -> int:
    from heemang_desktop.support_bundle import make_bundle

    out = make_bundle(paths_of(args), Path(args.out))  # reads only: works beside the window
    emit(args, {"bundle": str(out)},
         f"지원 자료를 저장했습니다: {out}\n개인정보는 넣지 않았습니다. 이 파일을 지원 담당자에게 보내 주세요.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="heemang-desktop",
                                     description="Heemang Desktop (희망이음 오프라인 작업 도구)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="데이터 폴더 (기본: 사용자 데이터 폴더, 또는 HEEMANG_DATA_DIR)")
    parser.add_argument("--user", help="명령줄 작업을 기록할 사용자 ID (기본: 유일한 사용자 또는 첫 관리자)")
    parser.set_defaults(func=_cmd_gui)
    sub = parser.add_subparsers(dest="command")

    def add(name: str, func, help_text: str, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        if json_flag:
            p.add_argument("--json", action="store_true", help="JSON으로 출력")
        p.set_defaults(func=func)
        return p

    p = add("gui", _cmd_gui, "창을 엽니다 (--screenshot 으로 화면을 PNG로 저장)", json_flag=False)
    p.add_argument("--screenshot", metavar="PNG", help="화면 밖에서 그려 PNG로 저장하고 종료")
    p.add_argument("--page", help="보여줄 메뉴 화면 id (예: accounting.resolutions)")

    p = add("init", _cmd_init, "처음 설정 (설정 대화상자와 같은 일)")
    p.add_argument("--facility-code", required=True)
    p.add_argument("--facility-name", required=True)
    p.add_argument("--facility-type", required=True)
    p.add_argument("--user-id", required=True)
    p.add_argument("--user-name", required=True)
    p.add_argument("--role", required=True, help="시설장, 회계담당, 인사담당, 사회복지사, 관리자")
    p.add_argument("--password-stdin", action="store_true", help="첫 사용자 비밀번호를 표준입력에서 읽음")

    add("status", _cmd_status, "데이터베이스·시설·전송 대기 현황")
    p = add("backup", _cmd_backup, "데이터베이스 백업")
    p.add_argument("--to", metavar="FILE", help="백업 파일 경로 (기본: 데이터 폴더의 backups/)")
    add("unlock", _cmd_unlock, "복구 코드(표준입력)로 암호화 열쇠를 이 PC의 키링에 되살림")
    p = add("support-bundle", _cmd_support_bundle, "지원 요청용 자료(로그·버전·현황, 개인정보 없음)를 zip으로 저장")
    p.add_argument("--out", required=True, metavar="FILE.zip", help="저장할 zip 파일")

    imports = merged("imports")
    p = add("import", _cmd_import, "파일 업로드 (모두 저장하거나 하나도 저장하지 않음)")
    p.add_argument("kind", choices=sorted(imports) or ["-"],
                   help=", ".join(f"{kind}: {ref.noun} 파일" for kind, ref in sorted(imports.items())))
    p.add_argument("file", help="올릴 파일 (종류마다 받는 형식이 위에 있습니다)")
    p.add_argument("--dry-run", action="store_true", help="검사만 하고 저장하지 않음")
    p.add_argument("--map", metavar="FILE.json", help='값 맞춤 파일: {"열": {"적힌 값": "바꿀 값"}}')
    p = add("template", _cmd_template, "빈 엑셀 양식 저장", json_flag=True)
    p.add_argument("kind", choices=sorted(merged("templates")) or ["-"])
    p.add_argument("file")

    for module in listed("commands"):
        importlib.import_module(module).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    import sqlite3

    from heemang_desktop.store.engine import store_error
    from heemang_desktop.store.errors import HeemangError

    try:
        args = build_parser().parse_args(argv)
    except HeemangError as exc:  # a month or --out file the argument types refuse: said as any refusal
        if "--json" in (sys.argv[1:] if argv is None else argv):
            print(json.dumps({"error": str(exc), "type": type(exc).__name__}, ensure_ascii=False))
        print(f"오류: {exc}", file=sys.stderr)
        return 1
    command = _start_log(args)
    try:
        try:
            return args.func(args)
        except sqlite3.Error as exc:  # a raw SQLite error outside the engine (busy, full): the same sentence
            raise (store_error(exc) or exc) from exc
    except HeemangError as exc:
        # The kind only: a message may quote what the user typed or a cell of their workbook.
        logging.getLogger(__name__).info("command %s refused: %s", command, type(exc).__name__)
        if getattr(args, "json", False):
            print(json.dumps({"error": str(exc), "type": type(exc).__name__}, ensure_ascii=False))
        print(f"오류: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `status --json | head`: the reader went away, which is not our error. Point stdout at
        # devnull so the interpreter's final flush does not fail again with a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from heemang_desktop.logs import log_unexpected

        log_unexpected(f"command {command} failed unexpectedly", exc)
        raise


# The central service logs to its own stderr, and a template touches no data folder.
_NOT_LOGGED = ("central", "template")


def _start_log(args) -> str:
    """The support log in the data folder (heemang_desktop/logs.py); a mistyped --data-dir of a
    reading command is not created just to hold a log."""
    command = args.command or "gui"
    data_dir = paths_of(args).data_dir
    if command in _NOT_LOGGED or (not data_dir.is_dir() and command not in ("gui", "init")):
        return command
    from heemang_desktop import logs

    try:
        logs.setup(data_dir)
    except OSError:
        return command  # a folder we cannot write: the command itself says so
    if command != "gui":  # the window logs its start with Qt's version (gui/launch.py)
        logs.started(f"command {command}")
    return command
