"""A host's roster work, driven through the real Members screen on the demo group."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_by_keys, raw_bytes_contain, type_text
from tests.helpers.screens import members_screen
from ui.roster.member_filter import MemberFilterProxy, Shown
from ui.roster.member_model import PSEUDONYM, MemberTableModel
from ui.roster.members_screen import MembersScreen


def _screen(qtbot, ui_ctx, demo_group) -> MembersScreen:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.table.setFocus()
    return screen


def _shown(screen: MembersScreen) -> list[str]:
    return [screen.proxy.index(r, 0).data() for r in range(screen.proxy.rowCount())]


def _questions() -> list[QMessageBox]:
    return [w for w in top_level_widgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _show_all(screen: MembersScreen) -> None:
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(MemberFilterProxy.ALL))


def test_model_passes_qt_model_checks(qtbot, qtmodeltester, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)


def test_search_finds_accented_names_typed_with_or_without_accents(
    qtbot, ui_ctx, demo_group
) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    qtbot.keyClicks(screen.search_edit, "Helene")
    assert _shown(screen) == ["Hélène"]
    screen.search_edit.clear()
    type_text(screen.search_edit, "THÉO")
    assert _shown(screen) == ["Théo"]
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "fictive")  # the full name, never shown in the table
    assert _shown(screen) == ["Hélène"]
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, "nobody here")
    assert _shown(screen) == []
    assert screen.count_label.text().startswith("0 ")


def test_status_filter_shows_active_inactive_or_all(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    assert screen.proxy.rowCount() == 10
    assert "Yves (inactive)" not in _shown(screen)
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(MemberFilterProxy.INACTIVE))
    assert sorted(_shown(screen)) == ["Rose (inactive)", "Yves (inactive)"]
    _show_all(screen)
    assert screen.proxy.rowCount() == 12


def test_add_member_with_keyboard_then_undo_and_redo(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.form.pseudonym_edit.hasFocus()
    type_text(screen.form.pseudonym_edit, "Gaëlle")
    type_text(screen.form.email_edit, "gaelle@example.org")
    qtbot.keyClick(screen.form.email_edit, Qt.Key.Key_Return)
    assert "Gaëlle" in [m.pseudonym for m in demo_group.roster.members()]
    assert "Gaëlle" in _shown(screen)
    assert screen.form.member is not None and screen.form.member.pseudonym == "Gaëlle"

    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Gaëlle" not in [m.pseudonym for m in demo_group.roster.members()]
    assert "Gaëlle" not in _shown(screen)
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Gaëlle" in [m.pseudonym for m in demo_group.roster.members()]


def test_validation_messages_and_duplicate_is_only_a_warning(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    before = len(demo_group.roster.members())
    screen.new_member()
    qtbot.keyClick(screen.form.pseudonym_edit, Qt.Key.Key_Return)
    assert "Please give a pseudonym" in screen.form.message_label.text()
    qtbot.keyClicks(screen.form.pseudonym_edit, "Camille")
    qtbot.keyClicks(screen.form.email_edit, "camille-at-example")
    qtbot.keyClick(screen.form.email_edit, Qt.Key.Key_Return)
    assert "does not look right" in screen.form.message_label.text()
    screen.form.email_edit.clear()
    qtbot.keyClick(screen.form.pseudonym_edit, Qt.Key.Key_Return)
    assert "already has this pseudonym" in screen.form.message_label.text()
    assert len(demo_group.roster.members()) == before
    qtbot.keyClick(screen.form.pseudonym_edit, Qt.Key.Key_Return)
    assert len(demo_group.roster.members()) == before + 1


def test_edit_escape_cancels_and_enter_saves(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    qtbot.keyClicks(screen.search_edit, "Nadia")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.form.member is not None and screen.form.member.pseudonym == "Nadia"
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.form.pseudonym_edit.hasFocus()
    screen.form.phone_edit.setFocus()
    screen.form.phone_edit.clear()
    qtbot.keyClicks(screen.form.phone_edit, "07 11 22 33 44")
    asked = answer_by_keys(Qt.Key.Key_D)  # Discard, by its underlined letter
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.form.phone_edit.text() == "06 00 00 00 07")
    assert asked == ["Discard your changes?"]
    screen.activateWindow()  # a desktop's window manager does it once the question closes
    qtbot.waitUntil(screen.isActiveWindow)
    screen.form.phone_edit.clear()
    qtbot.keyClicks(screen.form.phone_edit, "07 11 22 33 44")
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Return)
    assert screen.table.hasFocus()
    nadia = next(m for m in demo_group.roster.members() if m.pseudonym == "Nadia")
    assert nadia.phone == "07 11 22 33 44"
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    nadia = next(m for m in demo_group.roster.members() if m.pseudonym == "Nadia")
    assert nadia.phone == "06 00 00 00 07"


def test_escape_and_new_member_keep_typed_changes_unless_discarded(
    qtbot, ui_ctx, demo_group
) -> None:
    """As in the editing dialogs: one stray Escape, or Ctrl+N, never drops what was typed."""
    screen = _screen(qtbot, ui_ctx, demo_group)
    nadia = next(m for m in demo_group.roster.members() if m.pseudonym == "Nadia")
    screen.select_member(nadia.id)
    screen.form.note_edit.setFocus()
    qtbot.keyClick(screen.form.note_edit, Qt.Key.Key_Escape)  # nothing typed: no question
    assert screen.form.member == nadia and not _questions()
    type_text(screen.form.note_edit, "Rappeler jeudi")
    kept = answer_by_keys(Qt.Key.Key_Escape)  # the question's Escape: Keep editing
    qtbot.keyClick(screen.form.note_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(kept) and not _questions())
    screen.activateWindow()  # a desktop's window manager does it once the question closes
    qtbot.waitUntil(screen.isActiveWindow)
    kept_too = answer_by_keys(Qt.Key.Key_Return)  # its default: Keep editing
    qtbot.keyClick(screen.form.note_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(kept_too) and not _questions())
    assert kept + kept_too == ["Discard your changes?"] * 2
    assert screen.form.member == nadia
    assert screen.form.note_edit.toPlainText().startswith("Rappeler jeudi")
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    discarded = answer_by_keys(Qt.Key.Key_D)
    qtbot.keyClick(screen.form.note_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form.member is None)
    assert discarded and screen.form.note_edit.toPlainText() == ""
    assert demo_group.roster.member(nadia.id) == nadia


def test_mark_inactive_asks_before_it_drops_typed_changes(qtbot, ui_ctx, demo_group) -> None:
    """Marking inactive shows the member afresh from the group: typed changes are asked for."""
    screen = _screen(qtbot, ui_ctx, demo_group)
    nadia = next(m for m in demo_group.roster.members() if m.pseudonym == "Nadia")
    screen.select_member(nadia.id)
    type_text(screen.form.note_edit, "Rappeler jeudi")
    kept = answer_by_keys(Qt.Key.Key_Escape)
    screen.pane.inactive_button.setFocus()
    qtbot.keyClick(screen.pane.inactive_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(kept) and not _questions())
    assert demo_group.roster.member(nadia.id).active
    assert screen.form.note_edit.toPlainText().startswith("Rappeler jeudi")
    screen.activateWindow()  # a desktop's window manager does it once the question closes
    qtbot.waitUntil(screen.isActiveWindow)
    discarded = answer_by_keys(Qt.Key.Key_D)
    screen.pane.inactive_button.setFocus()
    qtbot.keyClick(screen.pane.inactive_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not demo_group.roster.member(nadia.id).active)
    assert discarded and screen.form.note_edit.toPlainText() == nadia.private_note


def test_undo_and_redo_ask_before_they_drop_typed_changes(qtbot, ui_ctx, demo_group) -> None:
    """Ctrl+Z from the list undoes the last roster step and shows its member afresh: typed
    changes in the form are asked for first, as the form's other ways out do."""
    screen = _screen(qtbot, ui_ctx, demo_group)
    marc = next(m for m in demo_group.roster.members() if m.pseudonym == "Marc")
    nadia = next(m for m in demo_group.roster.members() if m.pseudonym == "Nadia")
    screen.select_member(marc.id)
    qtbot.mouseClick(screen.pane.inactive_button, Qt.MouseButton.LeftButton)  # a step to undo
    screen.select_member(nadia.id)
    type_text(screen.form.note_edit, "Rappeler jeudi")
    screen.table.setFocus()
    kept = answer_by_keys(Qt.Key.Key_Return)  # the default: Keep editing
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(kept) and not _questions())
    assert kept == ["Discard your changes?"]
    assert not demo_group.roster.member(marc.id).active  # nothing undone
    assert screen.form.note_edit.toPlainText().startswith("Rappeler jeudi")
    screen.activateWindow()  # a desktop's window manager does it once the question closes
    qtbot.waitUntil(screen.isActiveWindow)
    discarded = answer_by_keys(Qt.Key.Key_D)
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_group.roster.member(marc.id).active)
    assert discarded and "Rappeler" not in screen.form.note_edit.toPlainText()
    assert demo_group.roster.member(nadia.id) == nadia
    # Redo asks too; with the typing taken back to what is stored, it goes at once.
    keys = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.select_member(nadia.id)
    type_text(screen.form.note_edit, "Rappeler jeudi")
    screen.table.setFocus()
    kept_again = answer_by_keys(Qt.Key.Key_Escape)
    qtbot.keyClick(screen.table, *keys)
    qtbot.waitUntil(lambda: bool(kept_again) and not _questions())
    assert demo_group.roster.member(marc.id).active
    assert screen.form.note_edit.toPlainText().startswith("Rappeler jeudi")
    screen.form.note_edit.setPlainText(nadia.private_note)  # typed back: no change
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.table, *keys)
    assert not demo_group.roster.member(marc.id).active and not _questions()


def test_mark_inactive_keeps_history(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    marc = next(m for m in demo_group.roster.members() if m.pseudonym == "Marc")
    history = demo_group.roster.attendance_history(marc.id)
    screen.select_member(marc.id)
    qtbot.mouseClick(screen.pane.inactive_button, Qt.MouseButton.LeftButton)
    assert "Marc" not in _shown(screen)
    assert demo_group.roster.member(marc.id).active is False
    assert demo_group.roster.attendance_history(marc.id) == history
    assert screen.pane.history_model.rowCount() == len(history) > 0


def _answer_erase(click_erase: bool) -> dict[str, str]:
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text() + "\n" + box.informativeText()
        wanted = next(
            b
            for b in box.buttons()
            if (box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole) == click_erase
        )
        wanted.click()

    QTimer.singleShot(0, answer)
    return seen


def test_erase_names_what_goes_and_leaves_no_trace(
    qtbot, ui_ctx, demo_group, demo_db, tmp_path
) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    roster = demo_group.roster
    amina = next(m for m in roster.members() if m.pseudonym == "Amina")
    counts = roster.erasure_counts(amina.id)
    assert counts.attendance > 0
    screen.select_member(amina.id)

    seen = _answer_erase(click_erase=False)
    qtbot.mouseClick(screen.pane.erase_button, Qt.MouseButton.LeftButton)
    assert roster.member(amina.id) is not None

    seen = _answer_erase(click_erase=True)
    qtbot.mouseClick(screen.pane.erase_button, Qt.MouseButton.LeftButton)
    assert "Amina" in seen["text"]
    assert f"{counts.attendance} attendance record" in seen["text"]
    assert "cannot be undone" in seen["text"]
    assert roster.member(amina.id) is None
    assert "Amina" not in _shown(screen)
    assert not screen.undo_stack.canUndo()
    assert "erased for good" in screen.feedback_label.text()

    assert raw_bytes_contain(demo_db.path, "Amina") == []
    export = tmp_path / "after.csv"
    roster.export_csv(export)
    assert "Amina" not in export.read_text("utf-8-sig")
    assert "Sophie L." in export.read_text("utf-8-sig")


def test_columns_sort_on_their_values_and_keep_the_selection(qtbot, ui_ctx, demo_group) -> None:
    from ui.common.models import OBJECT_ROLE
    from ui.roster.member_model import ATTENDANCE, JOINED, ROLE

    screen = _screen(qtbot, ui_ctx, demo_group)
    helene = next(m for m in demo_group.roster.members() if m.pseudonym == "Hélène")
    screen.select_member(helene.id)
    screen.table.sortByColumn(ATTENDANCE, Qt.SortOrder.DescendingOrder)
    counts = [
        screen.proxy.index(r, 0).data(OBJECT_ROLE).attendance_count
        for r in range(screen.proxy.rowCount())
    ]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    assert screen.table.currentIndex().data(OBJECT_ROLE).member.id == helene.id
    screen.table.sortByColumn(ROLE, Qt.SortOrder.AscendingOrder)
    assert _shown(screen)[:2] == ["Marc", "Hélène"]  # co-host, host, then members
    screen.table.sortByColumn(JOINED, Qt.SortOrder.AscendingOrder)
    joined = [
        screen.proxy.index(r, 0).data(OBJECT_ROLE).member.joined_on
        for r in range(screen.proxy.rowCount())
    ]
    assert joined == sorted(joined)
    qtbot.keyClicks(screen.search_edit, "a")  # filtering keeps the chosen order
    joined = [
        screen.proxy.index(r, 0).data(OBJECT_ROLE).member.joined_on
        for r in range(screen.proxy.rowCount())
    ]
    assert joined == sorted(joined) and len(joined) < 10


def test_search_never_discards_typed_changes(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    helene = next(m for m in demo_group.roster.members() if m.pseudonym == "Hélène")
    screen.select_member(helene.id)
    screen.form.phone_edit.setFocus()
    screen.form.phone_edit.clear()
    qtbot.keyClicks(screen.form.phone_edit, "07 99")
    qtbot.keyClicks(screen.search_edit, "cam")
    assert _shown(screen) == ["Camille"]
    shown = screen.form.member
    assert shown is not None and shown.id == helene.id
    assert screen.form.phone_edit.text() == "07 99"
    assert "Unsaved changes" in screen.feedback_label.text()
    screen.form.phone_edit.setFocus()
    qtbot.keyClick(screen.form.phone_edit, Qt.Key.Key_Return)
    assert demo_group.roster.member(helene.id).phone == "07 99"


def test_search_narrowed_as_typed_shows_what_a_fresh_search_shows(
    qtbot, ui_ctx, demo_group
) -> None:
    """Each keystroke narrows the last result or takes an earlier one back from memory: the rows
    must be those a search typed at once finds, through corrections, accents and capitals.

    What a new screen would show, without building one for each keystroke (14 screens were
    most of the test): a new model and filter over the group's members, sorted as the
    screen sorts them, no search in their memory but the empty one."""

    def fresh(status: Shown) -> list[str]:
        model = MemberTableModel()
        proxy = MemberFilterProxy(model)
        model.set_rows(demo_group.roster.member_rows())
        model.sort(PSEUDONYM, Qt.SortOrder.AscendingOrder)  # MembersScreen's sort
        proxy.set_status(status)
        proxy.set_search(screen.search_edit.text())
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    screen = _screen(qtbot, ui_ctx, demo_group)
    _show_all(screen)
    for key in ["e", "l", "Backspace", "Backspace", "H", "É", "l", "Backspace", "L", "e"]:
        if key == "Backspace":
            qtbot.keyClick(screen.search_edit, Qt.Key.Key_Backspace)
        else:
            type_text(screen.search_edit, key)
        assert _shown(screen) == fresh(MemberFilterProxy.ALL), screen.search_edit.text()
    assert _shown(screen) == ["Hélène"]
    screen.status_combo.setCurrentIndex(screen.status_combo.findData(MemberFilterProxy.INACTIVE))
    for _ in range(4):
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Backspace)
        assert _shown(screen) == fresh(MemberFilterProxy.INACTIVE), screen.search_edit.text()
    shown = _shown(screen)
    assert "Yves (inactive)" in shown and all(n.endswith("(inactive)") for n in shown)


def test_a_first_letter_kept_past_many_searches_follows_a_new_member(
    qtbot, ui_ctx, demo_group
) -> None:
    """The result of a first letter stays in memory however many searches follow (it is the
    one that reads every member): it must still be what a fresh search shows, and a member
    added meanwhile must appear in it."""
    screen = _screen(qtbot, ui_ctx, demo_group)
    _show_all(screen)
    screen.search_edit.setText("g")
    before = _shown(screen)
    for first in "abcdefhijklmnopqrstuvwxyz":
        for second in "aeiou":
            screen.search_edit.setText(first + second)  # more searches than are kept
    screen.search_edit.setText("g")
    assert _shown(screen) == before
    screen.search_edit.clear()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(screen.form.pseudonym_edit, "Gaëlle")
    type_text(screen.form.email_edit, "gaelle@example.org")
    qtbot.keyClick(screen.form.email_edit, Qt.Key.Key_Return)
    screen.search_edit.setText("g")
    assert "Gaëlle" in _shown(screen) and len(_shown(screen)) == len(before) + 1


def test_undo_and_redo_name_their_step_in_the_host_s_language(qtbot, ui_ctx, demo_group) -> None:
    """Qt's own undo actions kept the words of the moment they were made ("Undo Add a member"
    in French, and after a switch); each step's name follows the language too."""
    screen = _screen(qtbot, ui_ctx, demo_group)
    marc = next(m for m in demo_group.roster.members() if m.pseudonym == "Marc")
    screen.select_member(marc.id)
    qtbot.mouseClick(screen.pane.inactive_button, Qt.MouseButton.LeftButton)
    assert screen.undo_action.text() == "Undo “Mark inactive”"
    assert screen.redo_action.text() == "Redo"

    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: screen.title_label.text() == "Membres")
    assert screen.undo_action.text() == "Annuler «\u00a0Mettre en pause\u00a0»"
    assert screen.undo_stack.text(0) == "Mettre en pause"
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_group.roster.member(marc.id).active is True
    assert screen.undo_action.text() == "Annuler"
    assert screen.redo_action.text() == "Rétablir «\u00a0Mettre en pause\u00a0»"

    ui_ctx.translations.apply("en")
    qtbot.waitUntil(lambda: screen.title_label.text() == "Members")
    assert screen.redo_action.text() == "Redo “Mark inactive”"


def test_the_attendance_history_follows_a_language_switch(qtbot, ui_ctx, demo_group) -> None:
    screen = members_screen(qtbot, ui_ctx, demo_group)
    marc = next(m for m in demo_group.roster.members() if m.pseudonym == "Marc")
    screen.select_member(marc.id)
    lines = screen.pane.history_model.stringList()
    assert lines and all(": present" in line or ": absent" in line for line in lines)
    ui_ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: screen.title_label.text() == "Membres")
    lines = screen.pane.history_model.stringList()
    assert lines and all("présence" in line or "absence" in line for line in lines), lines[:2]


def test_a_page_pasted_into_a_note_is_saved_as_a_handover_takes_it(
    qtbot, ui_ctx, demo_group
) -> None:
    """A form feed and a bell (a PDF's, a terminal's) and 25,000 characters were saved as
    pasted, and the next handover refused the whole file for that one note."""
    from storage.domain import field_problem

    screen = _screen(qtbot, ui_ctx, demo_group)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(screen.form.pseudonym_edit, "Gaëlle")
    QApplication.clipboard().setText("Notes\x0c de la page\x07 " + "x" * 25_000)
    screen.form.note_edit.setFocus()
    qtbot.keyClick(screen.form.note_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    (saved,) = [m for m in demo_group.roster.members() if m.pseudonym == "Gaëlle"]
    assert saved.private_note.startswith("Notes de la page x")
    assert field_problem("members", "private_note", saved.private_note) is None


def test_erasing_leaves_the_focus_on_the_next_member_in_the_list(qtbot, ui_ctx, demo_group) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    row = screen.table.currentIndex().row()
    names = _shown(screen)
    erased = screen.form.member
    assert erased is not None and erased.pseudonym == names[row]
    screen.pane.erase_button.setFocus(Qt.FocusReason.TabFocusReason)
    _answer_erase(click_erase=True)
    qtbot.keyClick(screen.pane.erase_button, Qt.Key.Key_Space)
    assert demo_group.roster.member(erased.id) is None
    screen.activateWindow()  # the question closed
    qtbot.waitUntil(screen.isActiveWindow)
    assert QApplication.focusWidget() is screen.table
    assert screen.table.currentIndex().row() == row
    assert screen.table.selectionModel().isRowSelected(row)
    assert screen.form.member is not None and screen.form.member.pseudonym == names[row + 1]
    assert "erased for good" in screen.feedback_label.text()


def test_enter_and_down_in_the_search_go_to_the_first_member_found(
    qtbot, ui_ctx, demo_group
) -> None:
    screen = _screen(qtbot, ui_ctx, demo_group)
    screen.table.clearSelection()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Down):
        screen.search_edit.setFocus()
        type_text(screen.search_edit, "so")
        qtbot.keyClick(screen.search_edit, key)
        assert QApplication.focusWidget() is screen.table
        first = _shown(screen)[0]
        assert screen.form.member is not None and screen.form.member.pseudonym == first
        screen.search_edit.clear()
