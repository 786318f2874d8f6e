"""End to end over REST: the opening and the guarded paths of issue 10, with the wordings that went wrong and
wordings of our own (long, short, misspelled, romanised, several intents at once) in English, Arabic and
Ukrainian. A misunderstood message may cost a turn, never safety, words or the draft.
"""
from __future__ import annotations

import uuid
from typing import List

import pytest

from tests.assistant import RunningAssistant, payloads, texts
from tests.conversation_driver import start_and_consent

pytestmark = pytest.mark.timeout(900)

SAFETY_QUESTION = {"en": "are you somewhere safe and private", "ar": "آمن", "uk": "безпеці"}
SORRY = "Sorry, I did not understand"
UNDER_18_QUESTION = "Are you under 18 now?"


def new_sender(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex}"


def summary_after_skipping(assistant: RunningAssistant, sender: str, skips: int = 9) -> str:
    """Skips every remaining question and returns what the summary shows."""
    shown: List[str] = []
    for _ in range(skips):
        shown.append(texts(assistant.send(sender, "/skip")))
    shown.append(texts(assistant.send(sender, '/choose_contact{"contact_preference":"anonymous"}')))
    return "\n".join(shown)


def at_the_time_question(assistant: RunningAssistant, prefix: str) -> str:
    """A new conversation that has told its account and is asked "When did this happen?"."""
    sender = new_sender(prefix)
    start_and_consent(assistant, sender)
    assistant.send(sender, "they shelled the market and my uncle was hurt")
    assistant.send(sender, "/done")
    asked = texts(assistant.send(sender, '/choose_role{"role":"witness"}'))
    assert "When did this happen?" in asked, asked
    return sender


@pytest.mark.parametrize("first", [
    "مرحبا، أريد الإبلاغ عن جريمة حرب حدثت في قريتي",             # the Arabic opening that got "what counts"
    "Hello, I need help",                                            # got only the support list
    "helo i ned hlp pls",                                            # misspelled
    "what is a war crime? i think i saw one",                        # a question
    "Привіт, мені потрібна допомога, я хочу розповісти що сталося",  # Ukrainian, several intents at once
    "are you a robot",
    "who will read what i write here?",                              # got the worries and nothing after them
    "hi i need to tell someone what happend",
])
def test_any_first_message_is_answered_and_then_the_safety_question_follows(
        running_assistant: RunningAssistant, first: str) -> None:
    sender = new_sender("first")
    replies = running_assistant.send(sender, first)
    assert "/affirm" in payloads(replies) and "/deny" in payloads(replies), texts(replies)
    # ...and the next turn is the consent question, not "Sorry, I did not understand".
    consent = running_assistant.send(sender, "/affirm")
    assert SORRY not in texts(consent) and "/affirm" in payloads(consent), texts(consent)


def test_an_account_typed_at_the_safety_question_is_kept_and_offered_back(running_assistant: RunningAssistant) -> None:
    account = "mere gaon mein raat ko fauji aaye aur unhon ne mere bhai ko le gaye aur ghar jala diye"
    sender = new_sender("held")
    running_assistant.send(sender, "salam")
    kept = running_assistant.send(sender, account)
    assert "/affirm" in payloads(kept) and SORRY not in texts(kept), texts(kept)  # safety is asked again
    assert_offered_back_and_kept(running_assistant, sender, account)


def assert_offered_back_and_kept(assistant: RunningAssistant, sender: str, held: str) -> None:
    """Safe, consent: the words held before are offered back; kept, they are in the summary."""
    assistant.send(sender, "/affirm")                 # safe
    offer = texts(assistant.send(sender, "/affirm"))  # consent
    assert held in offer, offer
    assistant.send(sender, "/affirm")                 # keep it
    assistant.send(sender, "/done")
    assert held in summary_after_skipping(assistant, sender)


@pytest.mark.parametrize("first", ["hi they took my son", "مرحبا، الجنود أخذوا أخي من البيت",
                                   "i need support my sister was raped",
                                   "hello i want to report, soldiers shot my neighbour"])
def test_a_greeting_or_request_with_a_few_words_of_an_account_keeps_them(running_assistant: RunningAssistant,
                                                                          first: str) -> None:
    """Seen from outside: "hello they took my son" was greeted, and "they took my son" was not offered back."""
    sender = new_sender("greet-and-tell")
    running_assistant.send(sender, first)
    assert_offered_back_and_kept(running_assistant, sender, first)


def test_writing_on_instead_of_choosing_keeps_every_word_and_never_gets_the_offer_three_times(
        running_assistant: RunningAssistant) -> None:
    """Asked whether to keep what they wrote before consent, they go on telling, say "that's all", "idk"."""
    first = "the soldirs took my son and burned our house last spring"   # misspelled
    more = "they took all the men to the school and we heard shooting. my father never came back"
    sender = new_sender("offer")
    running_assistant.send(sender, first)
    running_assistant.send(sender, "yes")                      # safe
    offers = [running_assistant.send(sender, "ok")]            # consent: the offer of what they wrote
    for typed in (more, "that is all", "idk", "march 2022"):
        offers.append(running_assistant.send(sender, typed))
    shown = [texts(replies) for replies in offers]
    assert all(payloads(replies) == ["/affirm", "/deny"] for replies in offers), shown
    assert all(len({*shown[i:i + 3]}) > 1 for i in range(len(shown) - 2)), shown
    running_assistant.send(sender, "/affirm")                  # keep it
    running_assistant.send(sender, "/done")
    summary = summary_after_skipping(running_assistant, sender)
    assert first in summary and more in summary, summary


def test_a_long_yes_at_consent_is_not_consent(running_assistant: RunningAssistant) -> None:
    sender = new_sender("longyes")
    running_assistant.send(sender, "hi")
    running_assistant.send(sender, "/affirm")
    replies = running_assistant.send(sender, "yes ok they came at night and took my father and my two brothers")
    assert "/affirm" in payloads(replies), texts(replies)      # consent is asked again
    assert "Which of these fits you best" not in texts(replies)


@pytest.mark.parametrize("thanks", ["thank u", "thanks", "Thank you so much!"])
def test_thanks_alone_is_no_consent_and_sends_nothing(running_assistant: RunningAssistant, thanks: str) -> None:
    """A model read "thank u" as a yes and "thanks" as a no: at consent and under the summary, thanks alone is
    neither, and the question comes again."""
    sender = new_sender("thanks")
    running_assistant.send(sender, "hi")
    running_assistant.send(sender, "/affirm")                   # safe
    replies = running_assistant.send(sender, thanks)            # at consent
    assert "/affirm" in payloads(replies) and "Which of these fits you best" not in texts(replies), texts(replies)
    running_assistant.send(sender, "/affirm")                   # consent
    running_assistant.send(sender, "the checkpoint guards beat my cousin")
    running_assistant.send(sender, "/done")
    assert "the checkpoint guards beat my cousin" in summary_after_skipping(running_assistant, sender)
    again = texts(running_assistant.send(sender, thanks))      # under the summary
    assert "REF-" not in again and thanks not in again, again
    assert "REF-" in texts(running_assistant.send(sender, "/affirm"))


@pytest.mark.parametrize("typed", ["<script>alert(1)</script>", "12", "there were 14 of us in the truck"])
def test_a_small_number_never_deletes_the_draft(running_assistant: RunningAssistant, typed: str) -> None:
    sender = new_sender("number")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "the shelling started before dawn on the market")
    replies = running_assistant.send(sender, typed)
    if UNDER_18_QUESTION in texts(replies):
        assert payloads(replies) == ["/affirm", "/adult"]
        running_assistant.send(sender, "/adult")
    if "/resume" in payloads(replies):  # taken for a break (a retrained model read the markup so): the draft waits
        running_assistant.send(sender, "/resume")
    running_assistant.send(sender, "/done")
    assert "the shelling started before dawn on the market" in summary_after_skipping(running_assistant, sender)


@pytest.mark.parametrize("past_age", [
    "I was 15 when they took my father",
    "when i was a child soldiers came to our village",
    "in 2014 I was 16 and they held me at the checkpoint",
    "كنت في الخامسة عشرة عندما أخذوا أبي",
    "Мені було 15, коли забрали батька",
])
def test_an_age_in_the_past_is_part_of_the_account(running_assistant: RunningAssistant, past_age: str) -> None:
    sender = new_sender("past")
    start_and_consent(running_assistant, sender)
    replies = running_assistant.send(sender, past_age)
    assert UNDER_18_QUESTION not in texts(replies) and "0800 1111" not in texts(replies), texts(replies)
    running_assistant.send(sender, "/done")
    assert past_age in summary_after_skipping(running_assistant, sender)


def test_under_18_now_is_asked_then_said_and_can_be_undone(running_assistant: RunningAssistant) -> None:
    sender = new_sender("child")
    start_and_consent(running_assistant, sender)
    asked = running_assistant.send(sender, "i am 15")
    assert UNDER_18_QUESTION in texts(asked), texts(asked)
    child = texts(running_assistant.send(sender, "/affirm"))
    for needed in ("teacher", "social worker", "0800 1111", "999", "deleted"):
        assert needed in child, needed
    undone = running_assistant.send(sender, "I am an adult")
    assert "/affirm" in payloads(undone) and "safe" in texts(undone), texts(undone)


def test_a_place_misread_as_something_else_leaves_the_skip_button_working(running_assistant: RunningAssistant) -> None:
    sender = new_sender("place")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "they shelled the hospital")
    running_assistant.send(sender, "/done")
    running_assistant.send(sender, "/skip")                   # when
    for place in ("Sloviansk, not safe there anymore", "Mariupol"):
        replies = running_assistant.send(sender, place)
        assert texts(replies), place
    skipped = texts(running_assistant.send(sender, "/skip"))
    assert SORRY not in skipped, skipped


def test_typed_delete_everything_is_confirmed_first(running_assistant: RunningAssistant) -> None:
    sender = new_sender("delete")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "they burned the school in our street")
    asked = running_assistant.send(sender, "delete everything")
    assert "/delete_everything" in payloads(asked) and "/resume" in payloads(asked), texts(asked)
    assert "/done" not in payloads(asked), "the account's own question waits until they have answered this one"
    running_assistant.send(sender, "/resume")
    running_assistant.send(sender, "/done")
    assert "they burned the school in our street" in summary_after_skipping(running_assistant, sender)


def test_a_typed_no_to_are_you_sure_keeps_the_account_open(running_assistant: RunningAssistant) -> None:
    """Seen from outside: "no" typed to "Do you want me to delete everything?" closed the account (it answered
    "Is there anything more?") and the next question came."""
    sender = new_sender("delete-no")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "they took the men from our street to the river")
    running_assistant.send(sender, "pls delete all of this")
    kept = running_assistant.send(sender, "no")
    assert "/done" in payloads(kept), texts(kept)
    running_assistant.send(sender, "and my cousin was with them")
    running_assistant.send(sender, "/done")
    summary = summary_after_skipping(running_assistant, sender)
    assert "they took the men from our street to the river" in summary and "my cousin was with them" in summary


@pytest.mark.parametrize("later", ["maybe later", "más tarde", "im not ready", "not ready yet", "я не готова"])
def test_later_at_the_consent_question_is_a_not_now(running_assistant: RunningAssistant, later: str) -> None:
    """Seen from outside: "later" at the consent question was answered "Your answers are kept for 3 days" (there
    were none) and the question came again, instead of the "not now" it is; "I'm not ready" was read as a yes
    (0.86) and the question came again."""
    sender = new_sender("later")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    replies = texts(running_assistant.send(sender, later))
    assert "0800 555 111" in replies and "kept for 3 days" not in replies, replies


@pytest.mark.parametrize("refusal", ["i dont consent", "I do not give my consent", "no consent",
                                     "no doy mi consentimiento"])
def test_no_consent_at_the_consent_question_is_a_not_now(running_assistant: RunningAssistant, refusal: str) -> None:
    """Seen from outside: "i dont consent" at the consent question was taken for withdrawing a filed report's
    consent and asked for a report reference ("It begins with REF-") that a new person never had."""
    sender = new_sender("refusal")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    replies = texts(running_assistant.send(sender, refusal))
    assert "0800 555 111" in replies and "REF-" not in replies, replies


@pytest.mark.parametrize("ready", ["im ready", "Let's go on", "continue"])
def test_ready_at_the_consent_question_is_a_yes(running_assistant: RunningAssistant, ready: str) -> None:
    """Seen from outside: "I'm ready" to "do you want to go on?" was answered "There is nothing saved to
    continue" and the question came again."""
    sender = new_sender("ready")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    replies = running_assistant.send(sender, ready)
    assert "/skip" in payloads(replies) and "nothing saved" not in texts(replies), texts(replies)


@pytest.mark.parametrize("pause, back", [("/pause", "/resume"), ("I need a minute", "I'm back")])
def test_a_break_at_the_consent_question_is_given_and_continue_brings_the_consent_back(
        running_assistant: RunningAssistant, pause: str, back: str) -> None:
    """Seen from outside: "Take all the time you need" was followed at once by "I want to be sure I understood
    you. Do you want to go on?", and "I'm back" was read as another break."""
    sender = new_sender("consent-break")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    paused = running_assistant.send(sender, pause)
    assert "Take all the time you need" in texts(paused) and "/affirm" not in payloads(paused), texts(paused)
    again = running_assistant.send(sender, back)
    assert "/tell_me_more" in payloads(again) and "nothing saved" not in texts(again), texts(again)


@pytest.mark.parametrize("typed", ["yes, they took my son", "نعم، خطفوا ابني", "ok, they burned our village"])
def test_a_yes_with_a_few_words_of_an_account_at_consent_keeps_them(running_assistant: RunningAssistant,
                                                                    typed: str) -> None:
    """Seen from outside: "yes, they took my son" at the consent question was asked again without a word about
    what it told, and "they took my son" was not offered back once the account began. A model may also hear
    danger now in "they kidnapped my son" (one trained on 2026-12-07 did): the danger answer and the choices come
    first then, and the words are offered back all the same."""
    sender = new_sender("yes-and-tell")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")                     # safe
    replies = running_assistant.send(sender, typed)               # at the consent question
    if "call 999" in texts(replies):                              # heard as danger now: "Go on" to the consent
        assert payloads(replies)[-3:] == ["/delete_everything", "/pause", "/resume"], texts(replies)
        replies = running_assistant.send(sender, "/resume")
    else:
        assert "I have kept what you wrote" in texts(replies), texts(replies)
    assert "/affirm" in payloads(replies) and "/tell_me_more" in payloads(replies), texts(replies)
    offer = texts(running_assistant.send(sender, "/affirm"))      # consent
    assert typed in offer, offer
    running_assistant.send(sender, "/affirm")                     # keep it
    running_assistant.send(sender, "/done")
    assert typed in summary_after_skipping(running_assistant, sender)


@pytest.mark.parametrize("typed", ["they took my brother last year and we never found him",
                                   "soldiers beat my father infront of us in 2015",
                                   "i saw them burn the houses on our street"])
def test_words_of_an_account_at_the_choices_after_danger_are_said_to_be_kept(running_assistant: RunningAssistant,
                                                                              typed: str) -> None:
    """Seen from outside: an account typed at the choices after "I am not safe" got "Sorry, I am not sure what you
    meant"; its words were held all along. Now the person is told so, the choices come again, and the words are
    offered back once they have consented."""
    sender = new_sender("choices-tell")
    running_assistant.send(sender, "hello")
    choices = running_assistant.send(sender, "/deny")             # not safe: the choices
    assert payloads(choices)[-3:] == ["/delete_everything", "/pause", "/resume"], texts(choices)
    replies = running_assistant.send(sender, typed)
    assert "I have kept what you wrote" in texts(replies) and "not sure" not in texts(replies), texts(replies)
    assert payloads(replies)[-3:] == ["/delete_everything", "/pause", "/resume"], texts(replies)
    consent = running_assistant.send(sender, "/resume")
    assert "/affirm" in payloads(consent), texts(consent)
    offer = texts(running_assistant.send(sender, "/affirm"))
    assert typed in offer, offer


@pytest.mark.parametrize("typed", ["yes, but i don't want to say my name", "ok but keep my name out of it"])
def test_yes_without_my_name_at_the_consent_question_is_answered_and_asked_again(
        running_assistant: RunningAssistant, typed: str) -> None:
    """A yes on a condition is neither a yes nor a no: the name is never needed, and consent is asked again
    (it had been taken for "I'd rather not say", a refusal, or held as words of an account)."""
    sender = new_sender("nameless")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    replies = running_assistant.send(sender, typed)
    shown = texts(replies)
    assert "you do not have to give it" in shown and payloads(replies) == ["/affirm", "/deny"], shown
    assert "/skip" in payloads(running_assistant.send(sender, "/affirm"))


@pytest.mark.parametrize("asked, answer", [
    # "yes" typed to "Do you want me to delete everything?" was taken by the account's own question.
    ("delete everything", "yes"),
    # "delete" typed to "keep your answers, or delete everything?" was asked "are you sure?" once more.
    ("stop", "delete"),
])
def test_a_typed_answer_that_deletes_deletes(running_assistant: RunningAssistant, asked: str, answer: str) -> None:
    """Seen from outside: a typed answer choosing to delete deleted nothing."""
    sender = new_sender("typed-delete")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "they took the men from our street to the river")
    running_assistant.send(sender, asked)
    deleted = texts(running_assistant.send(sender, answer))
    assert "has been deleted" in deleted, deleted


def test_a_yes_after_delete_was_asked_at_the_consent_question_is_not_consent(
        running_assistant: RunningAssistant) -> None:
    """Seen from outside: "delete everything" at the consent question was asked about, the consent question came
    again in the same turn, and "yes" began the report: a yes to two questions answers neither."""
    sender = new_sender("consent-delete")
    running_assistant.send(sender, "hello")
    running_assistant.send(sender, "/affirm")
    running_assistant.send(sender, "delete everything")
    again = running_assistant.send(sender, "yes")
    assert "/affirm" in payloads(again) and "/skip" not in payloads(again), texts(again)


@pytest.mark.parametrize("told, answered", [
    ("they took my son. i need a break", "Take all the time you need"),
    ("They raped me. Where can I get help?", "Samaritans"),
    ("they bombed the hospital where my sister worked. is this a war crime?", "what kind of crime it was"),
    ("where can i get help they burned our house", "Samaritans"),
    ("i need a break, soldiers beat my brother", "Take all the time you need"),
])
def test_an_account_told_with_a_request_is_kept_and_the_request_answered(running_assistant: RunningAssistant,
                                                                         told: str, answered: str) -> None:
    """Seen from outside: "they took my son. i need a break" paused the report and lost "they took my son"; kept,
    it then no longer paused at all. Both now: the request answered, the words in the account."""
    sender = new_sender("told-and-asked")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, "soldiers came to our street at night")
    replies = texts(running_assistant.send(sender, told))
    assert answered in replies, replies
    running_assistant.send(sender, "/resume")
    running_assistant.send(sender, "/done")
    assert told in summary_after_skipping(running_assistant, sender)


@pytest.mark.parametrize("answer, answered", [
    ("Last spring, after Easter. I need a break.", ("Take all the time you need",)),
    # Read as asking for support, or as distress, whose answer offers a break or support.
    ("in the spring i think. where can i get help", ("Samaritans", "talk to someone who can support you")),
])
def test_an_answer_typed_with_a_request_is_kept_as_the_answer_and_the_request_answered(
        running_assistant: RunningAssistant, answer: str, answered: tuple) -> None:
    """Seen from outside: "Last spring. I need a break." at "When did this happen?" either gave the break and lost
    the answer, or kept it and gave no break. Both now, and the next question follows the break."""
    sender = at_the_time_question(running_assistant, "answer-and-ask")
    replies = texts(running_assistant.send(sender, answer))
    assert any(answer_text in replies for answer_text in answered), replies
    resumed = texts(running_assistant.send(sender, "/resume"))
    assert "Where did it happen?" in resumed, resumed
    assert answer in summary_after_skipping(running_assistant, sender, skips=7)


@pytest.mark.parametrize("first, then", [
    ("they came at night and took my husband", "and then they burned the house"),
    ("they beat my father to death in front of me and i cant stop crying", "it was in the square by the mosque"),
])
def test_an_account_begun_on_a_detour_is_never_replaced(running_assistant: RunningAssistant, first: str,
                                                        then: str) -> None:
    """Seen from outside: the first message, taken for distress (the break was offered), was kept as the start of
    the account, and the next one replaced it; the summary showed only "and then they burned the house". However
    the first message is read, both are in the account (tests/test_account_begun_on_a_detour.py)."""
    sender = new_sender("detour")
    start_and_consent(running_assistant, sender)
    running_assistant.send(sender, first)
    running_assistant.send(sender, then)
    running_assistant.send(sender, "/done")
    summary = summary_after_skipping(running_assistant, sender)
    assert first in summary and then in summary, summary


@pytest.mark.parametrize("leaving", ["gotta go", "sorry i must leave now", "ok bye, i have to go", "Bye!!"])
def test_a_goodbye_at_a_question_keeps_the_draft_and_is_no_answer(running_assistant: RunningAssistant,
                                                                  leaving: str) -> None:
    """Seen from outside: "gotta go" at "When did this happen?" was kept as the answer and the next question asked
    of someone leaving. Now the draft is kept as for a break, and continue asks the question again."""
    sender = at_the_time_question(running_assistant, "leaving")
    replies = texts(running_assistant.send(sender, leaving))
    assert "Your answers are kept" in replies and "Where did it happen?" not in replies, replies
    resumed = texts(running_assistant.send(sender, "/resume"))
    assert "When did this happen?" in resumed, resumed
    summary = summary_after_skipping(running_assistant, sender, skips=8)
    assert "shelled the market" in summary and leaving not in summary, summary


def test_asking_plainly_to_add_to_a_report_at_the_consent_question_starts_it(
        running_assistant: RunningAssistant) -> None:
    """The follow-up form starts at the consent question only when asked for plainly (tests/test_followup_at_the
    _intake.py has the messages merely taken for it, which are answered there instead)."""
    sender = new_sender("add-at-consent")
    running_assistant.send(sender, "hello")
    consent = running_assistant.send(sender, "/affirm")
    assert "/affirm" in payloads(consent), texts(consent)
    replies = texts(running_assistant.send(sender, "I already reported, I want to add something to my report"))
    assert "report reference" in replies, replies
