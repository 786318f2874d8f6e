"""The NLU figures of `make evaluate` (bot.evaluation.nlu, bot.evaluation.cross_validation), on miniature data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.evaluation.cross_validation import join_results, write_folds
from bot.evaluation.nlu import LanguageScore, per_language, table

NLU = {
    "en": {"affirm": ["yes", "yes please", "sure", "ok then", "yep"],
           "deny": ["no", "no thanks", "nope", "not now", "[never](role) mind"]},
    "fr": {"affirm": ["oui", "oui merci", "d'accord", "ok alors", "ouais"],
           "deny": ["non", "non merci", "pas maintenant", "jamais", "nan"]},
}


def write_nlu(root: Path) -> Path:
    for language, intents in NLU.items():
        (root / language).mkdir(parents=True)
        blocks = "".join(f"- intent: {intent}\n  examples: |\n" + "".join(f"    - {text}\n" for text in texts)
                         for intent, texts in intents.items())
        (root / language / "answers.yml").write_text(f'version: "3.1"\nnlu:\n{blocks}', encoding="utf-8")
    return root


def outcome(text: str, intent: str, predicted: str) -> dict:
    return {"text": text, "intent": intent, "intent_prediction": {"name": predicted, "confidence": 0.9}}


def test_scores_per_language_with_macro_f1_and_confusions(tmp_path: Path) -> None:
    nlu = write_nlu(tmp_path / "nlu")
    results = tmp_path / "results"
    results.mkdir()
    successes = [outcome(text, "affirm", "affirm") for text in NLU["en"]["affirm"]]
    successes += [outcome(text, "deny", "deny") for text in ("no", "nope", "not now", "never mind")]
    successes += [outcome(text, "affirm", "affirm") for text in NLU["fr"]["affirm"][:2]]
    errors = [outcome("no thanks", "deny", "affirm")]
    errors += [outcome(text, "affirm", "deny") for text in NLU["fr"]["affirm"][2:]]
    errors += [outcome(text, "deny", "affirm") for text in NLU["fr"]["deny"]]
    (results / "intent_successes.json").write_text(json.dumps(successes), encoding="utf-8")
    (results / "intent_errors.json").write_text(json.dumps(errors), encoding="utf-8")

    scores = per_language(results, nlu)
    assert set(scores) == {"en", "fr"}
    assert (scores["en"].total, scores["en"].accuracy) == (10, 0.9)
    # affirm: precision 5/6, recall 1 -> F1 10/11; deny: precision 1, recall 4/5 -> F1 8/9
    assert scores["en"].macro_f1 == pytest.approx((10 / 11 + 8 / 9) / 2)
    assert scores["fr"].accuracy == 0.2 and scores["fr"].confusions()[0] == ("deny", "affirm", 5)
    printed = table(scores)
    assert "fr" in printed and "MISSED" in printed and "deny > affirm: 5" in printed


def test_a_language_where_every_intent_is_right_meets_the_target() -> None:
    score = LanguageScore()
    score.outcomes.update({("affirm", "affirm"): 3, ("deny", "deny"): 2})
    assert (score.accuracy, score.macro_f1, score.confusions()) == (1.0, 1.0, [])
    assert " met " in table({"en": score})


def test_missing_results_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="make evaluate"):
        per_language(tmp_path)


def test_folds_are_stratified_seeded_and_cover_every_example_once(tmp_path: Path) -> None:
    nlu = write_nlu(tmp_path / "nlu")
    first = write_folds(nlu, 5, tmp_path / "a")
    again = write_folds(nlu, 5, tmp_path / "b")
    assert [(d / "test.yml").read_text() for d in first] == [(d / "test.yml").read_text() for d in again]
    tested = [line for d in first for line in (d / "test.yml").read_text(encoding="utf-8").splitlines()
              if line.startswith("    - ")]
    assert sorted(tested) == sorted(f"    - {text}" for intents in NLU.values() for texts in intents.values()
                                    for text in texts)
    for directory in first:  # stratified: both intents in every fold's test part (10 examples each, 5 folds)
        test = (directory / "test.yml").read_text(encoding="utf-8")
        assert "intent: affirm" in test and "intent: deny" in test
        assert "[never](role)" in (directory / "train.yml").read_text() + test  # entity annotations kept


def test_fold_results_are_joined(tmp_path: Path) -> None:
    folds = []
    for number in (1, 2):
        results = tmp_path / f"fold-{number}" / "results"
        results.mkdir(parents=True)
        (results / "intent_errors.json").write_text(json.dumps([outcome(f"t{number}", "deny", "affirm")]))
        folds.append(tmp_path / f"fold-{number}")
    (folds[0] / "results" / "intent_successes.json").write_text(json.dumps([outcome("ok", "affirm", "affirm")]))
    join_results(folds, tmp_path)
    assert [item["text"] for item in json.loads((tmp_path / "intent_errors.json").read_text())] == ["t1", "t2"]
    assert len(json.loads((tmp_path / "intent_successes.json").read_text())) == 1
