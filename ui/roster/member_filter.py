"""The roster's search as you type and its active / inactive / all filter, over the member
model (which filters and sorts its rows itself)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QIdentityProxyModel, Qt

from app.member_checks import fold
from ui.roster.member_model import MemberTableModel


class Shown(StrEnum):
    """Which members the roster lists."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    ALL = "all"


class MemberFilterProxy(QIdentityProxyModel):
    """Search as you type over the folded key, and the active / inactive / all filter.

    The member model filters and sorts its rows itself: this proxy passes them on as they are
    (a sorting proxy rebuilt its map of all 10,000 rows after every keystroke)."""

    ALL, ACTIVE, INACTIVE = Shown.ALL, Shown.ACTIVE, Shown.INACTIVE

    def __init__(self, model: MemberTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._status: Shown = self.ACTIVE
        self._model = model
        self.setSourceModel(model)
        self.on_filtered: Callable[[], None] | None = None

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:  # a trailing space changes nothing shown
            self._needle = needle
            self.refresh()

    def set_status(self, status: Shown) -> None:
        self._status = status
        self.refresh()

    def refresh(self) -> None:
        needle, status = self._needle, self._status
        if status == self.ALL:
            self._model.search(needle, None, lambda r: needle in r.search_key)
        else:
            wanted = status == self.ACTIVE
            self._model.search(
                needle, wanted, lambda r: r.member.active == wanted and needle in r.search_key
            )
        # The shown rows went through none: Qt's proxy then schedules new column headings,
        # which the header would measure and paint again (through Python) on every keystroke.
        # The headings never depend on the rows.
        QCoreApplication.removePostedEvents(self, QEvent.Type.MetaCall)
        # A plain callback, not a Signal: a keystroke should not cost a Python-side emit.
        if self.on_filtered is not None:
            self.on_filtered()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself on its sort keys and this proxy keeps its order: sorting here
        # would compare rows through Python on every keystroke that brings rows back.
        self._model.sort(column, order)
