"""`python -m bot.staff`: key management, listing, reading and verifying sealed reports.

Reading needs a private key and its passphrase (STAFF_KEY_PASSPHRASE or a prompt). Every `show` and
`export` is written to the hash-chained audit log before anything is revealed.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import List, Optional, Sequence

from bot import settings
from bot.crypto.errors import CryptoError, KeyFileError, WrongPassphraseError
from bot.crypto.fsutil import atomic_write
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import Identity, Recipient, load_private_key, read_public_key
from bot.crypto.passphrase import get_passphrase
from bot.reports.keyring import Keyring
from bot.settings import DataLayout
from bot.reports.reader import ReportReader, UnknownReport
from bot.reports.errors import FilingError
from bot.reports.store import ReportStore
from bot.staff.audit import AuditLog
from bot.staff.render import render_report, safe_json

OFFLINE_NOTE = ("Keep private keys on an offline machine in production: the server needs only the public "
                "keys in {keys}.")


class CliError(Exception):
    """A user-facing failure: printed without a traceback, exit status 2."""


def _layout(args: argparse.Namespace) -> DataLayout:
    if args.data_dir:
        root = Path(args.data_dir)
    else:
        root = settings.data_dir()
    return DataLayout.for_root(root, Path(args.spool_dir) if args.spool_dir else None)


def _key_dir(args: argparse.Namespace, layout: DataLayout) -> Path:
    return Path(args.key_dir) if getattr(args, "key_dir", None) else layout.private_keys_dir


def _who(args: argparse.Namespace) -> str:
    if getattr(args, "as_name", None):
        return args.as_name
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or password database
        return "unknown"


def load_identities(args: argparse.Namespace, layout: DataLayout) -> List[Identity]:
    """Unlock --key files, or every *.key in the key directory, with the staff passphrase."""
    paths = [Path(p) for p in args.key] if getattr(args, "key", None) else sorted(
        _key_dir(args, layout).glob("*.key"))
    if not paths:
        raise CliError(f"no private key found in {_key_dir(args, layout)}; pass --key PATH "
                       "(production keys live on the offline machine)")
    passphrase = get_passphrase()
    identities = []
    for path in paths:
        try:
            identities.append(load_private_key(path, passphrase))
        except WrongPassphraseError:
            if settings.current().staff_passphrase or not sys.stdin.isatty():
                raise
            identities.append(load_private_key(path, getpass.getpass(f"Passphrase for {path.name}: ")))
    return identities


# ----- keys ------------------------------------------------------------------------------------------

def _new_key(args: argparse.Namespace, layout: DataLayout, label: str, role: str) -> tuple[bytes, str]:
    """Generate a key pair into the key directory; returns (public key, description)."""
    passphrase = get_passphrase("New key passphrase: ", confirm=True)
    identity, path = Keyring.generate(label, passphrase, ScryptParams.from_environment(),
                                      _key_dir(args, layout), role)
    return identity.public_raw, (f"key {identity.key_id} ({label}, {role}): private key {path} (mode 0600, "
                                 f"passphrase-protected), public key {path.with_suffix('.pub')}")


def cmd_keys_init(args: argparse.Namespace, layout: DataLayout) -> int:
    keyring = Keyring(layout)
    if keyring.active():
        raise CliError("recipient keys already exist; use `keys add-recipient` or `keys rotate`")
    public_raw, described = _new_key(args, layout, args.label, args.role)
    keyring.add(Recipient(public_raw, args.label, args.role))
    print(f"Created {described}\nReports will be sealed to it. "
          + OFFLINE_NOTE.format(keys=layout.recipients_file))
    return 0


def cmd_keys_add(args: argparse.Namespace, layout: DataLayout) -> int:
    if args.public_key:
        imported = read_public_key(Path(args.public_key))
        label = args.label or imported.label
        recipient = Recipient(imported.public_raw, label, args.role or imported.role)
        described = f"imported public key {recipient.key_id} ({label}, {recipient.role})"
    else:
        if not args.label:
            raise CliError("--label is required when generating a new key")
        public_raw, described = _new_key(args, layout, args.label, args.role or "reviewer")
        recipient = Recipient(public_raw, args.label, args.role or "reviewer")
    Keyring(layout).add(recipient)
    print(f"Added recipient: {described}")
    return 0


def cmd_keys_rotate(args: argparse.Namespace, layout: DataLayout) -> int:
    keyring = Keyring(layout)
    old = [r for r in keyring.active() if r.label == args.label]
    if not old:
        raise CliError(f"no active key labelled {args.label!r}")
    if args.public_key:
        public_raw = read_public_key(Path(args.public_key)).public_raw
        described = "imported public key"
    else:
        public_raw, described = _new_key(args, layout, args.label, old[0].role)
    retired = keyring.rotate(args.label, public_raw)
    print(f"Rotated {args.label!r}: new {described}\nRetired: {', '.join(r.key_id for r in retired)}. "
          "Keep the retired private keys: old reports still need them. New reports no longer use them.")
    return 0


def cmd_keys_list(args: argparse.Namespace, layout: DataLayout) -> int:
    recipients = Keyring(layout).recipients()
    if not recipients:
        print("No recipient keys.")
    for r in recipients:
        retired = f" retired {r.retired_at}" if r.retired_at else ""
        print(f"{r.key_id}  {r.status:<7} {r.role:<8} {r.label}  created {r.created_at}{retired}")
    return 0


# ----- reports ---------------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace, layout: DataLayout) -> int:
    summaries = ReportReader(layout.root, layout.spool_override).summaries()
    if not summaries:
        print("No reports.")
        return 0
    print(f"{'REFERENCE':<16} {'FILED (UTC, hour)':<22} {'LANG':<6} STATUS")
    for s in summaries:
        print(f"{s.reference:<16} {s.filed_at:<22} {s.language:<6} {s.status}")
    return 0


def _open_audited(args: argparse.Namespace, layout: DataLayout, action: str):
    reader = ReportReader(layout.root, layout.spool_override)
    reader.report_path(args.reference)  # unknown reference: fail before asking for a passphrase
    identities = load_identities(args, layout)
    AuditLog(layout.audit_dir).append(_who(args), action, args.reference)
    opened = reader.open(args.reference, identities)
    return opened, reader.summary(args.reference).status


def cmd_show(args: argparse.Namespace, layout: DataLayout) -> int:
    opened, status = _open_audited(args, layout, "show")
    print(safe_json(opened.to_json()) if args.json else render_report(opened, status))
    return 0


def cmd_export(args: argparse.Namespace, layout: DataLayout) -> int:
    out = Path(args.out).resolve()
    if layout.root.resolve() in out.parents:
        raise CliError("refusing to write decrypted content inside the data directory")
    opened, _ = _open_audited(args, layout, "export")
    atomic_write(out, (safe_json(opened.to_json()) + "\n").encode("utf-8"), mode=0o600)
    print(f"Exported {opened.reference} to {out} (decrypted: mode 0600, handle as evidence)")
    return 0


def cmd_verify(args: argparse.Namespace, layout: DataLayout) -> int:
    reader = ReportReader(layout.root, layout.spool_override)
    identities = load_identities(args, layout) if reader.references() else []
    result = reader.verify(identities)
    audit = AuditLog(layout.audit_dir).verify()
    for warning in result.warnings + audit.warnings:
        print(f"warning: {warning}")
    for problem in result.problems + audit.problems:
        print(f"FAIL: {problem}")
    failed = bool(result.problems or audit.problems)
    print(f"{'FAILED' if failed else 'OK'}: {result.reports} reports and {result.addenda} addenda "
          f"authenticated; audit log {audit.entries} entries "
          f"{'with problems' if audit.problems else 'intact'}")
    return 1 if failed else 0


def cmd_flush_spool(args: argparse.Namespace, layout: DataLayout) -> int:
    delivered = ReportStore(layout.root, spool_dir=layout.spool_override).flush_spool()
    print(f"Delivered from the spool: {', '.join(delivered) if delivered else 'nothing waiting'}")
    return 0


# ----- argument parsing ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    """The argparse tree (kept separate so tests and docs can inspect it)."""
    parser = argparse.ArgumentParser(prog="python -m bot.staff", description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", help="data directory (default: TESTIMONY_DATA_DIR or var/)")
    parser.add_argument("--spool-dir", help="spool directory (default: TESTIMONY_SPOOL_DIR or <data>/spool)")
    keyopts = argparse.ArgumentParser(add_help=False)
    keyopts.add_argument("--key", action="append", metavar="PATH",
                         help="private key file (repeatable; default: every *.key in --key-dir)")
    keyopts.add_argument("--key-dir", help="directory of private key files (default: <data>/private-keys)")
    whoopts = argparse.ArgumentParser(add_help=False)
    whoopts.add_argument("--as", dest="as_name", metavar="NAME", help="name for the audit log (default: OS user)")
    sub = parser.add_subparsers(dest="command", required=True)

    keys = sub.add_parser("keys", help="manage recipient keys").add_subparsers(dest="keys_command", required=True)
    init = keys.add_parser("init", help="create the first key pair", parents=[keyopts])
    init.add_argument("--label", default="team")
    init.add_argument("--role", default="reviewer", choices=("reviewer", "escrow"))
    init.set_defaults(func=cmd_keys_init)
    add = keys.add_parser("add-recipient", help="add a reviewer or escrow key", parents=[keyopts])
    add.add_argument("--label")
    add.add_argument("--role", choices=("reviewer", "escrow"))
    add.add_argument("--public-key", metavar="FILE", help="import a public key made offline (.pub)")
    add.set_defaults(func=cmd_keys_add)
    rotate = keys.add_parser("rotate", help="replace a recipient's key for new reports", parents=[keyopts])
    rotate.add_argument("--label", required=True)
    rotate.add_argument("--public-key", metavar="FILE", help="import the new public key instead of generating")
    rotate.set_defaults(func=cmd_keys_rotate)
    keys.add_parser("list", help="list recipient keys").set_defaults(func=cmd_keys_list)

    sub.add_parser("list", help="reference, filed time, language, status").set_defaults(func=cmd_list)
    show = sub.add_parser("show", help="decrypt and print a report", parents=[keyopts, whoopts])
    show.add_argument("reference")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(func=cmd_show)
    export = sub.add_parser("export", help="decrypt a report to a JSON file", parents=[keyopts, whoopts])
    export.add_argument("reference")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(func=cmd_export)
    verify = sub.add_parser("verify", help="authenticate every envelope and the audit log", parents=[keyopts])
    verify.set_defaults(func=cmd_verify)
    sub.add_parser("flush-spool", help="deliver sealed reports waiting in the spool").set_defaults(
        func=cmd_flush_spool)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one command; errors are one line on stderr with exit status 2 (verify failures exit 1)."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args, _layout(args))
    except (CliError, CryptoError, UnknownReport, FilingError, KeyFileError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
