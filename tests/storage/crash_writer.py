"""Child process of test_crash_safety: writes members and attendance through the app services and
prints each change's id on stdout once its transaction has committed. Killed at random by the test.

Usage: python -m tests.storage.crash_writer <data dir> <group id> <passphrase> <kdf iterations> <seed>
"""

from __future__ import annotations

import random
import sys

from app.paths import DataDir
from app.vaults import VaultService
from storage import settings
from storage.records import Member, Session


def main(argv: list[str]) -> None:
    data_root, group_id, passphrase, iterations, seed = argv
    settings.kdf_iterations = int(iterations)
    rng = random.Random(int(seed))
    group = VaultService(DataDir.resolve(data_root)).unlock(group_id, passphrase)
    session = group.sessions.add_session(Session("2026-01-01T18:00"))
    print(f"session {session.id}", flush=True)
    members: list[str] = []
    while True:
        if not members or rng.random() < 0.5:
            member = group.roster.add_member(Member(f"m{rng.randrange(10**9)}"))
            members.append(member.id)
            print(f"member {member.id}", flush=True)
        else:
            member_id = rng.choice(members)
            group.roster.set_present(session.id, member_id, True)
            print(f"present {member_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
