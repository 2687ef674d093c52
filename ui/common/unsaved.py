"""Leaving an editor that holds unsaved changes: Escape, Cancel and the window's close button
ask once (ui/common/ask.py's `ask_discard`, Keep editing the default); an editor left as it
opened closes at once. Changed means that the fields differ from what they held when the editor
opened or last saved: a word typed and deleted again is no change.

Only the host's own ways out ask. `reject()` stays the quiet close, because a lock closes every
window through it (`close()` from the lock, the sessions screen's `reject()`: never spontaneous)
and must never wait for an answer: what was not saved goes with the rest of the group's screens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.common.ask import ask_discard

# A mixin that sits before QDialog in an editor's bases, as Retranslating does: typed as a
# dialog for the checker, a plain class at run time so that QDialog's __init__ runs once.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog as _DialogBase
else:
    _DialogBase = object


class Unsaved:
    """What an editor's fields held when it opened: `fields()` gives a value that compares
    equal while nothing the host would save has changed (a dataclass, a tuple of texts)."""

    def __init__(self, fields: Callable[[], object]) -> None:
        self._fields = fields
        self._opened = fields()

    def changed(self) -> bool:
        return self._fields() != self._opened

    def settle(self) -> None:
        """What the fields hold now is saved (Apply) or loaded afresh: nothing to lose."""
        self._opened = self._fields()


def leave(parent: QWidget, unsaved: Unsaved | None, go: Callable[[], object]) -> None:
    """`go` at once when nothing changed, else once the host chose Discard."""
    if unsaved is not None and unsaved.changed():
        ask_discard(parent, go)
    else:
        go()


class AsksBeforeDiscarding(_DialogBase):
    """Mixin for an editing dialog: call `watch_fields(fields)` once the fields are loaded.
    Escape, Cancel (dialog_buttons connects it to `cancel`) and the title bar's close then ask
    before dropping a change; `reject()` does not (a lock, a delete that closes the editor)."""

    def watch_fields(self, fields: Callable[[], object]) -> Unsaved:
        unsaved = Unsaved(fields)
        self.__dict__["_cercle_unsaved"] = unsaved  # the mixin has no __init__ (see above)
        return unsaved

    @property
    def unsaved(self) -> Unsaved | None:
        found: Unsaved | None = self.__dict__.get("_cercle_unsaved")
        return found

    def cancel(self) -> None:
        leave(self, self.unsaved, self.reject)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):  # Escape (QDialog would reject)
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close is spontaneous; a lock's close() is not and never waits."""
        if event.spontaneous() and self.unsaved is not None and self.unsaved.changed():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)
