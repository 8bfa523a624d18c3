"""Every model module, imported so that `Base.metadata` knows all tables (for Alembic and tests).

The list comes from each feature's `feature.py` (`models=`).
"""

import importlib

from heemang_desktop.features import listed
from heemang_desktop.store.base import Base

for _name in listed("models"):
    importlib.import_module(_name)

metadata = Base.metadata
