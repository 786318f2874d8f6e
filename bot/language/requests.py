"""Explicit language requests: "/language fr", a button payload, "can we speak French?", "українською", "اردو".

An explicit request always wins over detection, so it must be recognised in whatever language the person
writes and must not fire on testimony that merely mentions a language or a nationality ("Russian soldiers came",
"they spoke Russian"). The rule is therefore closed-vocabulary: a message is a request when it names exactly one
served language and every other word in it is request vocabulary (can, speak, in, please, ...) from the tables
below. Everything is data; one code path serves all languages.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Mapping, Optional

from bot.language.languages import normalize_code

# Names of each served language in English and in each of the ten languages, with the inflected forms requests
# use (Ukrainian "українською", Arabic "بالعربية", Tamil "தமிழில்", Russian "по-русски" -> "по" + "русски").
# Written in ordinary spelling; matching ignores case, accents, hamza and yeh/kaf variants (see _normalize).
NAMES: Mapping[str, Iterable[str]] = {
    "en": ("english", "anglais", "inglés", "английский", "английском", "английски", "англійська", "англійською",
           "англійську", "англійськи", "انجليزي", "الإنجليزية", "بالإنجليزية", "بالإنجليزي", "انكليزي",
           "بالانكليزي", "انگلیسی", "انگریزی", "ஆங்கிலம்", "ஆங்கிலத்தில்", "ingiriis", "ingiriisi",
           "ingiriisiga"),
    "ar": ("arabic", "arabe", "árabe", "арабский", "арабском", "арабски", "арабська", "арабською", "арабську",
           "арабськи", "عربي", "العربية", "العربي", "بالعربية", "بالعربي", "عربى", "அரபு", "அரபியில்", "அரபி",
           "carabi", "carabiga"),
    "uk": ("ukrainian", "ukrainien", "ucraniano", "украинский", "украинском", "украински", "українська",
           "українською", "українську", "українськи", "українській", "الأوكرانية", "أوكراني", "بالأوكرانية",
           "اوکراینی", "یوکرینی", "உக்ரைனியன்", "உக்ரேனிய", "yukreeniyaan", "yukreeni"),
    "ru": ("russian", "russe", "ruso", "русский", "русском", "русски", "русскому", "російська", "російською",
           "російську", "російськи", "الروسية", "روسي", "بالروسية", "بالروسي", "روسی", "ரஷ்யன்", "ரஷ்ய", "ruush",
           "ruushka"),
    "fa": ("persian", "farsi", "dari", "persan", "persa", "персидский", "фарси", "дари", "перська", "перською",
           "фарсі", "дарі", "الفارسية", "فارسي", "بالفارسية", "بالفارسي", "فارسی", "دری", "پارسی", "பாரசீகம்",
           "பாரசீக", "பார்சி", "faarisi", "faarsi"),
    "fr": ("french", "français", "francés", "французский", "французском", "французски", "французька",
           "французькою", "французьку", "французьки", "الفرنسية", "فرنسي", "بالفرنسية", "بالفرنسي", "فرانسوی",
           "فرانسیسی", "பிரெஞ்சு", "பிரெஞ்சில்", "faransiis", "faransiiska"),
    "es": ("spanish", "espagnol", "español", "castellano", "испанский", "испанском", "испански", "іспанська",
           "іспанською", "іспанську", "іспанськи", "الإسبانية", "إسباني", "بالإسبانية", "بالاسباني", "اسپانیایی",
           "ہسپانوی", "ஸ்பானிஷ்", "ஸ்பானிய", "isbaanish", "isbaanishka"),
    "ur": ("urdu", "ourdou", "урду", "الأردية", "أردو", "بالأردية", "اردو", "உருது", "urduu"),
    "ta": ("tamil", "tamoul", "тамильский", "тамильском", "тамильски", "тамільська", "тамільською", "التاميلية",
           "تاميلي", "بالتاميلية", "تامیلی", "تمل", "தமிழ்", "தமிழில்", "tamiil"),
    "so": ("somali", "somalí", "сомалийский", "сомалийски", "сомали", "сомалійська", "сомалійською", "сомалі",
           "الصومالية", "صومالي", "بالصومالية", "بالصومالي", "سومالیایی", "سومالی", "صومالی", "சோமாலி",
           "soomaali", "soomaaliga", "afsoomaali"),
}

# Words that may surround a language name in a request, per language: asking, speaking, "in", "please",
# pronouns. No negations ("I don't speak English" is not a request) and no content words, so testimony that
# mentions a language ("they spoke Russian", "Russian soldiers") is never taken for one.
REQUEST_WORDS: Mapping[str, str] = {
    "en": "i i'm im we you me us my our can could may would will shall do does please pls plz speak talk write "
          "chat reply answer respond continue switch change go use using in into to with language want wanna like "
          "prefer let's lets let ok okay now instead only is it possible the a yes hi hello back also",
    "fr": "je j'aimerais aimerais on nous vous tu peut peux pouvez pouvons parler parlez parle écrire écrivez "
          "continuer passer changer en au le la langue svp stp s'il te vous plaît voudrais veux préfère préférerais "
          "est ce que possible merci oui d'accord moi bonjour",
    "es": "yo tú usted nosotros podemos puedo puede puedes podría hablar hablas habla hablamos hable escribir "
          "escribe seguir continuar cambiar pasar en al a el la idioma lengua por favor quiero quisiera prefiero me "
          "gustaría se es posible gracias sí si vale mejor hola",
    "ru": "я мы вы ты можно могу можем можете можешь говорить говорите говоришь разговаривать общаться писать "
          "пишите перейти перейдём переключи продолжить продолжим на по язык языке пожалуйста хочу хотел хотела "
          "бы давайте давай мне со с мной лучше будем здравствуйте привет",
    "uk": "я ми ви ти можна можу можемо можете говорити розмовляти спілкуватися писати пишіть перейти перейдемо "
          "продовжити продовжимо на по мовою мова мові мову будь ласка хочу хотів хотіла би б давайте давай мені зі "
          "з мною краще будемо привіт вітаю",
    "ar": "ممكن هل نتكلم نتحدث تتكلم تتحدث اتكلم أتكلم أريد بدي بدنا تكلم تحدث كلمني تكلمني باللغة لغة اللغة من "
          "فضلك لو سمحت رجاء أرجو انا أنا نحن معي معاي في ب نكمل أكمل أبغى عايز عاوز مرحبا",
    "fa": "می‌شه میشه می‌شود می‌تونیم می‌توانیم صحبت کنیم کنید کن حرف بزنیم بزنید بزن زبان به با لطفا لطفاً من "
          "شما می‌خواهم می‌خوام ادامه بدهیم بدیم بنویسید خواهش می‌کنم بله سلام",
    "ur": "کیا ہم آپ میں مجھ مجھے سے بات کریں کرو کر سکتے سکتی سکتا ہیں ہوں ہے زبان براہ کرم مہربانی پلیز چاہیے "
          "چاہئے چاہتا چاہتی بولیں بولو بولنا لکھیں جاری رکھیں کرنا سلام",
    "ta": "நாம் நாங்கள் நீங்கள் நான் எனக்கு பேசலாமா பேசுங்கள் பேச பேசலாம் பேசுவோம் பேசுவீர்களா மொழியில் மொழி "
          "தயவுசெய்து வேண்டும் எழுதுங்கள் முடியுமா தொடரலாமா தொடருங்கள் வணக்கம்",
    "so": "ma ku kula hadal hadli hadla hadlaa hadashaa hadlaysaa hadlaynaa karnaa kartaa kartaan karaa fadlan waan "
          "waxaan rabaa doonayaa jeclahay luqadda luqad afka af aan na la ii i waa noo ila qor qora sii wad haa "
          "miyaad miyaan salaan",
}

# A request is a short message; longer ones that name a language are testimony or questions for the dialogue.
MAX_REQUEST_WORDS = 10

_COMMAND = re.compile(r"^\s*/\s*([\w-]+)\s*(.*)$", re.DOTALL)  # "/intent rest" or "/intent{json}"
# Spelling variants that keyboards and regions produce for the same Arabic-script word.
_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ي": "ی", "ى": "ی", "ك": "ک",
                                  "ة": "ه", "ۃ": "ه", "ہ": "ه", "ە": "ه", "’": "'", "ʼ": "'", "`": "'"})
_JOINERS = dict.fromkeys(map(ord, "\u200c\u200d\u0640"))  # ZWNJ, ZWJ and tatweel carry no meaning here


@dataclass(frozen=True)
class LanguageRequest:
    """An explicit choice of language.

    kind: "command" for "/language xx" and button payloads, "name" for a message that is only a language name
    (with politeness words), "phrase" for a request in words ("can we speak French?"). The dialogue may choose to
    distrust a bare "name" where an answer could be a nationality.
    """

    language: str
    kind: str


def _normalize(text: str) -> str:
    """Case-, accent- and variant-insensitive form used for matching (Tamil and Cyrillic letters are kept)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC_VARIANTS).translate(_JOINERS)
    decomposed = unicodedata.normalize("NFD", text)
    kept = (char for char in decomposed
            if not (unicodedata.category(char) == "Mn"
                    and unicodedata.name(char, "").startswith(("COMBINING", "ARABIC"))))
    return unicodedata.normalize("NFC", "".join(kept))


def _tokens(text: str) -> List[str]:
    """Words of `text` after _normalize: runs of letters, marks (Tamil vowel signs), digits and apostrophes."""
    spaced = "".join(char if char == "'" or unicodedata.category(char)[0] in "LMN" else " "
                     for char in _normalize(text))
    return [token.strip("'") for token in spaced.split() if token.strip("'")]


def _index_names() -> Dict[str, str]:
    index: Dict[str, str] = {}
    for code, names in NAMES.items():
        for name in names:
            for token in _tokens(name):
                if index.setdefault(token, code) != code:
                    raise ValueError(f"language name {name!r} is ambiguous between {index[token]} and {code}")
    return index


_NAME_INDEX: Mapping[str, str] = _index_names()
_VOCABULARY: FrozenSet[str] = frozenset(token for words in REQUEST_WORDS.values() for token in _tokens(words))


def resolve(value: str) -> Optional[str]:
    """The served language meant by a code or a name ("fr", "fr-FR", "prs", "français", "Urdu"), else None."""
    code = normalize_code(value)
    if code:
        return code
    tokens = _tokens(value)
    named = {_NAME_INDEX[token] for token in tokens if token in _NAME_INDEX}
    return named.pop() if len(named) == 1 else None


def _from_command(intent: str, argument: str) -> Optional[str]:
    """The language in "/language fr", "/lang=uk" or a button payload such as '/choose{"language": "fa"}'.

    A payload counts when its intent or one of its entity names mentions "lang"; anything else is some other
    command and not a language request.
    """
    about_language = "lang" in intent.casefold()
    argument = argument.strip()
    if argument.startswith("{"):
        try:
            entities = json.loads(argument)
        except ValueError:
            return None
        if not isinstance(entities, dict):
            return None
        candidates = [value for key, value in entities.items()
                      if isinstance(value, str) and (about_language or "lang" in str(key).casefold())]
    else:
        candidates = [argument.strip(" =:\"'")] if about_language else []
    for candidate in candidates:
        code = resolve(candidate)
        if code:
            return code
    return None


def parse_request(text: Optional[str]) -> Optional[LanguageRequest]:
    """The explicit language request in a message, or None when it is not one."""
    if not text:
        return None
    command = _COMMAND.match(text)
    if command:
        code = _from_command(command.group(1), command.group(2))
        return LanguageRequest(code, "command") if code else None
    tokens = _tokens(text)
    if not tokens or len(tokens) > MAX_REQUEST_WORDS:
        return None
    named = {_NAME_INDEX[token] for token in tokens if token in _NAME_INDEX}
    others = [token for token in tokens if token not in _NAME_INDEX]
    if len(named) != 1 or not all(token in _VOCABULARY for token in others):
        return None
    return LanguageRequest(named.pop(), "phrase" if others else "name")


def requested_language(text: Optional[str]) -> Optional[str]:
    """Just the code of an explicit request in `text`, or None."""
    request = parse_request(text)
    return request.language if request else None
