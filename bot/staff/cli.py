"""`python -m bot.staff`: key management, listing, reading and verifying sealed reports, audit anchors.

Reading needs a private key and its passphrase (STAFF_KEY_PASSPHRASE or a prompt). Every `show` and
`export` is written to the signed, hash-chained audit log before anything is revealed. Every line printed
goes through bot.staff.render.say, so nothing from a report or a header can drive the terminal.
"""
from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import List, Optional, Sequence

from bot.crypto.errors import CryptoError, KeyFileError
from bot.crypto.fsutil import atomic_write
from bot.reports.errors import FilingError
from bot.reports.keyring import Keyring, RecipientList
from bot.reports.ledger import Ledger
from bot.reports.objects import FileObjects, PostgresObjects, objects_for, pull
from bot.reports.reader import OpenedReport, ReportReader, UnknownReport
from bot.reports.store import ReportStore
from bot import settings
from bot.settings import LIST_SIGNER_VARIABLE, REPORT_STORE_URL_VARIABLE, DataLayout
from bot.staff import key_commands, totp
from bot.staff.anchor import Anchor, anchor_problems
from bot.staff.audit import AuditLog
from bot.staff.exports import ExportRefused, audit_export, build_export, custody_record, verify_export
from bot.staff.render import render_report, safe_json, say
from bot.staff.session import (CliError, key_paths, layout_for, load_identities, signing_identity,
                               trusted_signers, who)


# ----- reports ---------------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace, layout: DataLayout) -> int:
    summaries = ReportReader(layout.root, layout.spool_override).summaries()
    if not summaries:
        say("No reports.")
        return 0
    say(f"{'REFERENCE':<16} {'FILED (UTC, hour)':<22} {'LANG':<6} STATUS")
    for s in summaries:
        say(f"{s.reference:<16} {s.filed_at:<22} {s.language:<6} {s.status}")
    say("These are what the unauthenticated headers claim; `show` and `verify` authenticate them.")
    return 0


def _open_audited(args: argparse.Namespace, layout: DataLayout, action: str) -> OpenedReport:
    reader = ReportReader(layout.root, layout.spool_override)
    reader.report_path(args.reference)  # unknown reference: fail before asking for a passphrase
    identities = load_identities(args, layout)
    AuditLog(layout.audit_dir).append(who(args), action, signing_identity(identities), args.reference)
    return reader.open(args.reference, identities)


def cmd_show(args: argparse.Namespace, layout: DataLayout) -> int:
    opened = _open_audited(args, layout, "show")
    say(safe_json(opened.to_json()) if args.json else render_report(opened))
    return 0


def cmd_export(args: argparse.Namespace, layout: DataLayout) -> int:
    out = Path(args.out).resolve()
    if layout.root.resolve() in out.parents:
        raise CliError("refusing to write decrypted content inside the data directory")
    reader = ReportReader(layout.root, layout.spool_override)
    reader.report_path(args.reference)  # unknown reference: fail before asking for a passphrase
    identities = load_identities(args, layout)
    signer, audit = signing_identity(identities), AuditLog(layout.audit_dir)
    custody = custody_record(reader, args.reference, who(args), signer)  # before opening: see the console's
    opened = reader.open(args.reference, identities)
    try:
        export = build_export(opened, custody)
    except ExportRefused as exc:
        audit.append(who(args), "export-refused", signer, args.reference)
        raise CliError(str(exc)) from None
    audit_export(audit, custody, signer, args.reference, export, "json")
    atomic_write(out, export, mode=0o600)
    say(f"Exported {opened.reference} to {out} (decrypted: mode 0600, handle as evidence; "
        "`verify-export` checks it against the store)")
    return 0


def cmd_verify_export(args: argparse.Namespace, layout: DataLayout) -> int:
    """Whether a file is an export recorded in the audit log, and still matches the sealed store."""
    check = verify_export(layout, Path(args.file).read_bytes())
    for note in check.notes:
        say(f"note: {note}")
    for problem in check.problems:
        say(f"FAIL: {problem}")
    if check.problems:
        say(f"FAILED: {args.file} cannot be vouched for")
        return 1
    say(f"OK: {check.reference} exported by {check.exported_by} at {check.exported_at}; the file is unchanged and "
        "the sealed envelopes it came from are still in the store")
    return 0


def _list_problems(listed: RecipientList, trusted: set) -> List[str]:
    """Whether the recipient list is signed by a key the person verifying vouches for."""
    if not listed.recipients:
        return []
    if listed.signer is None:
        return ["the recipient list is not signed (the server refuses to seal to it): `keys sign`"]
    if listed.signer not in trusted:
        return [f"the recipient list is signed by key {listed.signer_key_id}, which is neither one of your keys "
                f"nor the pinned list signer ({LIST_SIGNER_VARIABLE}): someone may have replaced it"]
    return []


def _anchors(args: argparse.Namespace, option: str) -> List[Anchor]:
    try:
        return [Anchor.parse(text) for text in getattr(args, option) or []]
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _chain_problems(layout: DataLayout, listed: RecipientList,
                    anchors: List[Anchor]) -> tuple[List[str], List[str], str]:
    """(problems, warnings, summary) of the audit log's chain and signatures, and of the audit log and
    ledger against `anchors` and the anchor entries in the log."""
    audit_log = AuditLog(layout.audit_dir)
    audit = audit_log.verify(listed.signing_keys())
    problems = audit.problems + anchor_problems(audit_log.chain, Ledger.of(layout).chain, anchors, audit.entries)
    state = f"audit log {len(audit.entries)} entries {'with problems' if audit.problems else 'intact'}"
    return problems, audit.warnings, state


def cmd_verify(args: argparse.Namespace, layout: DataLayout) -> int:
    reader = ReportReader(layout.root, layout.spool_override)
    try:
        listed = Keyring(layout).load()
    except KeyFileError as exc:
        listed, list_error = RecipientList([]), [f"recipient list: {exc}"]
    else:
        list_error = []
    identities = load_identities(args, layout) if reader.references() or listed.recipients else []
    anchors = _anchors(args, "anchor")
    result = reader.verify(identities, {r.key_id for r in listed.recipients})
    store_problems, store_warnings, audit_state = _chain_problems(layout, listed, anchors)
    problems = list_error + _list_problems(listed, trusted_signers(identities)) + result.problems + store_problems
    for warning in result.warnings + store_warnings:
        say(f"warning: {warning}")
    for problem in problems:
        say(f"FAIL: {problem}")
    say(f"{'FAILED' if problems else 'OK'}: {result.reports} reports and {result.addenda} addenda "
        f"authenticated; {audit_state}" + (f"; checked against {len(anchors)} anchor(s)" if anchors else ""))
    return 1 if problems else 0


def cmd_audit_anchor(args: argparse.Namespace, layout: DataLayout) -> int:
    """Check the store against earlier anchors, then record and print a new one."""
    identities = load_identities(args, layout)
    problems, _, _ = _chain_problems(layout, Keyring(layout).load(), _anchors(args, "previous"))
    if problems:
        for problem in problems:
            say(f"FAIL: {problem}")
        say("No anchor recorded: the store does not extend the earlier anchors. Run `staff verify`.")
        return 1
    ledger_seq, ledger_hash = Ledger.of(layout).chain.head()
    audit_log = AuditLog(layout.audit_dir)
    audit_log.append(who(args), "anchor", signing_identity(identities), ledger={"seq": ledger_seq,
                                                                                 "hash": ledger_hash})
    audit_seq, audit_hash = audit_log.chain.head()
    say(Anchor(audit_seq, audit_hash, ledger_seq, ledger_hash).text())
    say("Keep this line somewhere this machine cannot change (a notebook, a message to the team lead); "
        "`staff verify --anchor LINE` then detects deleted reports, addenda and audit entries.")
    return 0


def cmd_flush_spool(args: argparse.Namespace, layout: DataLayout) -> int:
    objects = objects_for(layout, settings.current().report_store_url)
    delivered = ReportStore(layout.root, spool_dir=layout.spool_override, objects=objects).flush_spool()
    say(f"Delivered from the spool: {', '.join(delivered) if delivered else 'nothing waiting'}")
    return 0


def cmd_pull(args: argparse.Namespace, layout: DataLayout) -> int:
    url = args.source or settings.current().report_store_url
    if not url:
        raise CliError(f"say which report database to copy from: --from URL or {REPORT_STORE_URL_VARIABLE}")
    try:
        changed = pull(PostgresObjects(url, create=False), FileObjects(layout))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    say(f"Copied {changed} new or changed sealed object(s) into {layout.root}. Sealed: nothing was opened. "
        "`staff list`, `show` and `verify` now read them here.")
    return 0


def cmd_serve(args: argparse.Namespace, layout: DataLayout) -> int:
    """The review console on 127.0.0.1 until Ctrl-C (bot.staff.console); keys are unlocked in the browser."""
    from bot.staff.console.app import Console, start_console  # the web side loads only for `serve`
    config = settings.current()
    console = Console(layout, lambda: key_paths(args, layout), idle_seconds=config.staff_idle_minutes * 60,
                      break_seconds=config.staff_break_minutes * 60,
                      objects=objects_for(layout, config.report_store_url))  # replies reach the server's store
    running = start_console(console, args.port if args.port is not None else config.staff_port)
    say(f"Staff console: {running.url}  (reports in {layout.root}; {len(console.accounts)} staff account(s); "
        "Ctrl-C stops it and locks every session)")
    try:
        threading.Event().wait()
    finally:
        running.stop()
    return 0


def _one_key(args: argparse.Namespace, layout: DataLayout) -> Path:
    paths = key_paths(args, layout)
    if len(paths) != 1:
        raise CliError("pass the one key file of the member with --key PATH")
    return paths[0]


def cmd_totp_enroll(args: argparse.Namespace, layout: DataLayout) -> int:
    """Give a member's key a second factor for the console; the secret is shown once."""
    path = _one_key(args, layout)
    (identity,) = load_identities(args, layout)
    secret = totp.enrol(path, identity)
    say(f"Second factor set for {identity.label or identity.key_id}. Add this to their authenticator app now (it is "
        f"not shown again):\n{totp.provisioning_uri(secret, identity.label or identity.key_id)}\n"
        "From now on the console asks for the app's code after the passphrase.")
    return 0


def cmd_totp_remove(args: argparse.Namespace, layout: DataLayout) -> int:
    path = totp.secret_path(_one_key(args, layout))
    if not path.exists():
        raise CliError("this key has no second factor")
    load_identities(args, layout)  # only the member (their passphrase) removes it
    path.unlink()
    say("Second factor removed: the console asks for the passphrase only.")
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
    key_commands.add_parsers(sub, keyopts)

    sub.add_parser("list", help="reference, filed time, language, status (headers)").set_defaults(func=cmd_list)
    show = sub.add_parser("show", help="decrypt and print a report", parents=[keyopts, whoopts])
    show.add_argument("reference")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(func=cmd_show)
    export = sub.add_parser("export", help="decrypt a report to a JSON file", parents=[keyopts, whoopts])
    export.add_argument("reference")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(func=cmd_export)
    checking = sub.add_parser("verify-export", help="check an export file against the audit log and the store")
    checking.add_argument("file")
    checking.set_defaults(func=cmd_verify_export)
    verify = sub.add_parser("verify", help="authenticate every envelope, the recipient list, the ledger and "
                            "the audit log", parents=[keyopts])
    verify.add_argument("--anchor", action="append", metavar="LINE", help="an anchor kept off the machine "
                        "(repeatable)")
    verify.set_defaults(func=cmd_verify)
    audit = sub.add_parser("audit", help="the staff audit log").add_subparsers(dest="audit_command", required=True)
    anchor = audit.add_parser("anchor", help="record and print the heads of the audit log and ledger",
                              parents=[keyopts, whoopts])
    anchor.add_argument("--previous", action="append", metavar="LINE", help="an earlier anchor to check first")
    anchor.set_defaults(func=cmd_audit_anchor)
    sub.add_parser("flush-spool", help="deliver sealed reports waiting in the spool").set_defaults(
        func=cmd_flush_spool)
    serve = sub.add_parser("serve", help="the review console in a browser, on 127.0.0.1", parents=[keyopts])
    serve.add_argument("--port", type=int, help="port (default: STAFF_PORT or 8090)")
    serve.set_defaults(func=cmd_serve)
    second = sub.add_parser("totp", help="a second factor for the console").add_subparsers(dest="totp_command",
                                                                                          required=True)
    second.add_parser("enroll", help="set up an authenticator app for one key (--key PATH)",
                      parents=[keyopts]).set_defaults(func=cmd_totp_enroll)
    second.add_parser("remove", help="remove a key's second factor (--key PATH)",
                      parents=[keyopts]).set_defaults(func=cmd_totp_remove)
    pulling = sub.add_parser("pull", help="copy the sealed reports of a report database into the data directory")
    pulling.add_argument("--from", dest="source", metavar="URL",
                         help=f"the database (default: {REPORT_STORE_URL_VARIABLE})")
    pulling.set_defaults(func=cmd_pull)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run one command; errors are one line on stderr with exit status 2 (verify failures exit 1)."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args, layout_for(args))
    except (CliError, CryptoError, UnknownReport, FilingError, KeyFileError, OSError) as exc:
        say(f"error: {exc}", sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
