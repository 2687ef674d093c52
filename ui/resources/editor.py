"""Add or change one resource: its details, its Markdown text with a live preview."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError, ValidationError
from app.group import OpenGroup
from app.model import Category, Resource
from app.resources import CATEGORY_ORDER
from ui.common.capped_line import capped, capped_lines
from ui.common.capped_text import CappedTextEdit, held_back
from ui.common.dialog_buttons import save_buttons
from ui.common.forms import translated_row
from ui.common.messages import error_words
from ui.common.notices import Words, notice_label, say
from ui.common.offline_text import OfflineTextBrowser
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.shortcuts import bind_keys
from ui.common.unsaved import AsksBeforeDiscarding
from ui.context import Area, UiContext
from ui.resources import actions
from ui.resources.model import category_name


class ResourceEditor(Retranslating, AsksBeforeDiscarding, QDialog):
    def __init__(
        self,
        ctx: UiContext,
        group: OpenGroup,
        resource: Resource | None,
        parent: QWidget | None = None,
        *,
        category: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.original = resource
        # A new resource keeps one id while edited: each record() is then the same while
        # nothing changed (the question before closing compares them).
        self._draft = Resource("")
        self.saved: Resource | None = None
        self.deleted = False
        self._verified = resource.last_verified_on if resource else None
        self.translated(
            self.setWindowTitle,
            lambda: self.tr("New resource") if resource is None else self.tr("Edit resource"),
        )
        self._build()
        self._show_verified()
        self._load(resource or Resource("", Category(category or Category.OTHER)))
        self.watch_fields(self.record)
        self.resize(980, 640)

    def _build(self) -> None:
        self.title_edit = capped(QLineEdit(), "resources", "title")
        self.category_box = QComboBox()
        for index, category in enumerate(CATEGORY_ORDER):
            self.category_box.addItem("", category)
            self.translated(
                partial(self.category_box.setItemText, index), partial(category_name, category)
            )
        self.phone_edit = capped(QLineEdit(), "resources", "phone")
        self.url_edit = capped(QLineEdit(), "resources", "url")
        self.translated(
            self.url_edit.setPlaceholderText, lambda: self.tr("e.g. https://example.org")
        )
        self.address_edit = capped(QLineEdit(), "resources", "address")
        self.hours_edit = capped(QLineEdit(), "resources", "hours")
        self.translated(
            self.hours_edit.setPlaceholderText, lambda: self.tr("e.g. every day, 24 hours")
        )
        self.pinned_box = translated_button(
            self, lambda: self.tr("&Show in Help now, in large type"), kind=QCheckBox
        )
        self.verified_label = PlainLabel()
        self.verified_button = translated_button(
            self, lambda: self.tr("&Verified today"), clicked=self.mark_verified_today
        )
        self._build_form()
        self.body_edit = CappedTextEdit("resources", "body")
        self.body_edit.setTabChangesFocus(True)
        self.preview = OfflineTextBrowser()
        self.body_edit.textChanged.connect(self._update_preview)
        self.body_label, self.preview_label = PlainLabel(), PlainLabel()
        self.translated(
            self.body_label.setText,
            lambda: self.tr("Te&xt (formatting: **bold**, - lists, # headings):"),
        )
        self.translated(self.preview_label.setText, lambda: self.tr("Preview:"))
        self.body_label.setBuddy(self.body_edit)
        self.error_label = notice_label("error", visible=False)
        self._title_missing = False
        self.title_edit.textChanged.connect(self._title_typed)
        self._build_layout()

    def _build_form(self) -> None:
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified_label, 1)
        verified_row.addWidget(self.verified_button)
        self.form = QFormLayout()
        rows: list[tuple[Callable[[], str], QWidget]] = [
            (lambda: self.tr("&Title:"), self.title_edit),
            (lambda: self.tr("&Category:"), self.category_box),
            (lambda: self.tr("&Phone:"), self.phone_edit),
            (lambda: self.tr("&Web address:"), self.url_edit),
            (lambda: self.tr("&Postal address:"), self.address_edit),
            (lambda: self.tr("&Opening hours:"), self.hours_edit),
            (lambda: self.tr("Help now:"), self.pinned_box),
        ]
        for text, field in rows:
            translated_row(self, self.form, text, field)
        # The date and its button: no field for the label to name.
        self.form.addRow(translated_label(self, lambda: self.tr("Last checked:")), verified_row)

    def _build_layout(self) -> None:
        splitter = QSplitter()
        for label, field in (
            (self.body_label, self.body_edit.column()),
            (self.preview_label, self.preview),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            if isinstance(field, QWidget):
                column.addWidget(field, 1)
            else:
                column.addLayout(field, 1)
            splitter.addWidget(box)
        self.buttons = save_buttons(self, self.save)
        # Delete apart on the left, not between Save and Cancel where a hurried click lands.
        self.delete_button = translated_button(
            self, lambda: self.tr("&Delete…"), clicked=self.delete
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.original is not None)
        save = [(QKeySequence.StandardKey.Save, self.save)]
        bind_keys(self, save, Qt.ShortcutContext.WindowShortcut)
        root = QVBoxLayout(self)
        root.addLayout(self.form)
        root.addWidget(splitter, 1)
        root.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.buttons, 1)
        root.addLayout(bottom)
        # Tab follows the screen, left to right: the preview, Delete, then Save and Cancel.
        QWidget.setTabOrder(self.preview, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.buttons)

    def retranslate(self) -> None:
        super().retranslate()
        self._show_verified()

    def _load(self, resource: Resource) -> None:
        self.title_edit.setText(resource.title)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(resource.category)))
        self.phone_edit.setText(resource.phone)
        self.url_edit.setText(resource.url)
        self.address_edit.setText(resource.address)
        self.hours_edit.setText(resource.hours)
        self.pinned_box.setChecked(resource.pinned)
        self.body_edit.setPlainText(resource.body)
        self._update_preview()

    def _update_preview(self) -> None:
        self.preview.setMarkdown(self.body_edit.toPlainText())

    def _show_verified(self) -> None:
        if not self._verified:
            self.verified_label.setText("⚠ " + self.tr("Never checked"))
            return
        day = QDate.fromString(self._verified, Qt.DateFormat.ISODate)
        self.verified_label.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))

    def mark_verified_today(self) -> None:
        self._verified = self.ctx.today().isoformat()
        self._show_verified()

    def record(self) -> Resource:
        base = self.original or self._draft
        return dataclasses.replace(
            base,
            title=self.title_edit.text(),
            category=Category(str(self.category_box.currentData())),
            phone=self.phone_edit.text(),
            url=self.url_edit.text(),
            address=self.address_edit.text(),
            hours=self.hours_edit.text(),
            pinned=self.pinned_box.isChecked(),
            body=self.body_edit.toPlainText(),
            last_verified_on=self._verified,
        )

    def save(self) -> None:
        if held_back(*capped_lines(self), self.body_edit):
            return
        try:
            self.saved = self.group.resources.save_resource(self.record())
        except ValidationError as exc:
            self._show_error(
                (lambda: self.tr("Please give the resource a title."))
                if exc.field == "title"
                else error_words(exc)
            )
            self._title_missing = exc.field == "title"
            self.title_edit.setFocus()
            return
        except StorageError as exc:
            self._show_error(error_words(exc))
            return
        self.accept()

    def delete(self) -> None:
        if self.original is not None and actions.delete(self, self.group, self.original):
            self.deleted = True
            self.ctx.data_changed.emit(Area.RESOURCES)
            self.reject()

    def _show_error(self, words: Words) -> None:
        say(self.error_label, words)
        self.error_label.show()

    def _title_typed(self, text: str) -> None:
        """The missing title was the problem shown: it goes once a title is typed."""
        if self._title_missing and text.strip():
            self._title_missing = False
            self.error_label.hide()


def edit(
    parent: QWidget, ctx: UiContext, group: OpenGroup, resource: Resource | None, category: str = ""
) -> Resource | None:
    """Open the editor on `resource` (a new one when None); what was saved, if anything."""
    dialog = ResourceEditor(ctx, group, resource, parent, category=category)
    dialog.exec()
    return dialog.saved
