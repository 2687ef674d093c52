"""A pseudonym, a group name or an agenda title that looks like HTML is shown as typed: a label
never reads it as markup (an <img src="file://server/share/…"> would be fetched from the share)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.model import Member

HTML_NAME = '<img src="file://server/share/x.png">Zoé'


def test_labels_show_user_text_as_plain_text(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    group = demo_window.ctx.group
    member = group.roster.add_member(Member(HTML_NAME))
    screen = demo_window.group_screen.screens["members"]
    screen.reload()
    screen._load(group.roster.member(member.id))
    assert HTML_NAME in screen.form.title.text()
    assert screen.form.title.textFormat() == Qt.TextFormat.PlainText
    auto = [label.objectName() or label.text()[:30] for label in demo_window.findChildren(QLabel)
            if label.textFormat() == Qt.TextFormat.AutoText]
    assert auto == []
