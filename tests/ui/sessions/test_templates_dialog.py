"""The Meeting formats dialog: what deleting a format says before it deletes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.helpers import press, when_shown
from ui.sessions.templates_dialog import TemplatesDialog


def _delete_question(qtbot, dialog: TemplatesDialog) -> tuple[str, str]:
    """Click Delete…, note the question and its detail, answer Yes."""
    asked: list[tuple[str, str]] = []

    def answer(box) -> None:
        asked.append((box.text(), box.informativeText()))
        press(box, QMessageBox.StandardButton.Yes)

    when_shown(QMessageBox, answer)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked, "no question was asked"
    return asked[0]


def test_deleting_a_format_with_its_own_texts_says_they_go_and_what_its_meetings_read(
    qtbot, ui_ctx, demo_group
) -> None:
    sessions, scripts = demo_group.sessions, demo_group.scripts
    first, second = sessions.templates()[:2]
    scripts.save_text("welcome", "Notre accueil à nous.", second.id)
    scripts.save_texts({"welcome": "Notre accueil à nous.", "closing": "À la prochaine."}, first.id)
    planned = sessions.save_session(*sessions.session_from_template(first.id, "2027-03-02T19:00"))
    dialog = TemplatesDialog(demo_group)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.reload(first.id)
    question, detail = _delete_question(qtbot, dialog)
    assert first.name in question
    assert "2 texts of its own to read aloud will be deleted" in detail
    assert "read the group's texts" in detail
    # What the detail says is what happens: the meeting kept reads Cercle's welcome now.
    assert sessions.get(planned.id).template_id == first.id
    assert scripts.own_text("welcome", first.id) is None

    ui_ctx.translations.apply("fr")
    dialog.reload(second.id)
    question, detail = _delete_question(qtbot, dialog)
    assert second.name in question
    assert "1 texte propre à lire à voix haute sera supprimé" in detail, detail


def test_deleting_a_format_with_no_text_of_its_own_asks_as_before(qtbot, demo_group) -> None:
    dialog = TemplatesDialog(demo_group)
    qtbot.addWidget(dialog)
    dialog.show()
    question, detail = _delete_question(qtbot, dialog)
    assert "Sessions already planned with it are kept." in question
    assert detail == ""
