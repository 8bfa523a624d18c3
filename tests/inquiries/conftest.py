"""Inquiry fixtures: the live central service harness lives with the sync and central tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))
sys.path.insert(0, str(Path(__file__).parent.parent / "central"))
