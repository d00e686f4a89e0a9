"""Wrap the PyInstaller bundle into a Debian package and a .tar.gz (`make deb`).

The .deb installs the bundle under /opt/rejection-desktop, links /usr/bin/rejection-desktop to it,
and adds the desktop file, hicolor icons and AppStream metainfo from resources/. Its Depends are
what the bundle does not carry (PyInstaller leaves out libc, libGL/libEGL, libxcb and the wayland
client libraries on purpose) plus fonts and notify-send (plyer's notification fallback); a
`debootstrap --variant=minbase` system with only these installed runs it (packaging/README.md).

Compression: xz for releases (smaller, slow), zstd for CI (about 1 s; only a dpkg that reads
zstd installs it: Debian 12, Ubuntu 21.10 or newer).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rejection_desktop import APP_EXECUTABLE, APP_ID, APP_NAME, __version__  # noqa: E402

PACKAGE = APP_EXECUTABLE
INSTALL_DIR = f"/opt/{PACKAGE}"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Rejection Desktop developers <rejectiondesktop@users.noreply.github.com>"
HOMEPAGE = "https://github.com/rejectiondesktop/rejection-desktop"
# System packages for what the bundle does not carry (see module docstring).
DEPENDS = [
    "libgl1",
    "libegl1",
    "libxcb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "fontconfig-config",
    "fonts-dejavu-core | fonts-liberation2",
    "libnotify-bin",
]
DESCRIPTION = f"""\
private companion for rejection therapy
 {APP_NAME} helps you practise asking for small things you expect to be
 refused, so that the fear of hearing "no" stops deciding for you. Before
 each ask you predict how likely a refusal is and how bad it would feel;
 afterwards you log what happened and reflect with guided prompts. Charts
 show how often the feared "no" really came.
 .
 Everything stays on your computer. Self-help, not therapy."""


def debian_architecture() -> str:
    """The Debian architecture name of this machine (amd64, arm64, ...)."""
    if shutil.which("dpkg"):
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def libc_dependency() -> str:
    """``libc6 (>= X.Y)`` for the glibc the bundle was built against (it needs at least that)."""
    name, version = os.confstr("CS_GNU_LIBC_VERSION").split()
    assert name == "glibc", name
    return f"libc6 (>= {version})"


def depends() -> str:
    """The control file's Depends field."""
    return ", ".join([libc_dependency(), *DEPENDS])


def normalise_modes(tree: Path) -> None:
    """0755 for folders and executables, 0644 for everything else (whatever the umask was)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def installed_size_kib(tree: Path) -> int:
    """Installed-Size: the staged files in KiB (symlinks count as one block)."""
    total = sum(path.lstat().st_size for path in tree.rglob("*") if not path.is_dir())
    return (total + 1023) // 1024


def control_file(size_kib: int, architecture: str) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends()}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {DESCRIPTION}\n"
    )


def copyright_file() -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        f"Source: {HOMEPAGE}\n\n"
        "Files: *\n"
        "Copyright: Rejection Desktop developers\n"
        "License: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n"
        " The bundle in /opt/rejection-desktop also contains Python, Qt for Python (LGPL-3.0),\n"
        " peewee (MIT) and plyer (MIT) under their own licenses.\n"
    )


def stage_deb(bundle: Path, stage: Path) -> None:
    """Lay out the package's files under ``stage`` (the future root directory)."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR.lstrip("/"), symlinks=True)
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / APP_EXECUTABLE).symlink_to(f"{INSTALL_DIR}/{APP_EXECUTABLE}")
    share = stage / "usr" / "share"
    linux = ROOT / "resources" / "linux"
    icons = ROOT / "resources" / "icons"
    copies = {
        linux / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        linux / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "rejection-desktop.svg": share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        copies[icons / f"rejection-desktop-{size}.png"] = (
            share / f"icons/hicolor/{size}x{size}/apps" / f"{APP_ID}.png")
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(), encoding="utf-8")


def build_deb(bundle: Path, out_dir: Path, work_dir: Path, compression: str) -> Path:
    """Stage the files, write DEBIAN/control and run dpkg-deb; returns the .deb path."""
    architecture = debian_architecture()
    stage = work_dir / f"{PACKAGE}_{__version__}_{architecture}"
    stage_deb(bundle, stage)
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_file(installed_size_kib(stage), architecture),
                                    encoding="utf-8")
    normalise_modes(stage)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{__version__}_{architecture}.deb"
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", f"-Z{compression}",
                    str(stage), str(deb)], check=True, stdout=subprocess.DEVNULL)
    return deb


def build_tarball(bundle: Path, out_dir: Path) -> Path:
    """``rejection-desktop-<version>-linux-<machine>.tar.gz`` holding ``rejection-desktop/``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tarball = out_dir / f"{PACKAGE}-{__version__}-linux-{platform.machine()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=PACKAGE, filter=owned_by_root)
    return tarball


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_EXECUTABLE,
                        help="the PyInstaller one-folder bundle (default: dist/rejection-desktop)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write packages")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb",
                        help="staging folder")
    parser.add_argument("--compression", choices=["xz", "zstd", "gzip"], default="xz",
                        help="dpkg-deb compression: xz for releases, zstd for CI (default: xz)")
    parser.add_argument("--no-tarball", action="store_true", help="build only the .deb")
    args = parser.parse_args(argv)
    executable = args.bundle / APP_EXECUTABLE
    if not executable.is_file():
        print(f"build_packages: {executable} not found; run `make dist` first", file=sys.stderr)
        return 1
    print(build_deb(args.bundle, args.out, args.work, args.compression))
    if not args.no_tarball:
        print(build_tarball(args.bundle, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
