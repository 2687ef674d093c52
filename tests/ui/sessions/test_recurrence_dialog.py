"""The series dialog's preview: what the host is told before planning."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime

from app.recurrence import MAX_OCCURRENCES
from ui.sessions.recurrence_dialog import RecurrenceDialog


def test_a_series_capped_before_its_end_date_says_where_it_stops(qtbot, ui_ctx) -> None:
    """Weekly from 29/02/2028 until 2040: 104 meetings reach only February 2030, and the
    preview says so (it used to list the first four and stop there without a word)."""
    dialog = RecurrenceDialog([], QDateTime(QDate(2028, 2, 29), QTime(19, 0)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    radio = dialog.until_radio  # a radio button takes clicks on its circle and text only
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    dialog.until_edit.setDate(QDate(2040, 1, 1))
    last = QDate(2028, 2, 29).addDays(7 * (MAX_OCCURRENCES - 1)).toString("dd/MM/yyyy")
    assert last == "19/02/2030"
    preview = dialog.preview_label.text()
    assert preview.startswith("104 sessions: 29/02/2028, 07/03/2028, 14/03/2028, 21/03/2028 …")
    assert (
        "A series holds at most 104 sessions: this one stops on 19/02/2030, before its end "
        "date (01/01/2040)."
    ) in preview

    ui_ctx.translations.apply("fr")  # the dialog hears of it from a posted event
    qtbot.waitUntil(lambda: "Une série compte au plus" in dialog.preview_label.text())
    assert "Une série compte au plus 104 séances\u00a0: celle-ci s’arrête le 19/02/2030" in (
        dialog.preview_label.text()
    )

    # The end date reached within the cap: nothing more said.
    dialog.until_edit.setDate(QDate(2030, 2, 19))
    assert dialog.preview_label.text().startswith("104 séances\u00a0: ")
    assert "\n" not in dialog.preview_label.text()
