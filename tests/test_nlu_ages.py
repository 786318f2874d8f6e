"""A typed age is told apart from another by its number: "I'm 16" is under 18 and "I'm 61" is not, in every digit
system people type (data/nlu/ages.yml). Before these patterns, the commonest confusion of the cross-validation
was adult / under_18 in every language: the digits were rare words to the classifier."""
from __future__ import annotations

from typing import Any, Dict, List

import pytest
from rasa.nlu.utils.pattern_utils import extract_patterns
from rasa.shared.nlu.training_data.loading import load_data

from bot.settings import PROJECT_ROOT
from tests.helpers import assert_understood, trained_on


def marked(text: str) -> List[str]:
    """The age patterns that mark something in `text`, compiled as Rasa's RegexFeaturizer compiles them."""
    import re

    patterns = extract_patterns(load_data(str(PROJECT_ROOT / "data" / "nlu" / "ages.yml")))
    return sorted({pattern["name"] for pattern in patterns if re.search(pattern["pattern"], text)})


@pytest.mark.parametrize("text, bucket", [
    ("i'm 16", "age_10_to_17"), ("im 17 now", "age_10_to_17"), ("عمري ١٥ سنة", "age_10_to_17"),
    ("من ۱۳ سالمه", "age_10_to_17"), ("میری عمر ۱۶ سال ہے", "age_10_to_17"), ("எனக்கு 14 வயசு", "age_10_to_17"),
    ("not 18 yet", "age_18"), ("мені вже 18", "age_18"), ("۱۸ سالمه", "age_18"), ("18க்கு கீழ", "age_18"),
    ("i'm 61", "age_19_to_99"), ("j'ai 19 ans", "age_19_to_99"), ("عمري ٣٣ سنة", "age_19_to_99"),
    ("من ۴۰ سالمه", "age_19_to_99"), ("waxaan jiraa 50 sano", "age_19_to_99")])
def test_a_typed_age_is_marked_by_its_number_in_every_digit_system(text: str, bucket: str) -> None:
    assert marked(text) == [bucket]


@pytest.mark.parametrize("text", ["in 2015", "call 07700 900123", "back in 5", "REF-7K2M9QX4PL", "100 people",
                                  "1 min", "تموز ٢٠١٤"])
def test_years_phone_numbers_and_other_numbers_are_no_age(text: str) -> None:
    assert marked(text) == []


# Typed ages in words and digits that are this test's own (none a training example), in every served language:
# fr, es, ru, uk, ar, fa, ur, en, so, ta.
AGES: Dict[str, List[str]] = {
    "under_18": ["j'ai 15 ans seulement", "solo tengo 14 años", "мне всего 13", "мені лише 15 років",
                 "انا عمري ١٦ بس", "من فقط ۱۵ سالمه", "میں صرف 16 سال کی ہوں", "i'm only 13 years old",
                 "hadda waxaan ahay 16 jir", "எனக்கு இப்போ 15 வயசு தான்"],
    "adult": ["j'ai 45 ans maintenant", "ya tengo 52 años", "мне уже 37 лет", "мені вже 29 років",
              "عمري ٤٢ سنة هلق", "من ۳۸ سالمه", "میری عمر 41 سال ہے", "i'm 57 years old now",
              "waxaan ahay 36 jir", "எனக்கு இப்போ 44 வயசு"],
}


def test_the_wordings_are_not_training_examples() -> None:
    assert trained_on(AGES) == []


@pytest.mark.slow
def test_typed_ages_are_understood_in_every_language(loaded_agent: Any) -> None:
    assert_understood(loaded_agent, AGES, overall=0.95, per_intent=0.9)
