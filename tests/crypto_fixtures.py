"""Helpers and fixtures for tests that need staff keys, a report store or the staff CLI.

The fixtures (fast_scrypt, team_keys, report_store) reach every test module through `pytest_plugins` in
tests/conftest.py; import the helpers you use. Keys are made with scrypt N=16, so a whole key set-up costs
milliseconds; production defaults stay N=2**17.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Dict, Iterable, Mapping, Optional, Tuple

import pytest

from bot.crypto.kdf import ScryptParams
from bot.settings import SCRYPT_VARIABLES
from bot.crypto.keys import Identity, load_private_key
from bot.reports.keyring import Keyring
from bot.settings import DataLayout
from bot.reports.reader import OpenedReport, ReportReader
from bot.reports.store import ReportStore
from tests.helpers import PROJECT_ROOT, run_python

PASSPHRASE = "test only: orbit walnut harbour lantern meadow copper"  # strong enough for `keys init`
FAST_SCRYPT = ScryptParams(n=16, r=8, p=1)
FAST_SCRYPT_ENV = dict(zip(SCRYPT_VARIABLES, ("16", "8", "1")))

Keys = Dict[str, Tuple[Identity, Path]]


def make_team_keys(root: Path, labels: Iterable[str] = ("team",), *, escrow: Iterable[str] = (),
                   passphrase: str = PASSPHRASE) -> Keys:
    """Create key pairs under <root>/private-keys and make them active recipients.

    Returns {label: (identity, private key path)}; labels in `escrow` get the escrow role.
    """
    layout, keys = DataLayout.for_root(root), {}
    escrow = set(escrow)
    for label in list(labels) + sorted(escrow):
        role = "escrow" if label in escrow else "reviewer"
        identity, path = Keyring.generate(label, passphrase, FAST_SCRYPT, layout.private_keys_dir, role)
        signer = next(iter(keys.values()))[0] if keys else identity  # the first key signs the list
        Keyring(layout).add(identity.recipient(role), signer)
        keys[label] = (identity, path)
    return keys


def rotate_key(root: Path, label: str, passphrase: str = PASSPHRASE) -> Tuple[Identity, Path]:
    """Rotate `label` to a fresh key pair (the old private key file stays where it was), signed by the key
    that signed the list."""
    layout = DataLayout.for_root(root)
    signer_id = Keyring(layout).load().signer_key_id
    (signer,) = [identity for identity in map(lambda p: load_private_key(p, passphrase),
                                              sorted(layout.private_keys_dir.glob("*.key")))
                 if identity.signing_key_id == signer_id]
    identity, path = Keyring.generate(label, passphrase, FAST_SCRYPT, layout.private_keys_dir)
    Keyring(layout).rotate(label, identity.recipient(), signer)
    return identity, path


def make_store(root: Path, labels: Iterable[str] = ("team",), **kwargs) -> Tuple[ReportStore, Keys]:
    """A ReportStore with fast scrypt and fresh keys under `root`."""
    keys = make_team_keys(root, labels, **kwargs)
    return ReportStore(root, scrypt=FAST_SCRYPT), keys


def open_report(root: Path, reference: str, *identities: Identity) -> OpenedReport:
    """Decrypt a filed report and its addenda (what `staff show` does, without the audit log)."""
    return ReportReader(root).open(reference, identities)


def sample_report(narrative: str = "I saw the shelling of the school.", **overrides) -> dict:
    """A report shaped like the conversation's (see bot/intake/report_builder.py)."""
    report = {
        "schema": 1, "language": "en", "filed_at": "2026-03-01T12:34:56+00:00",
        "answers": {"role": "witness", "narrative": narrative, "incident_time": "last spring"},
        "consents": {"share_with_investigators": True},
        "contact_preference": "anonymous", "contact_details": None,
        "transcript": [{"speaker": "bot", "text": "What happened?", "time": "2026-03-01T12:30:00+00:00",
                        "language": "en"},
                       {"speaker": "user", "text": narrative, "time": "2026-03-01T12:31:00+00:00",
                        "language": "en"}],
        "translations": {},
    }
    report.update(overrides)
    return report


def staff_env(root: Path, **extra: str) -> Dict[str, str]:
    """Environment for running `python -m bot.staff` / `bot.staff.keys_setup` against `root`."""
    env = {k: v for k, v in os.environ.items() if k not in ("TESTIMONY_SPOOL_DIR", "STAFF_KEY_PASSPHRASE")}
    env.update(FAST_SCRYPT_ENV, TESTIMONY_DATA_DIR=str(root), STAFF_KEY_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=str(PROJECT_ROOT))
    env.update(extra)
    return env


def run_module(module: str, root: Path, *args: str, env: Optional[Mapping[str, str]] = None,
               timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m module args...` against `root` (staff_env unless `env` is given)."""
    return run_python("-m", module, *args, env=env if env is not None else staff_env(root), timeout=timeout)


def run_staff(root: Path, *args: str, env: Optional[Mapping[str, str]] = None,
              timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m bot.staff --data-dir root args...`."""
    return run_module("bot.staff", root, "--data-dir", str(root), *args, env=env, timeout=timeout)


def scrypt_derivations(monkeypatch: pytest.MonkeyPatch) -> list:
    """Records every scrypt derivation from here on (the parameters of each), for tests that count them."""
    runs: list = []
    real = ScryptParams.derive
    monkeypatch.setattr(ScryptParams, "derive", lambda self, *args, **kw: runs.append(self) or real(self, *args, **kw))
    return runs


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> ScryptParams:
    """Cheap scrypt for everything reading ScryptParams.from_environment() in this process."""
    for name, value in FAST_SCRYPT_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("TESTIMONY_SPOOL_DIR", raising=False)
    return FAST_SCRYPT


@pytest.fixture
def team_keys(tmp_path: Path, fast_scrypt: ScryptParams) -> Keys:
    """A 'team' reviewer key and an 'escrow' key, active, under tmp_path."""
    return make_team_keys(tmp_path, ["team"], escrow=["escrow"])


@pytest.fixture
def report_store(tmp_path: Path, team_keys: Keys) -> ReportStore:
    """A ReportStore on tmp_path sealing to team_keys."""
    return ReportStore(tmp_path, scrypt=FAST_SCRYPT)
