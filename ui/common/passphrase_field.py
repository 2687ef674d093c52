"""Passphrase fields: masked with a show/hide toggle, a hint that says why one is refused, and
the pair of fields in which a passphrase is chosen anew."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QWidget

from app.passphrase import MIN_LENGTH, Strength, Weakness, strength, weakness
from ui.common.plain_text import PlainLabel
from ui.common.retranslate import Retranslating, translated_label


def _eye_icon(widget: QWidget, crossed: bool) -> QIcon:
    """Drawn here rather than shipped: it takes the text colour of the current theme."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(widget.palette().text().color(), 5)
    painter.setPen(pen)
    painter.drawEllipse(QRectF(6, 18, 52, 28))
    painter.setBrush(widget.palette().text())
    painter.drawEllipse(QPointF(32, 32), 8, 8)
    if crossed:
        painter.drawLine(QPointF(10, 54), QPointF(54, 10))
    painter.end()
    return QIcon(pixmap)


def _is_toggle_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_H and event.modifiers() == Qt.KeyboardModifier.ControlModifier


class PassphraseEdit(Retranslating, QLineEdit):
    """A masked field with a toggle at its end (also Ctrl+H, as in KeePassXC). It masks itself
    again when emptied, so a field reused for the next group never starts out readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle_action = QAction(self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.toggled.connect(self._show)
        self.addAction(self.toggle_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textChanged.connect(self._mask_when_emptied)
        self._show(False)

    def _mask_when_emptied(self, text: str) -> None:
        if not text:
            self.toggle_action.setChecked(False)

    def event(self, event: QEvent) -> bool:
        # Claimed before the shortcuts: a dialog open over the group also binds Ctrl+H (Help
        # now), and in this field the key keeps the meaning its toggle shows.
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and _is_toggle_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Handled here rather than as a shortcut: it belongs to the field with the focus, and
        # two passphrase fields in one dialog would make a shortcut ambiguous.
        if _is_toggle_key(event):
            self.toggle_action.toggle()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Drawn in the text colour: redrawn when the colours change (a dark theme chosen
            # after the field was made left a dark eye on a dark field).
            self.toggle_action.setIcon(_eye_icon(self, crossed=self.toggle_action.isChecked()))

    @property
    def shown(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def _show(self, on: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        # Given again at each toggle: the toggle's own words follow a language switch.
        text = (
            (lambda: self.tr("Hide the passphrase (Ctrl+H)"))
            if on
            else (lambda: self.tr("Show the passphrase (Ctrl+H)"))
        )
        self.translated(self.toggle_action.setText, text)
        self.translated(self.toggle_action.setToolTip, text)
        self.toggle_action.setIcon(_eye_icon(self, crossed=on))


def weakness_text(weak: Weakness) -> str:
    texts = {
        Weakness.TOO_SHORT: QCoreApplication.translate(
            "Passphrase", "Too short: use at least {count} characters."
        ).format(count=MIN_LENGTH),
        Weakness.ALL_DIGITS: QCoreApplication.translate(
            "Passphrase", "Only digits (like a date or a code) are guessed in minutes."
        ),
        Weakness.SEQUENCE: QCoreApplication.translate(
            "Passphrase",
            "A sequence or a row of the keyboard (like 12345678 or azerty) is tried first.",
        ),
        Weakness.GROUP_NAME: QCoreApplication.translate(
            "Passphrase",
            "It is the group's own label or name, which anyone can read on the start screen.",
        ),
        Weakness.COMMON: QCoreApplication.translate(
            "Passphrase",
            "It is one of the most common passphrases, tried first by anyone guessing.",
        ),
    }
    return texts[weak]


class PassphraseStrengthLabel(Retranslating, PlainLabel):
    """Follows a field as the host types: why it would be refused, or how strong it is."""

    def __init__(
        self, field: QLineEdit, names: Callable[[], tuple[str, ...]] | None = None
    ) -> None:
        super().__init__()
        self._field = field
        self._names = names or (lambda: ())
        self.setWordWrap(True)  # a long hint must not widen dialogs in large text
        self.setObjectName("muted")
        field.textChanged.connect(self.refresh)
        self.translated(self.setText, self.hint)

    def refresh(self) -> None:
        """The hint for what the field now holds (the names it is checked against may have
        changed too)."""
        self.setText(self.hint())

    def hint(self) -> str:
        text = self._field.text()
        if not text:
            return self.tr(
                "At least 8 characters. A few unrelated words are easy to "
                "remember and hard to guess."
            )
        weak = weakness(text, self._names())
        if weak is not None:
            return self.tr("Refused: {reason}").format(reason=weakness_text(weak))
        names = {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak: easy to guess"),
            Strength.FAIR: self.tr("Fair: add a word or two"),
            Strength.GOOD: self.tr("Good"),
            Strength.STRONG: self.tr("Strong"),
        }
        return self.tr("Strength: {level}").format(level=names[strength(text)])


class NewPassphrase:
    """A passphrase chosen anew, typed twice (a new group, a passphrase change, an imported
    group, a handover passphrase of one's own): its two fields, the hint that follows the first,
    the warning to write it down (nobody can recover it), and the one judgement of what is
    typed. The owner lays them out, and says a refusal in its own words (a change also compares
    with the current passphrase)."""

    def __init__(
        self,
        owner: Retranslating,
        warning: Callable[[], str],
        names: Callable[[], tuple[str, ...]] | None = None,
    ) -> None:
        """`names`: the group's label and name as typed, which the passphrase must not be."""
        self.edit = PassphraseEdit()
        self.confirm = PassphraseEdit()
        self._names = names or (lambda: ())
        self.strength = PassphraseStrengthLabel(self.edit, self._names)
        self.warning = translated_label(owner, warning, "warning", wraps=True)

    def weakness(self) -> Weakness | None:
        """Why the first field's passphrase would be refused, or None."""
        return weakness(self.edit.text(), self._names())

    def confirmed(self) -> bool:
        return self.edit.text() == self.confirm.text()

    def acceptable(self) -> bool:
        return self.weakness() is None and self.confirmed()
