"""The summary shown before sending: the user's own words back to them, with labels in their language."""
from __future__ import annotations

from typing import Any, Mapping

from bot import catalog
from bot.intake.answers import MARKERS, NO, YES
from bot.intake.fields import CONTACT_CHOICES, OFFICER_GENDERS, ROLES, SUMMARY_FIELDS


def _display(field: str, value: Any, labels: Mapping[str, str], language: str) -> str:
    if value in MARKERS:
        return labels[f"value_{value}"]
    if value in (YES, NO):
        return labels[f"value_{value}"]
    if field == "contact_preference" and value in CONTACT_CHOICES:
        return labels[f"contact_{value}"]
    if field == "contact_officer_gender" and value in OFFICER_GENDERS:
        return labels[f"officer_{value}"]
    if field == "role" and value in ROLES:
        return catalog.choice_title(language, "utter_ask_role", "role", value) or str(value)
    return str(value)


def compose(slots: Mapping[str, Any], language: str) -> str:
    """One line per question that was asked, followed by anything the user added or corrected."""
    labels = catalog.labels(language)
    lines = [
        f"• {labels[field]}: {_display(field, slots[field], labels, language)}"
        for field in SUMMARY_FIELDS
        if slots.get(field) is not None
    ]
    lines += [f"• {labels['corrections']}: {text}" for text in slots.get("corrections") or []]
    return "\n".join(lines)
