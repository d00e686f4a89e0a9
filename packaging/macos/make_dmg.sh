#!/bin/sh
# Wrap the PyInstaller app bundle into a compressed, read-only disk image (macOS only).
#
#   sh packaging/macos/make_dmg.sh            # after `pyinstaller --noconfirm build.spec`
#
# Input:  dist/Rejection Desktop.app
# Output: dist/rejection-desktop-<version>-macos-<arch>.dmg holding the app and an /Applications
#         link, so the user drags one onto the other.
# The app is not signed or notarised here: on first start the user right-clicks it and chooses
# Open (see packaging/README.md). Signing needs a Developer ID: codesign --deep --options runtime
# the .app before this script, then xcrun notarytool submit + xcrun stapler staple the .dmg.
set -eu
cd "$(dirname "$0")/../.."

app="dist/Rejection Desktop.app"
[ -d "$app" ] || { echo "make_dmg: $app not found; build it with pyinstaller first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$app/Contents/Info.plist")
arch=$(uname -m)
dmg="dist/rejection-desktop-$version-macos-$arch.dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps symlinks, permissions and extended attributes of the .app intact.
ditto "$app" "$staging/Rejection Desktop.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "Rejection Desktop $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
