"""Handing a group over: export to one protected file, import it as a new group, merge it.

The UI runs each of these in a worker. Export and merge use the open group's connection: the
wizard that starts them is modal and auto-lock is held off meanwhile, so nothing else uses it.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import partial
from importlib import metadata
from pathlib import Path

from app import new_keys
from app import passphrase as passphrases
from app.group import GroupInfo, OpenGroup
from app.new_keys import KeyLater, NewKey
from app.vaults import VaultService, check_new_passphrase
from storage import bundle_import
from storage.bundle import SCOPES as BUNDLE_SCOPES
from storage.bundle import Stamp, check_bundle_shape, remove_scratch
from storage.bundle_export import WrittenBundle, export_bundle, place_bundle, write_bundle
from storage.bundle_file import Stop
from storage.bundle_import import StagedVault, VerifiedCopy, WrittenVault, source_stamp
from storage.bundle_manifest import Manifest, verification_code
from storage.database import Database
from storage.errors import (
    GroupAlreadyHere,
    StorageError,
    ValidationError,
    WrongPassphraseOrDamaged,
)
from storage.keys import DerivedKey
from storage.merge import MergeCounts

DEFAULT_SCOPE = "consented"
# The scope choices in the order the export wizard offers them, the default first.
SCOPES = (DEFAULT_SCOPE, *(s for s in BUNDLE_SCOPES if s != DEFAULT_SCOPE))
Progress = Callable[[int], None]

__all__ = [
    "SCOPES",
    "Arrival",
    "ExportAhead",
    "ExportChoice",
    "HandoverService",
    "Manifest",
    "MergeCounts",
    "NewKey",
    "PreparedExport",
    "StagedVault",
    "Stamp",
    "Stop",
    "VerifiedCopy",
    "WrittenAhead",
    "generate_passphrase",
    "passphrase_bits",
    "refused_for_content",
    "source_stamp",
    "verification_code",
]


generate_passphrase = passphrases.generate
passphrase_bits = passphrases.generated_bits


def refused_for_content(exc: StorageError) -> bool:
    """A refusal of what the file holds (its passphrase, its seal, its rows), which the same
    file would meet again; not one of this computer's (no file there, a full disk, a read that
    failed, a stop), which another try may not meet."""
    return exc.code not in {"storage", "missing", "disk_full", "lock_not_a_file"}


def app_version() -> str:
    try:
        return metadata.version("cercle")
    except metadata.PackageNotFoundError:
        return "0.1.0"


class Arrival(StrEnum):
    """Where an imported group goes on this computer."""

    NEW = "new"  # not here yet: refused if it is (merge it, take it over or keep both)
    # Replaces the group here under the new host's passphrase. The handover passphrase was the
    # outgoing host's consent; the vault they left is kept as a backup only theirs opens.
    TAKE_OVER = "take_over"
    # Keep both: a second group with an id of its own (files of either can no longer be merged
    # into the other).
    SEPARATE = "separate"


@dataclass(frozen=True)
class ImportResult:
    group: GroupInfo
    manifest: Manifest


@dataclass(frozen=True)
class WrittenAhead:
    """An imported group's vault written ahead (HandoverService.write_ahead), with the
    passphrase it was keyed for, in the form the vault is keyed with (never in a repr)."""

    keyed: str = field(repr=False)
    vault: WrittenVault

    def discard(self) -> None:
        self.vault.discard()


class HandoverService:
    def __init__(self, vaults: VaultService, today: Callable[[], date] = date.today) -> None:
        """today: the local day an export judges consents on (the UI's, which tests fix)."""
        self.vaults = vaults
        self.tmp = vaults.data.tmp
        self.today = today

    # -- export ------------------------------------------------------------------------------
    def export(
        self,
        source: OpenGroup | Database,
        target: Path,
        passphrase: str,
        scope: str,
        progress: Progress | None = None,
        *,
        with_notes: bool = False,
        key: NewKey | None = None,
        prepared: PreparedExport | None = None,
    ) -> Manifest:
        """`source`: the open group, or a vault opened without a group around it (cercle-cli,
        the benchmarks). with_notes: the members' private notes go too (ticked in by the
        outgoing host). key: derived ahead (new_keys.handover_key), used only if derived from
        this very passphrase; otherwise the key is derived here. prepared: the file written
        ahead (ExportAhead), only copied to `target` when written for this very choice, from
        this group as it still is, on this very day; otherwise removed, and the file written
        here."""
        report = progress or (lambda _p: None)
        choice = ExportChoice(passphrase, scope, with_notes)
        today = self.today()
        try:
            _check_choice(choice)
            if prepared is not None and prepared.fits(choice, _source_stamp(source), today):
                written, prepared = prepared.written, None
                return place_bundle(written, Path(target), report)
        finally:
            if prepared is not None:
                prepared.written.close()
        write = (
            source.export_bundle
            if isinstance(source, OpenGroup)
            else partial(export_bundle, source)
        )
        return write(
            Path(target),
            passphrase,
            scope,
            self.tmp,
            app_version(),
            report,
            with_notes=with_notes,
            key=new_keys.matching(key, passphrase),
            today=today,
        )

    def export_ahead(
        self, source: OpenGroup | Database, choice: ExportChoice, key: KeyLater
    ) -> ExportAhead:
        """The file for `choice` to write (`build()`, on a worker) while the host chooses where
        it goes; export then only copies it. `key`: the key being derived for its passphrase
        (waited for once the group is scoped in memory). Its owner closes it if it is never
        handed to export."""
        if isinstance(source, OpenGroup):
            write = partial(source.write_bundle, tmp_dir=self.tmp)
        else:
            write = partial(write_bundle, source, tmp_dir=self.tmp)
        return ExportAhead(
            write, choice, key, source=partial(_source_stamp, source), today=self.today
        )

    # -- import as a new group -------------------------------------------------------------------
    @staticmethod
    def check_file(source: Path) -> StorageError | None:
        """Size and header, before any passphrase is asked: None when it may be a bundle."""
        try:
            check_bundle_shape(Path(source))
        except StorageError as exc:
            return exc
        return None

    def inspect(
        self, source: Path, typed: str, key: NewKey | None = None, stop: Stop | None = None
    ) -> VerifiedCopy:
        """Everything before the preview. The caller discards the copy if the host cancels.

        A generated passphrase opens the file however it was typed (case, spaces, dashes).
        key: derived ahead for the file (new_keys.file_key), used only for the form of the
        passphrase it was derived from and for the salt of the copy. stop: ends the work
        sooner, from another thread (the checks run ahead and then dropped)."""
        tries = passphrases.candidates(typed)
        for attempt in tries[:-1]:
            try:
                ahead = new_keys.matching(key, attempt)
                return bundle_import.prepare(Path(source), attempt, self.tmp, ahead, stop)
            except WrongPassphraseOrDamaged:
                if stop is not None:
                    stop.check()
                continue
        ahead = new_keys.matching(key, tries[-1])
        return bundle_import.prepare(Path(source), tries[-1], self.tmp, ahead, stop)

    @staticmethod
    def stage(copy: VerifiedCopy) -> StagedVault:
        """The new vault but for its key, to build (`build()`, on a worker) while the host
        chooses the passphrase: whatever the host then chooses, import_group only writes it.
        Its owner stops and closes it if it is never handed to import_group."""
        return StagedVault(copy)

    @staticmethod
    def write_ahead(
        copy: VerifiedCopy, staged: StagedVault, key: NewKey, stop: Stop | None = None
    ) -> WrittenAhead:
        """The new vault written under `key` (new_keys.vault_key, the passphrase the host has
        just settled on) from `copy`'s staged vault, while the host is still on the page:
        import_group then only puts it in place, if it is for that passphrase and the group
        keeps its id. Its owner discards it if it is never handed to import_group. stop: from
        another thread, when the host types another passphrase: the write ends sooner, with
        "stopped", its file removed."""
        vault = bundle_import.write_ahead(copy, staged, key.derived, stop)
        return WrittenAhead(key.keyed, vault)

    def import_group(
        self,
        copy: VerifiedCopy,
        label: str,
        vault_passphrase: str,
        progress: Progress | None = None,
        arrival: Arrival = Arrival.NEW,
        key: NewKey | None = None,
        staged: StagedVault | None = None,
        written: WrittenAhead | None = None,
    ) -> ImportResult:
        """The verified copy keyed with the new host's passphrase, then put in place as
        `arrival` says; the copy (and `staged`, and `written`) are gone afterwards whatever
        happened. key: derived ahead (new_keys.vault_key), used only if derived from this very
        passphrase. staged: this copy's vault staged ahead (stage), used only if built from it.
        written: its vault written ahead (write_ahead), used only if written from this copy for
        this very passphrase, and for a group that keeps its id."""
        group_id = copy.manifest.group_id
        if arrival is Arrival.NEW and self.vaults.vault_path(group_id).exists():
            if staged is not None:
                staged.close()
            if written is not None:
                written.discard()
            copy.discard()
            raise GroupAlreadyHere("exists")
        # Kept apart, the file's group gets an id of its own before its vault is made.
        new_group_id = str(uuid.uuid4()) if arrival is Arrival.SEPARATE else None
        report = progress or (lambda _p: None)
        label = label.strip() or copy.manifest.group_name
        vault: Path | None = None
        try:
            check_new_passphrase(vault_passphrase, (label, copy.manifest.group_name))
            report(20)
            keyed = passphrases.keyed_form(vault_passphrase)
            ahead = new_keys.matching(key, keyed)
            mine = written.vault if written is not None and written.keyed == keyed else None
            if mine is not None:
                ahead = mine.key  # derived from this very passphrase
            vault = bundle_import.make_vault(copy, keyed, new_group_id, ahead, staged, mine)
            copy.discard()  # written out: its space is the vault's on a nearly full disk
            report(80)
            if arrival is Arrival.TAKE_OVER:
                info = self.vaults.replace_vault(vault, group_id, label)
            else:
                info = self.vaults.adopt_vault(vault, new_group_id or group_id, label)
        finally:
            if staged is not None:  # not handed to make_vault (a passphrase refused)
                staged.close()
            if written is not None and written.vault.path != vault:  # not the vault made
                written.discard()
            copy.discard()
            if vault is not None:
                remove_scratch(vault)  # moved in place already, or left by a failure
        report(100)
        return ImportResult(info, copy.manifest)

    # -- the same group is already on this computer -----------------------------------------------
    def already_here(self, copy: VerifiedCopy) -> GroupInfo | None:
        """The group this file holds, when it is on this computer already (read from the file
        alone: its id)."""
        try:
            return self.vaults.find(copy.manifest.group_id)
        except StorageError:
            return None

    # -- merge into an open group -----------------------------------------------------------------
    def merge_preview(self, group: OpenGroup, copy: VerifiedCopy) -> MergeCounts:
        return group.merge_bundle(copy, dry_run=True)

    def merge(self, group: OpenGroup, copy: VerifiedCopy) -> MergeCounts:
        group.before_risky_change("merge")
        try:
            return group.merge_bundle(copy)
        finally:
            copy.discard()


# -- a handover file written ahead ----------------------------------------------------------------
@dataclass(frozen=True)
class ExportChoice:
    """What the host chose for a handover file before its destination: a file written ahead is
    used only for exactly this choice."""

    passphrase: str = field(repr=False)
    scope: str
    with_notes: bool = False


def _check_choice(choice: ExportChoice) -> None:
    if choice.scope not in SCOPES:
        raise ValidationError("scope", "unknown")
    check_new_passphrase(choice.passphrase)


def _source_stamp(source: OpenGroup | Database) -> tuple[str, object]:
    """The group a file is written from, and its connection's change stamp: anything written to
    it since (through any connection) moves the stamp."""
    if isinstance(source, OpenGroup):
        return source.info.id, source.change_stamp()
    return str(source.path), source.change_stamp()


@dataclass(frozen=True)
class PreparedExport:
    """A handover file written and verified in our temp folder for `choice`, not yet at its
    target (HandoverService.export copies it there, or removes it). source: the group's stamp
    (_source_stamp) once it was written."""

    choice: ExportChoice
    written: WrittenBundle
    source: tuple[str, object]

    @property
    def manifest(self) -> Manifest:
        return self.written.manifest

    def fits(self, choice: ExportChoice, source: tuple[str, object], today: date) -> bool:
        """Written for this choice, from the group as it still is, on `today`: a consent
        renewed until yesterday let contact details into a file written before midnight."""
        return (choice, source, today) == (self.choice, self.source, self.written.judged_on)


class _Dropped(Exception):
    """An ExportAhead closed before its build needed the key: it stops there."""


class ExportAhead:
    """Everything an export does before it needs the target, for one choice, on a worker while
    the host picks the destination (build); the write after the click then only copies the file
    (about 0.05 s instead of ~0.6 s for the large group). What it reads is what the click would
    have read: the export wizard is modal, and nothing else writes to the group meanwhile.
    Closed (the choice changed, Cancel, a lock), it is never used: a build not past the key
    stops there, one further on removes its file when it ends. Stopped (from another thread),
    a build ends at its next step or statement, or in its wait for the key, its file removed,
    and gives nothing."""

    def __init__(
        self,
        write: Callable[..., WrittenBundle],
        choice: ExportChoice,
        key: KeyLater,
        *,
        source: Callable[[], tuple[str, object]],
        today: Callable[[], date],
    ) -> None:
        self._write = write
        self.choice = choice
        self._key = key
        self._source = source
        self._today = today
        self._lock = threading.Lock()
        self._closed = False
        self._made: PreparedExport | None = None
        self._stop = Stop()

    def build(self) -> PreparedExport | None:
        """On a worker. A choice the click would refuse raises here, before anything is read:
        the click then says why itself."""
        _check_choice(self.choice)
        try:
            written = self._write(
                self.choice.passphrase,
                self.choice.scope,
                app_version=app_version(),
                with_notes=self.choice.with_notes,
                key=self._key_later,
                today=self._today(),
                stop=self._stop,
            )
        except _Dropped:
            return None
        except StorageError:
            if self._stop.stopped:  # dropped: nothing to tell, its file already removed
                return None
            raise
        try:
            # After the write, which went through the same connection (the scope's changes).
            made = PreparedExport(self.choice, written, self._source())
        except BaseException:
            written.close()
            raise
        with self._lock:
            if not self._closed:
                self._made = made
                return made
        written.close()
        return None

    def _key_later(self) -> DerivedKey | None:
        woken = threading.Event()
        try:
            with self._stop.watch(woken.set):  # stopped: no longer held to the derivation
                ahead = self._key(woken)
        except StorageError:
            raise _Dropped from None
        key = new_keys.matching(ahead, self.choice.passphrase)
        if self._closed or self._stop.stopped:  # nothing written yet: no file at all
            raise _Dropped
        return key

    def stop(self) -> None:
        """From another thread, once: it ends sooner, at its statement under way or its next
        (a stop holds), and ui/common/ahead.py waits for it. Never an export's own write: that
        one has a Stop of its own."""
        self._stop.stop()

    def close(self) -> None:
        """Never used: its file removed, now or when its build ends (sooner: stopped)."""
        self._stop.stop()
        with self._lock:
            self._closed = True
            made, self._made = self._made, None
        if made is not None:
            made.written.close()
