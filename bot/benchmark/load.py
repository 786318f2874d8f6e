"""Conversations driven at a fixed concurrency for a while, and one long account, with every turn timed."""
from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, List, Tuple

from bot.benchmark.clients import RestClient
from bot.benchmark.stats import Summary, percentile

Clock = Callable[[], float]
Pause = Callable[[], float]
Sleep = Callable[[float], None]

# The soak: people writing at a human pace, one message every 5 to 10 seconds each (issue 14).
SOAK_PEOPLE = 200
SOAK_DURATION_S = 300.0
SOAK_PAUSE_S = (5.0, 10.0)


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


def no_pause() -> float:
    return 0.0


def converse(client: RestClient, timings: Timings, deadline: float, clock: Clock, pause: Pause = no_pause,
             sleep: Sleep = time.sleep, pause_first: bool = False) -> None:
    """Whole conversations, one after another, until the deadline, `pause()` seconds before each message but
    the very first (that one too with `pause_first`; no pause: as fast as the system answers); a failed turn
    abandons its conversation."""
    if pause_first:
        sleep(max(0.0, min(pause(), deadline - clock())))
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
            waiting = pause()
            if waiting:
                sleep(max(0.0, min(waiting, deadline - clock())))


def at_concurrency(client: RestClient, concurrency: int, duration_s: float,
                   clock: Clock = time.perf_counter, pauses: Callable[[int], Pause] = lambda person: no_pause,
                   sleep: Sleep = time.sleep) -> Timings:
    """`concurrency` people in conversation at once for `duration_s` (their last turns finish after it);
    person n waits `pauses(n)()` seconds before each message, so a pausing crowd also arrives spread out."""
    timings = Timings()
    started = clock()
    deadline = started + duration_s
    people = []
    for person in range(concurrency):
        pause = pauses(person)
        people.append(threading.Thread(target=converse, daemon=True, args=(
            client, timings, deadline, clock, pause, sleep, pause is not no_pause)))
    for person in people:
        person.start()
    for person in people:
        person.join()
    timings.wall_s = clock() - started
    return timings


def soak(client: RestClient, people: int = SOAK_PEOPLE, duration_s: float = SOAK_DURATION_S,
         pause_s: Tuple[float, float] = SOAK_PAUSE_S, seed: int = 0, clock: Clock = time.perf_counter,
         sleep: Sleep = time.sleep) -> Timings:
    """`people` conversations at once at a human pace: each waits a random time in `pause_s` before every
    message, the first included, so that they do not all start in the same second."""
    return at_concurrency(client, people, duration_s, clock, human_pauses(pause_s, seed), sleep)


def human_pauses(pause_s: Tuple[float, float], seed: int) -> Callable[[int], Pause]:
    """Person n's pauses, drawn from a generator of their own (seeded), so that runs compare."""
    def pauses(person: int) -> Pause:
        rng = random.Random(seed * 100_003 + person)
        return lambda: rng.uniform(*pause_s)

    return pauses


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
