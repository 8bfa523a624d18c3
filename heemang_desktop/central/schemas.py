"""Request and response bodies of protocol v1 (pydantic): the OpenAPI document is built from these."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from heemang_desktop.sync import protocol as p
from heemang_desktop.sync.schema import UUID as _UUID  # one id pattern for the wire schema and the API

MAX_EXCLUDED = 50_000  # ids per entity in a summary request (a client sends at most 20,000 in all)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(BaseModel):
    detail: Any


class StatusResponse(BaseModel):
    state: Literal["open", "maintenance"]
    until: str | None = None
    server_time: datetime
    protocol: int = p.PROTOCOL


class TokenRequest(Strict):
    facility_code: str = Field(pattern=r"^[A-Z0-9]{2,16}$")
    user_id: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class TokenResponse(BaseModel):
    token: str
    expires_at: datetime
    facility_code: str
    facility_id: str


class Change(Strict):
    change_id: str = Field(pattern=_UUID)
    entity: str = Field(pattern=p.ENTITY_NAME.pattern)
    entity_id: str = Field(min_length=1, max_length=36)
    op: Literal["upsert", "delete"]
    base_version: int = Field(ge=0, le=2**31)
    payload: dict[str, Any]
    pii: list[str] = Field(default_factory=list, max_length=32,
                           description="payload fields holding plain PII; the server encrypts them at rest")


class PushRequest(Strict):
    client_id: str = Field(min_length=1, max_length=64)
    # The length is checked before any item: a 16 MB body of `[],[],…` gives one error, not millions.
    changes: list[Change] = Field(max_length=p.MAX_BATCH,
                                  description=f"at most {p.MAX_BATCH} changes; more is refused with 413")


class EntityCopy(BaseModel):
    entity: str
    entity_id: str
    version: int
    deleted: bool
    server_version: int
    payload: dict[str, Any]


class Result(BaseModel):
    change_id: str
    status: Literal["applied", "duplicate", "conflict", "rejected"]
    server_version: int | None = None
    version: int | None = None
    reason: str | None = None
    server_copy: EntityCopy | None = None


class PushResponse(BaseModel):
    results: list[Result]


class PullResponse(BaseModel):
    changes: list[EntityCopy]
    next_cursor: int
    has_more: bool


class SummaryRequest(Strict):
    exclude: dict[str, Annotated[list[Annotated[str, Field(max_length=36)]], Field(max_length=MAX_EXCLUDED)]] = Field(
        default_factory=dict, max_length=200, description="records left out of the figures (unsent edits)")


class EntitySummary(BaseModel):
    count: int
    version_sum: int


class SummaryResponse(BaseModel):
    entities: dict[str, EntitySummary]
