"""The committed icons are complete, well formed, and up to date with the SVG they come from."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest
from bundle_tools import ROOT
from PySide6.QtGui import QImage

sys.path.insert(0, str(ROOT / "packaging"))

import make_icons

pytestmark = pytest.mark.dist

ICONS = ROOT / "resources" / "icons"


def image(data: bytes) -> QImage:
    result = QImage.fromData(data)
    assert not result.isNull()
    return result.convertToFormat(QImage.Format.Format_ARGB32)


def largest_channel_difference(left: QImage, right: QImage) -> int:
    assert left.size() == right.size()
    return max(abs(a - b) for a, b in zip(bytes(left.constBits()), bytes(right.constBits()),
                                          strict=True))


def ico_entries(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = {}
    for index in range(count):
        width, height, _, _, _, _, size, offset = struct.unpack_from("<BBBBHHII", data,
                                                                     6 + 16 * index)
        assert width == height
        entries[width or 256] = data[offset:offset + size]
    return entries


def icns_entries(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        entries[kind] = data[offset + 8:offset + length]
        offset += length
    return entries


def test_png_sizes_exist_with_their_dimensions(qapp):
    for size in make_icons.PNG_SIZES:
        png = image(make_icons.png_path(size).read_bytes())
        assert (png.width(), png.height()) == (size, size)
        assert png.hasAlphaChannel()


def test_ico_holds_every_windows_size(qapp):
    entries = ico_entries((ICONS / "rejection-desktop.ico").read_bytes())
    assert sorted(entries) == sorted(make_icons.ICO_SIZES)
    for size, data in entries.items():
        assert image(data).width() == size


def test_icns_holds_every_macos_size(qapp):
    entries = icns_entries((ICONS / "rejection-desktop.icns").read_bytes())
    assert list(entries) == [kind for kind, _ in make_icons.ICNS_TYPES]
    for kind, size in make_icons.ICNS_TYPES:
        assert image(entries[kind]).width() == size


def test_committed_pngs_match_the_svg(qapp, tmp_path: Path):
    """Regenerating from the SVG gives the same pixels (small antialiasing drift allowed)."""
    make_icons.generate(make_icons.SOURCE, tmp_path)
    for size in make_icons.PNG_SIZES:
        fresh = image(make_icons.png_path(size, tmp_path).read_bytes())
        committed = image(make_icons.png_path(size).read_bytes())
        assert largest_channel_difference(fresh, committed) <= 8, \
            f"{size} px icon is out of date: run `make icons`"
