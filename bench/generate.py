"""A large, realistic, seeded group for benchmarks and round-trip tests.

    python -m bench.generate DATA_DIR [--members 10000] [--years 10] [--resources 5000]

Builds through the real repositories, so it exercises the same code and triggers as the app.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from app.consent import ConsentService
from app.group import GroupInfo
from app.paths import DataDir
from app.vaults import VaultService
from storage.circle import CircleRepository
from storage.database import Database
from storage.members import AttendanceRepository, MemberRepository
from storage.records import (
    AgendaItem,
    Category,
    CircleRound,
    CircleTurn,
    ItemKind,
    Member,
    Resource,
    Role,
    Session,
    SessionStatus,
)
from storage.resources import ResourceRepository
from storage.sessions import SessionRepository

PASSPHRASE = "benchmark passphrase"

_FIRST = [
    "Hélène",
    "Marc",
    "Sophie",
    "Jean",
    "Amina",
    "Théo",
    "Nadia",
    "François",
    "Camille",
    "Yves",
    "Léa",
    "Rose",
    "Zoé",
    "Éric",
    "Chloé",
    "Noël",
    "Inès",
    "Raphaël",
    "Maëlle",
    "Joël",
    "Agnès",
    "Benoît",
    "Cécile",
    "Gaëlle",
    "Jérôme",
    "Loïc",
    "Océane",
    "Sébastien",
]
_LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "Bégué",
]
# The words of generated notes and resources (the resources search is timed on them).
WORDS = [
    "dépression",
    "deuil",
    "écoute",
    "anxiété",
    "sommeil",
    "addiction",
    "famille",
    "soutien",
    "santé",
    "mentale",
    "urgence",
    "psychologue",
    "médecin",
    "association",
    "logement",
    "emploi",
    "droits",
    "parole",
    "groupe",
    "enfants",
    "parents",
    "solitude",
    "alcool",
    "douleur",
    "chronique",
    "diabète",
    "burn-out",
    "retraite",
    "aidants",
]
_AGENDA = [
    (ItemKind.WELCOME, "Accueil", 10),
    (ItemKind.AGREEMENTS, "Charte", 5),
    (ItemKind.CHECK_IN, "Météo", 15),
    (ItemKind.CIRCLE, "Cercle de parole", 40),
    (ItemKind.BREAK, "Pause", 10),
    (ItemKind.CLOSING, "Clôture", 10),
]


@dataclass(frozen=True)
class Size:
    members: int = 10_000
    years: int = 10
    resources: int = 5_000
    attendance_per_session: int = 14


def generate(data: DataDir, size: Size = Size(), seed: int = 7) -> GroupInfo:
    vaults = VaultService(data)
    info = vaults.create_group("Benchmark", "Grand groupe de test", "fr", PASSPHRASE)
    with Database.open(info.path, PASSPHRASE) as db:
        populate(db, size, random.Random(seed))
    return info


def populate(db: Database, size: Size, rng: random.Random) -> None:
    with db.transaction():
        members = _members(db, size, rng)
        _sessions(db, size, rng, members)
        _resources(db, size, rng)


def _members(db: Database, size: Size, rng: random.Random) -> list[Member]:
    repo = MemberRepository(db)
    consents = ConsentService(db)
    start = date(2016, 1, 1)
    added = []
    for i in range(size.members):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        contact = rng.random() < 0.6
        joined = (start + timedelta(days=rng.randrange(3650))).isoformat()
        added.append(
            repo.add(
                Member(
                    f"{first} {last[0]}. {i}",
                    f"{first} {last}" if contact else "",
                    f"06 {rng.randrange(10**8):08d}" if contact else "",
                    f"{first.lower()}.{i}@example.org" if contact and rng.random() < 0.5 else "",
                    rng.choice([Role.MEMBER] * 30 + [Role.CO_HOST]),
                    rng.random() < 0.7,
                    joined,
                    consent_contact=contact,
                    consent_handover=contact and rng.random() < 0.5,
                    consent_recorded_on=joined if contact else None,
                    private_note=" ".join(rng.choices(WORDS, k=rng.randrange(0, 12))),
                )
            )
        )
        consents.follow_member_form(added[-1], start)
    return added


def _sessions(db: Database, size: Size, rng: random.Random, members: list[Member]) -> None:
    sessions, attendance = SessionRepository(db), AttendanceRepository(db)
    circle = CircleRepository(db)
    first = date.today() - timedelta(weeks=52 * size.years)
    regulars = members[: max(1, min(len(members), 60))]
    for week in range(52 * size.years + 8):
        day = first + timedelta(weeks=week)
        past = day < date.today()
        session = sessions.add(
            Session(
                datetime.combine(day, time(19, 0)).strftime("%Y-%m-%dT%H:%M"),
                90,
                "Salle 3",
                " ".join(rng.choices(WORDS, k=3)),
                SessionStatus.HELD if past else SessionStatus.PLANNED,
                guest_count=rng.randrange(3) if past else 0,
            )
        )
        sessions.replace_items(
            session.id,
            [
                AgendaItem(session.id, i, title, kind, minutes)
                for i, (kind, title, minutes) in enumerate(_AGENDA)
            ],
        )
        if not past:
            continue
        present = rng.sample(regulars, min(len(regulars), size.attendance_per_session))
        for member in present:
            attendance.set_present(session.id, member.id, True)
        round_ = CircleRound(session.starts_at + ":00", 180, session.id)
        circle.save_round(
            round_,
            [
                CircleTurn(
                    round_.id,
                    i,
                    180,
                    m.id,
                    m.pseudonym,
                    rng.randrange(0, 300),
                    passed=rng.random() < 0.1,
                )
                for i, m in enumerate(present)
            ],
        )


def _resources(db: Database, size: Size, rng: random.Random) -> None:
    repo = ResourceRepository(db)
    categories = list(Category)
    for i in range(size.resources):
        words = rng.choices(WORDS, k=rng.randrange(30, 120))
        repo.add(
            Resource(
                f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {i}",
                rng.choice(categories),
                " ".join(words),
                phone=f"0{rng.randrange(1, 9)} {rng.randrange(10**8):08d}",
                address=f"{rng.randrange(1, 200)} rue {rng.choice(_LAST)}",
                pinned=rng.random() < 0.01,
                last_verified_on=(date.today() - timedelta(days=rng.randrange(800))).isoformat(),
            )
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir")
    parser.add_argument("--members", type=int, default=Size.members)
    parser.add_argument("--years", type=int, default=Size.years)
    parser.add_argument("--resources", type=int, default=Size.resources)
    args = parser.parse_args(argv)
    info = generate(
        DataDir.resolve(Path(args.data_dir)), Size(args.members, args.years, args.resources)
    )
    print(info.path, info.path.stat().st_size, "bytes; passphrase:", PASSPHRASE)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
