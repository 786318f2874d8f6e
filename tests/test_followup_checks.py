"""Checking a reference and follow-up code: the same work whatever is wrong, bounded memory, bounded rates."""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.followup import ActionReadFollowupDetails
from bot.crypto import kdf
from bot.reports import ReportStore, UnknownFollowUpCode, codes
from bot.reports.attempts import AttemptPolicy, FollowupAttemptLimiter
from tests.crypto_fixtures import FAST_SCRYPT, make_store, sample_report
from tests.helpers import run_action as run
from tests.helpers import FakeClock, responses, returning, with_message


@pytest.fixture()
def scrypt_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list]:
    """Every scrypt derivation in this process, recorded (the real one still runs)."""
    calls: list = []
    real = kdf.Scrypt

    def counting(**kwargs: Any) -> Any:
        calls.append(kwargs["n"])
        return real(**kwargs)

    monkeypatch.setattr(kdf, "Scrypt", counting)
    yield calls


@pytest.fixture()
def filed_store(tmp_path: Path) -> tuple[ReportStore, Any]:
    codes.dummy_verifier.cache_clear()  # as in a fresh process: the store must make it when it starts
    store, _ = make_store(tmp_path)
    return store, store.file(sample_report(), "conversation-1")


# ----- the same work whatever is wrong ------------------------------------------------------------------------

def test_every_check_costs_exactly_one_scrypt_whatever_is_wrong(filed_store: tuple, scrypt_calls: list) -> None:
    """Counting scrypt calls, not the clock: a wrong code, a reference that does not exist, another
    report's reference and the right pair each cost one. (Measured by hand with production parameters:
    see the report of issue 11.)"""
    store, receipt = filed_store
    other = store.file(sample_report("another"), "conversation-2")
    scrypt_calls.clear()
    digits = receipt.followup_code.replace(" ", "")
    wrong_code = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    neighbour = receipt.reference[:-1] + ("Y" if receipt.reference.endswith("Z") else "Z")
    wrong = [(receipt.reference, wrong_code), ("REF-ZZZZZZZZZZ", digits), ("REF-ZZZZZZZZZZ", wrong_code),
             (other.reference, digits), (neighbour, digits)]
    for reference, code in wrong:
        before = len(scrypt_calls)
        with pytest.raises(UnknownFollowUpCode):
            store.add_to_report(reference, code, {"x": 1})
        assert len(scrypt_calls) - before == 1, (reference, code)
    before = len(scrypt_calls)
    assert store.add_to_report(receipt.reference, receipt.followup_code, {"x": 1}) == receipt.reference
    assert len(scrypt_calls) - before == 1


def test_the_dummy_verifier_is_made_once_when_the_store_starts(tmp_path: Path, scrypt_calls: list) -> None:
    make_store(tmp_path)  # keys (their own scrypt) and a first store
    codes.dummy_verifier.cache_clear()  # as in a fresh process
    scrypt_calls.clear()
    first = ReportStore(tmp_path, scrypt=FAST_SCRYPT)
    assert len(scrypt_calls) == 1  # the dummy, before any check
    ReportStore(tmp_path, scrypt=FAST_SCRYPT)
    assert len(scrypt_calls) == 1  # once per process, not per store
    with pytest.raises(UnknownFollowUpCode):
        first.add_to_report("REF-ZZZZZZZZZZ", "1234 5678 9012 3456", {"x": 1})
    assert len(scrypt_calls) == 2


def test_malformed_input_is_refused_before_any_scrypt(filed_store: tuple, scrypt_calls: list) -> None:
    """The formats are public, so refusing them early tells nothing."""
    store, receipt = filed_store
    scrypt_calls.clear()
    for reference, code in (("", receipt.followup_code), ("REF-0000000000", receipt.followup_code),
                            (receipt.reference, "1234"), (receipt.reference, "one two three")):
        with pytest.raises(UnknownFollowUpCode):
            store.add_to_report(reference, code, {"x": 1})
    assert scrypt_calls == []


@pytest.mark.parametrize("typed", ["REF-7KQ2M9XP4D", "ref-7kq2m9xp4d", "  Ref 7KQ2 M9XP 4D. ", "7kq2-m9xp-4d",
                                   "ＲＥＦ－７ＫＱ２Ｍ９ＸＰ４Ｄ", "REF\u20137KQ2M9XP4D"])
def test_a_reference_is_read_however_it_was_typed(typed: str) -> None:
    assert codes.normalize_reference(typed) == "REF-7KQ2M9XP4D"


def test_a_reference_whose_letters_begin_with_ref_is_kept_whole() -> None:
    assert codes.normalize_reference("REFQ2M9XP4") == "REF-REFQ2M9XP4"
    assert codes.normalize_reference("ref-refq2m9xp4") == "REF-REFQ2M9XP4"


@pytest.mark.parametrize("typed", ["", "REF-", "REF-7KQ2M9XP40", "REF-7KQ2/M9XP4D", "my reference", "REF-7KQ2M9XP4DD",
                                   "REF-7KQ2M9XP", None, 42,
                                   "REF-7KQ2M9XP4D 1234 5678 9012 3456"])
def test_what_is_not_a_reference_is_refused(typed: object) -> None:
    assert codes.normalize_reference(typed) is None


@pytest.mark.parametrize("message, reference, code", [
    ("i want to add to my report, ref 7KQ2M9XP4D code 7438374546976380", "REF-7KQ2M9XP4D", "7438374546976380"),
    ("REF-7KQ2M9XP4D 7438 3745 4697 6380", "REF-7KQ2M9XP4D", "7438374546976380"),
    ("my reference is ref-7kq2m9xp4d, i lost the code", "REF-7KQ2M9XP4D", None),
    ("withdraw please, code 7438-3745-4697-6380", None, "7438374546976380"),
    ("أريد سحب موافقتي ٧٤٣٨٣٧٤٥٤٦٩٧٦٣٨٠", None, "7438374546976380"),
    # Words of ten letters, a phone number and a longer number are neither.
    ("strawberry everything", None, None), ("call me on 07700900123", None, None), ("12345678901234567", None, None),
    # Two different ones say nothing about which is theirs.
    ("REF-7KQ2M9XP4D or REF-ABCD2345EF, 1111222233334444 or 5555666677778888", None, None),
])
def test_a_reference_and_a_code_are_found_inside_a_sentence(message: str, reference: object, code: object) -> None:
    assert codes.find_reference(message) == reference
    assert codes.find_followup(message) == code


@pytest.mark.parametrize("intent, active_loop, expected", [
    ("followup", None, [SlotSet("followup_reference", "REF-7KQ2M9XP4D"), SlotSet("followup_code", "7438374546976380")]),
    ("withdraw", None, [SlotSet("followup_reference", "REF-7KQ2M9XP4D"), SlotSet("followup_code", "7438374546976380")]),
    ("inform", None, []),             # an account that mentions numbers does not start anything
    ("followup", "followup_form", []),  # the form's own questions take their answers themselves
])
def test_the_message_that_starts_the_follow_up_fills_its_reference_and_code(intent: str, active_loop: object,
                                                                            expected: list) -> None:
    """Seen from outside: "i want to add to my report, ref ... code ..." was asked for both again, one by one."""
    trk = with_message("report_ready", "add to my report please, ref 7KQ2M9XP4D code 7438 3745 4697 6380", intent)
    trk.active_loop = {"name": active_loop} if active_loop else {}
    events, messages = run(ActionReadFollowupDetails(), trk)
    assert events == expected and messages == []


@pytest.mark.parametrize("typed", ["i want to withdraw my report", "withdraw"])
def test_a_plain_request_to_withdraw_is_not_asked_what_to_add(typed: str) -> None:
    """Seen from outside: "i want to withdraw my report" was asked for the reference and code, then "What would
    you like to add to your report?", as if the request had not been heard."""
    trk = with_message("report_ready", typed, "withdraw")
    trk.active_loop = {}
    events, _ = run(ActionReadFollowupDetails(), trk)
    assert events == [SlotSet("followup_text", "withdraw_consent")]


def test_a_long_message_taken_for_withdraw_is_not_a_withdrawal() -> None:
    text = "they said that if i do not withdraw my statement they will hurt my mother and my little sister again"
    trk = with_message("report_ready", text, "withdraw")
    trk.active_loop = {}
    events, _ = run(ActionReadFollowupDetails(), trk)
    assert events == []


# ----- bounded memory -------------------------------------------------------------------------------------

def test_no_more_than_the_bound_of_scrypts_run_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    running, most, lock = [0], [0], threading.Lock()

    class SlowScrypt:
        def __init__(self, **kwargs: Any) -> None:
            pass

        def derive(self, secret: bytes) -> bytes:
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.05)
            with lock:
                running[0] -= 1
            return b"\0" * 32

    monkeypatch.setattr(kdf, "Scrypt", SlowScrypt)
    params = kdf.ScryptParams(n=16)
    threads = [threading.Thread(target=params.derive, args=(b"code", b"salt")) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == kdf.MAX_CONCURRENT_SCRYPT


# ----- bounded rates --------------------------------------------------------------------------------------

def test_three_tries_then_waits_that_double_up_to_an_hour() -> None:
    clock = FakeClock()
    limiter = FollowupAttemptLimiter(clock=clock)
    assert [limiter.admit("c") for _ in range(4)] == [True, True, True, False]
    waits = []
    for _ in range(8):
        start = clock.now
        while not limiter.admit("c"):
            clock.now += 1
        waits.append(clock.now - start)
    assert waits[:3] == [60, 120, 240] and waits[-2:] == [3600, 3600]


def test_asking_while_asked_to_wait_does_not_make_the_wait_longer() -> None:
    clock = FakeClock()
    limiter = FollowupAttemptLimiter(clock=clock)
    for _ in range(3):
        limiter.admit("c")
    for _ in range(50):
        clock.now += 1
        assert not limiter.admit("c")
    clock.now += 10
    assert limiter.admit("c")


def test_a_success_gives_the_conversation_its_tries_back() -> None:
    limiter = FollowupAttemptLimiter(clock=FakeClock())
    assert limiter.admit("c") and limiter.admit("c")
    limiter.record_success("c")
    assert [limiter.admit("c") for _ in range(4)] == [True, True, True, False]


def test_the_whole_process_has_a_budget_that_new_conversations_cannot_escape() -> None:
    clock = FakeClock()
    limiter = FollowupAttemptLimiter(AttemptPolicy(global_attempts=5, global_window=60), clock=clock)
    assert all(limiter.admit(f"conversation-{i}") for i in range(5))
    assert not limiter.admit("a-fresh-conversation")
    clock.now += 60
    assert limiter.admit("a-fresh-conversation")


def test_remembered_conversations_are_bounded() -> None:
    limiter = FollowupAttemptLimiter(AttemptPolicy(free_attempts=1, conversations_remembered=2), clock=FakeClock())
    assert limiter.admit("a") and not limiter.admit("a")
    limiter.admit("b")
    limiter.admit("c")  # "a" is forgotten: the oldest, and only its free try comes back
    assert limiter.admit("a") and not limiter.admit("a")


# ----- the conversation ---------------------------------------------------------------------------------

@pytest.fixture()
def conversation_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ReportStore, Any]:
    store, _ = make_store(tmp_path)
    monkeypatch.setattr(ReportStore, "from_environment", classmethod(lambda cls: store))
    monkeypatch.setattr("actions.report.FOLLOWUP_ATTEMPTS", FollowupAttemptLimiter(clock=FakeClock()))
    return store, store.file(sample_report(), "conversation-1")


@pytest.mark.parametrize("wrong_reference", ["REF-ZZZZZZZZZZ", None])
def test_after_three_wrong_tries_even_the_right_pair_waits_calmly(conversation_store: tuple, scrypt_calls: list,
                                                                  wrong_reference: Any) -> None:
    """A reference that does not exist is charged exactly like a real one with a wrong code."""
    from actions.report import ActionAddToReport

    store, receipt = conversation_store
    reference = wrong_reference or receipt.reference
    for _ in range(3):
        _, messages = run(ActionAddToReport(), returning(reference, "1111 2222 3333 4444"))
        assert responses(messages) == ["utter_followup_code_unknown"]
    scrypt_calls.clear()
    events, messages = run(ActionAddToReport(), returning(receipt.reference, receipt.followup_code, "more"))
    assert responses(messages) == ["utter_followup_try_later"]
    assert scrypt_calls == [] and not (store.layout.reports_dir / receipt.reference / "addenda").exists()
    assert {event["name"] for event in events} == {"followup_reference", "followup_code"}  # the words are kept


def test_another_conversation_is_not_made_to_wait(conversation_store: tuple) -> None:
    from actions.report import ActionAddToReport

    _, receipt = conversation_store
    for _ in range(3):
        run(ActionAddToReport(), returning(receipt.reference, "1111 2222 3333 4444", sender="guesser"))
    _, messages = run(ActionAddToReport(), returning(receipt.reference, receipt.followup_code, sender="owner"))
    assert responses(messages) == ["utter_followup_added"]


# ----- the form ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("intent", ["inform", "nlu_fallback", "dont_know", "skip"])
def test_the_form_takes_a_reference_however_it_was_typed_and_classified(intent: str) -> None:
    """Random letters and digits get whatever intent the model guesses, a skip or "I don't know" included."""
    from actions.forms import ValidateFollowupForm

    trk = with_message("report_ready", "ref 7kq2 m9xp 4d", intent, requested_slot="followup_reference")
    assert ValidateFollowupForm().validate_followup_reference("ref 7kq2 m9xp 4d", CollectingDispatcher(), trk, {}) \
        == {"followup_reference": "REF-7KQ2M9XP4D"}


def test_a_mistyped_reference_is_asked_for_once_more_then_the_form_ends() -> None:
    from actions.forms import ValidateFollowupForm

    asked = {"event": "bot", "metadata": {"utter_action": "utter_ask_followup_reference"}}
    first = with_message("report_ready", "my report number", "inform", requested_slot="followup_reference")
    first.events.insert(-1, asked)
    dispatcher = CollectingDispatcher()
    assert ValidateFollowupForm().validate_followup_reference("my report number", dispatcher, first, {}) == {
        "followup_reference": None}
    assert dispatcher.messages == []  # the form asks again, and the question explains the format

    second = with_message("report_ready", "REF-1234", "inform", requested_slot="followup_reference")
    second.events[-1:-1] = [asked, asked]
    dispatcher = CollectingDispatcher()
    assert ValidateFollowupForm().validate_followup_reference("REF-1234", dispatcher, second, {}) == {
        "followup_reference": None, "requested_slot": None}
    assert responses(dispatcher.messages) == ["utter_followup_code_unknown"]


def test_not_having_the_reference_ends_the_form_kindly() -> None:
    from actions.forms import ValidateFollowupForm

    trk = with_message("report_ready", "/dont_know", "dont_know", requested_slot="followup_reference")
    dispatcher = CollectingDispatcher()
    assert ValidateFollowupForm().validate_followup_reference("/dont_know", dispatcher, trk, {}) == {
        "followup_reference": None, "requested_slot": None}
    assert responses(dispatcher.messages) == ["utter_followup_code_unknown"]


def test_asking_to_withdraw_wins_over_words_kept_from_a_try_that_did_not_match() -> None:
    from actions.forms import WITHDRAW_CONSENT, ValidateFollowupForm

    trk = with_message("report_ready", "I want to withdraw my consent", "withdraw", requested_slot=None,
                       followup_text="the photos are on a USB stick")
    assert ValidateFollowupForm().validate_followup_text("the photos are on a USB stick", CollectingDispatcher(),
                                                         trk, {}) == {"followup_text": WITHDRAW_CONSENT}
    kept = "the photos are on a USB stick"
    resumed = with_message("report_ready", "continue", "resume", requested_slot=None, followup_text=kept)
    assert ValidateFollowupForm().validate_followup_text(kept, CollectingDispatcher(), resumed, {}) == {
        "followup_text": kept}


@pytest.mark.parametrize("text", ["my brother wants to withdraw from the army, they took his papers",
                                  "they withdrew at dawn", "he cancelled the meeting with them"])
def test_an_addition_only_taken_for_withdrawing_is_added_and_withdraws_nothing(text: str) -> None:
    from actions.forms import ValidateFollowupForm

    trk = with_message("report_ready", text, "withdraw", requested_slot="followup_text")
    assert ValidateFollowupForm().validate_followup_text(text, CollectingDispatcher(), trk, {}) == {
        "followup_text": text}


@pytest.mark.parametrize("intent", ["inform", "dont_know", "skip"])
def test_a_code_is_taken_whatever_its_digits_were_classified_as(intent: str) -> None:
    from actions.forms import ValidateFollowupForm

    trk = with_message("report_ready", "1234-5678-9012-3456", intent, requested_slot="followup_code")
    assert ValidateFollowupForm().validate_followup_code("1234-5678-9012-3456", CollectingDispatcher(), trk, {}) \
        == {"followup_code": "1234567890123456"}
