"""PBKDF2-HMAC-SHA512, SQLCipher's key derivation: the one place that picks how it is computed.

hashlib's (OpenSSL 3's provider PBKDF2) spends about as long again on per-iteration overhead as on
SHA-512 itself; storage/_pbkdf2.c, built where a compiler and OpenSSL's headers are, computes the
same bytes in roughly 60 % of the time. It is used only if it imports and gives hashlib's bytes on
the vectors below (a few microseconds, once per process); otherwise hashlib is, so a build that
could not compile it, or a wrong one, costs speed and never a vault.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

Pbkdf2 = Callable[[bytes, bytes, int, int], bytes]

# Short and long passwords (over SHA-512's 128-byte block, which HMAC hashes first), empty and
# long salts, one and several iterations, short and whole-digest outputs.
CHECKS: tuple[tuple[bytes, bytes, int, int], ...] = (
    (b"", b"", 1, 64),
    (b"passphrase", b"sixteen byte slt", 3, 32),
    (bytes(range(256)) * 2, b"s" * 200, 2, 17),
    (b"p" * 128, bytes(16), 5, 64),
    (b"q" * 129, b"another salt", 1_000, 32),  # a loop cut short would pass the ones above
)


def hashlib_pbkdf2(password: bytes, salt: bytes, iterations: int, dklen: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", password, salt, iterations, dklen)


def choose() -> Pbkdf2:
    try:
        from storage._pbkdf2 import pbkdf2_hmac_sha512
    except ImportError:
        return hashlib_pbkdf2
    try:
        agrees = all(pbkdf2_hmac_sha512(*c) == hashlib_pbkdf2(*c) for c in CHECKS)
    except Exception:  # a broken build is the slow path, not a failure to open a vault
        agrees = False
    return pbkdf2_hmac_sha512 if agrees else hashlib_pbkdf2


pbkdf2_hmac_sha512: Pbkdf2 = choose()


def implementation() -> str:
    """For the frozen app's self-check: PyInstaller bundles the module only if it sees the import."""
    return "hashlib" if pbkdf2_hmac_sha512 is hashlib_pbkdf2 else "compiled"
