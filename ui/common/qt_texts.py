"""Texts of Qt's own dialogs that Qt's French translation (qtbase_fr) leaves in English.

Qt's file dialog, used where the desktop offers none of its own, looks these up in the context
"QFileDialog"; our translator answers them (i18n/cercle_fr.ts), after Qt's. Listed here only so
that `make i18n-update` extracts them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
