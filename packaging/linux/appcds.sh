#!/bin/sh
# Adds an AppCDS archive to a finished app-image: starts it once (under Xvfb if there is no display)
# until its first frame, with -XX:ArchiveClassesAtExit, so the classes loaded on the way (JavaFX,
# AtlantaFX, Ikonli, SQLite, the app) are archived; then points the launcher at the archive.
# The archive is only valid for this exact runtime + class path AT THIS PATH: a JDK 17 dynamic
# archive records absolute jar paths, and the JVM silently ignores it elsewhere (-Xshare:auto,
# -Xlog:cds=off). So with <install dir> (/opt/secretariat-workbench for the .deb) the dump runs in a
# private mount namespace (unshare -m, needs root) where the image is bind-mounted at that path.
# Usage: appcds.sh <app-image folder> [<install dir>]
set -eu
image=$(cd "$1" && pwd)
install=${2:-}
name=$(basename "$image")
jsa="$image/lib/app/$name.jsa"
cfg="$image/lib/app/$name.cfg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "AppCDS: no DISPLAY and no Xvfb" >&2; exit 1; }
    Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
    export DISPLAY=:97; sleep 1
fi
mkdir -p "$tmp/home"
export HOME="$tmp/home" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa -Dworkbench.startupProbe=exit -Xlog:cds=off -Xlog:cds+dynamic=off"
if [ -n "$install" ]; then
    unshare -m sh -c 'mount -t tmpfs none "$(dirname "$2")" && mkdir -p "$2" && mount --bind "$1" "$2" &&
        exec timeout 180 "$2/bin/$3" --data-dir "$4"' sh "$image" "$install" "$name" "$tmp/data" >"$tmp/out.txt" 2>&1 || true
else
    timeout 180 "$image/bin/$name" --data-dir "$tmp/data" >"$tmp/out.txt" 2>&1 || true
fi
unset JAVA_TOOL_OPTIONS
if ! grep -q READY "$tmp/out.txt" || [ ! -s "$jsa" ]; then
    cat "$tmp/out.txt" >&2; rm -f "$jsa"; echo "AppCDS: dump failed" >&2; exit 1
fi
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/'"$name"'.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off|' "$cfg"
echo "AppCDS: $(du -h "$jsa" | cut -f1) archive $jsa, valid at ${install:-$image}"
