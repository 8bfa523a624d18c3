"""Helpers for subject tests: a registered subject, and another role working on the same store."""

from __future__ import annotations

from datetime import date

import pytest

from heemang_desktop.context import Actor
from heemang_desktop.subjects import cards


def register(ctx, name="김순자", rrn="400101-2234567", **kw):
    return cards.register_subject(ctx, cards.SubjectInput(name=name, resident_number=rrn, **kw))


@pytest.fixture
def subject(ctx):
    return register(ctx)


@pytest.fixture
def as_role(ctx):
    """Switch the working role (the store and facility stay); restores the admin afterwards."""
    original = ctx.actor

    def switch(role: str):
        ctx.actor = Actor(f"user-{role}", f"{role} 사용자", role)
        return ctx

    yield switch
    ctx.actor = original


D = date
