"""The tracker store's two tables and the database engine, with SQLite set up to leave no old data behind.

Plaintext columns, and why each is acceptable: `handle` (the HMAC, needed to find a conversation),
`seq` (event position: needed for ordering and bound into the ciphertext; it reveals only how many
events a conversation has, which the row count reveals anyway), `last_active` (server time of the
last save, per conversation, needed to expire drafts without the key; the database's own files reveal
as much) and `key_ref` (the random name of the conversation's key file in bot.tracker.keystore). Event
types and timestamps are deliberately *not* stored in the clear: their sequence would show when and how
much someone talked.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any, Optional, Text, Tuple

import sqlalchemy as sa
from rasa.core.tracker_store import create_engine_kwargs, is_postgresql_url

logger = logging.getLogger(__name__)


def define_tables(prefix: Text) -> Tuple[sa.MetaData, sa.Table, sa.Table]:
    """One row per conversation (for expiry) and one encrypted row per event."""
    metadata = sa.MetaData()
    conversations = sa.Table(
        f"{prefix}conversations",
        metadata,
        sa.Column("handle", sa.String(64), primary_key=True),
        sa.Column("last_active", sa.Float, nullable=False, index=True),
        sa.Column("key_ref", sa.String(32), nullable=False),
    )
    events = sa.Table(
        f"{prefix}events",
        metadata,
        sa.Column("handle", sa.String(64), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("blob", sa.LargeBinary, nullable=False),
    )
    return metadata, conversations, events


def create_tables(engine: sa.engine.Engine, metadata: sa.MetaData, conversations: sa.Table) -> None:
    """Create the tables, first dropping those of a version before per-conversation keys.

    Their rows were sealed under a key derived from the master secret, which crypto-shredding retires:
    they are drafts with a lifetime of days, so upgrading ends them rather than keeping a second way in.
    """
    inspector = sa.inspect(engine)
    if inspector.has_table(conversations.name):
        columns = {column["name"] for column in inspector.get_columns(conversations.name)}
        if "key_ref" not in columns:
            logger.info("Dropping tracker tables of an earlier version; the drafts in them end here.")
            metadata.drop_all(engine)
    metadata.create_all(engine)


def engine_for(url: Text) -> sa.engine.Engine:
    """An engine for `url`; SQLite gets a private file and pragmas that leave no old data behind."""
    if is_postgresql_url(url):
        create_postgresql_database(url)
        # Same pool sizes and POSTGRESQL_SCHEMA handling as Rasa's SQLTrackerStore; and a connection the server
        # dropped (a restart) is noticed and replaced when it is taken from the pool, not by a failed turn.
        return sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        _prepare_sqlite_file(engine.url.database)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def create_postgresql_database(url: Text) -> None:
    """Create the database `url` names if the server has none of that name (as Rasa's SQL tracker store does),
    connecting to the server's `postgres` database to do it; a role without CREATEDB gets PostgreSQL's error."""
    target = sa.engine.make_url(url)
    name = target.database
    if not name or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", name):
        return  # an unusual name is left to the connection, which then says what is wrong
    engine = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            if conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}).first():
                return
            logger.info("Creating the PostgreSQL database for the tracker store.")
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


def drop_postgresql_database(url: Text) -> None:
    """Drop the database `url` names, with everything in it and whoever is connected (a benchmark's or a test's
    own database), connecting to the server's `postgres` database to do it."""
    target = sa.engine.make_url(url)
    engine = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    finally:
        engine.dispose()


def _prepare_sqlite_file(database: Optional[Text]) -> None:
    """Create the database file as 0600 before SQLite does (it would honour the umask, often 0644)."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Zero deleted content in place, keep no WAL, and never spill temporary data to disk.

    secure_delete overwrites freed cells and pages with zeros, so DELETE really removes the bytes.
    journal_mode=DELETE (rather than WAL, which keeps old pages in `-wal` until a checkpoint and
    reuses the file without truncating it) means the rollback journal exists only during a write
    transaction. The setting is persistent, so this also converts a database someone switched to WAL.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()
