"""Summaries of timed turns: percentiles, throughput, errors, and how one system compares with another."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (`fraction` in (0, 1]): a value that was measured, never an interpolation."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Summary:
    """Per-turn latency in milliseconds, turns per second over the run's wall time, and failed turns."""

    turns: int
    errors: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    turns_per_second: float

    @classmethod
    def of(cls, latencies_s: Sequence[float], wall_s: float, errors: int = 0) -> "Summary":
        """`latencies_s` are the answered turns; failed turns count in `errors` and not in the percentiles."""
        milliseconds = [value * 1000 for value in latencies_s]
        rate = len(latencies_s) / wall_s if wall_s > 0 else math.nan
        return cls(len(latencies_s), errors, percentile(milliseconds, 0.50), percentile(milliseconds, 0.95),
                   percentile(milliseconds, 0.99), rate)


def ratio(ours: float, theirs: float) -> Optional[float]:
    """How many times `theirs` ours is (None when either was not measured)."""
    if not theirs or math.isnan(ours) or math.isnan(theirs):
        return None
    return ours / theirs
