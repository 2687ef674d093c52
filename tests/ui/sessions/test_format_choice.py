"""A meeting's format in the session editor: shown, changed by keyboard, saved through app/ with
the gate's rule for sessions.template_id; "Save as format" makes the new format the meeting's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.errors import ValidationError
from app.group import OpenGroup
from app.model import AgendaItem, ItemKind, Session, Template, TemplateItem
from tests.helpers import answer_text, choose_by_keys, type_text
from tests.helpers.a11y import mnemonic_clashes
from ui.sessions.session_editor import SessionEditor
from ui.sessions.session_panel import SessionPanel


def _format(group: OpenGroup, name: str, minutes: int, titles: list[str]) -> Template:
    template = Template(name, minutes)
    items = [TemplateItem(template.id, i, t, ItemKind.OTHER, 10) for i, t in enumerate(titles)]
    return group.sessions.add_template(template, items)


def _open(qtbot, group: OpenGroup, session: Session) -> SessionEditor:
    editor = SessionEditor(group, session, group.sessions.agenda(session.id))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def _save(qtbot, editor: SessionEditor) -> None:
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not editor.isVisible(), editor.error_label.text()


def _pick(qtbot, editor: SessionEditor, name: str) -> None:
    choose_by_keys(qtbot, editor.format_combo, text=name)


def test_the_editor_shows_the_format_and_the_host_changes_it(qtbot, fresh_group) -> None:
    short = _format(fresh_group, "Short evening", 60, ["Welcome"])
    themed = _format(fresh_group, "Themed evening", 120, ["Theme"])
    session = fresh_group.sessions.save_session(
        Session("2027-01-12T19:00", 90, theme="Holidays", template_id=short.id),
        [AgendaItem("", 0, "Round", ItemKind.CIRCLE, 45)],
    )
    editor = _open(qtbot, fresh_group, session)
    combo = editor.format_combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered[0] == "No format" and {"Short evening", "Themed evening"} <= set(offered)
    assert combo.currentText() == "Short evening"
    assert combo.accessibleName() == "Format"

    _pick(qtbot, editor, "Themed evening")
    # The host's agenda stays as it is: a format replaces only an empty one.
    assert [i.title for i in editor.model.items()] == ["Round"]
    assert editor.duration_spin.value() == 90
    _save(qtbot, editor)
    stored = fresh_group.sessions.get(session.id)
    assert stored.template_id == themed.id and stored.theme == "Holidays"
    assert [i.title for i in fresh_group.sessions.agenda(session.id)] == ["Round"]
    panel = SessionPanel(fresh_group)
    qtbot.addWidget(panel)
    panel.show_session(stored)
    assert "Format: Themed evening" in panel.label.text()

    editor = _open(qtbot, fresh_group, stored)
    assert editor.format_combo.currentText() == "Themed evening"
    _pick(qtbot, editor, "No format")
    _save(qtbot, editor)
    assert fresh_group.sessions.get(session.id).template_id is None


def test_a_format_chosen_for_an_empty_agenda_lays_it_out(qtbot, fresh_group) -> None:
    _format(fresh_group, "Short evening", 60, ["Welcome", "Round", "Closing"])
    editor = _open(qtbot, fresh_group, Session("2027-01-12T19:00", 90))
    assert editor.format_combo.currentText() == "No format"
    _pick(qtbot, editor, "Short evening")  # the arrows pass through other formats first
    assert [i.title for i in editor.model.items()] == ["Welcome", "Round", "Closing"]
    assert editor.duration_spin.value() == 60
    assert "30 of 60" in editor.agenda.total_label.text()
    _pick(qtbot, editor, "No format")  # the agenda laid out and left untouched goes with it
    assert editor.model.rowCount() == 0
    _pick(qtbot, editor, "Short evening")
    editor.agenda.table.setCurrentIndex(editor.model.index(2, 0))
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)  # now the host's own
    cell = editor.agenda.table.viewport().findChild(QLineEdit)
    assert cell is not None
    type_text(cell, "Tea")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.model.items()[3].title == "Tea")
    _pick(qtbot, editor, "No format")
    assert [i.title for i in editor.model.items()] == ["Welcome", "Round", "Closing", "Tea"]
    _pick(qtbot, editor, "Short evening")
    _save(qtbot, editor)
    stored = fresh_group.sessions.get(editor.session.id)
    assert stored.duration_minutes == 60 and stored.template_id is not None
    assert len(fresh_group.sessions.agenda(stored.id)) == 4


def test_a_deleted_format_stays_until_the_host_picks_another(qtbot, fresh_group) -> None:
    gone = _format(fresh_group, "Old format", 60, ["Welcome"])
    session = fresh_group.sessions.save_session(
        Session("2027-01-12T19:00", 60, template_id=gone.id), []
    )
    fresh_group.sessions.delete_template(gone.id)
    editor = _open(qtbot, fresh_group, session)
    assert editor.format_combo.currentText() == "A deleted format"
    _save(qtbot, editor)  # saving the rest leaves the meeting as it was planned
    assert fresh_group.sessions.get(session.id).template_id == gone.id

    editor = _open(qtbot, fresh_group, session)
    _pick(qtbot, editor, "No format")
    _save(qtbot, editor)
    assert fresh_group.sessions.get(session.id).template_id is None
    editor = _open(qtbot, fresh_group, fresh_group.sessions.get(session.id))
    offered = [editor.format_combo.itemText(i) for i in range(editor.format_combo.count())]
    assert "A deleted format" not in offered  # once left, it cannot be chosen again


def test_save_as_format_makes_it_the_meetings_format(qtbot, fresh_group) -> None:
    session = fresh_group.sessions.save_session(
        Session("2027-01-12T19:00", 75, theme="Holidays"),
        [
            AgendaItem("", 0, "Welcome", ItemKind.WELCOME, 10),
            AgendaItem("", 1, "Round", ItemKind.CIRCLE, 50),
        ],
    )
    editor = _open(qtbot, fresh_group, session)
    answer_text("Holiday evening")
    qtbot.mouseClick(editor.agenda.template_button, Qt.MouseButton.LeftButton)
    created = next(t for t in fresh_group.sessions.templates() if t.name == "Holiday evening")
    assert [i.title for i in fresh_group.sessions.template_items(created.id)] == [
        "Welcome",
        "Round",
    ]
    assert editor.format_combo.currentText() == "Holiday evening"
    assert fresh_group.sessions.get(session.id).template_id is None  # not before the Save
    _save(qtbot, editor)
    assert fresh_group.sessions.get(session.id).template_id == created.id


def test_save_as_format_then_cancel_leaves_the_meeting_as_it_was(qtbot, fresh_group) -> None:
    session = fresh_group.sessions.save_session(
        Session("2027-01-12T19:00", 75), [AgendaItem("", 0, "Round", ItemKind.CIRCLE, 50)]
    )
    editor = _open(qtbot, fresh_group, session)
    answer_text("Kept format")
    qtbot.mouseClick(editor.agenda.template_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert "Kept format" in [t.name for t in fresh_group.sessions.templates()]
    assert fresh_group.sessions.get(session.id).template_id is None


@pytest.mark.parametrize("bad", ["not-an-id", "", "00000000-0000-4000-8000-000000000000"])
def test_the_service_refuses_a_format_that_is_not_one(fresh_group, bad) -> None:
    session = Session("2027-01-12T19:00", 60, template_id=bad)
    with pytest.raises(ValidationError) as refused:
        fresh_group.sessions.save_session(session, [])
    assert refused.value.field == "template_id"
    assert fresh_group.sessions.get(session.id) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_format_row_has_its_own_key_in_both_languages(qtbot, ui_ctx, fresh_group, lang) -> None:
    ui_ctx.translations.apply(lang)
    editor = _open(qtbot, fresh_group, Session("2027-01-12T19:00", 60))
    label = editor.format_label
    assert label.buddy() is editor.format_combo
    assert label.text() == {"en": "F&ormat:", "fr": "F&ormat\u00a0:"}[lang]
    assert editor.format_combo.currentText() == {"en": "No format", "fr": "Aucun format"}[lang]
    assert not mnemonic_clashes(editor)


def test_the_live_meeting_reads_the_texts_of_the_format_chosen_in_the_editor(
    qtbot, ui_ctx, fresh_group, fake_clock
) -> None:
    from ui.sessions.live_view import LiveView

    chosen = _format(fresh_group, "Themed evening", 60, ["Welcome"])
    fresh_group.scripts.save_text("welcome", "Welcome to the themed evening.", chosen.id)
    session = fresh_group.sessions.save_session(
        Session("2027-01-12T19:00", 60), [AgendaItem("", 0, "Welcome", ItemKind.WELCOME, 10)]
    )
    editor = _open(qtbot, fresh_group, session)
    _pick(qtbot, editor, "Themed evening")
    _save(qtbot, editor)
    live = LiveView(ui_ctx, fresh_group, editor.session, clock=fake_clock)
    qtbot.addWidget(live)
    live.show()
    assert live.script_card.text_label.text() == "Welcome to the themed evening."
