"""Where the report store keeps what it writes: named objects, in files (the embedded default) or in PostgreSQL
(several servers, perhaps on several machines, filing into one store).

Every object is something the file store has always written (bot.reports.store says which): sealed envelopes
("spool/REF-…/report.tse", "reports/REF-…/addenda/0001.tse"), index records ("index/idempotency/<hmac>.json",
"index/followup/<bucket>/REF-….json") and the ledger ("index/ledger.log" and its head). Ciphertext, keyed
hashes and scrypt verifiers only: the same bytes whichever store holds them, so `staff pull` can copy a
database's objects into a data directory and every staff tool reads them there as it reads a local store.

Each call is atomic and durable on its own (a file replaced by rename and fsync; a row written in its own
transaction); lock() serialises work across processes (flock on a striped file; a PostgreSQL advisory lock).
Failures are OSError (a database that cannot be reached is StorageUnavailable), which the store turns into
FilingError as it always has.
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import struct
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import ContextManager, Iterator, List, Optional, Protocol

import sqlalchemy as sa

from bot.crypto.fsutil import (atomic_write, ensure_private_dir, file_lock, fsync_dir, is_temp_file,
                               remove_stale_temp_files)
from bot.crypto.hashchain import HashChain
from bot.settings import DataLayout

SPOOL = "spool/"
REPORTS = "reports/"
INDEX = "index/"
LEDGER_LOG = "index/ledger.log"
LEDGER_HEAD = "index/ledger-head.json"
TABLE = "testimony_report_objects"
# What an object may be called: relative, no "..", the store's own characters. A name read from a database is
# checked against it before it becomes a path on a staff machine (`staff pull`).
NAME = re.compile(r"(spool|reports|index)(/[A-Za-z0-9][A-Za-z0-9_.-]*)+")


class StorageUnavailable(OSError):
    """The database holding the reports cannot be reached or refused the statement (the message says which)."""


def is_object_name(name: str) -> bool:
    return bool(NAME.fullmatch(name)) and ".." not in PurePosixPath(name).parts


class ReportObjects(Protocol):
    """What bot.reports.store needs of a place to keep its objects."""

    def read(self, name: str) -> Optional[bytes]:
        """The object's bytes, None when there is none."""

    def write(self, name: str, data: bytes, mtime: Optional[float] = None) -> None:
        """Creates or replaces the object, atomically and durably; `mtime` blurs when (files only)."""

    def exists(self, name: str) -> bool: ...

    def names(self, folder: str) -> List[str]:
        """Every object under `folder` ("spool", "reports/REF-…/addenda"), sorted, none half-written."""

    def move(self, source: str, target: str) -> None:
        """Renames `source` to `target`, which must not exist."""

    def remove(self, name: str) -> None: ...

    def lock(self, key: str) -> ContextManager[None]:
        """Held for the block: one holder of `key` at a time, in every process using this store."""

    def ledger_chain(self) -> HashChain:
        """The ledger's hash chain, kept beside the objects."""

    def tidy(self) -> None:
        """Removes what interrupted writes left behind (temp files; nothing in a database)."""


class FileObjects:
    """Objects as files under one data directory (the spool may be elsewhere: TESTIMONY_SPOOL_DIR)."""

    def __init__(self, layout: DataLayout) -> None:
        self.layout = layout

    def path(self, name: str) -> Path:
        if name == SPOOL.rstrip("/") or name.startswith(SPOOL):
            return self.layout.spool_dir / name[len(SPOOL):]
        return self.layout.root / name

    def read(self, name: str) -> Optional[bytes]:
        try:
            return self.path(name).read_bytes()
        except FileNotFoundError:
            return None

    def write(self, name: str, data: bytes, mtime: Optional[float] = None) -> None:
        atomic_write(self.path(name), data, mtime=mtime)

    def exists(self, name: str) -> bool:
        return self.path(name).exists()

    def names(self, folder: str) -> List[str]:
        directory = self.path(folder)
        if not directory.is_dir():
            return []
        return sorted(f"{folder}/{path.relative_to(directory).as_posix()}" for path in directory.rglob("*")
                      if path.is_file() and not is_temp_file(path))

    def move(self, source: str, target: str) -> None:
        """A rename where both are on one filesystem; else a durable copy, then the source is removed."""
        source_path, target_path = self.path(source), self.path(target)
        ensure_private_dir(target_path.parent)
        if target_path.exists():
            raise FileExistsError(errno.EEXIST, "already delivered", str(target))
        try:
            os.replace(source_path, target_path)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            atomic_write(target_path, source_path.read_bytes(), mtime=source_path.stat().st_mtime)
            source_path.unlink()
        fsync_dir(target_path.parent)
        fsync_dir(source_path.parent)

    def remove(self, name: str) -> None:
        path = self.path(name)
        path.unlink()
        fsync_dir(path.parent)

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """One of 256 striped flock files: a lock per key without a file per key."""
        stripe = hashlib.sha256(key.encode("utf-8")).hexdigest()[:2]
        with file_lock(self.layout.locks_dir / f"{stripe}.lock"):
            yield

    def ledger_chain(self) -> HashChain:
        return HashChain(self.path(LEDGER_LOG), self.path(LEDGER_HEAD), "ledger")

    def tidy(self) -> None:
        for folder in ("spool", "reports", "index"):
            remove_stale_temp_files(self.path(folder))


def _lock_id(key: str) -> int:
    """A PostgreSQL advisory lock number (signed 64 bits) for a key."""
    return struct.unpack(">q", hashlib.sha256(b"testimony/report-store-lock\x00" + key.encode()).digest()[:8])[0]


class PostgresObjects:
    """Objects as rows of one table (name, body), each call its own transaction."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        """`create`: make the database and the table when missing (the servers); staff only read (False)."""
        from bot.tracker.schema import create_postgresql_database

        try:
            if create:
                create_postgresql_database(url)
            self.engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
        except sa.exc.SQLAlchemyError as error:
            raise StorageUnavailable(errno.EIO, f"the report database: {type(error).__name__}") from None
        if create:
            with self.lock("schema"):
                self._run(f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, body BYTEA NOT NULL)")

    def _run(self, statement: str, **values: object) -> List[tuple]:
        """Runs one statement in a transaction of its own; the rows it returns (none for most)."""
        try:
            with self.engine.connect() as connection:
                result = connection.execute(sa.text(statement), values)
                return [tuple(row) for row in result] if result.returns_rows else []
        except sa.exc.SQLAlchemyError as error:
            raise StorageUnavailable(errno.EIO, f"the report database: {type(error).__name__}") from None

    def read(self, name: str) -> Optional[bytes]:
        rows = self._run(f"SELECT body FROM {TABLE} WHERE name = :name", name=name)
        return bytes(rows[0][0]) if rows else None

    def write(self, name: str, data: bytes, mtime: Optional[float] = None) -> None:
        self._run(f"INSERT INTO {TABLE} (name, body) VALUES (:name, :body) "
                  "ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body", name=name, body=data)

    def exists(self, name: str) -> bool:
        return bool(self._run(f"SELECT 1 FROM {TABLE} WHERE name = :name", name=name))

    def names(self, folder: str) -> List[str]:
        prefix = folder.rstrip("/") + "/"
        rows = self._run(f"SELECT name FROM {TABLE} WHERE left(name, :length) = :prefix ORDER BY name",
                         length=len(prefix), prefix=prefix)
        return [row[0] for row in rows]

    def move(self, source: str, target: str) -> None:
        try:
            moved = self._run(f"UPDATE {TABLE} SET name = :target WHERE name = :source RETURNING name",
                              source=source, target=target)
        except StorageUnavailable:
            if self.exists(target):
                raise FileExistsError(errno.EEXIST, "already delivered", target) from None
            raise
        if not moved:
            raise FileNotFoundError(errno.ENOENT, "nothing to move", source)

    def remove(self, name: str) -> None:
        self._run(f"DELETE FROM {TABLE} WHERE name = :name", name=name)

    def append(self, name: str, data: bytes) -> None:
        """Adds `data` at the end of the object (created if missing), in one statement."""
        self._run(f"INSERT INTO {TABLE} (name, body) VALUES (:name, :body) "
                  f"ON CONFLICT (name) DO UPDATE SET body = {TABLE}.body || EXCLUDED.body", name=name, body=data)

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """A session advisory lock on a connection held for the block: if this process dies, PostgreSQL ends
        the session and the lock with it."""
        try:
            connection = self.engine.connect()
            connection.execute(sa.text("SELECT pg_advisory_lock(:id)"), {"id": _lock_id(key)})
        except sa.exc.SQLAlchemyError as error:
            raise StorageUnavailable(errno.EIO, f"the report database: {type(error).__name__}") from None
        try:
            yield
        finally:
            try:
                connection.execute(sa.text("SELECT pg_advisory_unlock(:id)"), {"id": _lock_id(key)})
            except sa.exc.SQLAlchemyError:
                connection.invalidate()  # a dropped session has released its locks already
            finally:
                connection.close()

    def ledger_chain(self) -> HashChain:
        return _DatabaseChain(self)

    def tidy(self) -> None:
        """Nothing to tidy: a statement that did not commit left nothing behind."""

    def close(self) -> None:
        self.engine.dispose()


class _DatabaseChain(HashChain):
    """The ledger's chain with its log and head as two objects of the database (the rules are HashChain's)."""

    def __init__(self, objects: PostgresObjects) -> None:
        super().__init__(Path(LEDGER_LOG), Path(LEDGER_HEAD), "ledger")
        self._objects = objects

    def _read_log(self) -> Optional[bytes]:
        return self._objects.read(LEDGER_LOG)

    def _read_head(self) -> Optional[bytes]:
        return self._objects.read(LEDGER_HEAD)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        with self._objects.lock("chain:ledger"):
            yield

    def _append_line(self, line: bytes, mtime: Optional[float]) -> None:
        self._objects.append(LEDGER_LOG, line)

    def _write_head(self, data: bytes, mtime: Optional[float]) -> None:
        self._objects.write(LEDGER_HEAD, data)


def pull(source: ReportObjects, target: FileObjects) -> int:
    """Copies every object of `source` (a report database) into `target` (a staff machine's data directory),
    so the staff tools read them there; returns how many were new or changed. The local spool is made to match
    (an envelope delivered since the last pull leaves it). Names are checked before they become paths."""
    wanted = {name for folder in ("spool", "reports", "index") for name in source.names(folder)}
    bad = sorted(name for name in wanted if not is_object_name(name))
    if bad:
        raise ValueError(f"the report database holds {len(bad)} object(s) with names no store makes; "
                         "nothing was copied")
    changed = 0
    for name in sorted(wanted):
        data = source.read(name)
        if data is not None and target.read(name) != data:
            target.write(name, data)
            changed += 1
    for name in target.names("spool"):
        if name not in wanted:
            target.remove(name)
    return changed


def objects_for(layout: DataLayout, url: Optional[str]) -> ReportObjects:
    """PostgreSQL when `url` names a database (TESTIMONY_REPORT_STORE_URL), else files under `layout`."""
    return PostgresObjects(url) if url else FileObjects(layout)
