"""`python -m bot.benchmark` (`make bench`): Testimony and a bare `rasa init` assistant, one after the other, at
each concurrency, then one long account each; prints a Markdown report and, with --write, saves it."""
from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from bot.benchmark import components
from bot.benchmark.clients import RestClient, TestimonyClient, bare_rasa_client
from bot.benchmark.load import SOAK_DURATION_S, SOAK_PAUSE_S, SOAK_PEOPLE, at_concurrency, long_account, soak
from bot.benchmark.stats import Summary, ratio
from bot.benchmark.systems import System, bare_rasa, rasa_init, resident_mb, testimony
from bot.launcher.servers import DEFAULT_MODEL


@dataclass
class Measured:
    """What one system did: a summary per concurrency, the long account's windows, memory at the end."""

    name: str
    levels: Dict[int, Summary] = field(default_factory=dict)
    account: List[Tuple[int, float, float]] = field(default_factory=list)
    memory_mb: Dict[str, Optional[float]] = field(default_factory=dict)
    steps: List[Tuple[str, float]] = field(default_factory=list)
    tracker_store: List[Tuple[int, float, float]] = field(default_factory=list)
    soak: Optional[Summary] = None


def measure(system: System, client: RestClient, concurrencies: Sequence[int], duration_s: float,
            account_messages: int, window: int, say: Callable[[str], None], soak_people: int = 0,
            soak_duration_s: float = SOAK_DURATION_S) -> Measured:
    measured = Measured(system.name)
    at_concurrency(client, 1, min(duration_s, 10))  # warm-up: the first turns load the model's graphs
    for level in concurrencies:
        say(f"{system.name}: {level} conversation(s) at once for {duration_s:.0f} s")
        measured.levels[level] = at_concurrency(client, level, duration_s).summary()
    if account_messages:
        say(f"{system.name}: one account in {account_messages} messages")
        measured.account = long_account(client, account_messages, window)
    if soak_people:
        say(f"{system.name}: the soak, {soak_people} people writing every {SOAK_PAUSE_S[0]:.0f}–"
            f"{SOAK_PAUSE_S[1]:.0f} s each for {soak_duration_s:.0f} s")
        measured.soak = soak(client, soak_people, soak_duration_s).summary()
    measured.memory_mb = {name: resident_mb(pid) for name, pid in system.pids.items()}
    return measured


def number(value: Optional[float], digits: int = 0) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def report(ours: Measured, theirs: Optional[Measured], command: str) -> str:
    """The Markdown report: where it ran, per-turn latency and throughput with ratios, the long account, memory."""
    lines = [f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node() or 'this machine'}"
             f" ({os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, Python "
             f"{platform.python_version()}), with `{command}`. Each system ran alone, Testimony first; the "
             "ratios are Testimony's figure divided by bare Rasa's in the same run.", "",
             "| Concurrency | System | Turns | Errors | p50 ms | p95 ms | p99 ms | Turns/s | p50 × | p95 × | Turns/s × |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for level, summary in ours.levels.items():
        base = theirs.levels.get(level) if theirs else None
        for name, each in ((ours.name, summary), (theirs.name if theirs else "", base)):
            if each is None:
                continue
            mine = each is summary
            lines.append(
                f"| {level} | {name} | {each.turns} | {each.errors} | {each.p50_ms:.0f} | {each.p95_ms:.0f} | "
                f"{each.p99_ms:.0f} | {each.turns_per_second:.1f} | "
                f"{number(ratio(each.p50_ms, base.p50_ms) if mine and base else None, 2)} | "
                f"{number(ratio(each.p95_ms, base.p95_ms) if mine and base else None, 2)} | "
                f"{number(ratio(each.turns_per_second, base.turns_per_second) if mine and base else None, 2)} |")
    if ours.account:
        lines += ["", "One account told in many messages (per-turn latency by message number):", "",
                  "| Messages | Testimony p50 ms | Testimony p95 ms | bare Rasa p50 ms | bare Rasa p95 ms |",
                  "|---|---:|---:|---:|---:|"]
        bare = {first: (p50, p95) for first, p50, p95 in (theirs.account if theirs else [])}
        for first, p50, p95 in ours.account:
            theirs_p50, theirs_p95 = bare.get(first, (None, None))
            lines.append(f"| from {first} | {p50:.0f} | {p95:.0f} | {number(theirs_p50)} | {number(theirs_p95)} |")
    if ours.soak:
        lines += ["", f"The soak: people writing at a human pace, one message every {SOAK_PAUSE_S[0]:.0f}–"
                      f"{SOAK_PAUSE_S[1]:.0f} s each, all at once:", "",
                  "| System | Turns | Errors | p50 ms | p95 ms | p99 ms | Turns/s | p95 × |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        base = theirs.soak if theirs else None
        for name, each in ((ours.name, ours.soak), (theirs.name if theirs else "", base)):
            if each is not None:
                lines.append(f"| {name} | {each.turns} | {each.errors} | {each.p50_ms:.0f} | {each.p95_ms:.0f} | "
                             f"{each.p99_ms:.0f} | {each.turns_per_second:.1f} | "
                             f"{number(ratio(each.p95_ms, base.p95_ms) if each is ours.soak and base else None, 2)} |")
    if ours.steps or ours.tracker_store:
        lines += ["", "Steps timed in one process, on the same data directory (ms):", "",
                  "| Step | ms |", "|---|---:|"]
        lines += [f"| {step} | {ms:.1f} |" for step, ms in ours.steps]
        lines += [f"| tracker store, one more turn after {events} events: retrieve | {retrieve:.1f} |\n"
                  f"| tracker store, one more turn after {events} events: save | {save:.1f} |"
                  for events, retrieve, save in ours.tracker_store]
    lines += ["", "Resident memory at the end of the run (MB): " + "; ".join(
        f"{system.name}, {name.lower()}: {number(mb)}" for system in (ours, theirs) if system
        for name, mb in system.memory_mb.items()) + "."]
    return "\n".join(lines) + "\n"


def rasa_init_once(folder: Path, say: Callable[[str], None]) -> Path:
    """The `rasa init` assistant in `folder`, made and trained unless a model is there already."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "models").is_dir() or not any((folder / "models").iterdir()):
        say("making and training the `rasa init` assistant")
        folder = rasa_init(folder)
    return folder.resolve()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.benchmark", description=__doc__)
    parser.add_argument("--concurrency", default="1,10,50", help="conversations at once, comma-separated")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds at each concurrency")
    parser.add_argument("--account-messages", type=int, default=300, help="messages in the long account (0: none)")
    parser.add_argument("--window", type=int, default=50, help="messages per row of the long-account table")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--bare-dir", type=Path, help="a `rasa init` folder to reuse (made and trained if empty)")
    parser.add_argument("--no-bare", action="store_true", help="measure Testimony only")
    parser.add_argument("--production", action="store_true",
                        help="Testimony in the production shape (as `make run-prod`: PostgreSQL, Redis, two Rasa "
                             "servers and two action servers behind HAProxy) instead of the embedded default")
    parser.add_argument("--soak-people", type=int, default=0,
                        help=f"also the soak: this many people at a human pace (the issue's: {SOAK_PEOPLE})")
    parser.add_argument("--soak-duration", type=float, default=SOAK_DURATION_S, help="seconds of the soak")
    parser.add_argument("--write", type=Path, help="also write the report to this Markdown file")
    args = parser.parse_args(argv)
    concurrencies = [int(level) for level in args.concurrency.split(",") if level.strip()]
    command = "make bench" if argv is None and os.environ.get("MAKELEVEL") else "python -m bot.benchmark"

    def say(text: str) -> None:
        print(f"[bench] {text}", flush=True)

    with tempfile.TemporaryDirectory(prefix="testimony-bench-") as scratch:
        folder = None
        if not args.no_bare:  # made first, so that a failure here costs no measurement
            folder = rasa_init_once(args.bare_dir or Path(scratch) / "bare", say)
        with testimony(Path(scratch) / "data", args.model, production=args.production) as system:
            ours = measure(system, TestimonyClient(system.url), concurrencies, args.duration,
                           args.account_messages, args.window, say, args.soak_people, args.soak_duration)
        say("Testimony: filing, follow-up codes and the tracker store, in this process")
        ours.steps = components.filing(Path(scratch) / "data")
        ours.tracker_store = components.tracker_store(Path(scratch) / "data")
        theirs = None
        if folder is not None:
            with bare_rasa(folder) as system:
                theirs = measure(system, bare_rasa_client(system.url), concurrencies, args.duration,
                                 args.account_messages, args.window, say, args.soak_people, args.soak_duration)
    text = report(ours, theirs, command)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
