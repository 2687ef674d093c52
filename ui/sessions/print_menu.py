"""The Print menu of the Sessions screen: agenda and sign-in sheet, on a printer or as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.group import OpenGroup
from app.model import Session
from app.print_text import headings
from ui.common import file_names
from ui.common.ask import confirm_unencrypted
from ui.common.file_dialog import PDF, Unencrypted, save_file_as
from ui.common.messages import error_message
from ui.common.retranslate import Retranslating
from ui.sessions.printing import agenda_html, print_html, sign_in_html, write_pdf

AGENDA, SIGN_IN = "agenda", "sign_in"


class PrintMenu(QObject):
    """The menu's texts are set again at each language change by `parent`, the screen that
    shows it."""

    def __init__(
        self, group: OpenGroup, parent: Retranslating, current: Callable[[], Session | None]
    ) -> None:
        super().__init__(parent)
        self.group = group
        self.parent_widget: QWidget = parent
        self.current = current
        self.menu = QMenu(parent)
        actions: list[tuple[Callable[[], str], Callable[[], None]]] = [
            (lambda: self.tr("Print the agenda…"), lambda: self.print_paper(AGENDA)),
            (lambda: self.tr("Save the agenda as PDF…"), lambda: self.ask_pdf(AGENDA)),
            (lambda: self.tr("Print a blank sign-in sheet…"), lambda: self.print_paper(SIGN_IN)),
            (lambda: self.tr("Save a blank sign-in sheet as PDF…"), lambda: self.ask_pdf(SIGN_IN)),
        ]
        for text, slot in actions:
            action = QAction(self.menu)
            parent.translated(action.setText, text)
            action.triggered.connect(slot)
            self.menu.addAction(action)

    def html(self, what: str, session: Session) -> str:
        if what == AGENDA:
            return agenda_html(self.group, session, self.group.sessions.agenda(session.id))
        return sign_in_html(self.group, session)

    def _unencrypted(self, what: str) -> Unencrypted | None:
        """The sign-in sheet is for members' names; the agenda holds none."""
        if what != SIGN_IN:
            return None
        return Unencrypted(
            self.tr("Sign-in sheet"),
            self.tr(
                "A printed or PDF sign-in sheet is not encrypted. Once members have written on "
                "it, keep it somewhere safe and destroy it when it is no longer needed."
            ),
        )

    def print_paper(self, what: str) -> None:
        session = self.current()
        warning = self._unencrypted(what)
        if session is None or (
            warning is not None and not confirm_unencrypted(self.parent_widget, *warning)
        ):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_html(self.html(what, session), printer)

    def ask_pdf(self, what: str) -> None:
        session = self.current()
        if session is None:
            return
        day = session.starts_at[:10]
        name = file_names.agenda(day) if what == AGENDA else file_names.sign_in_sheet(day)
        path = save_file_as(
            self.parent_widget, self.tr("Save as PDF"), name, PDF, self._unencrypted(what)
        )
        if path is not None:
            self.save_pdf(what, session, path)

    def save_pdf(self, what: str, session: Session, path: Path) -> bool:
        try:
            write_pdf(self.html(what, session), path, headings(self.group.language)[what])
        except OSError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Save as PDF"), error_message(exc))
            return False
        return True
