"""Every area at 1024x600 (a netbook: the screen less its panel and the title bar), in normal
and large text: the start screen, the four areas, the meeting window and Preferences."""

from __future__ import annotations

from PySide6.QtCore import QSize

from ui.common.adaptive import size_to_screen
from ui.group.group_screen import AREAS
from ui.sessions.live_view import MEETING_SHARE, LiveView

NETBOOK = QSize(1024, 536)  # 600 less a 28 px panel and a 36 px title bar


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
            if area == "members":  # short of room, the form takes the list's place
                members = screen.screens[area]
                members.table.selectRow(1)
                members.open_form()
                env.settle()
                yield f"member-form-{tag}-{lang}", env.window
                members.splitter.show_list()
            elif area == "resources" and screen.screens[area].splitter.one_at_a_time:
                # short of room too, the resource to read takes the list's place
                resources = screen.screens[area]
                resources.table.selectRow(0)
                resources.read_current()
                env.settle()
                yield f"resource-reading-{tag}-{lang}", env.window
                resources.splitter.show_list()
            elif area == "sessions" and screen.screens[area].splitter.one_at_a_time:
                # and the meeting's panel with its actions, the tables' place
                sessions = screen.screens[area]
                sessions.read_selected()
                env.settle()
                yield f"session-panel-{tag}-{lang}", env.window
                sessions.splitter.show_list()
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
