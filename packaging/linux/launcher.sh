#!/bin/sh
# Launcher of the Secretariat Workbench on Linux: bin/secretariat-workbench in the app-image and
# the .deb. It replaces the native launcher jpackage makes, which at every start asks rpm and then
# dpkg which package owns it, twice (`dpkg -S` reads the file lists of every installed package:
# 0.3-0.7 s before Java even starts). This script does what that launcher does without asking:
# it starts the bundled runtime with the options, class path and main class written in
# lib/app/secretariat-workbench.cfg (with $APPDIR replaced by lib/app), adds
# -Djpackage.app-path, and passes the user's arguments (or the cfg's default ones when there are
# none). The JVM's command line is the same as the native launcher's, so the AppCDS archive
# matches. POSIX sh, no fork apart from readlink, so it adds about a millisecond.
# Built into the image by packaging/build-linux.sh; see docs/packaging.md.
set -eu
self=$(readlink -f "$0")
root=${self%/bin/*}
app="$root/lib/app"
cfg="$app/$(basename "$self").cfg"
[ -r "$cfg" ] || { echo "${self##*/}: cannot read $cfg" >&2; exit 1; }

# Replaces every $APPDIR in $1; the result is left in $expanded.
expand() {
    rest=$1
    expanded=
    while :; do
        case $rest in
            *'$APPDIR'*)
                expanded="$expanded${rest%%\$APPDIR*}$app"
                rest=${rest#*\$APPDIR}
                ;;
            *)
                expanded="$expanded$rest"
                return
                ;;
        esac
    done
}

# The user's arguments stay first in "$@" while the options are appended; they are rotated to the
# end at the last step.
given=$#
classpath=
main=
defaults=0
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.classpath=*)
            expand "${line#app.classpath=}"
            classpath="${classpath:+$classpath:}$expanded"
            ;;
        app.mainclass=*)
            main=${line#app.mainclass=}
            ;;
        java-options=*)
            expand "${line#java-options=}"
            set -- "$@" "$expanded"
            ;;
    esac
done <"$cfg"
[ -n "$main" ] || { echo "${self##*/}: no app.mainclass in $cfg" >&2; exit 1; }
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"

# Default arguments ([ArgOptions] arguments=...) apply only when the user gave none.
if [ "$given" -eq 0 ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            arguments=*)
                expand "${line#arguments=}"
                set -- "$@" "$expanded"
                ;;
        esac
    done <"$cfg"
fi

i=0
while [ "$i" -lt "$given" ]; do
    set -- "$@" "$1"
    shift
    i=$((i + 1))
done
exec "$root/lib/runtime/bin/java" "$@"
