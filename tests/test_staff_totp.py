"""The console's second factor (bot/staff/totp.py): RFC 6238 codes, sealed secrets, one use per code."""
from __future__ import annotations

import base64
import re
import time
from pathlib import Path

import pytest

from bot.reports.keyring import Keyring
from bot.settings import DataLayout
from bot.staff import totp
from bot.staff.console.app import UNLOCK_REFUSED
from tests.console_support import ConsoleRig
from tests.crypto_fixtures import FAST_SCRYPT, PASSPHRASE, run_staff, staff_env

RFC_SECRET = b"12345678901234567890"


@pytest.mark.parametrize("moment, expected", [(59, "94287082"), (1111111109, "07081804"), (1234567890, "89005924"),
                                              (2000000000, "69279037"), (20000000000, "65353130")])
def test_codes_match_the_rfc_6238_sha1_vectors(moment: int, expected: str):
    assert totp.code_at(RFC_SECRET, moment // 30, digits=8) == expected


def test_a_code_is_good_for_its_step_and_one_either_side_only():
    now = 1_000_000_000.0
    step = int(now // 30)
    for offset in (-1, 0, 1):
        assert totp.matching_step(RFC_SECRET, totp.code_at(RFC_SECRET, step + offset), now) == step + offset
    for offset in (-2, 2):
        assert totp.matching_step(RFC_SECRET, totp.code_at(RFC_SECRET, step + offset), now) is None
    code = totp.code_at(RFC_SECRET, step)
    assert totp.matching_step(RFC_SECRET, code[:3] + " " + code[3:], now) == step  # typed with a space
    assert totp.matching_step(RFC_SECRET, "", now) is None and totp.matching_step(RFC_SECRET, "abcdef", now) is None


def test_a_code_is_accepted_once():
    used = totp.UsedCodes()
    assert used.accept("a", 10) and not used.accept("a", 10) and not used.accept("a", 9) and used.accept("a", 11)
    assert used.accept("b", 10)


def enrol(rig: ConsoleRig, label: str) -> bytes:
    key_file = rig.keys[label][1]
    enrolled = run_staff(rig.root, "totp", "enroll", "--key", str(key_file))
    assert enrolled.returncode == 0, enrolled.stderr
    secret = re.search(r"secret=([A-Z2-7]+)", enrolled.stdout).group(1)
    return base64.b32decode(secret + "=" * (-len(secret) % 8))


def now_code(secret: bytes) -> str:
    return totp.code_at(secret, int(time.time() // 30))


def test_an_enrolled_member_needs_the_code_from_their_app_and_each_code_works_once(rig: ConsoleRig):
    secret = enrol(rig, "amina")
    sealed = totp.secret_path(rig.keys["amina"][1]).read_bytes()
    assert secret not in sealed and b"format" in sealed  # sealed at rest
    browser = rig.browser()

    def attempt(code: str):
        page = browser.get("/unlock")
        account = re.search(r'name="account" value="([0-9a-f]+)"[^>]*> amina', page.body).group(1)
        return browser.post("/unlock", {"csrf": page.field("csrf"), "account": account, "passphrase": PASSPHRASE,
                                        "code": code})

    assert attempt("").status == 401 and len(rig.console.vault) == 0
    assert attempt("000000" if now_code(secret) != "000000" else "111111").status == 401
    code = now_code(secret)
    assert attempt(code).status == 303 and len(rig.console.vault) == 1
    replayed = attempt(code)
    assert replayed.status == 401  # replayed: refused even with the right passphrase
    wrong_passphrase = rig.browser().unlock("amina", "not the passphrase")
    assert UNLOCK_REFUSED in replayed.body and UNLOCK_REFUSED in wrong_passphrase.body  # never says which was right
    assert rig.browser().unlock("ben").status == 303  # a member without a second factor: passphrase only


def test_a_key_without_the_second_factor_does_not_open_an_enrolled_account(rig: ConsoleRig, tmp_path: Path):
    """After a rotation the member has two key files; the second factor on one is needed for both."""
    enrol(rig, "amina")
    layout = DataLayout.for_root(rig.root)
    Keyring.generate("amina", "another passphrase: meadow lantern copper orbit", FAST_SCRYPT,
                     layout.private_keys_dir)
    refused = rig.browser().unlock("amina", "another passphrase: meadow lantern copper orbit")
    assert refused.status == 403 and "second factor" in refused.body and len(rig.console.vault) == 0


def test_enrolment_needs_the_passphrase_and_never_replaces_a_secret(rig: ConsoleRig):
    key_file = str(rig.keys["amina"][1])
    enrol(rig, "amina")
    again = run_staff(rig.root, "totp", "enroll", "--key", key_file)
    assert again.returncode == 2 and "already has a second factor" in again.stderr
    wrong = run_staff(rig.root, "totp", "remove", "--key", key_file,
                      env=staff_env(rig.root, STAFF_KEY_PASSPHRASE="not the passphrase"))
    assert wrong.returncode == 2 and totp.secret_path(Path(key_file)).exists()
    assert run_staff(rig.root, "totp", "remove", "--key", key_file).returncode == 0
    assert not totp.secret_path(Path(key_file)).exists()


def test_a_damaged_second_factor_file_refuses_the_unlock(rig: ConsoleRig):
    enrol(rig, "amina")
    path = totp.secret_path(rig.keys["amina"][1])
    path.write_text(path.read_text().replace('"sealed": "', '"sealed": "AAAA'))
    refused = rig.browser().unlock("amina")
    assert refused.status == 403 and "cannot be read" in refused.body and len(rig.console.vault) == 0
