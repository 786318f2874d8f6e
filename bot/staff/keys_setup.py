"""`python -m bot.staff.keys_setup`: make sure the data directory has what filing needs (run by `make run`).

First run: creates a DEMO team key pair (X25519 + Ed25519 signing key, passphrase-protected, mode 0600,
under <data>/private-keys), a recipient list signed by it, and the server secret. A data directory from
before signed lists gets its demo key's signing key and a signature. Later runs change nothing. In
production, create keys offline with `python -m bot.staff keys init`, copy only the signed
keys/recipients.json to the server and pin its signer with TESTIMONY_LIST_SIGNER.
"""
from __future__ import annotations

import sys

from bot.crypto.diceware import weakness
from bot.crypto.errors import CryptoError
from bot.crypto.kdf import ScryptParams
from bot.crypto.keys import upgrade_private_key
from bot.crypto.passphrase import get_passphrase
from bot.crypto.server_secret import load_or_create_secret
from bot.reports.keyring import Keyring
from bot.settings import DataLayout, data_dir
from bot.staff.render import say

DEMO_LABEL = "demo-team"


def setup(layout: DataLayout) -> list[str]:
    """Create whatever is missing; returns what was created (empty when nothing changed)."""
    created = []
    keyring = Keyring(layout)
    listed = keyring.load()
    if not listed.recipients:
        passphrase = get_passphrase("Passphrase for the demo staff key: ", confirm=True)
        if weakness(passphrase):
            say(f"warning: {weakness(passphrase)}; fine for a demo only", sys.stderr)
        identity, path = Keyring.generate(DEMO_LABEL, passphrase, ScryptParams.from_environment(),
                                          layout.private_keys_dir)
        keyring.add(identity.recipient(), signer=identity)
        created.append(f"demo team key {identity.key_id}, which also signs the recipient list:\n"
                       f"  signed public keys (all the server needs): {layout.recipients_file}\n"
                       f"  private key (DEMO ONLY, passphrase-protected): {path}")
    elif listed.signer is None:
        created.append(_sign_old_list(layout, keyring))
    if not layout.server_secret_file.exists():
        load_or_create_secret(layout.server_secret_file)
        created.append(f"server secret (follow-up codes, index names): {layout.server_secret_file}")
    return created


def _sign_old_list(layout: DataLayout, keyring: Keyring) -> str:
    """A demo list from before signed lists: its demo key gets a signing key and signs the list."""
    demo = [r for r in keyring.active() if r.label == DEMO_LABEL]
    path = layout.private_keys_dir / f"{demo[0].key_id}.key" if demo else None
    if path is None or not path.exists():
        raise CryptoError("the recipient list is not signed and has no demo key here: sign it with "
                          "`python -m bot.staff keys sign --key PATH`")
    identity = upgrade_private_key(path, get_passphrase("Passphrase for the demo staff key: "),
                                   ScryptParams.from_environment())
    keyring.sign(identity)
    return f"signing key {identity.signing_key_id} added to the demo key, and the recipient list signed with it"


def main() -> int:
    """Entry point; exit status 2 with a clear message when no passphrase can be had."""
    layout = DataLayout.for_root(data_dir())
    try:
        created = setup(layout)
    except CryptoError as exc:
        say(f"keys_setup: cannot set up the demo staff key in {layout.root}: {exc}", sys.stderr)
        return 2
    if not created:
        say(f"Keys already set up in {layout.root}; nothing changed.")
        return 0
    say(f"Set up in {layout.root}:")
    for line in created:
        say(f"- {line}")
    say("Production: keep private keys on an offline machine (`python -m bot.staff keys init "
        "--key-dir /offline/media`); the server needs only the signed public keys. Read reports with "
        "`python -m bot.staff list` / `show REF`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
