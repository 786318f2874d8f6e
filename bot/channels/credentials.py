"""Writes the credentials file Rasa starts with: the base credentials.yml plus each platform switched on.

    python -m bot.channels.credentials --out FILE [--base credentials.yml]

A platform is on only when every one of its variables is set (and not empty); otherwise it is left out,
because Rasa starts every channel listed in the file (and Telegram's connector calls setWebhook). Values are
written as `${VARIABLE}` references that Rasa reads from the environment when it starts, so no token or
secret is ever written to disk. Only variable names are printed, never values.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from bot import settings

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BASE_CREDENTIALS = PROJECT_ROOT / "credentials.yml"


@dataclass(frozen=True)
class Platform:
    """One messaging platform: Rasa's channel name, our connector, and the variables behind each setting."""

    name: str
    connector: str
    required: Tuple[Tuple[str, str], ...]
    optional: Tuple[Tuple[str, str], ...] = ()

    @property
    def webhook_path(self) -> str:
        return f"/webhooks/{self.name}/webhook"

    def missing(self, env: Mapping[str, str]) -> List[str]:
        return [variable for _, variable in self.required if not (env.get(variable) or "").strip()]

    def settings(self, env: Mapping[str, str]) -> Dict[str, str]:
        """Credential key -> variable, for the required variables and the optional ones that are set."""
        chosen = dict(self.required)
        chosen.update({key: variable for key, variable in self.optional if (env.get(variable) or "").strip()})
        return chosen


PLATFORMS: Tuple[Platform, ...] = (
    Platform("telegram", "bot.channels.telegram.TelegramChannel",
             required=(("access_token", "TELEGRAM_ACCESS_TOKEN"), ("verify", "TELEGRAM_VERIFY"),
                       ("webhook_url", "TELEGRAM_WEBHOOK_URL")),
             optional=(("secret_token", "TELEGRAM_SECRET_TOKEN"), ("api_base_url", "TELEGRAM_API_BASE_URL"))),
    Platform("twilio", "bot.channels.twilio.TwilioChannel",
             required=(("account_sid", "TWILIO_ACCOUNT_SID"), ("auth_token", "TWILIO_AUTH_TOKEN"),
                       ("twilio_number", "TWILIO_WHATSAPP_NUMBER")),
             optional=(("webhook_url", "TWILIO_WEBHOOK_URL"), ("api_base_url", "TWILIO_API_BASE_URL"))),
    Platform("facebook", "bot.channels.facebook.FacebookChannel",
             required=(("verify", "FACEBOOK_VERIFY"), ("secret", "FACEBOOK_SECRET"),
                       ("page-access-token", "FACEBOOK_PAGE_ACCESS_TOKEN")),
             optional=(("api_version", "FACEBOOK_API_VERSION"), ("api_base_url", "FACEBOOK_API_BASE_URL"))),
)


def enabled_platforms(env: Mapping[str, str]) -> List[Platform]:
    return [platform for platform in PLATFORMS if not platform.missing(env)]


def platform_entries(env: Mapping[str, str]) -> str:
    """The YAML entries of the platforms that are on, each value a ${VARIABLE} reference."""
    lines: List[str] = []
    for platform in enabled_platforms(env):
        lines.append(f"{platform.connector}:")
        lines += [f"  {key}: ${{{variable}}}" for key, variable in platform.settings(env).items()]
        lines.append("")
    return "\n".join(lines)


def effective_credentials(base_text: str, env: Mapping[str, str]) -> str:
    """The base file's text, unchanged, followed by the entries of the platforms that are on."""
    listed = yaml.safe_load(base_text) or {}
    if any(platform.connector in listed or platform.name in listed for platform in PLATFORMS):
        raise ValueError("the base credentials file already lists a messaging channel; "
                         "messaging channels are configured by environment variables only")
    entries = platform_entries(env)
    if not entries:
        return base_text
    header = ("\n# Messaging channels switched on by their environment variables (bot.channels.credentials).\n"
              "# Rasa reads each ${VARIABLE} from the environment when it starts: no secret is in this file.\n")
    return base_text.rstrip("\n") + "\n" + header + entries


def write_credentials(out: Path, base: Path = BASE_CREDENTIALS,
                      env: Optional[Mapping[str, str]] = None) -> List[Platform]:
    """Writes the effective file (readable by its owner only) and returns the platforms that are on."""
    env = settings.current().channel_variables if env is None else env
    text = effective_credentials(base.read_text(encoding="utf-8"), env)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, out)
    return enabled_platforms(env)


def describe(env: Mapping[str, str]) -> List[str]:
    """One line per platform, naming missing variables but never showing a value."""
    lines = []
    for platform in PLATFORMS:
        missing = platform.missing(env)
        if not missing:
            lines.append(f"  {platform.name}: on, webhook {platform.webhook_path}")
        elif len(missing) < len(platform.required):
            lines.append(f"  {platform.name}: off, not set: {', '.join(missing)}")
        else:
            lines.append(f"  {platform.name}: off")
    return lines


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the effective credentials file")
    parser.add_argument("--base", type=Path, default=BASE_CREDENTIALS, help="the base file (rest)")
    parser.add_argument("--quiet", action="store_true", help="do not print which channels are on")
    args = parser.parse_args(argv)
    try:
        write_credentials(args.out, args.base)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"Could not write the credentials file: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        print("Messaging channels:\n" + "\n".join(describe(settings.current().channel_variables)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
