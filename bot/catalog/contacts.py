"""Contact facts (phone numbers, web addresses) from one data file, so every language says the same numbers.

Responses name a fact as `{<contact>_<fact>}`; `placeholders()` gives the values the NLG fills in. The facts and
where each was checked are in contacts.yml.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Dict, FrozenSet, Mapping

from ruamel.yaml import YAML

CONTACTS_FILE = Path(__file__).resolve().parent / "contacts.yml"
# The kinds of fact a contact may have; everything else in an entry describes where the facts come from.
FACTS = ("phone", "web")


@functools.lru_cache(maxsize=1)
def contacts() -> Mapping[str, Mapping[str, Any]]:
    with CONTACTS_FILE.open(encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle)["contacts"]


@functools.lru_cache(maxsize=1)
def placeholders() -> Dict[str, str]:
    """`{crimestoppers_phone: "0800 555 111", ...}`: every fact under the name responses use for it."""
    return {f"{name}_{fact}": str(entry[fact]) for name, entry in contacts().items() for fact in FACTS if fact in entry}


def known_values() -> FrozenSet[str]:
    """Every phone number and web address, as written in the data file."""
    return frozenset(placeholders().values())


def is_contact_placeholder(name: str) -> bool:
    return name in placeholders()
