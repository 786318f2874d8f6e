"""The one place that configures and imports argostranslate. Import this module, never `argostranslate` itself.

argostranslate 1.11 reads its settings from the environment (and ~/.config/argos-translate/settings.json) once,
when `argostranslate.settings` is first imported, and acts on some of them at import time. Importing this module
does nothing of the kind: the first `configure(packages_dir)` (called by `package_translation` and by package
installation, so only when a model is first loaded or installed) sets everything below, then imports argostranslate:

- ARGOS_PACKAGES_DIR: packages live in `<data_dir>/translation/packages` (see paths.py).
- XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME, only for the duration of the import: argostranslate creates
  its directories and reads settings.json there, so they point into `<data_dir>/translation/argos` instead of
  $HOME. They are restored afterwards so that no other library in the process is affected.
- ARGOS_DEVICE_TYPE=cpu, and one ctranslate2 thread by default (ARGOS_INTER_THREADS / ARGOS_INTRA_THREADS may be
  raised by an operator): the assistant shares two cores with Rasa.
- ARGOS_CHUNK_TYPE=STANZA: the only sentence-splitter choice whose constructor does nothing. The default
  (MiniSBD) looks up and later downloads ONNX models, SPACY calls `cache_spacy()` (a download) at import, and NONE
  makes argostranslate skip every package. The Stanza splitter is never used: see OfflineSentencizer.
- ARGOS_MODEL_PROVIDER=OPENNMT: the LIBRETRANSLATE and OPENAI providers send the text to a server.
- ARGOS_DEBUG=0: debug mode prints every sentence it translates to stdout.
- ARGOS_PACKAGE_INDEX="offline:": an unusable URL scheme, so an accidental `update_package_index()` fails at once.

After the import, and on every later `configure()`, the same values are written onto `argostranslate.settings`
(argostranslate reads them from there at call time), which also covers the case where something imported
argostranslate before us.

Two things argostranslate does with user text are switched off here:
- Its logger ("argostranslate.utils") logs every paragraph, sentence and translation at INFO, and sets its own
  level to INFO, so any root handler would write testimony to the logs. It is held at WARNING with a filter.
- Sentence splitting: OfflineSentencizer (our regex splitter, sentences.py) implements argostranslate's
  ISentenceBoundaryDetectionModel and is plugged into every PackageTranslation; see `package_translation`.
"""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any, ContextManager, Dict, List

from bot.settings import export_to_process, process_variables
from bot.translation import paths
from bot.translation.sentences import split_sentences

_XDG_DIRS = {"XDG_DATA_HOME": "share", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache"}

FORCED_ENVIRONMENT: Dict[str, str] = {
    "ARGOS_DEVICE_TYPE": "cpu",
    "ARGOS_CHUNK_TYPE": "STANZA",
    "ARGOS_MODEL_PROVIDER": "OPENNMT",
    "ARGOS_DEBUG": "0",
    "ARGOS_DEV_MODE": "0",
    "ARGOS_PACKAGE_INDEX": "offline:",
}
DEFAULT_ENVIRONMENT: Dict[str, str] = {"ARGOS_INTER_THREADS": "1", "ARGOS_INTRA_THREADS": "1"}

# argostranslate's modules, bound by the first configure(): they may only be imported once the environment is set.
argos_settings: Any = None
argos_package: Any = None
argos_sbd: Any = None
argos_translate: Any = None
ctranslate2: Any = None
_configuring = threading.Lock()


def _home_redirected(home: Path) -> ContextManager[None]:
    """Point the XDG base directories into `home` for the duration of the block, then restore them."""
    return process_variables({name: str(home / sub) for name, sub in _XDG_DIRS.items()})


class _WarningsOnly(logging.Filter):
    """Drops argostranslate's INFO/DEBUG records, which carry the text being translated."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


class OfflineSentencizer:
    """Our offline regex splitter (sentences.py) behind argostranslate's sentence-splitter interface.

    argostranslate only ever calls `split_sentences`, so this need not subclass its ISentenceBoundaryDetectionModel
    (which would mean importing argostranslate along with this module).
    """

    def __init__(self, pkg: Any) -> None:
        self.pkg = pkg

    def split_sentences(self, text: str) -> List[str]:
        return split_sentences(text)

    def __str__(self) -> str:
        return "OfflineSentencizer"


def configure(packages_dir: Path) -> None:
    """Make argostranslate safe to use, with packages in `packages_dir`; idempotent.

    The first call sets the environment and imports argostranslate (see the module docstring); every call
    re-applies our settings, so this also follows a data directory that changed since (tests, or an operator
    pointing TESTIMONY_DATA_DIR elsewhere).
    """
    with _configuring:
        if argos_settings is None:
            _import_argostranslate(packages_dir)
        _apply_settings(packages_dir)


def _import_argostranslate(packages_dir: Path) -> None:
    """The environment first, then the import under a redirected home, then its logger and sentence splitters.

    The module names are bound last, so a failed import leaves configure() to try again rather than half done.
    """
    global argos_settings, argos_package, argos_sbd, argos_translate, ctranslate2
    imported_before_us = "argostranslate.settings" in sys.modules
    export_to_process({**FORCED_ENVIRONMENT, "ARGOS_PACKAGES_DIR": str(packages_dir)})
    export_to_process(DEFAULT_ENVIRONMENT, only_missing=True)

    with _home_redirected(paths.argos_home()):
        import argostranslate.settings as settings
        import argostranslate.utils as utils
        import argostranslate.package as package
        import argostranslate.sbd as sbd
        import argostranslate.translate as translate
        import ctranslate2 as translator

    utils.logger.setLevel(logging.WARNING)
    utils.logger.addFilter(_WarningsOnly())

    if imported_before_us:
        logging.getLogger(__name__).warning(
            "argostranslate was imported before bot.translation.runtime configured it; its settings were "
            "corrected afterwards"
        )

    # Defence in depth: PackageTranslation.__init__ looks these names up in argostranslate.translate when it is
    # built, so anything in the process that builds one (argostranslate.translate.translate(),
    # get_installed_languages()) also gets the offline splitter rather than one that downloads models.
    translate.StanzaSentencizer = OfflineSentencizer
    translate.MiniSBDSentencizer = OfflineSentencizer
    translate.SpacySentencizerSmall = OfflineSentencizer
    argos_settings, argos_package, argos_sbd, argos_translate, ctranslate2 = (
        settings, package, sbd, translate, translator)


def _apply_settings(directory: Path) -> None:
    """Our settings onto argostranslate's module attributes, which it reads at call time."""
    argos_settings.package_data_dir = directory
    argos_settings.package_dirs = [directory]
    argos_settings.device = "cpu"
    argos_settings.debug = False
    argos_settings.chunk_type = argos_settings.ChunkType.STANZA
    argos_settings.model_provider = argos_settings.ModelProvider.OPENNMT
    argos_settings.package_index = argos_settings.remote_repo = FORCED_ENVIRONMENT["ARGOS_PACKAGE_INDEX"]
    argos_settings.remote_package_index = argos_settings.package_index + "index.json"
    argos_sbd.minisbd_models.cache_dir = str(paths.argos_home() / "minisbd")


def package_translation(package_path: Path) -> Any:
    """argostranslate's translation object for one installed package, with our splitter and its model loaded.

    This is the documented way we plug in the splitter: build argostranslate's own PackageTranslation, then set
    its `sentencizer` attribute, which `apply_packaged_translation` is handed for every paragraph. The tokenizer
    and the CTranslate2 model are loaded here (the model with the same arguments argostranslate would use on first
    translation), so that loading happens once under the caller's lock rather than racily inside `hypotheses()`,
    and so that a broken package fails here, at install time.
    """
    configure(package_path.parent)
    pkg = argos_package.Package(package_path)
    translation = argos_translate.PackageTranslation(
        argos_translate.Language(pkg.from_code, pkg.from_name),
        argos_translate.Language(pkg.to_code, pkg.to_name),
        pkg,
    )
    translation.sentencizer = OfflineSentencizer(pkg)
    pkg.tokenizer.encode("warm-up")  # Loads the tokenizer now (a fixed string: never user text).
    translation.translator = ctranslate2.Translator(
        str(pkg.package_path / "model"),
        device=argos_settings.device,
        inter_threads=argos_settings.inter_threads,
        intra_threads=argos_settings.intra_threads,
        compute_type=argos_settings.compute_type,
    )
    return translation
