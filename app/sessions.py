"""Meetings, their agendas, and reusable formats."""

from __future__ import annotations

from collections.abc import Sequence

from storage.database import Database
from storage.records import AgendaItem, Session, Template, TemplateItem
from storage.sessions import SessionRepository, TemplateRepository


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._sessions = SessionRepository(db)
        self._templates = TemplateRepository(db)

    def sessions(self) -> list[Session]:
        return self._sessions.list_all()

    def agenda(self, session_id: str) -> list[AgendaItem]:
        return self._sessions.items(session_id)

    def add_session(self, session: Session, items: Sequence[AgendaItem] = ()) -> Session:
        with self._db.transaction():
            stored = self._sessions.add(session)
            self._sessions.replace_items(stored.id, items)
        return stored

    def templates(self) -> list[Template]:
        return self._templates.list_all()

    def template_items(self, template_id: str) -> list[TemplateItem]:
        return self._templates.items(template_id)

    def add_template(self, template: Template, items: Sequence[TemplateItem]) -> Template:
        with self._db.transaction():
            return self._templates.add(template, items)
