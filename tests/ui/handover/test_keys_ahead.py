"""Both wizards derive the new file's key while the host is still choosing (issue 18), and a key
is only ever used for the passphrase it was derived from: each test changes the passphrase
while the derivation for the previous one is still held running (`derivations`)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.group import GroupInfo
from app.handover import HandoverService
from storage.errors import WrongPassphraseOrDamaged
from tests.helpers import type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE
from tests.helpers.wizards import click_radio, next_page, open_export, open_on_next_laptop
from ui.handover.export_wizard import ExportWizard

FIRST, SECOND = "le premier choix, é", "finalement un autre"


def _retype(qtbot, edit, text: str) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)


def _back(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def test_export_writes_under_the_key_of_the_passphrase_the_host_went_on_with(
    qtbot, wizards, ui_ctx, demo_group, tmp_path, derivations, other_vaults
) -> None:
    wizard = open_export(wizards, ui_ctx, demo_group)
    next_page(qtbot, wizard)
    page = wizard.passphrase_page
    click_radio(qtbot, page.own_radio)
    type_text(page.own_edit, FIRST)
    type_text(page.confirm_edit, FIRST)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: derivations.started == [FIRST])  # while the host picks the file
    _back(qtbot, wizard)
    _retype(qtbot, page.own_edit, SECOND)
    _retype(qtbot, page.confirm_edit, SECOND)
    next_page(qtbot, wizard)
    target = tmp_path / "handover.cercle"
    _retype(qtbot, wizard.destination_page.file_field.edit, str(target))
    next_page(qtbot, wizard)
    derivations.gate.set()
    qtbot.waitUntil(lambda: wizard.write_page.manifest is not None, timeout=20_000)
    assert derivations.started == [FIRST, SECOND]  # the write waited for SECOND's, no other
    next_host = HandoverService(other_vaults)
    next_host.inspect(target, SECOND).discard()
    with pytest.raises(WrongPassphraseOrDamaged):
        next_host.inspect(target, FIRST)


def _confirmed_first(qtbot, wizards, ui_ctx, bundle, tmp_path, derivations):
    """The import wizard on its last page, FIRST typed twice: its derivation under way."""
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.keyClick(wizard.file_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    next_page(qtbot, wizard)
    page = wizard.vault_page
    type_text(page.label_edit, "Groupe du jeudi")
    type_text(page.passphrase_edit, FIRST)
    assert derivations.started == []  # not before the confirmation matches
    type_text(page.confirm_edit, FIRST)
    qtbot.waitUntil(lambda: derivations.started == [FIRST])
    return wizard


def test_import_writes_the_vault_under_the_key_of_the_passphrase_committed(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, derivations
) -> None:
    wizard = _confirmed_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, derivations)
    page = wizard.vault_page
    _retype(qtbot, page.passphrase_edit, SECOND)
    _retype(qtbot, page.confirm_edit, SECOND)
    imported: list[GroupInfo] = []
    wizard.imported.connect(imported.append)
    next_page(qtbot, wizard)
    derivations.gate.set()
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    assert derivations.started == [FIRST, SECOND]
    assert ui_ctx.vaults.check_passphrase(imported[0].id, SECOND)
    assert not ui_ctx.vaults.check_passphrase(imported[0].id, FIRST)
    assert list(ui_ctx.vaults.data.tmp.iterdir()) == []


def test_cancel_leaves_no_derivation_running(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, derivations
) -> None:
    wizard = _confirmed_first(qtbot, wizards, ui_ctx, demo_bundle, tmp_path, derivations)
    ahead = wizard.vault_page.key_ahead
    derivations.open_gate_soon()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert derivations.ended == [FIRST] and not ahead.running
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []


def test_a_lock_waits_for_the_derivation_and_keeps_no_key(qtbot, fresh_window, derivations) -> None:
    wizard = ExportWizard(fresh_window.ctx, fresh_window.ctx.group, fresh_window)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the generated passphrase
    qtbot.waitUntil(lambda: len(derivations.started) == 1)
    ahead = wizard.key_ahead
    derivations.open_gate_soon()
    fresh_window.lock()
    assert fresh_window.is_locked
    assert len(derivations.ended) == 1 and not ahead.running
    assert ahead.take(derivations.started[0])() is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))  # closed by the lock, and deleted


def test_at_the_lock_s_announcement_the_derivation_has_ended(
    qtbot, fresh_window, derivations, full_at_sidecar, monkeypatch
) -> None:
    """The wizard's own work before a lock (finish_work_before_lock) stops the key ahead,
    before any other listener and before the window closes its dialogs: here a derivation
    the write-ahead never waited for (it failed before asking for the key). The one stop at
    the announcement: the key ahead does not listen for the lock itself."""
    wizard = ExportWizard(fresh_window.ctx, fresh_window.ctx.group, fresh_window)
    wizard.show()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the generated passphrase: its key under way, its file refused
    qtbot.waitUntil(lambda: len(derivations.started) == 1 and not wizard.bundle_ahead.running)
    ahead, stops, seen = wizard.key_ahead, list[bool](), list[tuple[int, bool, int]]()
    real_stop = ahead.stop

    def stop() -> None:
        stops.append(True)
        real_stop()

    monkeypatch.setattr(ahead, "stop", stop)
    fresh_window.ctx.about_to_lock.connect(
        lambda: seen.append((len(stops), ahead.running, len(derivations.ended)))
    )
    derivations.open_gate_soon()
    fresh_window.lock()
    assert seen == [(1, False, 1)]
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard))


def test_the_file_key_is_derived_once_a_whole_generated_passphrase_is_typed(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, derivations
) -> None:
    """Typed as a host reads it from paper (lower case, spaces), wrong first: each whole
    passphrase's key is derived before Enter, and the check derives no other."""
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    edit = wizard.file_page.passphrase_edit
    wrong = BUNDLE_PASSPHRASE.replace("A", "B", 1)
    type_text(edit, wrong.lower().replace("-", " ")[:-1])
    assert derivations.every == []  # not the start of one
    type_text(edit, wrong[-1].lower())
    # Its key first; the checks ahead then try the passphrase as typed too, before Enter.
    qtbot.waitUntil(lambda: derivations.every[:1] == [wrong])
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(wizard.file_page.error_label.isVisible, timeout=20_000)
    assert derivations.every == [wrong, wrong.lower().replace("-", " ")]  # then as typed
    _retype(qtbot, edit, BUNDLE_PASSPHRASE.lower().replace("-", " "))
    qtbot.waitUntil(lambda: derivations.every[-1] == BUNDLE_PASSPHRASE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    assert derivations.every[2:] == [BUNDLE_PASSPHRASE]
