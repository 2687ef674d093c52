"""Texts an older Cercle stored that the gate now refuses: a bidirectional override, a bell, a
line break in a phone number, a text over its cap. Until schema 5 the next handover refused the
whole group for them, naming only a kind of record and a field; the host could not find which
record held an invisible character. Migration 5 removes the refused characters once, after the
pre-migration backup; a text over its cap is left whole and the export names its record."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import BundleInvalid, ContentInvalid
from app.handover import HandoverService
from app.model import Category, Member, Resource
from storage.database import Database
from storage.errors import TooLong
from storage.legacy_text import clean_refused_characters, too_long
from tests.conftest import FRESH_PASSPHRASE
from tests.helpers import beside

LONG_BODY = "Numéros utiles. " * 3_800  # 60,800 characters: over the 60,000 a body may hold


def _planted(group, updates: list[tuple[str, tuple[object, ...]]]) -> None:
    """Texts written as Cercle 4 wrote them: without the gate (raw SQL)."""
    with beside(group, FRESH_PASSPHRASE) as db, db.transaction():
        for sql, params in updates:
            db.execute(sql, params)


def _reopened_from_schema_4(vaults, group):
    """The group closed, its file marked as schema 4 left it, and opened again as a host does."""
    with beside(group, FRESH_PASSPHRASE) as db, db.transaction():
        db.execute("PRAGMA user_version = 4")
        db.set_meta("schema_version", "4")
    group.close()
    return vaults.unlock(group.info.id, FRESH_PASSPHRASE)


def _export(vaults, group, target: Path, *, with_notes: bool = False) -> None:
    HandoverService(vaults).export(
        group, target, "bundle words here", "everything", with_notes=with_notes
    )


def test_refused_characters_are_removed_once_at_opening_after_a_backup(
    vaults, fresh_group, tmp_path: Path
) -> None:
    zoe = fresh_group.roster.add_member(Member("Zoé", phone="06 12", private_note="Vient le mardi"))
    line = fresh_group.resources.save_resource(Resource("Écoute", Category.CRISIS_LINE))
    _planted(
        fresh_group,
        [
            (
                "UPDATE members SET pseudonym = ?, phone = ?, private_note = ? WHERE id = ?",
                ("Zo\u202eé\x07", "06\n12", "Vient\x0c le\tmardi\r\n", zoe.id),
            ),
            ("UPDATE resources SET body = ? WHERE id = ?", ("Appeler\u202d le 3114", line.id)),
            ("UPDATE meta SET value = ? WHERE key = 'group_name'", ("Mardi\u202e",)),
        ],
    )
    # What happened until now: the whole handover refused, for a character no one can see (the
    # group's name, written into the file's manifest, even as a damaged file).
    with pytest.raises(BundleInvalid):
        _export(vaults, fresh_group, tmp_path / "before.cercle", with_notes=True)
    assert not (tmp_path / "before.cercle").exists()
    stamps = {m.id: m.updated_at for m in fresh_group.roster.members()}

    group = _reopened_from_schema_4(vaults, fresh_group)
    try:
        member = group.roster.member(zoe.id)
        assert (member.pseudonym, member.phone, member.private_note) == (
            "Zoé",
            "06 12",
            "Vient le\tmardi\n",  # tabs and line breaks stay in a note; "\r" is a control
        )
        assert member.updated_at == stamps[zoe.id]  # a copy cleaned elsewhere is the same row
        assert group.resources.get(line.id).body == "Appeler le 3114"
        assert group.resources.search("3114")  # the search index follows
        assert group.name == "Mardi"
        _export(vaults, group, tmp_path / "after.cercle", with_notes=True)
        assert (tmp_path / "after.cercle").exists()
    finally:
        group.close()

    (backup,) = [
        b for b in vaults.backups.backups_of(fresh_group.info.id) if b.kind == "pre-migration"
    ]
    with Database.open(backup.path, FRESH_PASSPHRASE, read_only=True) as kept:
        assert (
            kept.scalar("SELECT pseudonym FROM members WHERE id = ?", (zoe.id,)) == "Zo\u202eé\x07"
        )


def test_a_text_over_its_cap_is_kept_whole_and_the_export_names_its_record(
    vaults, fresh_group, tmp_path: Path
) -> None:
    zoe = fresh_group.roster.add_member(Member("Zoé"))
    line = fresh_group.resources.save_resource(Resource("Numéros utiles", Category.OTHER))
    note = "Très long. " * 2_000  # 22,000 characters: over the 20,000 of a note
    _planted(
        fresh_group,
        [
            ("UPDATE members SET private_note = ? WHERE id = ?", (note, zoe.id)),
            ("UPDATE resources SET body = ? WHERE id = ?", (LONG_BODY, line.id)),
        ],
    )
    group = _reopened_from_schema_4(vaults, fresh_group)
    try:
        assert group.roster.member(zoe.id).private_note == note  # nothing cut
        assert group.resources.get(line.id).body == LONG_BODY
        with pytest.raises(ContentInvalid) as refused:
            _export(vaults, group, tmp_path / "out.cercle", with_notes=True)
        assert refused.value.outgoing and refused.value.problem == "too_long"
        assert refused.value.too_long == [
            TooLong("members", "private_note", zoe.id, "Zoé", 22_000, 20_000),
            TooLong("resources", "body", line.id, "Numéros utiles", 60_800, 60_000),
        ]
        # Notes left behind by the scope block nothing and are not named.
        with pytest.raises(ContentInvalid) as refused:
            _export(vaults, group, tmp_path / "out.cercle", with_notes=False)
        assert [t.table for t in refused.value.too_long] == ["resources"]
        assert not (tmp_path / "out.cercle").exists()
    finally:
        group.close()


def test_emoji_count_as_the_gate_counts_them(fresh_db) -> None:
    """SQLite's length() and the gate's len() both count code points: a text of 20,000 emoji
    (40,000 UTF-16 units, 80,000 bytes) fits a note."""
    fresh_db.execute(
        "INSERT INTO members (id, pseudonym, private_note, created_at, updated_at) "
        "VALUES ('00000000-0000-4000-8000-000000000001', 'E', ?, '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')",
        ("😀" * 20_000,),
    )
    assert too_long(fresh_db) == []
    fresh_db.execute("UPDATE members SET private_note = private_note || '😀'")
    (found,) = too_long(fresh_db)
    assert (found.length, found.cap) == (20_001, 20_000)


def test_a_clean_group_is_left_as_it_is(fresh_db) -> None:
    before = fresh_db.scalar("SELECT total_changes()")
    with fresh_db.transaction():
        assert clean_refused_characters(fresh_db) == 0
    assert fresh_db.scalar("SELECT total_changes()") == before


def test_migration_5_reads_only_the_columns_and_tables_a_schema_5_file_has(monkeypatch) -> None:
    """Step 5 runs on a file at schema 5, whatever the version it is migrated to: a later
    migration's column or table, in the gate's rules by then, is not there yet, and reading it
    failed the whole migration, so the group no longer opened."""
    import sqlcipher3

    from storage import schema
    from storage.domain import FIELDS, Kind, Rule

    db = Database(sqlcipher3.connect(":memory:", isolation_level=None), Path(":memory:"), None)
    try:
        schema.migrate(db, up_to=4)
        db.execute(
            "INSERT INTO members (id, pseudonym, created_at, updated_at) VALUES "
            "('00000000-0000-4000-8000-000000000001', ?, '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z')",
            ("Zo\u202eé",),
        )
        later = Rule(Kind.TEXT, cap=200)
        monkeypatch.setitem(FIELDS["members"], "nickname_of_schema_6", later)
        monkeypatch.setitem(FIELDS, "table_of_schema_6", {"label": later})
        assert schema.migrate(db, up_to=5) == 1
        assert db.scalar("SELECT pseudonym FROM members") == "Zoé"
    finally:
        db.close()


def test_a_name_of_refused_characters_only_is_left_visible_not_empty(
    vaults, fresh_group, tmp_path: Path
) -> None:
    """A pseudonym, a resource's title or a format's name that held nothing but refused
    characters (a pasted bell, an override, a tab) would be empty once cleaned, which its
    table's CHECK refuses: the migration failed, and with it every opening of the group. It is
    left as a visible "?" the host can rename, the same on every co-host's copy."""
    zoe = fresh_group.roster.add_member(Member("Zoé"))
    line = fresh_group.resources.save_resource(Resource("Écoute", Category.CRISIS_LINE))
    (format_,) = fresh_group.sessions.templates()[:1]
    _planted(
        fresh_group,
        [
            ("UPDATE members SET pseudonym = ? WHERE id = ?", ("\u202e\x07", zoe.id)),
            ("UPDATE resources SET title = ? WHERE id = ?", ("\x07", line.id)),
            ("UPDATE templates SET name = ? WHERE id = ?", ("\t\n", format_.id)),
        ],
    )
    group = _reopened_from_schema_4(vaults, fresh_group)
    try:
        assert group.roster.member(zoe.id).pseudonym == "?"
        assert group.resources.get(line.id).title == "?"
        assert {t.name for t in group.sessions.templates() if t.id == format_.id} == {"?"}
        _export(vaults, group, tmp_path / "after.cercle", with_notes=True)
        assert (tmp_path / "after.cercle").exists()
    finally:
        group.close()


def test_a_save_of_another_field_keeps_a_text_over_its_cap_whole(
    vaults, fresh_group, tmp_path: Path
) -> None:
    """Marking a member inactive, or pinning a resource, saves the whole record: the save cut a
    note or a text an older Cercle stored over its cap, without a word. What the host did not
    change is kept whole (the export names it); a text they typed anew is still cut."""
    import dataclasses

    zoe = fresh_group.roster.add_member(Member("Zoé"))
    line = fresh_group.resources.save_resource(Resource("Numéros utiles", Category.OTHER))
    note = "Très long. " * 2_000
    _planted(
        fresh_group,
        [
            ("UPDATE members SET private_note = ? WHERE id = ?", (note, zoe.id)),
            ("UPDATE resources SET body = ? WHERE id = ?", (LONG_BODY, line.id)),
        ],
    )
    stored = fresh_group.roster.member(zoe.id)
    fresh_group.roster.update_member(dataclasses.replace(stored, active=False))
    assert fresh_group.roster.member(zoe.id).private_note == note
    resource = fresh_group.resources.get(line.id)
    fresh_group.resources.save_resource(dataclasses.replace(resource, pinned=True))
    assert fresh_group.resources.get(line.id).body == LONG_BODY
    fresh_group.roster.update_member(dataclasses.replace(stored, private_note=note + "!"))
    assert len(fresh_group.roster.member(zoe.id).private_note) == 20_000


def test_two_names_of_refused_characters_only_both_become_a_question_mark(
    vaults, fresh_group, tmp_path: Path
) -> None:
    """Two pseudonyms, two formats' names and two titles cleaned to the same "?": no UNIQUE
    constraint covers them (a pseudonym twice is only a warning), so the migration, and with it
    every opening of the group, does not fail on the second one."""
    pair = [fresh_group.roster.add_member(Member(name)) for name in ("Zoé", "Léa")]
    lines = [
        fresh_group.resources.save_resource(Resource(title, Category.OTHER))
        for title in ("Un", "Deux")
    ]
    formats = fresh_group.sessions.templates()[:2]
    assert len(formats) == 2
    _planted(
        fresh_group,
        [("UPDATE members SET pseudonym = ? WHERE id = ?", ("\u202e", m.id)) for m in pair]
        + [("UPDATE resources SET title = ? WHERE id = ?", ("\x07", r.id)) for r in lines]
        + [("UPDATE templates SET name = ? WHERE id = ?", ("\x1b", f.id)) for f in formats],
    )
    group = _reopened_from_schema_4(vaults, fresh_group)
    try:
        assert [group.roster.member(m.id).pseudonym for m in pair] == ["?", "?"]
        assert [group.resources.get(r.id).title for r in lines] == ["?", "?"]
        ids = {f.id for f in formats}
        assert [t.name for t in group.sessions.templates() if t.id in ids] == ["?", "?"]
        _export(vaults, group, tmp_path / "after.cercle")
        assert (tmp_path / "after.cercle").exists()
    finally:
        group.close()
