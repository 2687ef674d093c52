"""The selected session at a glance: when, where, its agenda, attendance and circle rounds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.group import OpenGroup
from app.model import Session
from ui.common.plain_text import MarkupLabel, escaped
from ui.common.retranslate import Retranslating
from ui.sessions.circle_summary import circle_summary_text
from ui.sessions.labels import kind_label, long_when, minutes_text, status_label


class SessionPanel(Retranslating, QScrollArea):
    def __init__(self, group: OpenGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session: Session | None = None
        self.in_progress = False  # its meeting is running: said above it
        self.label = MarkupLabel()
        self.label.setObjectName("sessionDetails")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        self.translated(self.setAccessibleName, lambda: self.tr("Selected session"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.show_session(self.session, in_progress=self.in_progress)

    def in_progress_text(self) -> str:
        """Why the meeting in progress can be neither edited, cancelled nor deleted."""
        return self.tr("This meeting is in progress: end it before you edit, cancel or delete it.")

    def show_session(self, session: Session | None, *, in_progress: bool = False) -> None:
        self.session, self.in_progress = session, in_progress
        if session is None or not self.group.is_open:
            self.label.setText(self.tr("Select a session to see its agenda."))
            return
        e = escaped
        when = long_when(session)
        title = session.theme or self.tr("Session")
        parts = [f"<p><b>{e(self.in_progress_text())}</b></p>"] if in_progress else []
        parts += [
            f"<h3>{e(title)}</h3>",
            f"<p>{e(when)}<br/>{e(session.place)}</p>",
            "<p>"
            + e(
                self.tr("{status} · {minutes} min").format(
                    status=status_label(session.status), minutes=session.duration_minutes
                )
            )
            + "</p>",
        ]
        template = self.group.sessions.template(session.template_id or "")
        if template is not None:
            line = self.tr("Format: {name}").format(name=template.name)
            parts.append(f"<p>{e(line)}</p>")
        present = len(self.group.roster.present_member_ids(session.id))
        if present or session.guest_count:
            parts.append("<p>" + e(self.tr("%n member(s) present", "", present)) + "</p>")
        items = self.group.sessions.agenda(session.id)
        if items:
            rows = "".join(
                f"<tr><td align='right'>{e(minutes_text(i.planned_minutes))}&nbsp;</td>"
                f"<td>{e(i.title or kind_label(i.kind))}</td></tr>"
                for i in items
            )
            heading = self.tr("Agenda")
            parts.append(f"<p><b>{e(heading)}</b></p><table>{rows}</table>")
        else:
            parts.append("<p>" + e(self.tr("No agenda yet.")) + "</p>")
        rounds = self.group.sessions.circle_summary(session.id)
        if rounds:
            heading = self.tr("Sharing circle")
            parts.append(
                f"<p><b>{e(heading)}</b><br/>"
                + e(circle_summary_text(rounds)).replace("\n", "<br/>")
                + "</p>"
            )
        if session.checkout_good is not None:
            heading = self.tr("Check-out (show of hands)")
            counts = self.tr("{good} good · {mixed} mixed · {hard} hard").format(
                good=session.checkout_good,
                mixed=session.checkout_mixed or 0,
                hard=session.checkout_hard or 0,
            )
            parts.append(f"<p><b>{e(heading)}</b><br/>{e(counts)}</p>")
        if session.summary:
            heading = self.tr("Summary")
            parts.append(f"<p><b>{e(heading)}</b><br/>{e(session.summary)}</p>")
        self.label.setText("".join(parts))
