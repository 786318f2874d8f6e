"""What several test modules need alike: the project's paths, a Python subprocess, the plaintext canary
search, trackers for actions, and reading a conversation back from the encrypted tracker store."""
from __future__ import annotations

import asyncio
import functools
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple
from unittest import mock

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.intake.narrative import whole_account
from bot.settings import PROJECT_ROOT

DOMAIN_FILE = PROJECT_ROOT / "domain.yml"


# --- subprocesses ---------------------------------------------------------------------------------------------

def run_python(*args: str, env: Optional[Mapping[str, str]] = None, cwd: Path = PROJECT_ROOT,
               timeout: float = 60) -> subprocess.CompletedProcess:
    """`python args...` (this interpreter) with no terminal (stdin closed), its text output captured."""
    return subprocess.run([sys.executable, *args], cwd=cwd, env=None if env is None else dict(env),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


# --- the canary: no plaintext on disk -------------------------------------------------------------------------

def files_under(root: Path) -> Iterator[Path]:
    """Every regular file below `root` (for scanning for leaked plaintext)."""
    return (p for p in root.rglob("*") if p.is_file())


def files_containing(root: Path, needle: str) -> List[str]:
    """Every file under root whose bytes hold the needle (UTF-8, lower-cased UTF-8 or UTF-16), logs included."""
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le"), needle.lower().encode("utf-8")]
    return [str(p) for p in files_under(root) if any(form in p.read_bytes() for form in forms)]


# --- trackers -------------------------------------------------------------------------------------------------

def sdk_tracker(sender: str, slots: Dict[str, Any], latest_message: Dict[str, Any],
                events: Sequence[Dict[str, Any]] = (), active_loop: Optional[Dict[str, Any]] = None) -> Tracker:
    """The tracker the action server hands an action, waiting for the user (latest action: action_listen)."""
    return Tracker(sender, slots, latest_message, list(events), False, None, active_loop or {}, "action_listen")


def run_action(action: Any, tracker: Tracker) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """Runs an action as the action server would; returns its events and the messages it sent."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return events, dispatcher.messages


FIXTURES = Path(__file__).parent / "fixtures" / "trackers"


def tracker(name: str, **changes: Any) -> Tracker:
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    data["slots"].update(changes.pop("slots", {}))
    data.update(changes)
    return Tracker.from_dict(data)


@functools.lru_cache(maxsize=1)
def wording_as_trained() -> Any:
    """The WordedLike component as training on the project's NLU data makes it (no model needed)."""
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.components.worded_like import WordedLike

    return WordedLike(None, None, WordedLike.learned_from(load_data(str(PROJECT_ROOT / "data" / "nlu"))))


def wording_parse_data(text: str, intent: str = "") -> Dict[str, Any]:
    """The parse data the trained model's bot.components.worded_like adds for `text` taken for `intent`: the
    intents it is worded as, and how many of its words that intent's examples never use."""
    from rasa.shared.nlu.training_data.message import Message

    from bot.intake.wording import BESIDE_KEY, PARSE_KEY

    message = Message({"text": text, "intent": {"name": intent}})
    wording_as_trained().mark(message)
    return {PARSE_KEY: message.get(PARSE_KEY), BESIDE_KEY: message.get(BESIDE_KEY)}


def worded_like_as_trained(text: str) -> List[str]:
    """The `worded_like` parse data the trained model gives `text` (bot.components.worded_like)."""
    from bot.intake.wording import PARSE_KEY

    return wording_parse_data(text)[PARSE_KEY]


def with_message(name: str, text: str, intent: str, **slots: Any) -> Tracker:
    """The fixture with one more user message, as Rasa would send it (an event and the latest message), with what
    the trained NLU pipeline says of its wording (bot.components.worded_like)."""
    parse_data = {"text": text, "intent": {"name": intent}, "entities": [], **wording_parse_data(text, intent)}
    trk = tracker(name, slots=slots, latest_message=parse_data)
    trk.events.append({"event": "user", "text": text, "parse_data": parse_data})
    return trk


def account_after(trk: Tracker, events: Sequence[Dict[str, Any]]) -> Optional[str]:
    """The whole account, as the summary and the report read it, once an action's `events` are applied."""
    first = trk.get_slot("narrative")
    for event in events:
        if event.get("event") == "slot" and event.get("name") == "narrative":
            first = event.get("value")
    return whole_account(first, [*trk.applied_events(), *events])


def stored_account(events: Sequence[Dict[str, Any]]) -> Optional[str]:
    """The whole account in a conversation's stored events (dicts, as the tracker store keeps them)."""
    first = [event["value"] for event in events if event.get("event") == "slot" and event.get("name") == "narrative"]
    return whole_account(first[-1], events) if first else None


def catalog_text(language: str, response: str, **slots: Any) -> str:
    """A response's text in `language` as the assistant says it with these slot values: the variation whose
    condition they meet ("Your answers are kept" once `consent` is true), else the first without one."""
    from bot import catalog

    variations = [variation for variation in catalog.responses(language)[response] if not variation.get("channel")]
    meets = [variation for variation in variations if variation.get("condition") and all(
        slots.get(condition["name"]) == condition["value"] for condition in variation["condition"])]
    return (meets or [variation for variation in variations if not variation.get("condition")])[0]["text"].strip()


def responses(messages: List[Dict[str, Any]]) -> List[str]:
    return [message["response"] for message in messages]


class FakeClock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def returning(reference: str, code: str, text: str = "i found the photos", sender: str = "returning-1") -> Tracker:
    """A returning user's tracker once the follow-up form is complete."""
    return tracker("report_ready", sender_id=sender,
                   slots={"followup_reference": reference, "followup_code": code, "followup_text": text})


def read_stored_events(data_dir: Path, sender: str) -> Optional[str]:
    """The sender's conversation as the running assistant's tracker store holds it (decrypted), as JSON text;
    None when the store has no tracker for them. Reads in a thread, so it works beside Playwright's event loop."""
    def read() -> Optional[str]:
        from rasa.shared.core.domain import Domain

        from bot.tracker import EncryptedTrackerStore

        store = EncryptedTrackerStore(domain=Domain.load(str(DOMAIN_FILE)))
        tracker = asyncio.run(store.retrieve_full_tracker(sender))
        return None if tracker is None else json.dumps([event.as_dict() for event in tracker.events])

    with mock.patch.dict("os.environ", {"TESTIMONY_DATA_DIR": str(data_dir)}):
        with ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(read).result()


# --- the REST channel, in-process ------------------------------------------------------------------------------

def webhook_request(body: bytes, content_type: str = "application/json") -> Any:
    """A real Sanic request to the REST channel's webhook carrying `body`, for its parser and handler."""
    from sanic.compat import Header
    from sanic.request import Request

    request = Request(b"/webhooks/rest/webhook", Header({"content-type": content_type}), "1.1", "POST", None, None)
    request.body = body
    return request


@functools.lru_cache(maxsize=1)
def training_examples() -> frozenset:
    """Every NLU training example, casefolded: tests of understanding use wordings that are not among them."""
    import yaml

    examples = set()
    for path in (PROJECT_ROOT / "data" / "nlu").glob("*/*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            examples |= {line.strip()[2:].strip().casefold() for line in (block.get("examples") or "").splitlines()
                         if line.strip().startswith("- ")}
    return frozenset(examples)


def intents_of(agent: Any, texts: Sequence[str]) -> Dict[str, str]:
    """The intent the trained model gives each text, as the running assistant's NLU pipeline gives it."""
    async def parse_all() -> Dict[str, str]:
        return {text: (await agent.parse_message(text))["intent"]["name"] for text in texts}

    return asyncio.run(parse_all())


def trained_on(answers: Mapping[str, Sequence[str]]) -> List[str]:
    """The wordings of a test of understanding that are training examples (there must be none)."""
    return [text for texts in answers.values() for text in texts if text.casefold() in training_examples()]


def assert_understood(agent: Any, answers: Mapping[str, Sequence[str]], overall: float, per_intent: float) -> None:
    """At least `overall` of the wordings (intent -> wordings) classified as their intent, and `per_intent` of
    each intent's; the message lists every misread one."""
    predictions = intents_of(agent, [text for texts in answers.values() for text in texts])
    wrong = {text: (intent, predictions[text]) for intent, texts in answers.items() for text in texts
             if predictions[text] != intent}
    assert 1 - len(wrong) / len(predictions) >= overall, f"misread (expected, got): {wrong}"
    for intent, texts in answers.items():
        understood = sum(predictions[text] == intent for text in texts) / len(texts)
        assert understood >= per_intent, f"{intent}: {understood:.0%}; misread: {wrong}"
