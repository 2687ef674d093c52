"""Typed storage failures. The UI maps each class to a message in the user's language.

The exception text itself never holds member data or passphrases: only a code-like summary, since
it may end up in a log or crash dialog.
"""

from __future__ import annotations

from typing import NamedTuple


class StorageError(Exception):
    """Base class; `code` is a stable identifier for messages and the CLI's exit codes."""

    code = "storage"


class VaultMissing(StorageError):
    code = "missing"


class NotAVault(StorageError):
    """Empty, random, a plain SQLite file, or an SQLCipher file of another application."""

    code = "not_a_vault"


class WrongPassphraseOrDamaged(StorageError):
    """SQLITE_NOTADB on the first read: a wrong passphrase and a damaged first page look the same."""

    code = "wrong_passphrase"


class VaultDamaged(StorageError):
    """The passphrase was right (the first page decrypted) but later pages fail their checks."""

    code = "damaged"


class NewerSchema(StorageError):
    """Made by a newer Cercle: opening would risk writing a schema we do not understand."""

    code = "newer_schema"

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema {found} is newer than {supported}")
        self.found = found
        self.supported = supported


class VaultInUse(StorageError):
    """Another Cercle window or process has this vault open."""

    code = "in_use"


class LockNotAFile(StorageError):
    """Where a vault's lock file goes stands something else: a folder, a link (never followed:
    every unlock would make and lock a file wherever it points), a loop of links."""

    code = "lock_not_a_file"


class GroupsUnreadable(StorageError):
    """The folder of the groups' files cannot be listed (no right to read it, a disk gone): not
    the same as no group at all, which a host would take for groups lost."""

    code = "groups_unreadable"


class DiskFull(StorageError):
    code = "disk_full"


class CopyDiffers(StorageError):
    """A file copied out (a handover file onto a stick) is not what we wrote and checked: the
    copy, or our scratch file since it was sealed, changed on the way."""

    code = "copy_differs"


class RecordGone(StorageError):
    """A row named by its id is no longer there: deleted meanwhile, from another window or by a
    co-host's file merged in. A bare KeyError reached Qt's event loop as a crash box."""

    code = "gone"


class InvalidPassphrase(StorageError):
    """A passphrase we refuse to use at all (empty, or holding a NUL character)."""

    code = "invalid_passphrase"


class ValidationError(StorageError):
    """A row that breaks a domain rule (empty pseudonym, unknown category...)."""

    code = "invalid"

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


class BundleInvalid(StorageError):
    """A handover file that opened but is not what Cercle writes: altered, damaged or foreign.
    `reason` is a code (schema, counts, digest, references, domain, manifest), never row data."""

    code = "bundle_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TooLong(NamedTuple):  # not a frozen dataclass: this module loads at every start
    """A record whose `column` holds `length` characters, more than the `cap` a handover file
    takes (a text an older Cercle stored); `name` is what the host calls the record (its
    pseudonym, title or date): for the host's screen only, never in an exception's text.
    `owner` is the record it belongs to, where the host edits it: an agenda item's meeting or a
    format item's format ("" for the others)."""

    table: str
    column: str
    row_id: str
    name: str
    length: int
    cap: int
    owner: str = ""


class ContentInvalid(BundleInvalid):
    """A sealed handover file whose content breaks a field's domain (storage/domain.py): which
    kind of record (`table`), which `column`, why (`problem`, a code) and in how many `rows`;
    `findings` counts every refused column. Never the values themselves."""

    code = "content_invalid"

    def __init__(self, table: str, column: str, problem: str, rows: int, findings: int = 1):
        super().__init__("content")
        self.table = table
        self.column = column
        self.problem = str(problem)
        self.rows = rows
        self.findings = findings
        # True at export: the host's own group holds what an import would refuse, so the file
        # is not written (it would be refused at the other end).
        self.outgoing = False
        # At export only: the host's own records whose text is over its cap (a text an older
        # Cercle stored), by the name the host knows them by, so that they can be found and
        # shortened (storage/legacy_text.py TooLong). For the host's screen, never a log.
        self.too_long: list[TooLong] = []
        # At import: the file's Cercle is older than ours (its schema), so a refused character
        # may be one that Cercle kept and ours removes when it opens a group (schema 5).
        self.from_older_cercle = False


class BundleNewerFormat(StorageError):
    """Made by a newer Cercle (bundle format or schema): please update."""

    code = "bundle_newer"


class BundleOtherGroup(StorageError):
    """A merge was asked with the file of another group."""

    code = "bundle_other_group"


class GroupAlreadyHere(StorageError):
    """Importing a group whose id already has a vault on this computer (merge it instead)."""

    code = "group_exists"
