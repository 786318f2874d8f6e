"""The examples keep the wording guard sound: a yes is never worded with a word that says no.

A typed message decides something (consent, sending, closing the account) only when every word of it is a word
of the examples of the intent it was taken for (bot.intake.wording, bot.intake.answers.is_plain). Were "no",
"нет" or "نیست" a word of a yes example ("sí, cómo no", "тут никого нет", "مشکلی نیست"), then "no" misread as
a yes would be worded as one, and consent could be taken from a refusal. "No problem" typed as a yes costs a
turn instead: the question comes again.
"""
from __future__ import annotations

import re
from typing import Dict, List

import yaml

from bot.language.negation import NEGATES_WHAT_FOLLOWS, NEGATES_WHAT_PRECEDES
from bot.settings import PROJECT_ROOT

ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def examples_of(intent: str) -> Dict[str, List[str]]:
    """Each language's examples of `intent`, as typed (entity markup removed)."""
    found: Dict[str, List[str]] = {}
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*/*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if block.get("intent") == intent:
                found.setdefault(path.parent.name, []).extend(
                    ENTITY.sub(r"\1", line.strip()[2:]) for line in block["examples"].splitlines()
                    if line.strip().startswith("- "))
    return found


def saying_no(language: str) -> set:
    return set((NEGATES_WHAT_FOLLOWS.get(language, "") + " " + NEGATES_WHAT_PRECEDES.get(language, "")).split())


def test_every_language_has_examples_of_a_yes() -> None:
    assert sorted(examples_of("affirm")) == sorted(NEGATES_WHAT_FOLLOWS)


def test_no_example_of_a_yes_has_a_word_that_says_no() -> None:
    worded_with_no = [(language, example) for language, examples in examples_of("affirm").items()
                      for example in examples
                      if set(re.findall(r"\w+", example.casefold())) & saying_no(language)]
    assert worded_with_no == []
