"""The file names Cercle proposes are in the interface language, whatever the group's language
(the documents themselves are in the group's, for the room)."""

from __future__ import annotations

import pytest

from ui.common import file_names


@pytest.mark.parametrize(
    ("language", "report", "agenda", "phone_list", "members"),
    [
        ("fr", "Bilan ", "Déroulé 2026-09-29.pdf", "Liste téléphonique.pdf", "membres.csv"),
        ("en", "Report ", "Agenda 2026-09-29.pdf", "Phone list.pdf", "members.csv"),
    ],
)
def test_proposed_names_follow_the_interface_language(
    one_screen,
    ui_ctx,
    demo_group,
    language: str,
    report: str,
    agenda: str,
    phone_list: str,
    members: str,
) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.reports.reports_screen import ReportsScreen

    assert demo_group.language == "fr"
    ui_ctx.translations.apply(language)
    reports = one_screen(ReportsScreen)
    name = reports.output.suggested_name("csv")
    assert name.startswith(report) and name.endswith(".csv"), name
    assert file_names.agenda("2026-09-29") == agenda
    assert file_names.phone_list() == phone_list
    assert QCoreApplication.translate("MembersScreen", "members.csv") == members
    handout = file_names.handout()
    assert handout.endswith(".pdf") and ("utiles" in handout) == (language == "fr")
