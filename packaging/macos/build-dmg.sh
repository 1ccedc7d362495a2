#!/bin/sh
# Builds target/dist/Secretariat Workbench-<version>.dmg on macOS. Run from the project folder:
#   ./mvnw -B package -DskipTests && packaging/macos/build-dmg.sh
# Needs a JDK 17+ (jlink, jpackage) and Xcode command line tools (hdiutil, codesign are used by
# jpackage). Unsigned: for distribution add --mac-sign --mac-signing-key-user-name "<identity>".
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jdk=${JAVA_HOME:-$(/usr/libexec/java_home)}
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
work=target/jpackage
rm -rf "$work" target/dist && mkdir -p "$work/input/lib" target/dist
cp target/secretariat-workbench.jar "$work/input/"
for jar in target/lib/*.jar; do case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac; done
# JavaFX goes into the runtime: only the -mac (or -mac-aarch64) classifier jars are real modules.
fx=$(ls target/lib/javafx-*-mac*.jar | tr '\n' ':')
"$jdk/bin/jlink" --module-path "$jdk/jmods:$fx" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.localedata,javafx.controls \
    --include-locales=en,fr,es,ar,ru,zh --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$work/runtime"
# jpackage's macOS version must be 1-3 numbers with a first number > 0.
"$jdk/bin/jpackage" @packaging/macos/jpackage-dmg.txt --app-version "$(echo "$version" | sed 's/^0\./1./; s/-.*//')" \
    --input "$work/input" --runtime-image "$work/runtime" --dest target/dist
ls -l target/dist
