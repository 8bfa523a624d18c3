#!/usr/bin/env bash
# Build the one-folder app into dist/heemang-desktop, then smoke-test it.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -e . "pyinstaller>=6.5"
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/heemang.spec
BIN=dist/heemang-desktop/heemang-desktop
if [ "$(uname)" = Linux ] && [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v gnome-keyring-daemon >/dev/null; then
  # A headless Linux box has no keyring: give the smoke test a real Secret Service one.
  dbus-run-session -- sh -c "echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null; bash installer/smoke.sh $BIN"
else
  bash installer/smoke.sh "$BIN"
fi
