"""The first screenful of two-letter searches worked out in idle time
(ui/resources/search_preparation.py): drawn as without it, used when typed, started over when
the resources change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.model import Category, Resource
from tests.helpers import type_text
from ui.common.models import OBJECT_ROLE
from ui.context import Area
from ui.resources import search_preparation
from ui.resources.resources_screen import ResourcesScreen

_WORDS = [
    "soutien",
    "solitude",
    "sommeil",
    "deuil",
    "dépression",
    "écoute",
    "aidants",
    "alcool",
    "urgence",
    "santé",
]


@pytest.fixture
def many_resources(demo_group, monkeypatch):
    """Enough resources that a two-letter search fills more than a screen, half of them
    readings; the searches of the ten widest beginnings prepared."""
    monkeypatch.setattr(search_preparation, "BEGINNINGS", {2: 10})
    for n in range(90):
        words = [_WORDS[(n + k) % len(_WORDS)] for k in range(0, 12, 3)]
        demo_group.resources.add_resource(
            Resource(
                f"{words[0].capitalize()} {words[1]} {n}",
                Category.READING if n % 2 else list(Category)[n % len(Category)],
                " ".join(words * 4) + " burn-out, l'écoute « ici »",
                phone=f"01 {n:08d}",
            )
        )
    return demo_group


def _finished(screen: ResourcesScreen):
    preparation = screen.table.preparation
    assert preparation is not None
    return preparation.finished


def _prepared(qtbot, one_screen) -> ResourcesScreen:
    screen = one_screen(ResourcesScreen)
    assert isinstance(screen, ResourcesScreen)
    qtbot.waitUntil(_finished(screen), timeout=20_000)
    return screen


def _typed(screen: ResourcesScreen, text: str) -> QImage:
    screen.search_box.clear()
    type_text(screen.search_box, text)
    viewport = screen.table.viewport()
    viewport.repaint()
    return viewport.grab().toImage()


def test_a_prepared_search_is_drawn_from_what_was_kept_as_without_it(
    qtbot, many_resources, one_screen, monkeypatch
) -> None:
    prepared = _prepared(qtbot, one_screen)
    assert len(prepared.table.kept) > 0
    planned = prepared.table.planned_rows()
    with_it = _typed(prepared, "so")
    assert prepared.table.planned_rows() == planned  # every row shown was worked out ahead
    monkeypatch.setattr(search_preparation, "BEGINNINGS", {})
    plain = one_screen(ResourcesScreen)
    qtbot.waitUntil(plain.search_ready)
    assert len(plain.table.kept) == 0
    assert _typed(plain, "so") == with_it
    # Three letters were not prepared: worked out when shown, as before.
    _typed(prepared, "sol")
    assert prepared.table.planned_rows() > planned


def test_an_edit_starts_the_work_over_with_the_new_texts(qtbot, many_resources, one_screen) -> None:
    screen = _prepared(qtbot, one_screen)
    screen.group.resources.add_resource(Resource("Soleil du matin", Category.CRISIS_LINE))
    screen.ctx.data_changed.emit(Area.RESOURCES)  # as the editor does after a save
    assert not _finished(screen)() and len(screen.table.kept) == 0
    qtbot.waitUntil(_finished(screen), timeout=20_000)
    planned = screen.table.planned_rows()
    type_text(screen.search_box, "so")
    screen.table.viewport().repaint()
    assert screen.table.planned_rows() == planned
    titles = [
        screen.proxy.index(r, 0).data(OBJECT_ROLE).title for r in range(screen.proxy.rowCount())
    ]
    assert titles[0] == "Soleil du matin"  # a crisis line with the word in its title


def test_another_category_starts_the_work_over_for_its_rows(
    qtbot, many_resources, one_screen
) -> None:
    screen = _prepared(qtbot, one_screen)
    box = screen.category_filter
    box.setCurrentIndex(box.findData(Category.READING.value))
    assert not _finished(screen)()
    screen.table.viewport().repaint()
    qtbot.waitUntil(_finished(screen), timeout=20_000)
    planned = screen.table.planned_rows()
    type_text(screen.search_box, "de")
    screen.table.viewport().repaint()
    assert screen.proxy.rowCount() > 0
    assert screen.table.planned_rows() == planned


def test_the_work_stops_when_the_area_is_left_or_the_group_locked(
    qtbot, many_resources, one_screen
) -> None:
    screen = one_screen(ResourcesScreen)
    preparation = screen.table.preparation
    assert isinstance(preparation, search_preparation.SearchPreparation)
    qtbot.waitUntil(lambda: len(screen.table.kept) > 0, timeout=20_000)
    assert preparation.busy()  # in slices: the window answers meanwhile
    screen.hide()
    qtbot.waitUntil(lambda: not preparation.busy())  # its next slice sees the list hidden
    kept = len(screen.table.kept)
    QApplication.processEvents()
    assert len(screen.table.kept) == kept and not preparation.finished()
    screen.show()
    qtbot.waitUntil(lambda: len(screen.table.kept) > kept, timeout=20_000)
    screen.group.close()  # locked: nothing more is searched in the closed file
    qtbot.waitUntil(lambda: not preparation.busy())
    assert not preparation.finished()
