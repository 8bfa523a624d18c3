"""The report every import gives (excel-templates.md): counts, rejected rows with reasons (one entry per
bad column of a row), warnings, and the coded values no allowed value matched (for the mapping step)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RowError:
    row: int  # Excel row number as the user sees it
    column: str
    reason: str


@dataclass(frozen=True)
class Unmapped:
    """A value written in a coded column that matched no allowed value: on how many rows, and the closest ones."""

    column: str
    value: str
    rows: int
    suggestions: tuple[str, ...]
    allowed: tuple[str, ...] = ()


@dataclass
class ImportReport:
    read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    dry_run: bool = False
    saved: bool = False
    _warned: set = field(default_factory=set, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def rejected_rows(self) -> int:
        return len({e.row for e in self.rejected})

    def reject(self, row: int, column: str, reason: str) -> None:
        self.rejected.append(RowError(row, column, reason))

    def warn(self, message: str) -> None:
        if message not in self._warned:  # a set beside the list: one warning per row of 20,000 stays linear
            self._warned.add(message)
            self.warnings.append(message)

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [{"row": e.row, "column": e.column, "reason": e.reason} for e in self.rejected],
            "warnings": list(self.warnings),
            "unmapped": [{"column": u.column, "value": u.value, "rows": u.rows, "suggestions": list(u.suggestions),
                          "allowed": list(u.allowed)} for u in self.unmapped],
            "dry_run": self.dry_run,
            "saved": self.saved,
        }

    def summary_text(self) -> str:
        lines = [f"읽은 행 {self.read} · 새로 {self.created} · 바뀜 {self.updated} · 그대로 {self.unchanged}"]
        if self.rejected:
            lines.append(f"오류 {len(self.rejected)}건 — 아무것도 저장하지 않았습니다:")
            lines += [f"  {e.row}행 [{e.column}] {e.reason}" for e in self.rejected]
        elif self.dry_run:
            lines.append("검사만 했습니다 (--dry-run): 저장하지 않았습니다.")
        else:
            lines.append("모두 저장했습니다.")
        lines += [f"  주의: {w}" for w in self.warnings]
        if self.unmapped:
            lines.append("목록에 없는 값 (--map 파일로 바꿀 값을 정할 수 있습니다):")
            for u in self.unmapped:
                near = f" → 가까운 값: {', '.join(u.suggestions)}" if u.suggestions else ""
                lines.append(f"  [{u.column}] '{u.value}' ({u.rows}행){near}")
        return "\n".join(lines)
