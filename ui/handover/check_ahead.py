"""The handover file copied and checked on a thread of its own once the host has typed a whole
generated passphrase, before Enter.

Its key is derived from that moment on (the file page's KeyAhead); the copy and every check
(issue 18: ~0.35 s on two cores for the large group) need nothing else, so they follow on at
once, and Enter then finds the preview's copy ready, or the checks' own refusal. Anything else
(another file, another character typed, Cancel, a lock) drops them: the checks are stopped at
their next statement and the copy removed once they end.

    self.check_ahead = CheckAhead(self)
    self.check_ahead.start(service, path, typed, key_ahead.peek(typed))   # at each edit
    checked = self.check_ahead.take(path, typed)                          # at Enter
    operation.run(lambda: checked() or service.inspect(path, typed, key()))
    self.check_ahead.drop()                                               # anything else
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from app.handover import HandoverService, Stop, VerifiedCopy
from app.new_keys import NewKey
from ui.common.ahead import STOP_WAIT_MS, Ahead, Taken

TakenCopy = Callable[[], VerifiedCopy | None]


class CheckAhead(Ahead[VerifiedCopy]):
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

        def check() -> VerifiedCopy:
            derived = key(woken)  # a drop ends the wait for the derivation
            stop.check()  # dropped while its key was derived: no derivation of its own
            copy = service.inspect(source, typed, derived, stop)
            made.append(copy)
            return copy

        def discard() -> None:
            while made:
                made.pop().discard()

        def interrupt() -> None:
            woken.set()
            stop.stop()

        self._begin(wanted, check, interrupt=interrupt, discard=discard)

    def take(self, source: Path, typed: str) -> TakenCopy:
        """For Enter on `source` and `typed`: a function, called on the check's worker, that
        waits for the checks ahead and gives their copy, or raises their refusal; it gives None
        when none ran for exactly these (the check then runs itself)."""
        wanted = (str(source), typed)
        if not self._pending_for(wanted):
            self.drop()
            return lambda: None
        pending, self._pending = self._pending, None
        assert pending is not None
        return lambda: pending.future.result()

    def drop(self) -> None:
        """Another character typed, another file: the checks under way stop at their next
        statement, without the page waiting for them (nor for the key derivation they may be
        waiting for), and their copy, if they made one, is removed as they end. `stop()`
        (closing, a lock) waits for them too."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        pending.future.cancel()
        if pending.interrupt is not None:
            pending.interrupt()
        discard = pending.discard
        if discard is not None:
            pending.future.add_done_callback(lambda _ended: discard())

    def stop(self) -> None:
        """Closing, or a lock: the checks are interrupted until they end (an interrupt that
        comes between two statements is lost), and waited for."""
        pending = self._pending
        self.drop()
        interrupt = pending.interrupt if pending is not None else None
        while interrupt is not None and self.running:
            interrupt()
            self._pool.waitForDone(STOP_WAIT_MS)
        self._pool.waitForDone()
