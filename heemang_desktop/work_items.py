"""나의업무 items: what needs a user now, offered by each feature and gathered by the mywork feature.

A feature lists providers in its registry entry (`Feature.work_items`, "module:function"); each is
called as `provider(ctx, on)` with the day asked about and returns `WorkItem`s for that day. The
mywork feature keeps the items whose page the user's role may open and sorts them, most urgent
first. Providers read only (never write) and must be cheap: the page refreshes on every broadcast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Lower sorts first. A provider picks one; the page shows them in this order, then by due date.
OVERDUE, URGENT, SOON, NOTICE = 0, 10, 20, 30


@dataclass(frozen=True)
class WorkItem:
    kind: str  # stable, for tests and the CLI: "deadline", "outage", "sync_rejected", "cms_blackout", …
    title: str  # one Korean line: "9.1–9.5 시스템 중단 예정: 시군구보고는 8.30까지"
    page: str  # the menus.json page id that resolves it
    due: date | None = None
    urgency: int = SOON
    reason: str = ""  # the rule or notice that set it ("희망이음 개통 안내 (2022-08)")
    key: str = ""  # what it is about (an entity id or a calendar entry id), stable across refreshes

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "title": self.title,
            "due": self.due.isoformat() if self.due else None,
            "page": self.page,
            "urgency": self.urgency,
            "reason": self.reason,
            "key": self.key,
        }
