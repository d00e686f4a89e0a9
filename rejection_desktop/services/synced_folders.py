"""Does a folder live on a network share or in a cloud-synced folder?

A live SQLite database must not: sync clients copy it while it is being written (and create
"conflicted copies"), and network file systems break SQLite's locking, either of which can
corrupt the journal. Backups there are fine, even good: they leave the computer.
The checks are cheap and never touch the network: path names, the mount table on Linux,
UNC paths and the drive type on Windows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "cloudstorage": "a cloud storage provider",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "box sync": "Box",
    "seadrive": "Seafile",
    "megasync": "MEGA",
    "yandex.disk": "Yandex Disk",
}
"""Start of a folder name (lower case) -> the service it belongs to."""

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afs", "9p", "ceph",
    "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs", "fuse.rclone", "fuse.gvfsd-fuse",
    "fuse.s3fs", "lustre", "gpfs", "ncpfs", "coda", "fuse.onedriver",
})
MOUNTS_FILE = Path("/proc/self/mounts")
DRIVE_REMOTE = 4


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder ``path`` is inside, judged by folder names."""
    for part in path.parts:
        lowered = part.lower()
        for start, service in CLOUD_FOLDERS.items():
            if lowered.startswith(start):
                return service
    return None


def unescape_mount(field: str) -> str:
    """Undo the octal escapes (``\\040`` for a space) of /proc/mounts."""
    return field.encode("latin-1").decode("unicode_escape").encode("latin-1").decode(
        "utf-8", "replace")


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from the text of /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((unescape_mount(fields[1]), fields[2]))
    return mounts


def network_file_system(path: PurePath, mounts: list[tuple[str, str]]) -> str | None:
    """The network file system type of the mount holding ``path``, if it is one."""
    best, kind = "", ""
    for point, fs_type in mounts:
        inside = path == PurePath(point) or PurePath(point) in path.parents
        if inside and len(point) >= len(best):
            best, kind = point, fs_type
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def windows_remote(path: Path) -> bool:
    """A UNC path or a mapped network drive (Windows)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform != "win32" or not path.drive:
        return False
    import ctypes  # noqa: PLC0415

    kernel = getattr(ctypes, "windll").kernel32  # noqa: B009 - exists on Windows only
    return bool(kernel.GetDriveTypeW(path.drive + "\\") == DRIVE_REMOTE)


def read_mounts() -> list[tuple[str, str]]:
    try:
        return parse_mounts(MOUNTS_FILE.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


def risky_location(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """Why ``path`` is a risky place for a live database, or None when it looks local."""
    resolved = Path(os.path.abspath(path))
    service = cloud_service(resolved)
    if service:
        return f"it is inside a {service} folder"
    if windows_remote(resolved):
        return "it is on a network drive"
    kind = network_file_system(resolved, read_mounts() if mounts is None else mounts)
    if kind:
        return f"it is on a network file system ({kind})"
    return None
