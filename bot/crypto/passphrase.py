"""Where staff passphrases come from: the environment or a terminal prompt, never a file or a log."""
from __future__ import annotations

import getpass
import os
import sys

from bot.crypto.errors import PassphraseUnavailableError

ENV_PASSPHRASE = "STAFF_KEY_PASSPHRASE"


def get_passphrase(prompt: str = "Staff key passphrase: ", *, confirm: bool = False) -> str:
    """STAFF_KEY_PASSPHRASE if set, else ask on the terminal (twice when creating a key).

    Raises PassphraseUnavailableError when there is neither, so unattended runs fail clearly
    instead of hanging on a prompt nobody sees.
    """
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise PassphraseUnavailableError(
            f"no passphrase: set {ENV_PASSPHRASE} or run this command in a terminal to be asked for it")
    while True:
        value = getpass.getpass(prompt)
        if not value:
            print("The passphrase must not be empty.", file=sys.stderr)
            continue
        if not confirm or getpass.getpass("Repeat the passphrase: ") == value:
            return value
        print("The two passphrases differ; try again.", file=sys.stderr)
