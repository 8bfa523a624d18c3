"""Helpers for subject tests: a registered subject, and another role working on the same store."""

from __future__ import annotations

from datetime import date

import pytest
from subject_helpers import register

from heemang_desktop.context import Actor


@pytest.fixture
def subject(ctx):
    return register(ctx)


@pytest.fixture
def window(ctx, main_window):
    """The real main window on the test's store (the test's own ctx closed: the window's thread owns it)."""
    ctx.close()
    return main_window(timeout=5000)


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
