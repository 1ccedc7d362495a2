#!/bin/sh
# Regenerates every raster icon from the single source app-icon.svg.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick `convert`, png2icns (icnsutils).
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# Run from anywhere: icons/build-icons.sh   (the outputs are committed; rerun after editing the SVG)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src="$here/app-icon.svg"
res="$here/../src/main/resources/icons"
mkdir -p "$here/png" "$res"
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$src" -o "$here/png/app-icon-$size.png"
done
# Windows: one .ico with the sizes Explorer and the task bar use (256 stored as PNG by ImageMagick).
convert "$here/png/app-icon-16.png" "$here/png/app-icon-24.png" "$here/png/app-icon-32.png" \
        "$here/png/app-icon-48.png" "$here/png/app-icon-64.png" "$here/png/app-icon-128.png" \
        "$here/png/app-icon-256.png" "$here/app-icon.ico"
# macOS: png2icns picks the icns type from each PNG's size (16, 32, 48, 128, 256, 512, 1024).
png2icns "$here/app-icon.icns" "$here/png/app-icon-16.png" "$here/png/app-icon-32.png" \
        "$here/png/app-icon-48.png" "$here/png/app-icon-128.png" "$here/png/app-icon-256.png" \
        "$here/png/app-icon-512.png" "$here/png/app-icon-1024.png" >/dev/null
# Linux (jpackage --icon and the .desktop entry) uses a single PNG.
cp "$here/png/app-icon-256.png" "$here/app-icon.png"
# The window icon: the sizes window managers and task bars ask for.
for size in 16 32 48 64 256; do
    cp "$here/png/app-icon-$size.png" "$res/app-icon-$size.png"
done
echo "icons rebuilt from $src"
