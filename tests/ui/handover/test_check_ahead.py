"""The import wizard copies and checks the file as soon as a whole generated passphrase is typed
(issue 18), before Enter: Enter then shows the preview, or the checks' refusal, without running
them again. Another character, another file, Cancel drop them and leave no copy behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.handover import generate_passphrase
from storage import bundle_import
from tests.helpers import type_text
from tests.helpers.handover import BUNDLE_PASSPHRASE, HeldStatement
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
