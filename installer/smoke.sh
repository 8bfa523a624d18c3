#!/usr/bin/env bash
# Smoke test of a built app, run against the frozen binary only (no source on the path):
# --version, init, status, a keyring round trip across a keyring restart, a template import, a PDF
# with Hangul, an offscreen screenshot, a backup, and the central service from the same binary.
#   bash installer/smoke.sh dist/heemang-desktop/heemang-desktop
# On Linux without a session bus it starts its own: a private D-Bus session and GNOME Keyring (a real
# Secret Service) with a throw-away HOME, so the user's own keyring is never touched. Every step
# prints one line; a failing step prints its log and the script exits 1.
set -uo pipefail
BIN=$(realpath "${1:?usage: smoke.sh PATH-TO-heemang-desktop}")
HERE=$(cd "$(dirname "$0")" && pwd)
KEYRING_PASSWORD=smoke

if [ "$(uname)" = Linux ] && [ -z "${SMOKE_IN_DBUS:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "SMOKE FAIL: $tool is not installed" >&2; exit 1; }
  done
  home=$(mktemp -d /tmp/heemang-smoke-home.XXXXXX)
  export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home/run
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  SMOKE_IN_DBUS=1 dbus-run-session -- bash "$0" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
  code=$?
  rm -rf "$home"
  exit $code
fi

WORK=$(mktemp -d /tmp/heemang-smoke.XXXXXX)
DATA=$WORK/data
LOGS=$WORK/logs
mkdir -p "$LOGS"
KEYRING_PID=""
CENTRAL_PID=""
cleanup() {
  [ -n "$CENTRAL_PID" ] && kill "$CENTRAL_PID" 2>/dev/null
  [ -n "$KEYRING_PID" ] && kill "$KEYRING_PID" 2>/dev/null
  return 0
}
trap cleanup EXIT

fail() {  # step name, reason: the step's log, then stop
  echo "SMOKE FAIL: $1: $2" >&2
  local log
  local logs=("$LOGS/$1.log")
  [ "${1%%-*}" != "$1" ] && logs+=("$LOGS/${1%%-*}.log")  # central-status also shows the server's own log
  for log in "${logs[@]}"; do
    [ -f "$log" ] && { echo "  $(basename "$log"):"; sed 's/^/    /' "$log" | tail -n 40; } >&2
  done
  exit 1
}

step() {  # step name, command...: run it, keep its output in the step's log
  local name=$1
  shift
  local start=$SECONDS
  "$@" >"$LOGS/$name.log" 2>&1
  local code=$?
  ((code == 0)) || fail "$name" "exit code $code from: $*"
  echo "ok   $name ($((SECONDS - start)) s)"
}

expect() {  # step name, extended regex the step's log must match
  grep -Eq "$2" "$LOGS/$1.log" || fail "$1" "output lacks /$2/"
}

app() { "$BIN" --data-dir "$DATA" "$@"; }

start_keyring() {
  [ "$(uname)" = Linux ] || return 0
  # --foreground: this script owns the daemon and can restart it; --unlock reads the password once
  # and creates (first start) or opens (restart) the login keyring under the private HOME.
  echo -n "$KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >>"$LOGS/keyring-daemon.log" 2>&1 &
  KEYRING_PID=$!
  for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && return 0
    sleep 0.1
  done
  fail keyring-daemon "the Secret Service did not appear on the session bus"
}

stop_keyring() {
  [ -n "$KEYRING_PID" ] || return 0
  kill "$KEYRING_PID" && wait "$KEYRING_PID" 2>/dev/null
  KEYRING_PID=""
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

echo "== smoke test of $BIN (logs: $LOGS)"
start_keyring

step version "$BIN" --version
expect version "^heemang-desktop [0-9]+\.[0-9]+"

step init app init --facility-code K0161 --facility-name 스모크시설 --facility-type 기타 \
  --user-id smoke --user-name 점검 --role 관리자 --json
expect init '"recovery_code": "[A-Z0-9-]{20,}"'

step status app status --json
expect status '"name": "스모크시설"'
expect status '"key": "ok"'

# The key init stored must survive the keyring itself going away and coming back (it is on disk,
# in the Secret Service's keyring), read by a new process of the app.
if [ "$(uname)" = Linux ]; then
  stop_keyring
  start_keyring
fi
step keyring-restart app status --json
expect keyring-restart '"key": "ok"'

step template app template budget "$WORK/budget.xlsx"
# An untouched example row is left out of an upload (it is the template's, not data): fill it in, as a user would.
step fill-template python -c 'import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.active
ws.cell(2, 3).value = 110000000; ws.cell(2, 6).value = "스모크 입력"; wb.save(sys.argv[1])' "$WORK/budget.xlsx"
step import app import budget "$WORK/budget.xlsx" --json
expect import '"saved": true'
expect import '"created": 1'

step pdf app report budget --year 2026 "$WORK/budget.pdf" --json
step pdf-text pdftotext "$WORK/budget.pdf" "$WORK/budget.txt"
# pdftotext marks spacing changes with \x01 between letters of a spaced-out title: drop them
tr -d '\001' <"$WORK/budget.txt" >"$WORK/budget-plain.txt"
grep -q "예산대비집행현황" "$WORK/budget-plain.txt" || fail pdf-text "pdftotext found no Hangul title in the PDF"
echo "ok   pdf has Hangul: $(grep -m1 "스모크시설" "$WORK/budget-plain.txt")"

step screenshot env QT_QPA_PLATFORM=offscreen "$BIN" --data-dir "$DATA" gui --screenshot "$WORK/main.png"
step screenshot-check python3 "$HERE/check_png.py" "$WORK/main.png"

step backup app backup
expect backup "backups/heemang-[0-9-]+-manual\.sqlite3"

port=$(free_port)
"$BIN" central serve --db "$WORK/central.sqlite3" --host 127.0.0.1 --port "$port" >"$LOGS/central.log" 2>&1 &
CENTRAL_PID=$!
step central-status python3 - "http://127.0.0.1:$port/api/v1/status" <<'EOF'
import json, sys, time, urllib.request
for _ in range(150):  # bounded: 30 s at most
    try:
        body = json.load(urllib.request.urlopen(sys.argv[1], timeout=2))
        print(body)
        sys.exit(0 if body.get("state") == "open" else 1)
    except OSError:
        time.sleep(0.2)
sys.exit("the central service did not answer in 30 s")
EOF
kill "$CENTRAL_PID" && wait "$CENTRAL_PID" 2>/dev/null
CENTRAL_PID=""

echo "smoke test passed: 12 steps against $BIN"
[ -n "${SMOKE_KEEP:-}" ] && echo "kept: $WORK" || rm -rf "$WORK"
