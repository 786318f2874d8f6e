"""Measure language detection on the shared test set: `python -m bot.evaluation.language [--data DIR]`.

Reports, per language and per text length, how often plain seeded langdetect, lingua restricted to the ten
served languages, and Testimony's detector name the right language for the ten served languages: Testimony on a
first message, in a conversation in that language, and in a conversation in another language of the same script
(the session's language weighed in by bot.language.session.in_conversation; that last column is the price of the
prior). It also reports how often lines in the confusable unserved languages (German, Bulgarian, Hindi, ...) are
wrongly accepted as a served language, the median time Testimony takes per message, and the romanised
evaluation set (data/evaluation/romanised). The shared data set is for measuring only: nothing in the detector
is fitted to it (see its README).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from bot.language import lingua_ranking
from bot.language.detector import shared_detector
from bot.language.languages import BY_CODE, DEFAULT_LANGUAGE, SUPPORTED, languages_of_script
from bot.language.session import CONFIDENT, in_conversation
from bot import settings
from bot.settings import LANGID_DATA_VARIABLE, PROJECT_ROOT

LENGTHS: Tuple[str, ...] = ("single-words", "word-pairs", "sentences")
SYSTEMS: Tuple[str, ...] = ("langdetect", "lingua", "testimony", "in its conv.", "in another")
OURS, SAME, OTHER = SYSTEMS[2:]
CONFIDENT_HITS = "testimony, confident"  # accepted with the confidence the session needs to act on a message
ROMANISED_HITS = "romanised offered"  # lines of a Latin-script served language wrongly offered as romanised
ROMANISED_DIR = PROJECT_ROOT / "data" / "evaluation" / "romanised"


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
    hits: Dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        SYSTEMS + (CONFIDENT_HITS, ROMANISED_HITS), 0))
    milliseconds: List[float] = field(default_factory=list)  # Testimony's detection time per line


def other_language(language: str) -> str:
    """The conversation language of the "in another" column: the next served language of the same script,
    or English when the script has no other."""
    if language not in SUPPORTED:
        return DEFAULT_LANGUAGE
    same = languages_of_script(BY_CODE[language].script)
    return same[(same.index(language) + 1) % len(same)] if len(same) > 1 else DEFAULT_LANGUAGE


def _best(ranking: Dict[str, float]) -> Optional[str]:
    return max(ranking, key=ranking.__getitem__) if ranking else None


def score_file(language: str, path: Path) -> FileScore:
    """Run every system over every line of one file."""
    detector = shared_detector()
    served = language in SUPPORTED
    score = FileScore()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        score.lines += 1
        langdetect, lingua = detector.top(detector.raw(line)), _best(lingua_ranking.rank(line))
        start = time.perf_counter()
        ours = detector.detect(line)
        score.milliseconds.append((time.perf_counter() - start) * 1000.0)
        answers = {"langdetect": langdetect, "lingua": lingua, OURS: ours.language if ours.supported else None,
                   SAME: (in_conversation(ours, language) or ours).language if ours.supported else None,
                   OTHER: (in_conversation(ours, other_language(language)) or ours).language
                   if ours.supported else None}
        for system, answer in answers.items():
            score.hits[system] += (answer == language) if served else (answer in SUPPORTED)
        score.hits[CONFIDENT_HITS] += ours.supported and ours.confidence >= CONFIDENT
        score.hits[ROMANISED_HITS] += ours.romanised is not None
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

    def median_ms(self, length: Optional[str] = None) -> float:
        """Median milliseconds Testimony takes per message of the served languages (all lengths without one)."""
        times = [ms for (file_length, code), score in self.scores.items()
                 if code in SUPPORTED and length in (None, file_length) for ms in score.milliseconds]
        return statistics.median(times) if times else 0.0

    def table(self) -> str:
        """The tables printed by the command line: one per length, systems side by side."""
        width, label = 13, 24
        systems = "".join(f"{system:>{width}}" for system in SYSTEMS)
        out = [f"Language identification on {self.data_dir}",
               "langdetect = langdetect 1.0.9, seeded, all 55 profiles; lingua = lingua 2.1.1, high accuracy, "
               "restricted to the ten;",
               "testimony = bot.language.detector on a first message; in its conv. / in another = the same in a "
               "conversation in the line's language / in the next served language of its script (else English)"]

        def row(name: str, value) -> str:
            return f"{name:<{label}}" + "".join(f"{value(system):>{width}.1f}" for system in SYSTEMS)

        for length in self.lengths:
            out += ["", f"{length}: % of lines detected as their language", f"{'language':<{label}}{systems}"]
            for code in SUPPORTED:
                out.append(row(f"{code} {BY_CODE[code].english_name}",
                               lambda system, code=code: self.accuracy(length, system, code)))
            out.append(row("all ten", lambda system: self.accuracy(length, system)))
            if self.confusers:
                out.append(row(f"unserved accepted ({len(self.confusers)})",
                               lambda system: self.acceptance(length, system)))
        if self.confusers:
            out += ["", "Confusable unserved languages (" + " ".join(self.confusers) + ") wrongly accepted as served, "
                    "% of lines (lower is better; lingua cannot say 'none of ours')"]
            confident = ", ".join(f"{length} {self.acceptance(length, CONFIDENT_HITS):.1f}%" for length in self.lengths)
            out.append(f"  accepted with confidence >= {CONFIDENT} (what the session acts on): {confident}")
        latin = [code for code in SUPPORTED if BY_CODE[code].script == "Latin"]
        offered = ", ".join(f"{length} {self._pooled(length, ROMANISED_HITS, latin):.2f}%" for length in self.lengths)
        out.append(f"Lines in {' '.join(latin)} wrongly offered as romanised writing: {offered}")
        timing = ", ".join(f"{length} {self.median_ms(length):.2f}" for length in self.lengths)
        out.append(f"Testimony's detection time, median ms per message: all {self.median_ms():.2f} ({timing})")
        return "\n".join(out)


@dataclass
class RomanisedScore:
    """One form of the romanised set: its lines, how many were offered its language, and how many lines of
    other forms and of the negative set were offered it wrongly."""

    language: str
    lines: int
    found: int
    wrongly_offered: int

    @property
    def recall(self) -> float:
        return 100.0 * self.found / self.lines if self.lines else 0.0

    @property
    def precision(self) -> float:
        offered = self.found + self.wrongly_offered
        return 100.0 * self.found / offered if offered else 100.0


def romanised_lines(directory: Path = ROMANISED_DIR) -> List[Tuple[str, Optional[str], str]]:
    """(file, language or None for a negative line, text) for every line of the romanised set.

    A form's file is `<form>.txt` with its language in the first line ("# language: ur"); negatives.txt holds
    "<code><TAB><text>" lines in a Latin-script language, labelled None (nothing should be offered).
    """
    lines: List[Tuple[str, Optional[str], str]] = []
    for path in sorted(directory.glob("*.txt")):
        rows = [row.strip() for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
        header = rows[0].split(":", 1)[1].strip() if rows and rows[0].startswith("# language:") else None
        for row in rows[1:] if header else rows:
            text = row.split("\t", 1)[1] if header is None and "\t" in row else row
            lines.append((path.stem, header, text))
    return lines


def evaluate_romanised(directory: Path = ROMANISED_DIR) -> Dict[str, RomanisedScore]:
    """Precision and recall of the romanised offer, per form file, over the whole romanised set."""
    detector = shared_detector()
    results = [(name, language, detector.detect(text).romanised) for name, language, text in romanised_lines(directory)]
    forms = {name: language for name, language, _ in results if language}
    return {name: RomanisedScore(
        language, sum(1 for file, _, _ in results if file == name),
        sum(1 for file, _, offered in results if file == name and offered == language),
        sum(1 for file, _, offered in results if file != name and offered == language))
        for name, language in sorted(forms.items())} | {"negatives": RomanisedScore(
            "-", sum(1 for _, language, _ in results if language is None), 0,
            sum(1 for _, language, offered in results if language is None and offered))}


def romanised_table(scores: Dict[str, RomanisedScore]) -> str:
    """The romanised figures printed by the command line."""
    out = [f"Romanised writing ({ROMANISED_DIR.relative_to(PROJECT_ROOT)}): offered language per form",
           f"{'form':<20}{'lang':>6}{'lines':>7}{'recall %':>10}{'precision %':>13}"]
    for name, score in scores.items():
        if score.language != "-":
            out.append(f"{name:<20}{score.language:>6}{score.lines:>7}{score.recall:>10.1f}{score.precision:>13.1f}")
    negatives = scores.get("negatives")
    if negatives:
        out.append(f"{'negatives':<20}{'':>6}{negatives.lines:>7}   offered anything: {negatives.wrongly_offered}")
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
    print()
    print(romanised_table(evaluate_romanised()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
