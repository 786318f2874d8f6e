"""The readable header fields of report and addendum envelopes: what the store writes, and what a reader
accepts. Headers come from the data directory, which an attacker may write to, so every field is checked
for shape before a listing shows it or a reader trusts where a file claims to belong."""
from __future__ import annotations

import re
from typing import Optional

from bot.reports import codes

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")
HOUR_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):00:00Z$")
ADDENDUM_KINDS = ("addition", "consent_withdrawal")


def language_tag(value: object) -> str:
    """`value` if it is a well-formed language tag, else "und" (so free text never reaches a header)."""
    return value if isinstance(value, str) and LANGUAGE_RE.match(value) else "und"


def header_problem(header: dict) -> Optional[str]:
    """What is wrong with a report or addendum header's fields, or None when every field has its shape."""
    kind = header.get("type")
    if kind not in ("report", "addendum"):
        return "unknown envelope type"
    if not isinstance(header.get("reference"), str) or not codes.is_reference(header["reference"]):
        return "malformed reference"
    if kind == "report":
        if not _matches(HOUR_RE, header.get("filed_at")):
            return "malformed filed_at time"
        if not _matches(LANGUAGE_RE, header.get("language")) and header.get("language") != "und":
            return "malformed language tag"
        return None
    seq = header.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= 9999:
        return "malformed addendum seq"
    if header.get("kind") not in ADDENDUM_KINDS:
        return "unknown addendum kind"
    if not _matches(HOUR_RE, header.get("added_at")):
        return "malformed added_at time"
    return None


def _matches(pattern: re.Pattern, value: object) -> bool:
    return isinstance(value, str) and bool(pattern.match(value))
