"""One area's screen built alone on a group (no main window), shown at the size tests use."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def shown(qtbot, widget: W) -> W:
    """The widget owned by qtbot, on screen at 1200x700."""
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def members_screen(qtbot, ui_ctx, group):
    from ui.roster.members_screen import MembersScreen

    ui_ctx.group = group
    return shown(qtbot, MembersScreen(ui_ctx, group))
