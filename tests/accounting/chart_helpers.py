"""Writing a store as the release before charts followed the facility type did (one chart for every type)."""

from __future__ import annotations

import pytest

import heemang_desktop.accounting.chart as chart_module
from heemang_desktop.app import SetupInput, initialize


def write_old_store(paths, facility_type: str, write):
    """Set up a store at `paths` and run `write(ctx)` with the previous release's chart; returns what it returned.
    That release gave every type the 사회복지시설 chart, unfiltered (whose accounts are all still shipped)."""
    mp = pytest.MonkeyPatch()
    mp.setattr(chart_module, "chart_name_for", lambda _type: "사회복지시설")
    mp.setattr(chart_module, "_for_type", lambda raw, _type: raw)
    try:
        ctx = initialize(paths, SetupInput(facility_code="L0001", facility_name="희망센터", facility_type=facility_type,
                                           user_id="admin", user_name="김관리", role="관리자")).context
        try:
            return write(ctx)
        finally:
            ctx.close()
    finally:
        mp.undo()
