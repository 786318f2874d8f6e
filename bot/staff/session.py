"""What every staff command needs: the data layout, who is acting, and their unlocked keys."""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import List, Set

from bot import settings
from bot.crypto.errors import KeyFileError, WrongPassphraseError
from bot.crypto.keys import Identity, load_private_key, private_key_ids
from bot.crypto.passphrase import get_passphrase
from bot.crypto.signing import signing_key_id
from bot.reports.keyring import Keyring, pinned_signer
from bot.settings import DataLayout


class CliError(Exception):
    """A user-facing failure: printed without a traceback, exit status 2."""


def layout_for(args: argparse.Namespace) -> DataLayout:
    root = Path(args.data_dir) if args.data_dir else settings.data_dir()
    return DataLayout.for_root(root, Path(args.spool_dir) if args.spool_dir else None)


def key_dir(args: argparse.Namespace, layout: DataLayout) -> Path:
    return Path(args.key_dir) if getattr(args, "key_dir", None) else layout.private_keys_dir


def who(args: argparse.Namespace) -> str:
    if getattr(args, "as_name", None):
        return args.as_name
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or password database
        return "unknown"


def _unlock(path: Path, passphrase: str) -> Identity:
    try:
        return load_private_key(path, passphrase)
    except WrongPassphraseError:
        if settings.current().staff_passphrase or not sys.stdin.isatty():
            raise
        return load_private_key(path, getpass.getpass(f"Passphrase for {path.name}: "))


def key_paths(args: argparse.Namespace, layout: DataLayout) -> List[Path]:
    """--key files, or every *.key in the key directory."""
    if getattr(args, "key", None):
        return [Path(p) for p in args.key]
    return sorted(key_dir(args, layout).glob("*.key"))


def load_identities(args: argparse.Namespace, layout: DataLayout) -> List[Identity]:
    """Unlock --key files, or every *.key in the key directory, with the staff passphrase."""
    paths = key_paths(args, layout)
    if not paths:
        raise CliError(f"no private key found in {key_dir(args, layout)}; pass --key PATH "
                       "(production keys live on the offline machine)")
    passphrase = get_passphrase()
    return [_unlock(path, passphrase) for path in paths]


def signing_identity(identities: List[Identity]) -> Identity:
    """The first unlocked key that can sign (audit entries are signed by whoever acts)."""
    for identity in identities:
        if identity.signing_key is not None:
            return identity
    raise CliError("none of these key files has a signing key (made before version 2): add one with "
                   "`python -m bot.staff keys sign --key PATH`")


def list_signer(args: argparse.Namespace, layout: DataLayout) -> Identity:
    """Unlock the key that signed the recipient list (found by its signing key id in --signing-key, the
    key directory or <data>/private-keys): changing the list needs it and its passphrase."""
    listed = Keyring(layout).load()
    pinned = pinned_signer()
    expected = listed.signer_key_id if pinned is None else signing_key_id(pinned)
    if expected is None:
        raise CliError("the recipient list is not signed yet: create it with `keys init` (on the offline "
                       "machine) or sign it with `keys sign`")
    if getattr(args, "signing_key", None):
        candidates = [Path(args.signing_key)]
    else:
        candidates = sorted(set(key_dir(args, layout).glob("*.key")) | set(layout.private_keys_dir.glob("*.key")))
    for path in candidates:
        try:
            if private_key_ids(path)[1] == expected:
                return _unlock(path, get_passphrase("Passphrase of the list signing key: "))
        except KeyFileError:
            continue
    raise CliError(f"the list signing key {expected} is not here: pass its private key file with --signing-key")


def trusted_signers(identities: List[Identity]) -> Set[bytes]:
    """Signing keys the person running the tool vouches for: their own, and the pinned list signer."""
    trusted = {i.signing_public_raw for i in identities if i.signing_public_raw}
    pinned = pinned_signer()
    return trusted | ({pinned} if pinned else set())

