"""`python -m bot.evaluation.nlu RESULTS_DIR`: intent accuracy, macro F1 and confusions per language, from Rasa's
cross-validation.

Rasa reports one figure for all the data; survivors write in ten languages, so a weak language would hide in
the average, and a weak intent would hide in the accuracy (hence macro F1, every intent weighing the same). Each
example's language is the folder it was written in (data/nlu/<code>/).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot.settings import PROJECT_ROOT

TARGET = 0.85  # issue 12: intent accuracy and macro F1, per language
CONFUSIONS_SHOWN = 3


def example_languages(nlu_dir: Path = PROJECT_ROOT / "data" / "nlu") -> Dict[Tuple[str, str], str]:
    """(intent, example text) -> language code, from the training files."""
    languages: Dict[Tuple[str, str], str] = {}
    for path in sorted(nlu_dir.glob("*/*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in (block.get("examples") or "").splitlines():
                text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if text and "intent" in block:
                    languages[(block["intent"], _plain(text))] = path.parent.name
    return languages


def _plain(text: str) -> str:
    """The example as Rasa reports it: entity annotations [value](entity) reduced to their value."""
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)


@dataclass
class LanguageScore:
    """Intent outcomes of one language's examples: (true intent, predicted intent) counts."""

    outcomes: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())

    @property
    def accuracy(self) -> float:
        return sum(n for (true, predicted), n in self.outcomes.items() if true == predicted) / self.total

    @property
    def macro_f1(self) -> float:
        """Unweighted mean of the per-intent F1 over the intents of this language's examples."""
        intents = {true for true, _ in self.outcomes}
        scores = []
        for intent in intents:
            hits = self.outcomes[(intent, intent)]
            predicted = sum(n for (_, guess), n in self.outcomes.items() if guess == intent)
            actual = sum(n for (true, _), n in self.outcomes.items() if true == intent)
            scores.append(2 * hits / (predicted + actual) if predicted + actual else 0.0)
        return sum(scores) / len(scores)

    def confusions(self) -> List[Tuple[str, str, int]]:
        """(true intent, predicted intent, count), most frequent first."""
        wrong = [(true, guess, n) for (true, guess), n in self.outcomes.items() if true != guess]
        return sorted(wrong, key=lambda item: (-item[2], item[0], item[1]))


def per_language(results: Path, nlu_dir: Path = PROJECT_ROOT / "data" / "nlu") -> Dict[str, LanguageScore]:
    """language -> its examples' outcomes, from intent_successes.json and intent_errors.json."""
    items: List[dict] = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = results / name
        if path.exists():
            items += json.loads(path.read_text(encoding="utf-8"))
    if not items:
        raise SystemExit(f"No intent_successes.json or intent_errors.json in {results}: run `make evaluate`.")
    languages = example_languages(nlu_dir)
    scores: Dict[str, LanguageScore] = defaultdict(LanguageScore)
    for item in items:
        predicted = (item.get("intent_prediction") or {}).get("name") or "none"
        scores[languages.get((item["intent"], item["text"]), "unknown")].outcomes[(item["intent"], predicted)] += 1
    return dict(sorted(scores.items()))


def table(scores: Dict[str, LanguageScore]) -> str:
    """Per language: examples, accuracy, macro F1, whether both reach the target, and the commonest confusions."""
    lines = [f"{'language':<10}{'examples':>9}{'accuracy':>10}{'macro F1':>10}  target {TARGET:.0%}  "
             "commonest confusions (true > predicted: count)"]
    for language, score in scores.items():
        met = "met" if min(score.accuracy, score.macro_f1) >= TARGET else "MISSED"
        confused = ", ".join(f"{true} > {guess}: {n}" for true, guess, n in score.confusions()[:CONFUSIONS_SHOWN])
        lines.append(f"{language:<10}{score.total:>9}{score.accuracy:>10.1%}{score.macro_f1:>10.1%}  {met:<11}"
                     f"{confused}")
    return "\n".join(lines)


def main(argv: List[str]) -> int:
    print(table(per_language(Path(argv[0] if argv else "results/nlu"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
