"""Durable, atomic, private file writes: a crash leaves either the old file or the whole new one.

Pattern: write a temp file in the same directory, fsync it, os.replace() it over the target, fsync the
directory so the rename itself survives power loss. Everything is created mode 0600 / 0700 because
everything under the data directory is sensitive, even when it is ciphertext.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
import time
from pathlib import Path
from typing import Iterator, Optional

TEMP_SUFFIX = ".tmp"


def ensure_private_dir(path: Path) -> Path:
    """Create a directory, and any missing parents, readable by the owner only."""
    if not path.is_dir():
        ensure_private_dir(path.parent)
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass  # created concurrently
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside `path` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(target: Path) -> Path:
    """A unique hidden temp name next to `target`, so os.replace never crosses filesystems."""
    return target.parent / f".{target.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}"


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte (os.write may write fewer) and flush them to the disk."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


def _write_temp(target: Path, data: bytes, mode: int, mtime: Optional[float]) -> Path:
    ensure_private_dir(target.parent)
    tmp = temp_path_for(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        _write_all(fd, data)
    except BaseException:
        os.close(fd)
        _unlink_quietly(tmp)
        raise
    os.close(fd)
    if mtime is not None:
        os.utime(tmp, (mtime, mtime))
    return tmp


def atomic_write(target: Path, data: bytes, *, mode: int = 0o600, mtime: Optional[float] = None) -> None:
    """Atomically replace `target` with `data`, durably. `mtime` lets callers blur file times."""
    tmp = _write_temp(target, data, mode, mtime)
    try:
        os.replace(tmp, target)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    fsync_dir(target.parent)


def atomic_create(target: Path, data: bytes, *, mode: int = 0o600) -> bool:
    """Atomically create `target` only if it does not exist (os.link refuses to overwrite).

    Returns False, leaving the existing file alone, when another process got there first.
    """
    tmp = _write_temp(target, data, mode, None)
    try:
        os.link(tmp, target)
    except FileExistsError:
        return False
    finally:
        _unlink_quietly(tmp)
    fsync_dir(target.parent)
    return True


def shred(path: Path) -> bool:
    """Overwrite a small secret file with zeros on disk, then unlink it; False if it was not there.

    Unlinking alone forgets only the name: the blocks keep the bytes until reused. Overwriting first
    destroys them on filesystems that write in place (ext4, xfs); copy-on-write filesystems and SSD
    wear levelling may still keep an old copy, so callers must not rely on this alone (bot.tracker.keystore
    also bounds in time what its key files can open).
    """
    try:
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return False
    try:
        _write_all(fd, bytes(os.fstat(fd).st_size))
    finally:
        os.close(fd)
    _unlink_quietly(path)
    fsync_dir(path.parent)
    return True


def remove_stale_temp_files(directory: Path, older_than_seconds: float = 3600.0) -> int:
    """Delete temp files left by a crash (they hold ciphertext at most). Young ones may be in use."""
    if not directory.is_dir():
        return 0
    removed, cutoff = 0, time.time() - older_than_seconds
    for path in directory.rglob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed


def is_temp_file(path: Path) -> bool:
    """True for the hidden temp files of atomic_write, which readers must ignore."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock (flock) between processes and threads, held for the block."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
