"""The failures the UI and the CLI need to tell apart, re-exported so they need not import storage."""

# `X as X` re-exports each name (PEP 484): one list, no second one in __all__ to keep in step.
from storage.errors import BundleInvalid as BundleInvalid
from storage.errors import BundleNewerFormat as BundleNewerFormat
from storage.errors import BundleOtherGroup as BundleOtherGroup
from storage.errors import ContentInvalid as ContentInvalid
from storage.errors import CopyDiffers as CopyDiffers
from storage.errors import DiskFull as DiskFull
from storage.errors import GroupAlreadyHere as GroupAlreadyHere
from storage.errors import GroupsUnreadable as GroupsUnreadable
from storage.errors import InvalidPassphrase as InvalidPassphrase
from storage.errors import LockNotAFile as LockNotAFile
from storage.errors import NewerSchema as NewerSchema
from storage.errors import NotAVault as NotAVault
from storage.errors import RecordGone as RecordGone
from storage.errors import StorageError as StorageError
from storage.errors import TooLong as TooLong
from storage.errors import ValidationError as ValidationError
from storage.errors import VaultDamaged as VaultDamaged
from storage.errors import VaultInUse as VaultInUse
from storage.errors import VaultMissing as VaultMissing
from storage.errors import WrongPassphraseOrDamaged as WrongPassphraseOrDamaged
