"""The guided meeting (issue 16): the live meeting's read-aloud text at the welcome with a
newcomer checked in, the sharing circle offering the word again to someone who passed "come
back to me", and the check-out at the closing; a format's own texts and a member's consents."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.group import OpenGroup
    from app.model import Session


class _Clock:
    def __init__(self) -> None:
        import time

        # From the real reading: the auto-lock's idle baseline was taken from the real clock,
        # and a fake far behind it looks like hours idle (the group would lock mid-shots).
        self.now = float(int(time.monotonic()))

    def __call__(self) -> float:
        return self.now


def _meeting(group: OpenGroup) -> Session:
    """Next week's meeting planned from the starter format, with four people and a newcomer."""
    from datetime import date, timedelta

    sessions = group.sessions
    template = sessions.templates()[0]
    day = date.today() + timedelta(days=7)
    planned, items = sessions.session_from_template(template.id, f"{day.isoformat()}T19:00")
    meeting = sessions.save_session(
        planned.__class__(**{**planned.__dict__, "theme": "Le sommeil"}), items
    )
    for member in [m for m in group.roster.members() if m.active][:4]:
        group.roster.set_present(meeting.id, member.id)
    group.roster.welcome(meeting.id, "Zoé")
    return meeting


def room_clock(starts_at: str, clock: Callable[[], float]) -> Callable[[], datetime]:
    """The room's clock: the meeting's start when the fake clock starts, moving with it (the pace
    clock's "ends about" then reads in the meeting's evening, not the hour the shots are taken)."""
    start, origin = datetime.fromisoformat(starts_at), clock()
    return lambda: start + timedelta(seconds=clock() - origin)


def shots(make_env):  # type: ignore[no-untyped-def]
    from docs.make_screenshots import SIZE
    from ui.sessions.live_view import LiveView

    for lang in ("en", "fr"):
        env = make_env(lang)
        env.open_demo()
        group = env.ctx.group
        meeting = _meeting(group)
        clock = _Clock()
        env.ctx.monotonic = clock
        env.ctx.wall_clock = room_clock(meeting.starts_at, clock)
        live = LiveView(env.ctx, group, meeting, clock=clock, parent=env.window)
        live.resize(SIZE)
        live.show()
        clock.now += 4 * 60
        live.refresh()
        env.settle()
        yield f"live-script-welcome-{lang}", live
        yield from _circle(env, group, meeting, clock, lang)
        kinds = [i.kind for i in group.sessions.agenda(meeting.id)]
        while live.run.index < kinds.index("closing"):  # each step a minute over its plan
            clock.now += (
                live.run.current.planned_seconds + 60 - (4 * 60 if live.run.index == 0 else 0)
            )
            live.run.next()
            if live.run.index == kinds.index("break"):
                clock.now += 3 * 60
                live.refresh()
                env.settle()
                yield f"live-pace-behind-{lang}", live
        clock.now += 2 * 60
        for key, value in zip(("good", "mixed", "hard"), (6, 2, 1), strict=True):
            live.checkout_panel.spins[key].setValue(value)
        live.refresh()
        env.settle()
        yield f"live-checkout-{lang}", live
        live.reject()
        # The fake clock ran an hour ahead of any key press: back to the real one, or the
        # auto-lock counts that hour as idle and locks the group.
        import time

        env.ctx.monotonic = time.monotonic
        formats = env.window.group_screen.screens["sessions"].open_formats()
        formats.list.setCurrentRow(0)
        dialog = formats.edit_scripts()
        dialog.kinds.setCurrentRow(6)
        dialog.editor.setPlainText(dialog.editor.toPlainText() + "\n")
        env.settle()
        yield f"format-scripts-{lang}", dialog
        dialog.reject()
        formats.reject()
        yield from _consents(env, group, lang)
        env.close()


def _circle(
    env: Any, group: OpenGroup, meeting: Session, clock: _Clock, lang: str
) -> Iterator[tuple[str, QWidget]]:
    """The second speaker passes with "come back to me"; after the last speaker, they are
    offered the word again."""
    present = group.roster.present_member_ids(meeting.id)
    env.ctx.circle_requested.emit(meeting.id, present, 30 * 60)
    env.settle()
    screen = env.window.group_screen.screens["circle"]
    screen.setup.request_start()
    running = screen.running
    running.toggle()
    clock.now += 140
    running.next()
    running.come_back_later()
    clock.now += 20
    running.refresh()
    env.settle()
    yield f"circle-come-back-waiting-{lang}", env.window
    # The others speak; once the last is done, the one who asked to come back has the word.
    for _ in range(len(present) - 2):
        clock.now += 150
        running.next()
    clock.now += 12
    running.refresh()
    env.settle()
    yield f"circle-come-back-offered-{lang}", env.window
    running.end()
    env.settle()


def _consents(env: Any, group: OpenGroup, lang: str) -> Iterator[tuple[str, QWidget]]:
    from datetime import date, timedelta

    from app.model import Purpose
    from ui.roster import roster_actions

    members = env.area("members")
    person = next(m for m in group.roster.members() if m.pseudonym == "Hélène")
    long_ago = date.today() - timedelta(days=400)
    group.consents.record(
        person.id, Purpose.PHONE_LIST, True, long_ago, long_ago + timedelta(days=365)
    )
    members.reload()
    members.select_member(person.id)
    env.settle()
    yield f"members-consent-flag-{lang}", env.window
    dialog = roster_actions.open_consents(members)
    assert dialog is not None, "Hélène is selected"
    env.settle()
    yield f"consents-{lang}", dialog
    dialog.reject()
