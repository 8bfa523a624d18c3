#!/usr/bin/env bash
# CI step (called by .ci/run): install what building and smoke-testing the frozen app needs on a
# fresh Debian machine, build it with PyInstaller, then run installer/smoke.sh against the binary
# under a real Secret Service keyring. Exits non-zero on any failed step, with that step's log.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname)" = Linux ] && command -v apt-get >/dev/null; then
  packages=(
    binutils                               # PyInstaller reads shared-library dependencies with objdump
    dbus-daemon dbus-bin gnome-keyring     # a private session bus and a real Secret Service keyring
    poppler-utils fonts-nanum              # pdftotext for the Hangul check; a Korean font to render with
    libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  )
  missing=()
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "== apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

start=$SECONDS
bash installer/build.sh dist
bash installer/smoke.sh dist/heemang-desktop/heemang-desktop
echo "== frozen app built and smoke-tested in $((SECONDS - start)) s"
