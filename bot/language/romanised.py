"""Served languages typed in Latin letters: Roman Urdu/Hindustani, Arabizi, transliterated Russian and Ukrainian.

Many people write their language on a phone keyboard in Latin letters ("mujhe madad chahiye", "ana 3ayez
a7ki", "pomogite pozhaluysta"). Every statistical detector reads that as English, French or Somali. This module
recognises the forms from words that they use and the Latin-script served languages do not, plus Arabizi's
digits for Arabic letters (3 = ع, 7 = ح, 2 = ء, 5 = خ, 9 = ق) inside words. The result is only a suggestion,
offered to the person in both scripts; the conversation never switches on it.

How a message is scored, per form: each word of the form's lexicon counts 1, or 1/2 when it is also an ordinary
word in English, French, Spanish or Somali (COMMON_LATIN_WORDS) or in another form's lexicon ("ya" is Russian,
Ukrainian and Arabizi; "main" is English). Common words of the Latin-script languages that the form does not
use count against it. A form is suggested when it has at least one full-weight word, its score is at least
MIN_SHARE of the message's words and more than the score against it, and no other form scores as much.

Everything is data; one code path serves every form. Russian and Ukrainian have far more words than a list
holds, so where their words lead without reaching the share, `cyrillic_leaning` names them and the detector
reads the message spelled back in Cyrillic (bot.language.transliteration) before suggesting either.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Mapping, Optional, Tuple

SCRIPT = "Latin"

# The share of a message's words that must be the form's (weighted) before it is suggested.
MIN_SHARE = 0.34


@dataclass(frozen=True)
class Form:
    """One way of writing a served language in Latin letters."""

    name: str
    language: str
    words: FrozenSet[str]
    pattern: Optional[str] = None  # a regular expression for words only this form spells (full weight)


def _words(text: str) -> FrozenSet[str]:
    return frozenset(text.split())


FORMS: Tuple[Form, ...] = (
    Form("Roman Urdu", "ur", _words(
        "salam haan haanji hanji jee ji jii hai hain hay hei hy ho hoon hun hu tha thi thay the kya kia kyun kyu kyon kaise kese kaisay kesy kahan "
        "kahaan kidhar kab kaun kon kitna kitne kitni nahi nahin nai nhi na mat mein main mai me mujhe mujhko "
        "mjhe mera meri mere mery hum ham humein hamein hamara hamari hamare tum tumhara tumhari aap ap apka "
        "apki apke aapka aapki aapke unka unki unke uska uski uske woh wo vo yeh ye ko ka ki ke se par pe aur "
        "bhi lekin magar agar jab tab phir abhi ab yahan wahan idhar udhar sab kuch koi kuchh bohat bahut bohot "
        "bht acha achha accha theek thik shukriya shukria meherbani mehrbani madad chahiye chahye chahiye "
        "chahta chahti sakta sakti sakte kar karo karen karna kiya kiye kia gaya gayi gaye gya gyi rahe raha "
        "rahi hua hui huay hue bata batao batayen bataen bolo boliye suno samajh pata maloom bhai behen bhen "
        "ammi abbu walid walida beta beti bacha bachay bache ghar gaon gaaon log logon aadmi fauj fauji foji "
        "police thana raat din subah shaam kal aaj parson maar mara maara mare goli zakhmi zakhm dard dar "
        "darr khatra khatarnak bachao jaldi baat bat karni karni hoga hogi honge wala wali wale sath saath "
        "liye liya liyaa diya diye dena lena jana jao aao aana khana pani paisa paise")),
    Form("Arabizi", "ar", _words(
        "ana enta inta enti inti howa huwa hiya heya ehna e7na nahna hum homa ya yalla yallah wallah wallahi "
        "inshallah insha2allah mashallah alhamdulillah hamdilla hamdulillah shukran shokran sho2ran merci "
        "marhaba mar7aba ahlan ahla salam salamu 3alaykum aleikum kifak kifik keefak kif kaif kayf shu shou "
        "eish esh eh ehh lesh leish lish leh mish msh mesh mosh ma fi fe fih feeh min men mn 3ala ala 3an an "
        "ma3 m3 bas kaman kamaan la2 laa aywa aiwa eh na3am tayeb tayyib tamam mnih mni7 kwayes kwayis helw "
        "7elw habibi 7abibi habibti akhi a5i ukhti o5ti 5ayi ummi abi baba mama bayt beit bait dar "
        "el al wa w hal hel mumkin momken mumken bidi baddi bade 3ayez 3ayz 3awez 3ayza 3awza ureed orid "
        "bghit a7ki ahki atkallam nihki ne7ki 7aki kalam kteer ktir kter shway shwaya shwayye 3ndi 3andi "
        "3indi 3anna andi 3arabi 3rbi jeish jaish askar 3askar jnood jonood harb 7arb darab darabouni akhadou "
        "a5adou khatafou 5atafou 2atalou atalou mat maat damm dam jara7 majrou7 sa3idni sa3dni saa3idni "
        "ysa3idni musa3ada mosa3ada el7a2ni il7a2ni elyom elyoum lyom bukra bokra embare7 imbareh lail leil "
        "lel nhar sa7 sah ghalat 5alas khalas yani ya3ni ya3ne kollo kel kull ay ayy wen wein fein fen emta "
        "imta ameta kam 2ddesh addesh 2adesh"), pattern=r"[a-z]*[a-z][2357][a-z0-9]*|[2357][a-z]{2,}"),
    Form("Russian in Latin letters", "ru", _words(
        "ya ty on ona ono my vy oni menya mne mnoy tebya tebe nas nam vas vam ikh ih emu ego eyo ee yego "
        "moy moya moe moyo moi tvoy tvoya nash nasha nashi vash vasha chto shto cho kak gde kogda pochemu "
        "zachem kto skolko kuda otkuda eto etot eta eti tot ta te tam tut zdes seychas sejchas teper potom "
        "togda uzhe eshche esche yeshche ne net da nu vot tozhe tolko ochen vsyo vse vsio vsem vsekh nichego "
        "nikto nikogda mozhno nelzya nado nuzhno pomogite pomogi pomoshch pomosh pozhaluysta pozhalujsta "
        "pojaluysta spasibo privet zdravstvuyte zdravstvujte poka khorosho horosho plokho ploho byl byla bylo "
        "byli budet budu est yest bez dlya pro pod nad ot do iz ili chtoby yesli esli kogo chego chem kotoryy "
        "kotoryj kotoraya soldaty soldat voennye voyennye prishli prishel zabrali zabral ubili ubit ranen "
        "ranenyy strelyali bombili dom doma derevnya derevne gorod gorode noch nochyu utrom vecherom den dnya "
        "syn doch brat sestra mama papa muzh zhena rebenok deti lyudi chelovek vrach bolnitsa pogib umer "
        "propal boyus strashno govorit govoryu ponimayu znayu khochu hochu mogu mozhete skazat rasskazat "
        "napisat russkiy po-russki ruskom russkom"), pattern=r"[a-z]*(?:yy|iy|oy|aya)"),
    Form("Ukrainian in Latin letters", "uk", _words(
        "ya ty vin vona vono my vy vony mene meni mnoyu tebe tobi nas nam vas vam yikh yim yoho yiyi "
        "miy moya moye moyi tviy tvoya nash nasha nashi vash vasha shcho scho sho yak de koly chomu navishcho "
        "khto hto skilky kudy zvidky tse tsey tsya tsi toy ta ti tam tut zaraz teper potim todi vzhe vzhe "
        "shche sche ne ni tak nu os tezh tilky duzhe vse vsi vsikh nichoho nishcho nikhto nikoly mozhna "
        "treba potribno dopomozhit dopomozhy dopomoha dopomohy bud laska budlaska dyakuyu diakuiu dyakuju "
        "pryvit vitayu dobryi dobriy dobre pohano buv bula bulo buly bude budu ye bez dlya pro pid nad vid "
        "do z zi abo shchob yakshcho yaksho koho choho chym yakyi yakyy yaka soldaty soldat viyskovi "
        "viiskovi pryyshly pryishly zabraly zabrav vbyly vbyty poranenyi poranenyy strilyaly bombyly "
        "budynok vdoma selo seli misto misti nich vnochi vrantsi vvecheri den dnya syn donka brat sestra "
        "mama tato cholovik druzhyna dytyna dity lyudy lyudyna likar likarnya zahynuv pomer znyk boyusya "
        "strashno hovoryty hovoryu rozumiyu znayu khochu hochu mozhu mozhete skazaty rozpovisty napysaty "
        "ukrayinska ukrainska ukrayinskoyu ukrainskoiu"), pattern=r"[a-z]*(?:yi|yy|ii)(?:ty|ly|sia|sya)?"),
)

# Everyday words of the Latin-script served languages (English, French, Spanish, Somali) and of English
# texting. A form's word that is also one of these counts half; these words, when a form does not use them,
# count against it.
COMMON_LATIN_WORDS: FrozenSet[str] = _words(
    # English
    "a an the and or but if of to in on at by for from with about as into over after before up down out off "
    "i me my mine we us our you your he him his she her it its they them their this that these those there "
    "here is am are was were be been being have has had do does did done will would can could shall should "
    "may might must not no yes ok okay so then than too very just now when where why how what who which "
    "all any some one two three my please help thank thanks hello hi hey bye good bad man men woman day "
    "night home house came come go went take took get got see saw say said tell told know want need "
    "brother sister mother father son daughter child children people soldiers army police village town "
    "u ur ya yeah nah lol omg pls plz thx 2day 2morrow 2nite gr8 b4 4u main bat dam mat pan sun ham hum eh "
    "mama papa "
    # French
    "je tu il elle nous vous ils elles le la les un une des du de au aux et ou mais donc car ni que qui quoi "
    "dans sur sous avec sans pour par chez est suis es sont etait était ai as avons avez ont pas ne plus "
    "très tres bien mal oui non merci bonjour salut moi toi lui leur mon ma mes ton ta tes son sa ses ce "
    "cette ces il y a fait faire dit aller venu venir mon frère soeur mère père enfant nuit jour maison "
    "soldats armée village ville aide aidez svp bas sa se si en on",
    # Spanish
) | _words(
    "yo tú tu él ella nosotros vosotros ellos ellas el la los las un una unos unas y o pero si no sí que "
    "qué quien de del al en con sin por para es soy eres son era fue fui he ha han hay estoy está están "
    "muy bien mal gracias hola mi mis tu tus su sus me te se nos lo le les este esta estos esa ese eso "
    "hermano hermana madre padre hijo hija niño noche día casa soldados ejército pueblo ciudad ayuda "
    "ayúdenme porfa favor ya ahora cuando donde como cómo qué mama papa vez dos tres"
) | _words(
    # Somali
    "waa waxaa waxay wuxuu waxaan ayaa ayuu ayay baa iyo oo ah ee ka ku la u ay uu aan ma si soo sii la "
    "kale hadii haddii laakiin markii marka maxaa maxay sidee halkee yaa waan waad wax ii kuu kaa noo "
    "anigu aniga adiga isaga iyada annaga idinka iyaga hooyo aabe walaal walaalkay caruur carruurta "
    "askar askarta tuulo tuulada magaalada habeen habeenkii maanta berri shalay guri guriga caawimaad "
    "fadlan mahadsanid haa maya salaan nabad nabadgelyo see sida badan yar hal laba saddex dhib dhibaato"
)

_WORD = re.compile(r"[a-z0-9']+")


def _demoted_words() -> FrozenSet[str]:
    """Words that say less: also ordinary in a Latin-script served language, or in more than one form."""
    seen: Dict[str, int] = {}
    for form in FORMS:
        for word in form.words:
            seen[word] = seen.get(word, 0) + 1
    return COMMON_LATIN_WORDS | frozenset(word for word, count in seen.items() if count > 1)


_DEMOTED = _demoted_words()
LANGUAGE_OF_FORM: Mapping[str, str] = {form.name: form.language for form in FORMS}
_PATTERNS: Mapping[str, Optional[re.Pattern]] = {
    form.name: re.compile(form.pattern) if form.pattern else None for form in FORMS}


def tokens(text: str) -> List[str]:
    """Lower-case words with their digits (Arabizi "3ndi" stays one word); accents kept, apostrophes trimmed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return [token.strip("'") for token in _WORD.findall(folded) if any(char.isalpha() for char in token)]


def scores(text: str) -> Dict[str, Tuple[float, float, bool]]:
    """Per form name: (weighted score for, score against, whether a full-weight word was seen)."""
    words = tokens(text)
    result: Dict[str, Tuple[float, float, bool]] = {}
    for form in FORMS:
        score, against, full = 0.0, 0.0, False
        pattern = _PATTERNS[form.name]
        for word in words:
            spelled = bool(pattern and pattern.fullmatch(word) and word not in COMMON_LATIN_WORDS)
            if word in form.words or spelled:
                weight = 0.5 if word in _DEMOTED else 1.0
                score += weight
                full = full or weight == 1.0
            elif word in COMMON_LATIN_WORDS:
                against += 1.0
        result[form.name] = (score, against, full)
    return result


def suggest(text: str) -> Optional[str]:
    """The served language that `text` writes in Latin letters (see the module docstring), else None."""
    words = len(tokens(text))
    if not words:
        return None
    ranked = sorted(((score, against, full, name) for name, (score, against, full) in scores(text).items()),
                    reverse=True)
    score, against, full, name = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if full and score >= MIN_SHARE * words and score > against and score > runner_up:
        return LANGUAGE_OF_FORM[name]
    return None


CYRILLIC_FORMS = ("Russian in Latin letters", "Ukrainian in Latin letters")


def cyrillic_leaning(text: str) -> Tuple[str, ...]:
    """Russian and/or Ukrainian, where their words lead in `text` without deciding it: they score at least one
    word, more than every other form, and what counts against them is less than one word more than their score.
    The one with more words comes alone; on a tie, both."""
    found = scores(text)
    ours = {LANGUAGE_OF_FORM[name]: found[name] for name in CYRILLIC_FORMS}
    best = max(score for score, _, _ in ours.values())
    others = max((score for name, (score, _, _) in found.items() if name not in CYRILLIC_FORMS), default=0.0)
    against = max(against for _, against, _ in ours.values())
    if best < 1.0 or best <= others or against >= best + 1.0:
        return ()
    return tuple(code for code, (score, _, _) in sorted(ours.items()) if score == best)
