"""Offline machine translation: the real argostranslate → CTranslate2 path on tiny packages built at test time.

The packages come from tests/argos_fixture.py: hand-weighted models that copy their input (upper-cased, or with
each letter shifted by one), so outputs can be asserted exactly. Nothing here needs the network or real models.
"""
from __future__ import annotations

import json
import logging
import os
import textwrap
import zipfile
from pathlib import Path
from typing import Dict

import pytest

from bot.translation import (
    STATUS_MACHINE,
    STATUS_UNAVAILABLE,
    Translation,
    available_pairs,
    can_translate,
    for_staff,
    translate,
)
from bot.translation import engine, paths
from bot.translation.__main__ import main
from bot.translation.sentences import MAX_CHARS, split_sentences

from tests.argos_fixture import build_argos_package, build_package_dir, shift, upper, zip_package
from tests.helpers import PROJECT_ROOT, run_python

SECRET = "the soldiers took my brother at the checkpoint"


@pytest.fixture(scope="module")
def package_files(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Path]:
    """.argosmodel files: uk → en upper-cases, en → fr shifts letters by one."""
    out = tmp_path_factory.mktemp("argos-packages")
    return {
        "uk-en": build_argos_package(out, "uk", "en", transform=upper, from_name="Ukrainian", to_name="English"),
        "en-fr": build_argos_package(out, "en", "fr", transform=shift, from_name="English", to_name="French"),
    }


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data directory for this test."""
    directory = tmp_path / "data"
    monkeypatch.setenv("TESTIMONY_DATA_DIR", str(directory))
    return directory


def install(path: Path) -> None:
    assert main(["install", str(path)]) == 0


# --- Sentence splitting ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hello there. How are you? I'm fine!  Thanks.", ["Hello there.", "How are you?", "I'm fine!", "Thanks."]),
    ("Dr. Smith met J. Doe at 5 p.m. in the U.S. today. It was 3.5 km away.",
     ["Dr. Smith met J. Doe at 5 p.m. in the U.S. today.", "It was 3.5 km away."]),
    ("هل رأيتهم؟ نعم رأيتهم. ثم هربنا!", ["هل رأيتهم؟", "نعم رأيتهم.", "ثم هربنا!"]),
    ("میں نے انہیں دیکھا۔وہ رات کو آئے۔", ["میں نے انہیں دیکھا۔", "وہ رات کو آئے۔"]),
    ("मैंने उन्हें देखा। वे रात को आए॥ फिर", ["मैंने उन्हें देखा।", "वे रात को आए॥", "फिर"]),
    ("I waited... then they came… Nobody helped.", ["I waited...", "then they came…", "Nobody helped."]),
    ("line one\nline two\r\nline three\u2028four", ["line one", "line two", "line three", "four"]),
    ("(They shot.) Then silence.", ["(They shot.)", "Then silence."]),
    ("see www.example.org, 1.000 people", ["see www.example.org, 1.000 people"]),
    ("", []),
    (" \n ", []),
])
def test_split_sentences(text: str, expected: list) -> None:
    assert split_sentences(text) == expected


def test_split_cuts_run_on_text_at_commas_or_spaces() -> None:
    run_on = "they came and took everyone " * 40 + "and then, " * 40
    pieces = split_sentences(run_on)
    assert len(pieces) > 1 and all(len(piece) <= MAX_CHARS for piece in pieces)
    assert " ".join(pieces).split() == run_on.split()
    assert split_sentences("字" * 700) == ["字" * 300, "字" * 300, "字" * 100]


# --- Without packages --------------------------------------------------------------------------------------------

def test_without_packages_nothing_is_translated(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert translate(SECRET, "uk", "en") is None
    assert for_staff(SECRET, "uk") == {"original_language": "uk", "english": None, "status": STATUS_UNAVAILABLE}
    assert available_pairs() == set() and not can_translate("uk", "en")
    assert main(["list"]) == 0
    assert SECRET not in caplog.text


def test_stray_directories_do_not_break_translation(data_dir: Path, package_files: Dict[str, Path]) -> None:
    (paths.packages_dir() / "not-a-package").mkdir()
    install(package_files["uk-en"])
    assert available_pairs() == {("uk", "en")}
    assert translate("ok", "uk", "en").text == "OK"


# --- The real path -----------------------------------------------------------------------------------------------

def test_install_list_and_translate(data_dir: Path, package_files: Dict[str, Path],
                                    capsys: pytest.CaptureFixture) -> None:
    install(package_files["uk-en"])
    assert main(["list"]) == 0
    assert "uk → en\tUkrainian → English\tpackage 1.0\ttranslate-uk_en-1_0" in capsys.readouterr().out
    assert available_pairs() == {("uk", "en")} and can_translate("uk-UA", "EN")

    text = "They came at night. We ran to the river!\nDid anyone help? No.\n\nIt was 12 March."
    expected = "THEY CAME AT NIGHT. WE RAN TO THE RIVER!\nDID ANYONE HELP? NO.\n\nIT WAS 12 MARCH."
    first = translate(text, "uk", "en")
    assert first == Translation(expected, "uk", "en", engine="argostranslate", machine_translated=True)
    assert translate(text, "uk-UA", "en") == first  # Deterministic, and tags are normalised.
    assert engine.loaded_count() >= 1

    # Pieces outside the model's vocabulary come back unchanged (replace_unknowns).
    assert translate("Я бачив. ok", "uk", "en").text == "Я бачив. OK"
    assert translate("   ", "uk", "en") == Translation("", "uk", "en")
    assert translate("ok", "en", "uk") is None
    assert translate("ok", "uk", "uk") is None


def test_for_staff_stores_an_unverified_machine_translation(data_dir: Path, package_files: Dict[str, Path]) -> None:
    install(package_files["uk-en"])
    assert for_staff("we hid in the basement.", "uk") == {
        "original_language": "uk", "english": "WE HID IN THE BASEMENT.", "status": STATUS_MACHINE,
    }
    assert for_staff("we hid.", "ar")["status"] == STATUS_UNAVAILABLE


def test_pivots_through_english_when_both_legs_exist(data_dir: Path, package_files: Dict[str, Path]) -> None:
    install(package_files["uk-en"])
    assert translate("the soldiers came", "uk", "fr") is None
    install(package_files["en-fr"])
    assert available_pairs() == {("uk", "en"), ("en", "fr")}
    assert translate("the soldiers came", "uk", "fr") == Translation("UIF TPMEJFST DBNF", "uk", "fr", pivot="en")
    assert translate("the soldiers came", "fr", "uk") is None


def test_sentences_are_split_by_our_offline_splitter(data_dir: Path, package_files: Dict[str, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.translation import runtime

    install(package_files["uk-en"])
    seen = []

    def spy(text: str) -> list:
        seen.append(text)
        return split_sentences(text)

    monkeypatch.setattr(runtime, "split_sentences", spy)
    assert translate("one. two?\nthree", "uk", "en").text == "ONE. TWO?\nTHREE"
    assert seen == ["one. two?", "three"]  # argostranslate hands over one paragraph at a time.

    (translation,) = [t for t in engine._loaded.values() if t.pkg.package_path.parent == paths.packages_dir()]
    assert isinstance(translation.sentencizer, runtime.OfflineSentencizer)
    # Anything else that builds an argostranslate PackageTranslation gets the offline splitter too.
    assert runtime.argos_translate.StanzaSentencizer is runtime.OfflineSentencizer
    assert runtime.argos_translate.MiniSBDSentencizer is runtime.OfflineSentencizer
    assert runtime.argos_settings.chunk_type == runtime.argos_settings.ChunkType.STANZA


def test_user_text_is_never_logged(data_dir: Path, package_files: Dict[str, Path],
                                   caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    install(package_files["uk-en"])
    assert translate(SECRET, "uk", "en").text == SECRET.upper()  # argostranslate logs every sentence at INFO.
    assert translate(SECRET, "so", "en") is None

    def broken(legs: list, text: str) -> str:
        raise RuntimeError(f"model failed on {text}")

    monkeypatch.setattr(engine, "run", broken)
    assert translate(SECRET, "uk", "en") is None  # Never raises.
    assert for_staff(SECRET, "uk")["status"] == STATUS_UNAVAILABLE
    assert "RuntimeError" in caplog.text
    assert SECRET not in caplog.text.lower()


# --- Installing --------------------------------------------------------------------------------------------------

def _zip(path: Path, members: Dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _bad_model_package(tmp: Path) -> Path:
    root = build_package_dir(tmp / "bad", "uk", "en")
    (root / "model" / "model.bin").write_bytes(b"\x00garbage" * 100)
    return zip_package(root, tmp / "bad.argosmodel")


# kind: (makes the file from a directory holding a good package as full.argosmodel, expected message)
BAD_FILES = {
    "random bytes": (lambda tmp: _write(tmp / "r.argosmodel", os.urandom(4096)), "not a zip archive"),
    "truncated": (lambda tmp: _write(tmp / "t.argosmodel", (tmp / "full.argosmodel").read_bytes()[:3000]),
                  "not a zip archive"),
    "no metadata": (lambda tmp: _zip(tmp / "m.argosmodel", {"pkg/model/model.bin": b"x"}),
                    "metadata.json is missing"),
    "loose files": (lambda tmp: _zip(tmp / "l.argosmodel", {"metadata.json": b"{}"}),
                    "inside one top-level directory"),
    "bad metadata": (lambda tmp: _zip(tmp / "b.argosmodel", {"pkg/metadata.json": b"{not json"}),
                     "not valid JSON"),
    "not translation": (lambda tmp: _zip(tmp / "s.argosmodel", {"pkg/metadata.json": b'{"type": "sbd"}'}),
                        "not a translation package"),
    "unloadable model": (_bad_model_package, "model could not be loaded"),
    "missing file": (lambda tmp: tmp / "nowhere.argosmodel", "no such file"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_install_rejects_bad_files_clearly(kind: str, data_dir: Path, tmp_path: Path,
                                           package_files: Dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    make, message = BAD_FILES[kind]
    (tmp_path / "full.argosmodel").write_bytes(package_files["uk-en"].read_bytes())
    path = make(tmp_path)
    assert main(["install", str(path)]) == 1
    assert message in capsys.readouterr().err
    assert list(paths.packages_dir().iterdir()) == []  # Nothing half-installed.
    assert translate("ok", "uk", "en") is None


def test_install_refuses_a_second_package_for_the_same_pair(data_dir: Path, package_files: Dict[str, Path],
                                                             capsys: pytest.CaptureFixture) -> None:
    install(package_files["uk-en"])
    assert main(["install", str(package_files["uk-en"])]) == 1
    assert "already installed" in capsys.readouterr().err


# --- Offline, in a fresh process ---------------------------------------------------------------------------------

_IMPORT_SCRIPT = textwrap.dedent("""
    import json, os, sys

    before = dict(os.environ)
    from bot.translation import runtime
    print(json.dumps({"environment_changed": dict(os.environ) != before,
                      "argos_loaded": any(name.startswith("argostranslate") for name in sys.modules)}))
""")


def test_importing_the_runtime_does_nothing_until_configured(tmp_path: Path) -> None:
    env = {**os.environ, "TESTIMONY_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(PROJECT_ROOT)}
    done = run_python("-c", _IMPORT_SCRIPT, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == {"environment_changed": False, "argos_loaded": False}
    assert not (tmp_path / "data").exists()


_OFFLINE_SCRIPT = textwrap.dedent("""
    import json, runpy, socket, sys

    attempts = []

    def no_network(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
                     "urllib.Request"):
            attempts.append(event)
            raise OSError("network disabled by test: " + event)

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            caller = sys._getframe(1)
            attempts.append(caller.f_globals.get("__name__", "?") + "." + caller.f_code.co_name)
            raise OSError("network disabled by test")

    socket.socket = NoSocket
    sys.addaudithook(no_network)

    def cli(*argv):
        sys.argv = ["python -m bot.translation", *argv]
        try:
            runpy.run_module("bot.translation", run_name="__main__", alter_sys=True)
        except SystemExit as exit:
            return exit.code
        return 0

    status = cli("install", sys.argv[1])
    from bot.translation import translate, for_staff
    result = translate("they came at night. we ran!", "uk", "en")
    print(json.dumps({"install": status, "text": result and result.text,
                      "machine": result and result.machine_translated,
                      "staff": for_staff("we hid.", "uk"), "attempts": attempts,
                      "argos_loaded": "argostranslate.translate" in sys.modules}))
""")


def test_import_install_and_translate_never_touch_the_network_or_home(tmp_path: Path,
                                                                      package_files: Dict[str, Path]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "ARGOS_"))}
    env.update(HOME=str(home), TESTIMONY_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(PROJECT_ROOT))
    done = run_python("-c", _OFFLINE_SCRIPT, str(package_files["uk-en"]), env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # urllib3 (imported by Stanza) probes for IPv6 at import by binding a socket to ::1: local, and it copes.
    result["attempts"] = [a for a in result["attempts"] if a != "urllib3.util.connection._has_ipv6"]
    assert result == {
        "install": 0, "text": "THEY CAME AT NIGHT. WE RAN!", "machine": True,
        "staff": {"original_language": "uk", "english": "WE HID.", "status": STATUS_MACHINE},
        "attempts": [], "argos_loaded": True,
    }
    # argostranslate's own directories (and any splitter model caches) went under the data directory, not $HOME.
    assert [p for p in home.rglob("*") if p.name in {"argos-translate", "minisbd", "stanza_resources", "spacy"}] == []
    assert (tmp_path / "data" / "translation" / "argos" / "config" / "argos-translate").is_dir()
