"""Every area at 1024x600 (a netbook: the screen less its panel and the title bar), in normal
and large text: the start screen, the four areas, the meeting window and Preferences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize

from ui.common.adaptive import size_to_screen
from ui.group.group_screen import AREAS
from ui.resources.resources_screen import ResourcesScreen
from ui.roster.members_screen import MembersScreen
from ui.sessions.live_view import MEETING_SHARE, LiveView
from ui.sessions.sessions_screen import SessionsScreen

NETBOOK = QSize(1024, 536)  # 600 less a 28 px panel and a 36 px title bar


def _member_form(members: MembersScreen) -> None:
    members.table.selectRow(1)
    members.open_form()


def _resource_reading(resources: ResourcesScreen) -> None:
    resources.table.selectRow(0)
    resources.read_current()


# Short of room, what the host opens takes the list's place: per area, the shot's name, how it
# is opened (the member form, the resource to read, the meeting's panel with its actions), and
# whether it is shot beside the list too (the form, in English at normal size).
_OPENED: dict[str, tuple[str, Callable[[Any], None] | None, bool]] = {
    "members": ("member-form", _member_form, True),
    "resources": ("resource-reading", _resource_reading, False),
    "sessions": ("session-panel", SessionsScreen.read_selected, False),
}


def shots(make_env):  # type: ignore[no-untyped-def]
    for lang, size in (("fr", "normal"), ("en", "normal"), ("fr", "large"), ("fr", "very_large")):
        tag = {"normal": "netbook", "large": "netbook-large"}.get(size, "netbook-very-large")
        env = make_env(lang, size)
        env.window.resize(NETBOOK)
        env.open_demo()
        env.window.lock()
        env.settle()
        yield f"start-screen-{tag}-{lang}", env.window
        env.open_demo()
        screen = env.window.group_screen
        for area in AREAS:  # each built when first shown
            screen.show_area(area)
            env.settle()
            yield f"{area}-{tag}-{lang}", env.window
            area_screen = screen.screens[area]
            shot, show, beside_too = _OPENED.get(area, ("", None, False))
            if show is not None and (beside_too or area_screen.splitter.one_at_a_time):
                show(area_screen)
                env.settle()
                yield f"{shot}-{tag}-{lang}", env.window
                area_screen.splitter.show_list()
        group = env.ctx.group
        session = group.sessions.sessions()[0]
        live = LiveView(env.ctx, group, session, parent=env.window)
        size_to_screen(live, MEETING_SHARE, MEETING_SHARE, NETBOOK)
        live.show()
        env.settle()
        yield f"meeting-{tag}-{lang}", live
        live.close()
        dialog = env.window.open_preferences_dialog()
        dialog.resize(dialog.sizeHint().boundedTo(NETBOOK))
        env.settle()
        yield f"preferences-{tag}-{lang}", dialog
        dialog.close()
        env.close()
