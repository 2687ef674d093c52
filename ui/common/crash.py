"""The last resort for an error nobody caught: a calm sentence, never the exception's text.

An exception's message or traceback can hold a pseudonym, a note or a file path, so nothing of it
is shown, printed or written; only its type name goes to stderr, for a bug report."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.plain_text import plain_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def crash_text() -> str:
    return QCoreApplication.translate(
        "Crash",
        "Something unexpected went wrong in Cercle. What you saved before is safe. "
        "If it happens again, close Cercle and open it again.",
    )


class CrashReporter:
    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self.box: QMessageBox | None = None

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        print(f"Cercle: unexpected error ({kind.__name__})", file=sys.stderr)
        if QApplication.instance() is None or self.box is not None:
            return  # one message at a time, even if the error repeats on every event
        from PySide6.QtWidgets import QMessageBox  # not before a crash: see ui/late.py

        box = plain_box(self._parent(), QMessageBox.Icon.Critical, "Cercle", crash_text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self) -> None:
        self.box = None


def install(parent: Callable[[], QWidget | None]) -> CrashReporter:
    reporter = CrashReporter(parent)
    sys.excepthook = reporter
    return reporter
