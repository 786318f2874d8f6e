"""The costly steps of a turn and of filing, timed in this process on the benchmark's own data directory.

Filing seals a report of a given size to the team's keys; checking a follow-up code runs scrypt (production
parameters unless TESTIMONY_SCRYPT_N says otherwise); the tracker store's retrieve and save are what every turn
pays, at a conversation of a given number of events.
"""
from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional, Sequence, Tuple

from bot import settings

if TYPE_CHECKING:
    from bot.crypto.kdf import ScryptParams

Clock = Callable[[], float]
REPORT_SIZES = (("10 KB", 10_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000))
CONVERSATION_EVENTS = (10, 100, 1000)
A_SENTENCE = "they came to the village at night and took the men away to the school. "


def timed(step: Callable[[], object], clock: Clock = time.perf_counter) -> float:
    """Milliseconds `step` took."""
    started = clock()
    step()
    return (clock() - started) * 1000


def a_report(characters: int) -> dict:
    """A report shaped like the conversation's, its narrative `characters` long."""
    narrative = (A_SENTENCE * (characters // len(A_SENTENCE) + 1))[:characters]
    return {"schema": 1, "language": "en", "answers": {"narrative": narrative}, "consents": {},
            "contact_preference": "anonymous", "transcript": [{"speaker": "user", "text": narrative}]}


def filing(data_dir: Path, sizes: Sequence[Tuple[str, int]] = REPORT_SIZES,
           scrypt: Optional["ScryptParams"] = None) -> List[Tuple[str, float]]:
    """(step, ms): preparing a draft's follow-up code (the assistant does it in the background at consent),
    sealing and filing one report of each size with its code prepared, as the person who sends waits for it,
    the smallest again without, then checking a right and a wrong follow-up code."""
    from bot.reports import ReportStore, UnknownFollowUpCode

    store = ReportStore(data_dir, scrypt=scrypt)
    results, receipt = [], None
    for number, (label, characters) in enumerate(sizes):
        report, draft = a_report(characters), uuid.uuid4().hex
        preparing = timed(lambda: store.prepare(draft))
        if number == 0:
            results.append(("preparing a follow-up code (in the background, from consent)", preparing))
        holder: list = []
        results.append((f"filing a {label} report", timed(lambda: holder.append(store.file(report, draft)))))
        receipt = holder[0]
    label, characters = sizes[0]
    results.append((f"filing a {label} report, its code not prepared", timed(
        lambda: store.file(a_report(characters), uuid.uuid4().hex))))
    results.append(("adding to it with the right follow-up code", timed(
        lambda: store.add_to_report(receipt.reference, receipt.followup_code, {"text": "one more thing"}))))

    def wrong_code() -> None:
        try:
            store.add_to_report(receipt.reference, "0000 0000 0000 0000", {"text": "x"})
        except UnknownFollowUpCode:
            pass

    results.append(("refusing a wrong follow-up code", timed(wrong_code)))
    return results


def conversation(sender: str, events: int):
    """A tracker of `events` events of a constant size: user messages, bot answers, and a slot."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    made = []
    while len(made) < events:
        made += [UserUttered(A_SENTENCE, {"name": "inform", "confidence": 0.9}), ActionExecuted("action_listen"),
                 BotUttered("Is there anything else you want to add?"), SlotSet("incident_place", A_SENTENCE)]
    return DialogueStateTracker.from_events(sender, made[:events])


def tracker_store(data_dir: Path, lengths: Sequence[int] = CONVERSATION_EVENTS) -> List[Tuple[int, float, float]]:
    """(events, retrieve ms, save ms) for one more turn of a conversation that already holds `events` events."""
    from rasa.shared.core.events import UserUttered
    from bot.tracker.store import EncryptedTrackerStore

    results = []
    with settings.use(settings.Settings(data_dir=data_dir)):
        store = EncryptedTrackerStore()
        for length in lengths:
            sender = uuid.uuid4().hex
            asyncio.run(store.save(conversation(sender, length)))
            holder: list = []
            retrieve_ms = timed(lambda: holder.append(asyncio.run(store.retrieve(sender))))
            tracker = holder[0]
            tracker.update(UserUttered("one more message"))
            results.append((length, retrieve_ms, timed(lambda: asyncio.run(store.save(tracker)))))
    return results
