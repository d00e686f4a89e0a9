"""How strong a new passphrase looks: a rough estimate for a hint under the field (no Qt).

The estimate counts characters from the kinds used (lower case, upper case, digits, other) and
words; it is a hint, not a guarantee: a famous quote scores high and is still guessable. The
refusal of a too short passphrase is ``services.encryption.passphrase_problem``.
"""

from __future__ import annotations

import math
import string
from enum import IntEnum

COMMON = frozenset({"password", "passwort", "123456", "12345678", "qwerty", "letmein",
                    "iloveyou", "admin", "welcome", "rejection", "journal"})


class Strength(IntEnum):
    """From "too weak" to "strong"."""

    WEAK = 0
    FAIR = 1
    GOOD = 2
    STRONG = 3


def estimated_bits(passphrase: str) -> float:
    """A rough guess of the passphrase's entropy in bits."""
    text = passphrase.strip()
    if not text:
        return 0.0
    if text.lower().replace(" ", "") in COMMON:
        return 0.0
    pool = 0
    for kind, size in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26),
                       (string.digits, 10)):
        if any(ch in kind for ch in text):
            pool += size
    if any(not ch.isascii() or ch in string.punctuation for ch in text):
        pool += 33
    if any(ch.isspace() for ch in text):
        pool += 1
    distinct = len(set(text.lower()))
    length = min(len(text), 4 * distinct)  # "aaaaaaaaaaaa" is not twelve characters of entropy
    bits = length * math.log2(max(pool, 2))
    words = len(text.split())
    if words >= 4:  # a few random words: the usual advice
        bits = max(bits, 11.0 * words)
    return bits


def strength(passphrase: str) -> Strength:
    bits = estimated_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG
