"""The safety net (bot.safety): words of self-harm and of danger here and now are found in all ten languages,
in short messages and inside long accounts, misspelled or romanised; accounts of what was done to others are not.

Missing a person at risk is the worst error the product can make, so every language has direct and indirect
positives; a false alarm costs a turn, so every language also has the accounts of killing and the "suicide
attack" wordings that must stay quiet.
"""
from __future__ import annotations

import re
from typing import List, Tuple

import pytest

from bot.catalog import CURATED_LANGUAGES
from bot.safety.net import (IMMEDIATE_DANGER, MAX_SCANNED_CHARACTERS, SELF_HARM, Danger, corrected, find_danger,
                            _without_captures, one_slip_apart)
from bot.safety.normalise import normalise
from bot.safety.phrases import PHRASES
from tests.safety_cases_at_the_door import AT_THE_DOOR, AT_THE_DOOR_ACCOUNTS
from tests.safety_cases_hiding import HIDING, HIDING_ACCOUNTS
from tests.safety_cases_kin_now import KIN_ACCOUNTS, KIN_NOW
from tests.safety_cases_nearby import ARMED_NEARBY, ARMED_NEARBY_ACCOUNTS, FOUND_OUT, FOUND_OUT_ACCOUNTS
from tests.safety_cases_not_worth_living import NOT_WORTH_LIVING, SAID_OF_OTHERS
from tests.safety_cases_searching import SEARCHING, SEARCHING_ACCOUNTS
from tests.safety_cases_threats import THREAT_ACCOUNTS, THREATS
from tests.safety_cases_under_fire import UNDER_FIRE, UNDER_FIRE_ACCOUNTS

# (language, message, kind) the net must find.
FOUND: List[Tuple[str, str, str]] = [
    ("en", "I don't want to live anymore, I want to end my life", SELF_HARM),
    ("en", "honestly i just wanna die", SELF_HARM),
    ("en", "I've been cutting myself again", SELF_HARM),
    ("en", "sometimes I think about suicide", SELF_HARM),
    ("en", "I KEEP THINKING ABOUT KILLING MYSELF", SELF_HARM),
    ("en", "i cant go on like this any more", SELF_HARM),
    ("en", "everyone would be better off without me", SELF_HARM),
    ("en", "sometimes i just want to sleep and never wake up", SELF_HARM),
    ("fr", "parfois je veux juste dormir et ne jamais me réveiller", SELF_HARM),
    ("es", "a veces solo quiero dormir y no despertar nunca", SELF_HARM),
    ("ru", "иногда хочу просто уснуть и не проснуться", SELF_HARM),
    ("uk", "іноді хочу просто заснути і не прокинутися", SELF_HARM),
    ("ar", "أريد أن أنام ولا أستيقظ", SELF_HARM),
    ("fa", "می‌خوام بخوابم و دیگه بیدار نشم", SELF_HARM),
    ("ur", "دل کرتا ہے سو جاؤں اور پھر کبھی نہ اٹھوں", SELF_HARM),
    ("ta", "அப்படியே தூங்கி இனி எழவே கூடாது", SELF_HARM),
    ("so", "waxaan rabaa inaan seexdo oo aanan waligay toosin", SELF_HARM),
    ("en", "no, he is in the next room", IMMEDIATE_DANGER),
    ("en", "he's here", IMMEDIATE_DANGER),
    ("en", "they are watching me", IMMEDIATE_DANGER),
    ("en", "someone is coming up the stairs", IMMEDIATE_DANGER),
    ("en", "I am not safe right now", IMMEDIATE_DANGER),
    ("en", "my husband is outside", IMMEDIATE_DANGER),
    ("ar", "لا أريد أن أعيش بعد الآن، أريد أن أنهي حياتي", SELF_HARM),
    ("ar", "بدي موت", SELF_HARM),
    ("ar", "أفكر بالانتحار كل يوم", SELF_HARM),
    ("ar", "أُرِيدُ أَنْ أَمُوتَ", SELF_HARM),  # fully vowelled
    ("ar", "لا، هو في الغرفة المجاورة", IMMEDIATE_DANGER),
    ("ar", "إنهم يراقبونني", IMMEDIATE_DANGER),
    ("ar", "انا مش بأمان", IMMEDIATE_DANGER),
    ("uk", "Я не хочу більше жити", SELF_HARM),
    ("uk", "думаю про самогубство", SELF_HARM),
    ("uk", "я вб'ю себе", SELF_HARM),
    ("uk", "ні, він у сусідній кімнаті", IMMEDIATE_DANGER),
    ("uk", "вони прийшли за мною", IMMEDIATE_DANGER),
    ("ru", "они уже пришли за мной", IMMEDIATE_DANGER),
    ("uk", "за мною стежать", IMMEDIATE_DANGER),
    ("ru", "я хочу умереть", SELF_HARM),
    ("ru", "хочу покончить с собой", SELF_HARM),
    ("ru", "он идёт сюда", IMMEDIATE_DANGER),
    ("ru", "за мной следят", IMMEDIATE_DANGER),
    ("fa", "می‌خواهم بمیرم", SELF_HARM),
    ("fa", "به خودکشی فکر می کنم", SELF_HARM),
    ("fa", "نه، او در اتاق بغلی است", IMMEDIATE_DANGER),
    ("fa", "در خطرم", IMMEDIATE_DANGER),
    ("fr", "je ne veux plus vivre", SELF_HARM),
    ("fr", "j'ai envie d'en finir", SELF_HARM),
    ("fr", "non, il est dans la pièce d'à côté", IMMEDIATE_DANGER),
    ("fr", "on me surveille", IMMEDIATE_DANGER),
    ("es", "ya no quiero vivir", SELF_HARM),
    ("es", "me quiero morir", SELF_HARM),
    ("es", "No, está en el cuarto de al lado", IMMEDIATE_DANGER),
    ("es", "me están siguiendo", IMMEDIATE_DANGER),
    ("ur", "میں مرنا چاہتا ہوں", SELF_HARM),
    ("ur", "main khudkushi karna chahti hoon", SELF_HARM),
    ("ur", "نہیں، وہ ساتھ والے کمرے میں ہے", IMMEDIATE_DANGER),
    ("ur", "میں خطرے میں ہوں", IMMEDIATE_DANGER),
    ("ta", "நான் தற்கொலை செய்ய விரும்புகிறேன்", SELF_HARM),
    ("ta", "நான் வாழ விரும்பவில்லை", SELF_HARM),
    ("ta", "இல்லை, அவன் பக்கத்து அறையில் இருக்கிறான்", IMMEDIATE_DANGER),
    ("ta", "நான் ஆபத்தில் இருக்கிறேன்", IMMEDIATE_DANGER),
    ("so", "waxaan rabaa inaan is dilo", SELF_HARM),
    ("so", "nolosha waan ka daalay", SELF_HARM),
    ("so", "maya, wuxuu joogaa qolka ku xiga", IMMEDIATE_DANGER),
    ("so", "khatar ayaan ku jiraa", IMMEDIATE_DANGER),
]

# Misspelled and romanised: what a frightened person types on a phone.
MESSY: List[Tuple[str, str]] = [
    ("i want to kil myslef", SELF_HARM),
    ("thinking about suicde", SELF_HARM),
    ("i wnat to diee", SELF_HARM),
    ("Im NOT safe!!!", IMMEDIATE_DANGER),
    ("theyre watchinng me", IMMEDIATE_DANGER),
    ("bdi mout", SELF_HARM),                   # Arabizi
    ("hochu umeret", SELF_HARM),               # Russian in Latin letters
    ("khochu pomerty", SELF_HARM),             # Ukrainian in Latin letters
    ("mikham bemiram", SELF_HARM),             # Finglish
    ("marna chahta hoon", SELF_HARM),          # Roman Urdu
    ("saaganum pola irukku", SELF_HARM),       # Tamil in Latin letters
    ("اريد ان اموت", SELF_HARM),               # Arabic without hamza
    ("میخوام بمیرم", SELF_HARM),               # Persian without the zero-width joiner
    ("أريـــد أن أمـــوت", SELF_HARM),          # with tatweel
]

# The served languages typed in Latin letters on a phone, as people write them (issue 12): every way of saying
# "they are here", "I am in danger" or "I want to die", not only the ones the lists were written from.
# Russian and Ukrainian are found through their Cyrillic spelling, so any listed Cyrillic phrase counts.
ROMANISED: List[Tuple[str, str, str]] = [
    ("roman urdu", "wo log ghar ke bahar hain abhi, mujhe dar lag raha hai", IMMEDIATE_DANGER),
    ("roman urdu", "fauji darwaze par khade hain", IMMEDIATE_DANGER),
    ("roman urdu", "koi mera peecha kar raha hai", IMMEDIATE_DANGER),
    ("roman urdu", "woh mujhe maar dalenge", IMMEDIATE_DANGER),
    ("roman urdu", "mai khatre me hu plz", IMMEDIATE_DANGER),
    ("roman urdu", "wo phir aa gaye hain", IMMEDIATE_DANGER),
    ("roman urdu", "mujhe bachao", IMMEDIATE_DANGER),
    ("roman urdu", "mera jeene ka dil nahi karta", SELF_HARM),
    ("roman urdu", "main apni jaan le lunga", SELF_HARM),
    ("roman urdu", "dil karta hai mar jaun", SELF_HARM),
    ("arabizi", "ana b5atar", IMMEDIATE_DANGER),
    ("arabizi", "homa hon hala2", IMMEDIATE_DANGER),
    ("arabizi", "fi 7ada 3al bab", IMMEDIATE_DANGER),
    ("arabizi", "3am yla7a2ni", IMMEDIATE_DANGER),
    ("arabizi", "ra7 y2telni", IMMEDIATE_DANGER),
    ("arabizi", "bade amout", SELF_HARM),
    ("arabizi", "ana bdi ente7er", SELF_HARM),
    ("finglish", "man too khatar hastam", IMMEDIATE_DANGER),
    ("finglish", "oona poshte daran", IMMEDIATE_DANGER),
    ("finglish", "mano mikoshan", IMMEDIATE_DANGER),
    ("finglish", "nemikham dige zendegi konam", SELF_HARM),
    ("russian", "ya v opasnosti", IMMEDIATE_DANGER),
    ("russian", "za mnoj sledyat", IMMEDIATE_DANGER),
    ("russian", "mne seychas opasno", IMMEDIATE_DANGER),
    ("russian", "oni prishli za mnoy", IMMEDIATE_DANGER),
    ("russian", "ne hochu bolshe zhit", SELF_HARM),
    ("russian", "nadoelo zhit", SELF_HARM),
    ("ukrainian", "ya u nebezpetsi", IMMEDIATE_DANGER),
    ("ukrainian", "vony za dveryma", IMMEDIATE_DANGER),
    ("ukrainian", "ne khochu bilshe zhyty", SELF_HARM),
    ("ukrainian", "nabrydlo zhyty", SELF_HARM),
]

# English as it is typed in a hurry: slang, "r" and "there" for "are" and "they're", the words of an overdose.
HURRIED: List[Tuple[str, str]] = [
    ("they r here", IMMEDIATE_DANGER),
    ("there outside my house", IMMEDIATE_DANGER),
    ("someone is banging on the door", IMMEDIATE_DANGER),
    ("theyve found us", IMMEDIATE_DANGER),
    ("i can hear them outside", IMMEDIATE_DANGER),
    ("im hiding from them", IMMEDIATE_DANGER),
    ("the men who did it are in my street", IMMEDIATE_DANGER),
    ("i want to end it", SELF_HARM),
    ("ill just end it tonight", SELF_HARM),
    ("i dont want to be here anymore", SELF_HARM),
    ("no point living", SELF_HARM),
    ("i feel like dying", SELF_HARM),
    ("ive taken pills", SELF_HARM),
    ("i took a lot of pills", SELF_HARM),
    ("i'm going to jump", SELF_HARM),
    ("gonna kms", SELF_HARM),
    ("i hate my life and want it to end", SELF_HARM),
]

# Accounts that use the same words for the past or for others: quiet.
HURRIED_ACCOUNTS: List[str] = [
    "they were banging on the door at night and then they broke it down",
    "we were hiding in the basement for three days",
    "i was hiding from them in the forest",
    "i could hear them outside screaming",
    "we stood there outside the house waiting",
    "they made us take pills in the prison",
    "the soldiers were in our street every day that week",
    "i took photos of the bodies",
    "they tried to end it with a ceasefire",
    "we walked 20 kms to the border",
    "they are in prison now",
]

# The same forms telling the past, or harm done to others: quiet.
ROMANISED_ACCOUNTS: List[Tuple[str, str]] = [
    ("roman urdu", "wo log pichle saal aaye the aur abba ko le gaye"),
    ("roman urdu", "unhone mere bhai ko maar diya"),
    ("roman urdu", "wo ghar ke bahar the jab dhamaka hua"),
    ("roman urdu", "mere chacha ne apni jaan de di thi"),
    ("arabizi", "2atalo akhoy 2edem el bet"),
    ("arabizi", "kenu hon mn sene"),
    ("finglish", "baradaram too zendan mord"),
    ("russian", "oni prishli nochyu i zabrali otsa"),
    ("ukrainian", "vony vbyly moho batka"),
    ("english", "on the way to the station they stopped our bus"),
    ("english", "ya know, we did not see them again"),
]


# Accounts of what was done to others, and look-alikes: the net must stay quiet.
NOT_FOUND: List[Tuple[str, str]] = [
    ("uk", "вони прийшли вночі"),           # "they came at night": the past of an account
    ("ru", "они пришли ночью и забрали отца"),
    ("en", "my brother died in the bombing"),
    ("en", "they killed my father in front of us"),
    ("en", "we thought we were going to die"),
    ("en", "a suicide bomber attacked the market"),
    ("en", "he is here in the UK now, I saw him in Leeds"),
    ("en", "they took my wife to the camp"),
    ("ar", "قتلوا أخي أمام البيت"),
    ("ar", "وقع تفجير انتحاري في السوق"),
    ("ar", "مات أبي في السجن"),
    ("uk", "мій брат загинув під обстрілом"),
    ("uk", "вони вбили мого батька"),
    ("ru", "моего брата убили солдаты"),
    ("ru", "террорист-смертник взорвал рынок"),
    ("fa", "برادرم در زندان مرد"),
    ("fa", "عملیات انتحاری در بازار"),
    ("fr", "un attentat suicide a tué mon cousin"),
    ("fr", "ils ont tué mon père"),
    ("es", "un terrorista suicida atacó el mercado"),
    ("es", "no estoy segura"),                 # "I am not sure"
    ("es", "mataron a mi hermano"),
    ("ur", "میرا بھائی مر گیا"),
    ("ur", "بازار میں خودکش حملہ ہوا"),
    ("ta", "என் சகோதரன் இறந்தான்"),
    ("ta", "தற்கொலை தாக்குதல் நடந்தது"),
    ("so", "walaalkay waa la dilay"),
]

LONG_ACCOUNT = ("Soldiers came to our village in the spring. They took the men to the school and we did not see "
                "them again. " * 40)


@pytest.mark.parametrize("language, message, kind", FOUND)
def test_danger_is_found_in_every_language(language: str, message: str, kind: str) -> None:
    found = find_danger(message)
    assert kind in found.kinds, (language, message)
    assert language in found.languages


def test_every_language_has_both_kinds_tested() -> None:
    tested = {(language, kind) for language, _, kind in FOUND}
    assert tested == {(language, kind) for language in CURATED_LANGUAGES for kind in (SELF_HARM, IMMEDIATE_DANGER)}
    assert set(PHRASES) == set(CURATED_LANGUAGES)


@pytest.mark.parametrize("message, kind", MESSY)
def test_misspelled_and_romanised_danger_is_found(message: str, kind: str) -> None:
    assert kind in find_danger(message).kinds, message


@pytest.mark.parametrize("form, message, kind", ROMANISED)
def test_danger_typed_in_latin_letters_is_found(form: str, message: str, kind: str) -> None:
    assert kind in find_danger(message).kinds, (form, message)


@pytest.mark.parametrize("form, message", ROMANISED_ACCOUNTS)
def test_an_account_typed_in_latin_letters_is_not_danger(form: str, message: str) -> None:
    assert not find_danger(message), (form, message, find_danger(message))


@pytest.mark.parametrize("message, kind", HURRIED)
def test_danger_typed_in_a_hurry_is_found(message: str, kind: str) -> None:
    assert kind in find_danger(message).kinds, message


@pytest.mark.parametrize("message", HURRIED_ACCOUNTS)
def test_an_account_in_the_same_words_is_not_danger(message: str) -> None:
    assert not find_danger(message), (message, find_danger(message))


def test_russian_and_ukrainian_in_latin_letters_are_read_in_cyrillic() -> None:
    """The Cyrillic lists find them: no Latin pattern in either list says "I am in danger"."""
    assert find_danger("ya v opasnosti").languages == {"ru"}
    assert find_danger("ya v nebezpetsi").languages == {"uk"}
    assert find_danger("я в опасности").languages == {"ru"}


@pytest.mark.parametrize("language, message", AT_THE_DOOR)
def test_someone_at_the_door_or_the_house_now_is_danger_in_every_language(language: str, message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", AT_THE_DOOR_ACCOUNTS)
def test_an_account_of_the_past_at_the_door_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_danger_at_the_door_tested_both_ways() -> None:
    languages = set(PHRASES)
    assert {language for language, _ in AT_THE_DOOR} == languages
    assert {language for language, _ in AT_THE_DOOR_ACCOUNTS} == languages


@pytest.mark.parametrize("language, message", HIDING)
def test_hiding_or_being_followed_now_is_danger_in_every_language(language: str, message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", HIDING_ACCOUNTS)
def test_an_account_of_hiding_in_the_past_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_hiding_tested_both_ways() -> None:
    assert {language for language, _ in HIDING} == set(PHRASES)
    assert {language for language, _ in HIDING_ACCOUNTS} == set(PHRASES)


@pytest.mark.parametrize("language, message", ARMED_NEARBY)
def test_armed_men_in_the_street_or_the_area_now_is_danger_in_every_language(language: str, message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", ARMED_NEARBY_ACCOUNTS)
def test_armed_men_there_in_the_past_or_family_in_the_street_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


@pytest.mark.parametrize("language, message", FOUND_OUT)
def test_fear_that_they_find_out_about_this_conversation_is_danger_in_every_language(language: str,
                                                                                    message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", FOUND_OUT_ACCOUNTS)
def test_an_account_of_being_found_out_in_the_past_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_armed_men_nearby_and_fear_of_being_found_out_tested_both_ways() -> None:
    for cases in (ARMED_NEARBY, ARMED_NEARBY_ACCOUNTS, FOUND_OUT, FOUND_OUT_ACCOUNTS):
        assert {language for language, _ in cases} == set(PHRASES)


@pytest.mark.parametrize("language, message", SEARCHING)
def test_being_searched_for_or_houses_searched_around_now_is_danger_in_every_language(language: str,
                                                                                     message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", SEARCHING_ACCOUNTS)
def test_an_account_of_past_searches_or_a_search_of_ones_own_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_searching_tested_both_ways() -> None:
    assert {language for language, _ in SEARCHING} == set(PHRASES)
    assert {language for language, _ in SEARCHING_ACCOUNTS} == set(PHRASES)


@pytest.mark.parametrize("language, message", KIN_NOW)
def test_someone_with_them_hurt_or_taken_just_now_is_danger_in_every_language(language: str, message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", KIN_ACCOUNTS)
def test_an_account_of_family_hurt_or_taken_in_the_past_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_family_hurt_or_taken_now_tested_both_ways() -> None:
    assert {language for language, _ in KIN_NOW} == set(PHRASES)
    assert {language for language, _ in KIN_ACCOUNTS} == set(PHRASES)


@pytest.mark.parametrize("language, message", NOT_WORTH_LIVING)
def test_life_not_worth_living_said_in_passing_is_self_harm_in_every_language(language: str, message: str) -> None:
    assert SELF_HARM in find_danger(message).kinds


@pytest.mark.parametrize("language, message", SAID_OF_OTHERS)
def test_the_same_words_said_of_others_or_of_something_else_are_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_life_not_worth_living_tested_both_ways() -> None:
    assert {language for language, _ in NOT_WORTH_LIVING} == set(PHRASES)
    assert {language for language, _ in SAID_OF_OTHERS} == set(PHRASES)


@pytest.mark.parametrize("language, message", UNDER_FIRE)
def test_shooting_shelling_or_bombing_around_the_person_now_is_danger_in_every_language(language: str,
                                                                                      message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", UNDER_FIRE_ACCOUNTS)
def test_an_account_of_past_shooting_shelling_or_bombing_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_being_under_fire_tested_both_ways() -> None:
    languages = set(PHRASES)
    assert {language for language, _ in UNDER_FIRE} == languages
    assert {language for language, _ in UNDER_FIRE_ACCOUNTS} == languages


@pytest.mark.parametrize("language, message", THREATS)
def test_a_threat_of_coming_of_speaking_out_of_the_phone_watched_or_of_being_found_is_danger_in_every_language(
        language: str, message: str) -> None:
    assert IMMEDIATE_DANGER in find_danger(message).kinds


@pytest.mark.parametrize("language, message", THREAT_ACCOUNTS)
def test_an_account_of_past_threats_coming_the_phone_searched_or_a_finding_is_not_danger(language: str,
                                                                                         message: str) -> None:
    assert not find_danger(message), message


def test_every_language_has_threats_tested_both_ways() -> None:
    languages = set(PHRASES)
    assert {language for language, _ in THREATS} == languages
    assert {language for language, _ in THREAT_ACCOUNTS} == languages


@pytest.mark.parametrize("written, compiled", [
    (r"(he|she) is", r"(?:he|she) is"), (r"\(x\)", r"\(x\)"), (r"[(]x", r"[(]x"), (r"[^)(]x(y)", r"[^)(]x(?:y)"),
    (r"(?!was )(here)", r"(?!was )(?:here)"), (r"[]a](b)", r"[]a](?:b)"), (r"(?<=a)(b)", r"(?<=a)(?:b)"),
])
def test_the_lists_plain_groups_are_compiled_without_captures(written: str, compiled: str) -> None:
    """Escaped brackets, brackets in a class and lookarounds are left as written."""
    assert _without_captures(written) == compiled


@pytest.mark.parametrize("language, message", NOT_FOUND)
def test_an_account_of_harm_to_others_is_not_danger(language: str, message: str) -> None:
    assert not find_danger(message), (language, message, find_danger(message))


# One case of each kind in three languages and two scripts, deep inside a long account.
DEEP_INSIDE = ("I don't want to live anymore, I want to end my life", "بدي موت", "Я не хочу більше жити",
               "no, he is in the next room", "إنهم يراقبونني")


@pytest.mark.parametrize("language, message, kind", [case for case in FOUND if case[1] in DEEP_INSIDE])
def test_danger_is_found_deep_inside_a_long_account(language: str, message: str, kind: str) -> None:
    """Beyond the 2,000 characters the NLU models read, too."""
    account = f"{LONG_ACCOUNT} {message}. {LONG_ACCOUNT}"
    assert len(account) > 4000
    assert kind in find_danger(account).kinds


def test_a_long_account_without_danger_words_is_quiet() -> None:
    assert not find_danger(LONG_ACCOUNT + " my brother died there, and they killed our neighbours too.")


def test_both_kinds_in_one_message_are_both_found() -> None:
    found = find_danger("he is outside the door and I want to die")
    assert found.kinds == {SELF_HARM, IMMEDIATE_DANGER}
    assert found.as_dict()["kinds"] == [IMMEDIATE_DANGER, SELF_HARM]  # 999 and leaving first


def test_a_pasted_book_is_read_only_as_far_as_the_cap() -> None:
    assert SELF_HARM in find_danger("a" * (MAX_SCANNED_CHARACTERS - 100) + " i want to die").kinds
    assert not find_danger("a" * MAX_SCANNED_CHARACTERS + " i want to die")


@pytest.mark.parametrize("value", [None, "", "   ", 42, {"text": "i want to die"}])
def test_no_text_is_no_danger(value: object) -> None:
    assert find_danger(value) == Danger()


def test_the_parse_data_form_reads_back_and_ignores_anything_malformed() -> None:
    found = find_danger("i want to die")
    assert Danger.from_dict(found.as_dict()) == found
    assert Danger.from_dict({"kinds": ["something_else"]}) == Danger()
    assert Danger.from_dict("self_harm") == Danger()


def test_normalising_folds_case_accents_letter_variants_and_punctuation() -> None:
    assert normalise("I'M  NOT   Safe!!") == "i m not safe"
    assert normalise("أُرِيدُ") == normalise("اريد")
    assert normalise("مكتبة") == normalise("مكتبه")
    assert normalise("کی") == normalise("كي")            # Persian and Arabic kaf and yeh
    assert normalise("идёт") == "идет"
    assert normalise("pièce d'à côté") == "piece d a cote"
    assert normalise("helppp 999") == "help 999"          # letters repeated three times, digits untouched


@pytest.mark.parametrize("typed, word, expected", [
    ("suicde", "suicide", True), ("siucide", "suicide", True), ("suicidee", "suicide", True),
    ("suicxde", "suicide", True), ("sucde", "suicide", False), ("myself", "myself", True),
])
def test_one_slip_apart(typed: str, word: str, expected: bool) -> None:
    assert one_slip_apart(typed, word) is expected


def test_short_words_are_never_corrected_into_danger_words() -> None:
    """"wife" is one letter from "life": correcting short words would turn accounts into alarms."""
    assert corrected("take my wife") == "take my wife"
    assert corrected("thinking about suicde") == "thinking about suicide"


def test_every_pattern_compiles_and_is_written_in_lower_case() -> None:
    for language, phrases in PHRASES.items():
        for pattern in phrases.self_harm + phrases.immediate_danger + phrases.not_danger:
            re.compile(pattern)
            # Folding lower-cases the pattern, which would turn \S or \W into \s or \w.
            assert not re.search(r"\\[A-Z]", pattern), (language, pattern)
