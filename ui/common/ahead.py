"""Work done on a thread of its own while the host is still choosing, for the write after the
click to take once instead of doing it itself: a new file's key (ui/common/key_ahead.py), an
imported group's vault staged and written (ui/handover/vault_ahead.py), a handover file checked
once its passphrase is typed (ui/handover/check_ahead.py), an export's file written while the
host chooses where it goes (ui/handover/bundle_ahead.py).

The work is for one input (a passphrase, a verified copy): asked for another, it is dropped and
started again; taken for another, it is dropped and the write does its own. One job at a time,
on a pool of its own: a host typing on never queues work in front of the write on the shared
pool, and a job dropped before its turn never runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from ui.common.worker import run_in

Made = TypeVar("Made")
Given = TypeVar("Given", covariant=True)
# How long a drop holds the UI thread for the work it stopped. It waits at all because the file
# written ahead for an export runs on the open group's own connection, whose stopped window
# (Stop.watch_db) refuses every statement, the UI's too, until the write has left it: the page
# goes on once it has. A stop holds, so work ends within a few SQLite steps of it, but a step no
# stop cuts short (a file's fsync, a derivation's end) may still be under way; past this, what
# it made is freed after it. CheckAhead and VaultAhead's write, on connections of their own,
# are not waited for (the host is typing).
LET_GO_WAIT_MS = 1_000


class Taken(Protocol[Given]):
    """What one write takes (Ahead._take): called on its worker, it waits for the work. `woken`,
    set from another thread, ends the wait sooner, with None (app/new_keys.py's KeyLater)."""

    def __call__(self, woken: threading.Event | None = None, /) -> Given | None: ...


@dataclass(frozen=True)
class _Pending(Generic[Made]):
    wanted: object  # the input the work is for
    future: Future[Made | None]
    interrupt: Callable[[], None] | None  # from this thread, to end it sooner
    discard: Callable[[], None] | None  # frees what it made, taken or not


class Ahead(QObject, Generic[Made]):
    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: _Pending[Made] | None = None

    def _begin(
        self,
        wanted: object,
        make: Callable[[], Made | None],
        *,
        interrupt: Callable[[], None] | None = None,
        discard: Callable[[], None] | None = None,
    ) -> None:
        """`make` for `wanted`, unless that is under way already; any other work is dropped."""
        if self._pending is not None and self._pending.wanted == wanted:
            return
        self.drop()
        future: Future[Made | None] = Future()

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return  # dropped before its turn
            try:
                future.set_result(make())
            except Exception as exc:  # stopped, or failed: the write does its own, and says why
                future.set_exception(exc)

        self._pending = _Pending(wanted, future, interrupt, discard)
        run_in(self._pool, job)

    def _pending_for(self, wanted: object) -> bool:
        return self._pending is not None and self._pending.wanted == wanted

    def _take(self, wanted: object) -> Taken[Made]:
        """For one write of `wanted`: a function to call on the write's worker, which waits for
        the work and gives what it made, or None when there is none for exactly this input
        (the write then does its own). Given once: it is then let go here, whoever still holds
        the function (a dialog kept until its write has ended, a job's closure)."""
        pending, self._pending = self._pending, None
        if pending is None or pending.wanted != wanted:
            if pending is not None:
                self._let_go(pending)
            return _nothing
        held = [pending.future]

        def taken(woken: threading.Event | None = None) -> Made | None:
            return _wait_for(held.pop(), woken) if held else None

        return taken

    def _peek(self, wanted: object) -> Taken[Made]:
        """A function that waits for the work for `wanted` and gives what it made, or None
        (none for exactly this input, dropped, failed, or its `woken` set first, as `_take`'s),
        leaving it here for `_take`: for other work ahead that needs it first (the import's
        vault written, or its file checked, under the key derived ahead)."""
        pending = self._pending
        if pending is None or pending.wanted != wanted:
            return _nothing
        return partial(_wait_for, pending.future)

    @property
    def running(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def drop(self) -> None:
        """The input changed, or the page goes: work not started never runs, work under way is
        stopped where it can be (and then waited for, LET_GO_WAIT_MS at most) or else ends
        unused, and what it made is let go (after it ends, on its thread, past that wait)."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self._let_go(pending)

    def stop(self) -> None:
        """Closing, or a lock: nothing made is kept, and nothing is left running."""
        self.drop()
        self._pool.waitForDone()

    def _let_go(self, pending: _Pending[Made]) -> None:
        pending.future.cancel()
        if pending.interrupt is not None:
            # Once: every interrupt given here holds (a Stop's), also for a statement that
            # begins after it.
            pending.interrupt()
            if not self._pool.waitForDone(LET_GO_WAIT_MS) and pending.discard is not None:
                # Still in a step no stop ends: what it made is freed on its thread once it has
                # ended (never under it: a staged vault's connection), before any later work.
                run_in(self._pool, partial(_discard_quietly, pending.discard))
                return
        if pending.discard is not None:
            pending.discard()


def _discard_quietly(discard: Callable[[], None]) -> None:
    """On the pool (run_in's jobs must not raise): nobody is left to tell of a failure to free
    work already dropped."""
    with suppress(Exception):
        discard()


def _nothing(woken: threading.Event | None = None) -> None:
    return None


def _wait_for(future: Future[Made | None], woken: threading.Event | None = None) -> Made | None:
    if woken is not None:
        future.add_done_callback(lambda _done: woken.set())
        woken.wait()
        if not future.done():
            return None
    try:
        return future.result()
    except Exception:  # failed (or dropped): the write does its own
        return None
