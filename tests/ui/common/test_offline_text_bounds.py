"""Markdown that would hang Qt's import or layout (the issue's bombs) is shown as plain text, in
the resource detail pane as anywhere; a normal body keeps its formatting, links stay links and
images become links."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from app.model import Category, Resource
from ui.common.offline_text import OfflineTextBrowser, as_plain, within_bounds, without_images

NORMAL = (
    "## Ligne d'écoute\n\nAppelez le **01 23 45 67 89**, _24h/24_. [Site](https://example.org)\n\n"
    "- point un\n- point deux\n\n| jour | heures |\n|---|---|\n| lundi | 9-17 |\n"
)
BOMBS = {
    "stars": "*" * 120_000,
    "emphasis": "*a* " * 2_000,
    "brackets": "[" * 100_000,
    "table": "|a|b|\n|-|-|\n" + "|x|y|\n" * 20_000,
    "quotes": ">" * 50 + " deep",
    "lists": "".join("  " * depth + "- x\n" for depth in range(40)),
    "long": "word " * 13_000,
}


def test_a_normal_body_is_within_bounds_and_keeps_its_formatting(qtbot) -> None:
    assert within_bounds(NORMAL)
    view = OfflineTextBrowser()
    qtbot.addWidget(view)
    view.setMarkdown(NORMAL)
    assert "**" not in view.toPlainText() and "01 23 45 67 89" in view.toPlainText()
    assert "| jour" not in view.toPlainText()  # read as a table


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_each_bomb_is_shown_as_its_plain_text(qtbot, name: str) -> None:
    bomb = BOMBS[name]
    assert not within_bounds(bomb)
    view = OfflineTextBrowser()
    qtbot.addWidget(view)
    view.setMarkdown(bomb)
    assert view.toPlainText() == as_plain(bomb)  # cut past 60,000 characters
    assert view.toPlainText().replace("\u200b", "")[:1000] == bomb[:1000]


def test_a_bomb_in_a_resource_body_reaches_the_detail_pane_as_plain_text(
    one_screen, demo_group
) -> None:
    from ui.resources.resources_screen import ResourcesScreen

    saved = demo_group.resources.add_resource(
        Resource("Bombe", Category.OTHER, body=BOMBS["emphasis"])
    )
    screen = one_screen(ResourcesScreen)
    screen._select_id(saved.id)
    assert BOMBS["emphasis"].strip() in screen.detail.toPlainText()


def test_images_become_links_and_an_escaped_bang_stays_escaped() -> None:
    assert without_images("![a](file:///etc/x.png)") == "\\![a](file:///etc/x.png)"
    assert without_images("\\![a](b)") == "\\![a](b)"  # already not an image
    assert without_images("\\\\![a](b)") == "\\\\\\![a](b)"  # a backslash, then an image
    document = QTextDocument()
    document.setMarkdown(without_images("x ![alt](file:///etc/passwd) y"))
    assert "alt" in document.toPlainText() and "!" in document.toPlainText()
