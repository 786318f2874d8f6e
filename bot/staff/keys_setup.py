"""`python -m bot.staff.keys_setup`: make sure the data directory has what filing needs (run by `make run`).

First run: creates a DEMO team key pair (private half passphrase-protected, mode 0600, under
<data>/private-keys) and the server secret. Later runs change nothing. In production, generate keys
offline with `python -m bot.staff keys init --key-dir /offline/media` and import only the public key
on the server with `python -m bot.staff keys add-recipient --public-key FILE`.
"""
from __future__ import annotations

import sys

from bot.crypto.errors import CryptoError
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import Recipient
from bot.crypto.passphrase import get_passphrase
from bot.crypto.server_secret import load_or_create_secret
from bot.reports.keyring import Keyring
from bot.settings import DataLayout
from bot.settings import data_dir

DEMO_LABEL = "demo-team"


def setup(layout: DataLayout) -> list[str]:
    """Create whatever is missing; returns what was created (empty when nothing changed)."""
    created = []
    keyring = Keyring(layout)
    if not keyring.active():
        passphrase = get_passphrase("Passphrase for the demo staff key: ", confirm=True)
        if len(passphrase) < 12:
            print("warning: a passphrase shorter than 12 characters is weak; fine for a demo only",
                  file=sys.stderr)
        identity, path = Keyring.generate(DEMO_LABEL, passphrase, ScryptParams.from_environment(),
                                          layout.private_keys_dir)
        keyring.add(Recipient(identity.public_raw, DEMO_LABEL, "reviewer"))
        created.append(f"demo team key {identity.key_id}:\n"
                       f"  public keys (all the server needs): {layout.recipients_file}\n"
                       f"  private key (DEMO ONLY, passphrase-protected): {path}")
    if not layout.server_secret_file.exists():
        load_or_create_secret(layout.server_secret_file)
        created.append(f"server secret (follow-up codes, index names): {layout.server_secret_file}")
    return created


def main() -> int:
    """Entry point; exit status 2 with a clear message when no passphrase can be had."""
    layout = DataLayout.for_root(data_dir())
    try:
        created = setup(layout)
    except CryptoError as exc:
        print(f"keys_setup: cannot create the demo staff key in {layout.root}: {exc}", file=sys.stderr)
        return 2
    if not created:
        print(f"Keys already set up in {layout.root}; nothing changed.")
        return 0
    print(f"Set up in {layout.root}:")
    for line in created:
        print(f"- {line}")
    print("Production: keep private keys on an offline machine (`python -m bot.staff keys init "
          "--key-dir /offline/media`); the server needs only public keys. Read reports with "
          "`python -m bot.staff list` / `show REF`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
