"""Hostile content in real, resealed bundles. Each family is one bundle (every applicable column
of one row of every table), so the corpus stays fast: refused families must leave everything
as it was, with exit code 4; accepted content is imported and merged, then every screen of the
imported group is opened offscreen, every row selected, the dialogs opened, while an inotify
watch on a sentinel file outside the data folder checks that nothing opened it."""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import os
import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog

from app import cli
from app.errors import BundleInvalid, StorageError, VaultDamaged
from app.handover import HandoverService
from app.paths import DataDir
from app.vaults import VaultService
from i18n.widget_lists import top_level_widgets
from storage import domain
from tests.app.handover.test_fuzz import _row_statement, row_edit
from tests.helpers.bad_bundles import reseal
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE, snapshot
from tests.helpers.hostile_corpus import SENTINEL, markup, refused_cases, text_columns

FAMILIES = sorted({family for _t, _c, family, _v in refused_cases()})
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.UserRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


@pytest.fixture
def bundle_copy(demo_bundle, tmp_path):
    def make(name: str) -> Path:
        path = tmp_path / f"{name}.cercle"
        shutil.copyfile(demo_bundle, path)
        return path

    return make


def _edits(family: str) -> list[tuple[str, tuple[object, ...]]]:
    statements: list[tuple[str, tuple[object, ...]]] = []
    for table, column, fam, value in refused_cases():
        if fam == family:
            where = f"rowid = (SELECT min(rowid) FROM {table})"
            statements.append((f'UPDATE {table} SET "{column}" = ? WHERE {where}', (value,)))
    return statements


def _cli_import(path: Path, data: Path) -> int:
    err = io.StringIO()
    return cli.main(
        ["--passphrase-stdin", "--data-dir", str(data), "import", str(path)],
        stdin=io.StringIO(f"{BUNDLE_PASSPHRASE}\n{NEW_VAULT_PASSPHRASE}\n"),
        out=err,
    )


@pytest.mark.parametrize("family", [*FAMILIES, "live_row"])
def test_each_family_of_bad_values_is_refused_and_changes_nothing(
    family, bundle_copy, demo_group, demo_db, handover, tmp_path
) -> None:
    path = bundle_copy(family)
    if family == "live_row":
        statements: list[object] = [
            f"INSERT INTO tombstones SELECT '{t}', id, '2026-01-01T00:00:00.000000Z' FROM {t}"
            for t in domain.SYNCED
        ]
    else:
        statements = list(_edits(family))
    reseal(path, BUNDLE_PASSPHRASE, *statements, tolerant=True)  # type: ignore[arg-type]
    before = snapshot(demo_db)
    refused = True
    try:
        copy = handover.inspect(path, BUNDLE_PASSPHRASE)
    except (BundleInvalid, VaultDamaged) as exc:
        assert cli._storage_failure(exc)[0] == 4
    else:
        refused = (
            False  # STRICT tables coerce some wrong types ("12" -> 12): then it must be harmless
        )
        copy.discard()
        assert family == "wrong_type"
    assert snapshot(demo_db) == before
    assert list(handover.tmp.iterdir()) == []
    laptop = tmp_path / f"laptop-{family}"
    code = _cli_import(path, laptop)
    assert code == (4 if refused else 0)
    if code:
        assert list((laptop / "vaults").iterdir()) == []


class OpenWatch:
    """Linux inotify on one folder: was any file in it opened or read?"""

    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK)
        in_open, in_access = 0x20, 0x01
        libc.inotify_add_watch(self.fd, str(folder).encode(), in_open | in_access)

    def events(self) -> int:
        try:
            return len(os.read(self.fd, 65536))
        except BlockingIOError:
            return 0

    def close(self) -> None:
        os.close(self.fd)


def _walk_views(qtbot, root) -> int:
    """Select every row of every view under `root` and read every cell in several roles."""
    cells = 0
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            view.setCurrentIndex(model.index(row, 0))
            for column in range(columns):
                for role in ROLES:
                    model.data(model.index(row, column), role)
                    cells += 1
        QApplication.processEvents()
    return cells


@pytest.mark.skipif(not ctypes.util.find_library("c"), reason="needs libc (inotify)")
def test_markup_and_edge_values_are_imported_merged_and_shown_as_plain_data(
    qtbot, bundle_copy, demo_group, handover, ui_ctx, tmp_path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / SENTINEL).write_bytes(b"\x89PNG\r\n\x1a\n")
    texts = markup(str(outside))
    statements: list[object] = []
    for n, (table, column) in enumerate(text_columns()):
        cap = domain.FIELDS[table][column].cap
        statements.append((f'UPDATE {table} SET "{column}" = ?', (texts[n % len(texts)][:cap],)))
    for table, columns in domain.FIELDS.items():
        for column, rule in columns.items():
            if rule.kind is domain.Kind.INT and rule.high > 1 and table != "tombstones":
                statements.append((f'UPDATE {table} SET "{column}" = ?', (rule.high,)))
    path = bundle_copy("markup")
    reseal(path, BUNDLE_PASSPHRASE, *statements)  # type: ignore[arg-type]
    watch = OpenWatch(outside)
    try:
        handover.merge(demo_group, handover.inspect(path, BUNDLE_PASSPHRASE))
        other = VaultService(DataDir.resolve(tmp_path / "next-host"))
        service = HandoverService(other)
        info = service.import_group(
            service.inspect(path, BUNDLE_PASSPHRASE), "", NEW_VAULT_PASSPHRASE
        ).group
        group = other.unlock(info.id, NEW_VAULT_PASSPHRASE)
        _open_everything(qtbot, ui_ctx, group)
        group.close()
        assert watch.events() == 0, "a file outside the data folder was opened"
    finally:
        watch.close()


def _open_everything(qtbot, ui_ctx, group) -> None:
    from ui.group.group_screen import GroupScreen

    ui_ctx.group = group
    screen = GroupScreen(ui_ctx, group)
    screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen.show()
    cells = 0
    for area in screen.screens:
        screen.show_area(area)
        QApplication.processEvents()
        cells += _walk_views(qtbot, screen)
    assert cells > 100
    screen.open_help_now()
    screen.open_agreements()
    sessions = group.sessions.sessions() if hasattr(group, "sessions") else []
    for session in sessions[:3]:
        screen.open_checkin(session.id)
    QApplication.processEvents()
    for dialog in top_level_widgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            _walk_views(qtbot, dialog)
            dialog.grab()  # paints every label and text view
            dialog.close()
    screen.grab()
    ui_ctx.group = None
    screen.close()
    qtbot.waitUntil(lambda: not any(isinstance(w, GroupScreen) for w in top_level_widgets()))


def test_storage_errors_of_the_corpus_are_typed(bundle_copy, handover) -> None:
    """Guard for the corpus itself: a malformed statement must fail loudly, not pass as refused."""
    path = bundle_copy("typo")
    with pytest.raises(StorageError):
        reseal(path, BUNDLE_PASSPHRASE, "UPDATE no_such_table SET x = 1")


SCREEN_EXAMPLES = int(os.environ.get("CERCLE_FUZZ_SCREENS", "3"))


@settings(
    max_examples=SCREEN_EXAMPLES,
    deadline=None,
    derandomize=SCREEN_EXAMPLES <= 3,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=st.lists(row_edit, min_size=1, max_size=4))
def test_whatever_import_accepts_every_screen_opens(
    qtbot, demo_db, demo_export, ui_ctx, tmp_path, edits
) -> None:
    """Property: content mutations of a sealed bundle are refused, or open on every screen."""
    original = demo_export
    columns = {
        t: [str(r[1]) for r in demo_db.query(f"PRAGMA table_info({t})")]
        for t in {e[0] for e in edits}
    }
    path = tmp_path / f"mutant-{uuid.uuid4().hex}.cercle"
    shutil.copyfile(original, path)
    reseal(path, BUNDLE_PASSPHRASE, *[_row_statement(e, columns) for e in edits], tolerant=True)
    other = VaultService(DataDir.resolve(tmp_path / f"laptop-{uuid.uuid4().hex}"))
    service = HandoverService(other)
    try:
        copy = service.inspect(path, BUNDLE_PASSPHRASE)
    except StorageError:
        return
    info = service.import_group(copy, "", NEW_VAULT_PASSPHRASE).group
    group = other.unlock(info.id, NEW_VAULT_PASSPHRASE)
    try:
        _open_everything(qtbot, ui_ctx, group)
    finally:
        group.close()
