"""The trained NLU understands the common answers typed in Latin letters (issue 12): Roman Urdu, Arabizi, and
Russian and Ukrainian transliterated.

The wordings are this test's own, none of them a training example (checked below), so that the test measures
understanding rather than memory: people write these answers in many spellings.
"""
from __future__ import annotations

from typing import Any, Dict, List

import pytest

from tests.helpers import assert_understood, trained_on

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
# The intent classifier will be wrong sometimes; the flow is built so that a wrong guess costs a turn. What is
# asked of it here: nearly every common answer understood, and every intent understood in most spellings.
OVERALL = 0.85
PER_INTENT = 4 / 6


def test_the_wordings_are_not_training_examples() -> None:
    assert trained_on(ANSWERS) == []


@pytest.mark.slow
def test_romanised_answers_are_understood(loaded_agent: Any) -> None:
    assert_understood(loaded_agent, ANSWERS, OVERALL, PER_INTENT)
