"""A meeting's format and the format's read-aloud texts (schema 4) go across a handover file and
a co-host's merge (a forged format id is refused by the hostile corpus, which covers every
column the gate knows)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import demo
from app.handover import HandoverService
from app.scripts import ScriptService
from app.sessions import SessionService
from storage.database import Database
from storage.records import Session
from storage.sessions import SessionRepository
from tests.helpers import beside
from tests.helpers.handover import (
    BUNDLE_PASSPHRASE,
    NEW_VAULT_PASSPHRASE,
    older_group_file,
    snapshot,
)


def _plan_from_format(db: Database) -> tuple[str, str]:
    """A meeting planned from the first format, and that format's own closing text."""
    sessions = SessionService(db)
    template = sessions.templates()[0]
    planned, items = sessions.session_from_template(template.id, "2027-05-04T19:00")
    stored = sessions.save_session(planned, items)
    ScriptService(db).save_texts({"closing": "Merci, à mardi."}, template.id)
    return stored.id, template.id


def test_a_meetings_format_and_its_texts_survive_a_handover(
    demo_group, demo_db, handover, other_vaults, tmp_path
) -> None:
    session_id, template_id = _plan_from_format(demo_db)
    target = tmp_path / "group.cercle"
    # The host's private notes too: the whole group, row for row.
    handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything", with_notes=True)
    service = HandoverService(other_vaults)
    result = service.import_group(
        service.inspect(target, BUNDLE_PASSPHRASE), "Handed over", NEW_VAULT_PASSPHRASE
    )
    imported = other_vaults.unlock(result.group.id, NEW_VAULT_PASSPHRASE)
    try:
        with beside(imported, NEW_VAULT_PASSPHRASE) as copied:
            assert snapshot(copied) == snapshot(demo_db)
        meeting = imported.sessions.get(session_id)
        assert meeting is not None and meeting.template_id == template_id
        assert imported.scripts.own_text("closing", meeting.template_id) == "Merci, à mardi."
    finally:
        imported.close()


def test_a_co_hosts_meeting_format_merges_in(demo_group, vaults, tmp_path: Path) -> None:
    path = demo_group.info.path
    demo_group.close()
    theirs = tmp_path / "theirs" / path.name
    theirs.parent.mkdir()
    shutil.copy(path, theirs)
    with Database.open(theirs, demo.DEMO_PASSPHRASE) as db:
        session_id, template_id = _plan_from_format(db)
    bundle = tmp_path / "from-co-host.cercle"
    service = HandoverService(vaults)
    with Database.open(theirs, demo.DEMO_PASSPHRASE) as db:
        service.export(db, bundle, BUNDLE_PASSPHRASE, "everything")
    group = vaults.unlock(path.stem, demo.DEMO_PASSPHRASE)
    try:
        counts = service.merge(group, service.inspect(bundle, BUNDLE_PASSPHRASE))
        assert counts.added["sessions"] == 1 and counts.added["scripts"] == 1
        meeting = group.sessions.get(session_id)
        assert meeting is not None and meeting.template_id == template_id
        assert group.scripts.own_text("closing", template_id) == "Merci, à mardi."
    finally:
        group.close()


def test_a_co_hosts_file_from_an_older_cercle_merges_in(
    fresh_group, fresh_db, vaults, tmp_path
) -> None:
    """Schema 3 (no meeting format yet): the scratch copy is migrated before the merge reads
    it; its meeting arrives with no format, the sender's file is left as it was."""
    bundle = older_group_file(
        tmp_path,
        fresh_db,
        vaults,
        "INSERT INTO sessions (id, starts_at, duration_minutes, place, theme, status, "
        "summary, guest_count, created_at, updated_at) VALUES "
        "(?, '2027-05-04T19:00', 90, '', 'Older', 'planned', '', 0, ?, ?)",
        Session("x").id,
    )
    service = HandoverService(vaults)
    before = bundle.read_bytes()
    copy = service.inspect(bundle, BUNDLE_PASSPHRASE)
    assert copy.manifest.schema_version == 3
    counts = service.merge(fresh_group, copy)
    assert counts.added["sessions"] == 1
    merged = [s for s in SessionRepository(fresh_db).list_all() if s.theme == "Older"]
    assert len(merged) == 1 and merged[0].template_id is None
    assert bundle.read_bytes() == before
