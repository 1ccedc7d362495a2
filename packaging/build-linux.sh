#!/bin/sh
# Builds the Linux app-image and .deb from target/secretariat-workbench.jar + target/lib
# (run `./mvnw -B -Ppackage package`, which calls this script after the jar is built, or run it
# yourself after `./mvnw -B package`). Needs a JDK 17+ with jmods (jlink, jpackage), fakeroot and
# dpkg-deb. Outputs:
#   target/jpackage/image/secretariat-workbench/   app-image (runs in place: bin/secretariat-workbench)
#   target/dist/secretariat-workbench_<version>_amd64.deb
# Environment: APPCDS=0 skips the application class-data archive (see docs/packaging.md).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
version=${1:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)}
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
target="$root/target"
work="$target/jpackage"
name=secretariat-workbench
main_class=org.untfsse.workbench.app.Main

[ -f "$target/$name.jar" ] || { echo "no $target/$name.jar: run ./mvnw package first" >&2; exit 1; }
rm -rf "$work" "$target/dist"
mkdir -p "$work/input/lib" "$work/input/icons" "$target/dist"

# 1. Input: the app jar + its libraries on the class path, without JavaFX (it goes into the runtime).
cp "$target/$name.jar" "$work/input/"
for jar in "$target"/lib/*.jar; do
    case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac
done
cp "$root/packaging/linux/$name.desktop" "$work/input/"
cp "$root/packaging/linux/$name-bundle.xml" "$work/input/"
# sqlite-jdbc carries native libraries for every OS (~20 MB): keep only this platform's, unpacked
# into lib/app/native so it is loaded in place instead of being extracted to /tmp at every start
# (see -Dorg.sqlite.lib.path in packaging/linux/java-options).
arch=$(uname -m); case "$arch" in x86_64|amd64) arch=x86_64 ;; aarch64|arm64) arch=aarch64 ;; esac
sqlite=$(ls "$work"/input/lib/sqlite-jdbc-*.jar)
mkdir -p "$work/input/native"
unzip -q -j -o "$sqlite" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so" -d "$work/input/native"
zip -q -d "$sqlite" 'org/sqlite/native/*' >/dev/null
for size in 16 32 48 64 128 256 512; do cp "$root/icons/png/app-icon-$size.png" "$work/input/icons/"; done

# 2. Runtime: jlink with the -linux classifier JavaFX jars as modules (the classifier-less ones are
#    empty automatic modules). Not compressed (faster class loading); a default CDS archive of the
#    JDK classes (--generate-cds-archive) so even the first start maps them.
fxpath=$(ls "$target"/lib/javafx-*-linux.jar | tr '\n' ':')
"$jdk/bin/jlink" --module-path "$jdk/jmods:$fxpath" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.localedata,javafx.controls \
    --include-locales=en,fr,es,ar,ru,zh \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$work/runtime"

# 3. App-image.
"$jdk/bin/jpackage" --type app-image --dest "$work/image" --name "$name" \
    --app-version "$version" --vendor "UNTFSSE Secretariat" \
    --description "Offline-first desktop workbench for the UNTFSSE secretariat" \
    --icon "$root/icons/app-icon.png" \
    --input "$work/input" --main-jar "$name.jar" --main-class "$main_class" \
    --runtime-image "$work/runtime" \
    @"$root/packaging/linux/java-options"
image="$work/image/$name"
# Our launcher script instead of jpackage's native one, which asks rpm and dpkg at every start which
# package owns it (0.3-0.7 s; see packaging/linux/launcher.sh). Same JVM command line.
install -m 755 "$root/packaging/linux/launcher.sh" "$image/bin/$name"
rm -f "$image/lib/libapplauncher.so"

# 4. AppCDS archive of the classes a real start-up loads, valid where the .deb installs the app.
if [ "${APPCDS:-1}" = 1 ]; then
    "$root/packaging/linux/appcds.sh" "$image" "/opt/$name" || echo "AppCDS archive skipped (see message above)" >&2
fi

# 5. The .deb, from the finished app-image.
"$jdk/bin/jpackage" --type deb --dest "$target/dist" --app-image "$image" --name "$name" \
    --app-version "$version" --vendor "UNTFSSE Secretariat" \
    --description "Offline-first desktop workbench for the UNTFSSE secretariat" \
    --resource-dir "$root/packaging/linux/resources" \
    --linux-package-name "$name" --linux-app-category office --linux-app-release 1 \
    --linux-deb-maintainer "secretariat@untfsse.org" \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, libxtst6"

# 6. jpackage copies the app-image into the .deb with new modification times, and the JVM ignores an
#    AppCDS archive whose jars' times differ from those at the dump ("A jar file is not the one used
#    while building the shared archive file"). So the .deb is unpacked, every file of it gets the
#    time it has in the app-image, and it is packed again with dpkg-deb (nothing else changes).
deb=$(ls "$target"/dist/"$name"_*.deb)
repack="$work/repack"
rm -rf "$repack" && mkdir -p "$repack"
dpkg-deb -R "$deb" "$repack/root"
prefix="$repack/root/opt/$name"
(cd "$image" && find . -type f) | while IFS= read -r f; do
    [ -f "$prefix/$f" ] && touch -r "$image/$f" "$prefix/$f"
done
dpkg-deb --root-owner-group -Zxz -b "$repack/root" "$deb" >/dev/null
rm -rf "$repack"
ls -l "$target/dist"
