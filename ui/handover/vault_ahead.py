"""An imported group's new vault staged on a thread of its own while the host is still choosing.

Staging the verified copy in memory and building its search index cost about half of the
write after the click (issue 18). Neither depends on what the host chooses next (the label,
the passphrase, keeping the group apart): the import wizard starts them as soon as the copy is
verified (`start`, at the preview), and the write after the click takes them (`take`) instead
of doing them itself. Anything else (the copy changed, a merge chosen instead, Cancel, a lock)
drops them: the build is interrupted and its rows freed before anything goes on.

    self.vault_ahead = VaultAhead(self)
    self.vault_ahead.start(service, copy)                  # the copy just verified
    staged = self.vault_ahead.take(copy)                   # at the click
    operation.run(lambda: service.import_group(..., staged=staged()))
    self.vault_ahead.drop()                                # anything else
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError, Future

from PySide6.QtCore import QObject, QThreadPool

from app.handover import HandoverService, StagedVault, VerifiedCopy
from ui.common.worker import run_in

TakenVault = Callable[[], StagedVault | None]
_STOP_WAIT_MS = 10


class VaultAhead(QObject):
    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: tuple[VerifiedCopy, StagedVault, Future[StagedVault | None]] | None = None

    def start(self, service: HandoverService, copy: VerifiedCopy) -> None:
        """Stage `copy`'s vault, unless that is under way already; any other is dropped."""
        if self._pending is not None and self._pending[0] is copy:
            return
        self.drop()
        staged = service.stage(copy)
        future: Future[StagedVault | None] = Future()

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return  # dropped before its turn
            try:
                future.set_result(staged.build())
            except Exception:  # stopped, or failed: the write stages again and says what is wrong
                future.set_result(None)

        self._pending = (copy, staged, future)
        run_in(self._pool, job)

    def take(self, copy: VerifiedCopy) -> TakenVault:
        """For the write of `copy`: a function to call on the write's worker, which waits for
        the staging and gives it (then the write's to close), or None when there is none for
        this copy (the write then stages it itself)."""
        pending = self._pending
        if pending is None or pending[0] is not copy:
            self.drop()
            return lambda: None
        self._pending = None
        held = [pending]

        def staged() -> StagedVault | None:
            if not held:
                return None
            _copy, vault, future = held.pop()
            try:
                return future.result()
            except CancelledError:
                vault.close()
                return None

        return staged

    @property
    def running(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def drop(self) -> None:
        """Nothing staged is kept: a build not started never runs, one under way is interrupted
        and waited for, and the staged rows are freed."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        _copy, staged, future = pending
        future.cancel()
        # Interrupted again until it ends: an interrupt between two statements is lost.
        while self.running:
            staged.stop()
            self._pool.waitForDone(_STOP_WAIT_MS)
        staged.close()
