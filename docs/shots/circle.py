"""The sharing circle: set-up, the running timer (neutral, warning, overtime; the warning also as
a deuteranope sees it), the presenter window and the round's balance on the host's console, with
the demo group and a fake clock so the figures are exact."""

from __future__ import annotations


class _Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def setup_and_run(env, suffix: str, clock: _Clock):  # type: ignore[no-untyped-def]
    """The set-up of a circle with who came to a past meeting, then its first minute."""
    env.ctx.monotonic = clock
    group_screen = env.window.group_screen
    session = group_screen.group.sessions.sessions()[7]
    present = group_screen.group.roster.present_member_ids(session.id)
    env.ctx.circle_requested.emit(session.id, present, 35 * 60)
    env.settle()
    screen = group_screen.screens["circle"]
    yield f"circle-setup-{suffix}", env.window
    screen.setup.request_start()
    screen.running.toggle()
    clock.now += 61.4
    screen.running.refresh()
    env.settle()
    yield f"circle-running-{suffix}", env.window


def shots(make_env):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from docs.make_screenshots import seen_with
    from tests.helpers import answer_box

    for lang in ("en", "fr"):
        env = make_env(lang)
        env.open_demo()
        clock = _Clock()
        yield from setup_and_run(env, lang, clock)
        screen = env.window.group_screen.screens["circle"]
        clock.now += screen.round.remaining() - 18.2
        screen.running.refresh()
        env.settle()
        yield f"circle-warning-{lang}", env.window
        yield f"circle-warning-deuteranopia-{lang}", seen_with(env.window, "deuteranopia")
        clock.now += 60.0
        screen.running.refresh()
        env.settle()
        yield f"circle-overtime-{lang}", env.window
        screen.running.open_presenter()
        presenter = screen.running.presenter
        presenter.showNormal()
        presenter.resize(1366, 768)
        env.settle()
        yield f"circle-presenter-{lang}", presenter
        screen.running.close_presenter()
        # The first speaker ran over; the next passes, three speak, and the host ends the round
        # with the others not reached (answering the question it asks first).
        screen.running.next()
        screen.running.pass_turn()
        for seconds in (150, 200, 245):
            clock.now += seconds
            screen.running.next()
        answer_box(QMessageBox.StandardButton.Yes)
        screen.running.end()
        env.settle()
        yield f"circle-summary-{lang}", env.window
        env.close()
