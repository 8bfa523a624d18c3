"""Value mappings: how a facility's files write a coded value, remembered (synced) or given in a file.

`save_mappings(ctx, kind, {column: {as written: value}})` remembers the choices made in the upload
dialog for the facility, so the next file maps by itself; `mappings_for(ctx, kind)` gives them back
in the same shape, which `merge` lays under a file's own `--map` (the file's choice wins). A mapping's
id is derived from the facility, kind, column and the value's normalised spelling, so two PCs mapping
the same value offline meet as one record (a conflict to settle), not as two rows.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.excel import codes
from heemang_desktop.excel.models import ValueMapping
from heemang_desktop.excel.values import text
from heemang_desktop.features import merged
from heemang_desktop.store.errors import HeemangError, ValidationError
from heemang_desktop.sync.outbox import record_change

MAX_TEXT = 200

Mappings = dict[str, dict[str, str]]  # column -> {as written: allowed value}


def _id(facility_id: str, kind: str, column: str, written: str) -> str:
    return str(uuid.uuid5(uuid.UUID(facility_id), f"value_mapping:{kind}:{column}:{codes.key(written)}"))


def _target(kind: str, column: str, written: str, value: str) -> str:
    """The allowed value `value` names (spelled loosely or by a synonym), or a Korean refusal."""
    if not written:
        raise ValidationError(f"{column}: 맞출 값이 비어 있습니다.", "as_written")
    if len(written) > MAX_TEXT or len(value) > MAX_TEXT:
        raise ValidationError(f"{column}: 값은 {MAX_TEXT}자까지 쓸 수 있습니다.", "value")
    coded = codes.coded_columns(kind).get(column)
    if coded is None:
        return value  # a column this app lists no values for: kept as chosen
    found = codes.match(column, value, coded.allowed)
    if found.value is None:
        raise ValidationError(f"{column} '{written}' → '{value}': {found.reason}", "value")
    return found.value


def save_mappings(ctx, kind: str, mappings: Mapping[str, Mapping[str, str]]) -> int:
    """Remember `mappings` for the facility (one synced record per value); returns how many changed."""
    actor = ctx.require_actor()
    if kind not in merged("imports"):
        raise ValidationError(f"모르는 업로드 종류입니다: {kind}", "kind")
    wanted = [(column, text(written), _target(kind, column, text(written), text(value)))
              for column, values in mappings.items() for written, value in values.items()]
    changed = 0
    with ctx.transaction() as session:
        for column, written, value in wanted:
            row_id = _id(ctx.facility.id, kind, column, written)
            row = session.get(ValueMapping, row_id)
            if row is not None and row.active and row.value == value:
                continue
            if row is None:
                row = ValueMapping(id=row_id, facility_id=ctx.facility.id, kind=kind, column_name=column)
            row.as_written, row.value, row.active = written, value, True
            record_change(session, row, actor.login_id)
            changed += 1
    return changed


def forget_mappings(ctx, kind: str, values: list[tuple[str, str]]) -> int:
    """Stop mapping these (column, as written) values, on the facility's other PCs too; returns how many
    were remembered. The records stay, inactive (see ValueMapping.active)."""
    actor = ctx.require_actor()
    forgotten = 0
    with ctx.transaction() as session:
        for column, written in values:
            row = session.get(ValueMapping, _id(ctx.facility.id, kind, column, text(written)))
            if row is not None and row.active:
                row.active = False
                record_change(session, row, actor.login_id)
                forgotten += 1
    return forgotten


def mappings_for(ctx, kind: str) -> Mappings:
    """The facility's remembered mappings of one upload kind: {column: {as written: value}}."""
    with ctx.store.session() as session:
        rows = session.execute(select(ValueMapping.column_name, ValueMapping.as_written, ValueMapping.value).where(
            ValueMapping.facility_id == ctx.facility.id, ValueMapping.kind == kind,
            ValueMapping.active.is_(True), ValueMapping.deleted.is_(False)).order_by(
            ValueMapping.column_name, ValueMapping.as_written))
        out: Mappings = {}
        for column, written, value in rows:
            out.setdefault(column, {})[written] = value
        return out


def run_upload(ctx, kind: str, path, dry_run: bool = False, given: Mapping[str, Mapping[str, str]] | None = None,
               remember: bool = False, progress=None):
    """Import `path` as `kind` with the facility's mappings under `given` (a --map file, the dialog's
    choices); with `remember`, `given` is saved for the facility once the rows are saved (never on a
    dry run, a rejected row or a cancel). Returns the import's report."""
    from heemang_desktop.excel.pipeline import run_import

    given = given or {}
    report = run_import(ctx, kind, Path(path), dry_run=dry_run, progress=progress,
                        mapping=merge(mappings_for(ctx, kind), given))
    from heemang_desktop.excel.codes import coded_columns

    coded = coded_columns(kind)
    for column in given:
        if column not in coded:  # a misspelt column would otherwise map nothing, silently
            report.warnings.append(f"값 맞춤의 '{column}' 열은 이 양식에서 값을 맞추는 열이 아니라 쓰지 않았습니다 "
                                   f"(맞출 수 있는 열: {', '.join(coded) or '없음'}).")
    if remember and report.saved and any(given.values()):
        save_mappings(ctx, kind, given)
    return report


def merge(remembered: Mapping[str, Mapping[str, str]], given: Mapping[str, Mapping[str, str]]) -> Mappings:
    """`given` (a file's --map, the dialog's choices) over `remembered` (the facility's)."""
    out: Mappings = {column: dict(values) for column, values in remembered.items()}
    for column, values in given.items():
        out.setdefault(column, {}).update(values)
    return out


# -- the CLI's --map file -------------------------------------------------------------------------
def load_map_file(path: Path) -> Mappings:
    """`{"<column>": {"<as written>": "<allowed value>"}}` (excel-templates.md "Value mapping")."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise HeemangError(f"맞춤 파일이 없습니다: {path}") from None
    except OSError as exc:
        raise HeemangError(f"맞춤 파일을 읽을 수 없습니다: {path} ({exc.strerror or '읽기 오류'})") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise HeemangError(f"맞춤 파일은 UTF-8로 저장한 JSON이어야 합니다: {path.name}") from None
    except json.JSONDecodeError as exc:
        raise HeemangError(
            f"맞춤 파일의 JSON 형식이 잘못되었습니다: {path.name} {exc.lineno}행 {exc.colno}열") from None
    example = '예: {"보장구분": {"기초생활수급": "기초생활수급(생계)"}}'
    if not isinstance(data, dict):
        raise HeemangError(f"맞춤 파일은 열 이름마다 {{적힌 값: 바꿀 값}}을 적은 JSON 객체여야 합니다. {example}")
    out: Mappings = {}
    for column, values in data.items():
        if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
            raise HeemangError(f"맞춤 파일의 '{column}'에는 {{적힌 값: 바꿀 값}}을 문자열로 적으세요. {example}")
        out[text(column)] = {text(k): text(v) for k, v in values.items()}
    return out

