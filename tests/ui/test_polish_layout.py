"""Layout details a person notices: tab order, dialog margins, labels that read as a form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from ui.common.forms import row_field, row_label
from ui.resources.editor import ResourceEditor


def test_tab_reaches_delete_before_save_and_cancel(qtbot, ui_ctx, demo_group):
    """Delete sits on the left of the button row, so Tab meets it first, after the preview."""
    editor = ResourceEditor(ui_ctx, demo_group, demo_group.resources.resources()[0])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.preview.setFocus()
    reached = []
    for _ in range(3):
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        reached.append(editor.focusWidget())
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = editor.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert reached == [editor.delete_button, save, cancel]


def test_dialogs_get_the_screens_margins(qtbot, ui_ctx):
    dialog = QDialog()  # the application's style, which ui_ctx applies, gives the margins
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    dialog.show()  # as it shows: Qt polishes it then
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (18, 16, 18, 16)


def test_a_dialog_that_sets_its_own_margins_keeps_them(qtbot, ui_ctx):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(0, 4, 0, 4)
    dialog.show()
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (0, 4, 0, 4)


def test_csv_mapping_labels_end_with_a_colon(qtbot, ui_ctx, demo_group):
    from ui.roster.import_dialog import CsvImportDialog

    data = b"pseudonym,email\nAnne,anne@example.org\n"
    dialog = CsvImportDialog(ui_ctx, demo_group, data)
    qtbot.addWidget(dialog)
    form = dialog.mapping_form
    for row in range(form.rowCount()):
        label = row_label(form, row)
        assert label.text().endswith(":")
        assert label.buddy() is row_field(form, row)


def test_reports_tab_order_holds_in_the_group_screen(qtbot, group_screen):
    """The Reports area sets its keys' path (the period and settings, then the outputs); built
    alone and then added to the group screen, the window lost it (Tab went from the paper
    size to the period)."""
    group_screen.show_area("reports")
    screen = group_screen.screens["reports"]
    screen.retention_button.setFocus()
    reached = []
    for _ in range(4):
        qtbot.keyClick(group_screen.focusWidget(), Qt.Key.Key_Tab)
        reached.append(group_screen.focusWidget())
    assert reached == [screen.paper, screen.print_button, screen.pdf_button, screen.csv_button]
