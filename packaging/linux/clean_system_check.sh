#!/bin/sh
# Install the .deb into a minimal Debian 12 (debootstrap --variant=minbase) and run it there.
#
#   sudo sh packaging/linux/clean_system_check.sh dist/rejection-desktop_<version>_amd64.deb [DIR]
#
# Proves the package's Depends are enough on a system that has nothing else: apt installs the
# .deb with its dependencies, then the installed command runs --version and --smoke (offscreen),
# and, when Xvfb is available on this host, --smoke on a real X11 display. Finally the package
# is removed and the check looks for leftovers. Needs root, debootstrap and network access to
# deb.debian.org. Give DIR to keep the chroot for a second look (and to reuse it next time);
# without it a temp folder is used and deleted afterwards.
set -eu

deb=$(realpath "$1")
if [ -n "${2:-}" ]; then
  root=$2 keep=1
else
  root=$(mktemp -d /tmp/rd-clean-XXXXXX) keep=0
fi
mirror=${MIRROR:-http://deb.debian.org/debian}
display_number=97
mounts="tmp/.X11-unix dev/pts dev proc"

cleanup() {
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
  for mount in $mounts; do
    if mountpoint -q "$root/$mount"; then umount "$root/$mount"; fi
  done
  for mount in $mounts; do
    # never delete through a mount that is still there
    if mountpoint -q "$root/$mount"; then keep=1; fi
  done
  if [ "$keep" = 0 ]; then rm -rf "$root" "$root.debootstrap.log" "$root.install.log"; fi
  return 0
}
trap cleanup EXIT INT TERM

[ "$(id -u)" = 0 ] || { echo "clean_system_check: run as root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "apt-get install debootstrap first" >&2; exit 1; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "== debootstrap --variant=minbase bookworm $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$root/tmp/package.deb"

echo "== apt-get install ./package.deb (pulls exactly its Depends)"
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends /tmp/package.deb' >"$root.install.log" 2>&1 \
  || { tail -30 "$root.install.log"; exit 1; }
grep -E "newly installed" "$root.install.log"

echo "== rejection-desktop --version / --smoke (offscreen)"
chroot "$root" rejection-desktop --version
chroot "$root" sh -c 'rm -rf /tmp/journal && rejection-desktop --smoke --data-dir /tmp/journal'

if command -v Xvfb >/dev/null; then
  echo "== rejection-desktop --smoke on Xvfb :$display_number (xcb)"
  Xvfb ":$display_number" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 2
  mkdir -p "$root/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  chroot "$root" env DISPLAY=":$display_number" QT_QPA_PLATFORM=xcb \
    rejection-desktop --smoke --data-dir /tmp/journal
fi

echo "== apt-get remove rejection-desktop"
chroot "$root" sh -c 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq rejection-desktop' \
  >/dev/null
for leftover in /opt/rejection-desktop /usr/bin/rejection-desktop \
    /usr/share/applications/io.github.rejectiondesktop.RejectionDesktop.desktop; do
  if [ -e "$root$leftover" ] || [ -L "$root$leftover" ]; then
    echo "clean_system_check: $leftover is still there after removal" >&2
    exit 1
  fi
done
echo "clean system check passed"
