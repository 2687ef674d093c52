"""The Members screen with the demo group: the roster, a member's form, check-in, import."""

from __future__ import annotations


def shots(make_env):  # type: ignore[no-untyped-def]
    from ui.roster import roster_actions

    for lang in ("en", "fr"):
        env = make_env(lang)
        env.open_demo()
        screen = env.area("members")
        helene = next(m for m in env.ctx.group.roster.members() if m.pseudonym == "Hélène")
        screen.select_member(helene.id)
        env.settle()
        yield f"members-{lang}", env.window
        screen.search_edit.setText("ca")
        env.settle()
        yield f"members-search-{lang}", env.window
        screen.search_edit.clear()
        dialog = screen.open_checkin(str(screen.session_combo.currentData()))
        for row in (0, 2, 3):
            dialog.toggle(dialog.proxy.index(row, 0))
        dialog.filter_edit.setText("a")
        env.settle()
        yield f"members-checkin-{lang}", dialog
        dialog.reject()
        importer = roster_actions.open_import(screen, _sample_csv())
        env.settle()
        yield f"members-import-{lang}", importer
        importer.reject()
        env.close()


def _sample_csv() -> bytes:
    return (
        "Pseudo;Nom;Téléphone;Courriel;Rôle;Date d'arrivée\r\n"
        "Gaëlle;Gaëlle Martin;06 00 00 00 31;gaelle@example.org;membre;03/02/2025\r\n"
        "Hélène;;;;;\r\n"
        "Benoît;Benoît Roux;;pas-un-courriel;;\r\n"
        "Noël;;;;co-animateur;12/09/2024\r\n"
    ).encode("cp1252")
