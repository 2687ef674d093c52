"""Resources: the list with a search, the editor, Help now and the agreements reader."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from i18n.widget_lists import top_level_widgets

W = TypeVar("W", bound=QWidget)


def _top_level(kind: type[W]) -> W:
    return next(w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible())


def shots(make_env):  # type: ignore[no-untyped-def]
    from docs.make_screenshots import pdf_page
    from tests.helpers import type_text
    from ui.resources.agreements import AgreementsReader
    from ui.resources.editor import ResourceEditor
    from ui.resources.handout_dialog import HandoutDialog
    from ui.resources.help_now import HelpNowDialog

    for lang in ("fr", "en"):
        env = make_env(lang)
        env.open_demo()
        screen = env.area("resources")
        screen.table.selectRow(2)
        env.settle()
        yield f"resources-screen-{lang}", env.window
        type_text(screen.search_box, "écoute")
        screen.table.selectRow(0)
        env.settle()
        yield f"resources-search-{lang}", env.window
        editor = ResourceEditor(env.ctx, env.ctx.group, screen.selected_resource(), env.window)
        editor.show()
        env.settle()
        yield f"resources-editor-{lang}", editor
        editor.close()
        handout = HandoutDialog(env.ctx, env.ctx.group, screen.selected_resources(), "", env.window)
        handout.show()
        env.settle()
        yield f"handout-{lang}", handout
        if lang == "fr":
            pdf = env.data.root / "handout.pdf"
            handout.save_pdf(pdf)
            page = pdf_page(pdf)
            if page is not None:
                yield "handout-a4-fr", page
        handout.close()
        env.window.group_screen.open_help_now()
        env.settle()
        help_now = _top_level(HelpNowDialog)
        yield f"help-now-{lang}", help_now
        help_now.close()
        env.ctx.agreements_requested.emit()
        env.settle()
        reader = _top_level(AgreementsReader)
        reader.resize(1366, 768)
        env.settle()
        yield f"agreements-{lang}", reader
        reader.close()
        env.close()
