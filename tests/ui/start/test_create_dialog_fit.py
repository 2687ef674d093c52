"""Creating a group on a netbook (1024x600 less the panel and the title bar), French."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from tests.helpers.layout_walks import open_in
from ui.start.create_dialog import CreateGroupDialog

ROOM = QSize(1024, 600 - 64)


def _in_view(dialog: CreateGroupDialog, widget: QWidget) -> bool:
    viewport = dialog.fields_scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def test_at_large_text_every_field_shows_without_scrolling(qtbot, ui_ctx, look) -> None:
    ui_ctx.translations.apply("fr")
    look("large", "light")
    dialog = CreateGroupDialog("fr")
    qtbot.addWidget(dialog)
    open_in(dialog, ROOM)
    assert dialog.fields_scroll.verticalScrollBar().maximum() == 0
    assert dialog.new_passphrase.warning.isVisible() and dialog.buttons.isVisible()


def test_in_very_large_text_the_generated_passphrase_is_scrolled_into_view(
    qtbot, ui_ctx, look
) -> None:
    ui_ctx.translations.apply("fr")
    look("very_large", "light")
    dialog = CreateGroupDialog("fr")
    qtbot.addWidget(dialog)
    open_in(dialog, ROOM)
    dialog.generate_button.click()
    dialog.resize(dialog.size().boundedTo(ROOM))  # the window manager keeps it on the screen
    qtbot.waitUntil(lambda: _in_view(dialog, dialog.generated_box.note))
    assert _in_view(dialog, dialog.generated_box.code_label)
