"""Pieces both handover wizards use: the page with its title and column, a file field, the big
code label, the preview lines."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.handover import Manifest
from ui.common.cercle_style import wizard_style
from ui.common.plain_text import PlainLabel, plain_wizard, wrapped_label
from ui.common.record_counts import records_text
from ui.common.retranslate import Retranslating, translated_button, translated_label
from ui.common.side_scroll import SideScroll
from ui.context import UiContext
from ui.handover.letter import local_time, scope_sentence

# What a host calls each table; tombstones and meta are bookkeeping, not shown.
KIND_ORDER = (
    "members",
    "sessions",
    "attendance",
    "agenda_items",
    "circle_rounds",
    "resources",
    "templates",
)


def counts_text(counts: dict[str, int], *, skip_zero: bool = False) -> str:
    kinds = [t for t in KIND_ORDER if counts.get(t, 0) or not skip_zero]
    if not kinds:
        return QCoreApplication.translate("Handover", "nothing")
    return ", ".join(records_text(t, counts.get(t, 0)) for t in kinds)


def preview_lines(manifest: Manifest) -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("Handover", "Group:"), manifest.group_name),
        (
            QCoreApplication.translate("Handover", "Exported:"),
            QCoreApplication.translate("Handover", "{date}, by Cercle {version}").format(
                date=local_time(manifest.exported_at), version=manifest.app_version
            ),
        ),
        (QCoreApplication.translate("Handover", "Holds:"), scope_sentence(manifest.scope)),
        (QCoreApplication.translate("Handover", "Counts:"), counts_text(manifest.counts)),
    ]


class CodeLabel(PlainLabel):
    """Large, monospaced, selectable: a code or a passphrase read aloud or copied on paper."""

    def __init__(self, size: int = 26) -> None:
        super().__init__()
        self._factor = size / 10  # `size` is meant for 10-point body text: it follows the setting
        self._apply_font()
        self.setTextInteractionFlags(self.textInteractionFlags().TextSelectableByMouse)

    def _apply_font(self) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QApplication.font().pointSizeF() * self._factor)
        font.setWeight(QFont.Weight.Bold)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_font()
        super().changeEvent(event)


class FileField(Retranslating, QWidget):
    """A path and a "Choose…" button; the dialog itself is opened by the owner (`browse`)."""

    browse = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.translated(self.edit.setAccessibleName, lambda: self.tr("File"))
        self.button = translated_button(self, lambda: self.tr("C&hoose…"), clicked=self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def path(self) -> str:
        return self.edit.text().strip()


class HandoverPage(Retranslating, QWizardPage):
    """A page of either handover wizard: its title and subtitle given where it is made, and
    `column`, the layout its content goes in. scrolls: under the wizard's title the column
    scrolls rather than being squeezed (fields in large text on a netbook)."""

    def __init__(
        self,
        parent: QWidget,
        title: Callable[[], str] | None,
        subtitle: Callable[[], str] | None = None,
        *,
        scrolls: bool = False,
    ) -> None:
        super().__init__(parent)
        if title is not None:
            self.translated(self.setTitle, title)
        if subtitle is not None:
            self.translated(self.setSubTitle, subtitle)
        if not scrolls:
            self.column = QVBoxLayout(self)
            return
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 0, 0)
        QVBoxLayout(self).addWidget(SideScroll(body, self))  # in place: styled once (SideScroll)

    def label(self, object_name: str = "", text: Callable[[], str] | None = None) -> PlainLabel:
        """A word-wrapped label added at the end of the column, styled by `object_name`:
        saying `text()` in the host's language, or left for the page to fill."""
        if text is None:
            label = wrapped_label(object_name)
        else:
            label = translated_label(self, text, object_name, wraps=True)
        self.column.addWidget(label)
        return label


def ready_flag(page: QWizardPage, name: str) -> QLineEdit:
    """A hidden mandatory field that decides when Next is enabled.

    Overriding QWizardPage.isComplete (or validatePage) in Python is out: with PySide6 6.12 each
    call of a bool-returning virtual drops one reference to True/False, and the interpreter
    aborts after a few hundred calls. The default isComplete checks mandatory fields instead.
    A mandatory field counts as filled when it differs from its value when the page was added
    to the wizard: leave it empty until then (set it from initializePage)."""
    flag = QLineEdit(page)
    flag.hide()
    page.registerField(name + "*", flag)
    return flag


def set_ready(flag: QLineEdit, ready: bool) -> None:
    flag.setText("1" if ready else "")


class TranslatedWizard(Retranslating, QWizard):
    """A wizard whose own buttons follow a language switch: Qt names Back, Next, Finish and
    Cancel once, when the wizard is made, and never again (a page's commit button has its
    own words, given by the page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        button = QWizard.WizardButton
        texts = {
            button.BackButton: lambda: QCoreApplication.translate("TranslatedWizard", "< &Back"),
            button.NextButton: lambda: QCoreApplication.translate("TranslatedWizard", "&Next >"),
            button.FinishButton: lambda: QCoreApplication.translate("TranslatedWizard", "&Finish"),
            button.CancelButton: lambda: QCoreApplication.translate("TranslatedWizard", "Cancel"),
        }
        for which, text in texts.items():
            self.translated(partial(self.setButtonText, which), text)
        self.currentIdChanged.connect(self._focus_on_page)

    def _focus_on_page(self, _id: int = -1) -> None:
        """A page never opens with the focus on Cancel or Back, nor left on the page before:
        after a check on a worker, Qt leaves it where it went when the fields were disabled,
        and Enter, pressed to go on, cancelled the wizard. A page that puts the focus in one
        of its own fields (initializePage) keeps it there, even before the wizard is active
        (the window's focus, not the application's, which is elsewhere until then)."""
        page, focused = self.currentPage(), self.focusWidget()
        if page is None or (focused is not None and page.isAncestorOf(focused)):
            return
        button = QWizard.WizardButton
        for which in (button.CommitButton, button.NextButton, button.FinishButton):
            if self.button(which).isVisible() and self.button(which).isEnabled():
                self.button(which).setFocus()
                return
        page.setFocus()  # Enter then reaches the default button, never Cancel


def prepare_wizard(wizard: QWizard, ctx: UiContext, before_lock: Callable[[], None]) -> None:
    """before_lock cancels or finishes the wizard's work when the group locks under it."""
    ctx.about_to_lock.connect(before_lock)
    wizard.setModal(True)
    # Deleted by Qt when closed: a wizard left to Python's garbage collector after a failed run
    # has crashed PySide6 6.12 on the next style change (seen in tests).
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.setStyle(wizard_style())  # the margins of other dialogs
    plain_wizard(wizard)
    # Larger with the text size, so the preview and the passphrase hints are never cut off,
    # yet within a 1366x768 laptop screen.
    metrics = wizard.fontMetrics()
    wizard.resize(
        min(1300, max(760, metrics.averageCharWidth() * 100)),
        min(720, max(560, metrics.height() * 34)),
    )
