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
from concurrent.futures import Future

from PySide6.QtCore import QObject, QThreadPool

from app.new_keys import NewKey
from ui.common.worker import run_in
from ui.context import UiContext

Derive = Callable[[str], NewKey | None]
TakenKey = Callable[[], NewKey | None]


class KeyAhead(QObject):
    def __init__(self, owner: QObject, derive: Derive, ctx: UiContext | None = None) -> None:
        """`derive`: app/new_keys.py's function for the kind of file written."""
        super().__init__(owner)
        self._derive = derive
        # One derivation at a time, on a pool of its own: a host typing on never queues
        # derivations in front of the write on the shared pool, and one dropped before its
        # turn never runs.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: tuple[str, Future[NewKey | None]] | None = None
        if ctx is not None:
            ctx.about_to_lock.connect(self.stop)

    def follow(self, passphrase: str, acceptable: bool, derive: Derive | None = None) -> None:
        """For a page that judges its passphrase at each edit: derived once it is acceptable,
        dropped as soon as it is not."""
        if acceptable:
            self.start(passphrase, derive)
        else:
            self.drop()

    def start(self, passphrase: str, derive: Derive | None = None) -> None:
        """Derive for `passphrase`, unless that is under way already; any other is dropped.
        `derive`: this once, instead of the owner's (for a file named on the page: the page
        drops the key when the file changes)."""
        if self._pending is not None and self._pending[0] == passphrase:
            return
        self.drop()
        future: Future[NewKey | None] = Future()
        derive = derive or self._derive

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return  # dropped before its turn
            try:
                future.set_result(derive(passphrase))
            except Exception as exc:  # the write derives its own and says what is wrong
                future.set_exception(exc)

        self._pending = (passphrase, future)
        run_in(self._pool, job)

    def drop(self) -> None:
        """The passphrase changed, or the dialog goes: a derivation not started never runs, one
        running ends unused, a key derived is let go."""
        if self._pending is not None:
            self._pending[1].cancel()
            self._pending = None

    def take(self, passphrase: str) -> TakenKey:
        """For one write of `passphrase` (a retry derives again): a function to call on the
        write's worker, which waits for the key derived ahead, or gives None when there is none
        for exactly this passphrase (the write then derives its own)."""
        pending, self._pending = self._pending, None
        if pending is None or pending[0] != passphrase:
            if pending is not None:
                pending[1].cancel()
            return lambda: None
        held = [pending[1]]

        def key() -> NewKey | None:
            """Once: the key is then let go here, whoever still holds this function (a dialog
            kept until its write has ended, a job's closure)."""
            if not held:
                return None
            try:
                return held.pop().result()
            except Exception:  # cancelled, or failed: the write derives its own
                return None

        return key

    @property
    def running(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def stop(self) -> None:
        """Closing, or a lock: nothing derived is kept, and nothing is left running."""
        self.drop()
        self._pool.waitForDone()
