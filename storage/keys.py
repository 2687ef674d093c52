"""Passphrase handling for PRAGMA key / rekey, which take no bound parameter."""

from __future__ import annotations

import unicodedata

from storage.errors import InvalidPassphrase


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so that an "é" typed as one code point or as e + accent is the same passphrase."""
    normalised = unicodedata.normalize("NFC", passphrase)
    if not normalised or "\x00" in normalised:
        raise InvalidPassphrase("empty or NUL")
    return normalised


def key_literal(passphrase: str) -> str:
    """The SQL string literal for PRAGMA key: single quotes doubled, nothing else touched."""
    return "'" + normalise_passphrase(passphrase).replace("'", "''") + "'"
