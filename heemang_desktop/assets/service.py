"""재산·비품's door: what the GUI, the CLI and other features (the 결산) may call.

`year_changes(ctx, year)` and `year_summary(ctx, year)` give the 결산 the year's 재산 changes.
"""

from __future__ import annotations

from heemang_desktop.assets.models import DISPOSED, EQUIPMENT, IN_USE, PROPERTY
from heemang_desktop.assets.register import (
    AssetInput,
    AssetQuery,
    AssetView,
    DisposeInput,
    EventView,
    MoveInput,
    acquire,
    add_asset,
    categories,
    dispose,
    get_asset,
    history,
    list_assets,
    locations,
    move,
    rules,
)
from heemang_desktop.assets.yearly import CategoryYear, YearChange, year_changes, year_summary

__all__ = [
    "DISPOSED", "EQUIPMENT", "IN_USE", "PROPERTY",
    "AssetInput", "AssetQuery", "AssetView", "CategoryYear", "DisposeInput", "EventView", "MoveInput", "YearChange",
    "acquire", "add_asset", "categories", "dispose", "get_asset", "history", "list_assets", "locations", "move",
    "rules", "year_changes", "year_summary",
]
