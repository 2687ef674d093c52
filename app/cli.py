"""cercle-cli: handover files and vault checks from a terminal, for whoever looks after several
groups. Passphrases come from a prompt or, with --passphrase-stdin, one per line on standard
input; never from arguments (they would show in the process list and shell history).

Exit codes (stable, for scripts):
  0 ok · 2 usage · 3 wrong passphrase (or damaged first page) · 4 damaged or altered file
  5 made by a newer Cercle · 6 file missing or not a Cercle file · 7 disk full
  8 group already on this computer · 9 other failure
  130 interrupted (Ctrl+C) · 141 output closed (a closed pipe)
No input gives a traceback: end of input where a passphrase was expected is a usage error (2).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from app import errors
from app.handover import SCOPES, HandoverService, Manifest, generate_passphrase
from app.passphrase import Weakness, weakness
from app.paths import DataDir
from app.vaults import VaultService
from storage.database import Database

EXIT = {
    errors.WrongPassphraseOrDamaged: (3, "wrong passphrase, or the file's first page is damaged"),
    errors.VaultDamaged: (4, "the file is damaged"),
    errors.BundleInvalid: (4, "the file was altered or is not a complete handover file"),
    errors.NewerSchema: (5, "made by a newer Cercle: please update"),
    errors.BundleNewerFormat: (5, "made by a newer Cercle: please update"),
    errors.VaultMissing: (6, "file not found"),
    errors.NotAVault: (6, "not a Cercle file"),
    errors.DiskFull: (7, "disk full: nothing was written"),
    errors.GroupAlreadyHere: (8, "this group is already on this computer"),
}

# The same floor as the window's (app/passphrase.py), worded for a terminal.
REFUSED = {
    Weakness.TOO_SHORT: "too short: use at least 8 characters",
    Weakness.ALL_DIGITS: "only digits are guessed in minutes",
    Weakness.SEQUENCE: "a sequence or a keyboard row is tried first",
    Weakness.GROUP_NAME: "it is the group's own label or name",
    Weakness.COMMON: "it is one of the most common passphrases",
}


class NoInput(Exception):
    """Standard input ended where a passphrase was expected."""


class Passphrases:
    """Prompts, or lines of stdin in the order the command asks for them."""

    def __init__(self, from_stdin: bool, stdin: TextIO) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin

    def ask(self, prompt: str) -> str:
        if self._from_stdin:
            line = self._stdin.readline()
            if not line:
                raise NoInput
            return line.rstrip("\r\n")
        try:
            return getpass.getpass(prompt)
        except EOFError:
            raise NoInput from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cercle-cli", description="Cercle handover tools")
    parser.add_argument("--data-dir", help="Cercle's data folder (default: the user data dir)")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases one per line from standard input",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    info = sub.add_parser("bundle", help="handover files").add_subparsers(
        dest="action", required=True
    )
    info.add_parser("info", help="check a handover file and show what it holds").add_argument(
        "file"
    )
    export = sub.add_parser(
        "export",
        help="write a handover file (asks the vault's passphrase, "
        "then the handover passphrase; empty = generate one)",
    )
    export.add_argument("vault")
    export.add_argument("file")
    export.add_argument("--scope", choices=SCOPES, default=SCOPES[0])
    export.add_argument(
        "--with-notes", action="store_true", help="include the members' private notes"
    )
    imp = sub.add_parser(
        "import",
        help="add a handed-over group to this computer (asks the "
        "handover passphrase, then the new vault passphrase)",
    )
    imp.add_argument("file")
    imp.add_argument("--label", default="", help="label shown on the start screen")
    sub.add_parser("check", help="integrity check of a vault").add_argument("vault")
    return parser


def main(
    argv: Sequence[str] | None = None, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    out = out or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        code = _run(args, stdin or sys.stdin, out)
        out.flush()  # a closed pipe shows here, inside the try, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence(out)
        return _fail(141, "the output was closed")
    except KeyboardInterrupt:
        return _fail(130, "interrupted")
    except NoInput:
        return _fail(2, "no passphrase: standard input ended")
    except errors.StorageError as exc:
        return _fail(*_storage_failure(exc))
    except OSError:
        return _fail(9, "the file could not be read or written")
    except Exception:
        return _fail(9, "unexpected failure")


def _run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    service = HandoverService(VaultService(DataDir.resolve(args.data_dir)))
    asker = Passphrases(args.passphrase_stdin, stdin)
    commands: dict[str, Callable[[], int]] = {
        "bundle": lambda: _info(service, Path(args.file), asker, out),
        "export": lambda: _export(service, args, asker, out),
        "import": lambda: _import(service, args, asker, out),
        "check": lambda: _check(Path(args.vault), asker, out),
    }
    return commands[args.command]()


def _storage_failure(exc: errors.StorageError) -> tuple[int, str]:
    if isinstance(exc, errors.ContentInvalid):
        return 4, content_text(exc)
    if isinstance(exc, errors.ValidationError) and exc.field == "passphrase":
        refused = next((t for w, t in REFUSED.items() if w.value == exc.rule), exc.rule)
        return 2, f"passphrase refused: {refused}"
    if isinstance(exc, errors.ValidationError):
        return 2, f"refused: {exc.field} ({exc.rule})"
    return next(
        ((c, t) for kind, (c, t) in EXIT.items() if isinstance(exc, kind)),
        (9, f"failed ({exc.code})"),
    )


def content_text(exc: errors.ContentInvalid) -> str:
    """The gate's finding in words (English: the CLI has no translations). Never a value."""
    more = f" (and {exc.findings - 1} other problem(s))" if exc.findings > 1 else ""
    what = f"{exc.rows} {exc.table} row(s) have an unacceptable {exc.column} ({exc.problem}){more}"
    if exc.outgoing:
        return f"the group cannot be handed over until this is corrected: {what}"
    return f"the file was refused, nothing was imported: {what}"


def _fail(code: int, text: str) -> int:
    try:
        print(f"error: {text}", file=sys.stderr)
    except (OSError, ValueError):
        pass
    return code


def _silence(out: TextIO) -> None:
    """After a closed pipe, Python would fail again flushing stdout at exit."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _print_manifest(m: Manifest, out: TextIO) -> None:
    for name in ("group_name", "group_id", "exported_at", "app_version", "scope", "schema_version"):
        print(f"{name}: {getattr(m, name)}", file=out)
    for table, count in sorted(m.counts.items()):
        print(f"rows.{table}: {count}", file=out)
    print(f"code: {m.code}", file=out)


def _info(service: HandoverService, path: Path, asker: Passphrases, out: TextIO) -> int:
    copy = service.inspect(path, asker.ask("Handover passphrase: "))
    copy.discard()
    _print_manifest(copy.manifest, out)
    return 0


def _export(
    service: HandoverService, args: argparse.Namespace, asker: Passphrases, out: TextIO
) -> int:
    vault_passphrase = asker.ask("Vault passphrase: ")
    passphrase = asker.ask("Handover passphrase (empty: generate one): ")
    generated = not passphrase
    if generated:
        passphrase = generate_passphrase()
    with Database.open(Path(args.vault), vault_passphrase) as db:
        manifest = service.export(
            db, Path(args.file), passphrase, args.scope, with_notes=args.with_notes
        )
    if generated:
        print(f"passphrase: {passphrase}", file=out)
    print(f"code: {manifest.code}", file=out)
    return 0


def _import(
    service: HandoverService, args: argparse.Namespace, asker: Passphrases, out: TextIO
) -> int:
    copy = service.inspect(Path(args.file), asker.ask("Handover passphrase: "))
    try:
        vault_passphrase = asker.ask("New passphrase for this group: ")
        weak = weakness(vault_passphrase, (args.label or "", copy.manifest.group_name))
        if weak is not None:
            copy.discard()
            return _fail(2, f"passphrase refused: {REFUSED[weak]}")
        if not args.passphrase_stdin and asker.ask("Again: ") != vault_passphrase:
            copy.discard()
            return _fail(2, "the two passphrases differ")
    except BaseException:  # Ctrl+C or end of input at the prompt: no copy left behind
        copy.discard()
        raise
    result = service.import_group(copy, args.label, vault_passphrase)
    print(f"group_id: {result.group.id}", file=out)
    print(f"code: {result.manifest.code}", file=out)
    return 0


def _check(path: Path, asker: Passphrases, out: TextIO) -> int:
    with Database.open(path, asker.ask("Vault passphrase: "), read_only=True) as db:
        problems = db.integrity_problems()
    if problems:
        print(f"damaged: {len(problems)} problem(s)", file=out)
        return 4
    print("ok", file=out)
    return 0
