"""What the console's pages show, made from opened reports: inbox rows and the report page.

Everything here is plain data for the templates (which escape it); nothing is written anywhere. Safety flags
are read from the sealed report itself, so a report filed before a flag existed simply shows none.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from dataclasses import dataclass, field
from typing import Any, Iterable, List, Optional, Tuple

from bot.intake.answers import DONT_KNOW, RATHER_NOT_SAY, SKIPPED, YES
from bot.intake.fields import REPORT_ANSWER_FIELDS
from bot.language.languages import BY_CODE, RIGHT_TO_LEFT
from bot.reports.reader import FORGED, OpenedReport, UNREADABLE, UNVERIFIABLE
from bot.staff.cases import CaseFile
from bot.staff.exports import consent_withdrawn

# How the answers are titled on the report page (a field not named here shows under its own name).
FIELD_TITLES = {
    "role": "Role", "narrative": "Their account", "incident_time": "When", "incident_place": "Where",
    "perpetrator": "Who was responsible", "perpetrator_in_uk": "Someone responsible is in the UK",
    "others_involved": "Others involved", "evidence": "Evidence they mention", "prior_reports": "Reported before",
    "onward_sharing": "May be shared onwards", "contact_details": "Contact details",
    "contact_safe_times": "Safe times to contact", "contact_language": "Language for contact",
    "contact_interpreter": "Interpreter", "contact_officer_gender": "Who speaks to them",
    "text": "Their words", "language": "Language",
}
# The answers the assistant had to give during the conversation (bot.intake.report_builder.CARE_GIVEN).
CARE_FLAGS = {"danger_now": "in danger while writing: 999 given", "self_harm": "words of self-harm: crisis lines given",
              "distress": "distress: a break offered"}
MARKER_TEXT = {SKIPPED: "(skipped)", DONT_KNOW: "(does not know)", RATHER_NOT_SAY: "(would rather not say)"}


def language_name(code: Optional[str]) -> str:
    language = BY_CODE.get(code or "")
    return f"{language.english_name} ({language.native_name})" if language else (code or "unknown")


_RIGHT_TO_LEFT_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def direction_of(text: str, language: Optional[str]) -> str:
    """`rtl` for words of a right-to-left language that hold its letters; otherwise the browser decides (a
    choice such as "witness" in an Arabic report reads left to right)."""
    return "rtl" if language in RIGHT_TO_LEFT and _RIGHT_TO_LEFT_LETTERS.search(text) else "auto"


def shown(value: Any) -> str:
    """An answer as text: the skip markers in words, lists joined, nothing for an unasked question."""
    if value is None:
        return ""
    if isinstance(value, str):
        return MARKER_TEXT.get(value, value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "\n".join(shown(item) for item in value)
    return str(value)


def safety_flags(opened: OpenedReport) -> List[str]:
    """What a reviewer must see before anything else (the report's own answers and its addenda)."""
    report, answers = opened.report, opened.report.get("answers") or {}
    flags = [CARE_FLAGS[care] for care in report.get("care_given") or [] if care in CARE_FLAGS]
    if report.get("safe_when_reporting") not in (None, YES):
        flags.append("not sure they were safe")
    if answers.get("perpetrator_in_uk") == YES:
        flags.append("someone responsible in the UK")
    if any(a.kind == "consent_withdrawal" and a.believable for a in opened.addenda):
        flags.append("consent withdrawn")
    if any(a.trust == FORGED for a in opened.addenda):
        flags.append("forged addendum")
    if (report.get("consents") or {}).get("contact"):
        flags.append("wants contact")
    return flags


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@dataclass(frozen=True)
class InboxRow:
    """One line of the inbox. `searchable` is the decrypted text, held for the one request only."""

    reference: str
    filed: str
    language: str
    role: str
    flags: Tuple[str, ...]
    status: str
    additions: int
    new_additions: int = 0  # added since this member last opened the report
    case_status: str = ""
    assignee: str = ""
    readable: bool = True
    searchable: str = field(default="", repr=False)

    def matches(self, query: str, case_status: str, assignee: str) -> bool:
        if case_status and self.case_status != case_status:
            return False
        if assignee and self.assignee != assignee:
            return False
        return not query or query.casefold() in self.searchable


def _moment(text: Any) -> Optional[datetime]:
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def inbox_row(opened: OpenedReport, case: CaseFile, last_viewed: Optional[str] = None) -> InboxRow:
    """`last_viewed`: when this member last opened the report (from the audit log), for what is new since."""
    answers = opened.report.get("answers") or {}
    believable = [a for a in opened.addenda if a.believable]
    seen = _moment(last_viewed) if last_viewed else None
    additions = [a for a in believable if a.kind == "addition"]
    new = [a for a in additions if seen is None or (_moment(a.body.get("added_at")) or seen) > seen]
    text = " ".join([opened.reference, *_strings(opened.report), *(s for a in believable for s in _strings(a.body)),
                     *(note.value for note in case.notes)])
    return InboxRow(opened.reference, str(opened.header.get("filed_at", "?")),
                    str(opened.report.get("language", opened.header.get("language", "?"))),
                    shown(answers.get("role")), tuple(safety_flags(opened)), opened.status,
                    len(additions), len(new), case.status, case.assignee, searchable=text.casefold())


def unreadable_row(reference: str, filed: str, language: str) -> InboxRow:
    """A report this member's keys do not open (sealed before they joined, or after they were removed)."""
    return InboxRow(reference, filed, language, "", (), "not addressed to your keys", 0, readable=False)


def sorted_rows(rows: List[InboxRow], sort: str) -> List[InboxRow]:
    if sort == "reference":
        return sorted(rows, key=lambda row: row.reference)
    return sorted(rows, key=lambda row: (row.filed, row.reference), reverse=True)  # newest first


@dataclass(frozen=True)
class Answer:
    title: str
    text: str
    direction: str
    translation: Optional[str]


@dataclass(frozen=True)
class Turn:
    speaker: str
    time: str
    language: str
    direction: str
    text: str


@dataclass(frozen=True)
class AddendumView:
    seq: int
    title: str
    added: str
    trust_note: str
    lines: Tuple[Tuple[str, str], ...]
    withheld: bool


@dataclass(frozen=True)
class ReportPage:
    reference: str
    filed: str
    language: str
    language_name: str
    status: str
    flags: Tuple[str, ...]
    answers: Tuple[Answer, ...]
    untranslated: bool
    consents: Tuple[Tuple[str, str], ...]
    contact: Tuple[Tuple[str, str], ...]
    corrections: Tuple[str, ...]
    transcript: Tuple[Turn, ...]
    addenda: Tuple[AddendumView, ...]
    withdrawn: Tuple[str, ...]  # the consents withdrawn, with when: shown above everything else
    withdrawn_report: bool      # consent to the report itself withdrawn: no export


def _addendum_view(addendum: Any) -> AddendumView:
    if not addendum.believable:
        reason = ("sealed to a key you did not unlock" if addendum.trust == UNREADABLE
                  else f"withheld: {addendum.problem}; do not act on it")
        return AddendumView(addendum.seq, addendum.trust, "", reason, (), True)
    note = ("NOT VERIFIABLE: filed before additions were authenticated" if addendum.trust == UNVERIFIABLE
            else "authenticated by the follow-up code")
    added = str(addendum.body.get("added_at") or addendum.header.get("added_at") or "")
    if addendum.kind == "consent_withdrawal":
        return AddendumView(addendum.seq, "Consent withdrawn", added, note,
                            (("Withdraws", shown(addendum.body.get("what"))),), False)
    content = addendum.body.get("addition")
    items = content.items() if isinstance(content, dict) else [("", content)]
    return AddendumView(addendum.seq, "Addition", added, note,
                        tuple((FIELD_TITLES.get(k, k), shown(v)) for k, v in items), False)


def report_page(opened: OpenedReport) -> ReportPage:
    report = opened.report
    language = str(report.get("language", opened.header.get("language", "")))
    answers = report.get("answers") or {}
    translations = report.get("translations") or {}
    shown_answers = tuple(Answer(FIELD_TITLES.get(name, name), shown(answers.get(name)),
                                 direction_of(shown(answers.get(name)), language), translations.get(name))
                          for name in list(REPORT_ANSWER_FIELDS) + [k for k in answers if k not in REPORT_ANSWER_FIELDS]
                          if answers.get(name) is not None)
    needs = report.get("contact_needs") or {}
    contact = tuple((title, shown(value)) for title, value in
                    [("Preference", report.get("contact_preference")), ("Details", report.get("contact_details")),
                     *((FIELD_TITLES.get(k, k), v) for k, v in needs.items())] if value is not None)
    consents = tuple((name.replace("_", " "), shown(value) + (f" (given {report['consented_at']})"
                                                             if name == "report" and report.get("consented_at")
                                                             else ""))
                     for name, value in (report.get("consents") or {}).items())
    turns = tuple(Turn("Assistant" if turn.get("speaker") == "bot" else "Person", str(turn.get("time") or ""),
                       str(turn.get("language") or language),
                       direction_of(shown(turn.get("text")), turn.get("language") or language),
                       shown(turn.get("text")))
                  for turn in report.get("transcript") or [] if isinstance(turn, dict))
    return ReportPage(
        opened.reference, str(opened.header.get("filed_at", "?")), language, language_name(language),
        opened.status, tuple(safety_flags(opened)), shown_answers,
        language != "en" and not translations, consents, contact,
        tuple(shown(c) for c in report.get("corrections") or []), turns,
        tuple(_addendum_view(a) for a in opened.addenda),
        tuple(f"{shown(a.body.get('what'))} (withdrawn {a.body.get('added_at') or a.header.get('added_at')})"
              for a in opened.addenda if a.kind == "consent_withdrawal" and a.believable),
        consent_withdrawn(opened))
