#!/usr/bin/env bash
# Installs Diwan's .deb as a ministry's IT would (apt resolves its
# dependencies), checks the installed command line and app, then removes it;
# then installs the .rpm into a scratch root with Debian's rpm (Fedora's
# libraries are not here to start it) and checks what it declares and holds.
# Run by `make test-package` after `make package`; needs root (or sudo).
set -euo pipefail

deb=$(ls -t "${CARGO_TARGET_DIR:?}"/release/bundle/deb/*.deb | head -1)
log() { printf '\033[1;32m[package]\033[0m %s\n' "$*"; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"


# Its declared dependencies, as apt will see them.
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libwebkit2gtk-4.1-0 libssl3 hunspell-ar hunspell-fr hunspell-en-us; do
  [[ "$depends" == *"$needed"* ]] || { echo "Depends lacks $needed: $depends" >&2; exit 1; }
done

package=$(dpkg-deb --field "$deb" Package)
cleanup() { $sudo apt-get remove -y -qq "$package" >/dev/null 2>&1 || true; }
trap cleanup EXIT

log "installing with apt-get"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$(realpath "$deb")" >/dev/null

# The command line is on the PATH and is the same version.
version=$(/usr/bin/diwan --version)
log "installed: $version"
[[ "$version" == "diwan $(dpkg-deb --field "$deb" Version)"* ]] || { echo "unexpected version: $version" >&2; exit 1; }
test -x /usr/bin/diwan-app
desktop=$(dpkg -L "$package" | grep '\.desktop$')
grep -q '^Exec=diwan-app' "$desktop" || { echo "the desktop entry does not start diwan-app: $desktop" >&2; exit 1; }

# The installed app starts under Xvfb and creates its database.
work=$(mktemp -d)
log "starting the installed app"
xvfb-run -a -s '-screen 0 1280x820x24' timeout 30 /usr/bin/diwan-app --db "$work/diwan.db" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 100); do
  [ -s "$work/diwan.db" ] && break
  sleep 0.2
done
alive=0
kill -0 "$app" 2>/dev/null && alive=1
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
[ -s "$work/diwan.db" ] || { echo "the installed app created no database:" >&2; cat "$work/app.log" >&2; exit 1; }
[ "$alive" -eq 1 ] || { echo "the installed app exited early:" >&2; cat "$work/app.log" >&2; exit 1; }
/usr/bin/diwan --db "$work/diwan.db" missions list >/dev/null
log "the installed app opened $work/diwan.db; the installed diwan reads it"

cleanup
trap - EXIT
dpkg -s "$package" >/dev/null 2>&1 && { echo "$package is still installed" >&2; exit 1; }
log "removed"

# The budget, checked last so the rest is known either way: at most twice
# the minimal Tauri app's .deb (3.9 MiB, ../shared/floor-app).
size=$(stat -c %s "$deb")
limit=$((2 * 39 * 1024 * 1024 / 10))
log "$(basename "$deb"): $((size / 1024)) KiB (budget $((limit / 1024)) KiB)"
[ "$size" -le "$limit" ] || { echo "the package is over its size budget" >&2; exit 1; }

# The .rpm: its declared dependencies under Fedora's names, its files and
# modes, and its command line, installed by rpm into a scratch root.
rpm=$(ls -t "${CARGO_TARGET_DIR:?}"/release/bundle/rpm/*.rpm | head -1)
command -v rpm >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq rpm >/dev/null
requires=$(rpm -qp --requires "$rpm")
for needed in 'libwebkit2gtk-4.1.so.0()(64bit)' openssl-libs hunspell-ar hunspell-fr hunspell-en-US; do
  grep -qxF "$needed" <<<"$requires" || { echo "the .rpm does not require $needed: $requires" >&2; exit 1; }
done
root=$(mktemp -d)
rpm --root "$root" --initdb
rpm --root "$root" -i --nodeps "$rpm" 2>/dev/null
for file in /usr/bin/diwan /usr/bin/diwan-app; do
  test -x "$root$file" || { echo "the .rpm installed no executable $file" >&2; exit 1; }
done
ls "$root"/usr/share/applications/*.desktop >/dev/null
# /usr/bin/diwan runs /usr/bin/diwan-app by its installed path; outside a
# chroot the copy in the scratch root is asked directly.
rpm_version=$("$root/usr/bin/diwan-app" --cli --version)
[[ "$rpm_version" == "diwan $(rpm -qp --queryformat '%{VERSION}' "$rpm")"* ]] || { echo "unexpected version: $rpm_version" >&2; exit 1; }
rpm --root "$root" -e diwan 2>/dev/null
[ ! -e "$root/usr/bin/diwan-app" ] || { echo "rpm -e left /usr/bin/diwan-app" >&2; exit 1; }
rm -rf "$root"
rpm_size=$(stat -c %s "$rpm")
log "$(basename "$rpm"): installs, says $rpm_version, removes; $((rpm_size / 1024)) KiB (budget $((limit / 1024)) KiB)"
[ "$rpm_size" -le "$limit" ] || { echo "the .rpm is over its size budget" >&2; exit 1; }
