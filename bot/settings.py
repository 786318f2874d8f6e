"""Everything Testimony takes from its environment, read in one place into one frozen object.

Why one object: a setting read in ten modules is a setting nobody can list, and a test that changes one
must know every reader. Here every variable is named once, validated once, and handed out as a value;
tests patch the environment or install a `Settings` of their own with `use()`. No other module reads or
writes `os.environ`.

Everything the assistant writes at run time lives under one data directory (`DataLayout`) so that an
operator can see, back up or wipe it in one place. The default suits `make run`; production sets
TESTIMONY_DATA_DIR.
"""
from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, Mapping, Optional

PROJECT_ROOT = Path(__file__).resolve().parent.parent

DATA_DIR_VARIABLE = "TESTIMONY_DATA_DIR"
TRACKER_KEY_VARIABLE = "TESTIMONY_TRACKER_KEY"
TRACKER_KEY_FILE_VARIABLE = "TESTIMONY_TRACKER_KEY_FILE"
API_ENABLE_VARIABLE = "RASA_ENABLE_API"
API_TOKEN_VARIABLE = "RASA_AUTH_TOKEN"
API_JWT_SECRET_VARIABLE = "RASA_JWT_SECRET"
# A shared secret for the HTTP API: at least as long as HS256's output (RFC 7518 section 3.2).
MIN_API_SECRET_LENGTH = 32
SPOOL_DIR_VARIABLE = "TESTIMONY_SPOOL_DIR"
REPORT_STORE_URL_VARIABLE = "TESTIMONY_REPORT_STORE_URL"
PASSPHRASE_VARIABLE = "STAFF_KEY_PASSPHRASE"
LIST_SIGNER_VARIABLE = "TESTIMONY_LIST_SIGNER"
SCRYPT_VARIABLES = ("TESTIMONY_SCRYPT_N", "TESTIMONY_SCRYPT_R", "TESTIMONY_SCRYPT_P")
LANGID_DATA_VARIABLE = "TESTIMONY_LANGID_DATA"
CHROMIUM_VARIABLE = "TESTIMONY_CHROMIUM"

# Messaging platforms are configured by variables with these prefixes (bot.channels.credentials names them).
CHANNEL_VARIABLE_PREFIXES = ("TELEGRAM_", "TWILIO_", "FACEBOOK_")

ENVELOPE_SUFFIX = ".tse"
# How long an idle draft lives by default (endpoints.yml's draft_ttl_hours can say otherwise): the tracker store
# deletes it after that, and the report store what it made ahead for it.
DRAFT_TTL_HOURS = 72.0
REPORT_FILE = "report" + ENVELOPE_SUFFIX


def _optional_int(value: Optional[str]) -> Optional[int]:
    return int(value) if value else None


def _optional_path(value: Optional[str]) -> Optional[Path]:
    return Path(value) if value else None


def _switched_on(value: Optional[str]) -> bool:
    """Any yes-like spelling counts, so a variant spelling can't open the API past the check below."""
    return (value or "").strip().lower() in {"true", "1", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """The whole configuration of one process, as values (no I/O happens on construction)."""

    data_dir: Path
    tracker_key: Optional[str] = field(default=None, repr=False)  # base64 of 32 bytes; wins over any file
    tracker_key_file: Optional[Path] = None  # must exist; keep it outside the data directory and its backups
    spool_dir: Optional[Path] = None  # sealed envelopes before delivery; may live on another disk
    # a PostgreSQL URL: reports filed there (bot.reports.objects), shared by servers on several machines
    report_store_url: Optional[str] = field(default=None, repr=False)
    staff_passphrase: Optional[str] = field(default=None, repr=False)
    list_signer: Optional[str] = None  # base64 Ed25519 key that must have signed the recipient list (the pin)
    scrypt_n: Optional[int] = None  # lowered by tests only; production keeps the defaults in bot.crypto.kdf
    scrypt_r: Optional[int] = None
    scrypt_p: Optional[int] = None
    rasa_port: int = 5005
    action_port: int = 5055
    widget_port: int = 8080
    # The staff console (bot.staff.console) on the reviewer's workstation: its port, how long an unlocked
    # session may sit idle before the keys are dropped, and after how long a reading session suggests a break.
    staff_port: int = 8090
    staff_idle_minutes: float = 15.0
    staff_break_minutes: float = 45.0
    action_host: str = "127.0.0.1"
    rasa_interface: str = "127.0.0.1"
    # endpoints.yml: the embedded default; endpoints.production.yml: PostgreSQL and Redis, for replicas
    endpoints: Path = PROJECT_ROOT / "endpoints.yml"
    rasa_replicas: int = 1  # more than one: that many Rasa and action servers behind HAProxy (bot.launcher.balancer)
    log_level: str = "INFO"
    langid_data_dir: Optional[Path] = None
    chromium: Path = Path("/usr/bin/chromium")
    rasa_api_enabled: bool = False
    rasa_api_token: Optional[str] = field(default=None, repr=False)
    rasa_jwt_secret: Optional[str] = field(default=None, repr=False)
    rasa_jwt_method: str = "HS256"
    channel_variables: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_environment(cls, environ: Optional[Mapping[str, str]] = None) -> "Settings":
        """Settings from `environ` (the process environment by default); unset or empty means the default."""
        env = os.environ if environ is None else environ
        n, r, p = (_optional_int(env.get(name)) for name in SCRYPT_VARIABLES)
        return cls(
            data_dir=Path(env.get(DATA_DIR_VARIABLE) or PROJECT_ROOT / "var"),
            tracker_key=env.get(TRACKER_KEY_VARIABLE) or None,
            tracker_key_file=_optional_path(env.get(TRACKER_KEY_FILE_VARIABLE)),
            spool_dir=_optional_path(env.get(SPOOL_DIR_VARIABLE)),
            report_store_url=env.get(REPORT_STORE_URL_VARIABLE) or None,
            staff_passphrase=env.get(PASSPHRASE_VARIABLE) or None,
            list_signer=env.get(LIST_SIGNER_VARIABLE) or None,
            scrypt_n=n, scrypt_r=r, scrypt_p=p,
            rasa_port=int(env.get("RASA_PORT") or 5005),
            action_port=int(env.get("ACTION_PORT") or 5055),
            widget_port=int(env.get("WIDGET_PORT") or 8080),
            staff_port=int(env.get("STAFF_PORT") or 8090),
            staff_idle_minutes=float(env.get("STAFF_IDLE_MINUTES") or 15),
            staff_break_minutes=float(env.get("STAFF_BREAK_MINUTES") or 45),
            action_host=env.get("ACTION_HOST") or "127.0.0.1",
            rasa_interface=env.get("RASA_INTERFACE") or "127.0.0.1",
            endpoints=PROJECT_ROOT / (env.get("TESTIMONY_ENDPOINTS") or "endpoints.yml"),
            rasa_replicas=int(env.get("RASA_REPLICAS") or 1),
            log_level=env.get("LOG_LEVEL") or "INFO",
            langid_data_dir=_optional_path(env.get(LANGID_DATA_VARIABLE)),
            chromium=Path(env.get(CHROMIUM_VARIABLE) or "/usr/bin/chromium"),
            rasa_api_enabled=_switched_on(env.get(API_ENABLE_VARIABLE)),
            rasa_api_token=env.get(API_TOKEN_VARIABLE) or None,
            rasa_jwt_secret=env.get(API_JWT_SECRET_VARIABLE) or None,
            rasa_jwt_method=env.get("RASA_JWT_METHOD") or "HS256",
            channel_variables={name: value for name, value in env.items()
                               if name.startswith(CHANNEL_VARIABLE_PREFIXES)},
        )

    @property
    def layout(self) -> "DataLayout":
        return DataLayout(self.data_dir, self.spool_dir)


def api_protection_problem(settings: Settings) -> Optional[str]:
    """Why the server must not start, or None: Rasa's HTTP API reads and rewrites every conversation.

    With RASA_ENABLE_API on, Rasa serves /conversations/<id>/tracker to anyone who can reach it unless
    it has a token or a JWT secret; so the API is either off or protected by a secret worth the name.
    """
    if not settings.rasa_api_enabled:
        return None
    secrets = [value.strip() for value in (settings.rasa_api_token, settings.rasa_jwt_secret) if value]
    if not any(secrets):
        return (f"{API_ENABLE_VARIABLE} is on but neither {API_TOKEN_VARIABLE} nor {API_JWT_SECRET_VARIABLE} "
                f"is set: the API would hand every conversation to anyone who can reach the port.")
    if any(len(secret) < MIN_API_SECRET_LENGTH for secret in secrets):
        return (f"{API_TOKEN_VARIABLE} / {API_JWT_SECRET_VARIABLE} must be at least {MIN_API_SECRET_LENGTH} "
                f"characters (e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))').")
    return None


_installed: Optional[Settings] = None


def current() -> Settings:
    """The settings in force: those installed by `use()`, else the environment as it is now."""
    return _installed if _installed is not None else Settings.from_environment()


@contextlib.contextmanager
def use(settings: Settings) -> Iterator[Settings]:
    """Installs `settings` for the duration of the block (tests patch this one object)."""
    global _installed
    previous, _installed = _installed, settings
    try:
        yield settings
    finally:
        _installed = previous


def data_dir() -> Path:
    """The data directory (created, owner-only, on first use)."""
    path = current().data_dir
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def expand_variables(text: str) -> str:
    """`$VAR` and `${VAR}` in `text` replaced from the environment (unset ones are left as they are)."""
    return os.path.expandvars(text)


def child_environment(**overrides: str) -> Dict[str, str]:
    """The environment for a child process: this process's, plus `overrides`."""
    env = dict(os.environ)
    env.update(overrides)
    return env


def export_to_process(values: Mapping[str, str], *, only_missing: bool = False) -> None:
    """Sets variables that a third-party library reads from the environment (argostranslate does)."""
    for name, value in values.items():
        if not (only_missing and name in os.environ):
            os.environ[name] = value


@contextlib.contextmanager
def process_variables(values: Mapping[str, str]) -> Iterator[None]:
    """Sets `values` in the process environment for the block, then restores what was there before."""
    saved = {name: os.environ.get(name) for name in values}
    try:
        export_to_process(values)
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@dataclass(frozen=True)
class DataLayout:
    """Every path under the data directory (the spool may be moved to another disk): the one place that knows the tree.

        <data>/keys/recipients.json      public keys reports are sealed to (active and retired)
        <data>/keys/server-secret        32 random bytes: derives follow-up codes and index names
        <data>/private-keys/<id>.key     DEMO ONLY passphrase-protected private keys (+ <id>.pub)
        <data>/reports/<REF>/report.tse  the sealed report
        <data>/reports/<REF>/addenda/NNNN.tse   sealed follow-up additions and consent withdrawals
        <data>/spool/<REF>/...           same tree: sealed envelopes not yet delivered to reports/
        <data>/index/idempotency/<hmac>.json    idempotency key (as HMAC) -> reference
        <data>/index/followup/<bucket>/<REF>.json  scrypt hash of the follow-up code
        <data>/index/ledger.log          hash-chained record of every envelope filed (+ index/ledger-head.json)
        <data>/locks/                    flock files
        <data>/audit/staff-audit.log     hash-chained log of staff reads (+ audit/head.json)
        <data>/tracker.db                encrypted conversations (SQLite, the embedded default)
        <data>/keys/tracker.key          the master key of the tracker (TESTIMONY_TRACKER_KEY(_FILE) replace it)
        <data>/keys/tracker-keystore/    random day keys and per-conversation keys, wrapped; shredded on
                                         delete and expiry (bot.tracker.keystore). Never back these up.
        <data>/translation/              Argos Translate packages and its own directories
    """

    root: Path
    spool_override: Optional[Path] = None

    @classmethod
    def for_root(cls, root: Path, spool_dir: Optional[Path] = None) -> "DataLayout":
        """Layout for `root`; the spool comes from the argument, else TESTIMONY_SPOOL_DIR, else root/spool."""
        return cls(Path(root), spool_dir or current().spool_dir)

    @property
    def tracker_database(self) -> Path:
        return self.root / "tracker.db"

    @property
    def tracker_key_file(self) -> Path:
        return self.keys_dir / "tracker.key"

    @property
    def tracker_keystore_dir(self) -> Path:
        return self.keys_dir / "tracker-keystore"

    @property
    def translation_dir(self) -> Path:
        return self.root / "translation"

    @property
    def translation_packages_dir(self) -> Path:
        return self.translation_dir / "packages"

    @property
    def argos_home(self) -> Path:
        return self.translation_dir / "argos"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"

    @property
    def recipients_file(self) -> Path:
        return self.keys_dir / "recipients.json"

    @property
    def server_secret_file(self) -> Path:
        return self.keys_dir / "server-secret"

    @property
    def private_keys_dir(self) -> Path:
        return self.root / "private-keys"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    @property
    def cases_dir(self) -> Path:
        """The team's case records (status, assignee, notes), sealed to the team keys (bot.staff.cases)."""
        return self.root / "cases"

    @property
    def spool_dir(self) -> Path:
        return self.spool_override or self.root / "spool"

    @property
    def idempotency_dir(self) -> Path:
        return self.root / "index" / "idempotency"

    @property
    def followup_dir(self) -> Path:
        return self.root / "index" / "followup"

    @property
    def ledger_file(self) -> Path:
        return self.root / "index" / "ledger.log"

    @property
    def locks_dir(self) -> Path:
        return self.root / "locks"

    @property
    def audit_dir(self) -> Path:
        return self.root / "audit"

    @staticmethod
    def report_relpath(reference: str) -> Path:
        return Path(reference) / REPORT_FILE

    @staticmethod
    def addendum_relpath(reference: str, seq: int) -> Path:
        return Path(reference) / "addenda" / f"{seq:04d}{ENVELOPE_SUFFIX}"
