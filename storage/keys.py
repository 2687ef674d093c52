"""Passphrase handling for PRAGMA key / rekey, which take no bound parameter."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from storage import kdf, settings
from storage.errors import InvalidPassphrase

SALT_BYTES = 16


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so that an "é" typed as one code point or as e + accent is the same passphrase."""
    normalised = unicodedata.normalize("NFC", passphrase)
    if not normalised or "\x00" in normalised:
        raise InvalidPassphrase("empty or NUL")
    return normalised


def key_literal(passphrase: str) -> str:
    """The SQL string literal for PRAGMA key: single quotes doubled, nothing else touched."""
    return "'" + normalise_passphrase(passphrase).replace("'", "''") + "'"


@dataclass(frozen=True)
class DerivedKey:
    """A raw SQLCipher key derived from a passphrase for one file's salt.

    The same PBKDF2-HMAC-SHA512 SQLCipher runs for PRAGMA key, done once here, so that every
    further connection to the file (a bundle's verification opens, the day's backup of a vault)
    opens with the raw key instead of paying the derivation again (~0.2 s each)."""

    key: bytes = field(repr=False)  # never in a log, nor in a traceback's locals
    salt: bytes

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> DerivedKey:
        secret = normalise_passphrase(passphrase).encode("utf-8")
        key = kdf.pbkdf2_hmac_sha512(secret, salt, settings.kdf_iterations, 32)
        return cls(key, salt)

    @classmethod
    def new(cls, passphrase: str) -> DerivedKey:
        return cls.derive(passphrase, os.urandom(SALT_BYTES))

    @classmethod
    def for_file(cls, path: Path, passphrase: str, known: DerivedKey | None = None) -> DerivedKey:
        """known: derived from `passphrase` already (a vault just created with it), used when
        it is for this file's salt."""
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
        if known is not None and known.salt == salt:
            return known
        return cls.derive(passphrase, salt)

    @property
    def with_salt(self) -> str:
        """For creating a file: the salt is ours, so the derivation above stays valid."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    @property
    def raw(self) -> str:
        return f"x'{self.key.hex()}'"
