"""Texts given to `Retranslating.translated` follow a language switch, once each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.group_info import DEMO_PASSPHRASE
from i18n.loader import Translations
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.start.start_view import StartView


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    translations = Translations()
    yield translations
    translations.apply("en")


def test_a_language_switch_sets_each_text_again(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    view = StartView()
    qtbot.addWidget(view)
    assert view.unlock_button.text() == "&Unlock"
    assert view.group_list.accessibleName() == "Groups on this computer"
    english_hint = view.demo_hint.text()

    translations.apply("fr")
    qtbot.waitUntil(lambda: view.unlock_button.text() == "&Déverrouiller")
    assert view.group_list.accessibleName() == "Groupes sur cet ordinateur"
    # Made from a template: filled again in the new language, not left with its placeholder.
    assert view.demo_hint.text() != english_hint
    assert DEMO_PASSPHRASE in view.demo_hint.text()


def test_a_text_given_again_replaces_the_first(qtbot: QtBot, translations: Translations) -> None:
    translations.apply("en")
    view = StartView()
    qtbot.addWidget(view)
    given = len(view._translated_texts())
    view.translated(view.unlock_button.setText, lambda: view.tr("&Unlock"))
    view.translated(view.unlock_button.setText, lambda: view.tr("&Backups and restore…"))
    assert len(view._translated_texts()) == given
    translations.apply("fr")
    qtbot.waitUntil(lambda: view.unlock_button.text() == "&Sauvegardes et restauration…")


class _Panel(Retranslating, QWidget):
    """A bare screen for the helpers: its words come from `words`, changed by the tests."""

    def __init__(self) -> None:
        super().__init__()
        self.words = {"title": "Title", "note": "A note", "button": "&Go", "tip": "Goes"}
        self.clicks = 0
        self.title = translated_label(self, lambda: self.words["title"], "pageTitle")
        self.note = translated_label(self, lambda: self.words["note"], wraps=True)
        self.go_button = translated_button(
            self, lambda: self.words["button"], lambda: self.words["tip"], clicked=self.go
        )
        self.check = translated_button(
            self, lambda: self.words["button"], kind=QCheckBox, clicked=self.go
        )
        layout = QVBoxLayout(self)
        for widget in (self.title, self.note, self.go_button, self.check):
            layout.addWidget(widget)

    def go(self) -> None:
        self.clicks += 1


def test_a_label_is_made_with_its_text_and_style(qtbot: QtBot) -> None:
    panel = _Panel()
    qtbot.addWidget(panel)
    assert isinstance(panel.title, PlainLabel)
    assert (panel.title.text(), panel.title.objectName()) == ("Title", "pageTitle")
    assert not panel.title.wordWrap()
    assert (panel.note.text(), panel.note.objectName()) == ("A note", "")
    assert panel.note.wordWrap()
    panel.words.update(title="Titre", note="<b>Une note</b>")
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert (panel.title.text(), panel.note.text()) == ("Titre", "<b>Une note</b>")
    assert panel.note.textFormat() == Qt.TextFormat.PlainText  # a text, never markup


def test_a_button_calls_its_action_when_clicked(qtbot: QtBot) -> None:
    panel = _Panel()
    qtbot.addWidget(panel)
    panel.show()
    assert (panel.go_button.text(), panel.go_button.toolTip()) == ("&Go", "Goes")
    qtbot.mouseClick(panel.go_button, Qt.MouseButton.LeftButton)
    assert panel.clicks == 1
    box = panel.check  # its box, at the left: the widget is as wide as the panel
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert panel.clicks == 2 and panel.check.isChecked()
    panel.words.update(button="&Aller", tip="Y va")
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert (panel.go_button.text(), panel.go_button.toolTip()) == ("&Aller", "Y va")
    assert panel.check.text() == "&Aller"
