"""A new file's key, derived on a thread of its own while the host is still busy elsewhere.

A passphrase costs ~0.3 s of key derivation before a file can be written under it. A page
that asks for a new passphrase starts the derivation as soon as it accepts one (`follow`, at
each edit, or `start` when the host goes on), and the write after the click takes the key
instead of waiting for a derivation of its own. The key is for that passphrase only: another
one drops it (never used, never kept), and the write checks again (app/new_keys.py).

    self.key_ahead = KeyAhead(self, new_keys.vault_key, ctx)
    self.key_ahead.follow(passphrase, self.acceptable())   # at each edit
    key = self.key_ahead.take(passphrase)                  # at the click
    operation.run(lambda: service.write(..., key=key()))   # waits on the write's worker
    self.key_ahead.stop()                                  # closing: nothing left running
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from app.new_keys import NewKey
from ui.common.ahead import Ahead, Taken
from ui.context import UiContext

Derive = Callable[[str], NewKey | None]
TakenKey = Callable[[], NewKey | None]


class KeyAhead(Ahead[NewKey]):
    def __init__(self, owner: QObject, derive: Derive, ctx: UiContext | None = None) -> None:
        """`derive`: app/new_keys.py's function for the kind of file written. `ctx`: stopped at
        the lock's announcement, for an owner with no stop of its own then (the passphrase
        change dialog); a wizard stops it in its finish_work_before_lock, in its own order."""
        super().__init__(owner)
        self._derive = derive
        if ctx is not None:
            ctx.about_to_lock.connect(self.stop)

    def follow(self, passphrase: str, acceptable: bool, derive: Derive | None = None) -> None:
        """For a page that judges its passphrase at each edit: derived once it is acceptable;
        dropped as soon as the passphrase itself changes. Kept while only another field makes
        the page unacceptable (a typo in the confirmation, an empty label): fixing it would
        otherwise derive the same key again, and the click right after would wait for it."""
        if acceptable:
            self.start(passphrase, derive)
        elif not self._pending_for(passphrase):
            self.drop()

    def start(self, passphrase: str, derive: Derive | None = None) -> None:
        """Derive for `passphrase`, unless that is under way already; any other is dropped.
        `derive`: this once, instead of the owner's (for a file named on the page: the page
        drops the key when the file changes). A derivation cannot be interrupted: one dropped
        while running ends unused."""
        derive = derive or self._derive
        self._begin(passphrase, lambda: derive(passphrase))

    def take(self, passphrase: str) -> Taken[NewKey]:
        """For one write of `passphrase` (a retry derives again): the key derived ahead, waited
        for on the write's worker, or None (the write then derives its own)."""
        return self._take(passphrase)

    def peek(self, passphrase: str) -> Taken[NewKey]:
        """The key derived ahead for `passphrase`, waited for on the caller's thread and left
        for `take` (the import's vault written ahead under it), or None."""
        return self._peek(passphrase)
