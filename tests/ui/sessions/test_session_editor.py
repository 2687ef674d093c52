"""Editing an agenda by keyboard, saving it as a format and starting a session from it."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from app.model import AgendaItem, ItemKind, Session
from tests.helpers import answer_box, answer_text, type_text
from ui.common.capped_line import LineCap
from ui.sessions.agenda_model import AgendaModel
from ui.sessions.session_editor import SessionEditor
from ui.sessions.templates_dialog import TemplatesDialog


def _items(session_id: str) -> list[AgendaItem]:
    return [
        AgendaItem(session_id, i, t, k, m)
        for i, (t, k, m) in enumerate(
            [
                ("Accueil", ItemKind.WELCOME, 10),
                ("Charte", ItemKind.AGREEMENTS, 5),
                ("Cercle", ItemKind.CIRCLE, 40),
            ]
        )
    ]


def test_agenda_model_passes_the_model_tester(qtmodeltester) -> None:
    model = AgendaModel()
    model.set_rows(_items("s"))
    qtmodeltester.check(model)
    model.move_item(0, 2)
    assert [i.title for i in model.items()] == ["Charte", "Cercle", "Accueil"]
    assert [i.position for i in model.items()] == [0, 1, 2]


def test_drop_moves_a_row(qtbot) -> None:
    model = AgendaModel()
    model.set_rows(_items("s"))
    mime = model.mimeData([model.index(2, 1)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1)) is False
    assert [i.title for i in model.items()] == ["Cercle", "Accueil", "Charte"]


def test_edit_agenda_by_keyboard_and_save(qtbot, demo_group) -> None:
    session = Session("2027-01-12T19:00", 60)
    editor = SessionEditor(demo_group, session, _items(session.id))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    table = editor.agenda.table
    table.setFocus()
    table.setCurrentIndex(editor.model.index(0, AgendaModel.TITLE))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i.title for i in editor.model.items()] == ["Charte", "Cercle", "Accueil"]
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.title for i in editor.model.items()] == ["Charte", "Accueil", "Cercle"]
    assert (
        "55 of 60" in editor.agenda.total_label.text()
        and not editor.agenda.total_label.property("warning")
    )

    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)  # opens the title editor
    cell = table.viewport().findChild(QLineEdit)
    assert cell is not None
    type_text(cell, "Pause café")
    qtbot.keyClick(cell, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: editor.model.items()[2].title == "Pause café")
    assert "over" in editor.agenda.total_label.text() and editor.agenda.total_label.property(
        "warning"
    )
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    type_text(editor.theme_edit, "Les fêtes")
    assert "Never write what members shared" in editor.summary_reminder.text()
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not editor.isVisible()
    stored = demo_group.sessions.get(session.id)
    assert stored.theme == "Les fêtes"
    assert [i.title for i in demo_group.sessions.agenda(session.id)] == [
        "Charte",
        "Pause café",
        "Accueil",
        "Cercle",
    ]


def test_save_a_format_rename_it_and_start_a_session_from_it(
    qtbot, sessions_screen, demo_group
) -> None:
    session = Session("2027-01-12T19:00", 55)
    editor = SessionEditor(demo_group, session, _items(session.id))
    qtbot.addWidget(editor)
    answer_text("Format court")
    qtbot.mouseClick(editor.agenda.template_button, Qt.MouseButton.LeftButton)
    assert "Format court" in [t.name for t in demo_group.sessions.templates()]

    qtbot.mouseClick(sessions_screen.formats_button, Qt.MouseButton.LeftButton)
    dialog = sessions_screen.formats_dialog
    assert isinstance(dialog, TemplatesDialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    dialog.list.setCurrentRow(names.index("Format court"))
    assert "Charte" in dialog.items_label.text()
    answer_text("Format du jeudi")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem().text() == "Format du jeudi"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    editor = sessions_screen.editor
    assert editor is not None and editor.isVisible()
    assert editor.duration_spin.value() == 55
    assert [i.title for i in editor.model.items()] == ["Accueil", "Charte", "Cercle"]
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert [i.title for i in demo_group.sessions.agenda(editor.session.id)] == [
        "Accueil",
        "Charte",
        "Cercle",
    ]
    assert sessions_screen.selected().id == editor.session.id


def test_delete_a_format_after_confirmation(qtbot, demo_group) -> None:
    dialog = TemplatesDialog(demo_group)
    qtbot.addWidget(dialog)
    count = dialog.list.count()
    answer_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == count - 1 == len(demo_group.sessions.templates())


def test_on_a_netbook_the_fields_scroll_only_in_very_large_text_and_the_agenda_stays(
    qtbot, ui_ctx, demo_group, look
) -> None:
    """A 1024x600 netbook, French: at normal text the fields show whole; in very large text
    they scroll, and the agenda keeps three items, its tools and Save in view either way."""
    from PySide6.QtCore import QPoint, QRect, QSize

    from tests.helpers.layout_walks import open_in
    from ui.common.side_scroll import SideScroll

    ui_ctx.translations.apply("fr")
    session = demo_group.sessions.sessions()[0]
    for text_size, scrolls in (("normal", False), ("very_large", True)):
        look(text_size, "light")
        editor = SessionEditor(demo_group, session, demo_group.sessions.agenda(session.id))
        qtbot.addWidget(editor)
        open_in(editor, QSize(1024, 600 - 64))
        fields = editor.findChild(SideScroll)
        assert fields is not None
        assert (fields.verticalScrollBar().maximum() > 0) is scrolls, text_size
        table = editor.agenda.table
        rows = table.horizontalHeader().height() + 3 * table.rowHeight(0)
        assert table.viewport().height() + table.horizontalHeader().height() >= rows
        for button in (editor.agenda.add_button, editor.agenda.template_button, editor.buttons):
            place = QRect(button.mapTo(editor, QPoint(0, 0)), button.size())
            assert editor.rect().contains(place), (text_size, button)
        editor.close()


def test_a_long_title_pasted_in_its_cell_stops_at_the_cap(qtbot, demo_group) -> None:
    """Qt's own cell editor took any length, and the save cut it at 300 without a word."""
    session = Session("2027-01-12T19:00", 60)
    editor = SessionEditor(demo_group, session, _items(session.id))
    qtbot.addWidget(editor)
    editor.show()
    table = editor.agenda.table
    table.setFocus()
    for column, cap in ((AgendaModel.TITLE, 300), (AgendaModel.NOTES, 20_000)):
        table.setCurrentIndex(editor.model.index(0, column))
        table.edit(table.currentIndex())
        cell = table.viewport().findChild(QLineEdit)
        assert cell is not None and LineCap.of(cell).cap == cap
        cell.selectAll()
        QApplication.clipboard().setText("Accueil des personnes nouvelles. " * 1_000)
        qtbot.keyClick(cell, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert len(cell.text()) == cap
        qtbot.keyClick(cell, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.viewport().findChild(QLineEdit) is None)
    item = editor.model.items()[0]
    assert (len(item.title), len(item.notes)) == (300, 20_000)


def test_a_format_named_from_a_paste_is_one_the_gate_takes(qtbot, demo_group) -> None:
    """Its name field took any length and any character: the next handover refused the group."""
    from storage.domain import field_problem

    session = Session("2027-01-12T19:00", 55)
    editor = SessionEditor(demo_group, session, _items(session.id))
    qtbot.addWidget(editor)

    def paste(dialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert LineCap.of(field).cap == 200
        field.selectAll()
        QApplication.clipboard().setText("Format\x07 du mardi " * 40)
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        dialog.accept()

    from tests.helpers import when_shown

    when_shown(QInputDialog, paste)
    qtbot.mouseClick(editor.agenda.template_button, Qt.MouseButton.LeftButton)
    (made,) = [t for t in demo_group.sessions.templates() if t.name.startswith("Format du")]
    assert field_problem("templates", "name", made.name) is None
    assert len(made.name) <= 200


@pytest.fixture
def in_paris(monkeypatch):
    """Local time in France, where 02:00-03:00 on 28/03/2027 does not exist (spring forward)."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_meeting_at_a_time_the_clock_skips_keeps_it_unless_the_host_changes_it(
    qtbot, demo_group, in_paris
) -> None:
    """02:30 on the spring-forward night (from a handover made elsewhere) shows as 03:30: Save
    with the field untouched moved the meeting to 03:30."""
    sessions = demo_group.sessions
    session = sessions.save_session(Session("2027-03-28T02:30", 60, theme="Printemps"), [])
    for new_start, stored in ((None, "2027-03-28T02:30"), ("2027-03-29T19:00", "2027-03-29T19:00")):
        editor = SessionEditor(demo_group, sessions.get(session.id), [])
        qtbot.addWidget(editor)
        editor.show()
        if new_start is not None:
            editor.starts_edit.setDateTime(QDateTime.fromString(new_start, Qt.DateFormat.ISODate))
        qtbot.mouseClick(
            editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert sessions.get(session.id).starts_at == stored
