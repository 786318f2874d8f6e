"""`make bench`'s parts: percentiles and ratios, the load driver (with a fake channel), the report, and one short
run of the real driver against the running assistant. The benchmark measures; nothing here asserts a time."""
from __future__ import annotations

import math
import threading
from pathlib import Path
from typing import Any, Dict, List

import pytest

from bot.benchmark import components
from bot.benchmark.__main__ import Measured, report
from bot.benchmark.clients import TESTIMONY_CONVERSATION, RestClient, TestimonyClient
from bot.benchmark.load import at_concurrency, human_pauses, long_account, soak
from bot.benchmark.stats import Summary, percentile, ratio
from bot.benchmark.systems import resident_mb
from tests.assistant import RunningAssistant


def test_percentiles_are_measured_values_by_nearest_rank() -> None:
    values = [5.0, 1.0, 4.0, 2.0, 3.0]
    assert percentile(values, 0.5) == 3.0 and percentile(values, 0.95) == 5.0 and percentile(values, 0.2) == 1.0
    assert percentile(list(range(1, 101)), 0.99) == 99
    assert math.isnan(percentile([], 0.5))


def test_a_summary_counts_answered_turns_and_their_rate_and_failures_apart() -> None:
    summary = Summary.of([0.1, 0.2, 0.3, 0.4], wall_s=2.0, errors=3)
    assert (summary.turns, summary.errors, summary.p50_ms, summary.p99_ms) == (4, 3, 200.0, 400.0)
    assert summary.turns_per_second == 2.0


def test_ratios_are_ours_over_theirs_and_absent_when_not_measured() -> None:
    assert ratio(123.0, 45.0) == pytest.approx(2.733, abs=1e-3)
    assert ratio(1.0, 0.0) is None and ratio(math.nan, 1.0) is None


class FakeChannel(RestClient):
    """Answers every message at once, except that every `fail_every`-th message fails."""

    def __init__(self, fail_every: int = 0) -> None:
        super().__init__("http://fake", ("hello", "one", "two"), ("hello",), "more")
        self.fail_every = fail_every
        self.received: List[tuple] = []
        self.lock = threading.Lock()

    def new_sender(self) -> str:
        with self.lock:
            return f"person-{len(self.received)}-{threading.get_ident()}"

    def send(self, sender: str, text: str) -> List[Dict[str, Any]]:
        with self.lock:
            self.received.append((sender, text))
            count = len(self.received)
        if self.fail_every and count % self.fail_every == 0:
            raise ConnectionError("refused")
        return [{"text": "ok"}]


class StepClock:
    """Each reading is `step` seconds after the last: a run of known length, whatever the machine does."""

    def __init__(self, step: float = 0.01) -> None:
        self.now, self.step, self.lock = 0.0, step, threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            self.now += self.step
            return self.now


def test_conversations_run_in_order_at_the_concurrency_until_the_deadline() -> None:
    channel = FakeChannel()
    timings = at_concurrency(channel, 3, duration_s=1.0, clock=StepClock())
    assert timings.latencies and not timings.failures
    assert len(timings.latencies) == len(channel.received)
    by_person: Dict[str, List[str]] = {}
    for sender, text in channel.received:
        by_person.setdefault(sender, []).append(text)
    assert all(texts == ["hello", "one", "two"][:len(texts)] for texts in by_person.values())


def test_a_failed_turn_is_counted_by_kind_and_abandons_only_its_conversation() -> None:
    channel = FakeChannel(fail_every=4)
    timings = at_concurrency(channel, 1, duration_s=1.0, clock=StepClock())
    assert timings.failures["ConnectionError"] == len(channel.received) // 4
    assert timings.summary().errors == timings.failures["ConnectionError"]
    assert len(timings.latencies) + timings.summary().errors == len(channel.received)


class SleepingClock(StepClock):
    """A clock that sleeping moves on: a soak of many simulated minutes in a moment."""

    def __init__(self) -> None:
        super().__init__(0.001)
        self.slept: List[tuple] = []

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.slept.append((threading.get_ident(), seconds))
            self.now += seconds


def test_the_soak_paces_every_person_between_messages_and_spreads_their_arrival() -> None:
    channel, clock = FakeChannel(), SleepingClock()
    timings = soak(channel, people=4, duration_s=600, pause_s=(5.0, 10.0), clock=clock, sleep=clock.sleep)
    assert timings.latencies and not timings.failures
    pauses = [seconds for _, seconds in clock.slept]
    assert len(pauses) >= len(channel.received)  # a pause before every message, the first included
    assert all(seconds <= 10.0 for seconds in pauses)
    assert sum(seconds < 5.0 for seconds in pauses) <= 4  # only a last pause, cut short by the deadline
    senders = {sender for sender, _ in channel.received}
    assert len(senders) > 4  # their conversations went on to new ones until the end


def test_the_soaks_pauses_are_seeded_per_person_so_runs_compare() -> None:
    def drawn(pauses, person: int) -> List[float]:
        pause = pauses(person)
        return [pause() for _ in range(20)]

    first, again = human_pauses((5.0, 10.0), seed=0), human_pauses((5.0, 10.0), seed=0)
    assert drawn(first, 3) == drawn(again, 3)
    assert drawn(first, 3) != drawn(first, 4)
    assert all(5.0 <= seconds <= 10.0 for person in range(50) for seconds in drawn(first, person))


def test_the_report_gives_the_soak_with_its_ratio() -> None:
    ours = Measured("Testimony", soak=Summary(400, 0, 150.0, 700.0, 900.0, 20.0))
    theirs = Measured("bare Rasa", soak=Summary(410, 0, 40.0, 70.0, 90.0, 21.0))
    text = report(ours, theirs, "make soak")
    assert "The soak" in text
    assert "| Testimony | 400 | 0 | 150 | 700 | 900 | 20.0 | 10.00 |" in text
    assert "| bare Rasa | 410 | 0 | 40 | 70 | 90 | 21.0 | – |" in text


def test_the_long_account_is_reported_in_windows_of_messages() -> None:
    channel = FakeChannel()
    windows = long_account(channel, messages=120, window=50, clock=StepClock(0.001))
    assert [first for first, _, _ in windows] == [1, 51, 101]
    assert channel.received[0][1] == "hello" and [text for _, text in channel.received[1:]] == ["more"] * 120


def test_the_report_gives_each_level_with_ratios_the_long_account_and_memory() -> None:
    ours = Measured("Testimony", {1: Summary(10, 0, 120.0, 500.0, 600.0, 6.0)}, [(1, 200.0, 300.0)],
                    {"The Rasa server": 800.0})
    theirs = Measured("bare Rasa", {1: Summary(30, 0, 40.0, 70.0, 90.0, 24.0)}, [(1, 40.0, 60.0)],
                      {"Rasa server": 500.0})
    text = report(ours, theirs, "make bench")
    assert "| 1 | Testimony | 10 | 0 | 120 | 500 | 600 | 6.0 | 3.00 | 7.14 | 0.25 |" in text
    assert "| 1 | bare Rasa | 30 | 0 | 40 | 70 | 90 | 24.0 | – | – | – |" in text
    assert "| from 1 | 200 | 300 | 40 | 60 |" in text
    assert "Testimony, the rasa server: 800; bare Rasa, rasa server: 500." in text and "`make bench`" in text
    assert "| 1 | Testimony | 10 | 0 | 120 | 500 | 600 | 6.0 | – | – | – |" in report(ours, None, "x")


def test_resident_memory_is_read_for_a_live_process_only() -> None:
    import os

    assert resident_mb(os.getpid()) > 1
    assert resident_mb(2 ** 22 + 1) is None


@pytest.mark.timeout(600)
def test_the_driver_has_whole_conversations_with_the_running_assistant(running_assistant: RunningAssistant) -> None:
    """A short run of the real driver: every turn answered, a report filed at the end of the script."""
    client = TestimonyClient(running_assistant.rasa_url)
    timings = at_concurrency(client, 2, duration_s=5.0)
    assert timings.latencies and not timings.failures
    sender = client.new_sender()
    for text in TESTIMONY_CONVERSATION[:-1]:
        client.send(sender, text)
    filed = " ".join(reply.get("text") or "" for reply in client.send(sender, TESTIMONY_CONVERSATION[-1]))
    assert "REF-" in filed, filed
    assert len(long_account(client, messages=6, window=3)) == 2


def test_filing_and_follow_up_checks_are_timed_on_a_real_store(tmp_path: Path) -> None:
    from bot.reports.reader import ReportReader
    from tests.crypto_fixtures import FAST_SCRYPT, make_team_keys

    make_team_keys(tmp_path)
    steps = components.filing(tmp_path, sizes=(("1 KB", 1000), ("5 KB", 5000)), scrypt=FAST_SCRYPT)
    assert [step for step, _ in steps] == ["preparing a follow-up code (in the background, from consent)",
                                           "filing a 1 KB report", "filing a 5 KB report",
                                           "filing a 1 KB report, its code not prepared",
                                           "adding to it with the right follow-up code",
                                           "refusing a wrong follow-up code"]
    assert all(ms > 0 for _, ms in steps)
    assert len(list(ReportReader(tmp_path).references())) == 3
    assert not list((tmp_path / "index" / "prepared").glob("*.json")), "each filing used its prepared code"


def test_a_report_of_a_given_size_has_a_narrative_that_long() -> None:
    assert len(components.a_report(12345)["answers"]["narrative"]) == 12345


def test_the_tracker_store_is_timed_for_one_more_turn_of_conversations_of_each_length(tmp_path: Path) -> None:
    results = components.tracker_store(tmp_path, lengths=(10, 40))
    assert [events for events, _, _ in results] == [10, 40]
    assert all(retrieve > 0 and save > 0 for _, retrieve, save in results)


def test_the_production_shape_is_measured_on_a_database_of_its_own_dropped_afterwards() -> None:
    import sqlalchemy as sa

    from bot.benchmark.systems import POSTGRESQL_SERVER, production_environment
    from bot.tracker.schema import create_postgresql_database

    def databases() -> List[str]:
        with sa.create_engine(f"{POSTGRESQL_SERVER}/postgres").connect() as conn:
            return [row[0] for row in conn.execute(sa.text("SELECT datname FROM pg_database"))]

    try:
        before = databases()
    except sa.exc.SQLAlchemyError as error:  # pragma: no cover - depends on the machine
        pytest.skip(f"the production shape needs PostgreSQL ({POSTGRESQL_SERVER}): {type(error).__name__}")
    with production_environment() as environment:
        url = environment["TESTIMONY_DATABASE_URL"]
        assert environment["TESTIMONY_REPORT_STORE_URL"] == url and environment["RASA_REPLICAS"] == "2"
        assert environment["TESTIMONY_ENDPOINTS"] == "endpoints.production.yml"
        name = url.rsplit("/", 1)[1]
        assert name not in before
        create_postgresql_database(url)  # as the tracker store does when the servers start
        assert name in databases()
    assert name not in databases()
