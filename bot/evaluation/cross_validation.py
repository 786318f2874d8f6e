"""`python -m bot.evaluation.cross_validation`: k-fold cross-validation of the NLU, folds trained side by side.

`rasa test nlu --cross-validation` trains its folds one after another, and a DIET training keeps about one core
busy, so on a 2-core machine half of it idles for an hour. Here the folds are the same kind (stratified by
intent) but seeded, so that two runs on the same data give the same figures, and each fold is trained and tested
by the rasa command line in a process of its own, `--workers` at a time. The folds' intent_successes.json and
intent_errors.json are joined into the output folder, where bot.evaluation.nlu reads them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Sequence

from bot.launcher.servers import VENV_BIN
from bot.settings import PROJECT_ROOT

SEED = 2718
RESULT_FILES = ("intent_successes.json", "intent_errors.json")


def write_folds(nlu: Path, folds: int, out: Path, seed: int = SEED) -> List[Path]:
    """Split the NLU data into `folds` stratified folds; fold k's train.yml and test.yml go in out/fold-k."""
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData
    from sklearn.model_selection import StratifiedKFold

    data = load_data(str(nlu))
    examples = data.intent_examples
    labels = [example.get_full_intent() for example in examples]
    directories = []
    split = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(examples, labels)
    for number, (train, test) in enumerate(split, start=1):
        directory = out / f"fold-{number}"
        directory.mkdir(parents=True, exist_ok=True)
        for name, indices in (("train.yml", train), ("test.yml", test)):
            part = TrainingData(training_examples=[examples[i] for i in indices],
                                entity_synonyms=data.entity_synonyms, regex_features=data.regex_features,
                                lookup_tables=data.lookup_tables)
            (directory / name).write_text(part.nlu_as_yaml(), encoding="utf-8")
        directories.append(directory)
    return directories


def run_fold(directory: Path, config: Path, rasa: str) -> float:
    """Train the NLU on the fold's train.yml and test it on its test.yml; returns the seconds it took."""
    started = time.monotonic()
    with (directory / "log.txt").open("w", encoding="utf-8") as log:
        for command in (
            [rasa, "train", "nlu", "--nlu", "train.yml", "--config", str(config), "--out", ".",
             "--fixed-model-name", "fold"],
            [rasa, "test", "nlu", "--nlu", "test.yml", "--model", "fold.tar.gz", "--successes", "--out", "results"],
        ):
            subprocess.run(command, cwd=directory, stdout=log, stderr=subprocess.STDOUT, check=True)
    return time.monotonic() - started


def join_results(directories: Sequence[Path], out: Path) -> None:
    """Concatenate the folds' intent outcome files into `out`."""
    for name in RESULT_FILES:
        items = []
        for directory in directories:
            path = directory / "results" / name
            if path.exists():
                items += json.loads(path.read_text(encoding="utf-8"))
        (out / name).write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--nlu", type=Path, default=PROJECT_ROOT / "data" / "nlu")
    parser.add_argument("--config", type=Path, default=PROJECT_ROOT / "config.yml")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "results" / "nlu")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    directories = write_folds(args.nlu, args.folds, args.out)
    rasa = str(VENV_BIN / "rasa")
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        seconds = list(pool.map(lambda directory: run_fold(directory, args.config.resolve(), rasa), directories))
    join_results(directories, args.out)
    print(f"{args.folds}-fold cross-validation, {args.workers} at a time: "
          f"{', '.join(f'{s / 60:.1f}' for s in seconds)} minutes per fold")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
