"""A text an older Cercle stored over its cap is kept whole; the export refuses it, names the
record where the host finds it, and takes them there to shorten it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app import demo
from tests.helpers import beside
from tests.helpers.wizards import write_refused
from ui.handover.export_wizard import ExportWizard

NOTE = "Très long. " * 2_000  # 22,000 characters; a note holds 20,000


def test_the_export_names_a_note_too_long_and_shows_its_member(
    qtbot, demo_window, tmp_path
) -> None:
    group = demo_window.ctx.group
    marc = next(m for m in group.roster.members() if m.pseudonym == "Marc")
    with beside(group, demo.DEMO_PASSPHRASE) as db, db.transaction():  # as Cercle 4 wrote it
        db.execute("UPDATE members SET private_note = ? WHERE id = ?", (NOTE, marc.id))
    demo_window.group_screen.screens["members"].reload()  # read before it was planted
    wizard = ExportWizard(demo_window.ctx, group, demo_window)
    wizard.show()
    notes_box = wizard.scope_page.notes_box
    qtbot.mouseClick(notes_box, Qt.MouseButton.LeftButton, pos=QPoint(6, 8))
    write_refused(qtbot, wizard, tmp_path / "g.cercle")
    page = wizard.write_page
    assert page.error_label.text().endswith(
        "• Members, the member “Marc”: private note, 22,000 characters (at most 20,000)"
    )
    assert page.show_button.isVisible() and page.show_button.text() == "&Show “Marc”"
    assert not page.status.isVisible()  # no "Writing and checking…" over the refusal

    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    members = demo_window.group_screen.screens["members"]
    assert demo_window.group_screen.stack.currentWidget() is members
    form = members.form
    assert form.member is not None and form.member.id == marc.id
    assert form.note_edit.toPlainText() == NOTE  # whole, nothing cut
    assert form.note_edit.status.notice.text() == (
        "This text is over its limit of 20,000 characters: remove 2,000 characters to save it."
    )
    # Saved as it is, it would be cut: the form keeps it until the host shortens it.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert group.roster.member(marc.id).private_note == NOTE
    form.note_edit.setPlainText(NOTE[:20_000])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert group.roster.member(marc.id).private_note == NOTE[:20_000].strip()


def test_a_resource_named_is_shown_whatever_the_search(qtbot, demo_window) -> None:
    group = demo_window.ctx.group
    resource = group.resources.resources()[-1]
    screen = demo_window.group_screen.screens["resources"]
    screen.search_box.setText("zzz nothing matches")
    demo_window.ctx.record_requested.emit("resources", resource.id)
    assert demo_window.group_screen.stack.currentWidget() is screen
    assert screen.search_box.text() == ""
    assert screen.selected_resource() is not None
    assert screen.selected_resource().id == resource.id
