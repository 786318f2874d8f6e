"""`python -m bot.evaluation.nlu RESULTS_DIR`: intent accuracy per language from Rasa's cross-validation.

Rasa reports one figure for all the data; survivors write in ten languages, so a weak language would hide in
the average. Each example's language is the folder it was written in (data/nlu/<code>/).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

import yaml

from bot.settings import PROJECT_ROOT


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
    import re
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)


def per_language(results: Path) -> Dict[str, Tuple[int, int]]:
    """language -> (correct, total)."""
    outcomes: List[Tuple[dict, bool]] = []
    for name, correct in (("intent_successes.json", True), ("intent_errors.json", False)):
        path = results / name
        if path.exists():
            outcomes += [(item, correct) for item in json.loads(path.read_text(encoding="utf-8"))]
    if not outcomes:
        raise SystemExit(f"No intent_successes.json or intent_errors.json in {results}: run `make evaluate`.")
    languages = example_languages()
    correct, total = Counter(), Counter()
    for item, ok in outcomes:
        language = languages.get((item["intent"], item["text"]), "unknown")
        total[language] += 1
        correct[language] += ok
    return {language: (correct[language], total[language]) for language in sorted(total)}


def main(argv: List[str]) -> int:
    results = Path(argv[0] if argv else "results/nlu")
    print(f"{'language':<10}{'examples':>10}{'intent accuracy':>18}")
    for language, (correct, total) in per_language(results).items():
        print(f"{language:<10}{total:>10}{correct / total:>17.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
