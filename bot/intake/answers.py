"""How a user's answer is kept: in their own words, or as one of the ways of not answering.

Every question can be skipped, and "I don't know" and "I'd rather not say" are always accepted
(survivor-centred rule 1). Those become markers rather than text, so the report shows what was said and the
form never asks the same question twice (rule 6).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Collection, List, Optional, Sequence

from bot.intake.shapes import says_nothing_yet
from bot.intake.wording import FAREWELL, GOODBYE, LEAVING, is_thanks_alone, words_of
from bot.language.negation import NEGATIONS

SKIPPED = "skipped"
DONT_KNOW = "dont_know"
RATHER_NOT_SAY = "rather_not_say"
YES = "yes"
NO = "no"

MARKER_FOR_INTENT = {"skip": SKIPPED, "dont_know": DONT_KNOW, "rather_not_say": RATHER_NOT_SAY}
MARKERS = frozenset(MARKER_FOR_INTENT.values())
YES_NO_FOR_INTENT = {"affirm": YES, "deny": NO}


def clean_text(text: Optional[str]) -> str:
    """The text without control characters (NUL, escape codes) and surrounding space; newlines are kept."""
    if not text:
        return ""
    kept = (ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))
    return "".join(kept).strip()


def is_button_payload(text: str) -> bool:
    """Rasa button payloads look like `/intent` or `/intent{"entity": "value"}`."""
    return text.startswith("/")


# Longer than this, a message is an answer in the user's words even if it sounds like "I don't know"
# ("I don't know who they were, they came at night..."): the classifier's guess must never replace it.
MAX_WORDS_OF_A_NON_ANSWER = 5


def is_short(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS_OF_A_NON_ANSWER


def is_clear_choice(text: Optional[str]) -> bool:
    """A button, or a few typed words ("yes", "no thanks"): too little to hold as part of an account."""
    cleaned = clean_text(text)
    return bool(cleaned) and (is_button_payload(cleaned) or is_short(cleaned))


# The negations of bot.language.negation as bot.intake.wording reads words ("don't" as "dont", Arabic-script
# letters folded).
NEGATION_WORDS = frozenset(word for negation in NEGATIONS for word in words_of(negation))


def has_a_negation(text: Optional[str]) -> bool:
    """A word that says no or not, in any served language ("not", "pas", "не", "نیست"), as the wording reads it."""
    return not NEGATION_WORDS.isdisjoint(words_of(clean_text(text)))


# Words a question opens with in the ten languages, typed without a question mark as often on a phone ("is it
# safe", "هل هذا آمن", "чи це безпечно", "کیا یہ محفوظ ہے"): what follows asks, it never says yes. Words that
# also open a yes are left out: "do it", "will do", "would love to", Persian "are" (yes) typed in Latin letters.
QUESTION_OPENERS = frozenset(words_of("""is does did who what where when why how which whose est qui quoi comment
    pourquoi où quand quién cómo dónde cuándo هل ماذا كيف لماذا متى أين وين شو آیا چرا چطور کجا کیا کون کیوں کیسے
    کب کہاں чи хто що як де коли чому навіщо кто что как где когда почему зачем разве неужели maxay maxaa sidee
    xagee goorma ஏன் எப்படி எங்கே யார் என்ன எப்போது"""))


def opens_as_a_question(text: Optional[str]) -> bool:
    """The message's first word is one a question opens with ("is it safe", "هل هذا آمن"), question mark or not."""
    words = words_of(clean_text(text))
    return bool(words) and words[0] in QUESTION_OPENERS


def is_plain(text: Optional[str], intent: Optional[str], worded_like: Sequence[str],
             meanings: Collection[str], max_words: int = MAX_WORDS_OF_A_NON_ANSWER) -> bool:
    """A button for one of `meanings`, or a few typed words classified as one and worded as that one.

    Only such a message may decide something (close the account, send, give consent, let words go): a message
    the classifier merely took for one of them ("they came at night" read as "that's everything") is something
    the user is telling, so a misread intent costs a turn and never a decision or a word. `worded_like` is the
    intents the message is worded as (bot.intake.wording, put in the parse data by bot.components.worded_like).
    Every word must be one of the examples of the intent it was taken for, not of any of `meanings`: "they said
    no" taken for "no" is not worded as "no" just because "they" is a word of "I don't know who they were".
    A request as long as "I want to withdraw my consent" may pass `max_words` up to MAX_WORDS_OF_A_REQUEST.
    A question is never a plain yes ("is it safe" was read as one, worded with the words of "yes it's safe").
    """
    cleaned = clean_text(text)
    if not cleaned or intent not in meanings:
        return False
    if is_button_payload(cleaned):
        return True
    few_words = len(cleaned.split()) <= max_words
    return few_words and intent in worded_like and not (intent == "affirm" and opens_as_a_question(cleaned))


# Asking to start or asking a question ("Hello, I want to report something that happened to my family", "ok but
# I don't want to give my name") is part of an account only when it is long enough to carry one too.
REQUEST_INTENTS = ("greet", "report", "support", "what_counts", "mechanisms", "bot_challenge", "tell_me_more",
                   "choose_contact")
# Questions about this service ("are you a bot", "who will read it", "yes but anonymously") come in ever new words
# of their own, which tell nothing; beside other requests, a few words no example of them uses tell something
# ("hello they took my son", "i need a break they beat my brother").
ABOUT_THIS_SERVICE = ("bot_challenge", "tell_me_more", "choose_contact")
MAX_WORDS_OF_A_REQUEST = 15


SENTENCE_END_MARKS = ".!?\n؟。！？۔।"
SENTENCE_ENDS = re.compile(f"[{SENTENCE_END_MARKS}]+")
# A sentence with the marks that end it ("is this a war crime?").
SENTENCE = re.compile(f"[^{SENTENCE_END_MARKS}]+[{SENTENCE_END_MARKS}]*")


def sentences_of(text: str) -> List[str]:
    """The sentences of `text`, each with the marks that end it; none of only spaces."""
    return [match.group() for match in SENTENCE.finditer(text) if SENTENCE_ENDS.sub("", match.group()).strip()]


# Commas and semicolons in the scripts of the ten languages: on a phone, sentences are often only separated so.
CLAUSE_MARKS = ",،;؛、"
CLAUSE_ENDS = re.compile(f"[{CLAUSE_MARKS}]+")


def clauses_of(sentence: str) -> List[str]:
    """The parts of one sentence between commas ("i need a break, they beat my brother"); none of only spaces."""
    return [part.strip() for part in CLAUSE_ENDS.split(sentence) if part.strip()]


# Words that no example of the request a message was taken for uses: this many tell something beside it
# ("hello they took my son" taken for a greeting; "I need support, my sister was raped"). One ("please",
# "anonymously") is a request worded in a new way.
WORDS_THAT_TELL_SOMETHING = 2


def tells_beside(intent: Optional[str], words_beside: int, kept_unless_asked: bool = False) -> bool:
    """Enough words that no example of the request uses to tell something beside it (ABOUT_THIS_SERVICE aside,
    except where typed words are `kept_unless_asked`, under the summary: "can you add that my brother was there?"
    taken for "who will read it?" is an addition)."""
    return words_beside >= WORDS_THAT_TELL_SOMETHING and (kept_unless_asked or intent not in ABOUT_THIS_SERVICE)


def is_only_a_request(text: Optional[str], intent: Optional[str], worded_like: Sequence[str] = (),
                      words_beside: int = 0, kept_unless_asked: bool = False) -> bool:
    """A request and nothing more: up to MAX_WORDS_OF_A_REQUEST words in one sentence ("where can I get help?",
    "please, I need a break"), or in several every word of which is worded as the request ("I need a break.
    Thanks."). "They took my son. I need a break." and "ضربوني. بدي مساعدة" tell something beside the request,
    and so does one sentence with `words_beside` words that the request's examples never use ("hello they took
    my son"): the whole message is kept, the request with it (seen and correctable in the summary), rather than
    losing what was told."""
    cleaned = clean_text(text)
    if len(cleaned.split()) > MAX_WORDS_OF_A_REQUEST or tells_beside(intent, words_beside, kept_unless_asked):
        return False
    return len(sentences_of(cleaned)) < 2 or intent in worded_like


def is_worth_holding(text: Optional[str], intent: Optional[str] = None) -> bool:
    """A typed message long enough to be part of an account, rather than a command, a request or a short reply."""
    cleaned = clean_text(text)
    if (intent in REQUEST_INTENTS or is_question(cleaned)) and len(cleaned.split()) <= MAX_WORDS_OF_A_REQUEST:
        return False
    return bool(cleaned) and not is_clear_choice(cleaned)


def tells_beside_a_request(text: Optional[str], intent: Optional[str], worded_like: Sequence[str] = (),
                           words_beside: int = 0) -> bool:
    """A message taken for a request that tells something beside it, in a sentence of its own ("Soldiers came at
    night. Where can I get help?") or in words no example of the request uses ("hi, they took my son"): words of
    an account, however short (is_only_a_request)."""
    cleaned = clean_text(text)
    return (intent in REQUEST_INTENTS and bool(cleaned) and not is_button_payload(cleaned)
            and (tells_beside(intent, words_beside) or not is_short(cleaned))
            and not is_only_a_request(cleaned, intent, worded_like, words_beside))


ACCOUNT_INTENT = "inform"
# Words of danger here and now or of self-harm are answered at once; the words of an account beside them are kept.
DANGER_INTENTS = ("unsafe", "self_harm")
# Taken for one of these, or not understood at all (Rasa's FallbackClassifier), a few words no example of it uses
# tell something beside it.
NOT_UNDERSTOOD = "nlu_fallback"
TOLD_BESIDE = DANGER_INTENTS + tuple(YES_NO_FOR_INTENT) + (NOT_UNDERSTOOD,)


# One word said first, then a comma: a yes or no ("yes, they took my son", "نعم، خطفوا ابني") or a greeting
# ("hi, they took my son"), which may be the one word of a message that no example of an account uses.
ANSWER_FIRST = re.compile(r"^\w+\s*[,،]\s*\w")


def tells_in_a_few_words(text: Optional[str], intent: Optional[str], worded_like: Sequence[str] = (),
                         words_beside: int = 0) -> bool:
    """A message of a few words that tells something rather than answering: taken for an account and worded as
    one and no reply ("soldiers took my son"; "i'm not sure" taken for an account is worded as a reply), or taken
    for danger, a yes or a no, or not understood, with words of an account beside it ("hi they took my son", "yes,
    they took my son", "نعم، خطفوا ابني"). A yes that says more of itself in words its examples never use ("yes
    but quickly") is held too: offered back once consent is given, it costs a turn, where an account taken for a
    yes would be lost. One word, a button, or a yes or no in words of its own ("yes i'm safe for now", "no not
    really") answer, and a yes or no asked as a question asks ("before I say yes, could this affect my asylum
    case?": the consent question answers it)."""
    cleaned = clean_text(text)
    if not cleaned or is_button_payload(cleaned) or is_a_fragment(cleaned):
        return False
    if intent in YES_NO_FOR_INTENT and is_question(cleaned):
        return False
    if intent == ACCOUNT_INTENT:  # every word an account's, or a greeting's ("hi they took my son"), or a yes
        # or no before them ("yes, they took my son" taken for an account: the yes is the one word beside it)
        return set(worded_like) <= {ACCOUNT_INTENT} and words_beside <= (1 if ANSWER_FIRST.match(cleaned) else 0)
    return intent in TOLD_BESIDE and words_beside >= WORDS_THAT_TELL_SOMETHING


# Question marks in the scripts of the ten languages (Latin, Arabic, full-width).
QUESTION_MARKS = ("?", "؟", "？")
EXCLAMATION_MARKS = ("!", "！")


def is_question(text: Optional[str]) -> bool:
    """A message that ends as a question ("who will read this?"): asking, not telling."""
    return clean_text(text).endswith(QUESTION_MARKS)


def is_a_fragment(sentence: Optional[str]) -> bool:
    """One word or none ("1.", "Torture.", "2015"), or a short cry ("Stop!", "Please stop!"): in a message of
    several sentences a heading, a date or words quoted from what happened, never a request of its own."""
    cleaned = clean_text(sentence)
    words = [word for word in cleaned.split() if any(char.isalpha() for char in word)]
    return len(words) < 2 or (cleaned.endswith(EXCLAMATION_MARKS) and len(words) <= 2)


def answers_nothing(text: Optional[str]) -> bool:
    """Nothing said yet (a sound of hesitation, punctuation alone) or thanks alone ("thank you", "merci
    beaucoup", said back to "Thank you for telling us. When did it happen?"): no answer, the question comes again."""
    return says_nothing_yet(text) or is_thanks_alone(text or "")


def takes_leave(text: Optional[str], intent: Optional[str], worded_like: Sequence[str]) -> bool:
    """A goodbye and nothing else ("bye", "au revoir", "khuda hafiz": wording.FAREWELL), or one in the everyday
    words of having to go, two words at least ("gotta go", "i have to go now, sorry"): the person is leaving,
    whatever question is open. A goodbye's words alone are no sign of it, since answers use them too ("now",
    "today", "that's all", "ok"). Thanks alone takes no leave ("thank you" said back to a question asks it again),
    nor do a few words of an account the classifier took for a goodbye ("they left at night" is worded as no
    goodbye)."""
    cleaned = clean_text(text)
    if intent != GOODBYE or not cleaned or is_thanks_alone(cleaned):
        return False
    return (is_button_payload(cleaned) or FAREWELL in worded_like
            or (LEAVING in worded_like and len(words_of(cleaned)) > 1))


def normalise(text: Optional[str], intent: Optional[str], worded_like: Sequence[str] = (),
              yes_or_no: bool = True) -> Optional[str]:
    """The answer to store for a free-text question, or None when nothing usable was said (a button of another
    question, a sound of hesitation, punctuation alone, thanks alone): ask again.

    "Skip", "I don't know" or "I'd rather not say" become markers only when said plainly (`is_plain`); a short
    answer the classifier took for one of them ("in the spring") is kept in the user's words. A yes or no button
    answers only a question that `yes_or_no` says one can answer.
    """
    cleaned = clean_text(text)
    if answers_nothing(cleaned):  # "hmm", "?", "thanks": ask again
        return None
    if is_button_payload(cleaned):
        # A button of another question ("Carry on", a role, a language) answers nothing here: ask again.
        return MARKER_FOR_INTENT.get(intent or "") or (YES_NO_FOR_INTENT.get(intent or "") if yes_or_no else None)
    if is_plain(cleaned, intent, worded_like, MARKER_FOR_INTENT):
        return MARKER_FOR_INTENT[intent]
    return cleaned or None


def is_answered(value: Optional[str]) -> bool:
    """True when the user gave an answer in their own words rather than skipping it."""
    return bool(value) and value not in MARKERS
