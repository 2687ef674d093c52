"""cercle-cli: stable exit codes and output a script can rely on."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from app import cli, demo
from tests.helpers.handover import BUNDLE_PASSPHRASE


def _run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(["--passphrase-stdin", *argv], stdin=io.StringIO(stdin), out=out)
    return code, out.getvalue()


def test_export_info_import_check(demo_group, tmp_path) -> None:
    vault = demo_group.info.path
    demo_group.close()
    bundle = tmp_path / "g.cercle"
    code, text = _run("export", str(vault), str(bundle), stdin=f"{demo.DEMO_PASSPHRASE}\n\n")
    assert code == 0 and "passphrase: " in text and "code: " in text
    passphrase = text.split("passphrase: ")[1].split("\n")[0]
    code, info = _run("bundle", "info", str(bundle), stdin=passphrase + "\n")
    assert code == 0 and "rows.members: 12" in info and "scope: consented" in info
    new_dir = tmp_path / "new"
    code, text = _run(
        "--data-dir",
        str(new_dir),
        "import",
        str(bundle),
        "--label",
        "Mardi",
        stdin=f"{passphrase}\nnew vault pass\n",
    )
    assert code == 0 and text.split("code: ")[1] == info.split("code: ")[1]
    imported = next((new_dir / "vaults").glob("*.vault"))
    assert _run("check", str(imported), stdin="new vault pass\n") == (0, "ok\n")
    assert _run("check", str(imported), stdin="wrong\n")[0] == 3
    code, _ = _run(
        "--data-dir", str(new_dir), "import", str(bundle), stdin=f"{passphrase}\nnew vault pass\n"
    )
    assert code == 8


def test_exit_codes_for_bad_files(demo_bundle, tmp_path) -> None:
    assert _run("bundle", "info", str(demo_bundle), stdin="wrong\n")[0] == 3
    assert _run("bundle", "info", str(tmp_path / "none.cercle"), stdin="x\n")[0] == 6
    empty = tmp_path / "empty.cercle"
    empty.write_bytes(b"")
    assert _run("bundle", "info", str(empty), stdin="x\n")[0] == 6
    assert _run("bundle", "info", str(demo_bundle), stdin=BUNDLE_PASSPHRASE + "\n")[0] == 0
    assert _run("frobnicate")[0] == 2


def test_cli_runs_as_a_program(demo_bundle) -> None:
    from storage import settings

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    # At the cost the bundle was made with, as the tests' own runs: the passphrase is refused
    # for being wrong, not for a derivation of another cost (which also cost the program a
    # quarter of a second at the real cost).
    script = (
        f"import sys; from storage import settings; settings.kdf_iterations = "
        f"{settings.kdf_iterations}; from app.cli import main; sys.exit(main())"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--passphrase-stdin",
            "bundle",
            "info",
            str(demo_bundle),
        ],
        input="wrong passphrase\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 3
    assert "wrong passphrase" in done.stderr
    assert "wrong passphrase\n" not in done.stdout
