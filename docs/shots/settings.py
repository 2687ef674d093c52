"""The Preferences dialog, and the start screen and group window in large text and dark colours."""

from __future__ import annotations

import dataclasses

from ui.start.create_dialog import CreateGroupDialog


def shots(make_env):  # type: ignore[no-untyped-def]
    for lang in ("en", "fr"):
        env = make_env(lang)
        yield f"start-screen-empty-{lang}", env.window
        create = CreateGroupDialog(lang, env.window)
        create.show()
        env.settle()
        yield f"create-group-{lang}", create
        create.close()
        dialog = env.window.open_preferences_dialog()
        env.settle()
        yield f"preferences-{lang}", dialog
        dialog.close()
        env.close()
    for lang, size in (
        ("en", "large"),
        ("fr", "large"),
        ("en", "very_large"),
        ("fr", "very_large"),
    ):
        env = make_env(lang, size)
        env.open_demo()
        env.window.lock()
        env.settle()
        yield f"start-screen-{size.replace('_', '-')}-{lang}", env.window
        if size == "very_large":
            dialog = env.window.open_preferences_dialog()
            env.settle()
            yield f"preferences-very-large-{lang}", dialog
            dialog.close()
        env.open_demo()
        yield f"main-window-{size.replace('_', '-')}-{lang}", env.window
        env.close()
    env = make_env("fr")
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="dark"))
    env.open_demo()
    env.window.lock()
    env.settle()
    yield "start-screen-dark-fr", env.window
    dialog = env.window.open_preferences_dialog()
    env.settle()
    yield "preferences-dark-fr", dialog
    dialog.close()
    env.ctx.save_preferences(dataclasses.replace(env.ctx.prefs, theme="system"))
    env.close()
