#!/bin/sh
# Make sure the Debian packages named as arguments are installed.
# As root: installs the missing ones with apt-get. Otherwise: names them and fails.
# On systems without dpkg (not Debian-like) it only prints a note.
set -eu
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "ensure-debs: not a Debian-like system; make sure these are installed: $*" >&2
  exit 0
fi
missing=""
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "ensure-debs: installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "ensure-debs: these Debian packages are missing:$missing" >&2
  echo "ensure-debs: install them with: sudo apt-get install$missing" >&2
  exit 1
fi
