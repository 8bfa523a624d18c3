"""재산·비품: the property and equipment registers, the stock count and disposal."""
from heemang_desktop.features import Feature, ImportRef

FEATURE = Feature(
    models=("heemang_desktop.assets.models",),
    commands=("heemang_desktop.assets.cli",),
    imports={"assets": ImportRef("heemang_desktop.assets.imports:ASSETS"),
             "assets-count": ImportRef("heemang_desktop.assets.imports:ASSET_COUNT")},
    templates={"assets": "heemang_desktop.assets.imports:write_assets_template",
               "assets-count": "heemang_desktop.assets.imports:write_count_template"},
    pages={"hr.assets": "heemang_desktop.gui.assets.assets_page:AssetsPage"},
    entities={
        "asset": "재산·비품",
        "asset_event": "재산·비품 이력",
        "asset_count": "재물조사",
        "asset_count_line": "재물조사 내역",
    },
)
