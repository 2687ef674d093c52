"""The import wizard copies and checks the file as soon as a whole generated passphrase is typed
(issue 18), before Enter: Enter then shows the preview, or the checks' refusal, without running
them again. Another character, another file, Cancel drop them and leave no copy behind."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.handover import Stop, generate_passphrase
from app.new_keys import file_key
from storage import bundle as storage_bundle
from storage import bundle_import
from storage.errors import StorageError
from tests.helpers import type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE, HeldStatement, _export_demo
from tests.helpers.wizards import open_on_next_laptop


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[threading.Event]:
    """Each copy-and-check of the file (bundle_import.prepare), with its end."""
    runs: list[threading.Event] = []
    real = bundle_import.prepare

    def prepare(*args, **kwargs):
        ended = threading.Event()
        runs.append(ended)
        try:
            return real(*args, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(bundle_import, "prepare", prepare)
    return runs


def _copies(ui_ctx) -> list[Path]:
    tmp = ui_ctx.vaults.data.tmp
    return list(tmp.glob("import-*.cercle")) if tmp.exists() else []


def _enter(qtbot, wizard) -> None:
    qtbot.keyClick(wizard.file_page.passphrase_edit, Qt.Key.Key_Return)


def test_a_whole_generated_passphrase_is_checked_before_enter(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    runs = _checks(monkeypatch)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.waitUntil(lambda: len(runs) == 1 and runs[0].is_set(), timeout=20_000)
    assert len(_copies(ui_ctx)) == 1  # before Enter
    _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    assert len(runs) == 1  # Enter checked nothing again
    assert wizard.copy() is not None and _copies(ui_ctx) == [wizard.copy().path]


def test_a_character_more_drops_the_copy_checked_ahead(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    runs = _checks(monkeypatch)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    edit = wizard.file_page.passphrase_edit
    type_text(edit, BUNDLE_PASSPHRASE)
    qtbot.waitUntil(lambda: len(runs) == 1 and runs[0].is_set(), timeout=20_000)
    type_text(edit, "!")  # no longer a generated passphrase
    qtbot.waitUntil(lambda: _copies(ui_ctx) == [])
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # whole again: checked again
    qtbot.waitUntil(lambda: len(runs) == 2 and runs[1].is_set(), timeout=20_000)
    _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    assert len(runs) == 2 and len(_copies(ui_ctx)) == 1


def test_a_wrong_generated_passphrase_is_refused_at_enter_without_checking_again(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    runs = _checks(monkeypatch)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    page = wizard.file_page
    type_text(page.passphrase_edit, generate_passphrase())
    qtbot.waitUntil(lambda: len(runs) == 1 and runs[0].is_set(), timeout=20_000)
    assert not page.error_label.isVisible()  # nothing said before Enter
    _enter(qtbot, wizard)
    qtbot.waitUntil(page.error_label.isVisible, timeout=20_000)
    assert "does not open" in page.error_label.text()
    assert len(runs) == 1 and wizard.currentPage() is page
    assert _copies(ui_ctx) == []


def test_cancel_while_the_file_is_checked_ahead_leaves_nothing(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The checks' statement (here one that would run for seconds) is interrupted and the copy
    removed before the wizard goes."""
    held = HeldStatement()
    monkeypatch.setattr("storage.bundle.read_content", lambda db, **_kw: held.run(db))
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    assert held.started.wait(20)
    ahead = wizard.file_page.check_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert held.ended == ["interrupted"] and not ahead.running
    assert _copies(ui_ctx) == []
    assert list(ui_ctx.vaults.data.vaults.iterdir()) == []


def _stops(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set at the first stop of a check (a drop, Cancel)."""
    stopped = threading.Event()
    real = Stop.stop

    def stop(self: Stop) -> None:
        real(self)
        stopped.set()

    monkeypatch.setattr(Stop, "stop", stop)
    return stopped


def test_a_drop_between_two_statements_still_stops_the_next(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The character that drops the checks comes while none of their statements runs (its
    interrupt reaches nothing): their next statement ends at once, and Cancel after it does not
    wait for one that would run for seconds."""
    held, between, stopped = HeldStatement(), threading.Event(), _stops(monkeypatch)

    def read_content(db, **_kw):
        between.set()
        assert stopped.wait(20)
        held.run(db)

    monkeypatch.setattr("storage.bundle.read_content", read_content)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    assert between.wait(20)
    type_text(wizard.file_page.passphrase_edit, "!")  # dropped
    ahead = wizard.file_page.check_ahead
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert held.ended == ["interrupted"] and not ahead.running
    assert _copies(ui_ctx) == []


def test_cancel_during_the_copy_ends_it_between_two_chunks(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """A slow stick: Cancel during the copy stops it at its next chunk, not at its end."""
    stopped, copying = _stops(monkeypatch), threading.Event()
    ended: list[str] = []
    real = storage_bundle.copy_verified
    monkeypatch.setattr(storage_bundle, "_CHUNK", 4096)

    def copy_verified(source, target, *, durable=True, stop=None):
        copying.set()
        assert stopped.wait(20)  # Cancel comes during the copy
        try:
            made = real(source, target, durable=durable, stop=stop)
        except StorageError as exc:
            ended.append(str(exc))
            raise
        ended.append("copied whole")
        return made

    monkeypatch.setattr(bundle_import, "copy_verified", copy_verified)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    assert copying.wait(20)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert ended == ["stopped"] and not wizard.file_page.check_ahead.running
    assert _copies(ui_ctx) == []


def test_a_file_replaced_after_its_checks_ahead_is_checked_again_at_enter(
    qtbot, wizards, ui_ctx, demo_bundle, demo_on_disk, tmp_path, monkeypatch
) -> None:
    """Another file put at the same path (same passphrase) before Enter: the preview is the
    file there now, not the one checked ahead."""
    other = tmp_path / "other" / "no_roster.cercle"
    other.parent.mkdir()
    _export_demo(demo_on_disk, other, "no_roster")
    runs = _checks(monkeypatch)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.waitUntil(lambda: len(runs) == 1 and runs[0].is_set(), timeout=20_000)
    os.replace(other, demo_bundle)
    _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    assert len(runs) == 2 and wizard.copy().manifest.scope == "no_roster"
    assert _copies(ui_ctx) == [wizard.copy().path]  # the first copy removed


def test_a_stick_put_back_before_enter_is_checked_again(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The checks ahead found no file (the stick out); it is back at Enter: checked then, not
    refused for a file no longer missing."""
    runs = _checks(monkeypatch)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    away = tmp_path / "away.cercle"
    os.replace(demo_bundle, away)
    type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
    qtbot.waitUntil(lambda: len(runs) == 1 and runs[0].is_set(), timeout=20_000)
    os.replace(away, demo_bundle)
    _enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=20_000)
    assert len(runs) == 2 and not wizard.file_page.error_label.isVisible()


def test_a_drop_ends_the_wait_for_the_key_derived_ahead(
    qtbot, wizards, ui_ctx, demo_bundle, tmp_path, monkeypatch
) -> None:
    """The checks ahead wait for the file's key, derived ahead (here held): a character more
    ends their wait, and them, while the derivation still runs."""
    deriving, release = threading.Event(), threading.Event()
    runs = _checks(monkeypatch)

    def held_key(source, typed):
        deriving.set()
        release.wait(30)
        return file_key(source, typed)

    monkeypatch.setattr("ui.handover.import_file_page.file_key", held_key)
    wizard = open_on_next_laptop(qtbot, wizards, ui_ctx, demo_bundle, tmp_path)
    ahead = wizard.file_page.check_ahead
    try:
        type_text(wizard.file_page.passphrase_edit, BUNDLE_PASSPHRASE)
        assert deriving.wait(20)
        qtbot.waitUntil(lambda: ahead.running)
        type_text(wizard.file_page.passphrase_edit, "!")
        qtbot.waitUntil(lambda: not ahead.running, timeout=20_000)
        assert not release.is_set() and runs == []  # ended before the key, nothing copied
    finally:
        release.set()
