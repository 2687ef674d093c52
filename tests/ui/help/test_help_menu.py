"""Help menu: the user guide offline in the interface language, the keyboard shortcuts, About."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QTextDocument

from app import __version__
from tests.helpers.windows import shown, wait_shown
from ui.common.offline_text import GUIDE_IMAGE_WIDTH, GuideDocument
from ui.common.paths import resource_path
from ui.help.about import AboutDialog
from ui.help.guide import GuideDialog, guide_path
from ui.help.shortcuts import ShortcutsDialog

IMAGE = QTextDocument.ResourceType.ImageResource.value


def test_f1_opens_the_guide_in_french_with_its_screenshots(qtbot, main_window) -> None:
    main_window.ctx.translations.apply("fr")
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = wait_shown(qtbot, GuideDialog)
    assert guide.windowTitle() == "Guide d'utilisation"
    assert "Votre premier groupe" in guide.browser.toPlainText()
    image = guide.browser.document().resource(IMAGE, QUrl("../screenshots/start-screen-fr.png"))
    assert image is not None and not image.isNull()
    main_window.ctx.translations.apply("en")  # a language switch reloads the guide
    qtbot.waitUntil(lambda: "Your first group" in guide.browser.toPlainText())
    guide.close()


def test_the_guide_loads_only_its_own_pictures() -> None:
    document = GuideDocument(resource_path("docs", "guide"))
    assert not _empty(document.loadResource(IMAGE, QUrl("../screenshots/members-en.png")))
    for refused in (
        "https://example.org/tracker.png",
        "file:///etc/passwd",
        "/etc/hostname",
        "../../packaging/icons/cercle-256.png",  # a real PNG, outside the docs folder
        "../../README.md",
        "../screenshots/missing.png",
    ):
        assert _empty(document.loadResource(IMAGE, QUrl(refused))), refused
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert _empty(document.loadResource(style, QUrl("x.css")))


def _pictures(document: QTextDocument) -> list[tuple[str, float, float]]:
    """Each picture of the document: its name, and the width and height it is laid out at (0
    when none is given: Qt then reads the picture to lay it out)."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            picture = fragments.fragment().charFormat().toImageFormat()
            if picture.isValid():
                found.append((picture.name(), picture.width(), picture.height()))
            fragments += 1
        block = block.next()
    return found


def test_the_guide_lays_out_its_pictures_at_their_size_without_reading_them() -> None:
    """Each screenshot's size comes from its file's header: the guide opens without reading
    and scaling every picture, each is read when first shown. A refused name gets no size."""
    document = GuideDocument(resource_path("docs", "guide"))
    text = guide_path("fr").read_text("utf-8")
    document.setMarkdown(text + "\n\n![x](../../packaging/icons/cercle-256.png)\n")
    document.size_pictures()
    *pictures, (refused, refused_width, refused_height) = _pictures(document)
    assert len(pictures) >= 20
    for name, width, height in pictures:
        full = QImageReader(str(resource_path("docs", "guide") / name)).size()
        assert full.width() > 0, name
        assert width == min(GUIDE_IMAGE_WIDTH, full.width()), name
        assert abs(height - full.height() * width / full.width()) < 0.5, name
        shown = document.resource(IMAGE, QUrl(name))
        assert shown is not None and (shown.width(), shown.height()) == (
            round(width),
            round(height),
        ), name
    assert refused.endswith("cercle-256.png") and (refused_width, refused_height) == (0, 0)


def _empty(resource: object) -> bool:
    """Refused: an empty image, not None (None makes Qt read the file itself)."""
    return isinstance(resource, QImage) and resource.isNull()


NATIVE = QKeySequence.SequenceFormat.NativeText


def _listed_keys(main_window) -> set[str]:
    """The keys the Keyboard shortcuts dialog lists, as the desktop writes them."""
    main_window.shortcuts_action.trigger()
    dialog = shown(ShortcutsDialog)[0]
    items = [dialog.table.item(row, 1) for row in range(dialog.table.rowCount())]
    dialog.close()
    return {item.text() for item in items if item is not None}


def test_shortcuts_list_every_menu_shortcut(qtbot, main_window) -> None:
    listed = _listed_keys(main_window)
    for menu in (main_window.file_menu, main_window.tools_menu, main_window.help_menu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                assert action.shortcut().toString(NATIVE) in listed, action.text()


def test_about_names_the_version_the_licence_and_the_data_folder(qtbot, main_window) -> None:
    box = main_window.open_about()
    assert isinstance(box, AboutDialog)
    text = box.text()
    assert __version__ in text and "GNU General Public License" in text
    assert str(main_window.ctx.vaults.data.root) in text
    box.close()


def test_about_shows_its_whole_text_in_very_large_text(qtbot, main_window, look) -> None:
    """A message box has a fixed size, at most half the screen's width: in very large text it
    was taller than a netbook's screen. The dialog's lines are as long as a reader likes."""
    look("very_large", "light")
    box = main_window.open_about()
    qtbot.waitExposed(box)
    assert box.scroller.verticalScrollBar().maximum() == 0
    assert box.height() <= 600 - 64
    box.close()


def test_shortcuts_list_every_area_key(qtbot, main_window) -> None:
    """Ctrl+5 (Reports) was missing, though the guide names it."""
    from ui.group.areas import AREAS

    listed = _listed_keys(main_window)
    for number in range(1, len(AREAS) + 1):
        assert QKeySequence(f"Ctrl+{number}").toString(NATIVE) in listed, number
