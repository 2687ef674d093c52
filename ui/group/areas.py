"""The group screen's five areas, each area's module imported when the area is first built: the
first one is painted before the others are even imported (see ui/late.py for why)."""

from __future__ import annotations

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
