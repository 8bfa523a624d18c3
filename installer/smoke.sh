#!/usr/bin/env bash
# Smoke test of a built app: version, a store made headless, status, and an offscreen screenshot.
# The keyring is the OS one (build.sh starts GNOME Keyring for it on a headless Linux box), e.g.
#   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; bash installer/smoke.sh BIN'
set -euo pipefail
BIN=${1:?usage: smoke.sh PATH-TO-heemang-desktop}
DATA=$(mktemp -d)
"$BIN" --version
"$BIN" --data-dir "$DATA" init --facility-code K0161 --facility-name 스모크시설 --facility-type 기타 \
  --user-id smoke --user-name 점검 --role 관리자 --json >/dev/null
"$BIN" --data-dir "$DATA" status --json
QT_QPA_PLATFORM=offscreen "$BIN" --data-dir "$DATA" gui --screenshot "$DATA/smoke.png"
test -s "$DATA/smoke.png" && echo "smoke test passed: $DATA"
