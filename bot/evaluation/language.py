"""Measure language detection on the shared test set: `python -m bot.evaluation.language [--data DIR]`.

Reports, per language and per text length, how often plain seeded langdetect and Testimony's detector name
the right language for the ten served languages, and how often lines in the confusable unserved languages
(German, Bulgarian, Hindi, ...) are wrongly accepted as a served language. The data set is for measuring
only: nothing in the detector is fitted to it (see its README).
"""
from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from bot.language.detector import shared_detector
from bot.language.languages import BY_CODE, SUPPORTED
from bot.language.session import CONFIDENT
from bot import settings
from bot.settings import LANGID_DATA_VARIABLE, PROJECT_ROOT

LENGTHS: Tuple[str, ...] = ("single-words", "word-pairs", "sentences")
SYSTEMS: Tuple[str, ...] = ("langdetect", "testimony")
CONFIDENT_HITS = "testimony, confident"  # accepted with the confidence the session needs to act on a message


class DataMissing(FileNotFoundError):
    """The language-identification test set is not where it should be."""


def default_data_dir() -> Path:
    """$TESTIMONY_LANGID_DATA, else ../shared/data/langid beside the project (where CI mounts it)."""
    configured = settings.current().langid_data_dir
    return configured if configured else PROJECT_ROOT.parent / "shared" / "data" / "langid"


def data_files(data_dir: Path, lengths: Sequence[str]) -> List[Tuple[str, str, Path]]:
    """(length, language, path) for every test file, or DataMissing saying what is missing and how to fix it."""
    missing = [length for length in lengths if not (data_dir / length).is_dir()]
    if missing:
        raise DataMissing(
            f"Language-identification test data not found: {data_dir} has no {', '.join(missing)} folder. "
            f"Mount the shared data at {PROJECT_ROOT.parent / 'shared'} or set {LANGID_DATA_VARIABLE} to the langid folder."
        )
    files = [(length, path.stem, path) for length in lengths for path in sorted((data_dir / length).glob("*.txt"))]
    absent = sorted({code for length in lengths for code in SUPPORTED} - {code for _, code, _ in files})
    if absent:
        raise DataMissing(f"{data_dir} lacks test files for served languages: {', '.join(absent)}")
    return files


@dataclass
class FileScore:
    """Results for one file: lines, and per system the lines detected as the file's language (served
    languages) or accepted as any served language (confusers; also counted when accepted confidently)."""

    lines: int = 0
    hits: Dict[str, int] = field(default_factory=lambda: {system: 0 for system in SYSTEMS + (CONFIDENT_HITS,)})


def score_file(language: str, path: Path) -> FileScore:
    """Run both systems over every line of one file."""
    detector = shared_detector()
    served = language in SUPPORTED
    score = FileScore()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        score.lines += 1
        raw = detector.raw(line)
        ours = detector.detect(line, raw=raw)
        if served:
            score.hits["langdetect"] += detector.top(raw) == language
            score.hits["testimony"] += ours.language == language
        else:
            score.hits["langdetect"] += detector.top(raw) in SUPPORTED
            score.hits["testimony"] += ours.supported
            score.hits[CONFIDENT_HITS] += ours.supported and ours.confidence >= CONFIDENT
    return score


def _score_task(task: Tuple[str, str, Path]) -> Tuple[str, str, FileScore]:
    length, language, path = task
    return length, language, score_file(language, path)


@dataclass
class Report:
    """Scores for every (length, language) file evaluated."""

    data_dir: Path
    scores: Dict[Tuple[str, str], FileScore]

    @property
    def lengths(self) -> List[str]:
        return [length for length in LENGTHS if any(key[0] == length for key in self.scores)]

    @property
    def confusers(self) -> List[str]:
        return sorted({language for _, language in self.scores if language not in SUPPORTED})

    def _pooled(self, length: str, system: str, languages: Iterable[str]) -> float:
        selected = [self.scores[(length, code)] for code in languages if (length, code) in self.scores]
        lines = sum(score.lines for score in selected)
        return 100.0 * sum(score.hits[system] for score in selected) / lines if lines else 0.0

    def accuracy(self, length: str, system: str, language: Optional[str] = None) -> float:
        """% of lines in served languages detected as their language (pooled over all ten without `language`)."""
        return self._pooled(length, system, [language] if language else SUPPORTED)

    def acceptance(self, length: str, system: str, language: Optional[str] = None) -> float:
        """% of confuser lines wrongly accepted as some served language (pooled without `language`)."""
        return self._pooled(length, system, [language] if language else self.confusers)

    def table(self) -> str:
        """The side-by-side table printed by the command line."""
        width, label = 12, 24
        header = "".join(f"{length:>{2 * width}}" for length in self.lengths)
        systems = "".join(f"{system:>{width}}" for _ in self.lengths for system in SYSTEMS)
        out = [f"Language identification on {self.data_dir}",
               "langdetect = langdetect 1.0.9, seeded, all 55 profiles; testimony = bot.language.detector", "",
               "Accuracy on the ten served languages (% of lines detected as their language)",
               f"{'':<{label}}{header}", f"{'language':<{label}}{systems}"]

        def row(name: str, value) -> str:
            return f"{name:<{label}}" + "".join(
                f"{value(length, system):>{width}.1f}" for length in self.lengths for system in SYSTEMS)

        for code in SUPPORTED:
            out.append(row(f"{code} {BY_CODE[code].english_name}",
                           lambda length, system, code=code: self.accuracy(length, system, code)))
        out.append(row("all ten", self.accuracy))
        if self.confusers:
            out += ["", "Confusable unserved languages wrongly accepted as a served one (% of lines; lower is better)",
                    f"{'':<{label}}{header}", f"{'language':<{label}}{systems}"]
            for code in self.confusers:
                out.append(row(code, lambda length, system, code=code: self.acceptance(length, system, code)))
            out.append(row("all " + str(len(self.confusers)), self.acceptance))
            confident = ", ".join(f"{length} {self.acceptance(length, CONFIDENT_HITS):.1f}%" for length in self.lengths)
            out.append(f"Accepted with confidence >= {CONFIDENT} (what the session acts on): {confident}")
        return "\n".join(out)


def evaluate(data_dir: Optional[Path] = None, lengths: Sequence[str] = LENGTHS,
             workers: Optional[int] = None) -> Report:
    """Score every file of the requested lengths, spreading files over `workers` processes (default: 2 or fewer)."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    tasks = data_files(data_dir, lengths)
    workers = workers or min(2, os.cpu_count() or 1)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_score_task, tasks))
    else:
        results = [_score_task(task) for task in tasks]
    return Report(data_dir, {(length, language): score for length, language, score in results})


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.evaluation.language",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None,
                        help=f"langid folder (default: ${LANGID_DATA_VARIABLE} or ../shared/data/langid)")
    parser.add_argument("--lengths", nargs="+", choices=LENGTHS, default=list(LENGTHS))
    parser.add_argument("--workers", type=int, default=None, help="processes to use (default: up to 2)")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.data, args.lengths, args.workers)
    except DataMissing as error:
        print(error, file=sys.stderr)
        return 2
    print(report.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
