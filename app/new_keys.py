"""Keys for a passphrase the host has just chosen, derived before the write that needs them.

A new file (a handover bundle, an imported group's vault) is keyed with a raw key derived from
its passphrase over a random salt of its own (storage/keys.py). The derivation costs ~0.3 s of
one core; the wizards start it as soon as the host has settled on a passphrase
(ui/common/key_ahead.py), so that the write after the click finds it done. A key is used only
for the passphrase it was derived from (`matching`): a write handed any other derives its own.
A passphrase change keeps the vault's salt: its key is derived for it (`rekey_key`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from app.passphrase import generated_form, keyed_form
from storage import kdf
from storage.keys import DerivedKey


@dataclass(frozen=True)
class NewKey:
    """The raw key of a file not written yet, with the passphrase it was derived from, in the
    form the file is keyed with. Neither is ever shown in a repr (nor so in a log)."""

    keyed: str = field(repr=False)
    derived: DerivedKey = field(repr=False)


class KeyLater(Protocol):
    """A key being derived ahead, waited for on the write's worker (ui/common/key_ahead.py).
    `woken`, set from another thread, ends the wait sooner, with None: a write stopped while
    it waits for the key (a file written ahead and dropped) is not held to the derivation's
    end, which the thread that stopped it would wait for."""

    def __call__(self, woken: threading.Event | None = None, /) -> NewKey | None: ...


def handover_key(passphrase: str) -> NewKey:
    """For a handover file: keyed with the passphrase exactly as given (HandoverService.export)."""
    return NewKey(passphrase, DerivedKey.new(passphrase))


def vault_key(passphrase: str) -> NewKey:
    """For a new vault: keyed with a generated passphrase in its printed form (keyed_form)."""
    keyed = keyed_form(passphrase)
    return NewKey(keyed, DerivedKey.new(keyed))


def rekey_key(vault: Path, passphrase: str) -> NewKey:
    """For a passphrase change: PRAGMA rekey keeps the vault's salt, so the key is derived for
    that salt (app/rekey.py checks it is still the file's)."""
    keyed = keyed_form(passphrase)
    return NewKey(keyed, DerivedKey.for_file(vault, keyed))


def file_key(bundle: Path, typed: str) -> NewKey | None:
    """For opening a handover file, once what the host types is a whole generated passphrase:
    its printed form's key for the file's salt (inspect tries that form first), derived before
    Enter. None for any other text, which may be only the start of the passphrase."""
    printed = generated_form(typed)
    if printed is None:
        return None
    return NewKey(printed, DerivedKey.for_file(bundle, printed))


def derivation() -> str:
    """How keys are derived here: "compiled" (storage/_pbkdf2.c) or "hashlib" (storage/kdf.py)."""
    return kdf.implementation()


def matching(ahead: NewKey | None, keyed: str) -> DerivedKey | None:
    """The key derived ahead when it is `keyed`'s, else None (the write then derives its own)."""
    if ahead is None or ahead.keyed != keyed:
        return None
    return ahead.derived
