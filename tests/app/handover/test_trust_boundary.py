"""The trust boundary around a handover file: the seal covers the manifest, a group id never
names a path outside vaults/, every folder is private, and the CLI answers any input with one
`error:` line and its exit code."""

from __future__ import annotations

import io
import itertools
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.errors import BundleInvalid, ContentInvalid, ValidationError
from app.handover import HandoverService
from app.paths import DataDir
from app.vaults import VaultService
from storage.bundle_file import MANIFEST, BundleKey, open_bundle
from storage.database import Database
from storage.settings import PAGE_SIZE
from tests.helpers.bad_bundles import reseal, reseal_manifest
from tests.helpers.handover import BUNDLE_PASSPHRASE, NEW_VAULT_PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def _set_manifest(path: Path, key: str, value: str, *, resealed: bool) -> None:
    with open_bundle(path, BundleKey.for_file(path, BUNDLE_PASSPHRASE), read_only=False) as db:
        db.execute(f"UPDATE {MANIFEST} SET value = ? WHERE key = ?", (value, key))
        if resealed:
            from storage.bundle import tables_digest

            reseal_manifest(db, tables_digest(db))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("group_name", '<img src="file:///etc/passwd">'),
        ("exported_at", "2026-01-01T00:00:00.000000Z"),
        ("scope", "no_roster"),
        ("app_version", "9.9"),
    ],
)
def test_any_manifest_edit_breaks_the_seal(demo_bundle, other_vaults, key, value) -> None:
    _set_manifest(demo_bundle, key, value, resealed=False)
    with pytest.raises(BundleInvalid):
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    assert list(other_vaults.data.tmp.iterdir()) == []


def test_a_resealed_manifest_edit_changes_the_code(demo_bundle, other_vaults) -> None:
    service = HandoverService(other_vaults)
    before = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    before.discard()
    _set_manifest(demo_bundle, "exported_at", "2026-01-01T00:00:00.000000Z", resealed=True)
    after = service.inspect(demo_bundle, BUNDLE_PASSPHRASE)
    after.discard()
    assert after.manifest.code != before.manifest.code


def test_markup_in_a_resealed_manifest_group_name_is_refused(demo_bundle, other_vaults) -> None:
    _set_manifest(demo_bundle, "group_name", "x\x1b[2J" * 3, resealed=True)
    with pytest.raises(BundleInvalid):
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)


def test_a_traversal_group_id_writes_nothing_anywhere(demo_bundle, tmp_path) -> None:
    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        "UPDATE meta SET value = '../../x' WHERE key = 'group_id'",
        f"UPDATE {MANIFEST} SET value = '../../x' WHERE key = 'group_id'",
    )
    data = tmp_path / "laptop"
    before = sorted(p for p in tmp_path.rglob("*"))
    code = cli.main(
        ["--passphrase-stdin", "--data-dir", str(data), "import", str(demo_bundle)],
        stdin=io.StringIO(f"{BUNDLE_PASSPHRASE}\n{NEW_VAULT_PASSPHRASE}\n"),
        out=io.StringIO(),
    )
    assert code == 4
    made = sorted(p for p in tmp_path.rglob("*") if p not in before)
    assert all(p.is_dir() for p in made)  # only the empty data folder itself
    assert not (tmp_path / "x.vault").exists() and not (tmp_path.parent / "x.vault").exists()


def test_group_paths_come_from_validated_ids(tmp_path) -> None:
    vaults = VaultService(DataDir.resolve(tmp_path / "data"))
    for bad in ("../../x", "..", "a/b", "", "x" * 36):
        with pytest.raises(ValidationError):
            vaults.vault_path(bad)
        with pytest.raises(ValidationError):
            vaults.backups.folder(bad)
    (vaults.data.vaults / "notes.vault").write_bytes(b"")
    assert vaults.list_groups() == []


def test_every_folder_cercle_makes_is_private(demo_group, vaults) -> None:
    demo_group.backup(vaults.backups, "daily")
    data = vaults.data
    folders = [data.root, data.vaults, data.backups, data.tmp, data.backups / demo_group.info.id]
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_the_cli_refuses_a_short_handover_passphrase(demo_group, tmp_path) -> None:
    from app import demo

    vault = demo_group.info.path
    demo_group.close()
    err = io.StringIO()
    sys_err, sys.stderr = sys.stderr, err
    try:
        code = cli.main(
            ["--passphrase-stdin", "export", str(vault), str(tmp_path / "g.cercle")],
            stdin=io.StringIO(f"{demo.DEMO_PASSPHRASE}\nx\n"),
            out=io.StringIO(),
        )
    finally:
        sys.stderr = sys_err
    assert code == 2 and "at least 8" in err.getvalue()
    assert not (tmp_path / "g.cercle").exists()


# The commands of the test below in one program, one after another (an interpreter each cost
# as much again to start and import the CLI as the three commands took): each exit code
# follows the command's own stderr on a line of its own.
_COMMANDS = """
import json, sys
from app.cli import main
for argv in json.loads(sys.argv[1]):
    code = main(argv)
    print(f"\\n{sys.argv[2]} {code}", file=sys.stderr, flush=True)
"""
_EXIT = "-- exit code"


def test_end_of_input_is_an_error_line_not_a_traceback(demo_bundle, tmp_path) -> None:
    commands = [
        ["bundle", "info", str(demo_bundle)],
        ["--passphrase-stdin", "bundle", "info", str(demo_bundle)],
        ["--data-dir", str(tmp_path / "d"), "import", str(demo_bundle)],
    ]
    done = subprocess.run(
        [sys.executable, "-c", _COMMANDS, json.dumps(commands), _EXIT],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    outputs = done.stderr.split(f"\n{_EXIT} ")
    assert len(outputs) == len(commands) + 1, done.stderr
    for output, after in itertools.pairwise(outputs):
        assert after.split("\n", 1)[0] == "2", done.stderr  # the exit code
        last = output.splitlines()[-1]  # after the prompt, if getpass showed one
        assert last.endswith("error: no passphrase: standard input ended")


def test_a_closed_pipe_and_ctrl_c_are_error_lines(demo_bundle) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    from storage import settings

    script = (
        f"import sys; from storage import settings; settings.kdf_iterations = "
        f"{settings.kdf_iterations}; from app.cli import main; sys.exit(main())"
    )
    argv = [sys.executable, "-c", script, "--passphrase-stdin", "bundle", "info", str(demo_bundle)]
    reader, writer = os.pipe()
    os.close(reader)  # whoever read the output has gone
    done = subprocess.run(
        argv,
        input=BUNDLE_PASSPHRASE + "\n",
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
    )
    os.close(writer)
    assert done.returncode == 141 and done.stderr == "error: the output was closed\n"

    class Interrupting(io.StringIO):
        # typeshed's StringIO inherits readline() -> bytes from _IOBase too: any override clashes.
        def readline(self, size: int | None = -1, /) -> str:  # type: ignore[override]
            raise KeyboardInterrupt

    err = io.StringIO()
    sys_err, sys.stderr = sys.stderr, err
    try:
        code = cli.main(
            ["--passphrase-stdin", "bundle", "info", str(demo_bundle)],
            stdin=Interrupting(),
            out=io.StringIO(),
        )
    finally:
        sys.stderr = sys_err
    assert code == 130 and err.getvalue() == "error: interrupted\n"


def test_a_content_refusal_names_record_field_and_rows(demo_bundle, other_vaults) -> None:
    reseal(demo_bundle, BUNDLE_PASSPHRASE, "UPDATE sessions SET starts_at = '2027-13-45T99:99'")
    with pytest.raises(ContentInvalid) as caught:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    refused = caught.value
    assert (refused.table, refused.column, refused.problem) == ("sessions", "starts_at", "date")
    assert refused.rows >= 10
    assert "sessions row(s)" in cli.content_text(refused) and "starts_at" in cli.content_text(
        refused
    )


def test_export_refuses_what_the_next_host_would_refuse(
    demo_group, demo_db, handover, tmp_path
) -> None:
    """A value outside the gate in the host's own group (from before the gate, or written by
    another tool) stops the export with the same finding, and no file is written."""
    with demo_db.transaction():
        demo_db.execute("UPDATE members SET pseudonym = ? WHERE rowid = 1", ("x" * 150,))
    target = tmp_path / "out.cercle"
    with pytest.raises(ContentInvalid) as caught:
        handover.export(demo_group, target, BUNDLE_PASSPHRASE, "everything")
    assert caught.value.outgoing and caught.value.column == "pseudonym"
    assert caught.value.problem == "too_long" and caught.value.rows == 1
    assert not target.exists() and list(handover.tmp.iterdir()) == []
    assert "cannot be handed over" in cli.content_text(caught.value)


def test_the_refusal_reads_in_the_hosts_language(qapp, ui_ctx) -> None:
    from ui.common.messages import error_message

    refused = ContentInvalid("sessions", "starts_at", "date", 3, 2)
    text = error_message(refused)
    assert "3 meetings" in text and "“start date and time”" in text and "not a real date" in text
    assert "1 other problem" in text
    ui_ctx.translations.apply("fr")
    try:
        text = error_message(refused)
        assert "dans 3 séances" in text and "une date qui n’existe pas" in text
        assert "«\u00a0date et l’heure de début\u00a0»" in text
    finally:
        ui_ctx.translations.apply("en")


def test_typed_fields_hold_no_more_than_the_gate_accepts(qtbot, ui_ctx) -> None:
    from storage.domain import FIELDS
    from ui.roster.member_form import MemberForm

    form = MemberForm()
    qtbot.addWidget(form)
    cap = FIELDS["members"]["pseudonym"].cap
    qtbot.keyClicks(form.pseudonym_edit, "m" * (cap + 20))
    assert len(form.pseudonym_edit.text()) == cap


def test_what_a_sender_left_outside_the_tables_never_reaches_the_vault(
    demo_bundle, other_vaults, tmp_path
) -> None:
    """Pages the checks never read as rows (free pages still holding deleted text, pages past
    the size in the header, both authentic under the handover key) pass every check, and the
    new vault, written row by row from the copy, holds none of them."""
    grown = tmp_path / "grown.cercle"
    grown.write_bytes(demo_bundle.read_bytes())
    fill = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
        "INSERT INTO junk SELECT 'left by the sender ' || i || zeroblob(3000) FROM n"
    )
    for bundle in (demo_bundle, grown):
        reseal(bundle, BUNDLE_PASSPHRASE, "PRAGMA secure_delete = OFF", "CREATE TABLE junk (x)")
    reseal(demo_bundle, BUNDLE_PASSPHRASE, fill, "DROP TABLE junk")
    reseal(grown, BUNDLE_PASSPHRASE, fill, fill.replace("' || i", "again ' || i"))
    # The same key and salt: the grown file's last pages are authentic past the bundle's end.
    sound = demo_bundle.read_bytes()
    demo_bundle.write_bytes(sound + grown.read_bytes()[len(sound) :])
    key = BundleKey.for_file(demo_bundle, BUNDLE_PASSPHRASE)
    with open_bundle(demo_bundle, key) as db:
        assert db.scalar("PRAGMA freelist_count") > 0
        assert db.scalar("PRAGMA page_count") * PAGE_SIZE < demo_bundle.stat().st_size
    service = HandoverService(other_vaults)
    vault = service.import_group(
        service.inspect(demo_bundle, BUNDLE_PASSPHRASE), "", NEW_VAULT_PASSPHRASE
    ).group.path
    with Database.open(vault, NEW_VAULT_PASSPHRASE, read_only=True) as db:
        assert db.scalar("PRAGMA freelist_count") == 0
        assert db.scalar("PRAGMA page_count") * PAGE_SIZE == vault.stat().st_size


def test_an_older_cercles_invisible_characters_are_refused_with_the_way_out(
    demo_bundle, other_vaults, qapp, ui_ctx
) -> None:
    """A co-host's Cercle from before schema 5 kept a pasted bidirectional override; ours
    refuses the file (the gate judges the file as it is). The co-host cannot see the character
    to remove it: updating Cercle and opening the group removes it (migration 5), so say that."""
    from ui.common.messages import error_message

    reseal(
        demo_bundle,
        BUNDLE_PASSPHRASE,
        ("UPDATE members SET pseudonym = pseudonym || ? WHERE rowid = 1", ("\u202e",)),
        f"UPDATE {MANIFEST} SET value = '4' WHERE key = 'schema_version'",
        "UPDATE meta SET value = '4' WHERE key = 'schema_version'",
        "PRAGMA user_version = 4",
    )
    with pytest.raises(ContentInvalid) as caught:
        HandoverService(other_vaults).inspect(demo_bundle, BUNDLE_PASSPHRASE)
    refused = caught.value
    assert (refused.column, refused.problem) == ("pseudonym", "control")
    assert refused.from_older_cercle
    assert "update Cercle" in error_message(refused)
    ui_ctx.translations.apply("fr")
    try:
        assert "mette à jour Cercle" in error_message(refused)
    finally:
        ui_ctx.translations.apply("en")
