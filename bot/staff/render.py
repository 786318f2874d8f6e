"""Turns an opened report into text for a staff terminal, and prints every line the staff tool prints.

Report text comes from anonymous users and headers from a data directory others may write to: control
characters (ANSI escapes that could rewrite the screen or the terminal title) and bidirectional overrides
(which can make text read differently from what it is) are shown escaped, never sent raw to the terminal.
"""
from __future__ import annotations

import json
import re
import sys
from typing import Any, List, Optional, TextIO

from bot.reports.reader import AUTHENTICATED, UNREADABLE, UNVERIFIABLE, Addendum, OpenedReport

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
KNOWN_FIELDS = ("schema", "language", "filed_at", "answers", "consents", "contact_preference",
                "contact_details", "contact_needs", "transcript", "translations")


def safe(text: Any) -> str:
    """A value as display text with control characters escaped (\\x1b -> \\u001b)."""
    if not isinstance(text, str):
        text = json.dumps(text, ensure_ascii=False)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe_json(value: Any) -> str:
    """JSON for a terminal: readable Unicode, but C1 controls and DEL escaped too (still valid JSON,
    since they can only occur inside strings)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(text: Any, file: Optional[TextIO] = None) -> None:
    """Print `text` (lines kept, every control character escaped): the staff tool's only way to print."""
    print("\n".join(safe(line) for line in str(text).split("\n")), file=file or sys.stdout)


def _block(value: Any, indent: str = "    ") -> str:
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, indent=2)
    return safe(value).replace("\n", "\n" + indent)


def _mapping(lines: List[str], title: str, mapping: Any) -> None:
    if not mapping:
        return
    lines.append(title)
    if isinstance(mapping, dict):
        for key, value in mapping.items():
            lines.append(f"  {safe(key)}: {_block(value)}")
    else:
        lines.append(f"  {_block(mapping)}")
    lines.append("")


def render_report(opened: OpenedReport) -> str:
    """The human-readable `staff show` output (authenticated header; addenda by how far they can be believed)."""
    report, header = opened.report, opened.header
    lines = [f"Report {opened.reference}",
             f"  filed (hour, from header): {safe(header.get('filed_at'))}",
             f"  filed (exact, sealed):     {safe(report.get('filed_at'))}",
             f"  language:                  {safe(report.get('language', header.get('language')))}",
             f"  status:                    {safe(opened.status)}", ""]
    _mapping(lines, "Answers", report.get("answers"))
    _mapping(lines, "Consents", report.get("consents"))
    lines += ["Contact", f"  preference: {safe(report.get('contact_preference'))}",
              f"  details:    {_block(report.get('contact_details'))}"]
    needs = report.get("contact_needs")
    if isinstance(needs, dict):
        lines += [f"  {safe(need)}: {_block(value)}" for need, value in needs.items() if value is not None]
    elif needs:
        lines.append(f"  needs:      {_block(needs)}")
    lines.append("")
    transcript = report.get("transcript") or []
    if transcript:
        lines.append("Transcript")
        for turn in transcript if isinstance(transcript, list) else [transcript]:
            if isinstance(turn, dict):
                lines.append(f"  [{safe(turn.get('time'))}] {safe(turn.get('speaker'))} "
                             f"({safe(turn.get('language'))}): {_block(turn.get('text'))}")
            else:
                lines.append(f"  {_block(turn)}")
        lines.append("")
    _mapping(lines, "Translations (machine, unverified)", report.get("translations"))
    _mapping(lines, "Other fields", {k: v for k, v in report.items() if k not in KNOWN_FIELDS})
    if opened.addenda:
        lines.append("Addenda")
        for addendum in opened.addenda:
            lines += _addendum_lines(addendum)
        lines.append("")
    return "\n".join(lines)


def _addendum_lines(addendum: Addendum) -> List[str]:
    """An addendum's lines; one that cannot be believed shows why, and none of its claims."""
    if not addendum.believable:
        action = "pass the current key with --key" if addendum.trust == UNREADABLE else "do not act on it"
        return [f"  #{addendum.seq} [{addendum.trust.upper()}: {safe(addendum.problem)}; {action}]"]
    title = "consent withdrawal" if addendum.kind == "consent_withdrawal" else safe(addendum.kind)
    added = addendum.body.get("added_at") or addendum.header.get("added_at")
    caveat = {AUTHENTICATED: "authenticated by the follow-up code",
              UNVERIFIABLE: "NOT VERIFIABLE: filed before addenda were authenticated"}[addendum.trust]
    lines = [f"  #{addendum.seq} {title} (added {safe(added)}; {caveat})"]
    if addendum.kind == "consent_withdrawal":
        lines.append(f"    withdraws: {_block(addendum.body.get('what'), '      ')}")
    else:
        content = addendum.body.get("addition")
        for key, value in (content.items() if isinstance(content, dict) else [("", content)]):
            lines.append(f"    {safe(key)}: {_block(value, '      ')}")
    return lines
