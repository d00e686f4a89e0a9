"""The key file: wrapping, wrong secrets, recovery codes, strict reading, private writes."""

from __future__ import annotations

import json
import os
import stat
import time

import pytest

from rejection_desktop.db.keyfile import (
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyFileError,
    WrongSecretError,
    normalize_recovery_code,
)

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
"""Cheap Argon2id for tests of the format (the real cost is checked once below)."""


def make(passphrase: str = "correct horse battery staple"):
    return KeyFile.create(passphrase, FAST)


def test_passphrase_and_recovery_code_both_give_the_same_random_key():
    key_file, key, code = make()
    assert len(key) == 32
    assert key_file.unlock(passphrase="correct horse battery staple") == key
    assert key_file.unlock(recovery_code=code) == key
    other_file, other_key, _ = make()
    assert other_key != key and other_file.key_id != key_file.key_id


def test_a_wrong_passphrase_or_code_is_wrong_not_damage():
    key_file, _, code = make()
    with pytest.raises(WrongSecretError):
        key_file.unlock(passphrase="correct horse battery stapl")
    with pytest.raises(WrongSecretError):
        key_file.unlock(passphrase="")
    wrong_code = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(WrongSecretError):
        key_file.unlock(recovery_code=wrong_code)
    with pytest.raises(WrongSecretError):
        key_file.unlock(recovery_code="not a code")


def test_recovery_code_is_forgiving_about_how_it_is_typed():
    key_file, key, code = make()
    assert len(code.replace("-", "")) == 32 and code.count("-") == 7
    sloppy = " " + code.lower().replace("-", " ").replace("o", "0").replace("i", "1") + "\n"
    assert key_file.unlock(recovery_code=sloppy) == key
    assert normalize_recovery_code(code) == normalize_recovery_code(code.replace("-", ""))


def test_passphrase_is_compared_as_unicode_text_not_as_keystrokes():
    key_file, key, _ = make("caf\u00e9 \u00fcber")
    assert key_file.unlock(passphrase="cafe\u0301 u\u0308ber") == key  # NFD on the way in


def test_changing_the_passphrase_rewraps_the_same_key_and_keeps_the_code():
    key_file, key, code = make("old one")
    changed = key_file.with_passphrase(key, "new one", FAST)
    assert changed.key_id == key_file.key_id
    assert changed.unlock(passphrase="new one") == key
    assert changed.unlock(recovery_code=code) == key
    with pytest.raises(WrongSecretError):
        changed.unlock(passphrase="old one")


def test_round_trip_through_bytes_and_the_file(tmp_path):
    key_file, key, _ = make()
    path = tmp_path / "journal.key"
    key_file.write(path)
    assert KeyFile.read(path) == key_file
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert KeyFile.read(path).unlock(passphrase="correct horse battery staple") == key
    data = json.loads(path.read_text(encoding="ascii"))
    assert data["format"] == "rejection-desktop-key" and data["version"] == 1
    assert key.hex() not in path.read_text(encoding="ascii")
    assert not list(tmp_path.glob("*.tmp"))


def test_the_key_file_is_private_from_its_first_byte(tmp_path, monkeypatch):
    """The temporary file is created 0600 (not chmod-ed after its content is written)."""
    modes = []
    real_open = os.open

    def spy(path, flags, mode=0o777, *args, **kwargs):
        if str(path).endswith(".tmp"):
            modes.append(mode)
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    os.umask(0o022)
    make()[0].write(tmp_path / "journal.key")
    assert modes == [0o600]


def test_swapped_slots_do_not_open():
    key_file, _, code = make()
    swapped = KeyFile(key_file.key_id, key_file.recovery, key_file.passphrase)
    with pytest.raises(WrongSecretError):
        swapped.unlock(recovery_code=code)
    other, _, _ = make()
    moved = KeyFile(other.key_id, key_file.passphrase, key_file.recovery)
    with pytest.raises(WrongSecretError):
        moved.unlock(passphrase="correct horse battery staple")


@pytest.mark.parametrize("edit", [
    lambda d: d.update(format="something-else"),
    lambda d: d.pop("version"),
    lambda d: d.update(key_id=["x"]),
    lambda d: d["slots"]["passphrase"].update(salt="not base64!"),
    lambda d: d["slots"]["passphrase"].update(nonce="AAAA"),
    lambda d: d["slots"]["passphrase"].update(kdf="pbkdf2"),
    lambda d: d["slots"]["passphrase"].update(memory_kib=1 << 40),
    lambda d: d["slots"]["passphrase"].update(time_cost="3"),
    lambda d: d["slots"].pop("recovery_code"),
])
def test_a_damaged_key_file_is_reported_as_damaged(edit):
    data = json.loads(make()[0].to_bytes())
    edit(data)
    with pytest.raises(KeyFileError):
        KeyFile.from_bytes(json.dumps(data).encode())


def test_garbage_missing_and_newer_key_files(tmp_path):
    with pytest.raises(KeyFileError, match="missing"):
        KeyFile.read(tmp_path / "nope.key")
    (tmp_path / "bad.key").write_bytes(b"\x00\xff" * 10)
    with pytest.raises(KeyFileError, match="damaged"):
        KeyFile.read(tmp_path / "bad.key")
    data = json.loads(make()[0].to_bytes())
    data["version"] = 2
    with pytest.raises(KeyFileError, match="newer version"):
        KeyFile.from_bytes(json.dumps(data).encode())


def test_a_flipped_bit_in_the_wrapped_key_does_not_open():
    key_file, _, _ = make()
    data = json.loads(key_file.to_bytes())
    import base64
    wrapped = bytearray(base64.b64decode(data["slots"]["passphrase"]["wrapped_key"]))
    wrapped[0] ^= 1
    data["slots"]["passphrase"]["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()
    with pytest.raises(WrongSecretError):
        KeyFile.from_bytes(json.dumps(data).encode()).unlock(
            passphrase="correct horse battery staple")


def test_the_default_cost_is_the_rfc_9106_low_memory_profile():
    assert (DEFAULT_KDF.time_cost, DEFAULT_KDF.memory_kib, DEFAULT_KDF.parallelism) == \
        (3, 64 * 1024, 4)
    key_file, key, _ = KeyFile.create("pass")
    started = time.perf_counter()
    assert key_file.unlock(passphrase="pass") == key
    assert time.perf_counter() - started < 5  # about 0.2-0.5 s; generous for busy machines
