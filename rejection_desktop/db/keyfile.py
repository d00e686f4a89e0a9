"""The key file: the journal's random database key, wrapped under the passphrase and a recovery
code, in a small versioned JSON file beside the journal.

The database key is 32 random bytes handed to SQLCipher as a raw key (no SQLCipher KDF). It is
stored twice, each time encrypted with AES-256-GCM under a key derived with Argon2id (RFC 9106,
second recommended option: t=3, 64 MiB, 4 lanes): once from the passphrase, once from the
recovery code. GCM's tag tells a wrong passphrase from a right one before SQLite is touched, so
a typo is never taken for a damaged journal. Changing the passphrase re-wraps the same key;
the journal and its backups are not rewritten. No Qt and no SQLite here.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rejection_desktop.platform.paths import write_private_file

FORMAT = "rejection-desktop-key"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters
RECOVERY_GROUP = 4
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery_code"
MAX_KEY_FILE_BYTES = 64 * 1024


class KeyFileError(Exception):
    """The key file is missing, damaged or from a newer version (a message for the user)."""


class WrongSecretError(Exception):
    """The passphrase or recovery code does not open the key file (nothing is damaged)."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters; stored with each wrapped key so they can grow later."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def check(self) -> None:
        """Refuse parameters no version of this app writes (a tampered file must not hang us)."""
        if not (1 <= self.time_cost <= 64 and 8 * 1024 <= self.memory_kib <= 4 * 1024 * 1024
                and 1 <= self.parallelism <= 64):
            raise KeyFileError("The key file is damaged (its key derivation settings are out of "
                               "range).")


DEFAULT_KDF = KdfParams()


def normalize_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for (NFC, so the same words typed on another OS match)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """A 256-bit wrapping key from ``secret`` with Argon2id."""
    from argon2.low_level import Type, hash_secret_raw  # noqa: PLC0415 - 15 ms, only here

    return hash_secret_raw(secret, salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=32, type=Type.ID)


def _aad(slot: str, key_id: str) -> bytes:
    """Binds a wrapped key to its slot and key file (a slot cannot be swapped for another)."""
    return f"{FORMAT} v{VERSION} {slot} {key_id}".encode("ascii")


@dataclass(frozen=True)
class WrappedKey:
    """The database key encrypted under one secret."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def wrap(cls, key: bytes, secret: bytes, slot: str, key_id: str,
             params: KdfParams = DEFAULT_KDF) -> WrappedKey:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

        salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
        ciphertext = AESGCM(derive(secret, salt, params)).encrypt(nonce, key, _aad(slot, key_id))
        return cls(params, salt, nonce, ciphertext)

    def unwrap(self, secret: bytes, slot: str, key_id: str) -> bytes:
        """The database key; WrongSecretError when ``secret`` is not the one it was wrapped
        under."""
        from cryptography.exceptions import InvalidTag  # noqa: PLC0415
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

        try:
            key = AESGCM(derive(secret, self.salt, self.params)).decrypt(
                self.nonce, self.ciphertext, _aad(slot, key_id))
        except InvalidTag:
            raise WrongSecretError(slot) from None
        if len(key) != KEY_BYTES:
            raise KeyFileError("The key file is damaged (the key has the wrong length).")
        return key

    def to_json(self) -> dict[str, Any]:
        return {"kdf": "argon2id", "time_cost": self.params.time_cost,
                "memory_kib": self.params.memory_kib, "parallelism": self.params.parallelism,
                "salt": _b64(self.salt), "aead": "aes-256-gcm", "nonce": _b64(self.nonce),
                "wrapped_key": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: object) -> WrappedKey:
        if not isinstance(data, dict) or data.get("kdf") != "argon2id" \
                or data.get("aead") != "aes-256-gcm":
            raise KeyFileError("The key file is damaged (unknown key wrapping).")
        numbers = [data.get(name) for name in ("time_cost", "memory_kib", "parallelism")]
        if not all(type(n) is int for n in numbers):
            raise KeyFileError("The key file is damaged (bad key derivation settings).")
        params = KdfParams(*numbers)  # type: ignore[arg-type]
        params.check()
        salt, nonce = _unb64(data.get("salt"), SALT_BYTES), _unb64(data.get("nonce"), NONCE_BYTES)
        ciphertext = _unb64(data.get("wrapped_key"), KEY_BYTES + 16)
        return cls(params, salt, nonce, ciphertext)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise KeyFileError("The key file is damaged (a field is missing).")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError("The key file is damaged (a field is not base64).") from None
    if len(raw) != length:
        raise KeyFileError("The key file is damaged (a field has the wrong length).")
    return raw


# recovery codes ---------------------------------------------------------------------------------
def new_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 letters and digits, e.g. ``ABCD-EF23-...``."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def normalize_recovery_code(code: str) -> bytes:
    """A typed recovery code as the bytes it was made from; tolerant of case, spaces, dashes
    and digits misread for letters (0/O, 1/I, 8/B). WrongSecretError when it cannot be one."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(text)
    except (binascii.Error, ValueError):
        raise WrongSecretError(RECOVERY_SLOT) from None
    if len(raw) != RECOVERY_BYTES:
        raise WrongSecretError(RECOVERY_SLOT)
    return raw


# the file ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyFile:
    """A key file's content: its id and the key wrapped under each secret."""

    key_id: str
    passphrase: WrappedKey
    recovery: WrappedKey

    @classmethod
    def create(cls, passphrase: str, params: KdfParams = DEFAULT_KDF
               ) -> tuple[KeyFile, bytes, str]:
        """A new random database key; returns the key file, the key and the recovery code."""
        if not passphrase:
            raise ValueError("the passphrase is empty")
        key, key_id, code = secrets.token_bytes(KEY_BYTES), secrets.token_hex(8), \
            new_recovery_code()
        key_file = cls(key_id,
                       WrappedKey.wrap(key, normalize_passphrase(passphrase), PASSPHRASE_SLOT,
                                       key_id, params),
                       WrappedKey.wrap(key, normalize_recovery_code(code), RECOVERY_SLOT, key_id,
                                       params))
        return key_file, key, code

    def unlock(self, *, passphrase: str | None = None, recovery_code: str | None = None
               ) -> bytes:
        """The database key from the passphrase or the recovery code; WrongSecretError when
        it is not the right one."""
        if passphrase is not None:
            return self.passphrase.unwrap(normalize_passphrase(passphrase), PASSPHRASE_SLOT,
                                          self.key_id)
        if recovery_code is not None:
            return self.recovery.unwrap(normalize_recovery_code(recovery_code), RECOVERY_SLOT,
                                        self.key_id)
        raise ValueError("give a passphrase or a recovery code")

    def with_passphrase(self, key: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF
                        ) -> KeyFile:
        """The same key wrapped under a new passphrase (the recovery code stays)."""
        if not passphrase:
            raise ValueError("the passphrase is empty")
        return replace(self, passphrase=WrappedKey.wrap(
            key, normalize_passphrase(passphrase), PASSPHRASE_SLOT, self.key_id, params))

    def to_bytes(self) -> bytes:
        return (json.dumps({
            "format": FORMAT, "version": VERSION, "key_id": self.key_id,
            "cipher": "sqlcipher4-raw-key",
            "slots": {PASSPHRASE_SLOT: self.passphrase.to_json(),
                      RECOVERY_SLOT: self.recovery.to_json()},
        }, indent=2) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        """Parse strictly; KeyFileError says what is wrong."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise KeyFileError("The key file is damaged (it is not readable JSON).") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeyFileError("This is not a Rejection Desktop key file.")
        version = data.get("version")
        if type(version) is not int or version < 1:
            raise KeyFileError("The key file is damaged (no version).")
        if version > VERSION:
            raise KeyFileError(f"The key file was written by a newer version of Rejection "
                               f"Desktop (format {version}). Please update the app.")
        key_id, slots = data.get("key_id"), data.get("slots")
        if not isinstance(key_id, str) or not key_id.isalnum() or len(key_id) > 64 \
                or not isinstance(slots, dict) or data.get("cipher") != "sqlcipher4-raw-key":
            raise KeyFileError("The key file is damaged.")
        return cls(key_id, WrappedKey.from_json(slots.get(PASSPHRASE_SLOT)),
                   WrappedKey.from_json(slots.get(RECOVERY_SLOT)))

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        """Read and parse ``path``; KeyFileError when it is missing or damaged."""
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileError(f"The key file {path.name} is missing.") from None
        except OSError as exc:
            raise KeyFileError(f"The key file {path.name} cannot be read: "
                               f"{exc.strerror or exc}") from exc
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise KeyFileError(f"{path.name} is too large to be a key file.")
        return cls.from_bytes(raw)

    def write(self, path: Path) -> None:
        """Write atomically and durably, private from its first byte."""
        write_private_file(path, self.to_bytes())
