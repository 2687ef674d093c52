"""A message said after an action (a wrong passphrase, a refused save, "Saved.") follows a live
language switch while it shows: it was set once, outside the screens' translated texts, and
stayed in the language left (review21c)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.group import OpenGroup
from app.member_checks import Problem
from tests.helpers import switch_language, type_text
from ui.common.notices import say
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.resources.editor import ResourceEditor
from ui.roster.members_screen import MembersScreen

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_wrong_passphrase_sentence_follows_aswitch_language(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    qtbot.keyClick(QApplication.focusWidget() or demo_window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: demo_window.is_locked)
    start = demo_window.start_screen
    type_text(start.passphrase_edit, "not the passphrase")
    qtbot.keyClick(start.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not start.busy_opening(), timeout=10_000)
    errors = start.opening.errors
    assert errors is not None and errors.isVisible()
    english = errors.text()
    assert "passphrase" in english

    switch_language(demo_window.ctx, "fr")
    assert "phrase secrète" in errors.text()
    switch_language(demo_window.ctx, "en")
    assert errors.text() == english


def test_the_member_forms_problems_and_saved_follow_aswitch_language(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    group_screen = demo_window.group_screen
    assert group_screen is not None
    qtbot.keyClick(group_screen, Qt.Key.Key_2, CTRL)
    members = group_screen.screens["members"]
    assert isinstance(members, MembersScreen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    form = members.form
    type_text(form.pseudonym_edit, "Zoé")
    type_text(form.email_edit, "not-an-email")
    qtbot.keyClick(form.email_edit, Qt.Key.Key_Return, CTRL)
    english = form.message_label.text()
    assert english == form.problem_text(Problem.BAD_EMAIL)

    switch_language(demo_window.ctx, "fr")
    assert form.message_label.text() == form.problem_text(Problem.BAD_EMAIL) != english

    form.email_edit.clear()
    qtbot.keyClick(form.email_edit, Qt.Key.Key_Return, CTRL)
    saved = members.feedback_label.text()
    assert saved == members.tr("Saved. Ctrl+Z undoes it.")
    switch_language(demo_window.ctx, "en")
    assert members.feedback_label.text() == "Saved. Ctrl+Z undoes it." != saved


def test_the_resource_editors_refusal_follows_aswitch_language(
    qtbot: QtBot, ui_ctx: UiContext, demo_group: OpenGroup
) -> None:
    editor = ResourceEditor(ui_ctx, demo_group, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)
    assert editor.error_label.text() == "Please give the resource a title."

    switch_language(ui_ctx, "fr")
    assert editor.error_label.text() == editor.tr("Please give the resource a title.")
    assert editor.error_label.text() != "Please give the resource a title."


def test_a_message_is_said_again_only_while_it_shows(qtbot: QtBot, ui_ctx: UiContext) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    words = iter(["first", "again", "too late"])
    say(label, lambda: next(words))
    switch_language(ui_ctx, "fr")
    assert label.text() == "again"
    label.clear()  # another text, or none, since: the words are not said again
    switch_language(ui_ctx, "en")
    assert label.text() == ""
