"""재산·비품: the property and equipment registers, the stock count and disposal."""
from heemang_desktop.features import Feature

FEATURE = Feature(
    models=("heemang_desktop.assets.models",),
    entities={
        "asset": "재산·비품",
        "asset_event": "재산·비품 이력",
        "asset_count": "재물조사",
        "asset_count_line": "재물조사 내역",
    },
)
