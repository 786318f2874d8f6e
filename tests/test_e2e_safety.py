"""End to end over REST, in English, Arabic and Ukrainian: danger to life comes before the report.

Self-harm typed as the account gets 999 and Samaritans at once and the account survives into the summary; "no,
he is in the next room" at the safety question gets 999 and the choices, never the consent text; a "yes" about
someone responsible in the UK gets a safety note before the next question.
"""
from __future__ import annotations

import uuid

import pytest

from bot.catalog.bidi import strip_isolates
from tests.assistant import RunningAssistant, payloads, texts
from tests.conversation_driver import start_and_consent
from tests.helpers import catalog_text

pytestmark = pytest.mark.timeout(900)

LANGUAGES = ("en", "ar", "uk")
OPENING = {
    "en": "hello, I want to report what happened to my family",
    "ar": "مرحبا، أريد أن أبلغ عن شيء حدث لعائلتي في حلب",
    "uk": "Добрий день, я хочу повідомити про те, що сталося з моєю родиною",
}
NOT_SAFE = {
    "en": "no, he is in the next room",
    "ar": "لا، هو في الغرفة المجاورة",
    "uk": "ні, він у сусідній кімнаті",
}
SELF_HARM_ACCOUNT = {
    "en": "They burned our house and took my brother away. I don't want to live anymore, I want to end my life",
    "ar": "أحرقوا بيتنا وأخذوا أخي. لا أريد أن أعيش بعد الآن، أريد أن أنهي حياتي",
    "uk": "Вони спалили наш будинок і забрали брата. Я не хочу більше жити, хочу покінчити з собою",
}
ACCOUNT = {
    "en": "soldiers came to the village at night",
    "ar": "جاء الجنود إلى القرية في الليل",
    "uk": "солдати прийшли в село вночі",
}
DANGER_NOW = {
    "en": "they are outside my door now",
    "ar": "إنهم خارج بابي الآن",
}
CHOICES = ["/delete_everything", "/pause", "/resume"]
# A break asked for at the safety question, and coming back from it (wordings of our own, not examples).
BREAK_AND_BACK = {
    "en": ("can we stop for a moment please", "ok i am back now"),
    "ar": ("ممكن نتوقف قليلا من فضلك", "رجعت، لنكمل"),
    "uk": ("можна трохи зупинитися, будь ласка", "я повернулася, продовжимо"),
}
SKIPPED_FOLLOW_UPS = ("/skip",) * 9 + ('/choose_contact{"contact_preference":"anonymous"}',)


def said(replies: list) -> str:
    return strip_isolates(texts(replies))


def sender(kind: str, language: str) -> str:
    return f"safety-{kind}-{language}-{uuid.uuid4().hex}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_self_harm_typed_as_the_account_is_answered_and_the_account_is_kept(running_assistant: RunningAssistant,
                                                                          language: str) -> None:
    user = sender("self-harm", language)
    start_and_consent(running_assistant, user, OPENING[language])

    replies = running_assistant.send(user, SELF_HARM_ACCOUNT[language])
    shown = said(replies)
    assert "116 123" in shown and "999" in shown and "111" in shown, shown
    assert catalog_text(language, "utter_self_harm_support") in shown
    assert payloads(replies) == CHOICES

    going_on = said(running_assistant.send(user, "/resume"))
    assert catalog_text(language, "utter_ask_narrative_done") in going_on
    running_assistant.send(user, "/done")
    for answer in SKIPPED_FOLLOW_UPS:
        summary = said(running_assistant.send(user, answer))
    assert SELF_HARM_ACCOUNT[language] in summary
    assert catalog_text(language, "utter_ask_report_confirmed") in summary


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_safe_at_the_safety_question_gets_999_and_the_choices_not_the_consent(
        running_assistant: RunningAssistant, language: str) -> None:
    user = sender("not-safe", language)
    first = said(running_assistant.send(user, OPENING[language]))
    assert catalog_text(language, "utter_ask_safe_now") in first

    replies = running_assistant.send(user, NOT_SAFE[language])
    shown = said(replies)
    assert "999" in shown and catalog_text(language, "utter_immediate_danger") in shown, shown
    assert payloads(replies) == CHOICES
    assert catalog_text(language, "utter_ask_consent") not in shown

    assert catalog_text(language, "utter_ask_consent") in said(running_assistant.send(user, "/resume"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_yes_about_someone_responsible_in_the_uk_gets_a_safety_note_first(running_assistant: RunningAssistant,
                                                                           language: str) -> None:
    user = sender("in-uk", language)
    start_and_consent(running_assistant, user, OPENING[language])
    running_assistant.send(user, ACCOUNT[language])
    running_assistant.send(user, "/done")
    running_assistant.send(user, '/choose_role{"role":"witness"}')
    for answer in ("/skip", "/skip", "/skip"):
        asked = said(running_assistant.send(user, answer))
    assert catalog_text(language, "utter_ask_perpetrator_in_uk") in asked

    shown = said(running_assistant.send(user, "/affirm"))
    note, next_question = (catalog_text(language, "utter_perpetrator_in_uk_safety"),
                           catalog_text(language, "utter_ask_others_involved"))
    assert note in shown and next_question in shown and "999" in note
    assert shown.index(note) < shown.index(next_question)


def test_the_choices_after_danger_keep_the_draft_or_leave(running_assistant: RunningAssistant) -> None:
    """"Save for later" keeps the draft to resume; "Leave now" deletes it."""
    user = sender("choices", "en")
    start_and_consent(running_assistant, user)
    running_assistant.send(user, "they took my father from the checkpoint")
    danger = said(running_assistant.send(user, "hes outside the door right now"))
    assert "999" in danger and "Escape" in danger
    assert catalog_text("en", "utter_paused", consent=True) in said(running_assistant.send(user, "/pause"))
    resumed = said(running_assistant.send(user, "/resume"))
    assert catalog_text("en", "utter_ask_narrative_done") in resumed
    assert catalog_text("en", "utter_deleted") in said(running_assistant.send(user, "/delete_everything"))
    assert catalog_text("en", "utter_nothing_to_resume") in said(running_assistant.send(user, "/resume"))


@pytest.mark.parametrize("language, unclear", [("en", ("ok", "yes", "hmm ok")), ("ar", ("ممم", "اممم", "هممم")),
                                               ("en", ("?", "...", "!!"))])
def test_an_unclear_answer_to_the_choices_after_danger_gets_the_choices_again_not_a_dead_end(
        running_assistant: RunningAssistant, language: str, unclear: tuple) -> None:
    """"ok" after 999 and the three choices: the choices again (never "Sorry" alone), the third time how to choose
    (rule 20), and the draft is still there to save."""
    user = sender("unclear-choices", language)
    start_and_consent(running_assistant, user, OPENING[language])
    running_assistant.send(user, ACCOUNT[language])
    assert payloads(running_assistant.send(user, DANGER_NOW[language])) == CHOICES

    first = running_assistant.send(user, unclear[0])
    assert payloads(first) == CHOICES
    assert catalog_text(language, "utter_not_understood_choices_again") in said(first)
    second = running_assistant.send(user, unclear[1])
    assert catalog_text(language, "utter_not_understood_how_to_choose") in said(second), said(second)
    assert payloads(running_assistant.send(user, unclear[2])) == CHOICES

    assert catalog_text(language, "utter_paused", consent=True) in said(running_assistant.send(user, "/pause"))
    assert catalog_text(language, "utter_ask_narrative_done") in said(running_assistant.send(user, "/resume"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_break_at_the_safety_question_is_a_break_and_coming_back_asks_it_again(
        running_assistant: RunningAssistant, language: str) -> None:
    """Seen from outside: a break asked for at the safety question got "Your answers are kept" (there were none)
    and the question again at once; then "continue", as it said to, got "There is nothing saved to continue"."""
    user = sender("break-at-safety", language)
    assert catalog_text(language, "utter_ask_safe_now") in said(running_assistant.send(user, OPENING[language]))
    paused = said(running_assistant.send(user, BREAK_AND_BACK[language][0]))
    assert catalog_text(language, "utter_paused") in paused, paused
    assert catalog_text(language, "utter_paused", consent=True) not in paused
    assert catalog_text(language, "utter_ask_safe_now") not in paused
    back = said(running_assistant.send(user, BREAK_AND_BACK[language][1]))
    assert catalog_text(language, "utter_nothing_to_resume") not in back, back
    assert catalog_text(language, "utter_ask_safe_now") in back, back


def test_shooting_outside_now_typed_as_a_yes_at_consent_gets_the_danger_answer_and_keeps_the_words(
        running_assistant: RunningAssistant) -> None:
    """Seen from outside: "yes, they are shooting outside right now" at the consent question was kept as the start
    of an account, and nothing was said about 999 or leaving quickly (the safety net had no words for shooting)."""
    user = sender("under-fire", "en")
    running_assistant.send(user, "hello")
    running_assistant.send(user, "/affirm")
    typed = "yes, they're shooting outside our building right now"
    replies = running_assistant.send(user, typed)
    assert catalog_text("en", "utter_immediate_danger") in said(replies) and payloads(replies)[-3:] == CHOICES
    running_assistant.send(user, "/resume")
    assert typed in said(running_assistant.send(user, "/affirm"))  # offered back once they consent


def test_save_for_later_at_the_safety_question_keeps_it_open_until_go_on(running_assistant: RunningAssistant) -> None:
    user = sender("later", "en")
    running_assistant.send(user, "hello")
    running_assistant.send(user, "/deny")
    paused = running_assistant.send(user, "/pause")
    assert catalog_text("en", "utter_paused") in said(paused) and payloads(paused)[-3:] == CHOICES
    assert catalog_text("en", "utter_ask_consent") in said(running_assistant.send(user, "/resume"))


PAST_DANGER = {
    "en": ("they came at night", "they came"),
    "ar": ("جاؤوا في الليل", "جاؤوا"),
    "uk": ("вони прийшли вночі", "вони прийшли"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_short_accounts_of_past_danger_keep_the_report_going_and_every_word(running_assistant: RunningAssistant,
                                                                            language: str) -> None:
    """Whatever the classifier makes of "they came at night", the report is not paused for it and it is kept.

    A misreading may cost a question ("Do you want me to delete everything?" has buttons of its own); it never
    pauses the report, offers the choices after danger, or loses the words.
    """
    user = sender("past-danger", language)
    start_and_consent(running_assistant, user, OPENING[language])
    for account in PAST_DANGER[language]:
        replies = running_assistant.send(user, account)
        shown = said(replies)
        for detour in ("utter_ask_safe_to_go_on", "utter_paused", "utter_ask_keep_or_delete"):
            assert catalog_text(language, detour, consent=True) not in shown, (account, shown)
        assert "/done" in payloads(replies), (account, shown)
    running_assistant.send(user, "/done")
    for answer in SKIPPED_FOLLOW_UPS:
        summary = said(running_assistant.send(user, answer))
    assert catalog_text(language, "utter_ask_report_confirmed") in summary
    for account in PAST_DANGER[language]:
        assert account in summary


# Asking and telling at once, in words of our own, each longer than a request (16 words or more): each may be taken
# for a request for support, a question about what counts, or distress; none of them is a training example.
ASKING_AND_TELLING = {
    "en": ("please help me, they took my father from our house and beat him for days and we never saw him again",
           "is it a war crime when soldiers shoot at people waiting for bread? that is what happened in our town"),
    "ar": ("أحتاج مساعدة من فضلك، أخذوا أبي من بيتنا في الليل وضربوه عدة أيام ولم نره بعد ذلك أبدًا",
           "هل يعتبر جريمة حرب أن يطلق الجنود النار على الناس في طابور الخبز؟ هذا ما حدث في بلدتنا"),
    "uk": ("допоможіть, будь ласка, вони забрали батька з дому і били його кілька днів, ми більше його не бачили",
           "чи це воєнний злочин, коли солдати стріляють у людей у черзі за хлібом? так було в нашому місті"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_account_that_also_asks_for_something_keeps_every_word(running_assistant: RunningAssistant,
                                                                  language: str) -> None:
    """Whatever is answered first (support, what counts, distress), the account goes on and keeps the words."""
    user = sender("asking-and-telling", language)
    start_and_consent(running_assistant, user, OPENING[language])
    for account in ASKING_AND_TELLING[language]:
        replies = running_assistant.send(user, account)
        if "/done" not in payloads(replies) and "/resume" in payloads(replies):
            replies = running_assistant.send(user, "/resume")  # a break or the choices were offered: carry on
        assert "/done" in payloads(replies), (account, said(replies))
    running_assistant.send(user, "/done")
    for answer in SKIPPED_FOLLOW_UPS:
        summary = said(running_assistant.send(user, answer))
    assert catalog_text(language, "utter_ask_report_confirmed") in summary
    for account in ASKING_AND_TELLING[language]:
        assert account in summary, (account, summary)


# Distress in the middle of the account, then more of it typed instead of a button, in words of our own; then the
# same at "When did this happen?". None of them is a training example.
DISTRESS_THEN_MORE = {
    "en": ("I am shaking and crying, this is too much for me",
           "they kept us in the school for three days without water and the commander gave the orders",
           "it hurts too much to remember, I am crying", "it was in the spring of 2022, a week before Easter"),
    "ar": ("انا تعبانة كثير ومش قادرة اتحمل، عم ببكي",
           "احتجزونا في المدرسة ثلاثة أيام بلا ماء والقائد هو من كان يعطي الأوامر",
           "يؤلمني كثيرا أن أتذكر، أنا أبكي", "كان ذلك في ربيع 2022 قبل العيد بأسبوع"),
    "uk": ("мене трусить, я плачу, це занадто важко для мене",
           "вони тримали нас у школі три дні без води, а командир віддавав накази",
           "мені дуже боляче це згадувати, я плачу", "це було навесні 2022 року, за тиждень до Великодня"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_is_typed_after_the_offer_of_a_break_is_kept_as_the_answer(running_assistant: RunningAssistant,
                                                                       language: str) -> None:
    """The form turns a distressed message away; the message after the offer is still the open question's answer."""
    distress, more, distress_again, when = DISTRESS_THEN_MORE[language]
    user = sender("distress-then-more", language)
    start_and_consent(running_assistant, user, OPENING[language])
    running_assistant.send(user, ASKING_AND_TELLING[language][0])
    for upset, answer in ((distress, more), (distress_again, when)):
        offer = running_assistant.send(user, upset)
        assert {"/pause", "/support", "/resume"} <= set(payloads(offer)), (upset, said(offer))
        replies = running_assistant.send(user, answer)
        assert catalog_text(language, "utter_resuming") not in said(replies), (answer, said(replies))
        if answer == more:
            assert "/done" in payloads(replies), said(replies)
            running_assistant.send(user, "/done")
            running_assistant.send(user, '/choose_role{"role":"witness"}')
    for answer in SKIPPED_FOLLOW_UPS[1:]:
        summary = said(running_assistant.send(user, answer))
    assert catalog_text(language, "utter_ask_report_confirmed") in summary
    for answer in (ASKING_AND_TELLING[language][0], more, when):
        assert answer in summary, (answer, summary)
