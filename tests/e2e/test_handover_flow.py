"""A handover through the windows only: the outgoing host erases someone, hands the group over
from the File menu with the generated passphrase; the next host, on another computer (another
data folder, its own window), imports it from the start screen and opens it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from app.paths import DataDir
from app.settings import PreferenceStore
from app.vaults import VaultService
from tests.helpers import type_text
from ui.context import UiContext
from ui.handover.export_wizard import ExportWizard
from ui.handover.import_wizard import ImportWizard
from ui.main_window import MainWindow
from ui.roster.members_screen import MembersScreen

LEFT = Qt.MouseButton.LeftButton
NEW_PASSPHRASE = "la clé de Inès, rien qu'à elle"
W = TypeVar("W", bound=QWidget)


def _next(qtbot, wizard) -> None:
    for which in (
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
    ):
        button = wizard.button(which)
        if button.isVisible() and button.isEnabled():
            qtbot.mouseClick(button, LEFT)
            return
    raise AssertionError("no enabled Next, Commit or Finish button")


def _in_modal(kind: type[W], act: Callable[[W], None], errors: list[BaseException]) -> None:
    """Drive the modal wizard the menu or button opens, from inside its own event loop."""

    def run() -> None:
        wizard = QApplication.activeModalWidget()
        try:
            assert isinstance(wizard, kind)
            act(wizard)
        except BaseException as exc:  # re-raised by the test once exec() has returned
            errors.append(exc)
            if isinstance(wizard, QWizard):
                wizard.reject()

    QTimer.singleShot(0, run)


def _erase(qtbot, window, pseudonym: str) -> str:
    qtbot.keyClick(window.group_screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    members = window.group_screen.screens["members"]
    member = next(m for m in window.ctx.group.roster.members() if m.pseudonym == pseudonym)
    members.select_member(member.id)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ).click()

    QTimer.singleShot(0, confirm)
    qtbot.mouseClick(members.pane.erase_button, LEFT)
    assert window.ctx.group.roster.member(member.id) is None
    return member.id


def _export(qtbot, window, target: Path) -> str:
    seen: dict[str, str] = {}
    errors: list[BaseException] = []

    def drive(wizard: ExportWizard) -> None:
        _next(qtbot, wizard)  # what to include: the default keeps everyone, not their contacts
        seen["passphrase"] = wizard.passphrase_page.generated_label.text()
        _next(qtbot, wizard)
        field = wizard.destination_page.file_field.edit
        field.clear()
        qtbot.keyClicks(field, str(target))
        _next(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.write_page.manifest is not None, timeout=10_000)
        _next(qtbot, wizard)

    _in_modal(ExportWizard, drive, errors)
    window.file_menu.setFocus()
    window.handover_action.trigger()
    if errors:
        raise errors[0]
    return seen["passphrase"]


def _open_bundle(qtbot, wizard, bundle: Path, passphrase: str) -> None:
    qtbot.keyClicks(wizard.file_page.file_field.edit, str(bundle))
    qtbot.keyClicks(wizard.file_page.passphrase_edit, passphrase)
    qtbot.keyClick(wizard.file_page.passphrase_edit, Qt.Key.Key_Return)


def _import(qtbot, window, bundle: Path, passphrase: str) -> None:
    errors: list[BaseException] = []

    def drive(wizard: ImportWizard) -> None:
        _open_bundle(qtbot, wizard, bundle, passphrase)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
        _next(qtbot, wizard)
        page = wizard.vault_page
        page.label_edit.clear()
        type_text(page.label_edit, "Les Tilleuls (repris)")
        type_text(page.passphrase_edit, NEW_PASSPHRASE)
        type_text(page.confirm_edit, NEW_PASSPHRASE)
        _next(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.run_page.result is not None, timeout=10_000)
        _next(qtbot, wizard)

    _in_modal(ImportWizard, drive, errors)
    qtbot.mouseClick(window.start_screen.import_button, LEFT)
    if errors:
        raise errors[0]


def _counts(group) -> tuple[set[str], int, int]:
    return (
        {m.pseudonym for m in group.roster.members()},
        len(group.sessions.sessions()),
        len(group.resources.resources()),
    )


def _members(window: MainWindow) -> MembersScreen:
    assert window.group_screen is not None
    screen = window.group_screen.screens["members"]
    assert isinstance(screen, MembersScreen)
    return screen


def _second_laptop(qtbot, first, folder: Path) -> MainWindow:
    data = DataDir.resolve(folder)
    ctx = UiContext(VaultService(data), PreferenceStore(data.settings_file), first.ctx.monotonic)
    ctx.translations = first.ctx.translations
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot, window, passphrase: str) -> None:
    type_text(window.start_screen.passphrase_edit, passphrase)
    qtbot.keyClick(window.start_screen.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)


def _merge(qtbot, window, bundle: Path, passphrase: str) -> None:
    errors: list[BaseException] = []

    def drive(wizard: ImportWizard) -> None:
        _open_bundle(qtbot, wizard, bundle, passphrase)
        preview = wizard.preview_page
        qtbot.waitUntil(lambda: preview.merge_counts is not None, timeout=10_000)
        counts = preview.merge_counts
        assert counts is not None and counts.total("added") >= 1
        _next(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.run_page.result is not None, timeout=10_000)
        _next(qtbot, wizard)

    _in_modal(ImportWizard, drive, errors)
    window.merge_action.trigger()
    if errors:
        raise errors[0]


def test_a_co_hosts_changes_reach_every_area_after_a_merge(qtbot, demo_window, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    passphrase = _export(qtbot, demo_window, stick / "to-cohost.cercle")
    cohost = _second_laptop(qtbot, demo_window, tmp_path / "cohost")
    # One process plays both laptops: a lock closes every other window, so locks come last.
    try:
        _import(qtbot, cohost, stick / "to-cohost.cercle", passphrase)
        _unlock(qtbot, cohost, NEW_PASSPHRASE)
        qtbot.keyClick(cohost.group_screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        members = _members(cohost)
        qtbot.keyClick(members.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_text(members.form.pseudonym_edit, "Gaëlle")
        qtbot.keyClick(members.form.pseudonym_edit, Qt.Key.Key_Return)
        back = _export(qtbot, cohost, stick / "back.cercle")

        group_screen = demo_window.group_screen
        # Ctrl+3 in the host's window (the co-host's window is the active one here).
        group_screen.go_to_area("circle")
        assert group_screen.current_area() == "circle"
        _merge(qtbot, demo_window, stick / "back.cercle", back)
        assert "Gaëlle" in {m.pseudonym for m in demo_window.ctx.group.roster.members()}
        assert group_screen.screens["circle"].setup.roster_combo.findText("Gaëlle") >= 0
        members = group_screen.screens["members"]
        qtbot.waitUntil(
            lambda: (
                "Gaëlle"
                in [members.proxy.index(r, 0).data() for r in range(members.proxy.rowCount())]
            )
        )
    finally:
        cohost.lock()


def test_handover_round_trip_through_the_windows(qtbot, demo_window, tmp_path) -> None:
    erased = _erase(qtbot, demo_window, "Théo")
    shown_before = demo_window.group_screen.screens["members"].proxy.rowCount()
    before = _counts(demo_window.ctx.group)
    assert "Théo" not in before[0] and before[1] > 0 and before[2] > 0
    bundle = tmp_path / "stick" / "tilleuls.cercle"
    bundle.parent.mkdir()
    passphrase = _export(qtbot, demo_window, bundle)
    assert bundle.exists() and len(passphrase) == 29

    window = _second_laptop(qtbot, demo_window, tmp_path / "next-host")
    ctx = window.ctx
    try:
        _import(qtbot, window, bundle, passphrase)
        [info] = ctx.vaults.list_groups()
        current = window.start_screen.current_group()
        assert current is not None and current.id == info.id
        qtbot.keyClicks(window.start_screen.passphrase_edit, "not it")
        qtbot.keyClick(window.start_screen.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.start_screen.unlock_button.isEnabled(), timeout=10_000)
        assert window.is_locked
        window.start_screen.passphrase_edit.clear()
        _unlock(qtbot, window, NEW_PASSPHRASE)
        group = ctx.group
        assert group is not None
        assert _counts(group) == before
        assert group.roster.member(erased) is None
        qtbot.keyClick(window.group_screen, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert _members(window).proxy.rowCount() == shown_before
    finally:
        window.lock()
