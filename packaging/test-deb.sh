#!/bin/sh
# Installs the built .deb, checks the installed app, and uninstalls it again. Run as root on a
# Debian/Ubuntu system, after `./mvnw -B -Ppackage package`:   packaging/test-deb.sh [path/to.deb]
# Checks:
#  1. apt-get installs it with its declared dependencies, on a system WITHOUT
#     /usr/share/desktop-directories (the folder is moved away for the test, then restored);
#  2. the menu entry, icon, /usr/bin/secretariat-workbench link and the bundle MIME type are in
#     place, and an exported bundle is recognised as that type (gio), other JSON files are not;
#  3. the installed launcher answers --version (with classes mapped from the AppCDS archive), and
#     runs a CLI command against a temp data folder;
#  4. run by an ordinary user (created for the test) without --data-dir, it uses that user's data
#     folder (~/.local/share/secretariat-workbench),
#     and nothing is ever written below /opt/secretariat-workbench;
#  5. apt-get remove leaves no file of the package behind (user data stays).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
deb=${1:-$(ls "$root"/target/dist/secretariat-workbench_*.deb | head -1)}
app=/opt/secretariat-workbench
launcher="$app/bin/secretariat-workbench"
tmp=$(mktemp -d)
dd=/usr/share/desktop-directories
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
restore() { [ -d "$tmp/desktop-directories" ] && mv "$tmp/desktop-directories" "$dd"; rm -rf "$tmp"; }
trap restore EXIT

step "install $(basename "$deb") ($(du -h "$deb" | cut -f1)) on a system without $dd"
dpkg -s secretariat-workbench >/dev/null 2>&1 && apt-get remove -y -q secretariat-workbench >/dev/null
[ -d "$dd" ] && mv "$dd" "$tmp/desktop-directories"
[ ! -e "$dd" ] || fail "$dd still there"
apt-get install -y -q "$deb" 2>&1 | grep -v "Reading\|Building" | tail -4
dpkg -s secretariat-workbench | grep -E '^(Status|Version|Depends):'

step "desktop integration"
for f in /usr/share/applications/secretariat-workbench.desktop \
         /usr/share/icons/hicolor/256x256/apps/secretariat-workbench.png /usr/bin/secretariat-workbench \
         /usr/share/mime/packages/secretariat-workbench.xml; do
    [ -e "$f" ] || fail "missing $f"; echo "ok $f"
done
grep -E '^(Name|Exec|Icon|Categories|MimeType)=' /usr/share/applications/secretariat-workbench.desktop

user=swdebtest
step "run as an ordinary user ($user, created for the test and removed after it)"
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$user"
as_user() { runuser -u "$user" -- env -u XDG_DATA_HOME HOME="/home/$user" "$@"; }
home=/home/$user
touch "$tmp/stamp"; sleep 1
out=$(as_user "$launcher" --version) || fail "--version exit $?"; echo "\$ $launcher --version -> $out"
case "$out" in "secretariat-workbench "[0-9]*) ;; *) fail "unexpected version output" ;; esac
# The AppCDS archive, when the build made one (it needs root), must match the installed jars (the
# JVM silently ignores it otherwise).
if ls "$app"/lib/app/*.jsa >/dev/null 2>&1; then
    archived=$(as_user env JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$launcher" --version 2>&1 | grep -c "shared objects file (top)" || true)
    [ "$archived" -gt 0 ] || fail "the AppCDS archive is not used by the installed app"
    echo "ok AppCDS archive used: $archived classes of --version mapped from it"
else
    echo "note: this package has no AppCDS archive (its build was not run as root)"
fi
data=$(as_user mktemp -d)
as_user "$launcher" --data-dir "$data" roster list; echo "\$ $launcher --data-dir $data roster list -> exit $?"
[ -f "$data/workbench.db" ] || fail "no database in the --data-dir folder"
echo "ok database created in $data: $(ls "$data" | tr '\n' ' ')"
as_user secretariat-workbench roster list >/dev/null; echo "\$ secretariat-workbench roster list (no --data-dir) -> exit $?"
[ -f "$home/.local/share/secretariat-workbench/workbench.db" ] || fail "per-user data folder not used"
echo "ok per-user data folder used: $(ls -d "$home"/.local/share/secretariat-workbench)"
# File association: an exported bundle is recognised as the workbench's own type (other JSON is not).
if command -v gio >/dev/null 2>&1 && [ -x /usr/bin/update-mime-database ]; then
    bundle_dir=$(as_user mktemp -d)
    as_user "$launcher" --data-dir "$bundle_dir/data" export --out "$bundle_dir/bundle.json" >/dev/null
    as_user sh -c 'echo "{\"a\": 1}" > "$1/other.json"' sh "$bundle_dir"
    type=$(as_user gio info -a standard::content-type "$bundle_dir/bundle.json" | sed -n 's/.*content-type: //p')
    other=$(as_user gio info -a standard::content-type "$bundle_dir/other.json" | sed -n 's/.*content-type: //p')
    [ "$type" = application/x-secretariat-workbench-bundle ] || fail "an exported bundle is seen as $type"
    [ "$other" = application/json ] || fail "another JSON file is seen as $other"
    echo "ok an exported bundle is $type, another JSON file $other"
    if [ -f /usr/share/applications/mimeinfo.cache ]; then
        grep -q '^application/x-secretariat-workbench-bundle=.*secretariat-workbench.desktop' \
            /usr/share/applications/mimeinfo.cache || fail "the menu entry is not listed for bundles"
        echo "ok the menu entry opens bundles (mimeinfo.cache)"
    fi
    rm -rf "$bundle_dir"
fi
written=$(find "$app" -newer "$tmp/stamp" 2>/dev/null)
[ -z "$written" ] || fail "files written in the install folder: $written"
echo "ok nothing written below $app"
rm -rf "$data"

step "uninstall"
apt-get remove -y -q secretariat-workbench 2>&1 | tail -1
! dpkg -s secretariat-workbench 2>/dev/null | grep -q '^Status: install ok installed' || fail "still installed"
for f in "$app" /usr/share/applications/secretariat-workbench.desktop \
         /usr/share/icons/hicolor/256x256/apps/secretariat-workbench.png /usr/bin/secretariat-workbench \
         /usr/share/mime/packages/secretariat-workbench.xml; do
    [ ! -e "$f" ] || fail "left behind: $f"
done
echo "ok no file of the package left; user data kept: $(ls "$home/.local/share/secretariat-workbench" | tr '\n' ' ')"
userdel -r "$user" 2>/dev/null || true
printf '\nALL CHECKS PASSED\n'
