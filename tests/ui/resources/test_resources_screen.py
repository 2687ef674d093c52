"""The Resources screen, its editor, Help now and the agreements reader, driven as a host would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from app.model import Category, Resource
from app.resources import MATCH_END, MATCH_START
from i18n.widget_lists import top_level_widgets
from tests.helpers import answer_by_keys, press, type_text
from tests.helpers.resources_window import when_modal
from ui.common.models import OBJECT_ROLE
from ui.resources.agreements import AgreementsReader
from ui.resources.editor import ResourceEditor
from ui.resources.help_now import HelpNowDialog
from ui.resources.model import ResourceFilter, ResourceTableModel, rows_for


@pytest.fixture
def screen(one_screen):
    """The Resources screen alone on the demo group (what it asks of the group screen: the
    resources_shown fixture)."""
    from ui.resources.resources_screen import ResourcesScreen

    return one_screen(ResourcesScreen)


@pytest.fixture
def resources_shown(group_screen):
    """The group screen on Resources: Help now and the agreements are its to open."""
    group_screen.show_area("resources")
    return group_screen


def _shown_titles(screen) -> list[str]:
    proxy = screen.proxy
    return [proxy.index(r, 0).data(OBJECT_ROLE).title for r in range(proxy.rowCount())]


def _help_dialogs() -> list[HelpNowDialog]:
    return [w for w in top_level_widgets() if isinstance(w, HelpNowDialog) and w.isVisible()]


def _fill_new_crisis_line(dialog) -> None:
    assert isinstance(dialog, ResourceEditor)
    type_text(dialog.title_edit, "Écoute Détresse Île")
    dialog.category_box.setCurrentIndex(dialog.category_box.findData("crisis_line"))
    type_text(dialog.phone_edit, "0 800 123 456")
    dialog.pinned_box.click()
    dialog.verified_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_pinned_crisis_line_is_in_help_now_from_the_members_area(qtbot, resources_shown) -> None:
    group_screen = resources_shown
    screen = group_screen.screens["resources"]
    when_modal(qtbot, _fill_new_crisis_line)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert "Écoute Détresse Île" in _shown_titles(screen)
    qtbot.mouseClick(group_screen.nav_buttons["members"], Qt.MouseButton.LeftButton)
    assert group_screen.current_area() == "members"
    with qtbot.waitActive(group_screen):  # offscreen Qt does not reactivate after a modal
        group_screen.activateWindow()
    qtbot.keyClick(
        QApplication.focusWidget() or group_screen.nav_buttons["members"],
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.waitUntil(lambda: bool(_help_dialogs()))
    dialog = _help_dialogs()[0]
    phones = [label.text() for label in dialog.findChildren(QLabel, "phone")]
    assert "0 800 123 456" in phones
    phone = dialog.findChild(QLabel, "phone")
    assert phone is not None and phone.font().pointSizeF() > 2 * dialog.font().pointSizeF()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not _help_dialogs()


def test_help_now_button_and_context_signal_open_it(qtbot, resources_shown) -> None:
    resources_shown.help_button.click()
    qtbot.waitUntil(lambda: bool(_help_dialogs()))
    phones = [label.text() for label in _help_dialogs()[0].findChildren(QLabel, "phone")]
    assert phones[:3] == ["112", "15", "3114"] or set(phones) >= {"112", "15", "3114"}
    _help_dialogs()[0].close()
    resources_shown.ctx.help_now_requested.emit()
    qtbot.waitUntil(lambda: bool(_help_dialogs()))
    _help_dialogs()[0].close()


def test_help_now_without_pins_says_how_to_pin(qtbot, ui_ctx, fresh_group) -> None:
    for resource in fresh_group.resources.pinned():
        fresh_group.resources.delete_resource(resource.id)
    dialog = HelpNowDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    assert not dialog.findChildren(QLabel, "phone")
    assert "Show in Help now" in dialog.intro.text()


def test_search_as_you_type_highlights_and_finds_without_accents(qtbot, screen) -> None:
    everything = screen.proxy.rowCount()
    type_text(screen.search_box, "ecou")
    titles = _shown_titles(screen)
    assert "SOS Amitié" in titles and len(titles) < everything
    row = titles.index("SOS Amitié")
    source = screen.proxy.mapToSource(screen.proxy.index(row, 0)).row()
    painted, _looks, _mark = screen.model.cell_look(source, ResourceTableModel.TITLE)
    assert f"{MATCH_START}Écou" in painted and MATCH_END in painted  # shown bold and underlined
    screen.search_box.clear()
    assert screen.proxy.rowCount() == everything


def test_oe_typed_for_oe_ligature_and_a_phones_digits_find_as_typed(
    qtbot, screen, demo_group
) -> None:
    """review21b: AZERTY has no œ key, and "coeur", "oeuvre" found nothing; nor did "0972"
    find the line whose number is written "09 72 39 40 50". In memory and by FTS5 alike."""
    from app.model import Category, Resource

    demo_group.resources.add_resource(Resource("Œuvre du cœur", Category.OTHER))
    screen.reload()
    for ready in (False, True):  # FTS5 may answer until the search in memory is built
        if ready:
            qtbot.waitUntil(screen.search_ready, timeout=10_000)
        for typed, title in (("oeuvre", "Œuvre du cœur"), ("coeur", "Œuvre du cœur")):
            screen.search_box.clear()
            type_text(screen.search_box, typed)
            assert _shown_titles(screen) == [title]
        screen.search_box.clear()
        type_text(screen.search_box, "0972")
        assert "SOS Amitié" in _shown_titles(screen)
    screen.search_box.clear()
    type_text(screen.search_box, "oeuv")
    row = screen.proxy.mapToSource(screen.proxy.index(0, 0)).row()
    painted, _looks, _mark = screen.model.cell_look(row, ResourceTableModel.TITLE)
    assert f"{MATCH_START}Œuvre{MATCH_END}" in painted


def test_odd_search_text_shows_no_error(qtbot, screen) -> None:
    for text in ('"', "*(", "NEAR(", "x" * 10_000):
        screen.search_box.setText(text)
    assert screen.isVisible() and QApplication.activeModalWidget() is None


def test_category_filter_keeps_one_category(qtbot, screen) -> None:
    screen.category_filter.setCurrentIndex(screen.category_filter.findData("crisis_line"))
    shown = [screen.proxy.index(r, 0).data(OBJECT_ROLE) for r in range(screen.proxy.rowCount())]
    assert shown and {r.category for r in shown} == {"crisis_line"}
    assert screen.count_label.text().startswith(f"{len(shown)} resource")


def test_stale_resources_are_flagged_in_words(qtbot, screen) -> None:
    column = ResourceTableModel.VERIFIED
    assert "Never checked" in screen.proxy.index(0, column).data()
    screen.table.selectRow(0)
    assert screen.stale_note.isVisible() and "Never checked" in screen.stale_note.text()
    qtbot.mouseClick(screen.verified_button, Qt.MouseButton.LeftButton)
    assert "⚠" not in screen.proxy.index(0, column).data()
    assert not screen.stale_note.isVisible()


def test_verified_and_stale_as_of_the_context_s_today(qtbot, screen) -> None:
    screen.ctx.today = lambda: date(2031, 1, 2)
    screen.table.selectRow(0)
    chosen = screen.selected_resource()
    qtbot.mouseClick(screen.verified_button, Qt.MouseButton.LeftButton)
    stored = {r.id: r for r in screen.group.resources.listed()}[chosen.id]
    assert stored.last_verified_on == "2031-01-02"
    days = screen.ctx.prefs.stale_after_days
    screen.ctx.today = lambda: date(2031, 1, 2) + timedelta(days=days + 1)
    screen.reload()
    shown = {
        screen.proxy.index(r, 0).data(OBJECT_ROLE).id: r for r in range(screen.proxy.rowCount())
    }
    verified = screen.proxy.index(shown[chosen.id], ResourceTableModel.VERIFIED).data()
    assert "⚠" in verified  # stale again, a day past the period


def test_editor_refuses_an_empty_title_and_previews_markdown(qtbot, ui_ctx, fresh_group) -> None:
    editor = ResourceEditor(ui_ctx, fresh_group, None)
    qtbot.addWidget(editor)
    editor.show()
    type_text(editor.body_edit, "Un **texte** à lire")
    assert "**" not in editor.preview.toPlainText() and "texte" in editor.preview.toPlainText()
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.saved is None and editor.error_label.isVisible()
    type_text(editor.title_edit, "Café des aidants")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.saved is not None
    assert [h.resource.title for h in fresh_group.resources.search("cafe")] == ["Café des aidants"]


def test_deleting_asks_first_and_leaves_a_tombstone(qtbot, ui_ctx, fresh_group, fresh_db) -> None:
    stored = fresh_group.resources.add_resource(Resource("Permanence juridique"))
    editor = ResourceEditor(ui_ctx, fresh_group, stored)
    qtbot.addWidget(editor)
    when_modal(qtbot, lambda box: press(box, QMessageBox.StandardButton.Cancel))
    editor.delete_button.click()
    assert fresh_group.resources.get(stored.id) is not None
    when_modal(qtbot, lambda box: press(box, QMessageBox.StandardButton.Yes))
    editor.delete_button.click()
    assert fresh_group.resources.get(stored.id) is None and editor.deleted
    assert fresh_db.scalar("SELECT count(*) FROM tombstones WHERE row_id = ?", (stored.id,))


def test_agreements_open_full_window_from_the_context_signal(qtbot, resources_shown) -> None:
    resources_shown.ctx.agreements_requested.emit()
    readers = [w for w in top_level_widgets() if isinstance(w, AgreementsReader) and w.isVisible()]
    assert readers and "Confidentialité" in readers[0].text.toPlainText()
    before = readers[0].text.document().defaultFont().pointSizeF()
    readers[0].larger_button.click()
    assert readers[0].text.document().defaultFont().pointSizeF() > before
    readers[0].close()


def test_agreements_button_on_the_screen_opens_the_reader(qtbot, resources_shown) -> None:
    resources_shown.screens["resources"].agreements_button.click()
    readers = [w for w in top_level_widgets() if isinstance(w, AgreementsReader) and w.isVisible()]
    assert readers
    readers[0].close()


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    model = ResourceTableModel()
    model.set_rows(
        rows_for(
            [
                Resource("A", Category.CRISIS_LINE, phone="15", pinned=True),
                Resource("B", Category.READING, last_verified_on="2026-01-02"),
            ],
            date(2026, 2, 1),
            365,
        )
    )
    qtmodeltester.check(model)
    proxy = ResourceFilter()
    proxy.setSourceModel(model)
    proxy.set_category(Category.READING)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_switching_to_french_retranslates_the_rows(qtbot, screen) -> None:
    screen.ctx.translations.apply("fr")
    qtbot.waitUntil(lambda: screen.new_button.text() != "&New resource")
    assert (
        screen.proxy.index(0, ResourceTableModel.CATEGORY).data()
        == "Urgence, crise ou ligne d'écoute"
    )
    assert "Jamais vérifiée" in screen.proxy.index(0, ResourceTableModel.VERIFIED).data()
    assert screen.new_button.text() == "&Nouvelle ressource"


def test_keyboard_search_then_enter_reaches_the_first_result(qtbot, screen) -> None:
    screen.table.clearSelection()
    qtbot.keyClicks(screen.search_box, "xsamu")
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Home)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Delete)  # edits the search, deletes nothing
    assert screen.search_box.text() == "samu" and QApplication.activeModalWidget() is None
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.table.hasFocus()
    assert screen.selected_resource().title == "SAMU — 15"
    assert "SAMU" in screen.detail.toPlainText()


def test_handout_button_offers_the_selected_rows(qtbot, screen) -> None:
    from ui.resources.handout_dialog import HandoutDialog

    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    seen: list[str] = []

    def check(dialog) -> None:
        assert isinstance(dialog, HandoutDialog)
        seen.append(dialog.chosen_radio.text())
        seen.append(dialog.preview.toPlainText())
        dialog.reject()

    when_modal(qtbot, check)
    screen.handout_button.click()
    assert seen[0] == "The 2 chosen resources"
    assert "3114" in seen[1] and "SAMU" in seen[1] and "SOS Amitié" not in seen[1]


def test_a_correction_shows_the_earlier_results_and_a_change_is_searched_again(
    qtbot, screen
) -> None:
    from ui.context import Area

    type_text(screen.search_box, "ecou")
    found = _shown_titles(screen)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Backspace)
    type_text(screen.search_box, "u")
    assert _shown_titles(screen) == found
    screen.group.resources.add_resource(
        Resource("Écoute de nuit", Category.CRISIS_LINE, phone="01 02 03 04 05")
    )
    screen.ctx.data_changed.emit(Area.RESOURCES)  # as the editor does after a save
    assert "Écoute de nuit" in _shown_titles(screen)
    with_it = _shown_titles(screen)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Backspace)
    type_text(screen.search_box, "u")
    assert _shown_titles(screen) == with_it != found


def test_the_reading_pane_follows_the_selection_through_searches(qtbot, screen) -> None:
    type_text(screen.search_box, "ecou")
    assert "Choose a resource" in screen.detail.toPlainText()
    screen.table.selectRow(_shown_titles(screen).index("SOS Amitié"))
    assert "SOS Amitié" in screen.detail.toPlainText()
    type_text(screen.search_box, "t")  # still listed: still shown
    assert "SOS Amitié" in screen.detail.toPlainText()
    screen.search_box.setText("zzz")
    assert "Choose a resource" in screen.detail.toPlainText()
    screen.search_box.setText("ecou")
    screen.table.selectRow(_shown_titles(screen).index("SOS Amitié"))
    assert "SOS Amitié" in screen.detail.toPlainText()


def test_the_search_index_is_built_while_idle_and_again_after_an_edit(qtbot, screen) -> None:
    from ui.context import Area

    qtbot.waitUntil(screen.search_ready)
    assert screen.group.resources.searches_in_memory()
    screen.group.resources.add_resource(Resource("Écoute de jour", Category.CRISIS_LINE))
    screen.ctx.data_changed.emit(Area.RESOURCES)  # as the editor does after a save
    assert not screen.group.resources.searches_in_memory()
    type_text(screen.search_box, "ecou")
    by_fts5 = _shown_titles(screen)
    assert by_fts5[0] == "Écoute de jour"  # a crisis line with the word in its title
    qtbot.waitUntil(screen.search_ready)
    assert screen.group.resources.searches_in_memory()
    screen.reload()  # the same text searched again, now in memory
    assert _shown_titles(screen) == by_fts5


def test_the_search_index_waits_while_a_dialog_is_open_then_completes(
    qtbot, short_modal_retry, screen, monkeypatch
) -> None:
    """A dialog's worker may be on the group's connection (the export wizard's write-ahead):
    the idle indexing reads it on the main thread, so it waits for the dialog to close."""
    from PySide6.QtWidgets import QDialog

    from ui.context import Area

    resources = screen.group.resources
    qtbot.waitUntil(screen.search_ready)
    steps: list[bool] = []
    prepare = resources.prepare_search

    def counted() -> bool:
        steps.append(prepare())
        return steps[-1]

    monkeypatch.setattr(resources, "prepare_search", counted)
    dialog = QDialog(screen)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    resources.add_resource(Resource("Écoute de jour", Category.CRISIS_LINE))
    screen.ctx.data_changed.emit(Area.RESOURCES)  # as the editor does after a save
    for _ in range(3):  # the step looked, and looked again later
        with qtbot.waitSignal(screen._indexing.timeout):
            pass
    assert steps == [] and not screen.search_ready()
    dialog.close()
    qtbot.waitUntil(screen.search_ready)
    assert steps and steps[-1] and resources.searches_in_memory()


def test_an_edited_resource_is_shown_anew_in_the_same_search(qtbot, screen) -> None:
    import dataclasses

    from ui.context import Area

    type_text(screen.search_box, "ecou")
    row = _shown_titles(screen).index("SOS Amitié")
    source = screen.proxy.mapToSource(screen.proxy.index(row, 0)).row()
    before = screen.model.row_looks(source)
    resource = screen.model.index(source, 0).data(OBJECT_ROLE)
    screen.group.resources.save_resource(dataclasses.replace(resource, phone="01 99 99 99 99"))
    screen.ctx.data_changed.emit(Area.RESOURCES)
    row = _shown_titles(screen).index("SOS Amitié")
    source = screen.proxy.mapToSource(screen.proxy.index(row, 0)).row()
    after = screen.model.row_looks(source)
    phone = ResourceTableModel.PHONE
    assert after[phone][0] == "01 99 99 99 99" != before[phone][0]


def test_a_keystroke_keeps_the_chosen_resource_and_resets_nothing(qtbot, screen) -> None:
    """The rows change as a removal and an insertion (the column headers are not reset and
    redrawn on every keystroke): the chosen resource stays chosen and current where it is still
    listed, its reading pane untouched; one no longer listed leaves nothing chosen."""
    type_text(screen.search_box, "ecou")
    screen.table.selectRow(_shown_titles(screen).index("SOS Amitié"))
    shown = []
    screen.detail.textChanged.connect(lambda: shown.append(screen.detail.toPlainText()))
    with qtbot.assertNotEmitted(screen.model.modelReset):
        type_text(screen.search_box, "te")
    assert shown == []  # never emptied, never written again
    assert screen.selected_resource().title == "SOS Amitié"
    current = screen.table.currentIndex()
    assert current.data(OBJECT_ROLE).title == "SOS Amitié"
    assert [i.row() for i in screen.table.selectionModel().selectedRows()] == [current.row()]
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Backspace)
    type_text(screen.search_box, "zzz")
    assert screen.proxy.rowCount() == 0
    assert screen.selected_resource() is None
    assert not screen.table.currentIndex().isValid()
    assert "Choose a resource" in screen.detail.toPlainText()


def test_left_open_past_midnight_the_list_says_what_became_stale(qtbot, screen) -> None:
    screen.ctx.today = lambda: date(2031, 1, 2)
    screen.table.selectRow(0)
    chosen = screen.selected_resource()
    qtbot.mouseClick(screen.verified_button, Qt.MouseButton.LeftButton)
    row = next(
        r
        for r in range(screen.proxy.rowCount())
        if screen.proxy.index(r, 0).data(OBJECT_ROLE).id == chosen.id
    )
    assert "⚠" not in screen.proxy.index(row, ResourceTableModel.VERIFIED).data()
    days = screen.ctx.prefs.stale_after_days
    screen.ctx.today = lambda: date(2031, 1, 2) + timedelta(days=days + 1)
    screen.hide()  # the host goes to another area, and comes back the next day
    screen.show()
    shown = {
        screen.proxy.index(r, 0).data(OBJECT_ROLE).id: r for r in range(screen.proxy.rowCount())
    }
    assert "⚠" in screen.proxy.index(shown[chosen.id], ResourceTableModel.VERIFIED).data()


def _delete_by_keys(qtbot, screen, key_on: object, key: Qt.Key) -> None:
    asked = answer_by_keys(Qt.Key.Key_Y)  # Yes, by its underlined letter
    qtbot.keyClick(key_on, key)
    qtbot.waitUntil(lambda: bool(asked))
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)


@pytest.mark.parametrize("from_button", [True, False], ids=["Delete button", "Delete key"])
def test_a_deletion_leaves_the_focus_on_the_next_resource(qtbot, screen, from_button) -> None:
    table = screen.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    titles = _shown_titles(screen)
    gone = screen.selected_resource()
    row = titles.index(gone.title)
    if from_button:  # Tab to it, then Space: the focus was on the button
        screen.delete_button.setFocus(Qt.FocusReason.TabFocusReason)
        _delete_by_keys(qtbot, screen, screen.delete_button, Qt.Key.Key_Space)
    else:
        _delete_by_keys(qtbot, screen, table, Qt.Key.Key_Delete)
    assert screen.group.resources.get(gone.id) is None
    assert table.currentIndex().row() == row
    assert screen.selected_resource().title == titles[row + 1]
    assert table.hasFocus()

    last = screen.proxy.rowCount() - 1
    table.selectRow(last)
    before_last = _shown_titles(screen)[last - 1]
    _delete_by_keys(qtbot, screen, table, Qt.Key.Key_Delete)
    assert table.hasFocus()
    assert screen.selected_resource().title == before_last
