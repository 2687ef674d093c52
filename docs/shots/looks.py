"""The main areas in dark colours (French) and in large text (English): what a host who
changed Preferences sees, so that neither look is only ever checked on the start screen."""

from __future__ import annotations

import dataclasses

from docs.shots.circle import _Clock, setup_and_run
from i18n.widget_lists import top_level_widgets


def _areas(env, suffix: str):  # type: ignore[no-untyped-def]
    group_screen = env.window.group_screen
    for area in ("sessions", "members", "resources"):
        group_screen.show_area(area)
        env.settle()
        yield f"{area}-{suffix}", env.window
    yield from setup_and_run(env, suffix, _Clock())
    # Ended on the round itself: the view would ask about the speakers still waiting, and
    # nobody is there to answer (the shots hung on that question).
    running = group_screen.screens["circle"].running
    running.round.end()
    running.end()
    env.settle()


def _help_now(env, suffix: str):  # type: ignore[no-untyped-def]

    from ui.resources.help_now import HelpNowDialog

    env.window.group_screen.open_help_now()
    env.settle()
    dialog = next(w for w in top_level_widgets() if isinstance(w, HelpNowDialog) and w.isVisible())
    yield f"help-now-{suffix}", dialog
    dialog.close()


def _live(env, suffix: str):  # type: ignore[no-untyped-def]
    from docs.shots.sessions import open_meeting

    live, clock = open_meeting(env)
    clock.now += 12 * 60 + 5
    live.run.next()
    live.refresh()
    env.settle()
    yield f"live-meeting-{suffix}", live
    live.reject()


def shots(make_env):  # type: ignore[no-untyped-def]
    env = make_env("fr")
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="dark"))
    env.open_demo()
    yield from _areas(env, "dark-fr")
    yield from _help_now(env, "dark-fr")
    yield from _live(env, "dark-fr")
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="system"))
    env.close()
    for lang in ("en", "fr"):
        env = make_env(lang, "large")
        env.open_demo()
        yield from _areas(env, f"large-{lang}")
        yield from _live(env, f"large-{lang}")
        env.close()
