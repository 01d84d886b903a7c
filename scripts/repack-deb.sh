#!/usr/bin/env bash
# Tauri's bundler writes the .deb's files gzipped; Debian's own packages use
# xz, which dpkg and apt have read since Debian 6. Repacking with dpkg-deb
# takes the package from 10 to 7 MB (README, "Install") and leaves its
# files, control fields and scripts as the bundler wrote them.
set -euo pipefail

deb=$(ls -t "${CARGO_TARGET_DIR:?}"/release/bundle/deb/*.deb | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$deb" "$work/root"
dpkg-deb --root-owner-group -Zxz -z9 --build "$work/root" "$work/repacked.deb" >/dev/null
# The same files with the same modes and sizes (dpkg-deb writes paths as
# ./usr/... where the bundler wrote usr/...).
listing() {
  dpkg-deb --contents "$1" | awk '{ path = $6; sub(/^\.\//, "", path); sub(/\/$/, "", path); if (path != "" && path != ".") print $1, $3, path }' | sort
}
diff <(listing "$deb") <(listing "$work/repacked.deb") >&2 \
  || { echo "repacking changed the package's contents" >&2; exit 1; }
mv "$work/repacked.deb" "$deb"
echo "$(basename "$deb"): $(($(stat -c %s "$deb") / 1024)) KiB (xz)"
