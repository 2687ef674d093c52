"""An imported group's new vault staged, then written, on a thread of its own while the host is
still choosing.

Staging the verified copy in memory and building its search index cost about half of the
write after the click (issue 18). Neither depends on what the host chooses next (the label,
the passphrase, keeping the group apart): the import wizard starts them as soon as the copy is
verified (`start`, at the preview), and the write after the click takes them (`take`) instead
of doing them itself. Anything else (the copy changed, a merge chosen instead, Cancel, a lock)
drops them: the build is interrupted and its rows freed before anything goes on.

The other half, the vault written under the new key, waits only for the passphrase: once the
host has settled on one (`settle`, its key being derived ahead, and nothing typed for
SETTLE_MS), the vault is written into Cercle's temp folder after the staging, on the same
thread, and the click only puts it in place (`take_written`). Another passphrase drops it: its
write stopped (the staged rows, only read, stay for the next one), its file removed.

    self.vault_ahead = VaultAhead(self)
    self.vault_ahead.start(service, copy)                  # the copy just verified
    self.vault_ahead.settle(service, copy, passphrase, key_ahead.peek(passphrase))  # each edit
    written = self.vault_ahead.take_written(passphrase)    # at the click, then
    staged = self.vault_ahead.take(copy)
    operation.run(lambda: service.import_group(..., written=written(), staged=staged()))
    self.vault_ahead.drop()                                # anything else
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer

from app.handover import HandoverService, StagedVault, Stop, VerifiedCopy, WrittenAhead
from app.new_keys import NewKey
from app.passphrase import keyed_form
from ui.common.ahead import Ahead, Taken
from ui.common.worker import run_in

TakenVault = Callable[[], StagedVault | None]
TakenWritten = Callable[[], WrittenAhead | None]
# A whole vault is written and synced for each passphrase written ahead: not for one the host is
# still typing, nor for each keystroke of a typo fixed in the confirmation.
SETTLE_MS = 300


@dataclass(frozen=True)
class _Writing:
    passphrase: str = field(repr=False)
    future: Future[WrittenAhead | None]
    woken: threading.Event  # ends the wait for the key: set by a drop, or by the key itself
    stop: Stop  # ends the write itself, at a drop (stopped: dropped)


def _discard(future: Future[WrittenAhead | None]) -> None:
    if not future.cancelled() and future.exception() is None:
        written = future.result()
        if written is not None:
            written.discard()


class VaultAhead(Ahead[StagedVault]):
    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._writing: _Writing | None = None
        self._settling: tuple[HandoverService, VerifiedCopy, str, Taken[NewKey]] | None = None
        self._settled = QTimer(self)
        self._settled.setSingleShot(True)
        self._settled.setInterval(SETTLE_MS)
        self._settled.timeout.connect(self._write_settled)

    def start(self, service: HandoverService, copy: VerifiedCopy) -> None:
        """Stage `copy`'s vault, unless that is under way already; any other is dropped. A build
        dropped is interrupted and waited for, and its rows freed, before anything goes on."""
        if self._pending_for(copy):
            return
        staged = service.stage(copy)
        self._begin(copy, staged.build, interrupt=staged.stop, discard=staged.close)

    def take(self, copy: VerifiedCopy) -> TakenVault:
        """For the write of `copy`: the staged vault, waited for on the write's worker (then
        the write's to close), or None (the write then stages it itself)."""
        return self._take(copy)

    def settle(
        self,
        service: HandoverService,
        copy: VerifiedCopy,
        passphrase: str,
        key: Taken[NewKey] | None,
    ) -> None:
        """At each edit of the page: `passphrase`, acceptable (`key` waits for its derivation
        ahead) or not yet (None), is written once nothing has changed for SETTLE_MS. A write
        for another passphrase is dropped at once; one for this passphrase is kept while it is
        not acceptable: only the confirmation (or the label) changed, the click cannot come
        before it is acceptable again, and the vault written for it is still the one to use."""
        if self.written_for(passphrase):
            return
        self.drop_written()  # and one still to start
        if key is not None:
            self._settling = (service, copy, passphrase, key)
            self._settled.start()

    def _write_settled(self) -> None:
        settling, self._settling = self._settling, None
        if settling is not None:
            self.write(*settling)

    def write(
        self,
        service: HandoverService,
        copy: VerifiedCopy,
        passphrase: str,
        key: Taken[NewKey],
    ) -> None:
        """Write `copy`'s staged vault under `passphrase`'s key (`key` waits for its
        derivation ahead), unless that is under way already; one written for another
        passphrase is dropped. Nothing when `copy` is not being staged here."""
        if self.written_for(passphrase):
            return
        self.drop_written()
        pending = self._pending
        if pending is None or pending.wanted is not copy:
            return
        staging, future = pending.future, Future[WrittenAhead | None]()
        woken, stop = threading.Event(), Stop()

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return  # dropped before its turn
            try:
                staged = staging.result()  # built already: it ran before, on this same thread
                made = key(woken)  # a drop ends the wait for the derivation
                if (
                    staged is None
                    or made is None
                    or stop.stopped
                    or made.keyed != keyed_form(passphrase)
                ):
                    future.set_result(None)
                else:
                    future.set_result(service.write_ahead(copy, staged, made, stop))
            except Exception as exc:  # stopped, or failed: the write after the click does its own
                future.set_exception(exc)

        self._writing = _Writing(passphrase, future, woken, stop)
        run_in(self._pool, job)

    def take_written(self, passphrase: str) -> TakenWritten:
        """For the write of `passphrase`: the vault written ahead for it, waited for on the
        write's worker (then the write's to use or remove), or None. Either way, once any
        write ahead has ended: the write after the click uses the staged rows itself."""
        self._settled.stop()
        self._settling = None
        writing, self._writing = self._writing, None
        if writing is not None and writing.passphrase != passphrase:
            self._let_go_written(writing)
            writing = None

        def taken() -> WrittenAhead | None:
            self._pool.waitForDone()
            if writing is None or writing.future.cancelled() or writing.future.exception():
                return None
            return writing.future.result()

        return taken

    @property
    def settling(self) -> bool:
        """Whether a write waits for the host to stop typing."""
        return self._settled.isActive()

    def written_for(self, passphrase: str) -> bool:
        """Whether a vault is being written, or was written, ahead for `passphrase`."""
        return self._writing is not None and self._writing.passphrase == passphrase

    def drop_written(self) -> None:
        """Another passphrase: a write under way for the one before is stopped, without
        waiting for it (the staged rows it reads stay for the next one, which waits its turn
        on the same thread), and its vault removed once it has ended. A write not yet
        started (settle) never starts."""
        self._settled.stop()
        self._settling = None
        writing, self._writing = self._writing, None
        if writing is not None:
            self._let_go_written(writing)

    def drop(self) -> None:
        self.drop_written()  # first: a write under way on the staged rows is stopped too
        super().drop()

    def _let_go_written(self, writing: _Writing) -> None:
        """Stopped once, not waited for (the host is typing): a stop holds, so the write ends
        at its statement under way or its next (Stop.watch_db), and its vault is removed as it
        ends."""
        writing.stop.stop()  # first: the job, woken from its wait for the key, sees it
        writing.woken.set()
        writing.future.cancel()
        writing.future.add_done_callback(_discard)
