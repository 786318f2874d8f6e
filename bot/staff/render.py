"""Turns an opened report into text for a staff terminal.

Report text comes from anonymous users: control characters (ANSI escapes that could rewrite the
screen or the terminal title) are shown escaped, never sent raw to the terminal.
"""
from __future__ import annotations

import json
import re
from typing import Any, List

from bot.reports.reader import OpenedReport

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
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
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)


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


def render_report(opened: OpenedReport, status: str = "") -> str:
    """The human-readable `staff show` output."""
    report, header = opened.report, opened.header
    lines = [f"Report {opened.reference}",
             f"  filed (hour, from header): {safe(header.get('filed_at'))}",
             f"  filed (exact, sealed):     {safe(report.get('filed_at'))}",
             f"  language:                  {safe(report.get('language', header.get('language')))}"]
    if status:
        lines.append(f"  status:                    {safe(status)}")
    lines.append("")
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
            title = "consent withdrawal" if addendum.kind == "consent_withdrawal" else safe(addendum.kind)
            added = addendum.body.get("added_at") or addendum.header.get("added_at")
            lines.append(f"  #{addendum.seq} {title} (added {safe(added)})")
            if addendum.unreadable:
                lines.append(f"    [cannot open: {safe(addendum.unreadable)}; pass the current key with --key]")
            elif addendum.kind == "consent_withdrawal":
                lines.append(f"    withdraws: {_block(addendum.body.get('what'), '      ')}")
            else:
                content = addendum.body.get("addition")
                for key, value in (content.items() if isinstance(content, dict) else [("", content)]):
                    lines.append(f"    {safe(key)}: {_block(value, '      ')}")
        lines.append("")
    return "\n".join(lines)
