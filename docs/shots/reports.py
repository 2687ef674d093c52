"""The Reports area with its charts: light (English), dark (French), very large text (English),
and the annual report."""

from __future__ import annotations

import dataclasses


def _reports(env, name: str, annual: bool = False):  # type: ignore[no-untyped-def]
    from ui.reports.period_bar import KINDS

    screen = env.area("reports")
    screen.period_bar.kind.setCurrentIndex(KINDS.index("annual" if annual else "quarter"))
    env.settle()
    yield name, env.window


def shots(make_env):  # type: ignore[no-untyped-def]
    env = make_env("en")
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="light"))
    env.open_demo()
    yield from _reports(env, "reports-en")
    yield from _reports(env, "reports-annual-en", annual=True)
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="system"))
    env.close()
    env = make_env("fr")
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="dark"))
    env.open_demo()
    yield from _reports(env, "reports-dark-fr")
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="system"))
    env.close()
    env = make_env("en", "very_large")
    env.open_demo()
    yield from _reports(env, "reports-very-large-en")
    env.close()
