"""Offline sentence splitting for machine translation: plain regular expressions, no models, no downloads.

Why our own splitter: argostranslate 1.11 splits sentences with MiniSBD (downloads ONNX models on first use),
Stanza (downloads resources.json even when a model is bundled) or spaCy (`cache_spacy()` downloads
xx_sent_ud_sm). The assistant runs where there may be no network, and it must never reach out with or about a
survivor's words. Translation models are trained on single sentences, so splitting still matters: a whole
paragraph fed in at once is translated badly and cut off at the decoder's length limit.

Why a length cap: testimony typed on a phone or dictated often has no punctuation at all. CTranslate2 stops
decoding after 256 target tokens, which silently drops the end of an over-long "sentence", so pieces longer than
`MAX_CHARS` are cut at the last comma or space before the limit.
"""
from __future__ import annotations

import re
from typing import List

# Longest piece handed to the model. Argos models see about four characters per token, so this stays far below
# the 256-token decoding limit while keeping ordinary sentences whole.
MAX_CHARS = 300

# Stops that end a sentence even when no space follows: Arabic/Persian question mark (؟), Urdu full stop (۔),
# Devanagari danda and double danda (। ॥), Ethiopic (።), Myanmar (။), Khmer (។), Armenian (։), and the CJK /
# full-width stops (。！？). Scripts that use them often write the next sentence without a space.
_SCRIPT_STOPS = "؟۔।॥።။។։。！？"

# Closing quotes and brackets that belong to the sentence they close.
_CLOSERS = "\"'”’»›)]}」』"

_LINE_BREAKS = re.compile(r"[\r\n\u0085\u2028\u2029\v\f]+")

# A sentence ends after a run of Latin stops or an ellipsis that is followed by whitespace (so "3.5", "e.g.x"
# and URLs stay whole), or after any script stop.
_STOPS, _CLOSE = re.escape(_SCRIPT_STOPS), re.escape(_CLOSERS)
_BOUNDARY = re.compile(
    rf"(?:\.{{2,}}|…|[.!?])[.!?…]*[{_CLOSE}]*(?=\s)"
    rf"|[.!?…]*[{_STOPS}][{_STOPS}.!?…]*[{_CLOSE}]*"
)

# Words that end in a full stop without ending the sentence (compared case-insensitively, without the stop).
# Kept short on purpose: a missed abbreviation only costs a slightly worse translation.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sr jr gen col lt sgt capt cpt maj cmdr no nr vs approx ca".split()
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED_LETTERS = re.compile(r"(?:\w\.)+\w")  # "U.S", "e.g", "a.m": the final stop belongs to the word

# Where an over-long piece may be cut, best first: after clause punctuation (Latin, Arabic, CJK), then at a space.
_SOFT_BREAKS = (re.compile(r"[,;:](?=\s)|[،؛、，；：]"), re.compile(r"\s"))


def split_sentences(text: str, max_chars: int = MAX_CHARS) -> List[str]:
    """The sentences of `text`, stripped and non-empty, each at most `max_chars` long.

    Line breaks always end a sentence. The pieces keep their own punctuation; nothing is added or removed apart
    from surrounding whitespace, so joining them with spaces gives back the text's words in order.
    """
    sentences: List[str] = []
    for line in _LINE_BREAKS.split(text):
        for sentence in _split_line(line):
            sentences.extend(_cap_length(sentence, max_chars))
    return sentences


def _split_line(line: str) -> List[str]:
    """Sentences of one line, by punctuation."""
    pieces: List[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if match.group(0).rstrip(_CLOSERS) == "." and _is_abbreviation(line[start:match.start()]):
            continue
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _is_abbreviation(before_stop: str) -> bool:
    """True when the word right before a single full stop is an initial ("J.") or a known abbreviation."""
    found = _WORD_BEFORE.search(before_stop)
    if not found:
        return False
    word = found.group(1).lstrip(_CLOSERS + "([{«‹“‘")
    return (
        (len(word) == 1 and word.isalpha())
        or word.casefold() in _ABBREVIATIONS
        or _DOTTED_LETTERS.fullmatch(word) is not None
    )


def _cap_length(sentence: str, max_chars: int) -> List[str]:
    """`sentence` cut into pieces of at most `max_chars`, preferring clause punctuation, then spaces."""
    pieces: List[str] = []
    rest = sentence
    while len(rest) > max_chars:
        window = rest[: max_chars + 1]
        cut = 0
        for soft_break in _SOFT_BREAKS:
            ends = [m.end() for m in soft_break.finditer(window) if m.end() <= max_chars]
            if ends and ends[-1] > max_chars // 3:
                cut = ends[-1]
                break
        if not cut:
            cut = max_chars  # No space at all (e.g. Chinese, Thai): a hard cut is still better than truncation.
        piece, rest = rest[:cut].strip(), rest[cut:].strip()
        if piece:
            pieces.append(piece)
    if rest:
        pieces.append(rest)
    return pieces
