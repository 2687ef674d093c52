"""The Sessions screen, the session editor and the live meeting view, with the demo group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.group import OpenGroup
    from app.model import Session
    from ui.sessions.live_view import LiveView


class _Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def shots(make_env):  # type: ignore[no-untyped-def]
    from docs.make_screenshots import pdf_page
    from ui.sessions.print_menu import AGENDA

    for lang in ("en", "fr"):
        env = make_env(lang)
        env.open_demo()
        screen = env.window.group_screen.screens["sessions"]
        screen.tabs.setCurrentIndex(1)
        screen.past_table.setCurrentIndex(screen.past.index(1, 0))  # the one with a circle round
        env.settle()
        yield f"sessions-{lang}", env.window
        editor = screen.edit_selected()
        editor.resize(1000, 720)
        env.settle()
        yield f"session-editor-{lang}", editor
        editor.reject()
        formats = screen.open_formats()
        env.settle()
        yield f"formats-{lang}", formats
        formats.reject()
        series = screen.open_series()
        env.settle()
        yield f"series-{lang}", series
        series.reject()
        if lang == "fr":
            pdf = env.data.root / "agenda.pdf"
            screen.print_menu.save_pdf(AGENDA, screen.selected(), pdf)
            page = pdf_page(pdf)
            if page is not None:
                yield "agenda-pdf-fr", page
        live, clock = open_meeting(env)
        clock.now += 12 * 60 + 5
        live.run.next()
        clock.now += 3 * 60
        live.run.next()
        clock.now += 10 * 60  # a short check-in: the meeting is ahead of its plan
        live.run.next()
        clock.now += 14 * 60 + 30
        live.refresh()
        env.settle()
        yield f"live-meeting-{lang}", live
        live.reject()
        env.close()


def open_meeting(env: Any) -> tuple[LiveView, _Clock]:
    """The next meeting, with the starter format's notes, run full size on a clock the shot
    moves on (and a room clock that follows it, so the pace reads the same on every run)."""
    from docs.make_screenshots import SIZE
    from docs.shots.guided import room_clock
    from ui.sessions.live_view import LiveView

    clock = _Clock()
    screen = env.window.group_screen.screens["sessions"]
    screen.tabs.setCurrentIndex(0)
    screen.upcoming_table.setCurrentIndex(screen.upcoming.index(0, 0))
    shown = _with_notes(env.ctx.group, screen.selected())
    env.ctx.wall_clock = room_clock(shown.starts_at, clock)
    live = LiveView(env.ctx, env.ctx.group, shown, clock=clock, parent=env.window)
    live.resize(SIZE)
    live.show()
    return live, clock


def _with_notes(group: OpenGroup | None, session: Session | None) -> Session:
    """The demo agenda has no notes: give it the starter format's, as a host would write them."""
    from dataclasses import replace

    assert group is not None and session is not None, "the demo group with a session selected"
    notes = {
        item.kind: item.notes
        for template in group.sessions.templates()
        for item in group.sessions.template_items(template.id)
        if item.notes
    }
    items = [
        replace(item, notes=notes.get(item.kind, "")) for item in group.sessions.agenda(session.id)
    ]
    return group.sessions.save_session(session, items)
