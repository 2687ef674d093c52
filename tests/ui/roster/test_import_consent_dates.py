"""A spreadsheet's consent dates on import: a date the file vouches for is kept (Cercle's own
export read back), and the preview says which consents are dated today for want of one."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from ui.roster import roster_actions
from ui.roster.members_screen import MembersScreen

TODAY = date(2026, 1, 15)  # the context's day, not the computer's


def test_import_keeps_the_files_consent_dates_and_says_which_are_today(
    qtbot, ui_ctx, fresh_group
) -> None:
    ui_ctx.group = fresh_group
    ui_ctx.today = lambda: TODAY
    screen = MembersScreen(ui_ctx, fresh_group)
    qtbot.addWidget(screen)
    data = (
        "pseudonym;consent_contact;consent_handover;consent_recorded_on\n"
        "Anne;1;1;2023-05-05\nMarc;1;0;\nLéa;0;1;2031-01-01\nTom;0;0;\n"
    ).encode()
    dialog = roster_actions.open_import(screen, data)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.reading.busy)
    assert "no valid consent date for 2 members" in dialog.summary_label.text()
    assert "recorded as given today" in dialog.summary_label.text()
    assert dialog.combos["consent_recorded_on"].currentText() == "consent_recorded_on"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.imported == 4)
    dates = {m.pseudonym: m.consent_recorded_on for m in fresh_group.roster.members()}
    assert dates["Anne"] == "2023-05-05"
    assert dates["Marc"] == dates["Léa"] == TODAY.isoformat()
    assert dates["Tom"] is None
