"""The server secret: keys the HMACs that name index files and derive follow-up codes.

Losing it breaks follow-up lookups and idempotent retries (not report decryption): back it up with
the data directory. It never leaves the server and is useless for reading reports.
"""
from __future__ import annotations

import secrets
from pathlib import Path

from bot.crypto.fsutil import atomic_create, ensure_private_dir

SECRET_LEN = 32


def load_or_create_server_secret(path: Path) -> bytes:
    """Read the secret, creating it (race-free, mode 0600) on first use."""
    if not path.exists():
        ensure_private_dir(path.parent)
        atomic_create(path, secrets.token_bytes(SECRET_LEN), mode=0o600)
    data = path.read_bytes()
    if len(data) != SECRET_LEN:
        raise ValueError(f"server secret {path} is damaged (expected {SECRET_LEN} bytes)")
    return data
