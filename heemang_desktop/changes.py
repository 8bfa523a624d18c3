"""What a write changed: entity types and ids (architecture §8).

Services don't build this by hand: every synced write goes through the outbox
(`sync/outbox.record_change` / `record_changes`), which notes the entity and id on the session; when
the session commits, the notes reach every `collect()` block open on this thread. A rolled-back
transaction reports nothing. The sync engine reports what a pull applied the same way, so the GUI
can tell every open view what to reload.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Changes:
    by_entity: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @staticmethod
    def of(entity: str, *ids: str) -> Changes:
        return Changes({entity: frozenset(ids)})

    @staticmethod
    def from_pairs(pairs: Iterable[tuple[str, str]]) -> Changes:
        out: dict[str, set[str]] = {}
        for entity, entity_id in pairs:
            out.setdefault(entity, set()).add(entity_id)
        return Changes({k: frozenset(v) for k, v in out.items()})

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.by_entity)
        for entity, ids in other.by_entity.items():
            merged[entity] = merged.get(entity, frozenset()) | ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.by_entity)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(self.by_entity)

    def ids(self, entity: str) -> frozenset[str]:
        return self.by_entity.get(entity, frozenset())

    def touches(self, *entities: str) -> bool:
        return any(e in self.by_entity for e in entities)

    def __repr__(self) -> str:
        return "Changes(" + ", ".join(f"{e}×{len(ids)}" for e, ids in sorted(self.by_entity.items())) + ")"


EMPTY = Changes()


class Collector:
    def __init__(self) -> None:
        self.changes = EMPTY

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


_local = threading.local()
_PENDING = "heemang.changes.pending"


def _open() -> list[Collector]:
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    return stack


@contextmanager
def collect() -> Iterator[Collector]:
    """Everything committed on this thread inside the block lands in `collector.changes`."""
    collector = Collector()
    stack = _open()
    stack.append(collector)
    try:
        yield collector
    finally:
        stack.remove(collector)


def note(session: Session, entity: str, ids: Iterable[str]) -> None:
    """Called by the outbox for each queued change; counts once the session commits."""
    pending = session.info.setdefault(_PENDING, {})
    pending.setdefault(entity, set()).update(ids)


def _committed(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    stack = _open()
    if stack:
        made = Changes({k: frozenset(v) for k, v in pending.items()})
        for collector in stack:
            collector.add(made)


def _rolled_back(session: Session, *_args) -> None:
    session.info.pop(_PENDING, None)


event.listen(Session, "after_commit", _committed)
event.listen(Session, "after_rollback", _rolled_back)
