"""The demo group: clearly fictional French data, made on demand, with a passphrase shown on screen
because it protects nothing."""

from __future__ import annotations

import random
import statistics
from datetime import date, datetime, time, timedelta

from app.consent import ConsentService
from app.group_info import DEMO_ID as DEMO_ID
from app.group_info import DEMO_PASSPHRASE as DEMO_PASSPHRASE
from app.group_info import GroupInfo
from app.vaults import VaultService
from storage.circle import CircleRepository
from storage.database import Database
from storage.members import AttendanceRepository, MemberRepository
from storage.records import (
    AgendaItem,
    Category,
    CircleRound,
    ItemKind,
    Member,
    Purpose,
    Resource,
    Role,
    Session,
    SessionStatus,
)
from storage.resources import ResourceRepository
from storage.sessions import SessionRepository

DEMO_LABEL = "Les Tilleuls"
DEMO_NAME = "Groupe d'entraide « Les Tilleuls » (démo)"

_MEMBERS = [
    ("Hélène", "Hélène Fictive", "06 00 00 00 01", "helene@example.org", Role.HOST, True, True),
    ("Marc", "Marc Exemple", "06 00 00 00 02", "", Role.CO_HOST, True, True),
    ("Sophie L.", "", "", "sophie@example.org", Role.MEMBER, True, False),
    ("Jean-Pierre", "Jean-Pierre Démo", "06 00 00 00 04", "", Role.MEMBER, True, True),
    ("Amina", "", "", "", Role.MEMBER, True, False),
    ("Théo", "Théo Imaginaire", "", "theo@example.org", Role.MEMBER, True, False),
    ("Nadia", "", "06 00 00 00 07", "", Role.MEMBER, True, True),
    ("François", "", "", "", Role.MEMBER, True, False),
    ("Camille", "Camille Test", "", "camille@example.org", Role.MEMBER, True, True),
    ("Yves", "", "", "", Role.MEMBER, False, False),
    ("Léa", "Léa Inventée", "06 00 00 00 11", "", Role.MEMBER, True, False),
    ("Rose", "", "", "", Role.MEMBER, False, False),
]

_THEMES = [
    "Les fêtes de fin d'année",
    "Le regard des autres",
    "Retrouver le sommeil",
    "Les dates anniversaires",
    "Prendre soin de soi",
    "Parler aux enfants",
    "La colère",
    "Les souvenirs heureux",
    "Reprendre le travail",
    "Demander de l'aide",
    "Le printemps",
    "Les rituels",
]

_AGENDA = [
    (
        ItemKind.WELCOME,
        "Accueil et café",
        10,
        "Accueillir chaque personne, présenter les personnes qui viennent pour la première fois.",
    ),
    (ItemKind.AGREEMENTS, "Lecture de la charte", 5, "Lue à voix haute, à tour de rôle."),
    (
        ItemKind.CHECK_IN,
        "Tour de météo",
        15,
        "Un mot ou une phrase par personne : comment j'arrive ce soir.",
    ),
    (
        ItemKind.CIRCLE,
        "Cercle de parole",
        40,
        "Chaque personne parle à son tour, sans interruption ; on peut passer.",
    ),
    (ItemKind.BREAK, "Pause", 10, ""),
    (
        ItemKind.CLOSING,
        "Tour de clôture",
        10,
        "Ce que j'emporte ce soir. Rappel de la prochaine séance.",
    ),
]

_VERIFY = "\n\n*Fiche de démonstration : vérifiez le numéro et les horaires localement.*"
_RESOURCES = [
    (
        "Urgences — 112",
        Category.CRISIS_LINE,
        "112",
        "24 h/24",
        True,
        "Numéro d'urgence européen, gratuit : pompiers, ambulance, police.",
    ),
    (
        "SAMU — 15",
        Category.CRISIS_LINE,
        "15",
        "24 h/24",
        True,
        "Urgence médicale. Un médecin régulateur répond.",
    ),
    (
        "3114 — Prévention du suicide",
        Category.CRISIS_LINE,
        "3114",
        "24 h/24, 7 j/7",
        True,
        "Numéro national de prévention du suicide, gratuit. Pour la personne en détresse, "
        "ses proches, ou les professionnels qui s'inquiètent pour quelqu'un.",
    ),
    (
        "SOS Amitié",
        Category.CRISIS_LINE,
        "09 72 39 40 50",
        "24 h/24",
        False,
        "Écoute anonyme par des bénévoles formés, pour toute personne en souffrance.",
    ),
    (
        "Centre médico-psychologique (fictif)",
        Category.PROFESSIONAL_HELP,
        "01 00 00 00 00",
        "Lun–ven 9 h–17 h",
        False,
        "Consultations avec psychologues et psychiatres, prises en charge par l'Assurance maladie. "
        "Premier rendez-vous sur appel.",
    ),
    (
        "Psychologue conventionnée — Mon soutien psy",
        Category.PROFESSIONAL_HELP,
        "",
        "",
        False,
        "Jusqu'à 12 séances remboursées par an avec un psychologue partenaire, sans "
        "ordonnance préalable.",
    ),
    (
        "Maison des associations (fictive)",
        Category.LOCAL_SERVICE,
        "01 00 00 00 10",
        "Mar–sam 10 h–19 h",
        False,
        "Permanence d'accès aux droits et écrivain public.",
    ),
    (
        "Lire : « Vivre le deuil au jour le jour »",
        Category.READING,
        "",
        "",
        False,
        "Un livre souvent cité par les membres. Exemplaire disponible à la bibliothèque du groupe.",
    ),
    (
        "Fiche : prendre soin de soi les jours difficiles",
        Category.HANDOUT,
        "",
        "",
        False,
        "## Les jours difficiles\n\n- Se lever, ouvrir la fenêtre.\n- Manger quelque chose, même "
        "peu.\n- Appeler une personne de confiance.\n- Marcher dix minutes.\n- Si les idées noires "
        "reviennent : **3114**, gratuit, 24 h/24.",
    ),
    (
        "La salle et les clés",
        Category.PRACTICAL,
        "01 00 00 00 20",
        "",
        False,
        "Salle 3, au premier étage du centre social. Les clés sont à l'accueil ; les rendre avant "
        "21 h 30. Gardien : poste 12.",
    ),
]


def ensure_demo(vaults: VaultService, today: date | None = None) -> GroupInfo:
    """Return the demo group, building it the first time it is asked for."""
    for info in vaults.list_groups():
        if info.id == DEMO_ID:
            return info
    info = vaults.create_group(
        DEMO_LABEL, DEMO_NAME, "fr", DEMO_PASSPHRASE, group_id=DEMO_ID, demo=True
    )
    with Database.open(info.path, DEMO_PASSPHRASE) as db:
        populate(db, today or date.today())
    return info


def populate(db: Database, today: date) -> None:
    rng = random.Random(20261125)
    members = MemberRepository(db)
    sessions = SessionRepository(db)
    attendance = AttendanceRepository(db)
    with db.transaction():
        stored = [_add_member(members, row, today, i) for i, row in enumerate(_MEMBERS)]
        _record_consents(db, stored, today)
        first = today - timedelta(days=today.weekday()) + timedelta(days=1) - timedelta(weeks=8)
        for week in range(12):
            day = first + timedelta(weeks=week)
            starts = datetime.combine(day, time(19, 0))
            past = day < today
            session = sessions.add(
                Session(
                    starts.strftime("%Y-%m-%dT%H:%M"),
                    90,
                    "Centre social, salle 3",
                    _THEMES[week % len(_THEMES)],
                    SessionStatus.HELD if past else SessionStatus.PLANNED,
                    "Séance calme, deux nouvelles personnes." if past and week % 3 == 0 else "",
                    guest_count=rng.choice([0, 0, 1, 2]) if past else 0,
                )
            )
            sessions.replace_items(
                session.id,
                [
                    AgendaItem(session.id, i, title, kind, minutes, notes)
                    for i, (kind, title, minutes, notes) in enumerate(_AGENDA)
                ],
            )
            if past:
                present = [m for m in stored if m.active and rng.random() < 0.75]
                for member in present:
                    attendance.set_present(session.id, member.id, True)
                if week == 7:
                    _add_round(db, session, present, rng)
        for title, category, phone, hours, pinned, body in _RESOURCES:
            ResourceRepository(db).add(
                Resource(
                    title,
                    category,
                    body + _VERIFY,
                    phone=phone,
                    hours=hours,
                    pinned=pinned,
                )
            )


def _add_member(repo: MemberRepository, row: tuple[object, ...], today: date, i: int) -> Member:
    pseudonym, full_name, phone, email, role, active, consent = row
    joined = (today - timedelta(days=30 * (14 - i))).isoformat()
    return repo.add(
        Member(
            str(pseudonym),
            str(full_name),
            str(phone),
            str(email),
            Role(str(role)),
            bool(active),
            joined,
            consent_contact=bool(phone or email),
            consent_handover=bool(consent),
            consent_recorded_on=joined if (phone or email) else None,
            private_note="Préfère ne pas être appelée le soir." if pseudonym == "Nadia" else "",
        )
    )


def _record_consents(db: Database, members: list[Member], today: date) -> None:
    """The demo's answers as consent records; those who let the next host have their details
    are also on the phone list, and one contact consent is due for renewal (the check-in marks
    it)."""
    consents = ConsentService(db)
    for member in members:
        consents.follow_member_form(member, today)
        if member.consent_handover and member.phone:
            consents.record(
                member.id,
                Purpose.PHONE_LIST,
                True,
                date.fromisoformat(member.joined_on or today.isoformat()),
            )
    due = next((m for m in members if m.consent_contact and not m.consent_handover), None)
    if due is not None:
        joined = date.fromisoformat(due.joined_on or today.isoformat())
        consents.record(due.id, Purpose.CONTACT, True, joined, today + timedelta(days=10))


def _add_round(db: Database, session: Session, present: list[Member], rng: random.Random) -> None:
    """Only the round's balance: the demo, like a new group, keeps no per-person times."""
    spoken = sorted(rng.randint(150, 300) for _ in present[1:])
    CircleRepository(db).save_round(
        CircleRound(
            session.starts_at + ":00",
            240,
            session.id,
            session.starts_at[:11] + "20:10:00",
            spoke_count=len(spoken),
            passed_count=1 if present else 0,
            median_turn_seconds=round(statistics.median(spoken)) if spoken else 0,
            overrun_seconds=sum(max(0, s - 240) for s in spoken),
        ),
        [],
    )
