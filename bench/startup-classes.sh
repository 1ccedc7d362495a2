#!/bin/sh
# Regenerates src/main/resources/org/untfsse/workbench/app/startup-classes.txt: the classes (from our
# jars, in load order) that a start of the window loads after its splash is shown, up to the main
# window's first page. app/StartupClasses loads them on a background thread while the JavaFX thread
# builds the main window, so that thread finds most of them ready. A stale list costs nothing but
# speed: names that no longer exist are skipped. Run after `./mvnw -B package -DskipTests`, with an
# X display ($DISPLAY, else Xvfb :95 is started).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"; [ -n "${xvfb:-}" ] && kill $xvfb' EXIT
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :95 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!; export DISPLAY=:95; sleep 1
fi
java -jar "$root/target/secretariat-workbench.jar" --data-dir "$tmp/data" sample-data >/dev/null
java -Xlog:class+load=info:file="$tmp/classes.log" -Dworkbench.startupProbe=exit -Duser.home="$tmp" \
     -jar "$root/target/secretariat-workbench.jar" --data-dir "$tmp/data" >/dev/null 2>&1
out="$root/src/main/resources/org/untfsse/workbench/app/startup-classes.txt"
mkdir -p "$(dirname "$out")"
grep 'source: file:' "$tmp/classes.log" | awk '{print $2}' | grep -v '\$\$Lambda\|\$\$' \
    | sed -n '/^org\.untfsse\.workbench\.ui\.common\.StartupSplash$/,$p' | tail -n +2 > "$out"
echo "$(wc -l < "$out") classes in $out"
