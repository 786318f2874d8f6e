"""The summary shown before sending: the user's own words back to them, with labels in their language."""
from __future__ import annotations

from typing import Any, Mapping

from bot import catalog
from bot.answers import CONTACT_CHOICES, MARKERS, NO, YES

SUMMARY_FIELDS = ("narrative", "incident_time", "incident_place", "perpetrator", "perpetrator_in_uk",
                  "others_involved", "evidence", "prior_reports", "onward_sharing", "contact_preference",
                  "contact_details")


def _display(field: str, value: Any, labels: Mapping[str, str]) -> str:
    if value in MARKERS:
        return labels[f"value_{value}"]
    if value in (YES, NO):
        return labels[f"value_{value}"]
    if field == "contact_preference" and value in CONTACT_CHOICES:
        return labels[f"contact_{value}"]
    return str(value)


def compose(slots: Mapping[str, Any], language: str) -> str:
    """One line per question that was asked, followed by anything the user added or corrected."""
    labels = catalog.labels(language)
    lines = [
        f"• {labels[field]}: {_display(field, slots[field], labels)}"
        for field in SUMMARY_FIELDS
        if slots.get(field) is not None
    ]
    lines += [f"• {labels['corrections']}: {text}" for text in slots.get("corrections") or []]
    return "\n".join(lines)
