"""One pane at a time, the way back shows beside the area's title: what is under the title
stays where it was (the taller button pushed it down 13 px), at every text size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.screens import members_screen
from ui.common.theme import apply_theme
from ui.resources.resources_screen import ResourcesScreen


@pytest.fixture(params=["normal", "very_large"])
def text_size(request, qapp, ui_ctx):
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "normal")


def _settled() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


def test_opening_a_member_moves_nothing_under_the_title(qtbot, ui_ctx, demo_group, text_size):
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.resize(700, 420)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    _settled()
    under = screen.splitter  # the roster's search, then the form, in the list's place
    listed = under.mapTo(screen, under.rect().topLeft()).y()
    screen.table.setFocus()
    screen.table.selectRow(0)
    screen.splitter.show_detail()
    qtbot.waitUntil(screen.splitter.back_button.isVisible)
    _settled()
    assert screen.form.isVisible()
    assert under.mapTo(screen, under.rect().topLeft()).y() == listed


def test_reading_a_resource_moves_nothing_under_the_title(qtbot, one_screen, text_size):
    screen = one_screen(ResourcesScreen)
    screen.resize(500, 380)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    _settled()
    top = screen.search_box.mapTo(screen, screen.search_box.rect().topLeft()).y()
    screen.table.selectRow(0)
    screen.read_current()
    qtbot.waitUntil(screen.splitter.back_button.isVisible)
    _settled()
    assert screen.search_box.mapTo(screen, screen.search_box.rect().topLeft()).y() == top


def test_the_title_row_follows_a_text_size_switch(qtbot, qapp, ui_ctx, demo_group):
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.resize(700, 420)
    qtbot.waitUntil(lambda: screen.splitter.one_at_a_time)
    apply_theme(qapp, "very_large")
    try:
        _settled()
        under = screen.splitter
        listed = under.mapTo(screen, under.rect().topLeft()).y()
        screen.splitter.show_detail()
        qtbot.waitUntil(screen.splitter.back_button.isVisible)
        _settled()
        assert under.mapTo(screen, under.rect().topLeft()).y() == listed
    finally:
        apply_theme(qapp, "normal")
