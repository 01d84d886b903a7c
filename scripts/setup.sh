#!/usr/bin/env bash
# Installs what Diwan needs to build, run and test, and only what is missing:
# safe to run again and again (make run / make test call it every time).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1;32m[setup]\033[0m %s\n' "$*"; }

# Debian packages: WebKitGTK 4.1 for Tauri, Xvfb to run the window without a
# screen, WebKitWebDriver for end-to-end tests, imagemagick for screenshots;
# libxml2 (already under WebKitGTK) validates XLIFF files against their
# schema, and libclang lets the libxml crate generate its bindings; the
# Hunspell dictionaries are what WebKitGTK spell-checks Arabic, French and
# English with (the .deb declares them too); xclip reads the X clipboard and
# xdotool right-clicks for spelling suggestions in the writing tests;
# PostgreSQL is the team hub's engine: its tests start a private cluster of
# their own (crates/diwan-hub/tests/support), never the machine's.
APT_PACKAGES=(
  libwebkit2gtk-4.1-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev
  build-essential pkg-config curl xvfb xauth webkit2gtk-driver imagemagick
  libxml2-dev libclang-dev
  hunspell-ar hunspell-fr hunspell-en-us
  xclip xdotool
  postgresql
)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  # The package lists on a fresh machine are stale: update first.
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# tauri-driver bridges WebDriver clients to WebKitWebDriver and the app.
TAURI_DRIVER_VERSION=2.1.0
if ! tauri-driver --help >/dev/null 2>&1 && ! "$HOME/.cargo/bin/tauri-driver" --help >/dev/null 2>&1; then
  log "installing tauri-driver $TAURI_DRIVER_VERSION"
  cargo install tauri-driver --locked --version "$TAURI_DRIVER_VERSION" --quiet
fi

# Node modules, reinstalled only when the lock file changed.
for dir in ui tests/e2e; do
  stamp="$dir/node_modules/.diwan-lock.sha256"
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
done
