"""A Rasa 3.6 tracker store that keeps conversations encrypted, pseudonymous and short-lived.

Survivors and witnesses type things into this assistant that could endanger them. Rasa's own SQL tracker
store keeps every message, slot and intent in plaintext forever, keyed by the Telegram/WhatsApp id of the
person. This store instead:

* encrypts every event with AES-256-GCM under its conversation's own random key (one row per event; the
  associated data binds each row to its conversation id and position, so rows cannot be reordered);
* stores the conversation id only as HMAC-SHA256 under a key derived from the master secret;
* physically DELETEs everything before the last `Restarted` event ("delete everything", report filed);
* deletes conversations idle longer than `draft_ttl_hours`;
* shreds the key of whatever it deletes (`keystore`), so copies of deleted rows (backups, WAL, disk
  remnants) cannot be opened either: see docs/tracker-store.md;
* never logs events, tracker contents or conversation ids.

By job: `config` (url, ttl, table prefix, key source), `schema` (tables, engine, SQLite pragmas; why each
plaintext column is acceptable), `sealing` (padding, associated data, seal/open, handles), `keystore` (random
day and conversation keys, and their shredding), `store` (the store), `trouble` (conversations whose store failed
this turn, for the channels), `lock_store` (one Redis lock per conversation, for several Rasa servers).

Configure it in endpoints.yml (Rasa passes `url` as `host` and the other keys as keyword arguments):

    tracker_store:
      type: bot.tracker.EncryptedTrackerStore
      url: sqlite:///${TESTIMONY_DATA_DIR}/tracker.db
      draft_ttl_hours: 72

The master secret is TESTIMONY_TRACKER_KEY (base64 of 32 bytes), else TESTIMONY_TRACKER_KEY_FILE, else
`key_file`, else `<data dir>/keys/tracker.key`, created on first run with mode 0600 in a 0700 directory
(see bot.tracker.config.tracker_secret).
"""
from bot.tracker.config import TrackerStoreConfigError, resolve_url, tracker_secret
from bot.tracker.sealing import TrackerDecryptionError
from bot.tracker.store import ConversationUnreadable, EncryptedTrackerStore

__all__ = [
    "ConversationUnreadable", "EncryptedTrackerStore", "TrackerDecryptionError", "TrackerStoreConfigError",
    "resolve_url", "tracker_secret",
]
