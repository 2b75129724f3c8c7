#!/usr/bin/env bash
# Makes "Living Lab.app" for Apple silicon and Intel Macs from two release
# builds, and zips it for download. Runs on macOS (the release workflow's
# macOS runner); it cannot run on Linux.
#
#   packaging/macos/make-app.sh VERSION ARM64_BINARY X86_64_BINARY OUT_DIR
set -euo pipefail
version="$1" arm="$2" intel="$3" out="$4"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
app="$out/Living Lab.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources/example-decks/images"
# One program for both kinds of Mac.
lipo -create -output "$app/Contents/MacOS/livinglab" "$arm" "$intel"
cp "$root/assets/icon/livinglab.icns" "$app/Contents/Resources/livinglab.icns"
cp "$root/scenarios/"*.ron "$app/Contents/Resources/example-decks/"
cp "$root/scenarios/images/"*.png "$app/Contents/Resources/example-decks/images/"
cp "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$root/README.md" "$app/Contents/Resources/"
sed "s/@VERSION@/$version/g" "$here/Info.plist" > "$app/Contents/Info.plist"
# Unsigned apps must still carry an ad-hoc signature to run on Apple silicon.
codesign --force --deep --sign - "$app"
# The download: the app with the licences and examples beside it.
name="livinglab-$version-macos-universal"
rm -rf "$out/$name" "$out/$name.zip"
mkdir -p "$out/$name"
cp -R "$app" "$out/$name/"
cp -R "$app/Contents/Resources/example-decks" "$out/$name/example-decks"
cp "$root/README.md" "$root/LICENSE-MIT" "$root/LICENSE-APACHE" "$out/$name/"
(cd "$out" && ditto -c -k --keepParent "$name" "$name.zip")
echo "$out/$name.zip"
