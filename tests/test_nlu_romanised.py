"""The trained NLU understands the common answers typed in Latin letters (issue 12): Roman Urdu, Arabizi, and
Russian and Ukrainian transliterated.

The wordings are this test's own, none of them a training example (checked below), so that the test measures
understanding rather than memory: people write these answers in many spellings.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest

from tests.helpers import intents_of, training_examples

# intent -> wordings: Roman Urdu, Roman Urdu, Arabizi, Arabizi, Russian, Ukrainian.
ANSWERS: Dict[str, List[str]] = {
    "affirm": ["haan ji theek", "ji han bilkul", "aiwa tamam", "na3am akeed", "da, horosho", "tak, zvisno"],
    "deny": ["nahi ji abhi nahi", "nahin bilkul", "la2 shukran", "la msh 3ayez", "net, ne nado", "ni, dyakuyu"],
    "skip": ["ye wala skip", "is sawal ko chhor do", "skip 3ala hay", "elli ba3du", "propustim etot vopros",
             "propustit pytannia"],
    "dont_know": ["mujhe pata nahi yaar", "pata ni", "ma b3rf", "wallah ma ba3ref", "ya ne znayu",
                  "ne znaiu, vybachte"],
    "support": ["mujhe madad chahiye please", "kisi se baat karwa do", "baddi musa3de", "bdi 7ada yesa3edni",
                "mne nuzhna pomosh srochno", "meni potribna dopomoha"],
    "pause": ["thora ruk jao", "ek minute do", "stanna shwai", "bade shway wa2t", "podozhdi minutu",
              "zachekai khvylynku"],
    "stop": ["bas karo ab", "ye band kar do", "bas khalas w2af", "khalas stop", "hvatit, stop", "zupyny tse"],
}
CASES: List[Tuple[str, str]] = [(text, intent) for intent, texts in ANSWERS.items() for text in texts]
# The intent classifier will be wrong sometimes; the flow is built so that a wrong guess costs a turn. What is
# asked of it here: nearly every common answer understood, and every intent understood in most spellings.
OVERALL = 0.85
PER_INTENT = 4 / 6


def test_the_wordings_are_not_training_examples() -> None:
    assert not {text for text, _ in CASES if text.casefold() in training_examples()}


@pytest.fixture(scope="module")
def predictions(loaded_agent: Any) -> Dict[str, str]:
    return intents_of(loaded_agent, [text for text, _ in CASES])


@pytest.mark.slow
def test_romanised_answers_are_understood(predictions: Dict[str, str]) -> None:
    wrong = {text: (intent, predictions[text]) for text, intent in CASES if predictions[text] != intent}
    assert 1 - len(wrong) / len(CASES) >= OVERALL, f"misread (expected, got): {wrong}"
    for intent, texts in ANSWERS.items():
        understood = sum(predictions[text] == intent for text in texts) / len(texts)
        assert understood >= PER_INTENT, f"{intent}: {understood:.0%}; misread: {wrong}"
