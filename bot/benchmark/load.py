"""Conversations driven at a fixed concurrency for a while, and one long account, with every turn timed."""
from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, List, Tuple

from bot.benchmark.clients import RestClient
from bot.benchmark.stats import Summary, percentile

Clock = Callable[[], float]


@dataclass
class Timings:
    """Answered turns' latencies (seconds), failed turns by kind of failure, and the wall time they took."""

    latencies: List[float] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)
    wall_s: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def answered(self, seconds: float) -> None:
        with self.lock:
            self.latencies.append(seconds)

    def failed(self, error: BaseException) -> None:
        with self.lock:
            self.failures[type(error).__name__] += 1

    def summary(self) -> Summary:
        return Summary.of(self.latencies, self.wall_s, sum(self.failures.values()))


def converse(client: RestClient, timings: Timings, deadline: float, clock: Clock) -> None:
    """Whole conversations, one after another, until the deadline; a failed turn abandons its conversation."""
    while clock() < deadline:
        try:
            sender = client.new_sender()
        except Exception as error:  # noqa: BLE001 - counted, the run goes on
            timings.failed(error)
            continue
        for text in client.conversation:
            if clock() >= deadline:
                return
            started = clock()
            try:
                client.send(sender, text)
            except Exception as error:  # noqa: BLE001 - counted, the run goes on
                timings.failed(error)
                break
            timings.answered(clock() - started)


def at_concurrency(client: RestClient, concurrency: int, duration_s: float,
                   clock: Clock = time.perf_counter) -> Timings:
    """`concurrency` people in conversation at once for `duration_s` (their last turns finish after it)."""
    timings = Timings()
    started = clock()
    deadline = started + duration_s
    people = [threading.Thread(target=converse, args=(client, timings, deadline, clock), daemon=True)
              for _ in range(concurrency)]
    for person in people:
        person.start()
    for person in people:
        person.join()
    timings.wall_s = clock() - started
    return timings


def long_account(client: RestClient, messages: int, window: int,
                 clock: Clock = time.perf_counter) -> List[Tuple[int, float, float]]:
    """One account told in `messages` messages after the opening: (first message, p50 ms, p95 ms) of each
    `window` messages, to show whether a turn's cost grows with the conversation."""
    sender = client.new_sender()
    for text in client.opening:
        client.send(sender, text)
    latencies: List[float] = []
    for _ in range(messages):
        started = clock()
        client.send(sender, client.account_message)
        latencies.append((clock() - started) * 1000)
    return [(start + 1, percentile(latencies[start:start + window], 0.5),
             percentile(latencies[start:start + window], 0.95))
            for start in range(0, len(latencies), window)]
