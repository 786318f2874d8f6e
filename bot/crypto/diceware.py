"""Staff passphrases: generate strong ones from a shipped word list, and refuse weak ones.

A private key file is only as strong as its passphrase: scrypt slows each guess, but a 10-character
human choice still falls to a dictionary attack. Six words drawn with `secrets` from the 2,776-word
list give about 68 bits; the estimate below is deliberately pessimistic about human-chosen text.
"""
from __future__ import annotations

import math
import re
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Optional, Tuple

WORDLIST_FILE = Path(__file__).with_name("wordlist.txt")
GENERATED_WORDS = 6
MIN_BITS = 60
_SEPARATORS = re.compile(r"[\s\-_.,;:/+]+")
_POOLS = ((re.compile(r"[a-z]"), 26), (re.compile(r"[A-Z]"), 26), (re.compile(r"[0-9]"), 10),
          (re.compile(r"[!-/:-@\[-`{-~]"), 33), (re.compile(r"[^\x00-\x7f]"), 100))
_COMMON = frozenset({"password", "passw0rd", "passphrase", "letmein", "qwerty", "qwertyuiop", "azerty",
                     "iloveyou", "welcome", "admin", "secret", "changeme", "testimony", "monkey",
                     "dragon", "football", "123456", "1234567890", "abc123"})


@lru_cache(maxsize=1)
def wordlist() -> Tuple[str, ...]:
    """The shipped words (comment lines skipped)."""
    lines = WORDLIST_FILE.read_text("utf-8").splitlines()
    return tuple(word for word in lines if word and not word.startswith("#"))


def generate_passphrase(words: int = GENERATED_WORDS) -> str:
    """`words` different words chosen uniformly with `secrets`, separated by spaces.

    Different, because `estimate_bits` counts a repeated word once: a passphrase we offer must pass our own check.
    """
    return " ".join(secrets.SystemRandom().sample(wordlist(), words))


def _token_bits(token: str, dictionary: frozenset) -> float:
    """A word from the list costs a guess among the list; anything else is charged half the bits of a random
    string over its character classes, and never more than its distinct characters could carry."""
    if token.lower() in dictionary:
        return math.log2(len(dictionary))
    if token.lower() in _COMMON:
        return 0.0
    pool = sum(size for pattern, size in _POOLS if pattern.search(token)) or 1
    per_char = math.log2(pool)
    return min(len(token) * per_char / 2, len(set(token)) * per_char)


def estimate_bits(passphrase: str) -> float:
    """A conservative guess at a passphrase's entropy; repeated words count once."""
    dictionary = frozenset(wordlist())
    tokens = {token for token in _SEPARATORS.split(passphrase.strip()) if token}
    return sum(_token_bits(token, dictionary) for token in tokens)


def weakness(passphrase: str) -> Optional[str]:
    """Why `passphrase` is too weak to protect a staff key, or None when it is strong enough."""
    bits = estimate_bits(passphrase)
    if bits >= MIN_BITS:
        return None
    return (f"the passphrase is too weak (about {bits:.0f} bits estimated; at least {MIN_BITS} are needed): "
            f"use {GENERATED_WORDS} random words, e.g. from `python -m bot.staff keys passphrase`")
