"""Who can unlock the console: one account per staff member, made of the private key files bearing their name.

A member whose key was rotated has several key files with the same label; unlocking opens every one of
them that the passphrase opens, so reports sealed before and after the rotation both read.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bot.crypto.errors import KeyFileError, WrongPassphraseError
from bot.crypto.keys import Identity, load_private_key, private_key_ids, private_key_label
from bot.staff.totp import sealed_secret, secret_path


@dataclass(frozen=True)
class StaffAccount:
    """A staff member as the key directory shows them (nothing unlocked)."""

    account_id: str          # stable, from the label: what the unlock form sends and the throttle counts
    name: str                # the label the keys were made with
    key_files: Tuple[Path, ...]


def _account_id(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def staff_accounts(key_files: List[Path]) -> List[StaffAccount]:
    """The accounts behind these key files, by name; unreadable key files are left out."""
    by_name: Dict[str, List[Path]] = {}
    for path in sorted(key_files):
        try:
            private_key_ids(path)
            name = private_key_label(path) or path.stem
        except KeyFileError:
            continue
        by_name.setdefault(name, []).append(path)
    return [StaffAccount(_account_id(name), name, tuple(paths)) for name, paths in sorted(by_name.items())]


def find_account(accounts: List[StaffAccount], account_id: str) -> Optional[StaffAccount]:
    return next((account for account in accounts if account.account_id == account_id), None)


def unlock(account: StaffAccount, passphrase: str) -> List[Identity]:
    """Every key of the account that the passphrase opens; WrongPassphraseError when it opens none."""
    opened = []
    for path in account.key_files:
        try:
            opened.append(load_private_key(path, passphrase))
        except (WrongPassphraseError, KeyFileError):
            continue
    if not opened:
        raise WrongPassphraseError(f"wrong passphrase for {account.name}")
    return opened


def second_factor(account: StaffAccount, identities: List[Identity]) -> Optional[bytes]:
    """The account's one-time-code secret, or None when none of the member's keys is enrolled.

    Once any of their key files has a second factor, every unlock needs it: a passphrase that opens only an
    unenrolled key of theirs (a rotated key with another passphrase) is refused, not let through without one."""
    enrolled = [path for path in account.key_files if secret_path(path).exists()]
    if not enrolled:
        return None
    by_id = {identity.key_id: identity for identity in identities}
    for path in enrolled:
        identity = by_id.get(private_key_ids(path)[0])
        if identity is not None:
            return sealed_secret(path, identity)
    raise KeyFileError(f"the second factor of {account.name} is on a key this passphrase does not open: enrol "
                       "the key you use (`python -m bot.staff totp enroll --key PATH`)")
