"""The shared table pieces: a rows model answers Qt's checks, sorts on its keys, not its texts."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTranslator

import ui
from i18n.loader import QM_DIR
from ui.common.models import OBJECT_ROLE, SORT_ROLE, RowsModel, SortProxy


class _Numbers(RowsModel[int]):
    """A number per row: shown in words that sort differently from the numbers."""

    COLUMNS = 2
    RIGHT_ALIGNED = frozenset({0})
    WORDS = ("zero", "one", "two", "three")

    def headings(self) -> tuple[str, ...]:
        return ("Number", "Word")

    def cell_text(self, number: int, column: int) -> str:
        value = self._rows[number]
        return str(value) if column == 0 else self.WORDS[value]

    def sort_key(self, number: int, column: int) -> int:
        return self._rows[number]


def test_rows_model_passes_qt_model_checks(qtmodeltester) -> None:
    model = _Numbers()
    model.set_rows([2, 0, 3, 1])
    qtmodeltester.check(model)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_proxy_sorts_on_the_sort_role_not_the_shown_words() -> None:
    model = _Numbers()
    model.set_rows([2, 0, 3, 1])
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert shown == ["zero", "one", "two", "three"]  # alphabetically: one, three, two, zero
    assert proxy.index(0, 0).data(OBJECT_ROLE) == 0
    assert proxy.index(3, 0).data(SORT_ROLE) == 3


def test_rows_model_answers_nothing_outside_its_rows_and_roles() -> None:
    model = _Numbers()
    model.set_rows([1])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Number"
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.createIndex(4, 0)) is None


def test_right_aligned_columns_say_so_to_any_view() -> None:
    model = _Numbers()
    model.set_rows([1])
    number = model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)
    assert number == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None


class _Explained(_Numbers):
    """Answers its own roles without asking which (as the sessions' and backups' models do)."""

    ROLES = _Numbers.ROLES | {Qt.ItemDataRole.ToolTipRole}

    def other_role(self, number: int, column: int, role: int) -> str:
        return "a tooltip"


def test_a_models_own_roles_never_answer_for_the_alignment() -> None:
    model = _Explained()
    model.set_rows([1])
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "a tooltip"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    number = model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole)
    assert number == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_new_rows_replace_the_kept_texts() -> None:
    model = _Numbers()
    model.set_rows([1])
    assert model.index(0, 1).data() == "one"
    model.set_rows([3])
    assert model.index(0, 1).data() == "three"


class _Headed(RowsModel[int]):
    COLUMNS = 2
    HEADINGS = (QT_TRANSLATE_NOOP("_Headed", "Number"), QT_TRANSLATE_NOOP("_Headed", "Word"))


class _HeadedToo(_Headed):
    """Declares no headings of its own: it shows its parent's, in its parent's context."""


class _Naming(QTranslator):
    """Says which context each text was asked in."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{context}: {source}"


@pytest.fixture
def naming(qapp) -> Iterator[None]:
    translator = _Naming()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_fixed_headings_are_translated_in_the_context_that_marks_them(naming) -> None:
    for model in (_Headed(), _HeadedToo()):
        assert model.headings() == ("_Headed: Number", "_Headed: Word")
        assert model.headerData(1, Qt.Orientation.Horizontal) == "_Headed: Word"


def _every_rows_model() -> list[type[RowsModel[Any]]]:
    """Every table model of the app (their modules imported: some load late)."""
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, waiting = [], list(RowsModel.__subclasses__())
    while waiting:
        cls = waiting.pop()
        waiting.extend(cls.__subclasses__())
        if cls.__module__.startswith("ui."):
            found.append(cls)
    return found


def test_every_tables_fixed_headings_are_in_french_under_its_own_context(qapp) -> None:
    """The context in each QT_TRANSLATE_NOOP is written by hand: a class renamed, or a heading
    copied from another table, would show its English heading in a French group."""
    french = QTranslator()
    assert french.load("cercle_fr", str(QM_DIR))
    headed = [cls for cls in _every_rows_model() if "HEADINGS" in cls.__dict__]
    assert {"MemberTableModel", "SessionTableModel"} <= {cls.__name__ for cls in headed}
    for cls in headed:
        for text in cls.HEADINGS:
            assert french.translate(cls.__name__, str(text)), (cls.__name__, text)


def test_headings_that_do_not_fill_the_columns_are_refused_at_once() -> None:
    with pytest.raises(TypeError, match="1 headings, 2 columns"):

        class _Short(RowsModel[int]):
            COLUMNS = 2
            HEADINGS = (QT_TRANSLATE_NOOP("_Short", "Number"),)

    class _Nameless(RowsModel[int]):
        COLUMNS = 1

    with pytest.raises(NotImplementedError):
        _Nameless().headings()
