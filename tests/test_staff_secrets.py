"""Staff key files with signing keys, bounded scrypt parameters, and the passphrase rules (issue 11, section 5)."""
from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest

from bot import settings
from bot.crypto import (KeyFileError, PassphraseUnavailableError, ScryptParams, WrongPassphraseError,
                        generate_identity, load_private_key, passphrase)
from bot.crypto.diceware import MIN_BITS, estimate_bits, generate_passphrase, weakness, wordlist
from bot.crypto.keys import (Recipient, decrypt_private_key, encrypt_private_key, private_key_ids,
                             upgrade_private_key)
from bot.crypto.signing import sign, verify

try:  # tests/ on sys.path (no tests/__init__.py) or tests as a package
    from crypto_fixtures import FAST_SCRYPT, PASSPHRASE
    from test_staff_integrity_cli import write_version_1_key
except ModuleNotFoundError:
    from tests.crypto_fixtures import FAST_SCRYPT, PASSPHRASE
    from tests.test_staff_integrity_cli import write_version_1_key


@pytest.mark.parametrize("n, r, p", [(2**21, 8, 1), (2**20, 32, 1), (2**17, 8, 16), (2**22, 1, 1),
                                     (2**17, 64, 1)])
def test_a_crafted_key_file_cannot_ask_for_gigabytes(n: int, r: int, p: int) -> None:
    with pytest.raises(ValueError, match="out of the accepted range"):
        ScryptParams.from_dict({"n": n, "r": r, "p": p})


def test_the_default_and_a_doubled_cost_are_still_accepted() -> None:
    assert ScryptParams.from_dict({"n": 2**17, "r": 8, "p": 1}) == ScryptParams()
    assert ScryptParams.from_dict({"n": 2**18, "r": 8, "p": 2}).memory() == 2**28


def test_scrypt_parameters_must_be_plain_integers() -> None:
    for bad in ({"n": "16", "r": 8, "p": 1}, {"n": 16.0, "r": 8, "p": 1}, {"n": 16, "r": True, "p": 1}):
        with pytest.raises(ValueError):
            ScryptParams.from_dict(bad)


def test_a_crafted_private_key_file_is_refused_before_any_work(tmp_path: Path) -> None:
    record = json.loads(encrypt_private_key(generate_identity("a"), PASSPHRASE, FAST_SCRYPT))
    record["kdf"].update(n=2**20, r=32)  # 4 GiB
    started = time.monotonic()
    with pytest.raises(KeyFileError, match="out of the accepted range"):
        decrypt_private_key(json.dumps(record).encode(), PASSPHRASE)
    assert time.monotonic() - started < 1


# ----- signing keys beside the X25519 key ----------------------------------------------------------------

def test_a_new_key_file_holds_both_keys_under_one_passphrase(tmp_path: Path) -> None:
    identity = generate_identity("amina")
    data = encrypt_private_key(identity, PASSPHRASE, FAST_SCRYPT)
    record = json.loads(data)
    assert record["version"] == 2 and record["signing_key_id"] == identity.signing_key_id
    unlocked = decrypt_private_key(data, PASSPHRASE)
    assert (unlocked.key_id, unlocked.signing_key_id) == (identity.key_id, identity.signing_key_id)
    signature = sign(unlocked.signing_key, b"purpose", b"message")
    assert verify(identity.signing_public_raw, b"purpose", b"message", signature)
    assert not verify(identity.signing_public_raw, b"another purpose", b"message", signature)
    assert identity.signing_key.private_bytes_raw() not in data
    with pytest.raises(WrongPassphraseError):
        decrypt_private_key(data, PASSPHRASE + "!")


def test_a_swapped_signing_key_id_is_refused() -> None:
    record = json.loads(encrypt_private_key(generate_identity("a"), PASSPHRASE, FAST_SCRYPT))
    record["signing_key_id"] = generate_identity("b").signing_key_id
    with pytest.raises(KeyFileError):
        decrypt_private_key(json.dumps(record).encode(), PASSPHRASE)


def test_the_public_record_carries_the_signing_key_and_checks_its_id() -> None:
    identity = generate_identity("amina")
    record = identity.recipient().to_dict()
    assert Recipient.from_dict(record).signing_public_raw == identity.signing_public_raw
    record["signing_key_id"] = "0" * 16
    with pytest.raises(KeyFileError, match="signing_key_id does not match"):
        Recipient.from_dict(record)


def test_an_old_key_file_still_opens_and_is_upgraded_with_the_same_passphrase(tmp_path: Path) -> None:
    key_id, _ = write_version_1_key(tmp_path / "keys" / "x.key", PASSPHRASE)
    path = tmp_path / "keys" / f"{key_id}.key"
    assert load_private_key(path, PASSPHRASE).signing_key is None
    assert private_key_ids(path) == (key_id, None)
    upgraded = upgrade_private_key(path, PASSPHRASE, FAST_SCRYPT)
    assert upgraded.key_id == key_id and upgraded.signing_key is not None
    assert private_key_ids(path) == (key_id, upgraded.signing_key_id)
    assert load_private_key(path, PASSPHRASE).signing_key_id == upgraded.signing_key_id
    assert upgrade_private_key(path, PASSPHRASE, FAST_SCRYPT).signing_key_id == upgraded.signing_key_id


# ----- passphrases -----------------------------------------------------------------------------------------

def test_the_shipped_word_list_is_thousands_of_distinct_plain_words() -> None:
    words = wordlist()
    assert len(words) > 2000 and len(set(words)) == len(words)
    assert all(word.isascii() and word.isalpha() and word.islower() and 3 <= len(word) <= 8 for word in words)
    assert not {"gun", "bomb", "grenade", "prison", "soldier"} & set(words)


def test_generated_passphrases_are_strong_and_different() -> None:
    phrases = {generate_passphrase() for _ in range(2000)}  # with repeats allowed, about 1 in 200 was refused
    assert len(phrases) == 2000
    for phrase in phrases:
        assert len(set(phrase.split())) == 6
        assert estimate_bits(phrase) == pytest.approx(6 * math.log2(len(wordlist())))
        assert weakness(phrase) is None


@pytest.mark.parametrize("weak", ["Tr0ub4dor&3", "correct horse battery staple", "password123456",
                                  "qwerty qwerty qwerty qwerty qwerty", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
                                  "Passw0rd!", "testimony testimony", ""])
def test_weak_passphrases_are_refused(weak: str) -> None:
    assert estimate_bits(weak) < MIN_BITS and "too weak" in weakness(weak)


@pytest.mark.parametrize("strong", [PASSPHRASE, "My grandmother's kitchen in Mariupol had blue tiles!",
                                    "Бабусина кухня в Маріуполі мала сині плитки", "vq7#Lp2$Rz9!Tm4&Kw8@"])
def test_long_or_varied_passphrases_in_any_script_are_accepted(strong: str) -> None:
    assert weakness(strong) is None


class Terminal:
    """A scripted terminal for get_new_passphrase: answers in order, and what was printed to it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
        self.answers, self.prompts = list(answers), []
        monkeypatch.setattr(passphrase.sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(passphrase.sys.stderr, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(passphrase.getpass, "getpass", self.ask)

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def test_at_a_terminal_enter_takes_the_offered_passphrase(monkeypatch, capsys) -> None:
    monkeypatch.setattr(passphrase, "generate_passphrase", lambda: "orbit walnut lantern meadow copper harbour")
    terminal = Terminal(monkeypatch, ["", "orbit walnut lantern meadow copper harbour"])
    with settings.use(settings.Settings.from_environment({})):
        assert passphrase.get_new_passphrase() == "orbit walnut lantern meadow copper harbour"
    assert "orbit walnut lantern meadow copper harbour" in capsys.readouterr().err and len(terminal.prompts) == 2


def test_at_a_terminal_a_weak_choice_is_refused_and_asked_again(monkeypatch, capsys) -> None:
    strong = "My grandmother's kitchen in Mariupol had blue tiles!"
    terminal = Terminal(monkeypatch, ["Tr0ub4dor&3", strong, "a typo", strong, strong])
    with settings.use(settings.Settings.from_environment({})):
        assert passphrase.get_new_passphrase() == strong
    err = capsys.readouterr().err
    assert "too weak" in err and "not the same passphrase" in err and terminal.answers == []


def test_without_a_terminal_no_passphrase_is_generated_into_a_log(monkeypatch, capsys) -> None:
    monkeypatch.setattr(passphrase.sys.stdin, "isatty", lambda: False, raising=False)
    with settings.use(settings.Settings.from_environment({})), pytest.raises(PassphraseUnavailableError):
        passphrase.get_new_passphrase()
    assert capsys.readouterr().err == ""
