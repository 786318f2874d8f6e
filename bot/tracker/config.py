"""Tracker store settings from endpoints.yml and the environment: database url, draft lifetime, table
prefix and where the key comes from. Each is checked here, so a misconfiguration fails at start-up."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional, Text

from rasa.shared.exceptions import RasaException

from bot import settings
from bot.settings import DataLayout
from bot.crypto.server_secret import load_or_create_secret, read_secret_file, secret_from_base64

DEFAULT_TABLE_PREFIX = "testimony_tracker_"
DEFAULT_TTL_HOURS = settings.DRAFT_TTL_HOURS
DEFAULT_SWEEP_SECONDS = 300.0


class TrackerStoreConfigError(RasaException):
    """The tracker store is misconfigured; raised instead of letting Rasa fall back to memory."""


def tracker_secret(key_file: Optional[Path] = None) -> bytes:
    """The 32-byte master secret, from the first of: TESTIMONY_TRACKER_KEY (base64),
    TESTIMONY_TRACKER_KEY_FILE (which must exist: a missing file there is a mistake, not a first run),
    `key_file` from endpoints.yml, or <data>/keys/tracker.key (both created on first use).

    The first two keep the master out of the data directory, and so out of its backups.
    """
    current = settings.current()
    if current.tracker_key and current.tracker_key.strip():
        return secret_from_base64(current.tracker_key)
    if current.tracker_key_file:
        return read_secret_file(current.tracker_key_file)
    return load_or_create_secret(Path(key_file) if key_file else DataLayout(settings.data_dir()).tracker_key_file)


def resolve_url(url: Optional[Text]) -> Text:
    """The SQLAlchemy URL to use, defaulting to SQLite in the data directory.

    Rasa expands `${VAR}` in endpoints.yml only in unquoted values and leaves it verbatim, without any
    error, when VAR is unset; so `${TESTIMONY_DATA_DIR}` is resolved here the way bot.settings does,
    and any other variable left unexpanded is an error rather than a file literally named `${...}`.
    """
    if not url:
        return f"sqlite:///{DataLayout(settings.data_dir()).tracker_database}"
    for placeholder in ("${TESTIMONY_DATA_DIR}", "$TESTIMONY_DATA_DIR"):
        if placeholder in url:
            url = url.replace(placeholder, str(settings.data_dir()))
    url = settings.expand_variables(url)
    missing = re.findall(r"\$\{(\w+)\}", url)
    if missing:
        raise TrackerStoreConfigError(f"tracker store url uses unset environment variables: {missing}")
    return url


def ttl_seconds(draft_ttl_hours: Any) -> float:
    """Hours from endpoints.yml (a number, or a string when it came from an env variable) as seconds."""
    try:
        hours = float(draft_ttl_hours)
    except (TypeError, ValueError) as error:
        raise TrackerStoreConfigError("draft_ttl_hours must be a number of hours") from error
    if not hours > 0:
        raise TrackerStoreConfigError("draft_ttl_hours must be positive")
    return hours * 3600.0


def check_prefix(prefix: Text) -> Text:
    """Table prefixes become SQL identifiers: keep them boring."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,40}", prefix):
        raise TrackerStoreConfigError("table_prefix must be lowercase letters, digits and '_' (max 41)")
    return prefix
