"""Where staff passphrases come from: the environment or a terminal prompt, never a file or a log."""
from __future__ import annotations

import getpass
import sys

from bot import settings
from bot.crypto.errors import PassphraseUnavailableError
from bot.settings import PASSPHRASE_VARIABLE


def get_passphrase(prompt: str = "Staff key passphrase: ", *, confirm: bool = False) -> str:
    """STAFF_KEY_PASSPHRASE if set, else ask on the terminal (twice when creating a key).

    Raises PassphraseUnavailableError when there is neither, so unattended runs fail clearly
    instead of hanging on a prompt nobody sees.
    """
    value = settings.current().staff_passphrase
    if value:
        return value
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise PassphraseUnavailableError(
            f"no passphrase: set {PASSPHRASE_VARIABLE} or run this command in a terminal to be asked for it")
    while True:
        value = getpass.getpass(prompt)
        if not value:
            print("The passphrase must not be empty.", file=sys.stderr)
            continue
        if not confirm or getpass.getpass("Repeat the passphrase: ") == value:
            return value
        print("The two passphrases differ; try again.", file=sys.stderr)
