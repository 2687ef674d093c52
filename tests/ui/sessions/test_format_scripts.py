"""A host gives a format its own read-aloud texts from the formats dialog; a meeting planned from
that format reads them in the live view, a meeting of no format reads the group's or Cercle's."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.model import AgendaItem, Category, ItemKind, Session
from app.scripts import SCRIPT_KINDS
from tests.helpers import type_text
from ui.sessions.format_scripts import FormatScriptsDialog
from ui.sessions.live_view import LiveView
from ui.sessions.script_texts import default_text


def _click(button) -> None:
    QtBot.mouseClick(button, Qt.MouseButton.LeftButton)


def _live_at(qtbot, ui_ctx, group, session, fake_clock, kind: str) -> LiveView:
    view = LiveView(ui_ctx, group, session, clock=fake_clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    kinds = [i.kind for i in group.sessions.agenda(session.id)]
    for _ in range(kinds.index(kind)):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    return view


def test_a_formats_own_closing_is_read_in_its_meetings_only(
    qtbot, ui_ctx, sessions_screen, demo_group, fake_clock
) -> None:
    demo_group.scripts.save_text("welcome", "Bonsoir à tous, fin à {end_time}.")
    _click(sessions_screen.formats_button)
    formats = sessions_screen.formats_dialog
    formats.list.setCurrentRow(0)
    _click(formats.scripts_button)
    dialog = formats.scripts_dialog
    assert isinstance(dialog, FormatScriptsDialog) and dialog.isVisible()
    # The welcome shows the group's text it reads now; the closing, Cercle's.
    assert dialog.editor.toPlainText() == "Bonsoir à tous, fin à {end_time}."
    assert not dialog.inherit_button.isEnabled()
    dialog.kinds.setCurrentRow(SCRIPT_KINDS.index("closing"))
    assert dialog.editor.toPlainText() == default_text("closing")
    dialog.editor.selectAll()
    type_text(dialog.editor, "Merci. Prochaine fois : {next_date}.")
    assert dialog.inherit_button.isEnabled()
    assert dialog.kinds.currentItem().text() != dialog.kinds.item(0).text()
    _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    template_id = formats.chosen_id()
    assert demo_group.scripts.format_text("closing", template_id) == (
        "Merci. Prochaine fois : {next_date}."
    )
    assert demo_group.scripts.format_text("welcome", template_id) is None

    _click(formats.buttons.button(QDialogButtonBox.StandardButton.Ok))
    editor = sessions_screen.editor
    _click(editor.buttons.button(QDialogButtonBox.StandardButton.Save))
    planned = demo_group.sessions.get(editor.session.id)
    assert planned is not None and planned.template_id == template_id

    view = _live_at(qtbot, ui_ctx, demo_group, planned, fake_clock, "closing")
    assert view.script_card.text_label.text().startswith("Merci. Prochaine fois : ")
    assert "{next_date}" not in view.script_card.text_label.text()
    # Read aloud from across a table: as large as the notes, not the body text.
    assert (
        view.script_card.text_label.font().pointSizeF() == view.notes_card.label.font().pointSizeF()
    )
    view.close()

    items = demo_group.sessions.agenda(planned.id)
    other = Session("2027-06-01T19:00", 90)  # no format: the same steps read Cercle's texts
    demo_group.sessions.save_session(
        other, [AgendaItem(other.id, i.position, i.title, i.kind, i.planned_minutes) for i in items]
    )
    view = _live_at(qtbot, ui_ctx, demo_group, other, fake_clock, "closing")
    assert view.script_card.text_label.text().startswith(default_text("closing")[:20])
    view.close()


def test_use_the_groups_text_again_and_cancel_writes_nothing(qtbot, demo_group) -> None:
    template = demo_group.sessions.templates()[0]
    demo_group.scripts.save_texts({"break": "Pause café, dix minutes."}, template.id)
    dialog = FormatScriptsDialog(demo_group, template.id, template.name)
    qtbot.addWidget(dialog)
    dialog.kinds.setCurrentRow(SCRIPT_KINDS.index("break"))
    assert dialog.editor.toPlainText() == "Pause café, dix minutes."
    _click(dialog.inherit_button)
    assert dialog.editor.toPlainText() == default_text("break")
    dialog.reject()
    assert demo_group.scripts.format_text("break", template.id) == "Pause café, dix minutes."

    dialog = FormatScriptsDialog(demo_group, template.id, template.name)
    qtbot.addWidget(dialog)
    dialog.kinds.setCurrentRow(SCRIPT_KINDS.index("break"))
    _click(dialog.inherit_button)
    _click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert demo_group.scripts.format_text("break", template.id) is None


def test_the_agreement_is_read_without_its_markdown_signs(
    qtbot, ui_ctx, demo_group, fake_clock
) -> None:
    agreement = next(
        r for r in demo_group.resources.resources() if r.category == Category.AGREEMENT
    )
    body = (
        "So that everyone feels safe:\n\n- **Confidentiality.** What is said here stays here.\n"
        "- *No advice* unless asked; see [the helplines](https://example.org).\n"
    )
    demo_group.resources.save_resource(replace(agreement, body=body))
    meeting = Session("2027-06-01T19:00", 90)
    demo_group.sessions.save_session(
        meeting,
        [
            AgendaItem(meeting.id, 0, "Welcome", ItemKind.WELCOME, 5),
            AgendaItem(meeting.id, 1, "Our agreement", ItemKind.AGREEMENTS, 5),
        ],
    )
    view = _live_at(qtbot, ui_ctx, demo_group, meeting, fake_clock, "agreements")
    text = view.script_card.text_label.text()
    assert (
        "So that everyone feels safe:\n\n• Confidentiality. What is said here stays here.\n" in text
    )
    assert text.endswith("• No advice unless asked; see the helplines.")
    assert not any(sign in text for sign in ("*", "[", "](", "https://"))
    view.close()
