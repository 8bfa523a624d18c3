#!/usr/bin/env bash
# Build the one-folder app into dist/heemang-desktop, then smoke-test it.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -e . "pyinstaller>=6.5"
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/heemang.spec
bash installer/smoke.sh dist/heemang-desktop/heemang-desktop
