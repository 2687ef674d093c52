"""The privacy screens as a host uses them: the check-in's quiet consent mark, the phone list,
and folding older details from the Reports area."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.group_settings import GroupSettings
from app.model import Member, Session
from tests.helpers import answer_box
from tests.helpers.pdf import pdf_text
from tests.helpers.report_seed import seed


def _answer(button: QMessageBox.StandardButton) -> None:
    answer_box(button)


def test_checkin_marks_who_needs_asking_without_saying_why(qtbot, ui_ctx, fresh_group) -> None:
    from ui.roster.checkin import CheckInDialog

    asked = fresh_group.roster.add_member(Member("Asked"))
    for purpose in ("contact", "handover", "phone_list"):
        fresh_group.consents.record(asked.id, purpose, False, date.today())
    fresh_group.roster.add_member(Member("Never asked"))
    session = fresh_group.sessions.add_session(Session("2030-01-01T19:00"))
    ui_ctx.group = fresh_group
    dialog = CheckInDialog(ui_ctx, fresh_group, session.id)
    qtbot.addWidget(dialog)
    dialog.show()
    marks = {
        dialog.model.index(r).data(): dialog.model.index(r).data(Qt.ItemDataRole.DecorationRole)
        for r in range(dialog.model.rowCount())
    }
    assert marks["Asked"] is None and marks["Never asked"] is not None
    assert dialog.consent_note.isVisible()
    qtbot.keyClicks(dialog.newcomer_edit, "Newcomer")
    qtbot.keyClick(dialog.newcomer_edit, Qt.Key.Key_Return)
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.index(r).data() == "Newcomer"
    )
    assert dialog.model.index(row).data(Qt.ItemDataRole.DecorationRole) is not None


def test_phone_list_prints_only_who_agreed(qtbot, ui_ctx, fresh_group, tmp_path: Path) -> None:
    from ui.roster.phone_list import PhoneListDialog

    for name, phone in (("Ana", "06 11 22"), ("Bea", "06 33 44"), ("Cy", "")):
        fresh_group.roster.add_member(Member(name, phone=phone))
    ui_ctx.today = lambda: date(2031, 1, 2)
    dialog = PhoneListDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.members.item(i).text() for i in range(dialog.members.count())]
    assert names == ["Ana", "Bea"]  # Cy has no phone to list
    assert not dialog.pdf_button.isEnabled()
    dialog.members.setFocus()
    dialog.members.setCurrentRow(0)
    qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.pdf_button.isEnabled())
    target = tmp_path / "phones.pdf"
    assert dialog.save_pdf(target)
    text = " ".join(pdf_text(target).split())
    assert "06 11 22" in text and "Bea" not in text and "06 33 44" not in text
    record = fresh_group.consents.of_member(
        next(m.id for m in fresh_group.roster.members() if m.pseudonym == "Ana")
    )["phone_list"]
    assert record.given and record.wording_version == 1
    assert record.recorded_on == "2031-01-02"  # the day the screens share


def test_retention_dialog_previews_then_folds_after_a_backup(qtbot, ui_ctx, fresh_group) -> None:
    from ui.reports.retention_dialog import RetentionDialog

    seed(fresh_group)
    fresh_group.reports.save_settings(GroupSettings(retention_months=12))
    reasons: list[str] = []
    fresh_group.before_risky_change_hooks.insert(0, reasons.append)
    ui_ctx.today = lambda: date(2027, 6, 15)
    dialog = RetentionDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        "5 meetings to fold" in dialog.preview.text() and "18 attendance" in dialog.preview.text()
    )
    assert "until they rotate out" in dialog.backups_note.text()
    _answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.fold_button, Qt.MouseButton.LeftButton)
    assert reasons == [] and not dialog.folded
    _answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.fold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.folded)
    assert reasons == ["retention"] and not dialog.fold_button.isEnabled()
    assert dialog.status.text() == "5 meetings folded into counts."
    qtbot.mouseClick(dialog.always, Qt.MouseButton.LeftButton)
    assert fresh_group.reports.settings().keeps_always
    assert "as long as the group exists" in dialog.preview.text()


def test_enter_in_the_months_field_closes_the_retention_dialog_and_never_asks_to_fold(
    qtbot, ui_ctx, fresh_group
) -> None:
    """Qt made the first button after the months field the default: Enter, pressed to confirm
    the months typed, asked to fold the older meetings for good."""
    from ui.reports.retention_dialog import RetentionDialog

    seed(fresh_group)
    fresh_group.reports.save_settings(GroupSettings(retention_months=12))
    ui_ctx.today = lambda: date(2027, 6, 15)
    dialog = RetentionDialog(ui_ctx, fresh_group)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.months
    dialog.months.selectAll()
    qtbot.keyClicks(dialog.months, "24")
    asked: list[str] = []

    def refuse() -> None:  # a question shown would block the test: it is noted and refused
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.reject()

    QTimer.singleShot(0, refuse)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert asked == [] and not dialog.isVisible()
    assert fresh_group.reports.settings().retention_months == 24
    assert not dialog.folded

    dialog = RetentionDialog(ui_ctx, fresh_group)  # on the fold button, Enter still folds
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.fold_button.setFocus()
    QTimer.singleShot(0, refuse)
    qtbot.keyClick(dialog.fold_button, Qt.Key.Key_Return)
    assert len(asked) == 1 and "Fold now?" in asked[0]
