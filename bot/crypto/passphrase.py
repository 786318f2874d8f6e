"""Where staff passphrases come from: the environment or a terminal prompt, never a file or a log. A new
key's passphrase must be strong (bot.crypto.diceware); at a terminal a generated one is offered."""
from __future__ import annotations

import getpass
import sys

from bot import settings
from bot.crypto.diceware import generate_passphrase, weakness
from bot.crypto.errors import PassphraseUnavailableError, WeakPassphraseError
from bot.settings import PASSPHRASE_VARIABLE


def _require_terminal() -> None:
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise PassphraseUnavailableError(
            f"no passphrase: set {PASSPHRASE_VARIABLE} or run this command in a terminal to be asked for it")


def _ask(prompt: str) -> str:
    """getpass, or PassphraseUnavailableError when there is no terminal to ask on."""
    _require_terminal()
    return getpass.getpass(prompt)


def get_new_passphrase(prompt: str = "New key passphrase: ") -> str:
    """A strong passphrase for a new key: STAFF_KEY_PASSPHRASE if strong (WeakPassphraseError if not), else
    asked at the terminal, where a generated diceware passphrase is offered and weak choices are refused."""
    value = settings.current().staff_passphrase
    if value:
        problem = weakness(value)
        if problem:
            raise WeakPassphraseError(f"{PASSPHRASE_VARIABLE}: {problem}")
        return value
    _require_terminal()  # a generated passphrase is only ever shown on a terminal, never in a log
    suggestion = generate_passphrase()
    print(f"Suggested passphrase (write it down, keep it apart from the key):\n    {suggestion}\n"
          "Press Enter to use it, or type your own.", file=sys.stderr)
    while True:
        value = _ask(prompt) or suggestion
        problem = weakness(value)
        if problem:
            print(problem, file=sys.stderr)
            continue
        if _ask("Type the passphrase again: ") == value:
            return value
        print("That was not the same passphrase; try again.", file=sys.stderr)


def get_passphrase(prompt: str = "Staff key passphrase: ", *, confirm: bool = False) -> str:
    """STAFF_KEY_PASSPHRASE if set, else ask on the terminal (twice when creating a key).

    Raises PassphraseUnavailableError when there is neither, so unattended runs fail clearly
    instead of hanging on a prompt nobody sees.
    """
    value = settings.current().staff_passphrase
    if value:
        return value
    while True:
        value = _ask(prompt)
        if not value:
            print("The passphrase must not be empty.", file=sys.stderr)
            continue
        if not confirm or _ask("Repeat the passphrase: ") == value:
            return value
        print("The two passphrases differ; try again.", file=sys.stderr)
