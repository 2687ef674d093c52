"""The handover file copied and checked on a thread of its own once the host has typed a whole
generated passphrase, before Enter.

Its key is derived from that moment on (the file page's KeyAhead); the copy and every check
(issue 18: ~0.35 s on two cores for the large group) need nothing else, so they follow on at
once, and Enter then finds the preview's copy ready, or the checks' own refusal (for the file
still at that path). Anything else (another file, another character typed, Cancel, a lock)
drops them: their statement under way is interrupted, every later one ends as it starts, the
copy stops between two chunks, and the copy is removed once they end.

    self.check_ahead = CheckAhead(self)
    self.check_ahead.start(service, path, typed, key_ahead.peek(typed))   # at each edit
    checked = self.check_ahead.take(path, typed)                          # at Enter
    operation.run(lambda: checked() or service.inspect(path, typed, key()))
    self.check_ahead.drop()                                               # anything else
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from app.errors import StorageError
from app.handover import (
    HandoverService,
    Stamp,
    Stop,
    VerifiedCopy,
    refused_for_content,
    source_stamp,
)
from app.new_keys import NewKey
from ui.common.ahead import Ahead, Taken

TakenCopy = Callable[[], VerifiedCopy | None]
# Cancel and a lock wait no longer than for the wizard's other work (its Operations' lock wait).
STOP_WAIT_MS = 60_000


@dataclass(frozen=True)
class _Checked:
    """What the checks ahead came to, and the file they read (`read`): Enter compares it with
    the file at that path then."""

    copy: VerifiedCopy | None
    refusal: StorageError | None
    read: Stamp | None


class CheckAhead(Ahead[_Checked]):
    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._guard = threading.Lock()
        self._unended: list[Callable[[], None]] = []  # interrupts of dropped checks still running

    def start(
        self,
        service: HandoverService,
        source: Path,
        typed: str,
        key: Taken[NewKey],
    ) -> None:
        """Copy and check `source` for `typed`, unless that is under way already; any other is
        dropped. `key`: its derivation ahead, waited for on this thread."""
        wanted = (str(source), typed)
        if self._pending_for(wanted):
            return
        stop, woken, made = Stop(), threading.Event(), list[VerifiedCopy]()

        def check() -> _Checked:
            seen = source_stamp(source)  # a refusal's: a copy keeps the stamp of what it read
            derived = key(woken)  # a drop ends the wait for the derivation
            stop.check()  # dropped while its key was derived: no derivation of its own
            try:
                copy = service.inspect(source, typed, derived, stop)
            except StorageError as refusal:
                return _Checked(None, refusal, seen)
            made.append(copy)
            return _Checked(copy, None, copy.made_from)

        def discard() -> None:
            while made:
                made.pop().discard()

        def interrupt() -> None:
            woken.set()
            stop.stop()

        self._begin(wanted, check, interrupt=interrupt, discard=discard)

    def take(self, source: Path, typed: str) -> TakenCopy:
        """For Enter on `source` and `typed`: a function, called on the check's worker, that
        waits for the checks ahead and gives their copy, or raises their refusal. It gives None
        (the check then runs itself) when none ran for exactly these, when the file at `source`
        is no longer the one they read (replaced, a stick put back), or when they failed for a
        reason of this computer's (no file there, a full disk, a read error), which may have
        passed since."""
        wanted = (str(source), typed)
        if not self._pending_for(wanted):
            self.drop()
            return lambda: None
        pending, self._pending = self._pending, None
        assert pending is not None
        future = pending.future

        def taken() -> VerifiedCopy | None:
            checked = future.result()
            if checked is None:
                return None
            refusal = checked.refusal
            if checked.read != source_stamp(source) or (
                refusal is not None and not refused_for_content(refusal)
            ):
                if checked.copy is not None:
                    checked.copy.discard()
                return None
            if refusal is not None:
                raise refusal
            return checked.copy

        return taken

    def drop(self) -> None:
        """Another character typed, another file: the checks under way are stopped, without the
        page waiting for them (nor for the key derivation they may be waiting for): the
        statement under way at once, every later one as it starts, the copy between two of its
        chunks. Their copy, if they made one, is removed as they end. `stop()` (closing, a
        lock) waits for them too."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        pending.future.cancel()
        interrupt, discard = pending.interrupt, pending.discard
        if interrupt is not None:
            interrupt()
            with self._guard:
                self._unended.append(interrupt)

        def ended(_future: object) -> None:  # on the worker, or here if it never started
            with self._guard:
                if interrupt in self._unended:
                    self._unended.remove(interrupt)
            if discard is not None:
                discard()

        pending.future.add_done_callback(ended)

    def stop(self) -> None:
        """Closing, or a lock: every check not yet ended, dropped before or now, is stopped
        (again: a stop holds, but a dropped one may still wait for its key), and waited for, as
        long as the wizard's other work at most."""
        self.drop()
        with self._guard:
            unended = list(self._unended)
        for interrupt in unended:
            interrupt()
        self._pool.waitForDone(STOP_WAIT_MS)
