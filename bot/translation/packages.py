"""Installed translation packages: listing them cheaply, and installing one from a file, with clear errors.

Listing reads each package's metadata.json directly instead of going through argostranslate, for two reasons:
it must stay cheap (it runs on every report, and importing argostranslate pulls in torch, Stanza and spaCy), and
argostranslate's own `get_installed_packages()` raises for the whole directory as soon as one sub-directory has
no metadata.json, which would switch translation off for every language.

Installing checks the archive before argostranslate extracts it (a broken archive would otherwise leave debris
in the packages directory), uses argostranslate's `install_from_path`, then loads the result once and removes it
again if it cannot be loaded. There is deliberately no download command: packages are brought in as files.
"""
from __future__ import annotations

import json
import logging
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Dict, List, Optional, Tuple

from bot.translation import paths

logger = logging.getLogger(__name__)

# Unpacked size above which an archive is refused (real Argos packages are a few hundred MB at most).
MAX_UNPACKED_BYTES = 4 * 1024**3

_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


class PackageError(Exception):
    """A package file that cannot be installed; the message says why and is meant for the operator."""


@dataclass(frozen=True)
class InstalledPackage:
    """One installed translation package, as described by its metadata.json."""

    path: Path
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str

    @property
    def pair(self) -> Tuple[str, str]:
        return (self.from_code, self.to_code)

    @property
    def stamp(self) -> int:
        """Changes when the package's model is replaced, so a cached model is not reused after reinstalling."""
        try:
            return (self.path / "model" / "model.bin").stat().st_mtime_ns
        except OSError:
            return 0


def _metadata_problem(metadata: Any) -> Optional[str]:
    """Why `metadata` does not describe a translation package, or None if it does."""
    if not isinstance(metadata, dict):
        return "metadata.json is not a JSON object"
    if metadata.get("type", "translate") != "translate":
        return f"it is a {metadata.get('type')!r} package, not a translation package"
    for key in ("from_code", "to_code"):
        code = metadata.get(key)
        if not isinstance(code, str) or not _CODE.match(code.lower()):
            return f"metadata.json has no valid {key}"
    if metadata["from_code"].lower() == metadata["to_code"].lower():
        return "metadata.json translates a language into itself"
    return None


def _from_metadata(path: Path, metadata: Dict[str, Any]) -> InstalledPackage:
    return InstalledPackage(
        path=path,
        from_code=metadata["from_code"].lower(),
        to_code=metadata["to_code"].lower(),
        from_name=str(metadata.get("from_name") or metadata["from_code"]),
        to_name=str(metadata.get("to_name") or metadata["to_code"]),
        version=str(metadata.get("package_version", "")),
    )


def installed(directory: Optional[Path] = None) -> List[InstalledPackage]:
    """The usable translation packages in `directory` (default: the packages directory), sorted by directory name.

    Anything else found there is skipped with a warning rather than breaking translation for every language.
    """
    directory = directory or paths.packages_dir()
    found: List[InstalledPackage] = []
    try:
        entries = sorted(directory.iterdir())
    except OSError:
        return found
    for entry in entries:
        if not entry.is_dir() or entry.name.startswith("."):
            continue
        try:
            metadata = json.loads((entry / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            logger.warning("Skipping %s in the translation packages: no readable metadata.json", entry.name)
            continue
        problem = _metadata_problem(metadata)
        if problem:
            logger.warning("Skipping %s in the translation packages: %s", entry.name, problem)
            continue
        found.append(_from_metadata(entry, metadata))
    return found


def find(source: str, target: str, directory: Optional[Path] = None) -> Optional[InstalledPackage]:
    """The installed package for source → target (the first by directory name), or None."""
    return next((pkg for pkg in installed(directory) if pkg.pair == (source, target)), None)


def _check_archive(path: Path) -> Tuple[str, Dict[str, Any]]:
    """The archive's top-level directory and metadata, or PackageError saying what is wrong with it."""
    if not path.is_file():
        raise PackageError(f"{path}: no such file")
    if not zipfile.is_zipfile(path):
        raise PackageError(
            f"{path} is not an Argos Translate package: it is not a zip archive (corrupt or truncated download?)"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            broken = archive.testzip()
            if broken is not None:
                raise PackageError(f"{path} is corrupt: {broken} fails its checksum (re-copy the file)")
            names = [PurePosixPath(member.filename) for member in members]
            if any(name.is_absolute() or ".." in name.parts or "\\" in str(name) for name in names):
                raise PackageError(f"{path} is not an Argos Translate package: it has unsafe file paths")
            tops = {name.parts[0] for name in names if name.parts}
            loose = [m.filename for m, n in zip(members, names) if len(n.parts) == 1 and not m.is_dir()]
            if len(tops) != 1 or loose or next(iter(tops)).startswith("."):
                raise PackageError(
                    f"{path} is not an Argos Translate package: everything must be inside one top-level directory"
                )
            top = next(iter(tops))
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise PackageError(f"{path} is too large to be an Argos Translate package")
            files = {str(name) for name in names}
            if f"{top}/metadata.json" not in files:
                raise PackageError(f"{path} is not an Argos Translate package: {top}/metadata.json is missing")
            try:
                metadata = json.loads(archive.read(f"{top}/metadata.json").decode("utf-8"))
            except ValueError:
                raise PackageError(f"{path}: {top}/metadata.json is not valid JSON") from None
    except zipfile.BadZipFile as exc:
        raise PackageError(f"{path} is corrupt: {exc}") from None
    problem = _metadata_problem(metadata)
    if problem:
        raise PackageError(f"{path} cannot be installed: {problem}")
    if f"{top}/model/model.bin" not in files:
        raise PackageError(f"{path} is not an Argos Translate package: {top}/model/model.bin is missing")
    if f"{top}/sentencepiece.model" not in files and f"{top}/bpe.model" not in files:
        raise PackageError(f"{path} is not an Argos Translate package: it has no sentencepiece.model or bpe.model")
    return top, metadata


def install(path: Path) -> InstalledPackage:
    """Install the .argosmodel file at `path`; PackageError (with a message for the operator) if it cannot be."""
    path = Path(path)
    top, metadata = _check_archive(path)
    directory = paths.packages_dir()
    candidate = _from_metadata(directory / top, metadata)
    if candidate.path.exists():
        raise PackageError(f"{top} is already installed in {directory}; delete that directory first to replace it")
    existing = find(candidate.from_code, candidate.to_code, directory)
    if existing is not None:
        raise PackageError(
            f"{candidate.from_code} → {candidate.to_code} is already installed as {existing.path.name}; "
            "delete that directory first to replace it"
        )

    from bot.translation import runtime  # Heavy (torch, Stanza, spaCy): only when actually installing.

    runtime.configure(directory)
    try:
        runtime.argos_package.install_from_path(path)
    except Exception as exc:
        _remove(candidate.path)
        raise PackageError(f"{path} could not be unpacked: {exc}") from None
    try:
        runtime.package_translation(candidate.path)
    except Exception as exc:
        _remove(candidate.path)
        raise PackageError(
            f"{path} unpacked but its model could not be loaded ({type(exc).__name__}: {exc}); "
            "nothing was installed"
        ) from None
    return candidate


def _remove(directory: Path) -> None:
    """Remove a package directory this module just created (never anything outside the packages directory)."""
    if directory.parent == paths.packages_dir() and directory.is_dir():
        shutil.rmtree(directory)
