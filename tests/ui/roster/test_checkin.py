"""Check-in of a meeting and a spreadsheet import, as a host does them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_box, answer_by_keys, answer_file, beside, type_text
from ui.common.models import OBJECT_ROLE
from ui.roster import roster_actions
from ui.roster.checkin import CheckInDialog
from ui.roster.import_dialog import PSEUDONYM, STATUS, CsvImportDialog
from ui.roster.members_screen import MembersScreen

LATIN1_CSV = (
    "Pseudo;Nom;Téléphone;Courriel;Rôle;Date d'arrivée\r\n"
    "Gaëlle;Gaëlle Martin;06 12 34 56 78;gaelle@example.org;membre;03/02/2025\r\n"
    "Hélène;;;;;\r\n"
    "Benoît;Benoît Roux;;pas-un-courriel;;\r\n"
    "Jérôme;;;;animateur;31/02/2025\r\n"
    "Noël;;;;co-animatrice;\r\n"
).encode("cp1252")


def _upcoming_session(group) -> str:
    return next(s.id for s in group.sessions.sessions() if s.status == "planned")


def _dialog(qtbot, ui_ctx, demo_group) -> CheckInDialog:
    ui_ctx.group = demo_group
    dialog = CheckInDialog(ui_ctx, demo_group, _upcoming_session(demo_group))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_checkin_type_to_filter_then_space_marks_present(qtbot, ui_ctx, demo_group) -> None:
    dialog = _dialog(qtbot, ui_ctx, demo_group)
    session_id = dialog.session_id
    assert demo_group.roster.present_member_ids(session_id) == []
    qtbot.keyClicks(dialog.filter_edit, "jean")
    assert dialog.proxy.rowCount() == 1
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    assert dialog.list_view.hasFocus()
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
    jean = next(m for m in demo_group.roster.members() if m.pseudonym == "Jean-Pierre")
    assert demo_group.roster.present_member_ids(session_id) == [jean.id]
    assert dialog.present_label.text().startswith("1 ")
    # Typing in the list goes back to the filter; Enter on a single match ticks it.
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_T)
    assert dialog.filter_edit.hasFocus()
    dialog.filter_edit.clear()
    type_text(dialog.filter_edit, "théo")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert len(demo_group.roster.present_member_ids(session_id)) == 2
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Space)  # one match: Space ticks it off again
    assert demo_group.roster.present_member_ids(session_id) == [jean.id]
    assert dialog.filter_edit.text() == "théo"


def test_escape_after_ticking_keeps_every_tick_without_asking(qtbot, ui_ctx, demo_group) -> None:
    """Each tick is in the file as it is made: Escape has nothing to drop, so it asks nothing
    (the newcomer typed and not added is asked for: tests/ui/common/test_unsaved.py)."""
    from app import demo

    dialog = _dialog(qtbot, ui_ctx, demo_group)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)
    for _ in range(5):
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Down)
    dialog.guests_spin.setFocus()
    qtbot.keyClick(dialog.guests_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.guests_spin, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not [w for w in top_level_widgets() if isinstance(w, QMessageBox) and w.isVisible()]
    with beside(demo_group, demo.DEMO_PASSPHRASE) as db:
        ticked = "SELECT count(*) FROM attendance WHERE session_id = ? AND present"
        assert db.scalar(ticked, (dialog.session_id,)) == 5
        guests = "SELECT guest_count FROM sessions WHERE id = ?"
        assert db.scalar(guests, (dialog.session_id,)) == 1


def test_checkin_newcomer_joins_roster_present_and_guests_counted(
    qtbot, ui_ctx, demo_group
) -> None:
    dialog = _dialog(qtbot, ui_ctx, demo_group)
    assert not dialog.message_label.isVisible()  # no blank line before there is a message
    type_text(dialog.newcomer_edit, "Maëlle")
    qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)
    maelle = next(m for m in demo_group.roster.members() if m.pseudonym == "Maëlle")
    assert demo_group.roster.present_member_ids(dialog.session_id) == [maelle.id]
    assert dialog.message_label.isVisible() and "Maëlle" in dialog.message_label.text()
    assert any(dialog.proxy.index(r, 0).data() == "Maëlle" for r in range(dialog.proxy.rowCount()))
    dialog.guests_spin.setFocus()
    qtbot.keyClick(dialog.guests_spin, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.guests_spin, Qt.Key.Key_Up)
    assert demo_group.roster.guest_count(dialog.session_id) == 2
    qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)  # empty: explained, nothing added
    assert "pseudonym" in dialog.message_label.text()


def test_a_returning_or_known_member_typed_as_newcomer_is_not_added_twice(
    qtbot, ui_ctx, demo_group
) -> None:
    """review21b: inactive members are not listed, so a returning one typed as a newcomer made
    a second record, and so did an active one typed in capitals."""
    dialog = _dialog(qtbot, ui_ctx, demo_group)
    members = demo_group.roster.members()
    away = next(m for m in members if not m.active)
    here = next(m for m in members if m.active)
    for typed, said in ((away.pseudonym.upper(), "as inactive"), (here.pseudonym.lower(), "")):
        type_text(dialog.newcomer_edit, typed)
        qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)
        assert "already on the roster" in dialog.message_label.text()
        assert said in dialog.message_label.text()
    assert len(demo_group.roster.members()) == len(members)
    back = demo_group.roster.member(away.id)
    assert back is not None and back.active
    assert sorted(demo_group.roster.present_member_ids(dialog.session_id)) == sorted(
        [away.id, here.id]
    )
    listed = {dialog.proxy.index(r, 0).data(OBJECT_ROLE).id for r in range(dialog.proxy.rowCount())}
    assert away.id in listed
    # Someone new of the same name comes under a distinct one, and is added.
    type_text(dialog.newcomer_edit, f"{here.pseudonym} B.")
    qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)
    assert len(demo_group.roster.members()) == len(members) + 1


def test_several_former_members_by_that_name_are_listed_to_tick_the_right_one(
    qtbot, ui_ctx, demo_group
) -> None:
    """review21d: two inactive namesakes answered "tick the right one in the list" over a list
    showing none of them (only active members are listed), and nobody could be ticked."""
    from app.model import Member

    zoe = demo_group.roster.add_member(Member("Zoé", active=False))
    other = demo_group.roster.add_member(Member("Zoe", active=False))
    before = len(demo_group.roster.members())
    dialog = _dialog(qtbot, ui_ctx, demo_group)
    type_text(dialog.newcomer_edit, "ZOÉ")
    qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)
    assert len(demo_group.roster.members()) == before
    listed = [dialog.proxy.index(r, 0) for r in range(dialog.proxy.rowCount())]
    assert {i.data(OBJECT_ROLE).id for i in listed} == {zoe.id, other.id}
    dialog.list_view.setCurrentIndex(next(i for i in listed if i.data(OBJECT_ROLE).id == zoe.id))
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
    present = demo_group.roster.present_member_ids(dialog.session_id)
    assert zoe.id in present and other.id not in present


def test_checkin_requested_opens_dialog_and_roster_follows(qtbot, group_screen) -> None:
    ctx = group_screen.ctx
    screen = group_screen.screens["members"]
    assert isinstance(screen, MembersScreen)
    session_id = _upcoming_session(group_screen.group)
    ctx.checkin_requested.emit(session_id)
    dialog = next(w for w in top_level_widgets() if isinstance(w, CheckInDialog) and w.isVisible())
    type_text(dialog.newcomer_edit, "Inès")
    qtbot.mouseClick(dialog.newcomer_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    qtbot.waitUntil(
        lambda: any(
            screen.proxy.index(r, 0).data() == "Inès" for r in range(screen.proxy.rowCount())
        )
    )
    opened = screen.open_checkin(str(screen.session_combo.currentData()))
    assert opened is not None and opened.isVisible()
    opened.reject()


def test_import_latin1_semicolon_file_reports_bad_rows_and_duplicates(
    qtbot, ui_ctx, demo_group
) -> None:
    ui_ctx.group = demo_group
    before = {m.pseudonym for m in demo_group.roster.members()}
    dialog = CsvImportDialog(ui_ctx, demo_group, LATIN1_CSV)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "Latin-1" in dialog.source_label.text() and "“;”" in dialog.source_label.text()
    assert dialog.combos["pseudonym"].currentText() == "Pseudo"
    assert dialog.combos["email"].currentText() == "Courriel"
    statuses = [dialog.model.index(r, STATUS).data() for r in range(dialog.model.rowCount())]
    assert statuses == [
        "New",
        "Already on the roster",
        "Skipped: email not valid",
        "Skipped: date not readable",
        "New",
    ]
    assert {m.pseudonym for m in demo_group.roster.members()} == before  # nothing yet
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.imported == 2)  # written in the worker
    added = {m.pseudonym: m for m in demo_group.roster.members()}
    assert set(added) - before == {"Gaëlle", "Noël"}
    assert added["Gaëlle"].joined_on == "2025-02-03" and added["Noël"].role == "co-host"


def test_import_mapping_change_updates_preview(qtbot, ui_ctx, demo_group) -> None:
    data = "\ufeffName,Mail\nZoé,zoe@example.org\n".encode()
    dialog = CsvImportDialog(ui_ctx, demo_group, data)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert "UTF-8" in dialog.source_label.text()
    assert dialog.model.index(0, PSEUDONYM).data() == "Zoé"
    dialog.combos["pseudonym"].setCurrentIndex(dialog.combos["pseudonym"].findText("Mail"))
    qtbot.waitUntil(lambda: dialog.model.index(0, PSEUDONYM).data() == "zoe@example.org")
    dialog.reject()
    assert "Zoé" not in {m.pseudonym for m in demo_group.roster.members()}


def test_export_warns_first_that_the_file_is_not_encrypted(
    qtbot, ui_ctx, demo_group, tmp_path
) -> None:
    ui_ctx.group = demo_group
    screen = MembersScreen(ui_ctx, demo_group)
    qtbot.addWidget(screen)
    target = tmp_path / "roster"  # typed without its suffix
    asked = answer_by_keys(Qt.Key.Key_Escape)  # Cancel, the default: no file dialog follows
    assert roster_actions.export_roster(screen) is None
    assert "NOT be encrypted" in asked[0] and not list(tmp_path.glob("roster*"))
    answer_box(QMessageBox.StandardButton.Ok)
    answer_file(target)
    assert roster_actions.export_roster(screen) == tmp_path / "roster.csv"
    text = (tmp_path / "roster.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith("pseudonym;full_name") and "Hélène;Hélène Fictive" in text


def test_checkin_and_import_models_pass_qt_model_checks(
    qtbot, qtmodeltester, ui_ctx, demo_group
) -> None:
    dialog = _dialog(qtbot, ui_ctx, demo_group)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    importer = CsvImportDialog(ui_ctx, demo_group, LATIN1_CSV)
    qtbot.addWidget(importer)
    qtbot.waitUntil(lambda: importer.preview is not None)
    qtmodeltester.check(importer.model)


def test_undo_history_ends_with_the_lock(qtbot, fresh_window) -> None:
    from tests.conftest import FRESH_PASSPHRASE

    screen = fresh_window.group_screen.screens["members"]
    screen.new_member()
    type_text(screen.form.pseudonym_edit, "Loïc")
    screen.form.submit()
    assert screen.undo_stack.canUndo()
    fresh_window.lock()
    start = fresh_window.start_screen
    type_text(start.passphrase_edit, FRESH_PASSPHRASE)
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not fresh_window.is_locked, timeout=10_000)
    again = fresh_window.group_screen.screens["members"]
    assert again is not screen and not again.undo_stack.canUndo()
    assert "Loïc" in {m.pseudonym for m in fresh_window.ctx.group.roster.members()}
