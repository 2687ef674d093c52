"""What the Resources screen's buttons do, kept apart from its layout."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import StorageError
from app.group import OpenGroup
from app.model import Resource
from ui.common.ask import Button, confirm
from ui.common.messages import error_message
from ui.context import UiContext


def stale_text(resource: Resource) -> str:
    if not resource.last_verified_on:
        return "⚠ " + QCoreApplication.translate(
            "Resources",
            "Never checked: call or visit to confirm it before giving it out.",
        )
    shown = QLocale().toString(
        QDate.fromString(resource.last_verified_on, Qt.DateFormat.ISODate),
        QLocale.FormatType.LongFormat,
    )
    return "⚠ " + QCoreApplication.translate(
        "Resources",
        "Last checked on {date}: call or visit to confirm it before giving it out.",
    ).format(date=shown)


def mark_verified(
    parent: QWidget, group: OpenGroup, resource: Resource, today: date
) -> Resource | None:
    try:
        return group.resources.mark_verified(resource.id, today)
    except StorageError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Resources", "Resources"), error_message(exc)
        )
        return None


def confirm_delete(parent: QWidget, resource: Resource) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("Resources", "Delete resource"),
        QCoreApplication.translate(
            "Resources",
            "Delete “{title}”? It cannot be brought back, not even by "
            "merging an older copy of the group.",
        ).format(title=resource.title),
        no=Button.Cancel,
        name="confirmDelete",
    )


def delete(parent: QWidget, group: OpenGroup, resource: Resource) -> bool:
    if not confirm_delete(parent, resource):
        return False
    try:
        group.resources.delete_resource(resource.id)
    except StorageError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Resources", "Resources"), error_message(exc)
        )
        return False
    return True


def open_handout(
    parent: QWidget, ctx: UiContext, group: OpenGroup, chosen: list[Resource], category: str
) -> None:
    from ui.resources.handout_dialog import HandoutDialog

    dialog = HandoutDialog(ctx, group, chosen, category, parent)
    dialog.exec()


def open_agreements(parent: QWidget, group: OpenGroup) -> None:
    from ui.resources.agreements import AgreementsReader

    reader = AgreementsReader(group, parent)
    reader.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    reader.showMaximized()
    reader.raise_()
