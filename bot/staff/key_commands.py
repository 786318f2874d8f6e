"""`python -m bot.staff keys ...`: create staff keys, change the signed recipient list, make passphrases.

Every change to the recipient list is signed by the list signing key (the first staff key, made by
`keys init`); the server seals only to a list whose signature verifies.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from bot.crypto.codec import b64e
from bot.crypto.diceware import generate_passphrase
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import Identity, Recipient, read_public_key, upgrade_private_key
from bot.crypto.passphrase import get_new_passphrase, get_passphrase
from bot.reports.keyring import Keyring
from bot.settings import LIST_SIGNER_VARIABLE, DataLayout
from bot.staff.render import say
from bot.staff.session import CliError, key_dir, key_paths, list_signer

OFFLINE_NOTE = ("Keep private keys on an offline machine in production: the server needs only the signed "
                "recipient list {keys}.")


def _new_key(args: argparse.Namespace, layout: DataLayout, label: str, role: str) -> tuple[Identity, str]:
    """Generate a staff key pair (X25519 + Ed25519) into the key directory; returns it and a description."""
    passphrase = get_new_passphrase()
    identity, path = Keyring.generate(label, passphrase, ScryptParams.from_environment(), key_dir(args, layout),
                                      role)
    return identity, (f"key {identity.key_id} ({label}, {role}; signing key {identity.signing_key_id}): private "
                      f"key {path} (mode 0600, passphrase-protected), public key {path.with_suffix('.pub')}")


def _pin_line(identity: Identity) -> str:
    return (f"Pin the list signing key on the server so nobody can swap the list:\n"
            f"  {LIST_SIGNER_VARIABLE}={b64e(identity.signing_public_raw or b'')}")


def cmd_keys_init(args: argparse.Namespace, layout: DataLayout) -> int:
    keyring = Keyring(layout)
    if keyring.recipients():
        raise CliError("recipient keys already exist; use `keys add-recipient` or `keys rotate`")
    identity, described = _new_key(args, layout, args.label, args.role)
    keyring.add(identity.recipient(args.role), signer=identity)
    say(f"Created {described}\nReports will be sealed to it; its signing key signs the recipient list.\n"
        f"{_pin_line(identity)}\n" + OFFLINE_NOTE.format(keys=layout.recipients_file))
    return 0


def _imported(path: str, label: str, role: str) -> Recipient:
    imported = read_public_key(Path(path))
    return Recipient(imported.public_raw, label or imported.label, role or imported.role,
                     signing_public_raw=imported.signing_public_raw)


def cmd_keys_add(args: argparse.Namespace, layout: DataLayout) -> int:
    signer = list_signer(args, layout)  # before anything is created: no signing key, no change
    if args.public_key:
        recipient = _imported(args.public_key, args.label, args.role)
        described = f"imported public key {recipient.key_id} ({recipient.label}, {recipient.role})"
    else:
        if not args.label:
            raise CliError("--label is required when generating a new key")
        identity, described = _new_key(args, layout, args.label, args.role or "reviewer")
        recipient = identity.recipient(args.role or "reviewer")
    Keyring(layout).add(recipient, signer=signer)
    say(f"Added recipient: {described}\nThe recipient list was re-signed by {signer.signing_key_id}.")
    return 0


def cmd_keys_rotate(args: argparse.Namespace, layout: DataLayout) -> int:
    keyring = Keyring(layout)
    old = [r for r in keyring.active() if r.label == args.label]
    if not old:
        raise CliError(f"no active key labelled {args.label!r}")
    signer = list_signer(args, layout)
    if args.public_key:
        new, described = _imported(args.public_key, args.label, old[0].role), "imported public key"
    else:
        identity, described = _new_key(args, layout, args.label, old[0].role)
        new = identity.recipient(old[0].role)
    retired = keyring.rotate(args.label, new, signer=signer)
    say(f"Rotated {args.label!r}: new {described}\nRetired: {', '.join(r.key_id for r in retired)}. "
        "Keep the retired private keys: old reports still need them. New reports no longer use them.")
    return 0


def cmd_keys_remove(args: argparse.Namespace, layout: DataLayout) -> int:
    """A member leaves: their keys are retired in the signed list, so new reports are not sealed to them."""
    if not any(r.label == args.label for r in Keyring(layout).active()):
        raise CliError(f"no active key labelled {args.label!r}")
    removed = Keyring(layout).remove(args.label, signer=list_signer(args, layout))
    say(f"Removed {args.label!r}: retired {', '.join(r.key_id for r in removed)}. Reports filed from now on are not "
        "sealed to them; reports sealed to them before stay readable with their private key, so collect it "
        "(or destroy it) when they leave.")
    return 0


def cmd_keys_sign(args: argparse.Namespace, layout: DataLayout) -> int:
    """Sign the list as it stands with one staff key, giving a version 1 key file its signing key first."""
    paths = key_paths(args, layout)
    if len(paths) != 1:
        raise CliError("pass the one key file that signs the list with --key PATH")
    identity = upgrade_private_key(paths[0], get_passphrase(), ScryptParams.from_environment())
    signed = Keyring(layout).sign(identity)
    cmd_keys_list(args, layout)
    say(f"Signed {len(signed.recipients)} keys with signing key {identity.signing_key_id}.\n{_pin_line(identity)}")
    return 0


def cmd_keys_list(args: argparse.Namespace, layout: DataLayout) -> int:
    listed = Keyring(layout).load()
    if not listed.recipients:
        say("No recipient keys.")
        return 0
    for r in listed.recipients:
        retired = f" retired {r.retired_at}" if r.retired_at else ""
        say(f"{r.key_id}  {r.status:<7} {r.role:<8} {r.label}  created {r.created_at}{retired}")
    say(f"Signed by list signing key {listed.signer_key_id}." if listed.signer
        else "NOT SIGNED: the server will not seal to this list; sign it with `keys sign --key PATH`.")
    return 0


def cmd_keys_passphrase(args: argparse.Namespace, layout: DataLayout) -> int:
    say(generate_passphrase())
    return 0


def add_parsers(sub: argparse._SubParsersAction, keyopts: argparse.ArgumentParser) -> None:
    """The `keys` command tree."""
    signer = argparse.ArgumentParser(add_help=False)
    signer.add_argument("--signing-key", metavar="PATH",
                        help="private key file of the list signing key (default: found in the key directories)")
    keys = sub.add_parser("keys", help="manage staff keys and the signed recipient list").add_subparsers(
        dest="keys_command", required=True)
    init = keys.add_parser("init", help="create the first staff key; it signs the recipient list", parents=[keyopts])
    init.add_argument("--label", default="team")
    init.add_argument("--role", default="reviewer", choices=("reviewer", "escrow"))
    init.set_defaults(func=cmd_keys_init)
    add = keys.add_parser("add-recipient", help="add a reviewer or escrow key", parents=[keyopts, signer])
    add.add_argument("--label")
    add.add_argument("--role", choices=("reviewer", "escrow"))
    add.add_argument("--public-key", metavar="FILE", help="import a public key made offline (.pub)")
    add.set_defaults(func=cmd_keys_add)
    rotate = keys.add_parser("rotate", help="replace a recipient's key for new reports", parents=[keyopts, signer])
    rotate.add_argument("--label", required=True)
    rotate.add_argument("--public-key", metavar="FILE", help="import the new public key instead of generating")
    rotate.set_defaults(func=cmd_keys_rotate)
    remove = keys.add_parser("remove", help="a member leaves: retire their keys for new reports",
                             parents=[keyopts, signer])
    remove.add_argument("--label", required=True)
    remove.set_defaults(func=cmd_keys_remove)
    keys.add_parser("sign", help="sign the recipient list (and give an old key file a signing key)",
                    parents=[keyopts]).set_defaults(func=cmd_keys_sign)
    keys.add_parser("list", help="list recipient keys and who signed the list").set_defaults(func=cmd_keys_list)
    keys.add_parser("passphrase", help="print a generated diceware passphrase").set_defaults(
        func=cmd_keys_passphrase)
