"""ui/handover/common.py: the wizards' page, with its texts and its column made in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.common.side_scroll import SideScroll
from ui.handover.common import HandoverPage


def test_a_page_has_its_texts_and_its_labels_go_in_its_column(qtbot) -> None:
    words = {"title": "The file", "note": "Read it aloud"}
    parent = QWidget()
    qtbot.addWidget(parent)
    page = HandoverPage(parent, lambda: words["title"], lambda: "On a stick")
    note = page.label("warning", lambda: words["note"])
    empty = page.label("error")
    assert (page.title(), page.subTitle()) == ("The file", "On a stick")
    assert (note.text(), note.objectName(), note.wordWrap()) == ("Read it aloud", "warning", True)
    assert (empty.text(), empty.objectName()) == ("", "error")
    items = [page.column.itemAt(i) for i in range(page.column.count())]
    assert [item.widget() for item in items if item is not None] == [note, empty]
    assert page.layout() is page.column
    words.update(title="Le fichier", note="Lisez-le")
    page.retranslate()  # what a language change calls
    assert (page.title(), note.text()) == ("Le fichier", "Lisez-le")


def test_a_scrolling_page_puts_its_column_under_a_side_scroll(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    page = HandoverPage(parent, None, scrolls=True)
    label = page.label(text=lambda: "Fields")
    outer = page.layout()
    assert outer is not None and outer.count() == 1
    item = outer.itemAt(0)
    assert item is not None
    scroll = item.widget()
    assert isinstance(scroll, SideScroll)
    body = scroll.widget()
    assert body is not None and body.layout() is page.column
    assert label.parentWidget() is body
    assert page.title() == ""
