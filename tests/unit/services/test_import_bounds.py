"""Import reads only regular files and bounds its memory before building anything.

A FIFO (which would block ``open`` forever), a device or a folder is refused within a second;
a file whose parsed form would dwarf an export of its size (63 MiB of ``{}``) or nest deeper
than one is refused from a count of its structure, without ``json.loads``; and the peak memory
of any import, refused or accepted, stays under ten times the file's size (tracemalloc).
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from rejection_desktop.app.context import open_context
from rejection_desktop.services import importer
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.services.importer import Census, ImportRefusedError

pytestmark = pytest.mark.slow  # whole journals, key derivation, big files: not in make test-fast

ROOT = Path(__file__).resolve().parents[3]


def refused_within(action, seconds: float) -> tuple[str, float]:
    """Run ``action`` on a thread; it must raise ImportRefusedError within ``seconds``."""
    outcome: list[object] = []

    def run() -> None:
        try:
            action()
        except BaseException as exc:  # handed to the test
            outcome.append(exc)
        else:
            outcome.append("accepted")

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    elapsed = time.monotonic() - started
    assert outcome, f"still running after {seconds} s"
    assert isinstance(outcome[0], ImportRefusedError), outcome[0]
    return str(outcome[0]), elapsed


@pytest.fixture
def transfer(context):
    backups = BackupService(context.paths, context.clock)
    return DataTransferService(backups, context.services.settings.zone, context.clock)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_within_a_second_and_never_opened_for_long(transfer, tmp_path):
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    try:
        for action in (lambda: transfer.preview(fifo),
                       lambda: transfer.import_file(fifo, ImportMode.MERGE),
                       lambda: transfer.import_file(fifo, ImportMode.REPLACE)):
            message, elapsed = refused_within(action, 5)
            assert "not a regular file" in message
            assert elapsed < 1
    finally:
        with contextlib.suppress(OSError):  # release an old build's reader blocked in open()
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "folder"])
def test_devices_and_folders_are_refused_unread(transfer, tmp_path, special):
    path = Path(special) if special.startswith("/") else tmp_path
    if not path.exists():
        pytest.skip(f"{path} does not exist here")
    message, elapsed = refused_within(lambda: transfer.import_file(path), 5)
    assert ("a folder" if path.is_dir() else "not a regular file") in message
    assert elapsed < 1


def peak_of(path: Path, action) -> int:
    tracemalloc.start()
    try:
        action()
    except ImportRefusedError:
        pass
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


HOSTILE = {
    "63 MiB of {}": (lambda: b"[" + b"{}," * (21 * 1024 * 1024) + b"{}]", "far more records"),
    "lists of lists": (lambda: b"[" + b"[[]]," * (2 * 1024 * 1024) + b"[]]", "far more records"),
    "short strings": (lambda: b'{"a": [' + b'"ab",' * (2 * 1024 * 1024) + b'"ab"]}',
                      "far more records"),
    "one-field objects": (lambda: b"[" + b'{"a":1},' * (1024 * 1024) + b"{}]",
                          "far more records"),
    "floats": (lambda: b"[" + b"1.5," * (2 * 1024 * 1024) + b"1.5]", "far more records"),
    "nested 40 deep": (lambda: b'{"a":' * 40 + b"1" + b"}" * 40, "nested too deeply"),
    "lists 33 deep in a setting": (
        lambda: b'{"settings": [{"value": ' + b"[" * 33 + b"]" * 33 + b"}]}",
        "nested too deeply"),
}
"""Each case: how to make the file (made only when its test runs), and why it is refused."""


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_file_that_would_build_a_huge_object_graph_is_refused_first(tmp_path, case):
    make, reason = HOSTILE[case]
    path = tmp_path / "hostile.json"
    path.write_bytes(make())
    started = time.monotonic()
    messages: list[str] = []

    def read() -> None:
        try:
            importer.read_export(path)
        except ImportRefusedError as exc:
            messages.append(str(exc))
            raise

    peak = peak_of(path, read)
    elapsed = time.monotonic() - started
    assert messages and reason in messages[0]
    size = path.stat().st_size
    assert peak < 10 * max(size, 64 * 1024), f"peak {peak:,} for {size:,} bytes"
    if size > 60 * 1024 * 1024:
        assert peak < 3 * size and elapsed < 10  # was 17 s and 1.7 GB


def test_a_real_export_imports_with_a_peak_under_ten_times_its_size(tmp_path, qapp):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.demo_data import generate

    context = generate(tmp_path / "demo", years=2, attempts=1500, challenges=150)
    export = tmp_path / "demo.json"
    backups = BackupService(context.paths, context.clock)
    DataTransferService(backups, context.services.settings.zone, context.clock).export(
        "json", export)
    context.close()
    size = export.stat().st_size
    assert size > 1024 * 1024
    assert Census.of(export.read_bytes(), 10**12).cost() < importer.GRAPH_BUDGET * size / 1.5
    target = open_context(tmp_path / "target", context.clock)
    try:
        transfer = DataTransferService(BackupService(target.paths, target.clock),
                                       target.services.settings.zone, target.clock)
        parsed = peak_of(export, lambda: importer.read_export(export))
        assert parsed < 10 * size, f"read and validated: peak {parsed:,} for {size:,} bytes"
        imported = peak_of(export, lambda: transfer.import_file(export, ImportMode.REPLACE))
        assert imported < 10 * size, f"imported: peak {imported:,} for {size:,} bytes"
        print(f"\nexport {size:,} bytes: peak {parsed / size:.1f}x read, "
              f"{imported / size:.1f}x imported")
    finally:
        target.close()


def test_the_census_counts_exactly_what_json_holds():
    text = (b'{"a\\"": "x\\\\", "b": [1, {"c": "{[,:"}], "d": "\\\\\\"[", "e": []}')
    census = Census.of(text, 10**9)
    assert (census.objects, census.lists, census.strings, census.fields) == (2, 2, 8, 5)
    assert bytes(census.brackets) == b"{[{}][]}"
    split = Census.of(b'["' + b"x" * (importer.CHUNK - 1) + b'{", {}]', 10**9)
    assert (split.objects, split.strings) == (1, 1)  # a string across two chunks


def test_escapes_are_removed_the_same_wherever_a_chunk_ends(monkeypatch):
    """The census reads the file in pieces (no long call holding the GIL, no second copy):
    whatever the piece size, the result is that of one replace over the whole text."""
    monkeypatch.setattr(importer, "CHUNK", 3)
    rng = random.Random(7)
    for _ in range(3000):
        data = bytes(rng.choice(b'ab\\"{}[],:') for _ in range(rng.randint(0, 40)))
        whole = data.replace(b"\\\\", b"").replace(b'\\"', b"")
        assert b"".join(importer.escape_free_chunks(data)) == whole, data


def test_utf8_is_decoded_in_chunks_and_a_bad_byte_named_where_it_is(monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 5)  # cuts characters of 2 to 4 bytes
    text = '{"note": "Grüße – 😀 ' + "ä€😀" * 30 + '"}'
    data = text.encode()
    assert importer.utf8_text(data) == text
    cut = data.index("😀".encode()) + 1  # a character's second byte replaced by a quote
    bad = data[:cut] + b'"' + data[cut + 1:]
    with pytest.raises(UnicodeDecodeError) as caught:
        importer.utf8_text(bad)
    assert caught.value.start == cut - 1
    with pytest.raises(ImportRefusedError, match=f"invalid byte at position {cut - 1}"):
        importer.parse_json(bad)
