"""Every model module, imported so that `Base.metadata` knows all tables (for Alembic and tests).

A feature adds its models module here.
"""

import importlib

from heemang_desktop.store.base import Base

MODEL_MODULES = (
    "heemang_desktop.store.models",
    "heemang_desktop.users.models",
    "heemang_desktop.sync.models",
)

for _name in MODEL_MODULES:
    importlib.import_module(_name)

metadata = Base.metadata
