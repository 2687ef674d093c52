"""The host's private notes stay with them unless they tick them in on the scope page: exported
through the wizard, imported on the next host's computer, merged by a co-host."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.handover import HandoverService
from storage.records import Member
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE
from tests.helpers.wizards import click_radio, next_page, open_export
from ui.handover.letter import scope_sentence

TODAY = date.today()


def _roster_with_notes(group) -> None:
    agreed = group.roster.add_member(Member("Agreed", phone="06 1", private_note="lost her job"))
    group.roster.add_member(Member("Declined", phone="06 2", private_note="drinks again"))
    group.consents.record(agreed.id, "handover", True, TODAY)


def _export(qtbot, wizards, ui_ctx, group, target: Path, *, scope: str, tick: bool) -> str:
    wizard = open_export(wizards, ui_ctx, group)
    page = wizard.scope_page
    assert not page.notes_box.isChecked()  # off unless the host ticks it
    click_radio(qtbot, page.radios[scope])
    if tick:
        qtbot.mouseClick(page.notes_box, Qt.MouseButton.LeftButton, pos=QPoint(6, 8))
    assert page.with_notes() is tick
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the generated handover passphrase
    wizard.destination_page.file_field.edit.setText(str(target))
    passphrase = wizard.passphrase_page.passphrase()
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.write_page.manifest is not None, timeout=20_000)
    return passphrase


def _imported_notes(other_vaults, bundle: Path, passphrase: str) -> dict[str, str]:
    """The next host imports the file on their own computer and reads the roster."""
    service = HandoverService(other_vaults)
    copy = service.inspect(bundle, passphrase)
    result = service.import_group(copy, "Taken over", NEW_VAULT_PASSPHRASE)
    group = other_vaults.unlock(result.group.id, NEW_VAULT_PASSPHRASE)
    try:
        return {m.pseudonym: m.private_note for m in group.roster.members()}
    finally:
        group.close()


@pytest.mark.parametrize(
    ("scope", "tick", "expected"),
    [
        ("everything", False, {"Agreed": "", "Declined": ""}),  # the default: none leaves
        ("consented", True, {"Agreed": "lost her job", "Declined": ""}),  # no consent, no note
    ],
)
def test_private_notes_travel_only_when_ticked_in(
    qtbot, wizards, ui_ctx, fresh_group, other_vaults, tmp_path, scope, tick, expected
) -> None:
    _roster_with_notes(fresh_group)
    target = tmp_path / "handover.cercle"
    passphrase = _export(qtbot, wizards, ui_ctx, fresh_group, target, scope=scope, tick=tick)
    notes = _imported_notes(other_vaults, target, passphrase)
    assert {name: notes[name] for name in expected} == expected


def test_the_wizard_and_the_letter_say_what_travels(qtbot, wizards, ui_ctx, fresh_group) -> None:
    wizard = open_export(wizards, ui_ctx, fresh_group)
    page = wizard.scope_page
    assert page.notes_box.text() == "Include my &private notes about members"
    assert "your notes stay on this computer" in page.notes_note.text()
    assert "private notes" not in page.notes["consented"].text()
    click_radio(qtbot, page.radios["no_roster"])
    assert not page.notes_box.isEnabled() and not page.with_notes()
    assert "No private notes" in scope_sentence("consented", False)
    assert "private notes go too, for members who agreed" in scope_sentence("consented", True)
    assert "only if the outgoing host chose" in scope_sentence("everything")


def test_a_co_host_merging_a_file_without_notes_keeps_their_own(
    fresh_group, handover, other_vaults, tmp_path
) -> None:
    """The co-host edited the member later, but their file carries no note: the note here is
    not wiped by the blank, and their edit still comes in."""
    member = fresh_group.roster.add_member(Member("Agreed", private_note="my own words"))
    first = tmp_path / "to-co-host.cercle"
    handover.export(fresh_group, first, BUNDLE_PASSPHRASE, "everything")
    co_service = HandoverService(other_vaults)
    imported = co_service.import_group(
        co_service.inspect(first, BUNDLE_PASSPHRASE), "Co-host", NEW_VAULT_PASSPHRASE
    )
    co_host = other_vaults.unlock(imported.group.id, NEW_VAULT_PASSPHRASE)
    try:
        edited = co_host.roster.member(member.id)
        assert edited is not None and edited.private_note == ""
        co_host.roster.update_member(Member(**{**edited.__dict__, "phone": "06 9"}))
        back = tmp_path / "from-co-host.cercle"
        co_service.export(co_host, back, BUNDLE_PASSPHRASE, "everything")
    finally:
        co_host.close()
    copy = handover.inspect(back, BUNDLE_PASSPHRASE)
    handover.merge(fresh_group, copy)
    merged = fresh_group.roster.member(member.id)
    assert merged is not None
    assert (merged.phone, merged.private_note) == ("06 9", "my own words")
