"""The failures the UI and the CLI need to tell apart, re-exported so they need not import storage."""

from storage.errors import (
    BundleInvalid,
    BundleNewerFormat,
    BundleOtherGroup,
    ContentInvalid,
    DiskFull,
    GroupAlreadyHere,
    InvalidPassphrase,
    NewerSchema,
    NotAVault,
    StorageError,
    ValidationError,
    VaultDamaged,
    VaultInUse,
    VaultMissing,
    WrongPassphraseOrDamaged,
)

__all__ = [
    "BundleInvalid",
    "BundleNewerFormat",
    "BundleOtherGroup",
    "ContentInvalid",
    "DiskFull",
    "GroupAlreadyHere",
    "InvalidPassphrase",
    "NewerSchema",
    "NotAVault",
    "StorageError",
    "ValidationError",
    "VaultDamaged",
    "VaultInUse",
    "VaultMissing",
    "WrongPassphraseOrDamaged",
]
