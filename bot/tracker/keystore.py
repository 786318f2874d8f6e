"""The tracker's key store: crypto-shredding, so a deleted draft is gone even from a copy of the database.

Deleting rows is not enough on its own. Copies of old rows outlive a DELETE: database backups, PostgreSQL's
dead tuples and WAL archives, the freed blocks of SQLite's rollback journal, a seized disk. If event keys
were derived from the master secret, that secret (which must live as long as the store) would open every
such copy. So every key that opens events is random, lives in one small file here, and is shredded
(overwritten, then unlinked: bot.crypto.fsutil.shred) when its conversation goes:

* each conversation has its own random key, named by a random `ref` kept in its database row. Deleting
  the conversation ("delete everything", quick exit, filing — all of which end in a Restarted event that
  gives the conversation a new key — or expiry) shreds the file: every copy of its events, wherever it
  survives, becomes unreadable at once.
* conversation keys are sealed under a random *day key* (UTC days), itself sealed under a sub-key of the
  master secret. A conversation key is re-sealed under today's key when the conversation is saved on a
  new day, so a day key only serves conversations last saved that day: it is shredded once they must all
  have expired (the day's end + the draft lifetime), together with any conversation key still sealed
  under it. This bounds what the key files themselves may leave behind (the freed blocks of a replaced
  file, a copy taken despite the README): nothing is readable with today's keys once it has been deleted
  for a day + the draft lifetime, even where overwriting in place did not reach the disk.

Files (mode 0600, in a 0700 directory; keep it out of backups — the drafts need none):
  day-<n>-<master id>.key   the key of UTC day n, sealed under the master secret. <master id> is a keyed
                            hash of the master, so stores with different masters never share a day key.
  conversation-<ref>.key    day n (8 bytes, big-endian) || the conversation key sealed under day n's key.
"""
from __future__ import annotations

import re
import secrets
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Text

from bot.crypto import aead
from bot.crypto.errors import DecryptionError
from bot.crypto.fsutil import atomic_create, atomic_write, ensure_private_dir, shred
from bot.crypto.secretbox import SecretBox, derive_key, keyed_hash
from bot.tracker.sealing import TrackerDecryptionError

DAY_SECONDS = 86_400
DAY_KEY_WRAP_PURPOSE = "testimony/tracker/day-key-wrap/aes-256-gcm/v1"
MASTER_ID_PURPOSE = "testimony/tracker/master-id/v1"
DAY_KEY_AAD = b"testimony/tracker/day-key/v1"
CONVERSATION_KEY_AAD = b"testimony/tracker/conversation-key/v1"
_DAY = struct.Struct(">Q")
_DAY_FILE = re.compile(r"day-(\d+)-[0-9a-f]+\.key")


def day_of(timestamp: float) -> int:
    """The UTC day number (days since 1970-01-01) of a Unix time."""
    return int(timestamp // DAY_SECONDS)


@dataclass(frozen=True)
class ConversationKey:
    """A conversation's event key, the `ref` naming its file, and the day whose key seals it."""

    ref: Text
    key: bytes = field(repr=False)
    day: int


class TrackerKeyStore:
    """Creates, opens, re-seals and shreds the day keys and conversation keys in one directory."""

    def __init__(self, directory: Path, master: bytes, ttl_seconds: float) -> None:
        self.directory = ensure_private_dir(Path(directory))
        self._master_box = SecretBox(derive_key(master, DAY_KEY_WRAP_PURPOSE))
        self._master_id = keyed_hash(derive_key(master, MASTER_ID_PURPOSE), b"tracker")[:16]
        self._ttl_seconds = ttl_seconds

    # conversation keys ----------------------------------------------------------------------------

    def create(self, now: float) -> ConversationKey:
        """A new random conversation key, sealed under today's key in a new file."""
        conversation = ConversationKey(secrets.token_hex(16), secrets.token_bytes(aead.KEY_LEN), day_of(now))
        self._write(conversation)
        return conversation

    def open(self, ref: Text) -> Optional[ConversationKey]:
        """The conversation key named `ref`, or None once it (or the day key sealing it) was shredded."""
        try:
            data = self._conversation_file(ref).read_bytes()
        except FileNotFoundError:
            return None
        if len(data) < _DAY.size:
            raise TrackerDecryptionError("a conversation key file is truncated")
        (day,) = _DAY.unpack_from(data)
        day_key = self._day_key(day, create=False)
        if day_key is None:
            return None
        try:
            key = SecretBox(day_key).open(data[_DAY.size :], _conversation_aad(ref, day))
        except DecryptionError as error:
            raise TrackerDecryptionError("a conversation key failed authentication") from error
        return ConversationKey(ref, key, day)

    def refresh(self, conversation: ConversationKey, now: float) -> None:
        """Re-seal the key under today's key if it was sealed on an earlier day (see the module doc)."""
        if conversation.day != day_of(now):
            self._write(ConversationKey(conversation.ref, conversation.key, day_of(now)))

    def shred(self, ref: Text) -> None:
        """Destroy a conversation key: the events it sealed can no longer be opened anywhere."""
        shred(self._conversation_file(ref))

    # expiry ---------------------------------------------------------------------------------------

    def shred_expired(self, now: float) -> int:
        """Shred day keys no unexpired conversation can use, and conversation keys sealed under them.

        A day key is needed while a conversation last saved that day may be alive, i.e. until the day's
        end + the draft lifetime; that is, days before the one that was current a lifetime ago are done.
        File names and headers say which day each file belongs to, so no key is needed to clean up.
        Returns how many files were shredded.
        """
        oldest_needed = day_of(now - self._ttl_seconds)
        doomed = [path for path in self.directory.glob("day-*.key")
                  if (match := _DAY_FILE.fullmatch(path.name)) and int(match.group(1)) < oldest_needed]
        doomed += [path for path in self.directory.glob("conversation-*.key")
                   if _day_in_header(path) < oldest_needed]
        return sum(shred(path) for path in doomed)

    # internals ------------------------------------------------------------------------------------

    def _write(self, conversation: ConversationKey) -> None:
        sealed = SecretBox(self._day_key(conversation.day, create=True)).seal(
            conversation.key, _conversation_aad(conversation.ref, conversation.day))
        atomic_write(self._conversation_file(conversation.ref), _DAY.pack(conversation.day) + sealed)

    def _day_key(self, day: int, *, create: bool) -> Optional[bytes]:
        """Day `day`'s key; made (race-free: the first process to create it wins) if `create`."""
        path = self.directory / f"day-{day}-{self._master_id}.key"
        aad = DAY_KEY_AAD + _DAY.pack(day)
        if create and not path.exists():
            atomic_create(path, self._master_box.seal(secrets.token_bytes(aead.KEY_LEN), aad))
        try:
            sealed = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            return self._master_box.open(sealed, aad)
        except DecryptionError as error:
            raise TrackerDecryptionError("a day key of the tracker key store failed authentication") from error

    def _conversation_file(self, ref: Text) -> Path:
        if not re.fullmatch(r"[0-9a-f]{32}", ref):
            raise TrackerDecryptionError("a conversation row names a malformed key file")
        return self.directory / f"conversation-{ref}.key"


def _conversation_aad(ref: Text, day: int) -> bytes:
    """Binds a sealed conversation key to its file name and day, so files can't be swapped or re-dated."""
    return CONVERSATION_KEY_AAD + ref.encode("ascii") + _DAY.pack(day)


def _day_in_header(path: Path) -> int:
    """The day a conversation key file is sealed under (0, i.e. long gone, if damaged or just shredded)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(_DAY.size)
    except FileNotFoundError:
        return 0
    return _DAY.unpack(header)[0] if len(header) == _DAY.size else 0
