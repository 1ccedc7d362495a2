#!/bin/sh
# Start-up benchmark: launch -> first frame shown, cold and warm, and resident memory when shown, for
#   installed   the .deb's app in /opt/secretariat-workbench (if installed: its AppCDS archive is
#               valid there only)
#   app-image   the same app-image run from target/ (its AppCDS archive is ignored there, so the
#               difference to "installed" is what AppCDS brings)
#   java -jar   java -jar target/secretariat-workbench.jar
#   hello-*     a bare JavaFX window (bench/HelloFx.java, compiled here against the same JavaFX jars),
#               run the same two ways: on the app-image's runtime, and with java -cp + the JavaFX jars.
# All over a data folder of realistic size: the bundled sample data (34 organizations, 9 rotation
# terms, 30 meetings, 16 documents) plus 3 contacts per organization (bench/people.sql). Usage, after
# `./mvnw -B -Ppackage package`:   bench/startup.sh [runs=5]
# Needs an X display: uses $DISPLAY, else starts `Xvfb :95` itself. Needs python3 and sqlite3.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
out="$root/target/bench"
image="$root/target/jpackage/image/secretariat-workbench"
rm -rf "$out" && mkdir -p "$out/hello" "$out/home"
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :95 -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb=$!; trap 'kill $xvfb' EXIT; export DISPLAY=:95; sleep 1
fi
fx=$(ls "$root"/target/lib/javafx-*.jar | tr '\n' ':')
fxmods=$(ls "$root"/target/lib/javafx-*-linux.jar | tr '\n' ':')
javac -d "$out/hello" --module-path "$fxmods" --add-modules javafx.controls "$root/bench/HelloFx.java"

# A data folder of realistic size: the sample data through the app's own importer, then the people.
data="$out/data"
java -jar "$root/target/secretariat-workbench.jar" --data-dir "$data" sample-data >/dev/null
sqlite3 "$data/workbench.db" < "$root/bench/people.sql"
echo "data folder: $data ($(sqlite3 "$data/workbench.db" "SELECT (SELECT count(*) FROM organization) || ' organizations, ' || (SELECT count(*) FROM person) || ' people, ' || (SELECT count(*) FROM meeting) || ' meetings, ' || (SELECT count(*) FROM document) || ' documents'"))"

# A fresh home so window-size preferences and ~/.openjfx caches are the same for every case.
export HOME="$out/home"
probe=-Dworkbench.startupProbe=true
installed=""; ratio_installed=""
if [ -x /opt/secretariat-workbench/bin/secretariat-workbench ]; then
    installed='"installed":            ["/opt/secretariat-workbench/bin/secretariat-workbench", "--data-dir", "'"$data"'"],'
    ratio_installed='["installed", "hello on app runtime"], '
fi
cat > "$out/spec.json" <<JSON
{"runs": $runs, "out": "$out/results.json",
 "cases": {
$installed
  "app-image":            ["$image/bin/secretariat-workbench", "--data-dir", "$data"],
  "hello on app runtime": ["$image/lib/runtime/bin/java", "-XX:+UseSerialGC", "-cp", "$out/hello", "HelloFxMain"],
  "java -jar":            ["java", "$probe", "-jar", "$root/target/secretariat-workbench.jar", "--data-dir", "$data"],
  "hello java -cp":       ["java", "-cp", "$out/hello:$fx", "HelloFxMain"]
 },
 "ready": ["installed", "app-image", "java -jar"],
 "ratios": [$ratio_installed["app-image", "hello on app runtime"], ["java -jar", "hello java -cp"]]}
JSON
# The app-image reads JAVA_TOOL_OPTIONS for the probe (its own options live in its .cfg); user.home
# (Java takes it from passwd, not $HOME) isolates the window-size preferences of every run.
JAVA_TOOL_OPTIONS="$probe -Duser.home=$HOME" python3 "$root/bench/startup.py" "$out/spec.json"
