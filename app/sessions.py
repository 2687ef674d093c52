"""Meetings, their agendas, and reusable formats."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.circle import Outcome
from app.circle_service import RoundBalance, stored_balance
from app.recurrence import Recurrence, dates
from app.typed_fields import as_the_gate_takes
from storage import sessions as session_store
from storage.circle import CircleRepository
from storage.clock import new_id
from storage.database import Database
from storage.domain import field_problem
from storage.errors import RecordGone, ValidationError
from storage.members import MemberRepository
from storage.records import AgendaItem, Session, SessionStatus, Template, TemplateItem
from storage.sessions import SessionRepository, TemplateRepository

STARTS_AT_FORMAT = "%Y-%m-%dT%H:%M"


@dataclass(frozen=True)
class TurnSummary:
    speaker: str  # the member's pseudonym, or the label typed for a guest; never what was said
    planned_seconds: int  # the time given: the round's time each, and any minute added
    spoken_seconds: int
    passed: bool

    @property
    def outcome(self) -> Outcome:
        """Stored turns keep no state: one neither passed nor spoken was not reached, the rule
        migration 0003 counts old rounds by (CircleService keeps a spoken turn at 1 s at least)."""
        if self.passed:
            return Outcome.PASSED
        return Outcome.SPOKE if self.spoken_seconds > 0 else Outcome.NOT_HEARD


@dataclass(frozen=True)
class RoundSummary:
    started_at: str
    seconds_per_turn: int  # the planned time per person: the one figure every screen shows
    turns: list[TurnSummary]  # empty when the group keeps no per-person times
    balance: RoundBalance

    @property
    def spoken_seconds(self) -> int:
        return sum(t.spoken_seconds for t in self.turns)

    @property
    def planned_seconds(self) -> int:
        """As on the circle's own summary: the time each, once per person in the round."""
        return self.seconds_per_turn * (len(self.turns) or self.balance.people)

    def speakers(self, outcome: Outcome) -> list[str]:
        return [t.speaker for t in self.turns if t.outcome is outcome]


@dataclass(frozen=True)
class SeriesPlan:
    created: list[Session]
    skipped: list[date]  # dates that already had a meeting


def starts_at_text(moment: datetime) -> str:
    return moment.strftime(STARTS_AT_FORMAT)


# What a start that does not parse reads as: screens show an odd date rather than crash. The gate
# (storage/domain.py) keeps such values out; a vault may predate it.
UNREADABLE_START = datetime(1970, 1, 1)


def parse_starts_at(text: str) -> datetime:
    try:
        return datetime.strptime(text[:16], STARTS_AT_FORMAT)
    except (ValueError, TypeError):
        return UNREADABLE_START


def copy_starts_at(starts_at: str, today: date) -> str:
    """When a duplicated meeting is planned: a week after the original, on the same weekday and
    time, and ahead of today, so copying an old meeting never plans one in the past."""
    later = parse_starts_at(starts_at) + timedelta(weeks=1)
    while later.date() <= today:
        later += timedelta(weeks=1)
    return starts_at_text(later)


def agenda_from_template(items: Sequence[TemplateItem], session_id: str) -> list[AgendaItem]:
    return [
        AgendaItem(session_id, i, t.title, t.kind, t.planned_minutes, t.notes)
        for i, t in enumerate(items)
    ]


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._sessions = SessionRepository(db)
        self._templates = TemplateRepository(db)

    def sessions(self) -> list[Session]:
        return self._sessions.list_all()

    def get(self, session_id: str) -> Session | None:
        return self._sessions.get(session_id)

    def agenda(self, session_id: str) -> list[AgendaItem]:
        return self._sessions.items(session_id)

    def attendance_counts(self) -> dict[str, int]:
        return session_store.attendance_counts(self._db)

    def add_session(self, session: Session, items: Sequence[AgendaItem] = ()) -> Session:
        return self._insert(*_typed(session, items))

    def _insert(self, session: Session, items: Sequence[AgendaItem]) -> Session:
        with self._db.transaction():
            stored = self._sessions.add(session)
            self._sessions.replace_items(stored.id, items)
        return stored

    def save_session(self, session: Session, items: Sequence[AgendaItem]) -> Session:
        """Insert or update the session and write its whole agenda, in one transaction."""
        session, items = _typed(session, items)
        with self._db.transaction():
            before = self._sessions.get(session.id)
            self._check_format(session.template_id, before.template_id if before else None)
            if before is None:
                stored = self._sessions.add(session)
            else:
                stored = self._sessions.update(session)
            self._sessions.replace_items(stored.id, items)
        return stored

    def duplicate(self, session_id: str, starts_at: str) -> Session:
        """A planned copy (place, theme, duration, agenda) at a new date; no summary, no guests."""
        original = self._require(session_id)
        copy = Session(
            starts_at,
            original.duration_minutes,
            original.place,
            original.theme,
            template_id=original.template_id,
        )
        items = [
            dataclasses.replace(i, id=new_id(), created_at="", updated_at="")
            for i in self.agenda(session_id)
        ]
        # Not typed: the texts are the original's as stored (migration 5 cleaned them). One an
        # older Cercle stored over its cap is copied whole, not cut without a word; the export
        # names both for the host to shorten.
        return self._insert(copy, items)

    def save_checkout(self, session_id: str, good: int, mixed: int, hard: int) -> Session:
        """The check-out by show of hands: three counts on the meeting, never who."""
        counts = [max(0, min(999, int(n))) for n in (good, mixed, hard)]
        with self._db.transaction():
            return self._sessions.update(
                dataclasses.replace(
                    self._require(session_id),
                    checkout_good=counts[0],
                    checkout_mixed=counts[1],
                    checkout_hard=counts[2],
                )
            )

    def set_status(self, session_id: str, status: SessionStatus) -> Session:
        with self._db.transaction():
            return self._sessions.update(
                dataclasses.replace(self._require(session_id), status=status)
            )

    def delete(self, session_id: str) -> None:
        with self._db.transaction():
            self._sessions.delete(session_id)

    def create_series(
        self, rule: Recurrence, template: Session, items: Sequence[AgendaItem]
    ) -> SeriesPlan:
        """One planned session per date of the rule, at the template's time, in one transaction;
        a date that already has a meeting (planned or held) is skipped, never doubled."""
        clock = parse_starts_at(template.starts_at).time()
        created = []
        skipped = []
        with self._db.transaction():
            taken = {
                s.starts_at[:10]
                for s in self._sessions.list_all()
                if s.status != SessionStatus.CANCELLED
            }
            for day in dates(rule):
                if day.isoformat() in taken:
                    skipped.append(day)
                    continue
                session = dataclasses.replace(
                    template,
                    id=new_id(),
                    starts_at=starts_at_text(datetime.combine(day, clock)),
                    status=SessionStatus.PLANNED,
                    summary="",
                    guest_count=0,
                    created_at="",
                    updated_at="",
                )
                stored = self._sessions.add(session)
                self._sessions.replace_items(
                    stored.id,
                    [
                        AgendaItem(
                            stored.id, i.position, i.title, i.kind, i.planned_minutes, i.notes
                        )
                        for i in items
                    ],
                )
                created.append(stored)
        return SeriesPlan(created, skipped)

    def _check_format(self, template_id: str | None, kept: str | None) -> None:
        """The gate's rule for sessions.template_id (an id or None), and a newly chosen format
        must exist; the one already stored may name a format deleted since, and stays."""
        if field_problem("sessions", "template_id", template_id) is not None:
            raise ValidationError("template_id", "invalid")
        if template_id is not None and template_id != kept and self.template(template_id) is None:
            raise ValidationError("template_id", "missing")

    def _require(self, session_id: str) -> Session:
        session = self._sessions.get(session_id)
        if session is None:
            raise RecordGone("sessions")
        return session

    # Templates (formats) ------------------------------------------------------------------

    def templates(self) -> list[Template]:
        return self._templates.list_all()

    def template(self, template_id: str) -> Template | None:
        return session_store.get_template(self._db, template_id)

    def template_items(self, template_id: str) -> list[TemplateItem]:
        return self._templates.items(template_id)

    def add_template(self, template: Template, items: Sequence[TemplateItem]) -> Template:
        with self._db.transaction():
            return self._templates.add(template, items)

    def save_as_template(
        self, name: str, duration_minutes: int, items: Sequence[AgendaItem]
    ) -> Template:
        # The name as the gate takes it, like every typed text: a bell pasted in it, or a page,
        # and the next handover refused the whole group.
        template = as_the_gate_takes(Template(name.strip(), duration_minutes), "templates")
        return self.add_template(
            template,
            [
                TemplateItem(template.id, i, a.title, a.kind, a.planned_minutes, a.notes)
                for i, a in enumerate(items)
            ],
        )

    def rename_template(self, template_id: str, name: str) -> Template:
        with self._db.transaction():
            template = session_store.get_template(self._db, template_id)
            if template is None:
                raise KeyError(template_id)
            typed = as_the_gate_takes(dataclasses.replace(template, name=name.strip()), "templates")
            return session_store.rename_template(self._db, template, typed.name)

    def delete_template(self, template_id: str) -> None:
        with self._db.transaction():
            self._templates.delete(template_id)

    def session_from_template(
        self, template_id: str, starts_at: str
    ) -> tuple[Session, list[AgendaItem]]:
        """A new, unsaved session laid out as the format says; the editor saves it."""
        template = session_store.get_template(self._db, template_id)
        if template is None:
            raise KeyError(template_id)
        session = Session(starts_at, template.duration_minutes, template_id=template.id)
        return session, agenda_from_template(self.template_items(template_id), session.id)

    # Circle rounds, read only ---------------------------------------------------------------

    def circle_summary(self, session_id: str) -> list[RoundSummary]:
        circle = CircleRepository(self._db)
        members = MemberRepository(self._db)
        names: dict[str, str] = {}
        summaries = []
        for round_ in circle.rounds_for_session(session_id):
            turns = []
            for turn in circle.turns(round_.id):
                speaker = turn.speaker_label
                if turn.member_id is not None:
                    if turn.member_id not in names:
                        member = members.get(turn.member_id)
                        names[turn.member_id] = member.pseudonym if member else ""
                    speaker = names[turn.member_id] or speaker
                turns.append(
                    TurnSummary(speaker, turn.planned_seconds, turn.spoken_seconds, turn.passed)
                )
            summaries.append(
                RoundSummary(
                    round_.started_at, round_.seconds_per_turn, turns, stored_balance(round_)
                )
            )
        return summaries


def _typed(session: Session, items: Sequence[AgendaItem]) -> tuple[Session, list[AgendaItem]]:
    """A meeting and its agenda as the host's editor left them, as the handover gate takes them."""
    typed = [as_the_gate_takes(item, "agenda_items") for item in items]
    return as_the_gate_takes(session, "sessions"), typed
