"""The WordedLike Rasa graph component and bot.intake.wording, trained on the project's own NLU data.

A closing in a wording of our own ("thats everythng") is worded like "done" or "no"; a few words of an account in
any of the ten languages ("they came at night") is worded like no closing, so a guess alone cannot end it.
"""
from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.input_guard import WHOLE_TEXT
from bot.components.worded_like import LEAVE_TAKING, TOLD_BESIDE, WordedLike, marked
from bot.intake.answers import WORDS_THAT_TELL_SOMETHING
from bot.intake.wording import BESIDE_KEY, FAREWELL, LEAVING, PARSE_KEY, Wording, one_slip_apart, words_of
from bot.settings import PROJECT_ROOT
from tests.helpers import wording_as_trained

CLOSING = {"done", "deny", "skip", "rather_not_say", "dont_know"}
# What a few typed words may decide: closing, adding more, yes, sending.
DECIDING = CLOSING | {"add_more", "affirm", "review_and_send"}

# Short pieces of an account, none of them a training example, in the ten languages.
ACCOUNTS = [
    "they came at night", "they came", "soldiers took him", "my brother", "at the checkpoint", "in 2022",
    "جاؤوا في الليل", "جاؤوا", "أخذوا أخي", "عند الحاجز",
    "вони прийшли вночі", "вони прийшли", "забрали брата",
    "они пришли ночью", "забрали отца",
    "vinieron de noche", "se llevaron a mi hermano",
    "ils sont venus la nuit", "ils ont pris mon frère",
    "شب آمدند", "برادرم را بردند",
    "وہ رات کو آئے", "میرے بھائی کو لے گئے",
    "habeenkii ayay yimaadeen", "walaalkay way qaateen",
    "இரவில் வந்தார்கள்", "என் சகோதரனை கொண்டு சென்றார்கள்",
    # words of an account that share words with closings: "they", "no", "all", "father" (one slip from "rather")
    "they said no", "that's all they said", "my father", "his father too", "no water", "all of them",
]
# Closings in wordings of our own: misspelt, without apostrophes, in other words than the examples'.
CLOSINGS = ["thats everythng", "no thats all", "nothing more", "Nothing else.", "that's everything, thanks",
            "i dont rememebr", "skip", "ما في شيء آخر", "هذا كل شيء", "це все", "більше нічого", "это всё", "nada más",
            "c'est tout", "👎", "⏭", "🤷🏽‍♀️", "idk 🤷"]


@pytest.fixture(scope="module")
def component(tmp_path_factory: pytest.TempPathFactory) -> WordedLike:
    """Trained on data/nlu, persisted and loaded again as Rasa does between training and serving."""
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    resource = Resource(WordedLike.__name__)
    context = ExecutionContext(storage, resource)
    WordedLike.create(WordedLike.get_default_config(), storage, resource, context).train(
        load_data(str(PROJECT_ROOT / "data" / "nlu")))
    return WordedLike.load(WordedLike.get_default_config(), storage, resource, context)


def worded_like(component: WordedLike, text: str) -> list:
    message = Message({TEXT: text, INTENT: {"name": "done", "confidence": 0.6}})
    component.process([message])
    return message.as_dict(only_output_properties=True)[PARSE_KEY]


@pytest.mark.parametrize("text", ACCOUNTS)
def test_a_few_words_of_an_account_are_worded_as_nothing_that_decides(component: WordedLike, text: str) -> None:
    assert DECIDING.isdisjoint(worded_like(component, text)), (text, worded_like(component, text))


@pytest.mark.parametrize("text", CLOSINGS)
def test_closings_in_words_of_our_own_are_worded_as_a_closing(component: WordedLike, text: str) -> None:
    assert not CLOSING.isdisjoint(worded_like(component, text)), (text, worded_like(component, text))


@pytest.mark.parametrize("text", ["", "   ", "/done", "!!!", "no " * 16,
                                  "no, nothing more, that is all I can say today, thank you for listening to me"])
def test_buttons_messages_longer_than_a_request_and_messages_without_words_are_worded_as_nothing(component: WordedLike,
                                                                                 text: str) -> None:
    assert worded_like(component, text) == []


def test_the_whole_message_is_read_when_the_guard_shortened_it(component: WordedLike) -> None:
    message = Message({TEXT: "nothing", WHOLE_TEXT: "nothing, they came at night", INTENT: {"name": "done"}})
    component.process([message])
    assert CLOSING.isdisjoint(message.get(PARSE_KEY))


def test_words_are_compared_without_case_accents_diacritics_or_apostrophes() -> None:
    assert words_of("Don’t KNOW") == words_of("dont know") == ["dont", "know"]
    assert words_of("لَا شَيْء") == words_of("لا شيء")
    assert words_of("C'est TOUT, déjà") == ["cest", "tout", "deja"]


def test_digits_of_any_script_and_arabic_script_letter_variants_are_the_same_words() -> None:
    assert words_of("عمري ١٥") == words_of("عمري 15") == words_of("عمری ۱۵")
    assert words_of("جی ہاں") == words_of("جي هاں")
    assert words_of("كل شيء") == words_of("کل شی‌ء".replace("\u200c", "")) == words_of("كـل شيء")


def test_an_emoji_is_a_word_whatever_its_skin_tone_or_variation() -> None:
    assert words_of("👍🏽") == words_of("👍") == ["👍"]
    assert words_of("⏭️") == words_of("⏭") == ["⏭"]
    assert words_of("ok!!! 👍") == ["ok", "👍"]


def test_emoji_answers_are_worded_as_the_intents_whose_examples_they_are(component: WordedLike) -> None:
    assert "affirm" in worded_like(component, "👍🏻") and "skip" in worded_like(component, "⏭")
    assert worded_like(component, "🌙") == []


def test_one_slip_is_allowed_in_longer_words_that_no_example_uses() -> None:
    wording = Wording({"done": ["everything", "all", "thats", "nothing"], "inform": ["night", "noting", "later"],
                       "goodbye": ["thanks"]})
    for typed in ("everythng", "everyhting", "everythinng", "evarything", "thats all", "all, thanks"):
        assert wording.worded_like(typed) == ["done"], typed
    for typed in ("al", "everythingg all night", "evrythng", "night all", "thanks", "eveyrthign"):
        assert "done" not in wording.worded_like(typed), typed
    assert wording.worded_like("nothign") == wording.worded_like("nthing") == ["done"]
    assert wording.worded_like("noting") == ["inform"]  # a word of its own, not a slip of "nothing"
    assert wording.worded_like("water") == []  # too short to be taken for "later"


@pytest.mark.parametrize("a, b, apart", [
    ("everything", "everythng", True), ("abcd", "abdc", True), ("abcd", "bacd", True), ("abcd", "abcde", True),
    ("abcd", "xbcd", True), ("abcd", "abcd", False), ("abcd", "badc", False), ("after", "rafte", False),
    ("green", "agree", False), ("abcd", "ab", False)])
def test_one_slip_apart_is_one_letter_missing_added_changed_or_swapped(a: str, b: str, apart: bool) -> None:
    assert one_slip_apart(a, b) is apart and one_slip_apart(b, a) is apart


def test_every_word_must_be_the_intents_own_or_a_goodbyes_and_one_at_least_its_own() -> None:
    wording = Wording({"deny": ["no"], "done": ["nothing", "more", "no"], "dont_know": ["no", "idea", "they"],
                       "goodbye": ["thanks"], "inform": ["they", "said"]})
    assert wording.worded_like("no, nothing more, thanks") == ["done"]
    assert wording.worded_like("no thanks") == ["deny", "done", "dont_know"]
    assert wording.worded_like("they said no") == []
    assert wording.worded_like("thanks") == ["goodbye"] and wording.worded_like("") == []


def words_beside(component: WordedLike, text: str, intent: str) -> int:
    message = Message({TEXT: text, INTENT: {"name": intent, "confidence": 0.8}})
    component.process([message])
    return message.as_dict(only_output_properties=True)[BESIDE_KEY]


# Requests with a few words of an account beside them, as a classifier took them, in wordings of our own.
TOLD_BESIDE_A_REQUEST = [
    ("hello they took my son", "greet"), ("hi, soldiers beat my father", "greet"),
    ("i need support my sister was raped", "support"), ("i want to report that they shot my neighbour", "report"),
    ("good evening, my husband disappeared in detention", "greet"), ("مرحبا اخذوا ابني", "greet"),
    ("salam, bradaram ra bordand", "greet"), ("bonjour, ils ont frappé mon père", "greet"),
    ("hola, necesito ayuda, mataron a mi primo", "support"), ("привет, отца избили солдаты", "greet"),
    ("where can i get help, they burned our house", "support"),
]
# Requests alone in wordings of our own, taken for what they are.
REQUESTS_ALONE = [
    ("hello, can you help me please", "support"), ("hi i would like to report", "report"),
    ("good morning, is this the war crimes team", "what_counts"), ("who will read what i write", "tell_me_more"),
    ("are you a real person", "bot_challenge"), ("how do i contact the icc", "mechanisms"),
    ("je voudrais signaler un crime de guerre", "report"), ("мне нужна помощь", "support"),
    ("أريد الإبلاغ عن جريمة حرب حدثت في قريتي", "report"), ("hello", "greet"), ("/support", "support"),
]


@pytest.mark.parametrize("text, intent", TOLD_BESIDE_A_REQUEST)
def test_words_of_an_account_beside_a_request_are_counted(component: WordedLike, text: str, intent: str) -> None:
    assert words_beside(component, text, intent) >= WORDS_THAT_TELL_SOMETHING, text


@pytest.mark.parametrize("text, intent", REQUESTS_ALONE)
def test_a_request_alone_has_no_words_that_tell_something_beside_it(component: WordedLike, text: str,
                                                                   intent: str) -> None:
    assert words_beside(component, text, intent) < WORDS_THAT_TELL_SOMETHING, text


def test_greetings_thanks_asking_to_report_and_feelings_are_not_words_beside() -> None:
    wording = Wording({"greet": ["hello"], "goodbye": ["thanks"], "report": ["report", "want"],
                       "support": ["help", "me"], "inform": ["they", "took", "son"], "distress": ["scared"]})
    assert wording.words_beside("hello, help me, thanks, i want to report, i'm scared", "support") == [
        "i", "to", "im"]
    assert wording.words_beside("hello they took my son", "greet") == ["they", "took", "my", "son"]
    assert wording.words_beside("they took my son", "inform") == ["my"]


def test_examples_that_tell_something_beside_their_intent_teach_it_no_words() -> None:
    """"where can i find help they killed my brother" teaches the classifier to hear the request; its words of an
    account must not become words of asking for help, or "they killed my brother" would be worded as a request."""
    data = TrainingData([Message.build("i need help", "support"), Message.build("they killed my brother", "inform"),
                         Message.build("where can i find help they killed my brother", "support",
                                       intent_metadata={"told_beside": True})])
    wording = WordedLike.learned_from(data)
    assert wording.words_by_intent["support"] == frozenset({"i", "need", "help"})
    assert wording.worded_like("they killed my brother") == ["inform"]


def test_the_project_marks_its_examples_of_a_request_and_an_account_in_one_breath() -> None:
    told = [example for example in load_data(str(PROJECT_ROOT / "data" / "nlu")).intent_examples
            if marked(example, TOLD_BESIDE)]
    assert {example.get("intent") for example in told} == {"support", "pause"}
    assert all(wording_as_trained().wording.words_beside(example.get("text"), example.get("intent"))
               for example in told)


def test_goodbyes_in_everyday_words_make_no_word_a_courtesy() -> None:
    """"i need to go" teaches the classifier a goodbye; had "need" become a word of courtesy (which every intent
    may have beside its own), "i need a break" would have been worded as "carry on" as well as a break."""
    data = TrainingData([Message.build("i need a break", "pause"), Message.build("a break is over", "resume"),
                         Message.build("bye", "goodbye"),
                         Message.build("i need to go", "goodbye", intent_metadata={LEAVE_TAKING: True})])
    wording = WordedLike.learned_from(data)
    assert wording.words_by_intent["goodbye"] == frozenset({"bye"})
    assert wording.worded_like("i need a break") == ["pause"]
    # ...but a message of nothing else is worded as leaving (bot.intake.answers.takes_leave).
    assert wording.words_by_intent[LEAVING] == frozenset({"i", "need", "to", "go"})
    assert wording.worded_like("i need to go") == [LEAVING]


def test_a_goodbye_and_nothing_else_is_worded_as_a_farewell() -> None:
    """A goodbye example of a few words as a whole, a word said twice or an emoji aside; a goodbye's words in other
    company are none ("see" alone, "night" though "night night" is one, "night bye"), nor is a goodbye of one-letter
    words ("a+")."""
    data = TrainingData([Message.build("see you", "goodbye"), Message.build("bye", "goodbye"),
                         Message.build("good night", "goodbye"), Message.build("a+", "goodbye"),
                         Message.build("night night", "goodbye"),
                         Message.build("i see", "affirm"), Message.build("at night", "inform"),
                         Message.build("you are good", "affirm")])
    wording = WordedLike.learned_from(data)
    assert [text for text in ("see you", "See you!", "bye bye", "Bye 👋", "good night", "night night!")
            if FAREWELL not in wording.worded_like(text)] == []
    assert [text for text in ("see", "night", "good", "you", "good you", "bye at night", "night bye", "a", "a+")
            if FAREWELL in wording.worded_like(text)] == []


def test_farewells_are_kept_in_the_model(component: WordedLike) -> None:
    """Whole goodbye examples are learned at training and read back with the model ("au revoir": "revoir" and
    "au" are words of other intents)."""
    assert FAREWELL in worded_like(component, "Au revoir !")
    assert FAREWELL not in worded_like(component, "revoir")


@pytest.mark.parametrize("language", sorted(path.name for path in (PROJECT_ROOT / "data" / "nlu").iterdir()
                                             if path.is_dir()))
def test_the_project_marks_its_goodbyes_in_everyday_words_in_every_language(language: str) -> None:
    leaving = [example for example in load_data(str(PROJECT_ROOT / "data" / "nlu" / language)).intent_examples
               if marked(example, LEAVE_TAKING)]
    assert leaving and {example.get("intent") for example in leaving} == {"goodbye"}
    assert "resume" not in wording_as_trained().wording.worded_like("i need a break")


def test_the_words_beside_each_intent_are_counted_as_for_one() -> None:
    """Kept for a later component that sets the intent (bot.components.intent_override)."""
    wording = Wording({"greet": ["hello"], "pause": ["i", "need", "a", "break"], "inform": ["they", "took", "son"],
                       "support": ["help"]})
    text = "hello, i need a break, they took my son"
    each = wording.words_beside_each(text)
    assert each == {intent: len(wording.words_beside(text, intent)) for intent in wording.words_by_intent}
    assert each == {"greet": 8, "pause": 4, "inform": 5, "support": 8}  # "hello" in passing
