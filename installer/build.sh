#!/usr/bin/env bash
# Build the one-folder app: bash installer/build.sh [DIST-DIR]  (default dist/; the app lands in
# DIST-DIR/heemang-desktop). Prints the build time, the folder's size and its file count.
# PyInstaller is pinned: a new release changes what its hooks collect, and that is a change to review.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
WORK=${PYI_WORKPATH:-build/pyinstaller}
python -m pip install -q "pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9"
start=$SECONDS
python -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" installer/heemang.spec
app="$DIST/heemang-desktop"
echo "== built $app in $((SECONDS - start)) s: $(du -sm "$app" | cut -f1) MB, $(find "$app" -type f | wc -l) files"
