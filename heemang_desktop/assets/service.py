"""재산·비품's door: what the GUI, the CLI and other features (the 결산) may call.

`year_changes(ctx, year)` and `year_summary(ctx, year)` give the 결산 the year's 재산 changes.
"""

from __future__ import annotations

from heemang_desktop.assets.counts import (
    CountEntry,
    CountLineView,
    CountView,
    Difference,
    add_extra,
    differences,
    finish_count,
    get_count,
    list_counts,
    open_count,
    record_found,
    start_count,
    today,
)
from heemang_desktop.assets.imports import ASSET_COUNT, ASSETS, write_count_sheet
from heemang_desktop.assets.models import DISPOSED, EQUIPMENT, IN_USE, PROPERTY
from heemang_desktop.assets.outputs import (
    Register,
    register,
    register_html,
    register_title,
    save_labels,
    save_register,
)
from heemang_desktop.assets.register import (
    AcquisitionLine,
    AssetInput,
    AssetQuery,
    AssetView,
    DisposeInput,
    EventView,
    MoveInput,
    acquire,
    acquisition_lines,
    add_asset,
    categories,
    correct,
    dispose,
    get_asset,
    history,
    list_assets,
    locations,
    move,
    resolution_number,
    rules,
)
from heemang_desktop.assets.yearly import CategoryYear, YearChange, year_changes, year_summary

__all__ = [
    "ASSETS", "ASSET_COUNT", "CountEntry", "CountLineView", "CountView", "Difference", "add_extra", "differences",
    "finish_count", "get_count", "list_counts", "open_count", "record_found", "start_count", "today",
    "write_count_sheet",
    "Register", "register", "register_html", "register_title", "save_labels", "save_register",
    "AcquisitionLine", "acquisition_lines",
    "DISPOSED", "EQUIPMENT", "IN_USE", "PROPERTY",
    "AssetInput", "AssetQuery", "AssetView", "CategoryYear", "DisposeInput", "EventView", "MoveInput", "YearChange",
    "acquire", "add_asset", "categories", "correct", "dispose", "get_asset", "history", "list_assets", "locations",
    "move",
    "resolution_number", "rules", "year_changes", "year_summary",
]
