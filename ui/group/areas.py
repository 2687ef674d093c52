"""The group screen's five areas, each area's module imported when the area is first built: the
first one is painted before the others are even imported (see ui/late.py for why)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.group import OpenGroup
from ui.context import UiContext

AREAS = ("sessions", "members", "circle", "resources", "reports")


def area_screen(area: str, ctx: UiContext, group: OpenGroup, parent: QWidget) -> QWidget:
    """One area of the group screen, its module imported when the area is first built. Built
    inside `parent` (the group screen's stack): a screen built alone and then added is styled
    again, all its widgets, as it joins the window (~15 ms an area)."""
    if area == "sessions":
        from ui.sessions.sessions_screen import SessionsScreen

        return SessionsScreen(ctx, group, parent)
    if area == "members":
        from ui.roster.members_screen import MembersScreen

        return MembersScreen(ctx, group, parent)
    if area == "circle":
        from ui.circle.circle_screen import CircleScreen

        return CircleScreen(ctx, group, parent)
    if area == "resources":
        from ui.resources.resources_screen import ResourcesScreen

        return ResourcesScreen(ctx, group, parent)
    if area == "reports":
        from ui.reports.reports_screen import ReportsScreen

        return ReportsScreen(ctx, group, parent)
    raise KeyError(area)


def takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def focus_tab_start(area: QWidget) -> bool:
    """Puts the focus where Tab enters the area (its search, or its first control), as Qt's own
    Tab finds it from the area itself; False, the focus elsewhere, when nothing in it takes it.
    Not the first of findChildren: that is the order of making, and Sessions' reading pane,
    made first, was eighth to Tab. Nor a nextInFocusChain() walk from Python, which leaves
    PySide6 wrappers that later break the main window's menus (or crash)."""
    area.setFocus(Qt.FocusReason.OtherFocusReason)
    area.focusNextChild()
    # The window's, not the application's: at unlock the window may not be active yet.
    focused = area.window().focusWidget()
    return focused is not None and area.isAncestorOf(focused)
