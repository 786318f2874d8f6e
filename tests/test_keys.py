"""Key files, the recipient list, scrypt settings and `python -m bot.staff.keys_setup`."""
from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest

from bot.crypto import KeyFileError, ScryptParams, WrongPassphraseError, generate_identity, load_private_key
from bot.crypto.kdf import DEFAULT_N, DEFAULT_P, DEFAULT_R
from bot.crypto.keys import decrypt_private_key, encrypt_private_key
from bot.reports.keyring import Keyring
from bot.settings import DataLayout

from tests.crypto_fixtures import FAST_SCRYPT, PASSPHRASE, make_team_keys, rotate_key, run_module, staff_env
from tests.helpers import files_under


def test_production_scrypt_defaults_are_strong() -> None:
    assert (DEFAULT_N, DEFAULT_R, DEFAULT_P) == (2**17, 8, 1)
    assert ScryptParams() == ScryptParams(2**17, 8, 1)


def test_scrypt_parameters_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TESTIMONY_SCRYPT_N", "TESTIMONY_SCRYPT_R", "TESTIMONY_SCRYPT_P"):
        monkeypatch.delenv(name, raising=False)
    assert ScryptParams.from_environment() == ScryptParams()
    monkeypatch.setenv("TESTIMONY_SCRYPT_N", "1024")
    monkeypatch.setenv("TESTIMONY_SCRYPT_R", "4")
    assert ScryptParams.from_environment() == ScryptParams(1024, 4, 1)
    monkeypatch.setenv("TESTIMONY_SCRYPT_N", "1000")
    with pytest.raises(ValueError, match="power of two"):
        ScryptParams.from_environment()


def test_stored_scrypt_parameters_are_bounded() -> None:
    with pytest.raises(ValueError):
        ScryptParams.from_dict({"n": 2**30, "r": 8, "p": 1})


def test_private_key_file_round_trip_and_wrong_passphrase(tmp_path: Path) -> None:
    identity = generate_identity("alice")
    data = encrypt_private_key(identity, PASSPHRASE, FAST_SCRYPT)
    unlocked = decrypt_private_key(data, PASSPHRASE)
    assert unlocked.key_id == identity.key_id and unlocked.label == "alice"
    with pytest.raises(WrongPassphraseError, match=f"wrong passphrase for private key {identity.key_id}"):
        decrypt_private_key(data, PASSPHRASE + "x")


def test_private_key_file_holds_no_raw_key_or_passphrase() -> None:
    identity = generate_identity("alice")
    data = encrypt_private_key(identity, PASSPHRASE, FAST_SCRYPT)
    raw = identity.private_key.private_bytes_raw()
    assert raw not in data and base64.b64encode(raw) not in data and PASSPHRASE.encode() not in data
    record = json.loads(data)
    assert record["kdf"] == {"name": "scrypt", "n": 16, "r": 8, "p": 1, "salt": record["kdf"]["salt"]}


def test_private_key_file_with_swapped_key_id_is_refused() -> None:
    data = json.loads(encrypt_private_key(generate_identity("a"), PASSPHRASE, FAST_SCRYPT))
    data["key_id"] = generate_identity("b").key_id
    with pytest.raises(KeyFileError):
        decrypt_private_key(json.dumps(data).encode(), PASSPHRASE)


def test_empty_passphrase_is_refused() -> None:
    with pytest.raises(KeyFileError, match="empty passphrase"):
        encrypt_private_key(generate_identity("a"), "", FAST_SCRYPT)


def test_generated_keys_are_private_files_and_never_overwritten(tmp_path: Path) -> None:
    keys = make_team_keys(tmp_path, ["team"], escrow=["escrow"])
    _, path = keys["team"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_private_key(path, PASSPHRASE).key_id == keys["team"][0].key_id
    from bot.crypto.keys import write_private_key
    with pytest.raises(KeyFileError, match="refusing to overwrite"):
        write_private_key(path, generate_identity("other"), PASSPHRASE, FAST_SCRYPT)
    assert load_private_key(path, PASSPHRASE).key_id == keys["team"][0].key_id


def test_recipient_list_holds_public_keys_only(tmp_path: Path) -> None:
    keys = make_team_keys(tmp_path, ["team"], escrow=["escrow"])
    listed = DataLayout.for_root(tmp_path).recipients_file.read_bytes()
    for identity, _ in keys.values():
        raw = identity.private_key.private_bytes_raw()
        assert raw not in listed and base64.b64encode(raw) not in listed
        assert base64.b64encode(identity.public_raw) in listed
    roles = {r.label: r.role for r in Keyring(DataLayout.for_root(tmp_path)).active()}
    assert roles == {"team": "reviewer", "escrow": "escrow"}


def test_adding_the_same_key_twice_is_refused(tmp_path: Path) -> None:
    keys = make_team_keys(tmp_path)
    with pytest.raises(KeyFileError, match="already a recipient"):
        Keyring(DataLayout.for_root(tmp_path)).add(keys["team"][0].recipient(), keys["team"][0])


def test_rotation_retires_the_old_key_atomically(tmp_path: Path) -> None:
    keys = make_team_keys(tmp_path, ["team"], escrow=["escrow"])
    new, _ = rotate_key(tmp_path, "team")
    keyring = Keyring(DataLayout.for_root(tmp_path))
    active = {r.key_id for r in keyring.active()}
    assert active == {new.key_id, keys["escrow"][0].key_id}
    old = keyring.find(keys["team"][0].key_id)
    assert old is not None and old.status == "retired" and old.retired_at
    with pytest.raises(KeyFileError, match="no active key"):
        keyring.rotate("nobody", generate_identity("x").recipient(), keys["team"][0])


def test_tampered_recipient_key_id_is_refused(tmp_path: Path) -> None:
    make_team_keys(tmp_path)
    path = DataLayout.for_root(tmp_path).recipients_file
    data = json.loads(path.read_bytes())
    data["keys"][0]["key_id"] = "0" * 16
    path.write_text(json.dumps(data))
    with pytest.raises(KeyFileError, match="key_id does not match"):
        Keyring(DataLayout.for_root(tmp_path)).active()


# ----- python -m bot.staff.keys_setup -----------------------------------------------------------------

def _snapshot(root: Path) -> dict:
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in files_under(root)}


def test_keys_setup_creates_demo_keys_once(tmp_path: Path) -> None:
    first = run_module("bot.staff.keys_setup", tmp_path)
    assert first.returncode == 0, first.stderr
    layout = DataLayout.for_root(tmp_path)
    active = Keyring(layout).active()
    assert len(active) == 1
    key_file = layout.private_keys_dir / f"{active[0].key_id}.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(layout.server_secret_file.stat().st_mode) == 0o600
    assert load_private_key(key_file, PASSPHRASE).key_id == active[0].key_id
    assert str(key_file) in first.stdout and str(layout.recipients_file) in first.stdout
    assert "offline" in first.stdout and PASSPHRASE not in first.stdout + first.stderr

    before = _snapshot(tmp_path)
    second = run_module("bot.staff.keys_setup", tmp_path)
    assert second.returncode == 0 and "nothing changed" in second.stdout
    assert _snapshot(tmp_path) == before


def test_keys_setup_without_passphrase_or_terminal_fails_clearly(tmp_path: Path) -> None:
    env = staff_env(tmp_path)
    del env["STAFF_KEY_PASSPHRASE"]
    result = run_module("bot.staff.keys_setup", tmp_path, env=env)
    assert result.returncode == 2
    assert "STAFF_KEY_PASSPHRASE" in result.stderr and "Traceback" not in result.stderr
    assert not any(DataLayout.for_root(tmp_path).private_keys_dir.glob("*.key"))


def test_keys_setup_only_adds_the_missing_server_secret(tmp_path: Path) -> None:
    make_team_keys(tmp_path)
    result = run_module("bot.staff.keys_setup", tmp_path)
    assert result.returncode == 0
    assert "server secret" in result.stdout and "demo team key" not in result.stdout
    assert len(Keyring(DataLayout.for_root(tmp_path)).active()) == 1
    assert os.path.getsize(DataLayout.for_root(tmp_path).server_secret_file) == 32
