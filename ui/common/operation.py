"""One piece of background work of a dialog or screen, with everything a host sees around it.

While the job runs on a worker (ui/common/worker.py) the operation shows its busy widgets,
disables what must not be touched, keeps the auto-lock from closing the group under it, and a
lock asked for meanwhile (Ctrl+L) waits for the job to end first. When it ends, the busy state
is undone (the keyboard focus back where the host left it) before the owner's callback runs; a
failure is put in the owner's error label in the host's words (ui/common/messages.py), or in
the words the owner's callback chooses: given as a function, they are said again at a language
change (ui/common/notices.say).

    self.saving = Operation(self, ctx=ctx, name="passphrase change", shows=[bar],
                            blocks=[fields, buttons], errors=error_label)
    self.saving.run(lambda: vaults.change_passphrase(group, old, new), done=self._changed)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QWidget

from ui.common.messages import error_words
from ui.common.notices import Words, say
from ui.common.worker import Worker
from ui.context import UiContext

Done = Callable[[Any], None]
Failed = Callable[[BaseException], Words]  # the words to show ("" for none)


class Operation(QObject):
    def __init__(
        self,
        owner: QObject,
        *,
        ctx: UiContext | None = None,
        name: str = "",
        shows: Sequence[QWidget] = (),
        blocks: Sequence[QWidget] = (),
        errors: QLabel | None = None,
        progress: QProgressBar | None = None,
        lock_wait_ms: int = 120_000,
    ) -> None:
        """`name` says why the auto-lock waits (with `ctx`); `shows` are visible only while the
        job runs, `blocks` disabled meanwhile; `progress` follows a job run with_progress."""
        super().__init__(owner)
        self.ctx, self.name = ctx, name
        self.shows, self.blocks, self.errors = list(shows), list(blocks), errors
        self.lock_wait_ms = lock_wait_ms
        self.worker = Worker(self)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        if progress is not None:
            self.worker.progress.connect(progress.setValue)
        if ctx is not None:
            ctx.about_to_lock.connect(self.finish_before_lock)
        self._done: Done = lambda _result: None
        self._on_failure: Failed = _in_host_words
        self._focus: tuple[QWidget, QWidget | None] | None = None  # (the host's, where Qt put it)

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def run(
        self,
        job: Callable[..., Any],
        *,
        done: Done | None = None,
        failed: Failed | None = None,
        with_progress: bool = False,
    ) -> bool:
        """Start `job` unless one is already running (then False: a double click does nothing).
        The job gets a progress callback (0..100) when `with_progress`."""
        if self.busy:
            return False
        self._done = done or (lambda _result: None)
        self._on_failure = failed or _in_host_words
        self.show_error("")
        self.set_busy(True)
        self.worker.start(job, with_progress=with_progress)
        return True

    def show_error(self, words: Words) -> None:
        """Words given as a function follow a language change while they show."""
        if self.errors is not None:
            say(self.errors, words)
            self.errors.setVisible(bool(self.errors.text()))

    def set_busy(self, on: bool) -> None:
        focused = QApplication.focusWidget() if on else None
        for widget in self.shows:
            widget.setVisible(on)
        for widget in self.blocks:
            widget.setEnabled(not on)
        if on:
            self._note_focus(focused)
        else:
            self._give_focus_back()
        if self.ctx is not None and self.name:
            self.ctx.inhibit_autolock(self.name, on)

    def _note_focus(self, focused: QWidget | None) -> None:
        # Disabling the focused field makes Qt hand the focus to the next widget that takes
        # it, often Cancel: Enter, pressed to go on once the job is done, would then cancel.
        self._focus = None
        if focused is not None and not focused.isEnabled():
            self._focus = (focused, QApplication.focusWidget())

    def _give_focus_back(self) -> None:
        if self._focus is None:
            return
        (theirs, ours), self._focus = self._focus, None
        if not shiboken6.isValid(theirs) or not (theirs.isVisible() and theirs.isEnabled()):
            return
        now = QApplication.focusWidget()
        if now is None or now is ours:  # not moved by the host meanwhile
            theirs.setFocus()

    def wait(self, timeout_ms: int) -> None:
        """Block until the job has ended (its result still arrives later, to the callback)."""
        self.worker.wait(timeout_ms)

    def finish_before_lock(self) -> None:
        """A lock closes the group's connection: a job under way ends first, so nothing touches
        the vault after the lock."""
        if self.busy:
            self.wait(self.lock_wait_ms)
        if self.ctx is not None and self.name:
            self.ctx.inhibit_autolock(self.name, False)

    def _finished(self, result: object) -> None:
        self.set_busy(False)
        self._done(result)

    def _failed(self, exc: object) -> None:
        self.set_busy(False)
        error = exc if isinstance(exc, BaseException) else Exception()
        self.show_error(self._on_failure(error))


def _in_host_words(exc: BaseException) -> Words:
    return error_words(exc)
