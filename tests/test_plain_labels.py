"""A pseudonym, a group name or an agenda title that looks like HTML is shown as typed: a label
never reads it as markup (an <img src="file://server/share/…"> would be fetched from the share)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.model import Member

HTML_NAME = '<img src="file://server/share/x.png">Zoé'


def test_labels_show_user_text_as_plain_text(qtbot, demo_window) -> None:
    group = demo_window.ctx.group
    member = group.roster.add_member(Member(HTML_NAME))
    screen = demo_window.group_screen.screens["members"]
    screen.reload()
    screen._load(group.roster.member(member.id))
    assert HTML_NAME in screen.form.title.text()
    assert screen.form.title.textFormat() == Qt.TextFormat.PlainText
    auto = [
        label.objectName() or label.text()[:30]
        for label in demo_window.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.AutoText
    ]
    assert auto == []


def _box_format(qtbot, ask) -> Qt.TextFormat:
    from PySide6.QtWidgets import QMessageBox

    from tests.helpers.resources_window import when_modal

    seen: list[Qt.TextFormat] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox) and HTML_NAME in box.text()
        seen.append(box.textFormat())
        box.reject()

    when_modal(qtbot, read)
    ask()
    return seen[0]


def test_confirmations_naming_user_text_show_it_plain(qtbot, ui_ctx, demo_group) -> None:
    from app.model import Resource
    from ui.resources.actions import confirm_delete
    from ui.roster import roster_actions
    from ui.roster.members_screen import MembersScreen
    from ui.sessions.templates_dialog import TemplatesDialog

    ui_ctx.group = demo_group
    member = demo_group.roster.add_member(Member(HTML_NAME))
    screen = MembersScreen(ui_ctx, demo_group)
    qtbot.addWidget(screen)
    plain = Qt.TextFormat.PlainText
    assert (
        _box_format(qtbot, lambda: roster_actions._confirm_erasure(screen, HTML_NAME, member.id))
        == plain
    )
    assert _box_format(qtbot, lambda: confirm_delete(screen, Resource(HTML_NAME))) == plain
    template = demo_group.sessions.templates()[0]
    demo_group.sessions.rename_template(template.id, HTML_NAME)
    dialog = TemplatesDialog(demo_group)
    qtbot.addWidget(dialog)
    dialog.reload(template.id)
    assert _box_format(qtbot, dialog.ask_delete) == plain
