"""Start screen and the unlocked main window."""

from __future__ import annotations


def shots(make_env):  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        env = make_env(lang)
        env.open_demo()
        env.window.lock()
        env.settle()
        yield f"start-screen-{lang}", env.window
        env.open_demo()
        yield f"main-window-{lang}", env.window
        env.close()
