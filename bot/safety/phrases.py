"""The danger phrases, per language: words of suicide or self-harm, and of danger here and now.

Each list is regular-expression source matched against bot.safety.normalise.normalise(message): lower case,
no accents or vowel marks, one spelling per letter, punctuation and apostrophes read as spaces ("he's" is
"he s", "don't" is "don t"), single spaces. Write patterns in the ordinary spelling of the language in lower
case; they are folded the same way before they are compiled.

How the lists are drawn: recall comes first, because missing a person at risk is the worst error the product
can make, and a false alarm only costs a turn. But an account of what was done to others is not a cry for help:
"my brother died", "they killed my father" and "a suicide bomber" must not fire. So the self-harm phrases are
first person ("I want to die", "kill myself", "end my life"), never a bare "die" or "kill", and `not_danger`
lists the spans (a suicide *attack*, a perpetrator "here in the UK") that are blanked out before matching.
Romanised forms (Arabizi, Finglish, Roman Urdu, Tamil) are listed with their language; Russian and Ukrainian
typed in Latin letters are also read in their Cyrillic spelling by bot.safety.net, so their Cyrillic phrases
cover them. Every list is machine-assisted outside English and needs a native speaker's review, like the catalog.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple


@dataclass(frozen=True)
class PhraseList:
    """What the safety net looks for in one language."""

    self_harm: Tuple[str, ...]
    immediate_danger: Tuple[str, ...]
    # Spans blanked out before matching: wordings that only look like danger.
    not_danger: Tuple[str, ...] = ()
    # Danger words long enough that a one-letter slip ("suicde", "myslef") is read as the word.
    spellings: Tuple[str, ...] = ()


# English: where someone is, for "he is <here>", "they are <in the next room>".
_EN_NEARBY = (r"(here|coming|outside|at (the|my) door|in (the|my) (next|other) room|in the (house|room|flat|building)|"
              r"next door|behind me|watching( me)?|following me|looking for me|on (his|her|their) way)")

# English, at the door: who, "is" in the present (never "was", "were", "had been"), where, and which door.
_EN_WHO = (r"(he|she|they|thay|dey|someone|somone|someon|smone|sum1|some1|somebody|sombody|some one|people|ppl|men|man|"
           r"guys|soldiers|soldier|police|policemen|officers|army|militia|militiamen|gunmen|guards|strangers|agents)")
_EN_WHOS = r"(hes|shes|theyre|theyr|someones|somebodys)"  # "he's" typed without the apostrophe
_EN_IS = r"( is| s| are| re| r| has been| have been| ve been| s been)"
_EN_STILL = (r"( (still|already|now|right now|just|all|standing|waiting|sitting|hiding|parked|gathering|gathered|"
             r"lurking))")
_EN_BY = (r"(outside|outside of|at|in front of|infront of|infront|in font of|behind|under|underneath|below|around|"
          r"round|near|by|next to|across from|opposite)")
_EN_MY = r"(my|our|the|this|ma|me)"
# "my home country", "the house of commons" are no door.
_EN_NOT_TOWN = (r"(?! (country|countries|town|city|village|region|land|office|affairs|"
                r"of (commons|lords|representatives)))")
_EN_PLACE = (r"((front |back |main |side |kitchen |bedroom )?(door|doors|dor|dore|doorstep|house|hous|hose|houes|huse|"
             r"home|flat|appartment|apartment|apt|building|bulding|buiding|gate|gates|window|windows|windw|place|"
             r"compound|yard|garden|fence|balcony|porch|entrance|shelter|room|tent)" + _EN_NOT_TOWN + ")")
_EN_INDOORS = (r"((house|hous|home|flat|appartment|apartment|building|bulding|compound|yard|garden|hall|hallway|"
               r"corridor|stairwell|shelter)" + _EN_NOT_TOWN + ")")
_EN_DOOR = r"(front |back |main )?(door|doors|dor|dore|window|windows|gate|gates)"
# Said in a rush with no verb ("men outside my flat", "soldiers at my gate"): at the start of the message, after
# "help" or "please", or with "now"; and not the subject of an account ("men outside our house were shouting").
_EN_RUSH = r"\b^((help|please|pls|plz|omg|oh|god|quick|sos|urgent|hurry|me|now|right) ){0,4}"
_EN_WHO_RUSH = (r"(a |an |some |two |three |four |armed |the |many |lots of )?(someone|somone|smone|sum1|some1|"
                r"somebody|some one|people|ppl|men|man|guys|soldiers|police|policemen|army|militia|gunmen|guards|"
                r"strangers|agents)")
_EN_NOT_PAST = r"(?!( \w+){0,3} (were|was|had|did|came|would|used|yesterday|last|that night|then)\b)"
# Words between who and where ("men with guns outside"), never a verb of the past ("they were outside").
_EN_GAP = r"( (?!(were|was|had|been|did|used|stood|sat|waited|came|went|hid|stayed|lived)\b)\w+)"

# Somali, at the door. The door, gate or window itself, "outside", or the house with where: "gurigayga hortiisa"
# (in front of my house); never the house alone, since "gurigiisa ayuu joogaa" is only "he is at home".
_SO_PLACE = (r"(albaa?b\w*|irid\w*|irrid\w*|daa?qad\w*|dariishad\w*|guri\w*|aqal\w*|dhism\w*|deyr\w*|dayr\w*|"
             r"gidaar\w*|barxad\w*)")
_SO_AT = (r"(albaa?b\w*|irid\w*|irrid\w*|daa?qad\w*|dariishad\w*|bannaanka|banaanka|" + _SO_PLACE
          + r" (hor\w*|bannaank\w*|banaank\w*|gadaash\w*|gadaal\w*|hoost\w*|agagaar\w*|agt\w*|gudih\w*|gudaha|"
          r"dhinac\w*|korkiisa))")
# Present "is there", "stands", "sits", "waits" (never joogay/joogeen, taagnaa, "si joogta ah": regularly).
_SO_IS_THERE = (r"(joo?ga|joo?gaa|joo?gaan|joogtaa|taa?gan|taaganyihiin|taagantahay|fadhiya|fadhiyaa|fadhiyaan|"
                r"sugay(a|aa|aan)|wareegay(a|aa|aan)|ku wareegsan|hareeraysan|hareereysan|cuskan)\b"
                r"(?! (ahaa|ahaayeen|ahayd|jiray|jireen))")
# Knocking, banging, breaking, pushing, opening, coming in, surrounding, watching: now (-aya, -ayaa, -ayaan, -ayo),
# never -ay/-ayay/-ayeen (the past).
_SO_DOING = (r"(garaa?cay|tumay|dhufanay|jabinay|jebinay|jabsanay|jebsanay|furay|riixay|laaday|galay|gelay|"
             r"hareereynay|hareeraynay|go doominay|weeraray|eegay|daawanay|isku dayay|rasaaseynay)(a|aa|aan|o)\b")
# Words between where and the verb, never "I" or "we" ("bannaanka ayaan joogaa": I am outside) nor "not" ("ma").
_SO_GAP = (r"((?!(ayaan|baan|waan|aan|ayannu|ayaynu|baannu|baynu|waannu|waynu|aniga|anigu|annaga|annagu|ma|maan|"
           r"kuma|kama|uma|lama|ugama|si)\b)\w+ )")
_SO_THEY = r"(wuu|way|wey|ayuu|ayay|ayey|buu|bay|bey|waxay|wuxuu|waxaa|qof ayaa|qof baa)"
_SO_NOT_I = r"(?<!waxaan )(?<!waxaanu )(?<!waxaannu )(?<!waxaynu )(?<!aniga )(?<!anigu )(?<!annaga )"

# Tamil, at the door: the door, window or gate (any case ending), outside / in front of / behind / around /
# inside (whole words: "வெளியே" but not "வெளியேறி", to leave), or into the house; never the house alone, since
# "வீட்டில் இருக்கிறார்" is only "is at home". Tamil script has no \b here (its vowel signs are not \w).
_TA_DOOR = r"(கதவ|வாசல்|வாசப்படி|ஜன்னல்|ஜன்னெல்|சன்னல்)[^ ]*"
_TA_WHERE = (r"(" + _TA_DOOR + r"|கேட்|கேட்டில்|கேட்டுக்கு|கேட்டின்|கேட்டருகே|வாயிலில்|வாயிலுக்கு|வெளியே|வெளியில்|"
             r"வெளில|வெளிய|முன்னால்|முன்னாடி|முன்புறம்|பின்னால்|பின்னாடி|பின்புறம்|பின்பக்கம்|சுற்றி|சுத்தி|"
             r"சூழ்ந்து|உள்ளே|வீட்டுக்குள்|வீட்டுக்குள்ளே|வீட்டுக்குள்ள|வீட்டிற்குள்|கட்டிடத்துக்குள்|"
             r"கட்டிடத்திற்குள்|கட்டடத்துக்குள்|கட்டடத்திற்குள்|வளாகத்துக்குள்|காம்பவுண்டுக்குள்)")
_TA_INSIDE = (r"(உள்ளே|உள்ள|வீட்டுக்குள்|வீட்டுக்குள்ளே|வீட்டுக்குள்ள|வீட்டிற்குள்|கட்டிடத்துக்குள்|"
              r"கட்டிடத்திற்குள்|கட்டடத்துக்குள்|வளாகத்துக்குள்)")
# Now, he / she / they (-கிறார்கள், -கிறான், -றாங்க, -றான், -கின்றனர்): is, stands, waits, knocks, breaks, bangs,
# kicks, enters, surrounds, tries, watches, opens; never the past (-ந்தார்கள், -னார்கள்), the neuter "இருக்கிறது"
# (the door is open), "இருக்காது" (won't be) or I / we (-றேன், -றோம்). "ருக்கிற" is இருக்கிற inside a word too
# (காத்திருக்கிறார்கள்: are waiting, தட்டிக்கொண்டிருக்கிறார்கள்: are knocking).
_TA_NOW = (r"[^ ]*(ருக்கிற|ருக்கின்ற|ருக்க|உள்ள|நிற்கிற|நிற்கின்ற|நிக்கிற|நிக்குற|நிக்கற|நிக்ற|தட்டுகிற|"
           r"தட்டுகின்ற|தட்டுற|தட்டற|தட்ற|உடைக்கிற|உடைக்கின்ற|உடைக்குற|உடைக்கற|ஒடைக்கிற|ஒடைக்குற|அடிக்கிற|"
           r"அடிக்குற|அடிக்கின்ற|இடிக்கிற|இடிக்குற|உதைக்கிற|உதைக்குற|நுழைகிற|நுழைகின்ற|நுழையற|நுழையுற|நுழையிற|"
           r"புகுகிற|புகுற|வளைக்கிற|வளைக்குற|வளைக்கின்ற|வளைத்துவிட்ட|வளைச்சுட்ட|வளைச்சிட்ட|முயற்சிக்கிற|முயல்கிற|"
           r"செய்கிற|பண்ற|பண்ணுற|பார்க்கிற|பாக்குற|பாக்கிற|கவனிக்கிற|திறக்கிற|திறக்குற)(ா(?!து|த|ம)|னர)")
_TA_COMING = r"(வருகிற|வருகின்ற|வர்ற|வருற|வர|வார)(ாங்க|ான்|ாள்|ார்|ாரு|ார்கள்|னர்)( |$)"
_TA_WHO = (r"(ராணுவம்|இராணுவம்|ராணுவத்தினர்|இராணுவத்தினர்|ஆர்மி|போலீஸ்|பொலிஸ்|பொலிசார்|ஆட்கள்|ஆளுங்க|யாரோ|"
           r"சிப்பாய்கள்|படையினர்|அவர்கள்|அவங்க)")
_TA_NOW_WORD = r"( இப்போ| இப்போது| இப்ப| இப்பொழுது)?"
# A wound of the past said in the present perfect ("2009-ல் அவனுக்கு குண்டு பட்டிருக்கு", "போரில் காயம்
# பட்டிருக்கு"): a year or the war in the 16 characters before it (look-behinds have one width each).
_TA_NOT_AFTER_THEN = "".join("(?<!" + then + gap + " )"
                             for then in ("[0-9]{4}", "போரில்", "போர்ல", "யுத்தத்தில்", "சண்டையில்")
                             for gap in [""] + [" .{%d}" % size for size in range(1, 17)])
# Tamil typed in Latin letters ("avanga veliya nikkuraanga", "yaaro kadhava thatraanga"); "kadavul" is God.
_TA_WHERE_LATIN = (r"(kadhav\w*|kathav\w*|kadav(?!ul)\w*|kathaw\w*|kadhaw\w*|vaasal\w*|vasal\w*|vaasap\w*|jannal\w*|"
                   r"janal\w*|jannel\w*|gate\w*|veliya|veliye|veliyae|veliyila|veliyile|velila|veliyil|munnadi|"
                   r"munnaadi|munnala|munnaala|pinnadi|pinnaadi|pinnala|pinnaala|suthi|sutthi|suththi|sutri|chuththi|"
                   r"ulla|ulle|ullae|ullara|(veet|vet|veed|vid|building|flat|compound|room)\w*(kulla|kule|kulle))")
_TA_NOW_LATIN = (r"(\w*iru(k|kk)(i|u)?r?aa?(nga|n|ru|r|l)|ni(k|kk)(u|i|a)?raa?(nga|n|ru|r|l)?|"
                 r"nirk(i|u)raa?(nga|n|ru|r|rgal|rkal)|thatt?(u|i)?raa?(nga|n|ru|r|l)?|"
                 r"thattu?kiraa?(nga|n|r|rgal|rkal)|"
                 r"(o|u)dai?(k|kk)(u|i)?raa?(nga|n|ru|r|l)?|"
                 r"(a|i)di(k|kk)(u|i)?raa?(nga|n|ru|r|l)?|(no|nu)(zh|l|z)ai?y?(u|i)?raa?(nga|n|ru|r|l)?|"
                 r"pugu?raa?(nga|n|ru|r)|valai(k|kk|ch|chch)(u|i)?raa?(nga|n|ru|r)|valaichirukk?aa?(nga|n|ru|r)|"
                 r"paa?r?(k|kk)(u|i)raa?(nga|n|ru|r)|thira?k+(u|i)raa?(nga|n|ru|r)|"
                 r"(knock|bang|break|wait|watch|try|enter|surround|open|kick) pan+(u|n)?raa?(nga|n|ru|r|l)?)\b")

# The threats hanging over the person now, in every language below: someone will come for them, a threat over
# speaking out, the phone or messages watched.
# English. Who comes, threatens or watches: never "I" or "you".
_EN_THEY = (r"(?:he|she|they|thay|dey|someone|somone|somebody|some one|sum1|people|ppl|men|soldiers|militia|gunmen|"
            r"agents|police|army|the (?:men|soldiers|militia|army|police|regime|government|gang|intelligence|"
            r"security services|secret police)|his (?:family|brothers)|her (?:family|brothers)|my (?:husband|ex|"
            r"ex husband|partner|boyfriend|uncle|father in law|in laws|boss|brother in law))")
_EN_KIN = (r"my (?:family|children|kids|son|sons|daughter|daughters|wife|husband|brother|brothers|sister|sisters|"
           r"mother|mum|mom|father|dad|parents|baby|girl|boy)")
# Will come: "he will come", "they're gonna come", "theyll come" (never "would": "he said they would come back").
_EN_WILL = (r"(?: will| ll| wil| shall| are going to| re going to| r going to| is going to| s going to| are gonna|"
            r" re gonna| r gonna| is gonna| s gonna| gonna| going to)")
# The past of an account said around it: "they hacked my phone in 2021", "at the checkpoint", "years ago".
_EN_NOT_THEN = (r"(?!(?: \w+){0,6} (?:in (?:19|20)\d\d|ago|yesterday|last (?:year|month|week|time|night)|back then|"
                r"that (?:day|night|time|year)|at the (?:checkpoint|border)|when (?:i|we) (?:was|were|crossed|arrived|"
                r"left)|during the)\b)")
# Speaking out, in the present ("if I talk", never "if I talked"), and the threat it is under.
_EN_IF_I = (r"\b(?:if|once|as soon as|the moment) (?:i|we|i ever|we ever|i even|anyone|any1|my (?:family|brother|"
            r"sister|mother|father))(?: ever| even| dare to| dare| try to| do| just)? (?:talk|talks|speak|speaks|"
            r"report|tell|tel|testify|snitch|complain|expose (?:them|him|her)|go (?:to|2) (?:the )?(?:police|cops|"
            r"court|authorities|media|press|un|embassy)|call (?:the )?(?:police|cops)|open (?:my|our) mouths?|"
            r"say (?:anything|something|a word|what happened)|give (?:evidence|a statement)|make a statement|"
            r"press charges|file (?:a )?(?:report|complaint|case)|come forward|speak (?:up|out)|share (?:my|this|"
            r"our) (?:story|evidence)|contact (?:the )?(?:police|you|anyone))\b|\bif (?:they|he|she) (?:find out|"
            r"finds out|know|knows|learn|learns|hear|hears|see|sees)\b|\b(?:if (?:i|we) (?:don t|dont|do not) (?:keep|"
            r"stay) (?:quiet|silent|my mouth shut)|unless (?:i|we) (?:keep|stay) (?:quiet|silent))\b")
_EN_HARMS = (r"(?:(?:will|ll|wil|gonna|going to|would|d|threatened to|threatend to|threatned to|threaten to|"
             r"threatens to|threatening to|promised to|swore to|want to|wants to|come and|come to)(?: (?:surely|"
             r"definitely|probably|really|just|then|all|also|even|still|come and|try to|go and))? (?:kill|kil|hurt|"
             r"harm|rape|torture|kidnap|take away|disappear|shoot|murder|beat|punish|find|come after|go after|(?:find|"
             r"get|catch|grab) (?:me|us))|(?:will|ll|gonna|going to|would) be (?:killed|hurt|harmed|murdered|taken|"
             r"kidnapped|disappeared|dead)|(?:kill|kil) (?:me|us|my|our|them|him|her)|threat\w*|death threats?)\b")

# Arabic, threats hanging over the person now. The phone, messages, calls, location or account: "تلفوني",
# "رسايلي", "الواتساب تبعي".
_AR_PHONE = (r"(?:هاتف|تلفون|تليفون|تلفن|موبايل|موبيل|جوال|محمول|رسائل|رسايل|رساله|رسالات|مسجات|مسج|مكالمات|اتصالات|"
             r"واتساب|واتس|وتساب|ايميل|ايميلات|بريد|حساب|حسابات|موقع|لوكيشن|فيسبوك|فيس|تلغرام|تليغرام|كمبيوتر|لابتوب|"
             r"محادثات|شات|شاتات)")
_AR_MY_PHONE = (r"(?:(?:ال)?" + _AR_PHONE + r"(?:ي|يي|نا|اتي|اتنا)\b|(?:ال)" + _AR_PHONE + r" (?:تبعي|تبعنا|حقي|حقنا|"
                r"تاعي|متاعي|بتاعي|بتاعتي|مالي|مالتي|الخاص بي))")
# The past of an account said after it: "اخترقوا هاتفي سنة 2020", "على الحاجز".
_AR_NOT_THEN = (r"(?!(?: [^ ]+){0,5} (?:(?:في |ب)?(?:سنه|عام)|من زمان|زمان|وقتها|قبل (?:سنه|سنين|سنتين)|(?:على|ع|عال|"
                r"بال) ?حاجز|(?:19|20)[0-9][0-9])\b)")
# Speaking out ("إذا حكيت", "لو اتكلمت", "إذا رحت عالشرطة": the conditional is the same in the past form), and the
# harm it would bring, in the future or the present ("رح يقتلوا", "هيقتلوني", "بالقتل"), never the past "قتلوا".
_AR_IF_I = (r"\b(?:اذا|لو|في حال|حال|متي ما|اول ما|لحظه ما)(?: انا| احنا| نحن| حدا منا)? ?(?:تكلمت|اتكلمت|تكلمنا|حكيت|"
            r"حكينا|احكي|اتكلم|تحدثت|اتحدث|بلغت|ابلغت|ابلغ|بلغنا|شهدت|اشهد|شهدنا|قلت|اقول|قلنا|رحت|روحت|اروح|رحنا|"
            r"اشتكيت|اشتكي|اشتكينا|فضحت|افضح|فضحتهم|خبرت|اخبرت|اخبر|نطقت|فتحت (?:ثمي|تمي|فمي|بقي|حلقي)|قدمت (?:شكوي|"
            r"بلاغ)|رفعت (?:شكوي|قضيه|دعوي))\b")
_AR_HARM = (r"(?:(?:(?:رح|راح|ح|ها|سوف|بدهم|بدن|ناويين|ناوين) |[هحسب])?(?:ي|ت|ن)(?:قتل|دبح|ذبح|خطف|موت|اذ|وذ|عذب|صف|"
            r"غتصب)[^ ]*|(?:بال|ب)(?:قتل|ذبح|دبح|موت|تصفيه|خطف|اذيه)[^ ]*|(?:ال)?(?:تهديد|هدد)[^ ]*)")
# Coming, in the spoken forms ("يجوا", "ييجوا", "يرجعوا") and in the written ones ("يأتون", "يعودون").
_AR_COMES = (r"(?:يجوا|يجو|ييجوا|ييجو|يجون|ييجون|يجي|ييجي|يرجعوا|يرجعو|يرجعون|يرجع|يوصلوا|يوصلو|يوصلون|يوصل|يطبوا|يطبو|"
             r"يكبسوا)")
_AR_COMES_MSA = r"(?:ياتون|ياتوا|ياتو|ياتي|يعودون|يعودوا|يعود|يرجعون|يرجع|يصلون|يصل)"
# Arabizi: the same, typed in Latin letters.
_AR_PHONE_LATIN = (r"(?:telefon|tilifon|telfon|tlfon|tel|mobail|mobile|mobayl|jawwal|jawal|rasayel|rasa2el|rasayl|"
                   r"masajat|messages|msgs|mesajat|mukalamat|mkalamat|itisalat|whatsapp|whats|wats|watsap|email|"
                   r"emailat|location|maw2a3|mawqa3|hisab|7isab|account|face|facebook|telegram|laptop|computer)")

# Russian and Ukrainian, threats hanging over the person now: my phone, messages, calls, location, account.
_RU_MY = (r"(?:мой|моего|моему|моим|моем|мою|моей|мое|мои|моих|моими|наш|нашего|нашему|нашим|нашем|нашу|нашей|наше|"
          r"наши|наших|нашими)")
_RU_PHONE = (r"(?:телефон\w*|смартфон\w*|мобильн\w*|сотов\w*|сообщени\w*|смс\w*|эсэмэс\w*|переписк\w*|звонк\w*|"
             r"разговор\w*|вайбер\w*|ватсап\w*|вотсап\w*|вацап\w*|телеграм\w*|мессенджер\w*|почт\w*|имейл\w*|"
             r"местоположени\w*|геолокаци\w*|локаци\w*|чат\w*|аккаунт\w*|страниц\w*|ноутбук\w*|компьютер\w*|номер\w*|"
             r"экран\w*)")
_RU_WATCH = (r"(?:чита(?:ют|ет)|провер(?:яют|яет)|просматрива(?:ют|ет)|прослушива(?:ют|ет)|слуша(?:ют|ет)|"
             r"отслежива(?:ют|ет)|контролиру(?:ют|ет)|монитор(?:ят|ит)|взламыва(?:ют|ет)|смотр(?:ят|ит)|лаз(?:ят|ит)|"
             r"ро(?:ют|ет)ся|копа(?:ют|ет)ся|шар(?:ят|ит)|перехватыва(?:ют|ет)|след(?:ят|ит)|шпион(?:ят|ит)|сид(?:ят|"
             r"ит)|вид(?:ят|ит))")
_UK_MY = (r"(?:мій|мого|моєму|моїм|мою|моєї|моє|мої|моїх|моїми|моїй|наш|нашого|нашому|нашу|наше|наші|наших|нашими|"
          r"нашим|нашій)")
_UK_PHONE = (r"(?:телефон\w*|смартфон\w*|мобільн\w*|повідомлен\w*|смс\w*|есемес\w*|переписк\w*|листуванн\w*|дзвінк\w*|"
             r"розмов\w*|вайбер\w*|вотсап\w*|ватсап\w*|вацап\w*|теле[гґ]рам\w*|месенджер\w*|пошт\w*|імейл\w*|"
             r"місцезнаходжен\w*|[гґ]еолокаці\w*|локаці\w*|чат\w*|акаунт\w*|сторінк\w*|ноутбук\w*|комп ?ютер\w*|"
             r"номер\w*|екран\w*)")
_UK_WATCH = (r"(?:чита(?:ють|є)|перевіря(?:ють|є)|перегляда(?:ють|є)|прослухову(?:ють|є)|слуха(?:ють|є)|відстежу(?:ють|"
             r"є)|стеж(?:ать|ить)|слідку(?:ють|є)|контролю(?:ють|є)|монітор(?:ять|ить)|зламу(?:ють|є)|див(?:ляться|"
             r"иться)|бач(?:ать|ить)|лаз(?:ять|ить)|ри(?:ються|ється)|нишпор(?:ять|ить)|перехоплю(?:ють|є)|"
             r"шпи[гґ]у(?:ють|є))")
# The past of an account said after it: "взломали мой телефон в 2020 году", "на блокпосту".
_RU_NOT_THEN = (r"(?!(?: \w+){0,5} (?:(?:в|у|во) )?(?:(?:19|20)\d\d|том году|прошлом году|тогда|на блокпосту|"
                r"на блокпості|на границе|на кордоні|на допросе|на допиті|раньше|раніше|давно|колись)\b)")
# A wound from the war is an account, not a cry for help: "отец тяжело ранен на войне", "поранений на війні".
_RU_NOT_WAR = (r"(?!(?: \w+){0,4} (?:на войне|с войны|в войну|во время войны|на фронте|на війні|з війни|у війну|"
               r"під час війни|на фронті)\b)")

# Persian, threats hanging over the person now. Coming in the present-future ("میان", "می‌آیند", never "اومدن" or
# "می‌آمدند"); for whom or when; the phone, messages, calls or location ("گوشیمو", "پیام‌هایم را").
_FA_COME = (r"(?:می ?ایند|می ?اید|میان|میاد|میاین|میایند|میاند|بر ?می ?گردند|بر ?می ?گردن|بر ?می ?گرده|بر ?می ?گردد|"
            r"خواهند امد|خواهد امد|خواهند اومد)")
_FA_FOR_ME = (r"(?:سراغ ?م|سراغ من|سراغ ?مون|سراغ ما|سراغ ?مان|سراغ بچه ?هام|سراغ خانواده ?ام|دنبال ?م|دنبال من|"
              r"دنبال ?مون|دنبال ?مان|دنبال ما|اینجا|خونه ?م|خونه ?مون|خانه ?ام|خانه ما|خانه ?مان|منو ببرن|مرا ببرند|"
              r"من را ببرند|منو بگیرن|مرا بگیرند|منو بکشن|مرا بکشند)")
_FA_PHONE = (r"(?:گوشی|تلفن|تیلفون|موبایل|مبایل|پیام|مسیج|مسج|اس ?ام ?اس|تماس|مکالمه|مکالمات|واتس ?اپ|واتساپ|تلگرام|"
             r"ایمیل|اینستا|اینستاگرام|لوکیشن|اکانت|چت|لپ ?تاپ|کامپیوتر)[^ ]{0,6}(?: (?:من|ما|مرا|مارا))?(?: (?:را|رو|"
             r"ره|و))?")
_FA_NOT_THEN = r"(?!(?: [^ ]+){0,4} (?:سال|در سال|پارسال|قبلا|اون موقع|ان موقع|سر ایست|در ایست|[0-9۰-۹]{4})\b)"
# The same said before a present perfect, which is also the tense of an account ("سال ۲۰۱۵ تیر خورده", "تو جنگ به
# پاش تیر خورده", "پارسال بیهوش شده"): a year, the war or "سال" in the 16 characters before it (look-behinds have
# one width each).
_FA_NOT_AFTER_THEN = "".join("(?<!" + then + gap + " )" for then in (r"[0-9۰-۹٠-٩]{4}", "جنگ", "سال")
                             for gap in [""] + [" .{%d}" % size for size in range(1, 17)])

# French, threats hanging over the person now. Who comes, threatens or watches (never "je").
_FR_WHO = (r"(?:il|elle|ils|elles|quelqu ?un|qqn|des (?:hommes|soldats|gens|types|mecs)|les (?:hommes|soldats|"
           r"miliciens|militaires|policiers)|ces (?:hommes|gens|types|mecs)|la (?:police|milice)|l armee|"
           r"le (?:gouvernement|regime)|les (?:services|renseignements)|mon (?:mari|ex|copain|oncle|frere|pere|"
           r"beau pere|patron)|ma belle famille|sa famille)")
# Speaking out ("si je parle", "si je vais à la police"; never "si je parlais") and the harm it would bring.
_FR_IF_I = (r"\bsi (?:je|j|on|nous|quelqu ?un de ma famille)(?: (?:leur|lui|en|le|la|les|vous|te|l|y|vous en|leur en|"
            r"lui en))? (?:parle|dis|raconte|denonce|temoigne|porte plainte|vais (?:a|voir|chez|au|a la)|appelle|"
            r"previens|ouvre (?:la|ma) bouche|ouvre|signale|rapporte|balance|cause|contacte|parlons|temoignons|"
            r"denoncons|disons|allons (?:a|voir|chez|au|a la)|portons plainte)\b")
_FR_HARM = (r"(?:\b(?:me|m|nous|te|la|le|les|lui|leur|vont|va|veulent|veut|menace de|menacent de|menaces de|promis de|"
            r"jure de)(?: (?:me|m|nous|la|le|les|lui|leur|aussi|encore|tous))? (?:tuer|buter|flinguer|descendre|"
            r"egorger|faire du mal|faire disparaitre|s en prendre|massacrer|torturer|violer|enlever|kidnapper|"
            r"zigouiller|liquider|eliminer)|\b(?:tueront|tuera|buteront|butera|s en prendront|s en prendra|"
            r"feront du mal|fera du mal)|\b(?:me|nous|la|le|les) (?:tuent|tue|butent|bute)|\bmenac\w*)\b")
_FR_NOT_THEN = (r"(?!(?: \w+){0,5} (?:en (?:19|20)\d\d|il y a (?:un|deux|trois|quelques|plusieurs) (?:ans?|mois)|"
                r"l an dernier|l annee derniere|au (?:checkpoint|barrage|poste)|a la frontiere|a l epoque|"
                r"ce jour la)\b)")
_FR_MY_PHONE = (r"(?:mon|ma|mes|notre|nos) (?:telephone|tel|portable|phone|smartphone|mobile|cellulaire|whatsapp|"
                r"telegram|signal|facebook|insta|instagram|compte|comptes|ordinateur|ordi|pc|email|mail|mails|emails|"
                r"localisation|position|messages|sms|textos|appels|conversations|discussions|communications|"
                r"deplacements|messagerie|boite mail|ligne|ecran)")

# Spanish, threats hanging over the person now: for whom or when they will come; speaking out ("si hablo", never
# "si hablaba") and the harm it would bring; the phone, messages, calls or location.
_ES_FOR_ME = (r"(?:(?:por|a por|pa|para) (?:mi|nosotros|nosotras|mi familia|mis hijos)|(?:a )?(?:buscarme|buscarnos|"
              r"llevarme|llevarnos|agarrarme|agarrarnos|matarme|matarnos|sacarme|levantarme|secuestrarme)|esta noche|"
              r"hoy en la noche|en la noche|por la noche|de noche|otra vez|de nuevo)")
_ES_IF_I = (r"\bsi (?:yo |nosotros )?(?:lo |los |la |le |les )?(?:hablo|digo|cuento|denuncio|declaro|testifico|"
            r"voy a la (?:policia|fiscalia)|voy con la policia|acudo|llamo a la policia|aviso|abro la boca|hablamos|"
            r"denunciamos|contamos|decimos|pongo (?:una )?denuncia|ponemos (?:una )?denuncia|delato|delatamos|rajo|"
            r"suelto la sopa|me quejo)\b")
_ES_HARM = (r"(?:\b(?:me|nos|te|la|lo|los|las|le|les|van a|va a|quieren|amenazan con|amenazaron con|"
            r"amenaza con)(?: \w+)? (?:matar|hacer dano|lastimar|desaparecer|violar|secuestrar|levantar|quebrar|"
            r"torturar)|\b(?:mataran|matara|lastimaran|desapareceran)|\b(?:me|nos|la|lo|los|las|le|les) (?:matan|mata|"
            r"desaparecen|levantan|quiebran)|\bmatan a|\bamenaz\w*)\b")
_ES_PHONE = (r"(?:telefono|telefonos|celular|cel|movil|fono|whatsapp|wasap|guasap|whats|mensajes|msjs|llamadas|correo|"
             r"correos|email|mail|facebook|face|chats|conversaciones|ubicacion|cuenta|cuentas|computadora|compu|"
             r"ordenador|laptop|redes|telegram|signal|instagram|insta|pantalla)")
_ES_WATCHING = (r"(?:revisando|leyendo|vigilando|rastreando|espiando|checando|chequeando|controlando|monitoreando|"
                r"interceptando|escuchando|grabando|hackeando|jaqueando|interviniendo|pinchando|siguiendo|esculcando|"
                r"registrando|mirando|viendo)")
_ES_NOT_THEN = (r"(?!(?: \w+){0,5} (?:en (?:19|20)\d\d|hace (?:unos |dos |tres |muchos )?(?:anos|meses|tiempo)|"
                r"el ano pasado|en el reten|en la frontera|en el control|en el punto de control|aquella vez|esa vez|"
                r"entonces)\b)")

# Urdu, threats hanging over the person now: coming in the future ("آئیں گے", never "آئے تھے"), for whom or when;
# the phone, messages, calls or location, watched now ("ہیں", "ہے"; never "تھے", "کیا").
_UR_COME = (r"(?:آئیں گے|آئینگے|آئے گا|آئیگا|آئے گی|آئیگی|آئیں گی|آ جائیں گے|آجائیں گے|آ جائینگے|آجائینگے|آ جائے گا|"
            r"آجائے گا|لوٹیں گے|لوٹ آئیں گے|پہنچ جائیں گے|آنے والے ہیں|آنے والا ہے)")
_UR_COME_LATIN = (r"(?:aayenge|ayenge|aaenge|aenge|ayengay|aayengay|aaingay|aainge|ainge|aayega|ayega|aaega|aega|"
                  r"aa jayenge|aa jaenge|aajayenge|aa jaayenge|aa jayega|aa jaega|lautenge|lotenge|pohanch jayenge|"
                  r"aane wale hain|ane wale hain|aane wala hai|ane wala hai)")
_UR_PHONE = (r"(?:فون|موبائل|میسج|میسجز|میسیج|میسیجز|پیغام|پیغامات|کالز|کال|واٹس ایپ|واٹس اپ|وٹس ایپ|واٹساپ|لوکیشن|"
             r"ای میل|اکاؤنٹ|فیس بک|چیٹ|ٹیکسٹ|ایس ایم ایس)")

# Tamil, threats hanging over the person now: coming in the future for me, tonight or again (never the past
# "வந்தார்கள்"); speaking out ("சொன்னால்": if I tell) and being killed for it; threatened now (never "மிரட்டினார்கள்");
# the phone or messages watched now.
_TA_WILL_COME = (r"(?:வருவார்கள்|வருவாங்க|வருவாங்கள்|வருவான்|வருவார்|வருவாள்|வருவாய்ங்க|வருவாங்கோ|வந்துவிடுவார்கள்|"
                 r"வந்துவிடுவான்|வந்துடுவாங்க|வந்துருவாங்க|வந்திடுவாங்க|வந்துடுவான்|வந்துருவான்|வருகிறார்கள்|வர்றாங்க|"
                 r"வராங்க)")
_TA_IF_I_TELL = (r"(?:சொன்னால்|சொன்னா|சொல்லிட்டால்|சொல்லிட்டா|சொல்லிவிட்டால்|பேசினால்|பேசினா|பேசுனா|புகார் (?:செய்தால்|"
                 r"கொடுத்தால்|குடுத்தா|கொடுத்தா|பண்ணா|பண்ணினால்|அளித்தால்)|போனால்|போனா|சாட்சி (?:சொன்னால்|சொன்னா|"
                 r"கொடுத்தால்|அளித்தால்)|திறந்தால்|தொறந்தா|திறந்தா)")
_TA_PHONE = (r"(?:(?:போன்|ஃபோன்|செல்போன்|மொபைல்|கைபேசி|தொலைபேசி)(?:ை|ைப்|ைச்|ைக்|ைத்|ில்|ையும்)?|மெசே[^ ]*|மெசெ[^ ]*|"
             r"மெஸே[^ ]*|குறுஞ்செய்தி[^ ]*|வாட்ஸ[^ ]*|லொகேஷ[^ ]*|லோகேஷ[^ ]*|இருப்பிட[^ ]*|அழைப்பு[^ ]*|ஈமெயி[^ ]*|"
             r"மின்னஞ்சல[^ ]*|ஃபேஸ்புக[^ ]*)")

# Somali, threats hanging over the person now. The phone, messages, calls or account; watching it now (-aa, -ayaa,
# -ayaan, -nayaan; never the past -ay, -een, nor "akhrin jireen": used to read).
_SO_PHONE = (r"(?:telefoon|taleefan|taleefoon|talefoon|telefon|mobayl|mobile|fariin|farriin|fariim|farriim|wicitaan|"
             r"whatsapp|watsap|waatsab|email|iimayl|akoon|sms|qoraal|goobt|shaashad)\w*")
_SO_WATCHING = (r"(?:baar|akhri|eeg|daawad|dabagal|dabagel|daba gal|ilaali|dhageys|dhegeys|maqal|jabs|jebs|xakam|"
                r"kormeer|raadraac|la socd|fiiri|basaas|hak)(?:aa|aan|ayaa|ayaan|aya|ayo|iyaa|iyaan|yaa|yaan|yayaa|"
                r"yayaan|nayaa|nayaan|naya|taa|taan|anayaa|anayaan|sanayaa|sanayaan)\b")
_SO_NOT_THEN = r"(?!(?: \w+){0,4} (?:sannadkii|sanadkii|markii|waagii|(?:19|20)\d\d|isbaaraha|xadka)\b)"

# Found, or known to be here, now, in every language below: "they found me again", "he knows where I live", "they
# have my address", "someone gave them my address", "they know I am here", "they know where my kids go to school".
# An account of a finding is told in the same words, and goes on with where, how or what was done next ("they found
# me hiding in the basement", "they found us in the forest and took my father") or begins with when or then ("when
# they found me they beat me", "then they found us"): so a bare "found me" fires only with neither, and with "again"
# or "here" after it always. Knowing is in the present only ("they knew where we lived" is an account), and of where
# the person or their children are ("we know where he is now, he lives in Leeds" is a perpetrator's place). "I'm not
# alone" is left out: it is as often company as danger. Machine-assisted outside English like the rest of these lists:
# every wording below needs a native speaker's review.
# English. Who finds or knows: never "I", "we" or "you", nor the police, the government or a boss, which have an
# address in the UK for good reasons.
_EN_FINDER = (r"(?:(?!(?:the )?(?:police|government)\b|my boss\b)" + _EN_THEY + r"|hes|shes|theyve|theyv|theyre)")
# (Words of one length share a look-behind: one look-back per length is read at every word, not one per word.)
_EN_NOT_WHEN = (r"(?<!if )(?<!wen |whn |how |day |who )(?<!when |then |till |once |time )(?<!after |until |where |"
                r"later |night )(?<!before )(?<!eventually )")
_EN_FOUND_NOW = r"(?:again|agian|agin|here|now|already|at last|once again|finally|too|everywhere|wherever)"
# What an account goes on with after "found me": where, how, with whom, a past verb; and what was found for the
# person ("they found me a lawyer", "he found us food").
_EN_FOUND_NEXT = (r"(?! (?:hid|hidden|in|inside|into|at|on|under|behind|near|by|outside|there|with|and|n|when|while|"
                  r"after|before|during|alive|dead|unconscious|injured|wounded|a|an|some|somewhere|another|work|job|"
                  r"jobs|housing|accommodation|food|water|shelter|clothes|money|medicine|transport|guilty|innocent|"
                  r"first|later|\w{2,}ing)\b)(?!(?: \w+){0,3} (?:was|were|had|did|took|beat|tortured|arrested|dragged|"
                  r"brought|put|tied|threw|shot|killed|raped|held|kept|made|said|told|asked|questioned|interrogated|"
                  r"searched|handcuffed|blindfolded|then)\b)")
# Knows, found out, worked out (never "knew").
_EN_KNOW = (r"(?: (?:already|now|all|probably|prob|must|might|may|definitely|def|surely|somehow|even|obviously|still|"
            r"clearly|also))* (?:know|knows|kno|knw|knoe|found out|find out|finds out|figured out|worked out|"
            r"have found out|ve found out|has found out|s found out|found|have found|ve found|has found|s found|"
            r"discovered|have discovered|learned|learnt|have learned|ve learned)")
_EN_MY_KIN = (r"(?:my|our) (?:family|children|kids|kid|son|sons|daughter|daughters|wife|husband|brother|brothers|"
              r"sister|sisters|mother|mum|mom|father|dad|parents|baby|girl|girls|boy|boys)")
# Where the person is, lives, stays or hides; where their children go to school (never "where I am from").
_EN_WHERE_I = (r"(?:exactly )?(?:where (?:(?:i|we)(?: am| m| are| re| r)?(?: now| still| currently| actually)? "
               r"(?:live|living|stay|staying|sleep|sleeping|work|working|hide|hiding|rent|renting|moved|go to school|"
               r"study|studying)|(?:i|we) (?:am|m|are|re|r)|im|(?:my|our) (?:new )?(?:house|flat|home|place|room|"
               r"apartment|refuge|shelter|safe house|hostel|hotel|tent|camp) (?:is|s)|" + _EN_MY_KIN + r" (?:live|"
               r"lives|living|stay|stays|staying|go to school|goes to school|go|goes|study|studies|work|works|are|is|"
               r"sleep|sleeps)|to find (?:me|us))|(?:which|what) school (?:my|our) (?:kids|children|son|sons|daughter|"
               r"daughters|boy|girl|child) (?:go|goes|attend|attends|are|is)|(?:which|what) (?:hotel|hostel|shelter|refuge|"
               r"house|flat|building|street|road|area|city|town|camp|room) (?:(?:i|we)(?: am| m| are| re)?|im) "
               r"(?:in|at|staying in|staying at|living in|live in|stay in|stay at))\b(?! from\b)")
# The country or city the person has come to: "they know I am here in London", "he found out I live in Leeds".
_EN_UK = (r"(?:the uk|uk|the united kingdom|britain|great britain|england|scotland|wales|northern ireland|this country|"
          r"london|manchester|birmingham|leeds|glasgow|liverpool|bristol|sheffield|cardiff|edinburgh|leicester|"
          r"bradford|coventry|nottingham|newcastle|belfast)")
# Words between "I saw him" and "today", never a dream nor what was seen done ("I saw them take my father").
_EN_SEEN_GAP = (r"(?: (?!(?:dream|dreams|dreamt|dreamed|nightmare|nightmares|sleep|kill|killed|killing|take|took|taking|"
                r"shoot|shot|shooting|beat|beating|torture|torturing|burn|burning|rape|raping|arrest|arresting|"
                r"hit|hitting|drag|dragging|die|dying)\b)\w+)")
# Not after "I am", "we're still", "I now live"...: look-behinds, which must each be of one width.
_EN_NOT_SAID_OF_US = "".join(
    rf"(?<!\b{who}{still} )"
    for who in ("i am", "i m", "im", "we are", "we re", "i live", "we live", "i stay", "we stay", "i now live",
                "we now live")
    for still in ("", " still", " now", " currently", " also", " all", " both", " all still"))
_EN_HERE = (r"(?:that )?(?:(?:i|we|im)(?: am| m| are| re| r)?(?: now| still| currently| also| all| both)?(?: still)? (?:here|back|living here|"
            r"staying here|(?:here )?in " + _EN_UK + r"|in (?:this|the same) (?:city|town|area|building|house|shelter|"
            r"hostel|hotel|camp|street|village))|(?:i|we)(?: now| still)? (?:live|stay|am staying|m staying|are staying|"
            r"re staying) (?:here|in " + _EN_UK + r"))\b")
_EN_ADDRESS = (r"(?:my|our|mah) (?:new |current |home |real |exact |house |flat |actual )?(?:address|addresses|adress|"
               r"adres|addres|adddress|addy|location|whereabouts|postcode|post code)\b")

# Arabic. Found me / us ("لقوني", "لقيوني", "لاقوني", "لگوني", "حصلوني", "وجدوني", "عثروا علينا", "عرفوا مكاني"),
# never after "لما", "بعدين", "بعد ما", "ثم", nor going on with where ("بالقبو", "في الغابة"), how ("مخبايين") or what
# was done next ("وضربوني"); with "again" or "here" always ("لقوني مرة تانية", "وجدوني هنا").
_AR_FOUND = (r"(?:لقوني|لقونا|لقيوني|لقيونا|لاقوني|لاقونا|لقاني|لقانا|لقتني|لقاتني|لگوني|لگونا|حصلوني|حصلونا|وجدوني|"
             r"وجدونا|وجدني|وجدتني|عثروا علينا|عثرو علينا|عثر علينا|عثروا عليي|وصلولي|وصلولنا|وصلوا لعندي|"
             r"وصلوا لعندنا|(?:عرفوا|عرفو|كشفوا|كشفو|لقوا|لقيوا|حددوا|عرف|كشف) (?:مكاني|مكاننا|مخباي|مخبانا))")
_AR_NOT_WHEN = (r"(?<!لما )(?<!لمن )(?<!ولما )(?<!فلما )(?<!عندما )(?<!حين )(?<!حينما )(?<!بعدين )(?<!وبعدين )"
                r"(?<!بعد ما )(?<!بعدما )(?<!ثم )(?<!حتي )(?<!لحد ما )(?<!لين )(?<!قبل ما )(?<!قبلما )(?<!اذا )"
                r"(?<!لو )(?<!يوم )(?<!كانوا )(?<!كانو )(?<!كان )(?<!وين )(?<!كيف )(?<!شلون )(?<!ازاي )(?<!لما هم )"
                r"(?<!لما العساكر )(?<!لما الجنود )(?<!لما الشبيحه )(?<!لما الامن )")
_AR_FOUND_NOW = (r"(?:مره تانيه|مره ثانيه|مره تاني|كمان مره|من جديد|مجددا|هون|هنا|هان|هين|الان|هلق|هلا|هسه|الحين|"
                 r"دلوقتي)")
_AR_FOUND_NEXT = (r"(?! (?:(?:و|ف)(?!ين\b|الله\b|هلق\b|الان\b|هلا\b)[^ ]*|بال[^ ]*|في|فيه|ع|عال[^ ]*|على|علي|عند|جوا|"
                  r"جوه|داخل|تحت|ورا|وراء|خلف|قدام|امام|جنب|حد|مع|بين|بعد|قبل|وقت|سنه|عام|عم|شغل|شغله|عمل|وظيفه|سكن|"
                  r"بيت|محامي|اكل|قاعد[^ ]*|(?:مخب|مختب|مستخب|متخب|نايم|ميت|مغمي|مرمي|مصاب|جريح|مربوط|مقتول)[^ ]*)\b)")
# Knows or found out, now (never after "كانوا", nor "ما بيعرفوا"; never "تعرف": "do you know where I am?").
_AR_KNOW = (r"(?=بيع|بيد|يع|يد|عار|عرف|اكتش|صار|دار|علم)(?<!كانوا )(?<!كانو )(?<!كان )(?<!كانت )(?<!ما )(?<!مش )"
            r"(?<!مو )(?<!لا )(?:بيعرفوا|بيعرفو|بيعرف|"
            r"بيعرفون|يعرفون|يعرفوا|يعرفو|يعرف|عارفين|عارف|عارفه|عرفوا|عرفو|عرف|اكتشفوا|اكتشفو|اكتشف|صاروا يعرفوا|"
            r"صارو يعرفو|صار يعرف|يدرون|يدروا|يدري|دارين|بيدروا|علموا|علمو)")
_AR_MY_KIDS = r"(?:ولادي|اولادي|ابني|بنتي|بناتي|اطفالي|عيالي|اهلي|عيلتي|عائلتي|امي|ولادنا|اولادنا|اطفالنا)"
_AR_MY_ADDRESS = (r"(?:عنواني|عنوانا|عنواننا|عنوان بيتي|عنوان بيتنا|عنوان البيت|لوكيشني|مكاني|مكاننا|بيتي الجديد|"
                  r"بيتنا الجديد)")
# Arabizi: the same, typed in Latin letters ("la2ouni", "bya3rfo wen sakne", "ma3on 3enwani").
_AR_FOUND_LATIN = (r"(?:l(?:a|e|i)?(?:2|q)(?:y|i)?(?:o|u|ou|oo)n(?:i|y|a|e|ee)|lag(?:o|ou|u)n(?:i|y)|la2ani|la2ana|"
                   r"la2etni|wajad(?:u|o|ou)n(?:i|y|a)|7asal(?:u|o|ou)n(?:i|y|a)|7sal(?:u|o|ou)n(?:i|y))")
_AR_NOT_WHEN_LATIN = (r"(?<!lamma )(?<!lama )(?<!lamman )(?<!lmma )(?<!lma )(?<!ba3den )(?<!ba3dein )(?<!ba3dain )"
                      r"(?<!ba3d ma )(?<!ba3dma )(?<!iza )(?<!eza )(?<!law )(?<!lw )(?<!kanu )(?<!kano )(?<!kenu )"
                      r"(?<!kif )(?<!wen )(?<!yom )(?<!youm )")
_AR_FOUND_NOW_LATIN = (r"(?:marra tanye|marra tanya|mara tanye|mara tanya|marra tenye|kaman marra|kman mara|tani|tany|"
                       r"tene|men jdid|min jdid|hon|hone|hena|hina|halla2|halla|hala2|hassa|el7in|delwa2ti|now)")
_AR_FOUND_NEXT_LATIN = (r"(?! (?:w(?!en\b|ein\b|allah\b|alla\b|allahi\b)\w*|wa|ou|u|fi|fe|bel|bil|bl|b|3al|3a|3ala|"
                        r"3nd|3and|ta7t|jowa|juwwa|gowa|wara|2eddem|odam|ma3|sene|seneh|sanat|lamma|ba3d|2abl|abl|"
                        r"m5ab\w*|mkhab\w*|mest\w*|mit5ab\w*|mitkhab\w*)\b)")
_AR_KNOW_LATIN = (r"(?:bya3rfo|bya3rfu|bya3rfou|bi3rfo|bi3rfu|bya3erfo|bya3rif|bya3ref|bi3ref|3arfin|3arfeen|3aarfin|"
                  r"3arif|3aref|3erfo|3erfu|3rfo|3arafo|3arafu|ya3rfo|ya3rfoon|ya3rifoun|ya3refo|ya3rfu)")
_AR_ADDRESS_LATIN = (r"(?:3enwane|3enwani|3inwani|3nwani|3unwani|3anwani|3enwan beti|3enwan bete|3enwan baiti|"
                     r"location\w*|makane|makani|mkani|beti el jdid|bete el jdide)")
# Arabic, injured now. Who is hurt: the person, a pronoun or one of the family ("ابني ما عم يتنفس", "أمي فاقدة
# الوعي"). A state read on its own is never right after one of them: "كان ابني عم ينزف" is read from "ابني", where
# the "كان" before it is seen (look-behinds of one width each, so grouped by the length of the word).
_AR_HURT_WHO_WORDS = ("انا", "احنا", "نحن", "اني", "هو", "هي", "هوه", "هيه", "انه", "انها", "ابني", "بنتي", "ولدي",
                      "ابننا", "بنتنا", "طفلي", "طفلتي", "البيبي", "بيبي", "الطفل", "الطفله", "الولد", "البنت", "امي",
                      "ماما", "ابي", "ابوي", "بابا", "والدي", "والدتي", "اخي", "اخوي", "خيي", "اختي", "زوجي", "جوزي",
                      "زوجتي", "مرتي", "جدي", "جدتي", "ستي", "عمي", "خالي", "رفيقي", "صاحبي", "صديقي", "الرجال",
                      "الرجل", "الزلمه", "المصاب", "الجريح")
_AR_HURT_WHO = "(?:" + "|".join(_AR_HURT_WHO_WORDS) + ")"
_AR_NOT_AFTER_HURT_WHO = "".join("(?<!(?:" + "|".join(word for word in _AR_HURT_WHO_WORDS if len(word) == size) + ") )"
                                 for size in sorted({len(word) for word in _AR_HURT_WHO_WORDS}))
# A wound from the war is an account, not a cry for help: "مصاب برصاصة من الحرب".
_AR_NOT_WAR = r"(?!(?: [^ ]+){0,4} (?:من ال|في ال|بال|خلال ال|ايام ال|وقت ال)حرب)"
# What is said of the hurt, with or without who: not breathing, not waking ("ما عم يتنفس", "مش قادرة تتنفس", "مش
# راضي يصحى"; never "اتنفس": "I can't breathe" is a panic, answered as distress), bleeding that will not stop ("عنده
# نزيف", "الدم ما عم يوقف"), shot, stabbed, badly wounded ("مصاب برصاصة", "مطعون", "جرحه خطير", "حالته حرجة").
_AR_HURT_STATE = (r"(?:(?:ما|مش|مو|مب|لا|ماهو|ماهي|مانو|مانه|ماني)(?: (?:عم|قاعد|قاعده|قادر|قادره|عاد|بعد|راضي|راضيه|"
                  r"عم يقدر|عم تقدر|بيقدر|بتقدر|يقدر|تقدر|يستطيع|تستطيع))? (?:بي|بت|ي|ت)تنفس(?:و|ون|وا)?\b"
                  r"|(?:ما|مش|مو) (?:عم|راضي|راضيه) (?:ي|ت|بي|بت)(?:صحي|صحا|فيق|فوق|وعي)\b"
                  r"|(?<!صار )(?:عندي|عنده|عندو|عندها|عندنا|عندهم|معه|معي|معاه|معها|لديه|لديها|لدي)(?: (?:الان|هلق|هلا|"
                  r"الحين|هسه|دلوقتي))? نزيف\b"
                  r"|(?:ال)?دم (?:ما|مش|مو|لا|مب)(?: (?:عم|قاعد|راضي|عاوز|عايز|بدو))? (?:بي|ي|بت|ت)(?:وقف|قف|توقف|"
                  r"نقطع)\b"
                  r"|(?:(?:مصاب|مصابه|مصابين|مصابون|متصاوب|متصاوبه|مضروب|مضروبه|مجروح|مجروحه|مجروحين|جريح|جريحه)"
                  r"(?: (?:ب|في) ?[^ ]+)? (?:برصاص|برصاصه|بالرصاص|رصاصه|برصاصتين|بطلق|بطلقه|بطلقات|بالطلق|طلق ناري|"
                  r"بطعنه|بطعنات|بطعنتين|طعنه|بسكين|بالسكين|بسكينه|بالسكينه|اصابه بليغه|اصابه خطيره|اصابات خطيره|"
                  r"بجروح بليغه|بجروح خطيره|جروح خطيره|جرح بليغ|جرح خطير|بشكل خطير)|(?:مطعون|مطعونه|مطعونين|مطخوخ|"
                  r"مطخوخه|مقوص|مقوصه)\b(?! فيه\b| فيها\b)|(?:جرحه|جرحها|جرحي|جروحه|جروحها|جروحي|اصابته|اصابتها|"
                  r"اصابتي)(?: (?:كتير|كثير|جدا))? (?:خطيره|خطير|بليغه|بليغ)|(?:حالته|حالتها|حالتو) (?:كتير |كثير |"
                  r"جدا )?حرجه)\b" + _AR_NOT_WAR + _AR_NOT_THEN + ")")
# Arabizi: the same ("ibni ma 3am yetnaffas", "3ando nazif", "msab b rsasa", "mat3oun").
_AR_HURT_WHO_LATIN_WORDS = ("ana", "a7na", "e7na", "i7na", "howe", "huwe", "hwe", "howa", "huwa", "hiye", "hiya",
                            "heya", "hye", "ibni", "ebni", "ibne", "ebne", "bnti", "binti", "benti", "bente",
                            "el walad", "el tefl", "baba", "mama", "emmi", "immi", "akhi", "a5i", "khayye", "5ayye",
                            "khayyi", "5ayyi", "ukhti", "o5ti", "okhti", "jozi", "zawji", "marti", "mrati", "zawjti")
_AR_HURT_WHO_LATIN = "(?:" + "|".join(_AR_HURT_WHO_LATIN_WORDS) + ")"
_AR_NOT_AFTER_HURT_WHO_LATIN = "".join(
    "(?<!(?:" + "|".join(word for word in _AR_HURT_WHO_LATIN_WORDS if len(word) == size) + ") )"
    for size in sorted({len(word) for word in _AR_HURT_WHO_LATIN_WORDS}))
_AR_HURT_STATE_LATIN = (r"(?:(?:3ando|3indo|3andu|3ndo|3andi|3indi|3ndi|3andha|3anda|3ndha|3andna|fih|fiha|ma3o|ma3i)"
                        r"(?: (?:halla2|hala2|hassa|el7in|delwa2ti))? (?:nazif|nazeef|nzif|nezif|naziif)"
                        r"|(?:ma|mish|msh|mesh|mo|mu|mush|la)(?: (?:3am|3m|2ader|ader|2adra|adra|a3ed|2a3ed|2a3de|a3de|"
                        r"bi2dar|b2dar|2adir|qader|qadra))? (?:b|bi|be)?(?:y|t)(?:e|i|a)?t ?naf+(?:a|e|i)s(?:o|u|ou)?"
                        r"|(?:msab|musab|mosab|msaab|mousab|mtsawab|mitsawab|mtsawbe|madroob|madrub|madroub|madrob|"
                        r"madroube)(?: (?:b|bi|fi) ?\w+)? (?:b ?rsas|bi ?rsas|b ?rsase|b ?rsasa|bi ?rsasa|bel ?rsas|"
                        r"bil ?rsas|rsase|rsasa|b ?rasasa|b ?rasase|b ?tal2a|bi ?tal2a|tal2 nari|b ?ta3na|bi ?ta3na|"
                        r"b ?ta3nat|b ?sekkin|bi ?sekkin|b ?sikkin|bel ?sekkin|bil ?sekkin)"
                        r"|(?:mat3oun|mat3un|mat3oon|mat3ouna|mat3una|mat5ou5|mat5u5|mtakhoukh|mat5o5|m2awas|mqawas|"
                        r"m2awwas|m2awse))\b")
_AR_UNCONSCIOUS_LATIN = (r"(?:(?:fa2ed|fa2id|faa2ed|fa2da|fa2de|fa2din|fa2deen|faqed|faqid|faqda|fakid|fakda)"
                         r"(?: el| al| il| l)? ?(?:wa3i|wa3y|wa3e|w3i|wa3ee|wa3ii)|(?:m8ma|m8mi|mghma|mghmi|mughma|"
                         r"moghma|mo8ma|ma8ma|mughmi) (?:3aleh|3alay|3leh|3laya|3alayh|3alaih|3aleiha|3aleha|3leha|"
                         r"3alaiha|3layha|3alayi|3alaya|3layi|3alena))\b")

# Russian and Ukrainian. Found me / us ("меня нашли", "нашли нас", "вычислили"), never after "когда", "потом",
# "после того как", nor going on with where ("в подвале"), how ("прятавшихся") or what was done next ("и избили").
_RU_NOT_WHEN = (r"(?<!когда )(?<!когда они )(?<!когда он )(?<!когда она )(?<!потом )(?<!потом они )(?<!затем )"
                r"(?<!после того как )(?<!пока )(?<!если )(?<!если они )(?<!как )(?<!как они )(?<!тогда )"
                r"(?<!тогда они )(?<!как только )(?<!в итоге )(?<!в конце концов )(?<!наконец )")
_RU_FOUND_NOW = r"(?:снова|опять|еще раз|и здесь|и тут|здесь|тут|уже|теперь|сейчас|даже здесь|даже тут)"
_RU_FOUND_NEXT = (r"(?! (?:в|во|на|у|под|за|возле|около|рядом|среди|и|а|когда|пока|после|через|без|с|со|прячущ\w*|"
                  r"спрятавш\w*|прятавш\w*|мертв\w*|ранен\w*|спящ\w*|лежащ\w*|живым|живой|"
                  r"живыми)\b)(?!(?: \w+){0,2} \w\w+(?:л|ла|ли|ло|лся|лась|лись)\b)")
_RU_MY_ADDRESS = r"(?:мой|наш) (?:новый |домашний |настоящий )?(?:адрес|адресс)"
_UK_NOT_WHEN = (r"(?<!коли )(?<!коли вони )(?<!коли він )(?<!коли вона )(?<!потім )(?<!потім вони )(?<!згодом )"
                r"(?<!після того як )(?<!поки )(?<!якщо )(?<!якщо вони )(?<!як )(?<!як вони )(?<!тоді )(?<!тоді вони )"
                r"(?<!щойно )(?<!зрештою )(?<!нарешті )(?<!врешті )")
_UK_FOUND_NOW = r"(?:знову|знов|ще раз|і тут|й тут|тут|вже|тепер|зараз|навіть тут)"
_UK_FOUND_NEXT = (r"(?! (?:в|у|на|під|за|біля|коло|поряд|серед|і|й|та|а|коли|поки|після|через|без|з|із|зі|сховал\w*|"
                  r"ховал\w*|мертв\w*|поранен\w*|сплячи\w*|живим|живою|живими)\b)(?!(?: \w+){0,2} \w\w+(?:в|ла|ли|ло|"
                  r"вся|лася|лися|лось)\b)")
_UK_MY_ADDRESS = r"(?:мою|нашу|моя|наша) (?:нову |домашню |справжню |нова |домашня )?(?:адресу|адреса)"

# Persian. Found me / us ("پیدام کردن", "منو پیدا کردن"): the verb comes last, so an account says where before it
# ("تو زیرزمین پیدام کردن") and a finding now starts the message or follows who, again or here ("دوباره پیدام
# کردن"); never after "وقتی" or "بعد", nor going on with "و" (and) and what was done next.
_FA_FOUND_START = (r"(?:^|(?:^| )(?=[^ ]*[\u0600-\u06ff])(?<!وقتی )(?<!وقتیکه )(?<!بعد )(?<!بعدش )(?<!تا )(?<!اگه )"
                   r"(?<!اگر )(?<!که )(?:اونا|انها|اونها|او|اون|شوهرم|شوهر سابقم|همسرم|سربازها|سربازا|مامورها|مامورا|"
                   r"طالبان|طالبا|یکی|کسی|دوباره|باز|بازم|باز هم|بالاخره|اخرش|الان|همین الان|اینجا|اینجام|اینجا هم|"
                   r"انگار|فکر کنم|فکر می ?کنم|مطمئنم|کمک|خدایا|وای|لعنتی)(?: (?:دوباره|باز|بازم|بالاخره|الان|اینجا|"
                   r"هم|حتما|دیگه))* )")
_FA_FOUND = (r"(?:پیدام|پیدامون|پیدامان|منو پیدا|من رو پیدا|من را پیدا|مرا پیدا|مارو پیدا|ما رو پیدا|ما را پیدا|"
             r"مارا پیدا) (?:کردن|کردند|کرده ?اند|کرده ?ان|کرده|کرد)\b(?! ?ه? ?بود)(?! (?:و|وقتی|سال|در|تو|توی|بعد)\b)")
# Know, found out (never "می‌دونستن": knew), where I live or am, that I am here; where my children's school is.
_FA_KNOW = (r"\b(?:می ?دونن|می ?دونند|می ?دونه|می ?دانند|می ?داند|فهمیدن|فهمیدند|فهمیده|فهمیده ?اند|فهمیده ?ان|"
            r"پیدا کردن|پیدا کردند|پیدا کرده ?اند|خبر دارن|خبر دارند|اطلاع دارن|اطلاع دارند)")
_FA_WHERE_I = (r"(?: که)? (?:من |ما )?(?:کجا (?:[^ ]+ )?(?:زندگی می ?کنم|زندگی می ?کنیم|هستم|هستیم|می ?مونم|می ?مونیم|"
               r"می ?مانم|می ?مانیم|قایم شدم|قایم شدیم|قایمم|مخفی شدم|مخفی شدیم|می ?خوابم|کار می ?کنم|ساکنم|ساکنیم)|"
               r"کجام|کجاییم|خونه ?م کجاست|خونه ?مون کجاست|خانه ?ام کجاست|خانه ?مان کجاست|اینجام|اینجاییم|اینجا هستم|"
               r"اینجا هستیم|اینجا زندگی می ?کنم|اینجا زندگی می ?کنیم|(?:بچه ?هام|بچه ?هامون|بچه ?هایم|بچه ?های من|"
               r"پسرم|دخترم)(?: [^ ]+)? (?:کجا|کدوم|کدام))\b")
_FA_MY_ADDRESS = (r"(?:ادرس|نشونی|نشانی|لوکیشن|خونه|خانه|مخفیگاه)(?: ?م| ?مو| ?مون| ?مونو| ?ام| ?مان| ?ی من| ?ی ما|"
                  r" من| ما)(?: (?:رو|را|و))?")
_FA_TO_THEM = r"(?:بهشون|به اونا|به انها|بهش|به او|به اون)"
_FA_KNOW_LATIN = (r"(?:midoonan|midunan|midoonand|midunand|midoone|midune|fahmidan|fahmidand|fahmide|fahmidean|"
                  r"khabar daran)")

# Urdu. Found me / us ("مجھے ڈھونڈ لیا", "ہمیں ڈھونڈ چکے ہیں"): the verb comes last, so an account says where
# before it ("مجھے جنگل میں ڈھونڈ لیا") and "مجھے ڈھونڈ لیا" next to each other is a finding; never after "جب" or
# "پھر انہوں نے", nor with "تھا" (had found) or "اور" (and what was done next) after it.
_UR_NOT_WHEN = (r"(?<!جب )(?<!جب انہوں نے )(?<!جب اس نے )(?<!جب ان لوگوں نے )(?<!جب فوجیوں نے )(?<!پھر انہوں نے )"
                r"(?<!پھر اس نے )(?<!پھر فوجیوں نے )(?<!بعد میں انہوں نے )(?<!اگر )(?<!اگر انہوں نے )(?<!جیسے ہی )"
                r"(?<!جیسے ہی انہوں نے )")
_UR_FOUND = (r"(?:مجھے|ہمیں|مجھ کو|ہم کو)(?: (?:پھر سے|پھر|دوبارہ|یہاں بھی|یہاں|آخر|آخرکار|بالآخر|اب))? (?:ڈھونڈ|"
             r"ڈھونڈھ|تلاش کر|کھوج)(?: ?لیا ہے| ?لیا| ?لیے| ?لی| لیے ہیں| چکے ہیں| چکا ہے| چکی ہے| نکالا ہے|"
             r" نکالا)\b(?! ?تھ)(?! (?:اور|تو|پھر|جب)\b)")
# Knows or found out now (never "جانتے تھے", "پتہ تھا"; never "مجھے پتہ ہے", "آپ جانتے ہیں": I, you).
_UR_KNOW = (r"(?=جانت|پت|معلوم|علم)(?<!مجھے )(?<!ہمیں )(?<!مجھ کو )(?<!آپ کو )(?<!تمہیں )(?<!آپ )(?<!تم )(?<!ہم )"
            r"(?<!میں )(?:جانتے ہیں|جانتا ہے|جانتی ہے|جانتی ہیں|پتہ ہے|پتا ہے|معلوم ہے|علم ہے|پتہ چل گیا ہے|"
            r"پتہ چل گیا|پتا چل گیا ہے|پتا چل گیا|معلوم ہو گیا ہے|معلوم ہو گیا|پتہ لگا لیا ہے|پتہ لگا لیا|پتا لگا لیا)"
            r"(?: کہ| کے)?")
_UR_WHERE_I = (r"(?:(?:میں|ہم)(?: اب| ابھی)? (?:کہاں|کدھر) (?:رہتا|رہتی|رہتے|رہ رہا|رہ رہی|رہ رہے|ٹھہرا|ٹھہری|ٹھہرے|"
               r"چھپا|چھپی|چھپے|ہوں|ہیں|کام کرتا|کام کرتی)|(?:میں|ہم) (?:یہاں|ادھر|اس شہر میں|اسی شہر میں) (?:ہوں|ہیں|"
               r"رہتا|رہتی|رہتے)|(?:میرا|ہمارا) (?:گھر|ٹھکانہ|ٹھکانا|فلیٹ|کمرہ|پتہ|پتا) (?:کہاں|کدھر) ہے|(?:میرے|"
               r"ہمارے) (?:بچے|بچوں|بیٹے|بیٹی|بیٹا)(?: [^ ]+)? (?:کس|کون سے|کونسے|کہاں|کدھر))")
_UR_MY_ADDRESS = r"(?:میرا|ہمارا|میرے گھر کا|ہمارے گھر کا) (?:پتہ|پتا|ایڈریس|ایڈرس|ٹھکانہ|ٹھکانا|لوکیشن)"
_UR_TO_THEM = r"(?:ان کے پاس|اس کے پاس|انہیں|انھیں|ان کو|اس کو|اسے|ان لوگوں کو|ان لوگوں کے پاس)"
_UR_NOT_WHEN_LATIN = (r"(?<!jab )(?<!jab unhone )(?<!jab unhon ne )(?<!jab usne )(?<!jab us ne )(?<!phir unhone )"
                      r"(?<!phir unhon ne )(?<!phir usne )(?<!agar )(?<!agar unhone )")
_UR_KNOW_LATIN = (r"(?=ja|pa|pt|ma)(?<!mujhe )(?<!mjhe )(?<!hume )(?<!humein )(?<!aap )(?<!ap )(?<!tum )(?<!aap ko )"
                  r"(?:jante hain|jaante hain|jante hai|jaante hai|jante hen|janta hai|jaanta hai|jaanti hai|"
                  r"janti hai|pata hai|pta hai|pata h|pta h|pata he|maloom hai|malum hai|maaloom hai|"
                  r"pata chal gaya hai|pata chal gaya|pata chal gya|pta chal gya|pata chal gaya h|pata laga liya|"
                  r"pta lga liya)(?: ke| ki| k| kay| keh)?")
_UR_ADDRESS_LATIN = (r"(?:mera|hamara|humara|mra|mere ghar ka|hamare ghar ka) (?:pata|pta|address|adress|thikana|"
                     r"location)")
_UR_TO_THEM_LATIN = (r"(?:unke paas|unke pas|uske paas|uske pas|unhe|unhein|unhen|unko|un ko|usko|us ko|use|usay|"
                     r"un logon ko|un logo ko)")

# Tamil. Found me / us, in the completive ("கண்டுபிடித்துவிட்டார்கள்", "கண்டுபிடிச்சுட்டாங்க": have found), or
# in the simple past with again, here or now; the simple past alone ("கண்டுபிடித்தார்கள்") is an account.
_TA_FOUND_DONE = (r"கண்டுபிடி(?:த்து ?விட்ட|த்துட்ட|த்திட்ட|ச்சு ?விட்ட|ச்சுட்ட|ச்சிட்ட|ச்சுட|ச்சிட)(?:ார்கள்|ாங்க|"
                  r"ாங்கள்|ான்|ார்|ாள்|னர்)")
_TA_FOUND_PAST = r"கண்டுபிடி(?:த்தார்கள்|த்தாங்க|ச்சாங்க|த்தான்|ச்சான்|த்தனர்|த்தார்|ச்சாரு)"
_TA_AGAIN_HERE = (r"(?:மறுபடியும்|மறுபடி|மீண்டும்|திரும்பவும்|திரும்ப|இங்கேயும்|இங்கயும்|இங்கும்|இங்கே|இங்க|இப்போ|"
                  r"இப்போது|இப்ப)")
_TA_KNOWN = (r"(?:தெரியும்|தெரிஞ்சிருச்சு|தெரிஞ்சுருச்சு|தெரிந்துவிட்டது|தெரிஞ்சுடுச்சு|தெரிஞ்சிடுச்சு|"
             r"தெரிந்திருக்கிறது)")
_TA_THEY_KNOW = (r"(?:அவர்களுக்கு|அவங்களுக்கு|அவனுக்கு|அவளுக்கு|அவருக்கு|அவங்களுக்குத்|அவர்களுக்குத்|அவனுக்குத்|"
                 r"யாருக்கோ)")
_TA_I_WHERE = (r"(?:நான்|நாங்கள்|நாங்க)(?: [^ ]+)? (?:எங்கே|எங்க|எங்கு) (?:இருக்கிறேன்|இருக்கேன்|இருக்கோம்|"
               r"இருக்கிறோம்|வசிக்கிறேன்|வசிக்கிறோம்|தங்கியிருக்கிறேன்|தங்கியிருக்கேன்|தங்கிருக்கேன்|தங்கி இருக்கேன்|"
               r"ஒளிந்திருக்கிறேன்|ஒளிஞ்சிருக்கேன்|வாழ்கிறேன்|குடியிருக்கிறேன்|வேலை செய்கிறேன்)[^ ]*")
_TA_I_HERE = (r"(?:நான்|நாங்கள்|நாங்க) (?:இங்கே|இங்க|இங்கு) (?:இருப்பது|இருக்கிறது|இருக்கறது|இருக்குறது|"
              r"இருக்கிறேன் என்று|இருக்கேன்னு|இருக்கோம்னு|இருக்கிறோம் என்று)")
_TA_MY = r"(?:என்|எங்கள்|என்னுடைய|என்னோட|எங்க|எங்களோட)"
_TA_ADDRESS = r"(?:முகவரி|அட்ரஸ்|அட்ரெஸ்|விலாசம்|லொகேஷன்|லோகேஷன்)[^ ]*"
_TA_THEY_HAVE = (r"(?:அவர்களிடம்|அவங்ககிட்ட|அவங்க கிட்ட|அவனிடம்|அவன்கிட்ட|அவன் கிட்ட|அவளிடம்|அவர்களுக்கு[^ ]*|"
                 r"அவங்களுக்கு[^ ]*|அவனுக்கு[^ ]*)")
_TA_FOUND_LATIN = (r"kandu ?pidi(?:chu|chi|ththu|tthu|thu)(?: ?vi)?(?:tt|t|d)aa?(?:nga|ngal|n|r|rgal|rkal|l)")
_TA_FOUND_PAST_LATIN = r"kandu ?pidi(?:chaa?(?:nga|n|ru)|ththaa?(?:nga|n|rgal)|thaa?(?:nga|n|rgal))"
_TA_AGAIN_LATIN = (r"(?:marubadiyum|marupadiyum|marubadi|meendum|thirumba|thirumbavum|ingeyum|ingayum|inga|inge|ippo|"
                   r"ippa)")
_TA_KNOWN_LATIN = (r"(?:theriyum|theriyumaam|therinjiduchu|therinjiruchu|therinjuduchu|therinjuruchu|therinjuttu|"
                   r"therinjidichu)")
_TA_THEY_KNOW_LATIN = r"(?:avangalukku|avangaluku|avanukku|avanuku|avalukku|avarukku|yaarukko)"

# Somali. Found me / us ("way i heleen", "wuu na helay"), never after "markay" (when) or "kadib" (then), nor going on
# with "anigoo" (while I was), "oo", a place ("kaynta") or a year; "halkan ayay igu heleen" (found me here) always.
_SO_NOT_WHEN = (r"(?<!markay )(?<!markii )(?<!markuu )(?<!markey )(?<!kolkay )(?<!kolkii )(?<!kadib )(?<!ka dib )"
                r"(?<!kaddib )(?<!ilaa )(?<!haddii )(?<!hadii )(?<!hadday )(?<!haddii ay )(?<!sidee )(?<!sida )")
_SO_FOUND_NEXT = (r"(?! (?:anigoo|aniga oo|annagoo|annaga oo|innagoo|oo|markii|markay|kadib|ka dib|iyo|sannadkii|"
                  r"sanadkii|waagii|(?:19|20)\d\d|(?!hadda|hada|halkan|halkaan|haddana|hadana|mar|markale|caawa|"
                  r"maanta|saaka|kale|mar kale)\w+(?:ka|ta|da|ga|ha|sha))\b)")
_SO_KNOW = (r"(?:og yihiin|ogyihiin|og yahay|ogyahay|og tahay|ogaadeen|ogaaday|ogaatay|garanayaan|garanayaa|garteen|"
            r"garatay|ogsoon yihiin|ogsoon yahay|helay|heleen)")
_SO_WHERE_I = (r"(?:halka|meesha|goobta|xaafadda|guriga)(?: aan| aannu| aanu| aynu)?(?: hadda| imika|"
               r" haatan)? (?:deggenahay|degganahay|deganahay|deggen ahay|deggenahay|ku noolahay|noolahay|ku nool|"
               r"ku noolnahay|joogo|joogno|ku sugnahay|ku dhuumanayo|ku dhuumaaleysanayo|ku qarsoonahay|ku qarsoon|"
               r"hoydo|seexdo|ku shaqeeyo)")
_SO_MY_ADDRESS = (r"(?:cinwaankayga|cinwaankeyga|ciwaankayga|cinwaanka(?: guriga)?|cinwaankeenna|cinwaankayaga|"
                  r"goobtayda|goobteyda|goobtayada|location\w*|lokeeshan\w*)")
_SO_HAVE = (r"(?:haystaan|haystaa|hayaan|hayaa|ogyihiin|og yihiin|og yahay|heleen|helay|ogaadeen|ogaaday|siiyeen|"
            r"siiyay|siisay|gaarsiiyeen|gaarsiiyay|u gudbiyeen|u gudbiyay|u dhiibeen|u dhiibay)")

# French. Found me / us ("ils m'ont retrouvée", "il nous a trouvés"), never after "quand", "puis", "après", nor going
# on with where ("dans la cave"), how ("cachée") or what was done next ("et m'ont frappée"). Who: never the police.
_FR_FINDER = r"(?:(?!la police\b|le gouvernement\b|les policiers\b|les services\b)" + _FR_WHO + r"|on)"
_FR_NOT_WHEN = (r"(?<!quand )(?<!lorsqu )(?<!lorsque )(?<!puis )(?<!apres )(?<!ensuite )(?<!avant qu )"
                r"(?<!jusqu a ce qu )(?<!des qu )(?<!si )(?<!comment )(?<!ou )(?<!une fois qu )(?<!finalement )"
                r"(?<!et puis )")
_FR_FOUND_NOW = r"(?:encore|a nouveau|de nouveau|ici|meme ici|maintenant|deja|partout|encore une fois)"
_FR_FOUND_NEXT = (r"(?! (?:cache|cachee|caches|cachees|dans|a|au|aux|en|et|quand|lorsque|pendant|apres|avant|avec|"
                  r"sous|derriere|pres|chez|sur|la|mort|morte|morts|mortes|blesse|blessee|blesses|inconscient|"
                  r"inconsciente|endormi|endormie|un|une|des|du|de|le|les|coupable|allonge|allongee|"
                  r"par)\b)(?!(?: \w+){0,3} (?:ont|avaient|avait|etaient|etait)\b)")
# Knows or found out, now (never "savait", "savaient"; never "je sais": I).
_FR_KNOW = (r"(?: (?:deja|maintenant|surement|bien|aussi|tous|meme))* (?:sait|savent|connait|connaissent|a decouvert|"
            r"ont decouvert|a trouve|ont trouve|a appris|ont appris|a su|ont su|a compris|ont compris|a repere|"
            r"ont repere)(?: (?:deja|maintenant|surement|bien|exactement))*")

# Spanish. Found me / us ("me encontraron", "dieron conmigo"), never after "cuando", "luego", "después", nor going on
# with where ("en el bosque"), how ("escondida") or a past verb ("me golpearon").
_ES_NOT_WHEN = (r"(?<!cuando )(?<!luego )(?<!despues )(?<!hasta que )(?<!antes de que )(?<!si )(?<!como )(?<!donde )"
                r"(?<!entonces )(?<!al final )(?<!finalmente )(?<!una vez que )(?<!apenas )(?<!en cuanto )"
                r"(?<!cuando ellos )(?<!cuando el )(?<!cuando ella )(?<!cuando los soldados )"
                r"(?<!cuando los militares )(?<!luego ellos )(?<!el dia que )(?<!la noche que )")
_ES_FOUND_NOW = r"(?:otra vez|de nuevo|aqui|aca|ya|ahora|hasta aqui|hasta aca|incluso aqui|aun aqui)"
_ES_FOUND_NEXT = (r"(?! (?:escondid\w*|en|a|al|con|y|e|cuando|mientras|despues|antes|durante|junto|debajo|detras|"
                  r"dentro|cerca|tirad\w*|muert\w*|herid\w*|inconsciente|dormid\w*|desmayad\w*|un|una|unos|unas|"
                  r"trabajo|culpable|culpables|ahi|alli|alla)\b)(?!(?: \w+){0,3} \w+(?:aron|ieron|yeron)\b)")
# Knows or found out, now (never "sabía", "sabían"; never "sé", "sabemos": I, we).
_ES_KNOW = (r"(?:sabe|saben|conoce|conocen|descubrio|descubrieron|averiguo|averiguaron|se entero|se enteraron|"
            r"encontro|encontraron|han descubierto|ha descubierto|han averiguado|ha averiguado|supieron|supo)")

# Urdu: the past of an account after a finding ("2019 میں", "تھا").
_UR_NOT_THEN = r"(?!(?: [^ ]+){0,5} (?:سال|[0-9]{4}|[۰-۹]{4}|تھا|تھے|تھی)\b)"

# Under fire now, in every language below: shooting, shelling, bombing or explosions around the person in the
# present ("they are shooting outside", "we are being shelled", "there is shelling near us", "I can hear gunfire");
# never the past of an account ("they were shooting", "we heard shooting", "there was shelling", "they shot my
# brother"). People write from where a war is going on; the answer (999 and the quick exit) and the pause come first.
_EN_FIRE = (r"(shooting|gunfire|gun fire|gunshots|shots|shelling|bombing|bombs|bombardment|airstrikes?|air strikes?|"
            r"explosions|missiles|rockets|shells|drones)")
_EN_FIRE_HERE = (r"(now|right now|rn|atm|at the moment|as we speak|outside|nearby|near (us|me|here|our \w+|my \w+)|"
                 r"around (us|me|here)|at (us|me|our \w+|my \w+)|on (us|our \w+|my \w+)|over (us|our \w+|my \w+)|"
                 r"in (our|my|the) (street|area|neighbourhood|neighborhood|village|town|building|road|district)|"
                 r"here|everywhere)")
_EN_UNDER_FIRE = (
    r"\b(" + _EN_WHO + _EN_IS + "|" + _EN_WHOS + r")( still| now| just| all| again)? (shooting|firing|shelling|"
    r"bombing|bombarding|striking)( \w+){0,3} " + _EN_FIRE_HERE + r"\b",
    r"\b(we|i) (are|re|r|am|m)( still| now| all| again)? (being )?(shelled|bombed|shot at|bombarded|under fire|"
    r"under attack|under (the )?bombs|under shelling)\b",
    r"\bim (being )?(shelled|bombed|shot at|under fire|under attack)\b",
    r"\b(there s|theres|there is|there are|there re)( \w+)? " + _EN_FIRE + r"( \w+){0,2} " + _EN_FIRE_HERE + r"\b",
    r"\b" + _EN_FIRE + r" (is|are|s|re|keep|keeps)( still| now| just)? (falling|landing|hitting|exploding|going off|"
    r"flying over|getting closer)\b",
    r"\b(i|we) (can )?(hear|see)( \w+)? " + _EN_FIRE + r"\b",
    r"\b(shooting|shelling|bombing|gunfire|explosions|airstrikes?)( \w+){0,2} (now|right now|rn)\b",
)
_AR_NOW = r"(?:الآن|الان|الحين|هلق|هلأ|هلا|هسه|هسا|دلوقتي|دلوقت|حاليا)"
_AR_UNDER_FIRE = (
    r"(?<!كانوا )(?<!كانو )(?<!كان )\b(?:عم |قاعدين |بل?)?(?:يطلقون|يطلقوا|يطلقو) (?:ال)?نار\b",
    r"(?<!كانوا )(?<!كانو )(?<!كان )\b(?:عم |قاعدين )?(?:يقصفون|يقصفوا|يقصفو|بيقصفوا|يطخون|يطخوا|يطخو|بيطخوا)\b",
    r"(?<!كان )(?<!كانت )\b(?:في|فيه|هناك|هنالك|صار في|صاير)(?: [^ ]+)? (?:اطلاق نار|قصف|ضرب نار|رصاص|انفجارات|غارات|"
    r"غاره|صواريخ|طخ)(?: [^ ]+){0,2} (?:" + _AR_NOW + r"|قريب|قريبه|حوالينا|حولنا|جنبنا|عندنا|برا|بره|بالخارج|"
    r"في الخارج|في الشارع|بالشارع|فوقنا)\b",
    r"\b(?:نحن|احنا|إحنا|انا|أنا|اني) (?:تحت) (?:القصف|النار|الضرب|الرصاص)\b",
    r"\b(?:القصف|الضرب|اطلاق النار|الرصاص|الانفجارات|الغارات|الطخ)(?: [^ ]+){0,2} " + _AR_NOW + r"\b",
    r"\b(?:اسمع|أسمع|بسمع|نسمع|عم اسمع|عم نسمع)(?: [^ ]+)? (?:اطلاق نار|قصف|رصاص|انفجارات|طخ|صوت (?:القصف|الرصاص|"
    r"الانفجارات|الطخ))\b",
)
_RU_UNDER_FIRE = (
    r"\b(?:сейчас|прямо сейчас|опять|снова)(?: \w+){0,2} (?:стреляют|обстреливают|бомбят|обстрел|взрывы|прилеты|"
    r"бомбежка|стрельба)\b",
    r"\b(?:стреляют|обстреливают|бомбят|бьют)(?: \w+){0,2} (?:сейчас|прямо сейчас|рядом|возле|у дома|на улице|по нам|"
    r"по дому|по нашему|по району|во дворе)\b",
    r"\bнас (?:обстреливают|бомбят|обстреливает)\b",
    r"\b(?:идет|идут|начался|начинается)(?: \w+)? (?:обстрел|бомбежка|стрельба|бои|бой)\b",
    r"\b(?:слышу|слышим|слышно)(?: \w+)? (?:выстрелы|взрывы|стрельбу|стрельба|обстрел)\b",
)
_UK_UNDER_FIRE = (
    r"\b(?:зараз|прямо зараз|знову|знов)(?: \w+){0,2} (?:стріляють|обстрілюють|бомблять|обстріл|вибухи|прильоти|"
    r"бомбардування|стрілянина)\b",
    r"\b(?:стріляють|обстрілюють|бомблять|гатять|б ють)(?: \w+){0,2} (?:зараз|прямо зараз|поруч|біля|на вулиці|по нас|"
    r"по будинку|по нашому|по району|у дворі|в дворі)\b",
    r"\bнас (?:обстрілюють|бомблять|обстрілює)\b",
    r"\b(?:йде|іде|йдуть|почався|починається)(?: \w+)? (?:обстріл|бомбардування|стрілянина|бої|бій)\b",
    r"\b(?:чую|чуємо|чути)(?: \w+)? (?:постріли|вибухи|стрілянину|стрілянина|обстріл)\b",
)
_FA_UNDER_FIRE = (
    r"\b(?:الان|همین الان|دوباره|باز)(?: [^ ]+){0,2} (?:تیراندازی|شلیک|بمباران|انفجار|حمله)(?: [^ ]+)? (?:میشه|می شه|"
    r"می شود|میکنن|می کنن|می کنند|میکنند)\b",
    r"\bدارن (?:تیراندازی|شلیک|بمباران|حمله) (?:میکنن|می کنن|می کنند|میکنند)\b",
    r"\bصدای(?: [^ ]+)? (?:تیراندازی|شلیک|انفجار|بمب|گلوله)(?: [^ ]+){0,2} (?:میاد|می اد|می آید|میاید|می اید)\b",
    r"\bزیر (?:بمباران|آتش|اتش) (?:هستیم|هستم|ایم)\b",
)
_FR_UNDER_FIRE = (
    r"\b(?:ils|elles|on|des soldats|les soldats|quelqu un|ca)(?: nous)? (?:tirent|tire|bombardent|bombarde|pilonnent|"
    r"pilonne|mitraillent)(?: \w+){0,2} (?:dehors|maintenant|en ce moment|partout|pres d ici|tout pres|pres de chez "
    r"(?:moi|nous)|dans la rue|sur nous|sur la maison|sur notre \w+|ici|encore)\b",
    r"\bon nous (?:bombarde|tire dessus|pilonne|mitraille)\b",
    r"\bnous sommes (?:bombardes|sous les bombes|sous le feu|sous les tirs|sous les obus|pilonnes)\b",
    r"\bil y a (?:des )?(?:tirs|coups de feu|bombardements|explosions|frappes|obus|missiles|drones)(?: \w+){0,2} "
    r"(?:dehors|maintenant|en ce moment|pres d ici|tout pres|pres de chez (?:moi|nous)|dans la rue|autour de nous|"
    r"ici|partout)\b",
    r"\bj entends (?:des )?(?:tirs|coups de feu|explosions|bombardements|bombes)\b",
)
_ES_UNDER_FIRE = (
    r"\b(?:estan|esta|siguen|sigue)(?: \w+)? (?:disparando|bombardeando|tiroteando)(?: \w+){0,2} (?:afuera|fuera|"
    r"ahora|ahorita|ahora mismo|aqui|cerca|contra nosotros|a la casa|en la calle|por todas partes|otra vez)\b",
    r"\bnos (?:estan|esta) (?:disparando|bombardeando|atacando)\b",
    r"\bhay (?:disparos|tiroteos?|balazos|bombardeos?|explosiones|bombas|misiles|drones)(?: \w+){0,2} (?:afuera|fuera|"
    r"ahora|ahorita|ahora mismo|aqui|cerca|en la calle|por todas partes)\b",
    r"\bestamos (?:bajo (?:fuego|las bombas|ataque|los bombardeos)|siendo (?:bombardeados|atacados))\b",
    r"\b(?:oigo|escucho|se oyen|se escuchan)(?: \w+)? (?:disparos|balazos|explosiones|bombas|tiros)\b",
)
_UR_UNDER_FIRE = (
    r"(?:فائرنگ|گولیاں|گولی باری|بمباری|گولہ باری|دھماکے)(?: [^ ]+)? (?:ہو رہی ہے|ہو رہی ہیں|ہو رہے ہیں|چل رہی ہیں|"
    r"چل رہی ہے)\b",
    r"\b(?:وہ|فوجی|فوج)(?: [^ ]+)? (?:فائرنگ کر رہے ہیں|گولیاں چلا رہے ہیں|بمباری کر رہے ہیں|گولہ باری کر رہے ہیں)\b",
    r"\b(?:firing|goliyan|golian|goliyaan|bombari|dhamake)(?: \w+)? (?:ho rahi hai|ho rahi hain|ho rahe hain|"
    r"chal rahi hain|chal rahi hai)\b",
    r"\b(?:abhi|is waqt) (?:firing|bombari|goliyan)\b",
)
_TA_UNDER_FIRE = (
    r"(?:சுடுகிறார்கள்|சுடுறாங்க|சுடுறாங்கள்|சுட்டுக்கொண்டிருக்கிறார்கள்|குண்டு வீசுகிறார்கள்|குண்டு போடுறாங்க|"
    r"ஷெல் அடிக்கிறாங்க|ஷெல் அடிக்கிறார்கள்|துப்பாக்கிச் சூடு நடக்கிறது|துப்பாக்கி சூடு நடக்குது|"
    r"குண்டுகள் விழுகின்றன|குண்டு விழுது|குண்டு விழுகிறது)",
)
_SO_UNDER_FIRE = (
    r"\b(?:rasaas|xabbado|madaafiic|hoobiyayaal|hoobiye|bambaano|gantaalo|qaraxyo)(?: \w+){0,2} (?:ayaa|baa)(?: \w+)? "
    r"(?:la ridayaa|dhacaya|dhacayaan|ridayaa|ku dhacaya|ku dhacayaan)\b",
    r"\b(?:way|wey|ayay|bay)(?: na| ina| nagu| igu)? (?:toogtaynayaan|toogtaynayaa|duqeynayaan|duqaynayaan|"
    r"weerarayaan|rasaaseynayaan)\b",
)

# Armed men, and where they are: the street, the area, the village or the camp (for "soldiers are in the street now").
_EN_ARMED = (r"(soldiers|soldier|army|troops|militia|militiamen|gunmen|armed men|police|policemen|rebels|fighters|"
             r"military|security forces)")
_EN_AROUND = (r"((in|on|around|all over|at|near|into) (the|my|our|this) (street|streets|road|roads|area|neighbourhood|"
              r"neighborhood|village|town|camp|block|market|square|city)|everywhere|in the area|outside)")
_AR_ARMED = (r"(?:الجنود|جنود|العسكر|عسكر|الجيش|جيش|المليشيات|مليشيات|الميليشيات|ميليشيات|المليشيا|الميليشيا|"
             r"المسلحين|مسلحين|المسلحون|مسلحون|الشرطه|شرطه|الشبيحه|شبيحه|الدبابات|دبابات|الدوريه|دوريه)\b")
_AR_AROUND = (r"(?:(?:في|عند|حول|قدام|جوا|برا) (?:ال)?|ب(?:ال)?)(?:شارع|شوارع|حاره|حي|منطقه|ضيعه|قريه|مخيم|بلد|"
              r"مدينه|سوق|حارتنا|حينا|منطقتنا|ضيعتنا|قريتنا|مخيمنا|بلدنا|مدينتنا)")
_AR_NOW = r"(?:الان|هلق|هلا|هسه|هسا|دلوقتي|دحين|حاليا|لسه|لسا|مازالوا|ما زالوا|بعدهم)\b"
_UK_ARMED = (r"(?:солдат\w*|військові|військових|армі\w*|бойовик\w*|поліці\w*|окупант\w*|"
             r"орк(?:и|ів|ам|ами|ах)?\b|росіян\w*|русня|рашист\w*|кадировц\w*|танки|патрул\w*)")
_UK_NOW = r"(?:зараз|вже|уже|знову|досі|ще|прямо зараз|тут)"
_UK_AROUND = (r"(?:на|в|у|по|біля|коло|під) (?:вулиц\w*|нашому|нашій|моєму|моїй|район\w*|сел\w*|місті|міст\w*|табор\w*|"
              r"двор\w*|квартал\w*|під ?їзд\w*|будинк\w*|хат\w*)")
_UK_GAP = r"(?: (?!\w*(?:в|ла|ли|ло)\b)\w+)"  # no past verb: "були", "стояв"
def _armed_nearby(armed: str, now: str, around: str, gap: str) -> Tuple[str, ...]:
    """Armed men, a word of now and where they are, in the orders Russian and Ukrainian put them in ("солдаты
    сейчас на улице", "на улице сейчас военные"); `gap` is a word that may stand between, never a past verb."""
    return (r"\b" + armed + gap + "{0,2} " + now + gap + "{0,2} " + around,
            r"\b" + armed + gap + "{0,1} " + around + gap + "{0,2} " + now + r"\b",
            r"\b" + now + gap + "{0,2} " + around + gap + "{0,1} " + armed,
            r"\b" + around + gap + "{0,1} " + now + gap + "{0,1} " + armed)


_RU_ARMED = (r"(?:солдат\w*|военные|военных|вояки|арми\w*|ополченц\w*|боевик\w*|полици\w*|менты|росгвард\w*|омон\w*|"
             r"кадыровц\w*|вагнер\w*|танки|патрул\w*|силовик\w*|спецназ\w*)")
_RU_NOW = r"(?:сейчас|уже|опять|снова|до сих пор|все еще|еще|прямо сейчас|тут|здесь)"
_RU_AROUND = (r"(?:на|в|во|по|возле|около|у) (?:улиц\w*|нашем|нашей|моем|моей|район\w*|сел\w*|деревн\w*|город\w*|"
              r"лагер\w*|двор\w*|квартал\w*|подъезд\w*|доме|дома)")
_RU_GAP = r"(?: (?!\w*(?:л|ла|ли|ло)\b)\w+)"  # no past verb: "были", "стояли"
_FA_ARMED = (r"(?:سرباز|سرباز ?ها|سربازا|نظامی|نظامی ?ها|نظامیا|ارتش|ارتشی ?ها|ارتشیا|پلیس|پلیس ?ها|پلیسا|مامورا|"
             r"ماموران|مامور ?ها|بسیجی ?ها|بسیجیا|سپاهی ?ها|سپاهیا|طالب ?ها|طالبا|طالبان|شبه ?نظامیان|مسلح ?ها|"
             r"افراد مسلح|تانک ?ها)")
_FA_NOW = r"(?:الان|همین الان|هنوز|دوباره|امشب)"
_FA_AROUND = (r"(?:تو|توی|در|دم|سر|جلوی|کل|همه جای|همه جا) (?:خیابون|خیابان|کوچه|محله|محل|روستا|ده|شهر|اردوگاه|کمپ|"
              r"بازار|میدان|منطقه)")
_FR_ARMED = (r"(soldats|militaires|armee|milice|miliciens|hommes armes|police|policiers|gendarmes|rebelles|combattants|"
             r"chars)")
_FR_AROUND = (r"((dans|sur|partout dans|autour de|a l entree de|a l entree du) (la|le|les|l|notre|nos|mon|ma|mes|ce|"
              r"cette) ?(rue|rues|quartier|village|ville|camp|route|place|marche|zone|coin|immeuble|cite)|partout|"
              r"dehors)")
_ES_ARMED = (r"(soldados|militares|ejercito|milicia|milicianos|paramilitares|hombres armados|policia|policias|"
             r"guerrilla|guerrilleros|narcos|sicarios|tanques|guardia)")
_ES_AROUND = (r"((en|por|alrededor de) (la|el|los|las|mi|mis|nuestro|nuestra|este|esta|toda la|todo el) (calle|calles|"
              r"barrio|pueblo|colonia|comunidad|vereda|aldea|campamento|zona|ciudad|plaza|mercado|cuadra)|afuera|"
              r"por todas partes|por todos lados)")
_UR_ARMED = r"(?:فوجی|فوج|سپاہی|پولیس|پولس|رینجرز|ملیشیا|مسلح افراد|مسلح لوگ|طالبان|ایجنسی والے|خفیہ والے|ٹینک)"
_UR_AROUND = r"(?:گلی|محلے|محلہ|گاؤں|گاوں|شہر|کیمپ|بازار|سڑک|علاقے|علاقہ) (?:میں|پر|کے باہر|کے اندر)"
_UR_ARMED_LATIN = r"(fauji|faoji|fouji|foji|fauj|fouj|police|polis|rangers|militia|taliban|agency wale|agency waale)"
_UR_AROUND_LATIN = (r"(gali|galli|mohalle|mohallay|mohalla|muhalle|gaon|gaaon|gaon|shehar|sheher|camp|bazar|bazaar|"
                    r"sarak|sadak|ilaqe|ilaake|ilaqay|ilake|area) (mein|me|main|mai|par|pe|ke bahar|ke andar)")
_TA_ARMED = (r"(ராணுவம்|இராணுவம்|ராணுவத்தினர்|இராணுவத்தினர்|ஆர்மி|போலீஸ்|போலீசார்|பொலிஸ்|பொலிசார்|சிப்பாய்கள்|"
             r"படையினர்|ஆயுதம் தாங்கிய[^ ]*|டாங்கி[^ ]*)")
_TA_AROUND = r"(தெரு|ஊர்|ஊரி|ஊரு|கிராம|முகாம|சந்தை|ரோட்|ரோடு|சாலை|பகுதி|ஏரியா)[^ ]*"
_TA_ARE_THERE = (r"[^ ]*(ருக்கு(?!ம)|ருக்கிற|ருக்காங்க|ருக்கின்ற|நிக்கிற|நிக்குறா|நிற்கிற|சுத்துறா|சுற்றுகிற|"
                 r"சுத்திட்டிருக்கா|ரோந்து)")
_SO_ARMED = (r"(askar\w*|ciidam\w*|maleeshiya\w*|mileeshiya\w*|militia|booliis\w*|boolis\w*|shabaab\w*|hubeysan\w*|"
             r"hubaysan\w*)")
_SO_ARE_THERE = (r"(joogaan|joogaa|jooga|ku jiraan|ku jiraa|ku jira|ku wareegayaan|wareegayaan|"
                 r"wareegaya|socdaan)")

# Who is with them, hurt or taken just now ("my mother", "my son"): kin in Arabic, Persian and Somali.
_AR_KIN = (r"(?:امي|امّي|ابوي|ابي|اخوي|اخي|اختي|ابني|بنتي|مرتي|زوجتي|زوجي|جوزي|ولادي|اولادي|الاولاد|الاطفال|"
           r"ولادنا|اولادنا)\b")
_FA_KIN = (r"(?:مامان|مادر|بابا|پدر|برادر|داداش|خواهر|ابجی|پسر|دختر|شوهر|زنم|بچه ?ها|بچه|بچه ?هام)")
_SO_KIN = (r"(hooyaday|hooyadey|aabahay|aabbahay|walaalkay|walaashay|wiilkayga|wiilkay|gabadhayda|inanteyda|"
           r"xaaskayga|ninkayga|carruurtayda|caruurtayda|ilmahayga)")

PHRASES: Dict[str, PhraseList] = {
    "en": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "what's the point of living", "i might as well be dead", "better if
            # i was dead", "nobody would miss me" (first person: "he wished he was dead" is an account).
            r"\b(what s|whats|wats|what is) the point (of|in) (living|life|being alive|going on|carrying on|waking up|"
            r"anything any ?more)\b",
            r"\b(i|i d|id|we)( just)? (might|may) as well (be dead|die|kill my ?self)\b",
            r"\bbetter (if|that) (i|i d) (was |were |d be |would be |just )?(dead|died|never born|not alive)\b",
            r"\b(nobody|no one|noone|no body) (would|will|d|is going to|s going to)( even)? (miss me|care if i (died|"
            r"was dead|was gone|disappeared)|notice if i (died|was gone|disappeared))\b(?! if (they|he|she|you))",
            # "want to die", never "we thought we were going to die": the account of a killing is not a wish.
            r"\b(want|wanted|wanna|wana|wnat|need|wish|wished|like|ready)( to)? (die+|dye|dy)\b",
            r"\b(want|wanted|wanna|wana|wnat|need|going|gonna|ready|trying|tried|try|plan|planning|decided|wish|like)"
            r"( to)? (kill my ?self|end (it all|my (own )?life|everything)|take my (own )?life|hurt my ?self|"
            r"harm my ?self|unalive( my ?self)?|not (be )?(alive|here any ?more)|disappear forever|kms)\b",
            r"\b^kms$",
            # "end it" alone is first person only: "they tried to end it with a ceasefire" is an account.
            r"\b(i|i m|im|i am)( just| really)? (want|wanna|need|going|gonna|ready|trying|thinking about|planning|about)"
            r"( to)? end it\b",
            r"\b(i ll|ill|i will)( just)? end it\b",
            r"\bkil+ my ?self\b",
            r"\b(end|ending|ended) (it all|my (own )?life)\b",
            r"\btak(e|ing) my (own )?life\b",
            r"\bsuicid(e|al|es)\b",
            r"\bself ?harm(ing)?\b",
            r"\b(hurt|hurting|harm|harming|cut|cutting|burn|burning|hang|hanging|poison|poisoning|starve|starving|"
            r"unalive) my ?self\b",
            r"\b(don t|dont|do not|no longer|never) (want|wanna|wish) (to )?"
            r"(live|be alive|exist|wake up|go on living)\b",
            r"\b(can t|cant|cannot|can not) (go on|carry on) (living|like this|any ?more)\b",
            r"\b(no|nothing) (reason|point|worth) (to|in) (live|living|being alive|go on|going on)\b",
            r"\bno point (in )?(living|being alive|going on|carrying on|life)\b",
            r"\b(don t|dont|do not) want to be (here|alive|around|in this world) any ?more\b",
            r"\b(feel|feeling) like (dying|killing my ?self|ending (it|it all|my life))\b",
            r"\bwant my life to end\b",
            r"\bmy life\b.{0,30}\bwant it to end\b",
            r"\b(i m|im|i am) (going to|gonna|about to) jump( off)?\b",
            r"\b(not worth living|life (is|s) not worth|life isn t worth)\b",
            r"\bwish (i|i d|id) (was |were |had |d )?(dead|died|never (been )?born|not alive)\b",
            r"\b(better off|rather be) dead\b",
            r"\brather die\b",
            r"\boverdos(e|ing|ed)\b",
            r"\b(take|took|taking|swallow|swallowed) all (my|the|of my|of the) (pills|tablets|medicine)\b",
            r"\b(i ve|ive|i have|i just|just|i) (taken|took|swallowed) (a lot of |lots of |too many |loads of |a bunch of |"
            r"a handful of |all (my|the) )?(pills|tablets|sleeping pills|painkillers|paracetamol)\b",
            r"\bjump (off|from|in front of) (a|the) (bridge|building|roof|train)\b",
            r"\b(thoughts|thinking|think|thought) (of|about) (suicide|killing my ?self|ending (it|my life)|dying)\b",
            r"\b(better off|be better|happier) without me\b",
            r"\b(pills|tablets)\b.{0,40}\btake them all\b",
            r"\b(sleep|go to sleep|fall asleep)( forever)? and (never|not) wake up\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "he is beating my mother right now", "they just took my son",
            # "soldiers arrested my husband an hour ago" (never "was beating", "took my son in 2014").
            r"\b(is|are|s|re|keeps|keep)(( still| now| right now)?|( \w+){1,2} and) (hitting|beating|attacking|hurting|"
            r"choking|strangling|raping|kicking|punching|stabbing|shooting at|torturing|slapping) (" + _EN_KIN
            + r"|the (kids|children|baby|girls|boys)|mum|mom|him|her)\b" + _EN_NOT_THEN,
            # ("they just took him away and we never saw him again" is "simply": "just" alone counts in a short
            # message only.)
            r"\b(has|have|ve|s) just (taken|arrested|kidnapped|abducted|detained|grabbed|shot|stabbed|taken away) ("
            + _EN_KIN + r"|him|her)\b",
            r"\b^(\w+ ){0,5}just (took|arrested|kidnapped|abducted|detained|grabbed|shot|stabbed|dragged away|"
            r"took away) (" + _EN_KIN + r"|him|her)( away)?( \w+){0,2}$",
            r"\b(took|taken|arrested|kidnapped|abducted|detained|grabbed|shot|stabbed) (" + _EN_KIN
            + r")( away)? (just now|"
            r"an hour ago|minutes ago|a few minutes ago|this morning|tonight|earlier today)\b",
            # Searched for, or houses searched and people taken around them, now: "they're searching for me",
            # "soldiers are going door to door", "the militia is searching houses in our street", "they are arresting
            # people in my street" (never "were").
            r"\b(is|are|s|re|r|keep|keeps)( still| now| already| all)? (searching for|hunting for|hunting|asking around "
            r"for|asking about) (me|us)\b",
            r"\b(?<!we )(?<!i )(is|are|s|re|r)( still| now| already| all)? (searching|raiding|storming|going through|"
            r"breaking into|searching through) (the |all the |every |our |people s |peoples )?(houses|homes|flats|"
            r"buildings|apartments|tents|doors|street|streets|area|neighbourhood|neighborhood|village|camp|block)\b"
            + _EN_NOT_THEN,
            r"\b(?<!we )(is|are|s|re|r)( still| now| already| all)? (going|moving|knocking) (from )?door to door\b",
            r"\b(?<!we )(is|are|s|re|r)( still| now| already| all)? (arresting|rounding up|detaining|grabbing|taking "
            r"away|dragging|pulling) (the |all the )?(people|men|boys|young men|everyone|women|kids|children|families|"
            r"neighbours|neighbors)\b" + _EN_NOT_THEN,
            # Armed men in the street, the area or the camp now: "soldiers are in the street now", "the militia is
            # in our village", "there are soldiers in our area", "armed men in the street right now" (never "were").
            r"\b(the |some |armed |many |lots of )?" + _EN_ARMED + r"( is| s| are| re| r)( still| now| already|"
            r" right now| back| all| again| everywhere){0,2} " + _EN_AROUND + r"\b" + _EN_NOT_THEN,
            r"\b(there s|theres|there is|there are|there re|there r)( \w+){0,2} " + _EN_ARMED + _EN_GAP + r"{0,3} "
            + _EN_AROUND + r"\b" + _EN_NOT_THEN,
            r"\b" + _EN_ARMED + _EN_GAP + r"{0,2} " + _EN_AROUND + r"( \w+){0,2} (now|right now|rn|atm|tonight)\b"
            + _EN_NOT_THEN,
            # Afraid they will find out about this conversation: "i'm scared they will find out i'm talking to you",
            # "what if they find out i reported", "im worried they can see this chat" (never "i was afraid they
            # would find out").
            r"\b(?<!was )(?<!were )(?<!was so )(?<!were so )(?<!was really )(?<!was very )(scared|afraid|worried|"
            r"terrified|frightened|fear|what if|in case)( that)? (they|he|she|someone|somebody|anyone|people|my \w+|"
            r"the \w+)( will| ll| might| could| may| can| are going to| re going to| is going to| s going to| gonna)? "
            r"(find out|finds out|know|knows|see|sees|discover|discovers|learn|learns|hear|hears|notice|notices|"
            r"realise|realize|track|trace)( about)?( ((that )?(i|we)( m| am| re| are| have| ve)?( been)? (talking|"
            r"talked|telling|told|reporting|reported|speaking|spoke|writing|wrote|contacted|contacting|chatting|here|"
            r"doing this)|this chat|this conversation|these messages|my messages|this|what i (wrote|said|told you)|"
            r"where (i|we) (am|are|live))\b|$)",
            *_EN_UNDER_FIRE,
            # A weapon here now: "he has a knife", "they've got guns" (never "had").
            r"\b(he|she|they|someone|somebody|the (man|men|guy|guys|soldiers)|my (husband|ex|partner|boyfriend))"
            r"( s| has| have| ve| s got| has got| have got| ve got| got)( a| an| some)? (knife|knifes|knives|gun|guns|"
            r"weapon|weapons|pistol|rifle|machete|axe)\b" + _EN_NOT_THEN,
            r"\b(hes|shes|theyve|theyre) got( a| an| some)? (knife|knives|gun|guns|weapon|weapons|pistol|rifle|"
            r"machete)\b",
            # Hurt just now: "he just hit me", "she is hitting me", "they beat me tonight" (never "they beat me").
            r"\b(he|she|they|someone|somebody|my \w+)( has| s| have| ve)? just (hit|beat|beaten|punched|slapped|kicked|"
            r"attacked|stabbed|raped|grabbed|choked|strangled|hurt|assaulted|threatened) (me|us)\b",
            r"\b(is|are|s|re|keeps|keep) (hitting|beating|attacking|hurting|choking|strangling|raping|kicking|punching) "
            r"(me|us)\b",
            r"\b(hit|beat|punched|slapped|kicked|attacked|stabbed|raped|choked|strangled|hurt|assaulted) (me|us)"
            r"( again)? (just now|right now|tonight|this morning|this evening|an hour ago|earlier today|today)\b",
            # Injured now, a life at stake: "I'm bleeding", "my son is not breathing", "we need an ambulance"
            # (never "I was bleeding").
            r"\b(i m|im|i am|we re|we are|he is|he s|hes|she is|she s|shes|they are|they re|my \w+ (is|s))( still| badly|"
            r" really| so| very)? (bleeding|unconscious|not breathing|(badly|seriously|really) (hurt|injured|wounded)|"
            r"shot|stabbed)\b",
            r"\b(i|we) (need|needs) (an ambulance|a doctor now|a doctor right now)\b",
            # Afraid for one's life now (never "I was scared for my life").
            r"\b(i m|im|i am|we re|we are|i|we)( so| really| very| truly| now| still)? (scared|afraid|frightened|terrified|"
            r"worried) for (my|our) (life|lives|safety)\b",
            r"\b(i|we)( now| still| really)? fear for (my|our) (life|lives|safety)\b",
            r"\b^(so |really |very )?(scared|afraid|terrified) for my life\b",
            # Held, locked in, not let go: "I'm locked in a room", "he won't let me leave".
            r"\b(i m|im|i am|we re|we are)( still| now)? (locked (in|up)|trapped|being held|held captive|"
            r"held prisoner|kept prisoner|imprisoned|kidnapped|not allowed to (leave|go out))\b",
            r"\b(won t|wont|will not|doesn t|doesnt|does not|don t|dont|do not) let (me|us) (leave|go|out|escape)\b",
            # Asked to call for help: "call the police", "please phone 999".
            # (\b first: a pattern that can start anywhere slows the whole list down.)
            r"\b^(please |pls |plz |help |quick )*(call|phone|ring) (the )?(police|cops|999|911|112|an ambulance|"
            r"ambulance)\b",
            r"\b(please|pls|plz|someone|somebody|help me|can you|could you|can someone|you must|you need to)( please| pls)?"
            r" (call|phone|ring) (the )?(police|cops|999|911|112|an ambulance|ambulance)\b",
            # Waiting for them, here now: "they are waiting for me outside".
            r"\b(is|are|s|re|r)( still)? waiting for (me|us) (outside|downstairs|at|in front|near|by|around|in the "
            r"(street|car|hall))\b",
            # One of them seen near: "I just saw him in my street", "I saw one of the soldiers at the shop today".
            r"\b(i|we) (just )?(saw|seen|have seen|ve seen|spotted|recognised|recognized) (him|her|them|one of them|"
            r"one of the \w+|the (man|men|person|soldier|soldiers|officer|guard|commander))" + _EN_SEEN_GAP + r"{0,4} (today|"
            r"just now|this morning|this afternoon|this evening|tonight)\b" + _EN_NOT_THEN,
            r"\b(i|we) just (saw|spotted|recognised|recognized) (him|her|them|one of them|one of the \w+)\b",
            # One of them living near: "the man who tortured me lives near me", "he lives in my building".
            r"\b(he|she|they|one of them|one of the \w+|who(?: \w+){1,4}) (still )?(lives|live|living|is living|are living|stays|"
            r"staying) ((near|next to|close to|next door to|around the corner from|opposite) (me|us|my (house|home|"
            r"flat|place|building))|in my (street|building|road|block|area)|on my (street|road)|next door)\b",
            r"\b(he|she|they|someone|somebody|people|men|soldiers)( is| s| are| re| r)( still| already| right| now)? "
            + _EN_NEARBY + r"\b",
            r"\b(hes|shes|theyre|someones)( still| already| right| now)? " + _EN_NEARBY + r"\b",
            r"\b(watching|following|tracking|stalking|spying on|monitoring|hunting|chasing) me\b",
            r"\b(i m|im|i am) (in danger|not safe|unsafe|being (watched|followed|hunted|chased))\b",
            r"\bnot safe (here|now|right now|at home)\b",
            r"\b(don t|dont|do not) feel safe\b",
            r"\b(going to|gonna|will|wants to|want to|trying to|coming to) (kill|hurt|find) (me|us)\b",
            r"\b(has|have|ve|theyve|hes|shes) found (me|us)\b",
            # "there" typed for "they're", at the start: "we stood there outside the house" is an account.
            r"\b^(help |please |oh god |omg )?(there|their|thier) (here|outside|at (the|my) door|coming)\b",
            r"\b(is|are|s|re|r) (banging|knocking|pounding|kicking|breaking) (on|at|down) (the|my|our) (door|window)\b",
            r"\b(i can|can|i can still) (hear|see) (them|him|her|someone|people|men|soldiers) (outside|at the door|"
            r"downstairs|in the (house|hall|garden|street|corridor|building))\b",
            # Hiding now, wherever ("i'm hiding in the bathroom", "we are still hiding at my cousins"); never "we were".
            r"\b(i m|im|i am|we re|we are)( still| now| right now)? (hiding|in hiding)\b",
            r"\b(are|is|s|re|r)( here)? (in|on) (my|our) (street|road|building|block|stairs|stairwell)\b",
            r"\bknows? where (i|we) (live|am|are)\b(?! from\b)",
            r"\bmy (husband|wife|partner|brother|father|uncle|boss|ex|ex husband|ex wife|boyfriend|girlfriend|cousin|"
            r"stepfather|father in law|brother in law)( is| s)( right| still)? "
            r"(here|next to me|beside me|outside|coming|in the (next|other) room)\b",
            # At / outside / in front of / behind / around the door, house, window or gate, in the present.
            r"\b" + _EN_WHO + _EN_IS + _EN_STILL + r"{0,2} " + _EN_BY + " " + _EN_MY + " " + _EN_PLACE + r"\b",
            r"\b" + _EN_WHOS + _EN_STILL + r"{0,2} " + _EN_BY + " " + _EN_MY + " " + _EN_PLACE + r"\b",
            r"\b(" + _EN_WHO + _EN_IS + "|" + _EN_WHOS + ")" + _EN_STILL + r"{1,2} (outside|out there|downstairs)\b",
            r"\b" + _EN_WHO + _EN_IS + _EN_STILL + r"{0,2} (in|inside|into) " + _EN_MY + " " + _EN_INDOORS + r"\b",
            r"\b(" + _EN_WHO + _EN_IS + "|" + _EN_WHOS + r")( still| now| already| right| just)? on (my|our|the) "
            r"(stairs|stairwell|landing|roof|balcony)\b",
            r"\b(" + _EN_WHO + _EN_IS + "|" + _EN_WHOS + r")( already| now| still| all)? (inside|in here)\b",
            # "there's someone at the door", "there are men outside" (never "there were").
            r"\b(there s|theres|there is|there are|there re|there r|thers|ther s|ther is|ther are|there a)"
            r"(?! (no|nobody|noone|no one|nothing|not)\b)( \w+){0,2} "
            r"(someone|somone|smone|sum1|somebody|some one|people|ppl|men|man|guys|soldiers|police|policemen|officers|"
            r"army|militia|gunmen|guards|strangers|agents|car|van|truck|jeep)" + _EN_GAP + r"{0,4} (outside\b|" + _EN_BY + " "
            + _EN_MY + " " + _EN_PLACE + r"\b)",
            # No verb: "soldiers at my gate", "ther outside my hous", "men outside my flat right now".
            _EN_RUSH + "(" + _EN_WHO_RUSH + _EN_GAP + r"{0,2}|ther|thr|there|their|they|thay|dey) (outside|" + _EN_BY
            + " " + _EN_MY + " " + _EN_PLACE + r")\b"
            + _EN_NOT_PAST,
            r"\b" + _EN_WHO_RUSH + r"( still)?" + _EN_GAP + r"{0,2} " + _EN_BY + " " + _EN_MY + " " + _EN_PLACE
            + r"( \w+){0,2} (now|rn|atm)\b",
            # Knocking, banging, breaking the door now: "is"/"are", or a knocker with no "was" or "heard" before it.
            r"\b(?<!was )(?<!were )(?<!heard )(?<!saw )(is|are|s|re|r|someone|somebody|some one|someones|smone|sum1|"
            r"men|soldiers|people|ppl|police|they|he|she)( still| now| right now| just| all| keeps| keep)?( on)? "
            r"(knocking|knockin|nocking|banging|bangin|pounding|kicking|hammering|hitting|breaking|smashing|bashing|"
            r"rattling|forcing|shaking|pushing|shooting at|trying to (open|break|force|kick|get through|smash))"
            r"( on| at| down| in| open)?( " + _EN_MY + ")? " + _EN_DOOR + r"\b",
            r"\b(" + _EN_WHO + "( is| s| are| re| r| keeps| keep)|" + _EN_WHOS
            + r")( still| now| just| all| keep| on)? "
            r"(knocking|knockin|banging|pounding|kicking|hammering)\b",
            # Coming in, breaking in, entering now.
            r"\b(" + _EN_WHO + _EN_IS + "|" + _EN_WHOS + r")( still| now| already| just)?"
            r"( trying to| about to| going to| gonna)? (get|getting|come|coming|break|breaking|"
            r"force (their|his|her|a) way|forcing (their|his|her) way|climb|climbing|sneak|sneaking|push|pushing|"
            r"entering|enter)( in| into| inside| through)?( " + _EN_MY + " "
            + _EN_INDOORS + r"|(?<= in)|(?<= inside))\b(?! (the|a|an|his|her|their|its|to|touch|contact|trouble|line|"
            r"time|shape|handy|love|charge|power|office|school|class|work)\b)",
            r"\b(" + _EN_WHO + _EN_IS + "|" + _EN_WHOS + r")( now| just)? (climbing|coming|getting|breaking|sneaking) "
            r"(in |into )?(through|thru|over) (my|our|the) (window|windows|door|gate|fence|wall|roof|balcony)\b",
            # Surrounding the house now; "the house is surrounded", "we are surrounded" (never "were").
            r"\b(is|are|s|re|r|have|ve|has|theyve)( now| already| just| all)? (surrounding|surounding|surrounded|"
            r"surounded|encircling|encircled|circling) (" + _EN_MY + r" (house|home|flat|building|compound|area|street|"
            r"block|place|village|camp|tent|neighbourhood|neighborhood)|me|us)\b",
            r"\b(we re|we are|we r|we have been|we ve been|i m|im|i am|"
            r"(house|home|flat|building|compound|place|village|camp) (is|s|has been))( now| all| completely)? "
            r"(being )?(surrounded|surounded)\b(?! by (?!(them|soldiers|men|police|the army|army|militia|gunmen|"
            r"armed|the enemy|enemy|troops|tanks|rebels)\b))",
            # Followed into the building just now.
            r"\b(just|has|have|ve|hes|shes|theyve) followed me (home|in|inside|into|to (my|our|the))\b",
            # Someone will come for the person: "he will come tonight", "they're gonna come back", "theyll come for me"
            # (never "would": "he said they would come back, and they did" is an account; nor "come back from work",
            # "come back to help us").
            r"\b(?:" + _EN_THEY + _EN_WILL + r"|theyll|theyl|hell(?= come)|shell(?= come))(?: (?:surely|definitely|def|"
            r"probably|prob|still|just|all|soon|really|certainly|come and|try and|try to))? (?:come|cum|return|show up|"
            r"turn up|be back|come back|get back)(?: back| here| again)?(?: (?:tonight|tonite|2nite|at night|"
            r"in the night|again|soon|tomorrow|(?:for|after|4) (?:me|us|" + _EN_KIN + r")|to (?:get|take|kill|find|"
            r"arrest|hurt|beat|punish) (?:me|us|" + _EN_KIN + r")|to (?:my|our|the) (?:house|home|flat|door|place|"
            r"room|shelter|camp|street)|here)\b|$|(?<=back)(?! (?:from|to|with|home from)\b))",
            # "they come for me every night", "they're coming for me", "he coming after us" (never "came").
            r"\b" + _EN_THEY + r"(?: still| always| will| ll| are| re| r| is| s)? (?:come|comes|coming|comin)"
            r"(?: back)? (?:for|after|4) (?:me|us|" + _EN_KIN + r")\b",
            r"\b" + _EN_THEY + _EN_WILL + r"(?: \w+)? (?:get|catch|grab|kidnap|abduct|snatch|take) (?:me|us)\b"
            r"(?! (?:to|for|with|out|home|back|there)\b)",
            # A threat that hangs over speaking out: "they will kill me if I talk", "if I report they'll hurt my
            # family", "they threatened to kill me if I tell anyone" (never the past "if I talked", "if I told").
            r"\b" + _EN_HARMS + r".{0,80}(?:" + _EN_IF_I + ")",
            r"\b(?:" + _EN_IF_I + r").{0,80}\b" + _EN_HARMS,
            # Threatened now: "they keep threatening me", "my uncle threatens my family", "I'm getting death threats"
            # (never "they threatened me").
            r"\b" + _EN_THEY + r"(?:(?: still| keep| keeps| always| are| is| re| s| r| have been| has been| ve been|"
            r" keep on| constantly| now| all| continue to| continues to| won t stop| wont stop)){0,2} (?:threaten|"
            r"threatens|threatening|threatning|thretening|threating|intimidate|intimidates|intimidating|blackmail|"
            r"blackmails|blackmailing)(?: me| us| my| our| to| mine)\b",
            r"\b(?:i m|im|i am|we re|we are|we r|my family (?:is|are)|my (?:mum|mom|mother|father|dad|wife|husband|"
            r"children|kids|son|daughter|brother|sister|parents) (?:is|are|s|re))(?: still| now| constantly| always|"
            r" being| getting| receiving){0,2} (?:being threatened|threatened|getting (?:death )?threats|"
            r"receiving (?:death )?threats|being blackmailed|blackmailed|being intimidated)\b" + _EN_NOT_THEN,
            r"\b(?:i|we)(?: still| keep| always| now| constantly| keep on){0,2} (?:get|getting|receive|"
            r"receiving)(?: (?:death|more|new|daily|threatening|anonymous))? (?:threats|threatening (?:messages|calls|"
            r"texts|letters))\b",
            r"\b" + _EN_THEY + r"(?:(?: still| keep| keeps| always| are| is| re| s| r| now| constantly)){0,2} (?:send|"
            r"sends|sending|text|texts|texting|call|calls|calling|message|messages|messaging) (?:me|us|"
            r"my \w+)(?: (?:death|more|threatening))? (?:threats|threatening)\b",
            # The phone or messages watched now: "they are tracking my phone", "he checks my phone", "someone is
            # reading my messages", "they hacked my whatsapp"; never "they were reading our messages", "soldiers
            # checked my phone at the checkpoint".
            r"\b" + _EN_THEY + r"(?:(?: is| s| are| re| r| has been| have been| ve been| been| keep| keeps| still|"
            r" always| can| could| might| may| now| constantly| secretly| probably| also| even| might be| must be|"
            r" may be| all| definitely| def| prob| just| somehow| able to| already| have| has| ve| s|"
            r" obviously)){0,3} (?:track|tracks|tracking|trak|traking|monitor|monitors|monitoring|read|reads|reading|"
            r"check|checks|checking|chek|cheking|checkin|go through|goes through|going through|look through|"
            r"looks through|looking through|look at|looks at|looking at|watch|watches|watching|spy on|spies on|"
            r"spying on|listen to|listens to|listening to|listen in on|listening in on|tap|taps|tapping|tapped|bug|"
            r"bugging|bugged|hack|hacks|hacking|hacked|hacked into|hack into|access|accesses|accessing|have access to|"
            r"has access to|see|sees|seeing|intercept|intercepts|intercepting|trace|traces|tracing|follow|follows|"
            r"following|control|controls|controlling|record|records|recording|clone|cloned|cloning|put (?:a tracker|"
            r"spyware|an app|a bug|something) (?:on|in)|installed (?:a tracker|spyware|an app|a bug|something) (?:on|"
            r"in)) (?:my|our|me on my|ma|mah)(?: own| mobile| cell| whatsapp| private| text| phone)? (?:phone|phones|"
            r"fone|mobile|cell|cellphone|iphone|smartphone|messages|msgs|messeges|massages|texts|txts|sms|calls|chats|"
            r"conversations|whatsapp|whatsap|watsapp|signal|telegram|viber|imo|facebook|fb|insta|instagram|email|"
            r"emails|mail|location|gps|laptop|computer|pc|tablet|ipad|account|accounts|social media|internet|browsing|"
            r"contacts|photos|line|number|"
            r"screen)\b" + _EN_NOT_THEN,
            r"\b(?:my|our)(?: \w+)? (?:phone|fone|mobile|cell|cellphone|iphone|smartphone|messages|msgs|texts|sms|"
            r"calls|chats|whatsapp|watsapp|email|emails|location|laptop|computer|account|accounts|line)(?: is| are| s|"
            r" re| r| has been| have been| ve been| s been| got| gets| keeps getting)(?: being)? (?:tracked|monitored|"
            r"read|checked|tapped|bugged|hacked|watched|intercepted|listened to|recorded|cloned|compromised|spied on|"
            r"traced|controlled|accessed|under surveillance|under watch)\b" + _EN_NOT_THEN,
            r"\b(?:there s|theres|there is|there are)(?: a| an| some)? (?:tracker|trackers|tracking app|spyware|"
            r"spy app|bug|malware|tracking device|gps tracker) (?:on|in) (?:my|our) (?:phone|car|bag|mobile|laptop|"
            r"computer|cell)\b",
            r"\b(?:i m|im|i am|we re|we are)(?: still| now| constantly| always){0,2} being (?:tracked|monitored|"
            r"spied on|bugged|tapped|listened to|surveilled)\b",
            r"\b" + _EN_THEY + r"(?: can| could| all)? (?:see|know|track|follow) (?:my|our) (?:location|gps|"
            r"whereabouts)\b",
            # Threatened just now: "they threatened me today", "he threatened my family this morning" (never "again":
            # "they threatened us in 2019 and again in 2020" is an account).
            r"\b(?:threatened|threatend|threatned|threatening)(?: (?:me|us|my \w+|to \w+ (?:me|us|"
            r"my \w+)))?(?: \w+){0,3} (?:today|just now|this (?:morning|evening|afternoon)|tonight|earlier today|"
            r"an hour ago|last night|yesterday)\b",
            # Found, or known to be here, now: "they found me again", "he found out where I live", "they have my
            # address", "someone gave them my address" (never "when they found me", "they found me hiding in the
            # basement", "they knew where we lived", "we know where he is now").
            r"\b(?=[hstdpmga])" + _EN_NOT_WHEN + _EN_FINDER + r"(?: (?:just|finally|now|already|all|have|ve|has|s|"
            r"must have|must ve|probably|def|definitely|somehow|actually|always|still|keep|keeps))* (?:found|find|"
            r"finds|traced|located|tracked|tracked down) (?:me|us)(?: down)?\b(?: " + _EN_FOUND_NOW + r"\b|"
            + _EN_FOUND_NEXT + ")" + _EN_NOT_THEN,
            r"\b" + _EN_FINDER + r"(?:" + _EN_KNOW + " (?:" + _EN_WHERE_I + "|" + _EN_HERE + r")|(?: (?:already|now|"
            r"all|probably|must|might|definitely|somehow|even|also|still))* (?:have|has|ve|s|got|ve got|s got|"
            r"have got|has got|got hold of|ve got hold of|found|have found|ve found|has found|know|knows|kno|knw|"
            r"found out|have found out|ve found out|get|gets|obtained|tracked down|traced) (?:all )?" + _EN_ADDRESS
            + ")" + _EN_NOT_THEN,
            r"\b(?=[gstphl])(?<!\bi )(?<!\bwe )(?<!\bi ve )(?<!\bive )(?<!\bwe ve )(?<!\byou )(?:gave|given|give|"
            r"gives|giving|sent|sends|told|tells|telling|showed|shown|passed|handed|sold|leaked) (?:them|him|her|em|"
            r"dem|his \w+|their \w+|the (?:men|soldiers|militia|gang|regime|army))(?: all| out)? (?:" + _EN_ADDRESS
            + "|" + _EN_WHERE_I + ")" + _EN_NOT_THEN,
            r"\b(?=[lsgpe])(?<!\bi )(?<!\bwe )(?<!\byou )(?:leaked|sold|gave away|given away|giving away|posted|"
            r"published|exposed|shared|passed on)(?: out| online)? " + _EN_ADDRESS + _EN_NOT_THEN,
            r"\b" + _EN_ADDRESS + r"(?: has| have| s| is| was| got)?(?: been| being)? (?:leaked|sold|exposed|"
            r"compromised|posted online|given to (?:them|him|her)|passed to (?:them|him|her)|shared with (?:them|him|"
            r"her))\b" + _EN_NOT_THEN,
        ),
        not_danger=(
            r"\bsuicide (bomb\w*|attack\w*|vest\w*|car\w*|mission\w*|drone\w*|squad\w*|truck\w*)\b",
            # A perpetrator "here in the UK" (never the person: "they know I am here in London" is danger).
            r"\b(?=here in )" + _EN_NOT_SAID_OF_US + r"here in " + _EN_UK + r"\b",
            # Not known, not found: "he doesn't know where I live", "they haven't found us".
            r"\b(?:don t|dont|do not|doesn t|doesnt|does not|didn t|didnt|did not|never|haven t|havent|have not|"
            r"hasn t|hasnt|has not|won t|wont|will not|can t|cant|cannot|can not|couldn t|couldnt|could not)"
            r"(?: (?:yet|ever|even|really|actually|still))? (?:know|knows|find|found|find out|found out|trace|track|"
            r"locate|have (?:my|our) (?:new |current |home )?(?:address|location))\b",
        ),
        spellings=("suicide", "suicidal", "myself", "overdose", "anymore", "watching", "following", "outside",
                   "danger", "knocking", "surrounded", "surrounding", "building"),
    ),
    "ar": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "الموت احسن لي", "ليش عايش", "يا ريتني ميت", "ما حدا رح يشتاقلي".
            r"\b(?:الموت|موتي) (?:احسن|افضل|ارحم) (?:لي|الي|من هيك|من هالعيشه)\b",
            r"\b(?:ليش|ليه|لماذا|لشو) (?:انا )?(?:عايش|عايشه|اعيش|عم عيش)\b",
            r"\b(?:شو|ما|ايش) (?:الفائده|فائده|المعنى|معنى) (?:من |في )?(?:الحياه|العيشه|حياتي|العيش|هالحياه)\b",
            r"\b(?:يا ريتني|ياريتني|ليتني) (?:ميت|ميته|مت|متت|ما انولدت|ما خلقت)\b",
            r"\b(?:ما حدا|ما في حدا|لا احد) (?:رح |ح |سوف )?(?:يشتاقلي|يشتاق لي|يفتقدني|يحزن علي)\b",
            r"(اريد|أريد|بدي|ابغى|أبغى|عايز|عاوز|عايزه|أود|اود|نفسي|اتمنى|أتمنى|ودي|حابب)( ان| أن)? "
            r"(اموت|أموت|انتحر|أنتحر|اقتل نفسي|أقتل نفسي|انهي حياتي|أنهي حياتي|الموت|لو مت|أموت وأرتاح)",
            r"\b(ال|بال|لل|و)?انتحار\b",
            r"\b[اينت]?نتحر\b",
            r"قتل نفسي\b",
            r"(انهي|أنهي|انهاء|إنهاء|ننهي|اخلص من|أتخلص من) حياتي",
            r"(لا اريد|لا أريد|ما بدي|مابدي|مش عايز|مش عاوز|ما ابغى|ما أبغى|لا ارغب|لا أرغب|ما اريد|ما أريد)"
            r"( ان| أن| في)? ?(اعيش|أعيش|الحياة|العيش|اكمل حياتي|أكمل حياتي)",
            r"(تعبت|زهقت|مليت) من (الحياة|حياتي|العيش)",
            r"(اؤذي|أؤذي|اذي|أذي|اجرح|أجرح|ايذاء|إيذاء|اذية|أذية|اضر|أضر) (نفسي|النفس)",
            # Arabizi
            r"\b(bdi|baddi|biddi|3ayez|3ayz|3awez|awez|abi|abgha|ana)\s+(amoot|amut|mout|amout|moot|amot)\b",
            r"\b(ent[ie]?7ar|intihar|entehar|enti7ar)\b",
            r"\b(bade|badde|bidde|badi|beddi|ana bdi|ana badi) (amoot|amut|mout|amout|moot|amot|mut)\b",
            r"\b(ent[ie]?7(a|e|i)r|enta7(a|e|i)r|antahir|ente7r)\b",
            r"\b(ma|mish|msh|mesh|mo) (bdi|baddi|bade|3ayez|3ayz|abi|abgha) (3ish|3eesh|a3ish|a3eesh)\b",
            r"\b(a2tol|aktol|a2tel|2atel|aqtol|aqtul|2otl|qatl) (nafsi|nafse)\b",
            r"(بدي|ما بدي|مابدي|بدي ا) ?(موت|عيش)\b",
            r"(لو كنت|ليتني|ياريتني|يا ريتني) ?(ميت|ميتا|ميتة|مت)\b",
            r"(احسن|أحسن|افضل|أفضل) (بدوني|من غيري|بلاي)",
            # To sleep and never wake up: "بدي نام وما فيق", "أريد أن أنام ولا أستيقظ", "نفسي انام وما اصحاش" (only
            # in the first person after a wish: never "نام وما صحي", he slept and did not wake).
            r"(?:بدي|ابغي|ابغا|اريد|نفسي|اتمني|بتمني|ودي|عايز|عاوز|عايزه|عاوزه|حابب|حابه|ياريت|يا ريت|ليتني|يا ليتني)"
            r"(?: ان| اني| لو)? ?(?:ا|ن)?نام (?:للابد|الي الابد|(?:و|وما|ولا|ومش|بلا ما|بدون ما) ?(?:عاد |بقي |بعد |"
            r"ابدا )?(?:اصحي|اصحا|اصحاش|اصحو|افيق|فيق|اقوم|قوم|استيقظ)\b)",
            r"\b(?:bdi|baddi|bade|badde|bidde|biddi|nfse|nefsi|nifsi|3ayez|3ayza|3awza|abgha|atmanna)"
            r"(?: enno| eni| ino)? ?a?n(?:a|e)m (?:w|wa|o|u) ?(?:ma|la|msh|mish|mesh) ?(?:3ad )?"
            r"(?:fi2|fee2|afi2|2um|a2um|2oum|as7a|as7ash|es7a|est2iz)\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "عم يضربوا امي", "هلق اخدوا ابني" (never "كانوا يضربوا").
            r"(?<!كان )(?<!كانوا )(?<!كانو )\b(?:عم )?ب?(?:يضرب|يضربوا|يضربو|يضربون|يعذب|يعذبوا|يعذبو|يعذبون|يخنق|"
            r"يخنقوا|يغتصب|يغتصبوا|يطعن|يقوص|يقوصوا|يقوصو) " + _AR_KIN,
            r"\b(?:هلق|هلا|الان|توا|قبل شوي|قبل شويه|من شوي|قبل ساعه|هسه|هسا|للتو)(?: [^ ]+)? (?:اخدوا|اخدو|اخذوا|"
            r"اخذو|خطفوا|خطفو|اعتقلوا|اعتقلو|سحبوا|سحبو|قوصوا|قوصو) " + _AR_KIN,
            r"\b(?:اخدوا|اخدو|اخذوا|اخذو|خطفوا|خطفو|اعتقلوا|اعتقلو|سحبوا|سحبو|قوصوا|قوصو) " + _AR_KIN
            + r" (?:هلق|هلا|الان|توا|قبل شوي|قبل شويه|من شوي|قبل ساعه|هسه|هسا)\b",
            # Searched for, houses searched and people taken around them now: "عم يدوروا علي", "يفتشون البيوت في
            # حارتنا", "عم ياخدوا الشباب" (never "كانوا", nor the past "فتشوا").
            r"(?<!كانوا )(?<!كانو )(?<!كان )\b(?:عم )?ب?(?:يدوروا|يدورو|يدورون|يدور|يبحثون|يبحثوا|يبحث|يفتشوا|يفتشو|"
            r"يفتشون|يفتش) (?:علي|عليا|علينا|عني|عنا)\b",
            r"(?<!كانوا )(?<!كانو )(?<!كان )\b(?:عم )?ب?(?:يفتشوا|يفتشو|يفتشون|يداهموا|يداهمو|يداهمون|يعتقلوا|"
            r"يعتقلو|يعتقلون|ياخدوا|ياخدو|ياخذون|يسحبوا|يسحبو|يمشطوا|يمشطو|يمشطون) (?:ال)?(?:بيوت|بيت|منازل|ناس|"
            r"شباب|رجال|حاره|حي|شارع|جيران)\b",
            # Armed men in the street or the area now: "الجنود في الشارع الآن", "العسكر بالحارة هلق" (never "كان").
            r"(?<!كان )(?<!كانوا )\b" + _AR_ARMED + r"(?: [^ ]+){0,2} " + _AR_AROUND + r"(?: [^ ]+){0,2} " + _AR_NOW,
            r"\b" + _AR_NOW + r"(?: [^ ]+){0,2} " + _AR_ARMED + r"(?: [^ ]+){0,2} " + _AR_AROUND,
            # Afraid they will find out about this conversation: "أخاف أن يعرفوا أنني أتحدث معكم", "خايف يعرفو اني عم
            # احكي" (never "اكتشفوا": they found out).
            r"\b(?:اخاف|خايف|خايفه|خايفين|بخاف|اخشي|قلقان|قلقانه|خوفي|لو|اذا|ماذا لو|شو اذا|طيب اذا) (?:ان |انو |من ان |"
            r"لا |ليكون )?(?:هم )?(?:يعرفوا|يعرفو|يعرفون|يعرف|يكتشفوا|يكتشفو|يكتشفون|يكتشف|يدروا|يدرو|يدري|يشوفوا|"
            r"يشوفو|يشوف|يقروا|يقرو|يعلموا|يعلمو|يعرفوني|يكشفوني)(?: (?:اني|انني|انا|انو|ان|هذا|هاد|هيك|عن|بلي|وين|"
            r"اين|شو|اللي|ما)\b|$)",
            *_AR_UNDER_FIRE,
            r"\b(هو|هي|هم|انه|إنه|انها|إنها|انهم|إنهم|حدا|احد|أحد|شخص|رجال|الرجل|هوه|هيه)( موجود| موجودين| موجودة)?"
            r" (هنا|هون|هنا الآن|جاي|جايين|قادم|قادمون|قادمين|في الغرفة المجاورة|بالغرفة المجاورة|في الغرفة الثانية|"
            r"بالغرفة الثانية|بالغرفة التانية|عند الباب|ع الباب|برا|بالخارج|خلف الباب|ورا الباب|يراقبني|يلحقني)\b",
            r"(يراقب|يلاحق|يتبع|يراقبو|يلاحقو|يتبعو|بيراقب|عم يراقب|يتعقب)(ني|ونني|وني)\b",
            r"\b(و|ف)?(انا|أنا|احنا|نحن|حياتي) (في |ب)خطر",
            r"\bبخطر\b",
            r"\b(لست|مش|مو|ما|لا|ماني|مانيش|غير|لسنا|مب) ?(بأمان|امن|آمن|آمنة|امنة|في أمان|في امان|بامان)\b",
            r"(سي|رح ي|ح ي|حي|بدو ي|راح ي|سوف ي)قتل(ني|وني|ونني)\b",
            r"\b(هنن|هني|هم|هو) (هون|هنا)\b",
            r"(لاحق|ملاحق|لاحقين)(ني)\b",
            r"\b(msh|mesh|mish|mo|mu|ana msh) ?(b ?amen|b ?aman|amen|aman)\b",
            r"\b(ana|ehna|i7na|e7na|a7na|n7na|7ayati) (fi|fe|b|bi) ?(5atar|khatar|5atr|5tr|7atar)\b",
            r"\b(homa|homma|hom|hume|hene|hinne|henne|hanne|howe|huwe|hwe|hiye|hye|hiya|7ada|had|7add) "
            r"(hon|hona|hena|hina|hone|barra|bara|3al bab|3a bab|3and el bab|3nd el bab|ja2yin|jayin|jayeen|"
            r"gayin|gayeen|jaye|ja2i|jay)\b",
            r"\bfi (7ada|7ad|had|7add|7adan|wa7ed|wahed) (3al|3a|3and|3nd|ala|bel|b) ?(bab|beb)\b",
            r"\b(3am |3m |bi|b)?(yra2boni|yraqboni|yra2buni|yraqbuni|yra2bni|yraqbni|yl7a2ni|yla7a2ni|yla7quni|"
            r"yla7qoni|ylahquni|yt3aqabni|yla7ku?ni)\b",
            r"\b(bdo|bdon|badon|biddon|baddon|bado|ra7|rah|7a|ha|7ay|hay|sa|rayhin|ray7in) ?y(i|a)?(2|q|k)(a|e)?t(o|u|e)?"
            r"l(o|u)?(ni|ny|oni|uni)\b",
            # At / outside / in front of / behind / around the door, house, flat, building or window now: the
            # nominal sentence is the present ("هم عند بابي", "في عساكر قدام البيت", "إنهم خارج بابي الآن").
            # A past "كانوا/كان في ..." before it is blanked in not_danger.
            r"\b((في|فيه|اكو|هناك|هنالك|ثمه|يوجد) )?(هم|هما|همه|هنن|هني|هن|انهم|هو|هوه|انه|هي|هيه|انها|هدول|هذول|"
            r"هاذول|هولاء|دول|حدا|احد ما|احد|حد|حدن|شخص ما|شخص|اشخاص|واحد|ناس|الناس|رجال|الرجال|رجل|الرجل|رجاله|الرجاله|زلم|زلام|"
            r"الزلم|الزلام|جنود|الجنود|جندي|الجندي|عساكر|العساكر|عسكر|العسكر|عسكري|العسكري|الجيش|مسلح|مسلحين|مسلحون|"
            r"المسلحين|المسلحون|ملثمين|ملثمون|الملثمين|شرطه|الشرطه|شرطي|الشرطي|البوليس|الامن|مخابرات|المخابرات|شبيحه|"
            r"الشبيحه|ميليشيا|الميليشيا|مليشيا|المليشيا|الميليشيات|المليشيات|غرباء|الغرباء|عصابه|العصابه|جماعه|"
            r"الجماعه|دوريه|الدوريه|زوجي|جوزي|طليقي)"
            r"( (الان|الحين|هلق|هلا|هلء|هسه|هسا|هسع|دلوقتي|دلوقت|دحين|حاليا|هالحين|لسا|لسه|لساتهم|لساته|بعدهم|بعده|"
            r"مازالوا|مازال|زالوا|يزالون|يزال|كلهم|هناك|هنا|هون|واقف[^ ]{0,3}|موجود[^ ]{0,3}|قاعد[^ ]{0,3}|"
            r"جالس[^ ]{0,3}|ينتظر[^ ]{0,4}|بينتظر[^ ]{0,4}|مستني[^ ]{0,3}|متجمع[^ ]{0,3}|مجتمع[^ ]{0,3}|"
            r"متجمهر[^ ]{0,3}|منتشر[^ ]{0,3})){0,2}"
            r" (عند|على|ع|خارج|برا|بره|امام|قدام|كدام|گدام|جدام|ورا|وراء|خلف|تحت|فوق|حول|حوالين|حوالي|جنب|بجانب|"
            r"بجنب|جانب|قرب|بقرب|بالقرب من|قريب من|قريبين من|يم|لزق|حد|داخل|جوا|جوه|(في|ب) ?(?=[^ ]+(ي|نا)\b)) ?(ال|لل)?"
            r"((باب|بيت|منزل|دار|شباك|شبابيك|مبني|مبنا|حوش|مسكن|ملجا|بيوت|نوافذ)(ي|نا|ه|ها|هم|كم|ك)?|"
            r"(شق|بناي|عمار|نافذ|بواب|غرف|حار|فيل)(ه|تي|تنا|ته|تها|تهم|تك|تكم))\b",
            # The place first: "قدام البيت في عساكر", "عند الباب فيه رجالة".
            r"\b(عند|خارج|برا|بره|امام|قدام|كدام|گدام|جدام|ورا|وراء|خلف|تحت|حول|حوالين|جنب|بجانب|يم|لزق) ?(ال)?"
            r"(باب|بيت|منزل|دار|شباك|مبني|بوابه|شقه|بنايه|عماره)(ي|نا|تي|تنا)?( (الان|الحين|هلق|هلا|هسه|دلوقتي))? "
            r"(في|فيه|اكو|هناك|هنالك|يوجد) (حدا|احد|حد|شخص|اشخاص|ناس|رجال|رجاله|زلم|زلام|جنود|عساكر|عسكر|مسلح|"
            r"مسلحين|مسلحون|ملثمين|شرطه|شبيحه|ميليشيا|مليشيا|غرباء|سياره|سيارات)\b",
            # Knocking, banging, kicking or breaking the door or window: the present or progressive only
            # ("يطرقون الباب", "عم يدقوا عالباب", "بيخبطوا على الباب", "دا يدكون الباب", "قاعدين يطقون الباب").
            r"\b(عم |قاعد[^ ]{0,3} |دا |مازالوا |لسا |لسه )?(بي|دي|ي|بت|ت)(طرق|دق|دك|طق|خبط|قرع|ضرب|كسر|خلع|رفس|دفش|"
            r"حطم|لبط|شوط)(ون|وا|و|ن)?( [^ ]+){0,2} (على |ع ?|عل|في |ب)?(ال)?(باب|بواب|شباك|شبابيك|نافذ|نوافذ)"
            r"[^ ]{0,3}\b",
            r"\b(اسمع|بسمع|عم اسمع|سامع|سامعه|سامعين|نسمع)( [^ ]+){0,2} (طرق|دق|دقه|خبط|ضرب|تكسير|كسر|صوت)[^ ]{0,2}"
            r"( [^ ]+){0,2} (على |ع ?|عل|في |ب)?(ال)?(باب|بواب|شباك|شبابيك|نافذ|نوافذ)[^ ]{0,3}\b",
            r"\b(ال)?(باب|بابي|بابنا|شباك|شباكي|نافذه) (عم |قاعد )?(بين|ين|بيت|يت)(كسر|خلع|حطم)\b",
            # Coming in, storming, raiding or surrounding the house now ("يدخلون البيت", "عم يفوتوا عالبيت",
            # "يقتحمون المنزل", "بيحاصروا البناية", "محاصرين البيت", "البيت محاصر").
            r"\b(عم |قاعد[^ ]{0,3} |دا |راح |رح )?(بي|دي|ي)(دخل|فوت|قتحم|حاصر|طوق|حوط|داهم|هجم|كبس|نط|تسلق)"
            r"(ون|وا|و|ن)?( [^ ]+)? (على |ع ?|عل|الى |لعند |لل|ل|في |جوا |جوه |داخل )?(ال)?"
            r"((باب|بيت|منزل|دار|شباك|مبني|مبنا|حوش|بيوت)(ي|نا)?|(شق|بناي|عمار|بواب|غرف|حار)(ه|تي|تنا))\b",
            r"\b(عم |قاعد[^ ]{0,3} |دا )?(بت|ت)(قتحم|حاصر|طوق|حوط|داهم)( [^ ]+)? (ال)?"
            r"((بيت|منزل|دار|مبني|مبنا|حوش)(ي|نا)?|(شق|بناي|عمار|حار)(ه|تي|تنا))\b",
            r"\b((عم |قاعد[^ ]{0,3} )?(بي|ي)(حاول|جرب)(ون|وا|و)?|بدهم|بدن|بدو|عايزين|عاوزين|يريدون|يبغون|يبون) "
            r"(كسر|خلع|فتح|دخول|اقتحام|تحطيم|فوت|(ي|ت)(فتح|فوت|دخل|خلع)[^ ]{0,2})( [^ ]+)? (ال)?"
            r"((باب|بيت|منزل|دار|شباك|مبني|مبنا)(ي|نا)?|(شق|بناي|عمار|بواب|نافذ)(ه|تي|تنا))\b",
            r"\b(داخلين|داخلون|فايتين|فاتين|مقتحمين|مقتحمون|محاصرين|محاصرون|محاوطين|مطوقين|مطوقون|مداهمين|"
            r"هاجمين|هاجمون) (على |ع ?|عل|الى |لل|ل)?(ال)?"
            r"((باب|بيت|منزل|دار|مبني|مبنا|حوش)(ي|نا)?|(شق|بناي|عمار|حار)(ه|تي|تنا))\b",
            r"\b(ال)?((بيت|منزل|دار|مبني)(ي|نا)?|(شق|بناي|عمار|حار)(ه|تي|تنا)) (كله |كلها )?(محاصر|مطوق|محاط)",
            r"\b(انا|احنا|نحن|اننا|انني|اني)( (الان|الحين|هلق|هلا|هسه|دلوقتي|حاليا))? (محاصر|مطوق|مختبي|مستخبي|"
            r"متخبي|مخبي|مخبا|مخبايه|مختفي)[^ ]{0,3}\b",
            # The past with "now" or "just": "دخلوا البيت الآن", "هلق فاتوا عالبيت", "توهم كسروا الباب".
            r"\b(الان|الحين|هلق|هلا|هلء|هسه|هسا|هسع|دلوقتي|دلوقت|دحين|توهم|توه|للتو|توا|حالا|هالحين)( [^ ]+){0,2} "
            r"(و|ف)?(دخلوا|دخلو|دخل|فاتوا|فاتو|فات|وصلوا|وصلو|وصل|اجوا|اجو|جاءوا|جاووا|اتوا|كسروا|كسرو|خلعوا|خلعو|"
            r"اقتحموا|اقتحمو|حاصروا|حاصرو|طوقوا|طوقو|داهموا|هجموا|كبسوا|نطوا|طبوا|تسلقوا|طرقوا|دقوا|دقو)"
            r"( [^ ]+)? (على |ع ?|عل|الى |لعند |لل|ل|في )?(ال)?"
            r"((باب|بيت|منزل|دار|شباك|مبني|مبنا|حوش)(ي|نا)?|(شق|بناي|عمار|بواب|حار)(ه|تي|تنا))\b",
            r"\b(و|ف)?(دخلوا|دخلو|دخل|فاتوا|فاتو|فات|وصلوا|وصلو|وصل|اجوا|اجو|جاءوا|جاووا|اتوا|كسروا|كسرو|خلعوا|خلعو|"
            r"اقتحموا|اقتحمو|حاصروا|حاصرو|طوقوا|طوقو|داهموا|هجموا|كبسوا|نطوا|طبوا|تسلقوا|طرقوا|دقوا|دقو)"
            r"( [^ ]+)? (على |ع ?|عل|الى |لعند |لل|ل|في )?(ال)?"
            r"((باب|بيت|منزل|دار|شباك|مبني|مبنا|حوش)(ي|نا)?|(شق|بناي|عمار|بواب|حار)(ه|تي|تنا))( [^ ]+){0,2} "
            r"(الان|الحين|هلق|هلا|هلء|هسه|هسا|هسع|دلوقتي|دلوقت|دحين|حالا|هالحين)\b",
            # Arabizi: "homa 3and el bab", "fi 3askar 2eddem el bet", "3am ydo22o 3al bab", "bikhabato 3al bab",
            # "3am yfoto 3al bet", "m7asrin el bet", "da5alo el bet halla2".
            r"\b(homa|homma|hom|hum|humma|hume|hene|hinne|henne|hanne|hinni|hni|howe|huwe|hwe|howa|huwa|hiye|hye|"
            r"hiya|heya|7ada|7add|7ad|wa7ed|wahed|rjal|rjel|rigala|zlem|zalam|3askar|3asaker|jnood|jnud|jonood|"
            r"shabbi7a|shabi7a|shorta|shorti|el amn|mokhabarat|mu5abarat|msal7in|msal7een|mosal7in|mulathamin|nas|ness)"
            r"( (halla2|halla|hala2|hla2|hl2|hallaq|hassa|hasa|hessa|hissa|el7in|el7en|al7in|delwa2ti|dilwa2ti|"
            r"dlwa2ty|alan|al2an|el2an|now|lessa|lissa|lsa|ba3don|ba3dhom|wa2fin|wa2feen|waqfin|wa2fe|wa2ef|"
            r"mawjudin|mawjoodin|mawjoud|mwjodin|2a3din|a3din|ga3din|m2a3din)){0,2} "
            r"(3and|3end|3nd|3a|3al|3ala|3l|barra|bara|barra men|kharej|5arej|khareg|2eddem|eddem|2odam|2oddam|"
            r"oddam|odam|adam|quddam|qudam|gidam|jdam|wara|wra|warra|khalf|5alf|ta7t|ta7et|ta7at|7awalen|7awalin|"
            r"7awalayn|7awl|7ol|janb|jamb|jomb|gamb|yam|jowwa|juwwa|jowa|gowa|gowwa|jouwa|dakhel|da5el|fi|fe|bi)"
            r" ?(el |il |al |l |e |a |b)?(bab|beb|bet|beit|beyt|bayt|bait|manzil|manzel|dar|shebbak|shubbak|shibbak|"
            r"shebak|shbak|shobbak|sh2a|sha2a|sha22a|shaqqa|shi22a|shi2a|binaye|binaya|bnaye|bnaya|bineye|3imara|"
            r"3emara|3amara|3mara|3omara|mabna|bwabe|bawabe|bawaba|bawwaba)"
            r"(i|y|e|na|ne|ti|tna|tne|itna|etna|atna|ty|tni)?\b",
            r"\b(3am |3m |2a3d |a3d |ga3d |da )?(b|bi|be|d)?(y|i|e)(a|e|i|o|u)?(d(o|u|e|ou|i)?(2|q|k|g)+|"
            r"t(i|u|e)?(g|2|q)+|t(a|e|o|u)?r(a|e|o|u)?(2|q|k)|(kh|5)(a|e)?b+(a|e)?t|k(a|e|i)?s+(a|e|i)?r|"
            r"(kh|5)(a|e)?l(a|e)?3|d(a|o|u|e)?r(a|o|u|e)?b|r(a|e|o|u)?f(a|e|o|u)?s|(q|2)(a|e)?r(a|e)?3)"
            r"(o|u|ou|oo|oun|un|oon|on|wa|w)?( [^ ]+)? (3a|3al|3ala|3l|ala|3a l|3)? ?(el |il |al |l |e |a )?"
            r"(bab|beb|shebbak|shubbak|shibbak|shebak|shbak|shobbak|bwabe|bawabe|bawaba)\b",
            r"\b(3am |3m |2a3d |a3d |ga3d |da )?(b|bi|be|d)?(y|i|e)(a|e|i|o|u)?(d(a|e|o)?(5|kh)(o|u|a|e)?l|"
            r"f(o|u|ou|oo)t|(q|2|k)t(a|e)?7(e|i)?m|7(a|e)?s(e|i)?r|7(a|e)?ss?(e|i)?r|tawe2|tawwe2|hj(o|u)m|7awet|"
            r"7awwet)(o|u|ou|oo|oun|un|oon|on|wa|w)( [^ ]+)? (3a|3al|3ala|3l|ala|3a l|3|la|lal|3and|3end)? ?"
            r"(el |il |al |l |e |a )?(bet|beit|beyt|bayt|bait|manzil|manzel|dar|sh2a|sha2a|sha22a|shaqqa|shi22a|binaye|"
            r"binaya|bnaye|bnaya|bineye|3imara|3emara|3amara|mabna)(i|y|e|na|ne|ti|tna|tne|itna|etna|atna)?\b",
            r"\b(ana|a7na|e7na|i7na|n7na|in7na|en7na|ni7na|ana w (wlade|wledi|l wlad))( (halla2|halla|hala2|hassa|el7in|"
            r"delwa2ti|now))? (m7asar|m7asara|m7asarin|m7asareen|m7asrin|m7asreen|mu7asar|mu7asarin|mkhabbe|m5abbe|"
            r"mkhabbaye|m5abbaye|mkhabyin|m5abyin|mestakhbi|mst5bi|mitkhabbi|mt5abbi|mitkhabyin|mt5abyin)\b",
            r"\b(m7asrin|m7asreen|m7asarin|m7asrin|mu7asirin|m7awtin|m7awteen|mtaw2in|fetin|faytin|fetyin|"
            r"da5lin|da5leen|dakhlin|dakhleen|dakhlin|m2at7min) (3a|3al|3ala|3l|la|lal)? ?(el |il |al |l |e |a )?"
            r"(bet|beit|beyt|bayt|bait|manzil|manzel|dar|sh2a|sha2a|sha22a|shaqqa|binaye|binaya|bnaye|bnaya|3imara|"
            r"3emara|mabna)(i|y|e|na|ne|ti|tna|tne|itna|etna|atna)?\b",
            # Someone will come for the person: "رح يجوا عليي الليلة", "سيأتون من أجلي", "هييجوا ياخدوني", "راح يرجعون"
            # (never without whom or when: "قالوا رح يرجعوا ورجعوا" is an account).
            # The particle is written apart or joined ("هييجوا", "سيأتون"); joined, never "ح" + "ياتي" ("حياتي": my
            # life), "سوف" + "ياتي" ("سوفياتي": Soviet) nor the habitual "ب" ("بيرجع من الشغل").
            r"\b(?:(?:(?:رح|راح|حا|ها|بدهم|بدن) ?|(?:سوف|ناويين|ناوين|ح) )(?:" + _AR_COMES + "|" + _AR_COMES_MSA
            + r")|[هح]" + _AR_COMES + "|س" + _AR_COMES_MSA + r")(?:(?: (?:كمان|اكيد|بالتاكيد|اكيدا|كلهم|هم|هني|هنن|"
            r"هو|هي|يمكن|اليوم|مره))? (?:علي|عليي|عليا|لعندي|عندي|لعندنا|عندنا|علينا|الي|الينا|لي|لنا|من اجلي|من اجلنا|"
            r"لاجلي|ياخدوني|ياخذوني|ياخدونا|ياخذونا|ليخدوني|لياخذوني|ليخدونا|يخطفوني|يقتلوني|يقتلونا|الليله|هالليله|"
            r"اليوم بالليل|بالليل|بليل|بكرا|بكره|باكر|غدا|مره تانيه|مره ثانيه|تاني|ثاني|مجددا|من جديد|كمان مره|قريب|"
            r"قريبا|هون|لهون|لهنا|هنا|للبيت|عالبيت|لبيتي|لبيتنا|الي بيتي|الي البيت)\b|$)",
            r"\b(?:جايين|جاي|جايه|جايا|جايينلي|جايلي|قادمون|قادمين|قادم)(?: [^ ]+)? (?:علي|عليي|عليا|لعندي|الي|لي|"
            r"من اجلي|ياخدوني|ياخذوني|لياخذوني|ليخدوني|يخطفوني|يقتلوني|علينا|لعندنا|الينا|من اجلنا|الليله|بالليل)\b",
            r"\b(?:(?:رح|راح|حا|ها) ?|(?:سوف|ح) |[هحس])(?:يلاقوني|يلاقونا|يلقوني|يلقونا|يلگوني|يجدونني|يجدوني|يجدوننا|"
            r"يلاقيني)\b",
            # A threat over speaking out: "إذا حكيت رح يقتلوا أهلي", "لو اتكلمت هيقتلوني", "هددوني بالقتل إذا تكلمت".
            _AR_IF_I + r".{0,60}" + _AR_HARM,
            r"\b" + _AR_HARM + r".{0,60}" + _AR_IF_I,
            # Threatened now: "عم يهددوني", "بيهددوا أهلي", "توصلني تهديدات", "أنا مهدد" (never the past "هددوني").
            r"\b(?:بي|ي|بت|ت)هدد(?:و|ون|وا)?(?:ني|نا|وني|ونني|وننا|نني)\b",
            r"\b(?:بي|ي|بت|ت)هدد(?:و|ون|وا)? (?:عائلتي|عيلتي|اهلي|امي|ابي|ابوي|اخي|اخوي|اختي|اولادي|ولادي|زوجتي|مرتي|"
            r"زوجي|جوزي|بنتي|ابني|اطفالي|عائلتنا|اهلنا)\b",
            r"\b(?:اتلقي|نتلقي|تصلني|توصلني|تجيني|يجيني|بيجيني|بتجيني|بتوصلني|بيوصلني|يوصلني|بتوصلنا|"
            r"تصلنا)(?: [^ ]+)? (?:تهديد|تهديدات|رسائل تهديد|رسايل تهديد|مسجات تهديد)",
            r"\b(?:انا|احنا|نحن|اهلي|عائلتي|عيلتي)(?: (?!(?:كنت|كنا|كان|كانوا|كانت)\b)[^ ]+)? (?:مهدد|مهدده|مهددين|"
            r"مهددون)\b",
            # The phone or messages watched now: "يراقبون هاتفي", "عم يقروا رسايلي", "بيفتش موبايلي", "تلفوني مراقب",
            # "هكروا الواتساب تبعي" (the past "كانوا يقرأون رسائلنا" is blanked in not_danger).
            r"\b(?:عم |قاعد[^ ]{0,3} |دا |لسا |لسه |دايما |دائما )?(?:بي|بت|ي|ت|دي)(?:راقب|تجسس|قر|فتش|تابع|تتبع|تعقب|"
            r"سمع|تنصت|شيك|تفقد|فحص|خترق|هكر|تحكم|طلع|شوف|قلب|دور|رصد|سجل)[^ ]{0,4}(?: (?:على|ع|عل|في|ب|كل))? ?"
            + _AR_MY_PHONE,
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )" + _AR_MY_PHONE + r"(?: كله| كلو| كلها)? (?:مراقب|متراقب|مهكر|"
            r"مهكور|متهكر|مخترق|مسموع|متتبع|مخروق)[^ ]{0,2}\b" + _AR_NOT_THEN,
            r"\b(?:هكروا|هكرو|هكر|تهكروا|اخترقوا|اخترقو|اخترق|خترقوا|قرصنوا|هكرولي|هكرولنا)(?: لي| لنا)? "
            + _AR_MY_PHONE + _AR_NOT_THEN,
            r"\b(?:برنامج|تطبيق|جهاز) (?:تجسس|مراقبه|تتبع|تعقب) (?:علي|على|ب|في|جوا) ?" + _AR_MY_PHONE,
            # Arabizi: "ra7 yerja3o el lele", "iza 7akit ra7 yi2tlo ahli", "3am yhaddadouni", "3am yra2bo telefoni".
            r"\b(?:ra7|rah|raa7|ra2|7a|ha|hay|7ay|sa|bdon|bidon|baddon|bado) ?y(?:i|e|a)?(?:(?:j|g)(?:o|u|ou|oo|on|oun|"
            r"un|i|e|eh)|rj(?:a|e)?3(?:o|u|ou|oun|on|un)?)(?: \w+)? (?:3alay|3alayi|3laye|3leye|3layi|3aleye|3alaya|"
            r"3laya|3aliya|3liya|la3ndi|l3ndi|la3indi|3ndi|3andi|3alena|3laina|3lina|3alaina|3lena|la3enna|la3nna|"
            r"el ?lele|el ?leileh|el ?layle|el ?layla|el ?leila|il ?leila|ellele|ellayle|ellaila|illeile|bel ?lel|"
            r"bil ?lel|bokra|bukra|bukara|kaman marra|kman mara|tani|tany|tene|marra tanye|men ajli|min ajli|y?a?(?:kh|"
            r"5)d(?:o|u|ou|oo)ni|y?e(?:kh|5)d(?:o|u|ou|oo)ni|hon|hone|lahon|la hon|hena|hina|3al bet|3al beit|3a bet|"
            r"3albet)\b",
            r"\b(?:iza|eza|idha|law|lw|lau|lo)(?: ana| e7na| a7na)? (?:7akit|hakit|7keet|7kit|etkalamt|itkalamt|"
            r"tkalamt|etkallamt|itkallamt|t7adast|ballaght|balaght|ballagt|ro7t|ru7t|ro7et|shtakeit|eshtakait|"
            r"eshtakeit|2olt|olt|oult|shhedt|shahadt|fada7t|fda7t|5abbart|khabbart)\b.{0,60}\b(?:(?:(?:ra7|rah|ha|7a|"
            r"sa|bdon|baddon|bado) ?|h|7|s|b)?(?:y|t|n)(?:i|e|a)?(?:2|q|k)(?:a|e|i|o)?t(?:e|a|o|u|i)?l\w*|(?:bi|b|bel|"
            r"bil)(?:2|q|k)atl|h(?:a|e)dd?(?:a|e)d\w*|tahdee?d\w*)",
            r"\b(?:3am |3m )?(?:bi|b|be|bt|bi?t)?(?:y|t)(?:e|i|a)?h(?:a|e)d+(?:a|e|i)d(?:o|u|ou|oo)?(?:ni|ny|na|ouni|"
            r"oni|uni)\b",
            r"\b(?:3am |3m )?(?:b|bi|be)?y(?:i|e|a|u|o)?(?:ra2b|raqb|ra2eb|raqeb|rakeb|jasas|tjasas|2ra|2r|qr|fatesh|"
            r"fatish|fattsh|fatsh|ftesh|tabe3|tab3|tatabba3|ta3a22ab|sma3|sme3|tnasat|shayk|shayyek|shayek|shaik|hak|"
            r"hack|7ak|5tre2|khtere2|ta7akkam|tale3|shouf|shuf|2alleb)\w*(?: (?:3a|3al|3ala|3l|b|bi|fi))? ?"
            r"(?:el |il |al |l )?" + _AR_PHONE_LATIN + r"(?:i|y|e|ati|aty|na|atna|ne)?(?: (?:taba3i|tabe3i|taba3y|ta3i|"
            r"be3ti|beta3i|7a2i|haqi|mali))?\b",
            r"\b" + _AR_PHONE_LATIN + r"(?:i|y|e|na|ne)? (?:m7akar|mhakar|mhakkar|mhakker|mehakar|mt7akar|mthakar|"
            r"mt7akkar|mokhtara2|mu5tara2|m5tara2|mkhtara2|mra2ab|mraqab|mora2ab|mraqqab|mra22ab|mitra2ab|metra2ab)\b",
            r"\b(?:hakkaro|hakaro|haccaro|hackro|hakro|hakkarou|hakaru|hakkaru|7akkaro|5tara2o|khtara2o|ekhtara2o|"
            r"e5tara2o|i5tara2o)(?: el| l| il)? " + _AR_PHONE_LATIN,
            # Threatened just now, coming back now, knowing where I am: "هددوني اليوم", "هو راجع", "بيعرفوا وين انا".
            r"\bهدد(?:وني|ونا|ني|نا|وا اهلي|وا عيلتي)(?: [^ ]+)? (?:اليوم|هلق|هلا|هسه|الحين|دلوقتي|الصبح|مبارح|امبارح|"
            r"من شوي|من شويه)\b",
            r"\b(?:هو|هي|هم|هني|هنن|جوزي|زوجي)(?: (?:الان|هلق|هلا|هسه|دلوقتي|لسا))? (?:راجع|راجعه|راجعين|رجعان|"
            r"رجعانين)(?: (?:الان|هلق|هلا|هسه|دلوقتي|عالبيت|للبيت|لهون))?$",
            r"^(?:هم |هو |هني )?(?:جايين|جاي|جايه)(?: (?:هلق|هلا|هسه|الحين|دلوقتي|الان))?$",
            r"\b(?:بيعرفوا|بيعرف|يعرفون|يعرفوا|يعرف|عارفين|عارف|بعرفوا) (?:وين|فين|اين|مكان ما) (?:انا|احنا|ساكن|ساكنه|"
            r"بسكن|اسكن|عايش|عايشه)\b",
            # Found, or known to be here, now: "لقوني", "رجعوا لقوني", "وجدوني هنا", "عرفوا وين ساكنة", "معهم عنواني",
            # "حدا عطاهم عنواني", "بيعرفوا اني هون" (never "لما لقوني ضربوني", "لقونا مخبايين بالقبو", "كانوا بيعرفوا
            # وين ساكنين").
            r"\b(?=(?:(?:رجع|كمان|اخيرا|اكيد|شكل|الظاهر|خلص)[^ ]* )?(?:لق|لاق|لگ|حصل|وجد|عثر|وصل|عرف|كشف|حدد))"
            + _AR_NOT_WHEN + r"(?:(?:رجعوا|رجعو|رجع|كمان|اخيرا|اكيد|شكلهم|شكله|الظاهر|خلص) )?" + _AR_FOUND
            + r"\b(?: " + _AR_FOUND_NOW + r"\b|" + _AR_FOUND_NEXT + ")" + _AR_NOT_THEN,
            r"\b" + _AR_KNOW + r" (?:(?:وين|فين|اين|مكان ما) (?:انا|احنا|نحن|ساكن|ساكنه|ساكنين|بسكن|اسكن|نسكن|منسكن|"
            r"بنسكن|عايش|عايشه|عايشين|بعيش|اعيش|نعيش|قاعد|قاعده|قاعدين|مختبي|مختبيه|متخبي|متخبيه|مستخبي|مستخبيه|مخبي|"
            r"مخبايه|بنام|انام|بشتغل|اشتغل|اقيم|نقيم|مقيم|مقيمه|موجود|موجوده|موجودين|بيتي|بيتنا)|" + _AR_MY_ADDRESS
            + r")\b" + _AR_NOT_THEN,
            r"\b" + _AR_KNOW + r"(?: (?:انو|انه|ان))? (?:اني|انني|اننا|انا|احنا|نحن)(?: (?:موجود|موجوده|موجودين|قاعد|"
            r"قاعده|ساكن|ساكنه|عايش|عايشه))? (?:هون|هنا|هين|هان|هنيه|بهالمدينه|بهاي المدينه|في هذه المدينه)\b",
            r"\b" + _AR_KNOW + r"(?: (?:وين|فين|اين))? (?:مدرسه|مدارس) " + _AR_MY_KIDS + r"\b",
            r"\b" + _AR_KNOW + r" (?:وين|فين|اين) (?:بيدرسوا|بيدرسو|بيدرس|بتدرس|يدرسون|يدرسوا|يدرس|تدرس|بيروحوا|"
            r"يروحون|ساكنين|ساكن|ساكنه|عايشين|عايشه)(?: [^ ]+)? " + _AR_MY_KIDS + r"\b",
            r"\b(?<!كان )(?<!كانوا )(?<!كانو )(?:معهم|معاهم|معهن|معه|معاه|معها|عندهم|عندهن|عنده|عندها|صار معهم|"
            r"صار معهن|صار عندهم|وصلهم|وصلهن|وصله|جابوا|جابو|لقوا|حصلوا علي|حصلوا) (?:عنواني|عنوانا|عنواننا|"
            r"عنوان بيتي|عنوان بيتنا|لوكيشني)\b" + _AR_NOT_THEN,
            r"\b(?:عنواني|عنواننا|عنوان بيتي|عنوان بيتنا|لوكيشني) (?:وصلهم|وصلهن|وصله|معهم|معهن|عندهم|عندهن|انكشف|"
            r"انعرف|تسرب|اتسرب|صار معهم|صار عندهم)\b" + _AR_NOT_THEN,
            r"\b(?:عطاهم|اعطاهم|عطاهن|عطاه|اعطاه|اداهم|ادالهم|ادالهن|عطيهم|بعتلهم|بعتلهن|سربلهم|سرب|سربوا|سربو|باعوا|"
            r"باع|اعطوهم|عطوهم|عطوه|دلهم|دلهن|دلوهم)(?: (?:علي|ع))? ?" + _AR_MY_ADDRESS + r"\b" + _AR_NOT_THEN,
            # Arabizi: "la2ouni", "rej3o la2ouni", "bya3rfo wen sakne", "3erfo eni hon", "ma3on 3enwani",
            # "7ada 3atahon 3enwani" (never "lamma la2ouni darabouni", "la2ouna m5abbayin bel 2abo").
            r"\b(?=(?:(?:rej3o|rij3o|rje3o|rjo3o|kaman|akhiran|akid|shakelhon) )?(?:l[aei]?[2qg]|wajad|7s?al))"
            + _AR_NOT_WHEN_LATIN + r"(?:(?:rej3o|rij3o|rje3o|rjo3o|kaman|akhiran|akid|shakelhon) )?"
            + _AR_FOUND_LATIN + r"\b(?: " + _AR_FOUND_NOW_LATIN + r"\b|" + _AR_FOUND_NEXT_LATIN
            + r")(?!(?: \w+){0,5} (?:sene|seneh|sanat|(?:19|20)\d\d)\b)",
            r"\b" + _AR_KNOW_LATIN + r"(?: (?:enno|eno|inno|inu|ino|ennu))? (?:(?:wen|wein|fein|fen|ween|wayn|weyn|"
            r"ayn) (?:ana|a7na|e7na|i7na|sekne|sakne|sakna|sekin|saken|sakin|sakneen|saknin|saknen|3ayesh|3aysha|"
            r"3ayshe|mkhabbe|m5abbe|mestakhbi|ba3ish|bnem|bnam|b2ile|bestaghel|bshteghel)|" + _AR_ADDRESS_LATIN + r"|"
            r"(?:eni|enni|inni|ana|a7na|e7na|enna|inna) (?:hon|hone|hena|hina|hun|hen))\b",
            r"\b(?:ma3on|ma3hom|ma3hon|ma3ho|ma3o|3andon|3andhom|3ando|3endon|3endhom|sar ma3on|sar ma3hom|wosolon|"
            r"wslon|wislon|3ataon|3atahon|3atahom|a3tahom|3atohom|3atohon|3atoon|3atahun|a3tahon) " + _AR_ADDRESS_LATIN
            + r"\b",
            # A weapon here now: "معه سكين", "جوزي ماسك سكينة", "معهم سلاح", "لديه مسدس", "يحمل سكيناً" (the
            # nominal sentence is the present; never "كان معه سكين").
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )(?<!كنت )(?:معه|معاه|معو|معها|معاها|معهم|معاهم|معهن|معن|"
            r"لديه|لديها|لديهم|عنده|عندو|عندها|عندهم|عندن|بايده|بيده|بايدو|في ايده|في يده|بايدها|في ايدها|بايديهم|"
            r"ماسك|ماسكه|ماسكين|حامل|حامله|حاملين|شايل|شايله|شايلين|يحمل|تحمل|يحملون|بيحمل|مسلح|مسلحين|مسلحون)"
            r"(?: [^ ]+)? (?:ب|بال|ال)?(?:سكين|سكينه|سكاكين|موس|شفره|ساطور|سلاح|اسلحه|مسدس|مسدسات|فرد|طبنجه|"
            r"بندقيه|باروده|رشاش|كلاشن|كلاشينكوف|بلطه|فاس)[^ ]{0,2}\b" + _AR_NOT_THEN,
            # Hurt now: "عم يضربني", "بيضربني", "قاعد يضربني", "دا يضربوني", "يخنقني", "عم يعذبوني" (never "كان
            # يضربني", "ما بيضربني").
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )(?<!كنت )(?<!ما )(?<!مش )(?<!مو )(?<!لا )(?<!ما حدا )"
            r"(?<!محدا )(?<!ما حد )(?:(?:عم|قاعد|قاعده|قاعدين|دا|لسا|لسه|مازال|بعده|بعدو) |(?<!عم )(?<!قاعد )"
            r"(?<!دا ))(?:بي|بت|ي|ت|دي)(?:ضرب|خنق|لكم|صفع|رفس|لبط|طعن|جلد|غتصب)(?:و|ون|وا)?(?:ني|نا|نني|ننا)\b",
            r"\b(?<!كان )(?<!كانوا )(?<!كانو )(?:(?:عم|قاعد|قاعدين|دا) (?:بي|ي|دي)عذب(?:و|ون|وا)?|(?:بي|ي)عذب"
            r"(?:و|ون|وا))(?:ني|نا|نني|ننا)\b",
            # Hurt just now: "توه ضربني", "لسه ضاربني", "ضربني هلق", "ضربوني مرة تانية الليلة" (never "ضربني" alone,
            # nor "اليوم اللي ضربني فيه").
            r"\b(?:هلق|هلا|هلء|هسه|هسا|هسع|الحين|الان|دلوقتي|دلوقت|توه|توها|توهم|توي|للتو|حالا|هالحين|لسه|لسا|"
            r"اليوم|الليله|هالليله|الصبح|هالصبح|من شوي|من شويه|قبل شوي|قبل شويه|من ساعه|قبل ساعه)(?: (?!(?:اللي|"
            r"الذي|التي|يلي|الي|لما|لمن|يوم|كان|كانوا|ما|مش|لم)\b)[^ ]+){0,2} (?:و|ف)?(?:ضرب|ضارب|خنق|لكم|صفع|رفس|"
            r"لبط|طعن|عذب|اغتصب|جلد)(?:ني|وني|نا|ونا)\b",
            r"\b(?<!ما )(?<!لم )(?:ضرب|خنق|لكم|صفع|رفس|لبط|طعن|عذب|اغتصب|جلد)(?:ني|وني|نا|ونا)(?: (?!(?:اللي|الذي|"
            r"التي|يلي|الي|لما|لمن|يوم)\b)[^ ]+){0,3} (?:هلق|هلا|هلء|هسه|هسا|هسع|الحين|الان|دلوقتي|دلوقت|حالا|"
            r"هالحين|اليوم|الليله|هالليله|الصبح|هالصبح|من شوي|من شويه|قبل شوي|قبل شويه|من ساعه|قبل ساعه)\b"
            r"(?! (?:اللي|الذي|التي|يلي|الي|لما))",
            # Injured now, a life at stake: "أنا عم أنزف", "ابني ما عم يتنفس", "أمي فاقدة الوعي", "هو مصاب برصاصة",
            # "أخوي مطعون", "بدنا إسعاف" (never "كان ينزف", "كان ابني عم ينزف", "ظل ينزف ساعات", "كانت فاقدة الوعي",
            # "لقيناه فاقد الوعي", "أبي مصاب من الحرب", "كنا بحاجة إلى سيارة إسعاف"). One pattern, its look-behinds
            # for "was" read once: at every word of a long account, ten patterns would cost more.
            r"\b(?=[\u0600-\u06ff])(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )(?<!كنت )(?<!كنا )(?:"
            # Said of me or of one of mine: bleeding, unconscious, and the rest.
            + _AR_HURT_WHO + r"(?: (?:عم|قاعد|قاعده|دا|لسا|لسه|بعده|بعدها|مازال|مازالت|ما زال|ما زالت|لا يزال|"
            r"لا تزال|الان|الحين|هلق|هلا|هسه|دلوقتي|حاليا|كمان|كتير|كثير|بشده)){0,2} (?:(?:بي|بت|ب|ي|ت|ا|ن|م)نزف"
            r"(?:و|ون|وا)?\b|(?:فاقد|فاقده|فاقدين|فاقدون) (?:ال)?وعي\b|(?:غايب|غايبه|غائب|غائبه|غايبين) عن "
            r"(?:ال)?وعي\b|(?:مغمي|مغشي) (?:عليه|عليها|عليهم|علي|عليي|عليا|علينا)\b|" + _AR_HURT_STATE + ")"
            # Without who: bleeding after "عم", "لسا" ("عم ينزف كتير"), and the rest; bleeding or unconscious at the
            # start ("بنزف", "فاقد الوعي").
            + "|" + _AR_NOT_AFTER_HURT_WHO + r"(?:(?=عم |قاعد|لس|ما ?زال|لا [يت]زال)(?<!ظل )(?<!ظلت )(?<!ضل )"
            r"(?<!ضلت )(?<!ضلو )(?<!بقي )(?<!بقيت )(?<!وهو )(?<!وهي )(?<!وانا )(?<!قلبي )(?:عم|قاعد|قاعده|قاعدين|لسا|"
            r"لسه|مازال|مازالت|ما زال|ما زالت|لا يزال|لا تزال) (?:بي|بت|ب|ي|ت|ا|ن|م)نزف(?:و|ون|وا)?\b|"
            + _AR_HURT_STATE + ")"
            r"|^(?:(?:الحقوني|ساعدوني|النجده|ارجوكم|ارجوك|بسرعه|يا رب|يا الله|والله|الله|بليز) )*(?:(?:بي|بت|ب|ي|ت|"
            r"ا|ن|م)نزف(?:و|ون|وا)?\b(?! قلب)|(?:فاقد|فاقده|فاقدين) (?:ال)?وعي\b|(?:مغمي|مغشي) (?:عليه|عليها|عليهم|"
            r"علي|عليي|عليا)\b)"
            # Hit just now: "توه انصاب", "هلق طخوه".
            r"|(?:توه|توها|توهم|توني|توي|للتو|هلق|هلا|الحين|الان|هسه|دلوقتي|حالا|من شوي|من شويه|قبل شوي|قبل شويه)"
            r"(?: (?!(?:اللي|الذي|التي|يلي|الي|لما|لمن|يوم|كان|كانوا|كيف|شلون|ازاي|اتذكر|بتذكر|تذكرت|عرفت|سمعت)\b)"
            r"[^ ]+){0,2} (?:انصاب|انصابت|انصابو|انصابوا|اصيب|اصيبت|اصيبوا|انطخ|انطخت|انقوص|انقوصت|انطعن|انطعنت|"
            r"طعنوه|طعنوها|طعنوني|طخوه|طخوها|طخوني|قوصوه|قوصوها|قوصوني)\b" + _AR_NOT_THEN
            # An ambulance or a doctor needed now: "بدنا إسعاف", "محتاجين دكتور هلق", "ابعتوا إسعاف".
            + r"|(?:بدنا|بدي|بدو|بدها|بدهم|نحتاج|احتاج|يحتاج|تحتاج|محتاج|محتاجه|محتاجين|بحاجه|في حاجه|عايز|عايزه|"
            r"عايزين|عاوز|عاوزه|عاوزين|نبي|نبغي|ابغي|نريد|اريد|لازمنا|لازمني|يلزمنا|يلزمني)(?: الي| لل| ل)? ?(?:(?:ال)?"
            r"(?:سياره |عربيه )?(?:ال)?اسعاف|(?:ال)?(?:دكتور|دكتوره|طبيب|طبيبه|حكيم) (?:هلق|هلا|الحين|الان|حالا|"
            r"بسرعه|فورا|ضروري|عاجلا|عالسريع))\b"
            r"|(?:ابعتوا|ابعتو|ابعثوا|ابعثو|ابعت|ابعث|ابعتولنا|ابعتلنا|ابعتلي|ابعثولنا|جيبوا|جيبو|جيبولنا)"
            r"(?: (?:لنا|لي|الينا|علينا))? (?:سياره |عربيه )?(?:ال)?اسعاف\b"
            r")",
            # Afraid for one's life now: "خايف على حياتي", "أخاف على حياتي", "خايفين على روحنا" (never "كنت خايف").
            r"\b(?<!كنت )(?<!كنا )(?<!كانت )(?<!كان )(?:خايف|خايفه|خايفين|خائف|خائفه|خائفون|خائفين|اخاف|بخاف|نخاف|"
            r"منخاف|بنخاف|اخشي|نخشي|قلقان|قلقانه|قلقانين|مرعوب|مرعوبه|مرعوبين|خوفان|خوفانه|خوفانين)(?: كثير| كتير|"
            r" جدا| مره| بجد)? (?:علي|ع|عل) ?(?:حياتي|حياتنا|روحي|روحنا|عمري|سلامتي|سلامتنا)\b",
            # Held, locked in, not let go now: "أنا محبوسة في الحمام", "حابسني بالبيت", "قافل علي الباب", "نحن
            # محتجزون", "ما بيخليني اطلع", "مش مخليني اخرج", "لا يسمح لي بالخروج" (never "كنت محبوسة", nor the past
            # "ما خلونا نطلع").
            r"\b(?:انا|احنا|نحن|اني|انني|اننا)(?: (?:هلق|هلا|الان|الحين|هسه|دلوقتي|لسا|لسه|حاليا))? (?:محبوس|"
            r"محبوسه|محبوسين|محبوسون|محتجز|محتجزه|محتجزين|محتجزون|مخطوف|مخطوفه|مخطوفين|مخطوفون|رهينه|رهائن|"
            r"مقفول علي[^ ]*|مقفل علي[^ ]*|مسكر علي[^ ]*)\b",
            r"\b(?<!كنت )(?<!كنا )(?<!كان )(?<!كانت )(?<!كانوا )(?:محبوس|محبوسه|محبوسين|محبوسون|محتجز|محتجزه|"
            r"محتجزين|محتجزون|مقفول علي|مقفل علي|مسكر علي|مسكرين علي)(?: [^ ]+)? (?:في |ب|جوا |جوه |داخل )?(?:ال)?"
            r"(?:حمام|غرفه|اوضه|بيت|شقه|مطبخ|قبو|كراج|سياره|تواليت|مخزن|بلكون)[^ ]{0,3}\b",
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )(?:حابسني|حابسيني|حابسينا|حابسنا|حابسيننا|حاجزني|حاجزيني|"
            r"حاجزينا|خاطفني|خاطفيني|خاطفينا|(?:قافل|قافلين|مسكر|مسكرين|مقفل|مقفلين)(?: (?:ال)?باب)? (?:علي|عليا|"
            r"عليي|علينا)|(?:عم |قاعد[^ ]{0,3} |دا )?(?:بي|ي|بت|ت)(?:حبس|حتجز)(?:و|ون|وا)?(?:ني|نا|نني|ننا))\b",
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )(?:ما|مش|مو|لا|مب|مانو|ماهو)(?: (?:عم|قاعد|رح|راح|ح))? "
            r"(?:(?:بي|ي|بت|ت|هي|حي|دي)(?:خلي|خلو|سمح|سمحو|دع|دعو|ترك|تركو)(?:ني|نا|وني|ونا|ونني|وننا|لي|لنا|"
            r"ولي|ولنا)|مخليني|مخلينا|مخلياني|مخلييني|مخليينا)(?: [^ ]+)? (?:اطلع|نطلع|اخرج|نخرج|امشي|نمشي|اروح|"
            r"نروح|اغادر|نغادر|اهرب|نهرب|بالخروج|الخروج|بالمغادره)\b",
            r"\b(?<!كان )(?<!كانوا )لا (?:يسمح|يسمحون|تسمح|يسمحوا|يدع|يدعون|يترك|يتركون) ?(?:لي|لنا|ني|نني|ننا|نا)"
            r"(?: (?:ب|بال)?(?:الخروج|خروج|المغادره|مغادره|الذهاب|ان اخرج|ان اغادر|ان اذهب|اخرج|اغادر|اذهب|ارحل))",
            # Asking for the police: "اتصلوا بالشرطة", "أرجوكم اطلبوا البوليس", "الله يخليك اطلب الإسعاف", at the
            # start or after "please" (never "ما حدا اتصل بالشرطة", "اتصلت بالشرطة وما اجو").
            r"(?:^(?:(?:ارجوك|ارجوكم|ارجوكي|من فضلك|من فضلكم|لو سمحت|لو سمحتو|الله يخليك|الله يخليكم|بالله|"
            r"بالله عليك|تكفي|تكفون|بليز|يا جماعه|ساعدوني|ساعدني|النجده|الحقوني|الحقني|بسرعه|يلا|هلق|الحين) ){0,3}|"
            r"\b(?:ارجوك|ارجوكم|ارجوكي|من فضلك|من فضلكم|لو سمحت|الله يخليك|الله يخليكم|بالله عليك|تكفي|تكفون|بليز|"
            r"ساعدوني|الحقوني) )(?:اتصل|اتصلوا|اتصلو|اتصلي|كلم|كلموا|كلمو|كلمي|اطلب|اطلبوا|اطلبو|اطلبي|نادوا|نادي|"
            r"خابر|خابروا|دق|دقوا|دقو|رن|رنوا|رنو|بلغ|بلغوا|بلغي) (?:علي |ع ?|عل|ب|لل|ل)?(?:ال)?(?:شرطه|بوليس|نجده|"
            r"اسعاف|طوارئ|999|911|112)\b(?! (?:وما|ولم|ولا|بس|لكن|ولكن|فما|فلم|وجت|واجت|واجو|واجوا|وجاءت)\b)",
            # Waiting for me outside now: "في رجلين ناطريني برا", "مستنيني تحت البيت", "ينتظرونني في الخارج" (never
            # "كانوا ناطريني").
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?<!كانو )(?:ناطرني|ناطرتني|ناطريني|ناطرينني|ناطرنا|ناطرتنا|ناطرينا|"
            r"مستنيني|مستنياني|مستنييني|مستنيينا|مستنينا|منتظرني|منتظرتني|منتظريني|منتظرينني|منتظرينا|منتظرنا|"
            r"(?:(?:عم|قاعد[^ ]{0,3}|دا|لسا|لسه) )?(?:بي|ي|بت|ت|دي)(?:نتظر|نطر|ستني|ستنا|ستن)(?:و|ون|وا)?(?:ني|نا|"
            r"نني|ننا))(?: [^ ]+){0,2} (?:برا|بره|بالخارج|الخارج|خارج|تحت|عند|قدام|امام|جنب|ورا|بالشارع|الشارع|"
            r"عالباب|بالسياره|السياره|عالزاويه|بالحاره|عالطريق|الطريق|بالطريق|عالمدخل|بالمدخل|المدخل)\b",
            # One of them seen just now or today: "شفته هلق بالشارع", "توني شفته عند موقف الباص", "شفت واحد منهم
            # اليوم بالسوق" (never "شفته على الحاجز سنة 2019", "شفتهم اليوم اللي قتلوا فيه عمي").
            r"\b(?<!ما )(?<!مش )(?<!لم )(?:شفته|شفتو|شفتها|شفتهم|شفتهن|شفتن|شفناه|شفناها|شفناهم|شفناهن|رايته|رايتها|"
            r"رايتهم|رايناه|رايناهم|لمحته|لمحتها|لمحتهم|شايفه|شايفو|شايفها|شايفهم|(?:شفت|شفنا|رايت|راينا|لمحت) "
            r"(?:واحد|حدا|وحده|احد) (?:منهم|منن|منهن|من (?:ال)?(?:عساكر|جنود|شبيحه|سجانين|حراس|امن|مخابرات|رجال|زلم|"
            r"ضباط|ميليشيا|مليشيا|جماعه|عصابه)[^ ]*)|(?:شفت|شفنا|رايت|راينا|لمحت) (?:الضابط|العسكري|الجندي|السجان|"
            r"المحقق|الشبيح|المسلح|جوزي|زوجي|طليقي))(?: (?!(?:اللي|الذي|التي|يلي|الي|لما|سنه|عام)\b)[^ ]+){0,5} "
            r"(?:هلق|هلا|هلء|هسه|الحين|الان|دلوقتي|اليوم|من شوي|قبل شوي|من شويه|قبل شويه|قبل ساعه|من ساعه|الصبح|"
            r"هالصبح|المسا|العصر|الليله|هالليله)\b(?! (?:اللي|الذي|التي|يلي|الي|لما))",
            r"\b(?:توني|توي|توه|للتو|هلق|هلا|هسه|الحين|الان|دلوقتي|لسه|لسا|اليوم|من شوي|قبل شوي|قبل شويه|من شويه)"
            r"(?: (?!(?:ما|مش|لم|اللي|الذي|يلي|كنت|كنا)\b)[^ ]+)? (?:شفته|شفتو|شفتها|شفتهم|شفتهن|شفتن|شفناه|شفناهم|"
            r"رايته|رايتها|رايتهم|لمحته|لمحتهم|شايفه|شايفو|شايفها|شايفهم|(?:شفت|شفنا|رايت|لمحت) (?:واحد|حدا|وحده|"
            r"احد) (?:منهم|منن|منهن))\b",
            # One of them living near: "هو ساكن جنبي", "الضابط اللي عذبني ساكن قريب مني", "واحد منهم ساكن بنفس
            # الحارة" (never "اختي ساكنة جنبي", "كان ساكن جنبنا").
            r"\b(?<!كان )(?<!كانت )(?<!كانوا )(?:هو|هي|هم|هني|هنن|هوه|هيه|واحد منهم|حدا منهم|واحد منن|حدا منن|"
            r"طليقي|جوزي السابق|زوجي السابق|(?:اللي|الذي|يلي|الي|التي)(?: [^ ]+)? (?:عذب|ضرب|اغتصب|خطف|سجن|هدد|قتل|"
            r"حقق|اعتقل|اعتدي|اذي|حبس)[^ ]*(?: [^ ]+){0,2})(?: (?:لسا|لسه|مازال|بعده|كمان|هلق|الان|صار|صاروا))? "
            r"(?:ساكن|ساكنه|ساكنين|ساكنون|عايش|عايشه|عايشين|يسكن|بيسكن|تسكن|بتسكن|يسكنون|يسكنوا|بيسكنوا|يعيش|بيعيش|"
            r"يقيم|مقيم|مقيمين)(?: هون| هنا)? (?:جنبي|جنبنا|جمبي|جمبنا|يمي|يمنا|حدي|حدنا|قربي|قربنا|(?:قريب|قريبين|"
            r"بالقرب|قرب) (?:مني|منا|من بيتي|من بيتنا|من عندي|من عنا)|جنب بيتي|جنب بيتنا|(?:ب|في )?(?:نفس|ذات) "
            r"(?:ال)?(?:حاره|بنايه|عماره|شارع|حي|منطقه|مبني|مخيم|ضيعه)|(?:ب|في )(?:حارتي|حارتنا|شارعي|شارعنا|حيي|"
            r"حينا|بنايتي|بنايتنا|عمارتي|عمارتنا|منطقتي|منطقتنا))\b",
            # Arabizi: "ma3o sekkin", "3am yedrobni", "darabni halla2", "5ayfe 3ala 7ayati", "ana m7bouse bel
            # 7ammam", "ma bikhalini etla3", "etasalo bel shorta", "na6rini barra", "shefto halla2", "howe saken
            # janbi".
            r"\b(?<!kan )(?<!kano )(?<!kanu )(?<!kenu )(?<!kanet )(?:ma3o|ma3ou|ma3ah|ma3ha|ma3hom|ma3hon|ma3on|"
            r"3ando|3indo|3andu|3andon|bi ?ido|b ?eido|maske|mesek|masek|7amel|7amil)(?: \w+)? (?:s[ae]k+[ie]n\w*|"
            r"moos|sla7|sle7|silah|msaddas|mosaddas|musaddas|fard|tabanja|bunduq\w*|barood\w*|rashash|kalashn?\w*|"
            r"sator|satour)\b",
            r"\b(?<!ma )(?<!mesh )(?<!msh )(?<!mish )(?<!kan )(?<!kano )(?<!kanet )(?<!kenet )(?<!kenu )(?:(?:3am|"
            r"3m|2a3ed|a3ed|2a3d|ga3d|da) |(?<!3am )(?<!3m )(?<!a3ed )(?<!2a3d )(?<!ga3d ))(?:b|bi|be)?(?:y|t)"
            r"(?:e|i|a|o|u)?(?:drob|drab|dreb|dorb|drb|5ne2|khne2|5na2|khna2|khno2|lkom|lkam|sfa3|rfos|lbot|t3an)"
            r"(?:o|u|ou|oo|oun|un|oon|on)?(?:ni|ny|na|oni|ouni|uni)\b",
            r"\b(?:darab|5ana2|khana2|lakam|safa3|rafas|ta3an)(?:o|u|ou)?(?:ni|ny|na|ouni|oni|uni)(?: \w+){0,2} "
            r"(?:halla2|halla|hala2|hla2|hl2|hallaq|hassa|hasa|el7in|al7in|delwa2ti|dilwa2ti|alan|al2an|el2an|"
            r"men shway|min shway|mn shwy|2abel shway|2abl shway|abel shway|el yom|elyom|el lele|el leileh|"
            r"ellele|el layle)\b",
            r"\b(?:tawo|tawwo|tawni|lessa|lissa|halla2|hala2|hassa|el7in|delwa2ti) (?:\w+ )?(?:darab|dareb|5ana2|"
            r"khana2|lakam|safa3|rafas|ta3an)\w*(?:ni|ny|na)\b",
            # Arabizi, injured now: "ana 3am enzef", "ibni 3am yenzef ktir", "ma 3am yetnaffas", "howe fa2ed el wa3i",
            # "msab b rsasa", "mat3oun", "bidna is3af" (never "kan 3am yenzef", "kan ibni 3am yenzef", "la2ina fa2ed el
            # wa3i", nor "ma 3am etnaffas": I can't breathe, a panic).
            r"\b(?=[abefhijklmnouz35])(?<!kan )(?<!kanet )(?<!kenet )(?<!kano )(?<!kanu )(?<!kont )(?<!kenna )"
            r"(?<!kunna )(?:"
            r"(?<!dal )(?<!dall )(?<!dalo )" + _AR_HURT_WHO_LATIN + r"(?: (?:3am|3m|lessa|lissa|halla2|hala2|hassa|"
            r"el7in|delwa2ti|ktir|kteer|kter|ktiir)){0,2} (?:(?:b|bi|be)?(?:y|t|a|n|e|i)?(?:e|i|a)?n ?z(?:e|i|o|u|a)?f"
            r"(?:o|u|ou|oo|on|oun|un)?\b|" + _AR_UNCONSCIOUS_LATIN + "|" + _AR_HURT_STATE_LATIN + ")"
            + "|" + _AR_NOT_AFTER_HURT_WHO_LATIN + r"(?<!dal )(?<!dall )(?<!dalo )(?:(?:3am|3m|lessa|lissa|lsa|ba3do|"
            r"ba3da) (?:b|bi|be)?(?:y|t|a|n|e|i)?(?:e|i|a)?n ?z(?:e|i|o|u|a)?f(?:o|u|ou|oo|on|oun|un)?\b|"
            + _AR_HURT_STATE_LATIN + ")"
            + "|^" + _AR_UNCONSCIOUS_LATIN
            + r"|(?:bidna|badna|baddna|bedna|bdna|biddi|baddi|bade|bde|bdi|ne7taj|n7taj|ne7tej|na7taj|mi7taj|m7taj|"
            r"mo7taj|me7taj|m7tajin|mi7tajin|mo7tajin|me7tajin|bi7aje|b7aje|bi7aja|b7aja|3ayzin|3ayzeen|3ayez|3awzin|"
            r"3awez|nabi|abgha|nabgha)(?: la| l| ila| lal| lel| lil)? ?(?:sayyart |sayaret |sayyaret |sayaart |"
            r"sayart )?(?:el |il |al |l )?(?:is3af|es3af|2es3af|2is3af|is3aaf|isaaf|esaaf|ambulance|ambulans)\b"
            r"|(?:ab3atu|ab3atou|ab3atoo|ab3tu|ab3to|eb3atu|ib3atu|ib3atulna|ab3atulna|ab3atoulna|ab3tulna|eb3atolna|"
            r"ab3at|eb3at|ib3at|ib3ath|jibo|jibu|jibou|jibulna|jiboulna)(?: (?:lna|lena|lana|li|ili))? (?:sayyart |"
            r"sayaret |sayyaret |sayart )?(?:el |il |al |l )?(?:is3af|es3af|2es3af|2is3af|ambulance)\b"
            r")",
            r"\b(?<!kont )(?<!kenet )(?<!kenna )(?<!konna )(?:5ayef|5ayfe|5ayfa|khayef|khayfe|khayfa|5ayfin|khayfin|"
            r"5ayfeen|khayfeen|b5af|bkhaf|a5af|akhaf)(?: \w+)? (?:3ala|3a|3al|ala) ?(?:7ayati|7ayate|hayati|7yati|"
            r"roo7i|ro7i|rou7i|7ayatna)\b",
            r"\b(?:(?:ana|a7na|e7na|i7na) (?:m7bous|m7bouse|ma7bous|ma7bouse|m7bus|m7buse|m7bousin|ma7bousin|m5tuf|"
            r"makhtouf|ma5touf|ma5toufe|makhtoufe|m7tajaz|m7tajaze)|(?:m7bous|ma7bous|m7bus)\w* "
            r"(?:b|bi|bel|bil|fi|fe) ?(?:el |l )?(?:7ammam|hammam|ghorfe|ghorfa|oda|ouda|beit|bet|bayt|sh2a|matba5)"
            r"|7abesni|7absni|7absinni|7absini|7abesna|7absinna|7absina)\b",
            r"\b(?:ma|mish|msh|mesh|mo|mu) (?:3am )?(?:(?:(?:b|bi|be)(?:y|t)?|y|t)(?:e|i|a)?(?:kh|5)all?(?:i|e|o|ou|u)"
            r"(?:ni|ny|na|ne|uni|ouni|oni|una|ouna)|m(?:kh|5)all?(?:ini|ina|iyini|yini))"
            r"(?: \w+)? (?:etla3|otla3|itla3|ot2a3|netla3|notla3|nitla3|o5roj|okhroj|akhroj|a5roj|emshi|imshi|amshi|"
            r"ro7|arou7|aro7|nrou7|a3rob|ahrob)\b",
            r"^(?:(?:please|plz|pls|ballah|yalla|2arjouk|arjouk|mn fadlak|men fadlak|law sama7t) )*(?:etasal|ettasel|"
            r"ettasil|etasalo|ettaslo|ettasalo|kallem|kalmo|kallemo|2otlob|otlob|otlbo|2otlbo|do22o|de22) (?:3al|3a|"
            r"3ala|b|bi|bel|bil|l|lal|el)? ?(?:shorta|shurta|bolis|boulis|police|is3af|es3af|2es3af)\b",
            r"\b(?<!kan )(?<!kano )(?<!kanu )(?:na6rini|na6riny|natrini|natriny|natreni|na6reni|na6rinni|natrinni|"
            r"na6erni|naterni|mestannini|mestaniini|mistanniini|mestanini|mistanini|montazerni|montazirni)(?: \w+){0,2}"
            r" (?:barra|bara|bra|ta7t|3al bab|3a bab|3and el bab|3nd el bab|2eddem|odam|2odam|bel share3|bl share3)\b",
            r"\b(?<!ma )(?<!msh )(?:shefto|sheftu|shefta|shefthon|shefton|shfto|shofto|shuftu|shoftaha|shofthom|"
            r"sheftha)(?: \w+){0,4} (?:halla2|halla|hala2|hla2|hl2|hassa|el7in|al7in|delwa2ti|dilwa2ti|alan|al2an|"
            r"el2an|men shway|mn shway|2abel shway|abel shway|el yom|elyom|el sob7)\b",
            r"\b(?:howe|huwe|hwe|howa|huwa|hiye|hiya|homa|hinne|henne|hene|wa7ed menon|wa7ed minhom|7ada menon) "
            r"(?:saken|sakin|sekin|sakne|sakna|sekne|saknin|sakneen|3ayesh|3aysh|3ayish) (?:janbi|jambi|janbe|jambe|"
            r"7addi|2arib menni|arib menni|2orbi|orbi|2arib mni|arib mni|yammi|b ?nafs el \w+|b ?7arti|b ?share3na|"
            r"b ?binayti|fi 7arti)\b",
        ),
        not_danger=(
            r"هنا في (بريطانيا|المملكة المتحدة|لندن|هذا البلد|انجلترا|إنجلترا)",
            r"\b(ال)?انتحاري(ة|ه|ون|ين)?\b",  # a suicide bomber, a suicide attack
            # The past, a condition or a time clause before an at-the-door wording is an account, not a cry for
            # help: "كانوا عند بابي", "كان في عساكر قدام البيت", "كانوا يطرقون الباب", "لما دخلوا", "إذا حدا دق
            # الباب". Blanked up to the place or verb only, never across "now" or a new "and they ...".
            r"\b(كان|كانوا|كانو|كانت|كنا|كنت|جان|جانوا|جانو|چان|چانوا|چانو|ظلوا|ظلو|ظل|ظلت|ضلوا|ضلو|اذا|لو|لما|"
            r"عندما|حين|حينما|لمن|يوم|ليله|وقتها|بعدما|قبلما|رايت|راينا|رايتهم|شفت|شفنا|شفتهم|شفناهم|شاهدت|شاهدنا|"
            r"لقيت|لقينا|وجدت|وجدنا|سمعت|سمعنا|لاحظت|لاحظنا|بقيت|بقينا)"
            r"( (?!(الان|الحين|هلق|هلا|هلء|هسه|هسا|هسع|دلوقتي|دحين|حاليا|هالحين|وهم|وهو|وهي|وانهم|وهلق|والان)\b)"
            r"[^ ]+){0,3} ((عند|على|ع|خارج|برا|بره|امام|قدام|كدام|گدام|جدام|ورا|وراء|خلف|تحت|فوق|حول|حوالين|"
            r"حوالي|جنب|بجانب|بجنب|جانب|قرب|بقرب|يم|لزق|حد|داخل|جوا|جوه|في|ب) ?(ال|لل)?(باب|بيت|منزل|دار|شباك|"
            r"شبابيك|مبني|مبنا|حوش|مسكن|ملجا|بيوت|نوافذ|شق|بناي|عمار|نافذ|بواب|غرف|حار|فيل)[^ ]*|"
            r"(عم |قاعد[^ ]{0,3} |دا )?(بي|دي|ي|بت|ت)(طرق|دق|دك|طق|خبط|قرع|ضرب|كسر|خلع|رفس|دفش|حطم|لبط|شوط|دخل|فوت|"
            r"قتحم|حاصر|طوق|حوط|داهم|هجم|كبس|نط|تسلق|حاول|جرب)[^ ]*|(بدهم|بدن|بدو|عايزين|عاوزين|يريدون|يبغون|يبون|"
            r"داخلين|داخلون|فايتين|فاتين|مقتحم|محاصر|محاوط|مطوق|"
            r"مداهم|هاجم|مختبي|مستخبي|متخبي|مخبي|مخبا|مختفي)[^ ]*)",
            r"\b(kano|kanu|kanou|kanoo|kenu|kenno|kanet|kanat|kenet|kenna|kunna|kona|kont|lamma|iza|eza|"
            r"sme3na|sm3na|sme3t|sm3t|shefna|shofna|shfna|sheft|shoft|shft)"
            r"( (?!(halla2|halla|hala2|hla2|hl2|hallaq|hassa|hasa|el7in|delwa2ti|dilwa2ti|alan|al2an|el2an|now|"
            r"w ?homa|w ?hinne|w ?henne|w ?howe|w ?huwe)\b)[^ ]+){0,3} ((3and|3end|3nd|3a|3al|3ala|3l|barra|bara|"
            r"kharej|5arej|2eddem|eddem|2odam|2oddam|oddam|odam|quddam|wara|wra|khalf|5alf|ta7t|ta7et|janb|jamb|"
            r"jowwa|juwwa|jowa|gowa|gowwa) |(3am |3m |2a3d |a3d |ga3d |da )?(b|bi|be|d)?(y|i|e)(a|e|i|o|u)?"
            r"(d(o|u|e|ou|i)?(2|q|k|g)+|t(i|u|e)?(g|2|q)+|t(a|e|o|u)?r(a|e|o|u)?(2|q|k)|(kh|5)(a|e)?b+(a|e)?t|"
            r"k(a|e|i)?s+(a|e|i)?r|(kh|5)(a|e)?l(a|e)?3|d(a|e|o)?(5|kh)(o|u|a|e)?l|f(o|u|ou|oo)t|"
            r"(q|2|k)t(a|e)?7(e|i)?m|7(a|e)?ss?(e|i)?r)[^ ]*|(m7as|mu7as|m7awt|fetin|faytin|fetyin|da5l|dakhl)[^ ]*)",
            # The past before a verb of watching the phone or of threatening: "كانوا يقرأون رسائلنا", "كان يهددني".
            r"\b(?:كان|كانوا|كانو|كانت|كنا|كنت|جان|جانوا|جانو|چان|چانوا|چانو|ظلوا|ظلو|ضلوا|ضلو|صاروا|صارو|"
            r"بقوا)(?: (?!(?:الان|الحين|هلق|هلا|هلء|هسه|هسا|دلوقتي|دحين|حاليا|هالحين|وهم|وهو|وهي)\b)[^ ]+){0,3} (?:عم |"
            r"قاعد[^ ]{0,3} |دا )?(?:بي|بت|ي|ت|دي)(?:راقب|تجسس|قر|فتش|تابع|تتبع|تعقب|سمع|تنصت|شيك|تفقد|فحص|خترق|هكر|"
            r"تحكم|طلع|شوف|قلب|دور|رصد|سجل|هدد)[^ ]*",
            r"\b(?:kano|kanu|kanou|kanoo|kenu|kenno|kanet|kanat|kenet|kenna|kunna|kona|kont)(?: (?!(?:halla2|halla|"
            r"hala2|hla2|hl2|hallaq|hassa|hasa|el7in|delwa2ti|dilwa2ti|alan|al2an|el2an|now)\b)[^ ]+){0,3} (?:3am |"
            r"3m )?(?:b|bi|be|bt)?(?:y|t)(?:i|e|a|u|o)?(?:ra2b|raqb|ra2eb|raqeb|jasas|2r|qr|fat|tab|sma|sme|tnasat|"
            r"shay|hak|hack|7ak|had)[^ ]*",
        ),
        # "انتظار" (waiting), "انتصار" (victory) and "انتشار" (spread) are one letter from "انتحار": listed too, so
        # that they are read as themselves ("میرا انتظار کر رہے ہیں" is no word of suicide).
        spellings=("انتحار", "انتظار", "انتصار", "انتشار"),
    ),
    "uk": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "краще б я померла", "який сенс жити", "ніхто не сумуватиме за мною".
            r"\bкраще б (я|мені) (помер|померла|померти|не народитися|здохнути)\b",
            r"\b(який|який же) сенс (жити|далі жити|мені жити)\b",
            r"\b(навіщо|нема сенсу|немає сенсу) (мені )?(жити|далі жити)\b",
            r"\bніхто не (сумуватиме|буде сумувати) за мною\b",
            r"\b(хочу|хочеться|хотів би|хотіла б|хотілося б|краще б|бажаю|хотілось би) (б )?(померти|вмерти|"
            r"умерти|здохнути|вбити себе|покінчити з собою|накласти на себе руки)\b",
            r"\b(вбити|вб ?ю|уб ?ю|убити) себе\b",
            r"\bпокінч(ити|у|ила|ив) (з )?(собою|життям)\b",
            r"\bнакласти на себе руки\b",
            r"\bсамогубств",
            r"\bсуїцид",
            r"\bне (хочу|хочеться|можу) (більше )?жити\b",
            r"\b(немає|нема|не бачу) сенсу (жити|в житті)\b",
            r"\bнабридло жити\b",
            r"\b(заподіяти|завдати) (собі )?(шкоди|шкоду)",
            r"\b(порізати|різати|поранити|ріжу|нашкодити) (себе|собі)\b",
            r"\b(khochu|hochu|xochu) (pomerty|vmerty|umerty)\b",
            r"\b(vbyty|ubyty|vbyty) sebe\b",
            r"\bsamohubstv",
            r"\b(завдаю|заподіюю) собі (шкоди|шкоду)\b",
            r"\bкраще б(и)? мене не було\b",
            r"\bкраще без мене\b",
            r"\bне хочу (більше )?прокидатися\b",
            # Never waking up: "хочу заснути і не прокинутися", "заснути й більше не прокидатися", "заснути назавжди".
            r"\b(заснути|уснути|спати|лягти спати)( назавжди)? (і|й|та) (більше |ніколи |вже )*не (прокинутися|"
            r"прокинутись|прокидатися|прокидатись)\b",
            r"\b(заснути|уснути) (назавжди|вічним сном)\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "він б'є маму", "щойно забрали сина" (never "бив",
            # "забрали у 2014").
            r"\b(б'є|б'ють|бьє|побиває|побивають|душить|душать|ґвалтує|ґвалтують|катує|катують) (мою|мого|моїх|нашу|"
            r"нашого|наших|маму|матір|брата|сестру|сина|доньку|дочку|дітей|дитину|дружину|чоловіка|батька|тата)\b",
            r"\b(щойно|тільки що) (забрали|вивезли|арештували|затримали|викрали|схопили|застрелили|поранили|побили) "
            r"(мого|мою|моїх|нашого|нашу|сина|доньку|чоловіка|дружину|брата|сестру|батька|маму|дітей)\b",
            # Houses searched and people taken around them now: "вони обшукують будинки на нашій вулиці", "забирають
            # чоловіків" (never "обшукували").
            r"\b(обшукують|обшукує|прочісують|зачищають|забирають|затримують|хапають|арештовують|перевіряють) "
            r"(всі |наші |всіх )?(будинки|квартири|двори|під ?їзди|район|вулицю|людей|чоловіків|хлопців|сусідів|"
            r"всіх)\b",
            r"\b(ходять|йдуть) по (хатах|будинках|квартирах)\b",
            # Armed men in the street or the village now: "солдати зараз на вулиці", "військові вже в нашому селі"
            # (never "були").
            *_armed_nearby(_UK_ARMED, _UK_NOW, _UK_AROUND, _UK_GAP),
            # Afraid they will find out about this conversation: "я боюся, що вони дізнаються, що я з вами говорю"
            # (never "дізналися": they found out).
            r"\b(?<!я )(?<!було )(?:боюся|боїмося|страшно|а якщо|раптом|а раптом)(?: що)?"
            r"(?: вони| він| вона| хтось| чоловік)? "
            r"(?:дізнаються|дізнається|побачать|побачить|прочитають|прочитає|знайдуть|знайде|вичислять|зрозуміють|"
            r"зрозуміє|помітять|помітить)(?: про це)?(?: (?:що|де|це|про|мене|нас)\b|$)",
            r"\bя (?:боюся|дуже боюся)(?: що)?(?: вони| він| вона| хтось| чоловік)? (?:дізнаються|дізнається|побачать|"
            r"побачить|прочитають|прочитає|знайдуть|знайде|зрозуміють|помітять)\b",
            *_UK_UNDER_FIRE,
            # "вони прийшли" alone is the past of an account ("they came"): only "came here / for me" is now.
            r"\b(він|вона|вони|хтось|люди|чоловік)( вже| зараз)? (прийшов|прийшла|прийшли) "
            r"(сюди|за мною|по мене|до мене)\b",
            r"\b(він|вона|вони|хтось|люди|чоловік)( вже| зараз)? (тут|поруч|йде|іде|ідуть|йдуть|"
            r"за дверима|під дверима|у сусідній кімнаті|в сусідній кімнаті|в іншій кімнаті|у іншій кімнаті|стежить|"
            r"стежать|спостерігає|спостерігають)\b",
            r"\b(стежать|стежить|слідкують|слідкує|спостерігають|спостерігає) за мною\b",
            r"\bза мною (стежать|стежить|слідкують|слідкує|женуться|ходять)\b",
            r"\bя (в|у) небезпеці\b",
            r"\bя не (в|у) безпеці\b",
            r"\bмені (зараз )?(небезпечно|не безпечно)\b",
            r"\b(вб ?є|вб ?ють|уб ?є|уб ?ють) мене\b",
            r"\bхоч(е|уть) мене (вбити|убити)\b",
            r"\b(мені|нам) загрожує небезпека\b",
            r"\b(vin|vona|vony) (tut|poruch)\b",
            # At / outside / in front of / under / around the door, house, flat, building, gate or window, said in
            # the present: "вони біля мого будинку", "[хг]тось стоїть під дверима", "солдати під вікнами". The verb is
            # present or missing (a verbless present); "вони стояли біля [хг]ати" (an account) has a past verb and stays
            # quiet, and a verbless place followed by a past verb ("солдати біля нашої [хг]ати розстріляли ...") too.
            r"\b(він|вона|вони|[хг]тось|люди|чоловіки|чоловік|солдати|солдат|військові|військовий|людина|незнайомці|"
            r"незнайомець|двоє|троє|бандити)( вже| зараз| прямо зараз| знову| досі| ще| там| тут)?( стоять| стоїть| "
            r"сидять| сидить| чекають| чекає| [хг]одять| [хг]одить| чатують| чатує| вартують| вартує| крут(яться|иться|ятся|"
            r"ится|яця|иця)| товч(уться|еться|утся|етя|уця)| зна[хг]од(яться|иться|ятся|ится|яця|иця)| є| стежать| "
            r"стежить| дивляться| заглядають| зазирають)?( на мене| на нас| мене| нас| за мною)?( зараз| прямо зараз| "
            r"вже)?( у мене| у нас| в мене| в нас)? (надворі|зовні|назовні|всередині|(біля|коло|поблизу|під|за|перед|"
            r"навпроти|навколо|довкола|круг|у|в|на|до|поруч з|поряд з|поруч із|поряд із)( (мо|мі|наш|ць|ці|тво)\w*)? (двер(і|ей|има|ями|ях|ми)|будин(ок|ку|ком|ки|ків)|[хг]ат(а|и|і|ою|у)|"
            r"дом(у|ом|і)|квартир(а|и|і|ою|у)|під ?їзд(у|і|ом)?|вікн(о|а|ом|ами|ах|і)|вікон|віконц(е|я|ем)|"
            r"ворота|ворі(т)|воротами|брам(а|и|ою|і|у)|хвіртк(а|и|ою|і|у)|двор(і|у|а)|подвір ?(ї|я|ям)|будівл(я|і|ею)|"
            r"с[хг]од(ах|ів|и)|сходовій клітці|ґанк(у|ом|у)?|ганк(у|ом)?|поріг|порог(у|ом)|порозі|паркан(у|ом)?|підвал(і|у|ом)?|"
            r"коридор(і|у)?|балкон(і|ом)?))\b(?! \w\w+(в|ла|ли|ло|вся|лася|лися|лось)\b)",
            # The same, the place first: "біля дверей [хг]тось", "під вікнами стоять солдати", "за дверима [хг]тось є".
            r"\b(надворі|(біля|коло|поблизу|під|за|перед|навпроти|навколо|довкола|у|в)( (мо|мі|наш|ць|ці|тво)\w*)? (двер(ей|има|ями|ми)|будин(ку|ком)|"
            r"[хг]ат(и|і|ою)|квартир(и|і|ою)|під ?їзд(у|і|ом)|вікн(а|ом|ами|і)|вікон|воріт|воротами|брам(и|ою|і)|"
            r"хвіртк(и|ою)|подвір ?ї|дворі|сходах|ґанку|ганку|порогом|порозі))( вже| зараз| прямо зараз| знову| досі)?"
            r"( стоять| стоїть| сидять| сидить| чекають| чекає| [хг]одять| [хг]одить| чатують| чатує| вартують| є| "
            r"крут(яться|иться|ятся|ится|яця|иця)| товч(уться|утся|уця)| ховаються| ховається)?( мене| нас)? ([хг]тось|"
            r"люди|чоловіки|чоловік|солдати|військові|людина|незнайомці|незнайомець|двоє|троє|бандити)\b"
            r"(?! \w\w+(в|ла|ли|ло|вся|лася|лися|лось)\b)",
            # Knocking, banging, breaking the door (window, gate) now: "стукають у двері", "[хг]тось ломиться в [хг]ату".
            r"\b(стука(ють|є|ються|ється|ютя|ются|юця|еця|ется)|стукоч(уть|е)|грюка(ють|є)|грима(ють|є)|гат(ять|ить)|"
            r"гупа(ють|є)|калата(ють|є)|барабан(ять|ить)|лом(ляться|иться|лятся|ится|ляця|иця)|лама(ють|є)|"
            r"вилам(ують|ує)|вибива(ють|є)|вламу(ються|ється|ютя|ются|юця|еця|ется)|врива(ються|ється|ются|юця|еця|ется)|"
            r"вдира(ються|ється|ются|юця|еця|ется)|дзвон(ять|ить)|б ?ють|б ?є|товч(уть|е)|гамсел(ять|ить)|"
            r"смика(ють|є)|ліз(уть|е)|смикають)( вже| зараз| прямо зараз| знову| досі)?( до мене| до нас)?( в| у| до| на| "
            r"через)?( мої| мою| моє| мій| наші| нашу| наше| наш| ці| цю| це| цей)? (двері|вікно|вікна|віконце|ворота|браму|"
            r"хвіртку|[хг]ату|[хг]ати|будинок|будинку|квартиру|квартири|під ?їзд|замок|скло|шибку|шибки|ручку)\b",
            r"\b(в |у |до |на )?(мої |мою |моє |наші |нашу |наше |ці |цю )?(двері|вікно|вікна|ворота|браму|хвіртку|[хг]ату|"
            r"квартиру|замок) (вже |зараз |прямо зараз |знову |досі )?([хг]тось |вони |він |люди |солдати |чоловіки )?"
            r"(стука(ють|є|ються|ється|ютя|ются|юця|еця|ется)|стукоч(уть|е)|грюка(ють|є)|грима(ють|є)|гат(ять|ить)|"
            r"гупа(ють|є)|калата(ють|є)|барабан(ять|ить)|лом(ляться|иться|лятся|ится|ляця|иця)|лама(ють|є)|"
            r"вилам(ують|ує)|вибива(ють|є)|дзвон(ять|ить)|б ?ють|б ?є|товч(уть|е)|гамсел(ять|ить)|смика(ють|є)|"
            r"злам(ують|ує)|відчиня(ють|є)|відмика(ють|є))\b",
            r"\b(до мене|до нас) (вже |зараз |знову )?([хг]тось |вони |він |люди )?(стука(ють|є|ються|ється|ютя|ются|юця|"
            r"еця|ется)|лом(ляться|иться|лятся|ится|ляця|иця)|вламу(ються|ється|ются|юця|еця|ется)|"
            r"врива(ються|ється|ются|юця|еця|ется)|вдира(ються|ється|ются|юця|еця|ется)|ліз(уть|е))\b",
            # Coming in / breaking in now: "вони за[хг]одять у будинок", "[хг]тось лізе у вікно", "намагаються вибити двері".
            r"\b(за[хг]од(ять|ить)|в[хг]од(ять|ить)|врива(ються|ється|ются|юця|еця|ется)|вламу(ються|ється|ются|юця|еця|ется)|"
            r"вдира(ються|ється|ются|юця|еця|ется)|ліз(уть|е)|залаз(ять|ить)|проника(ють|є)|"
            r"підійма(ються|ється|ются|юця|еця|ется)|підніма(ються|ється|ются|юця|еця|ется))( вже| зараз| прямо зараз| "
            r"знову)?( до мене| до нас| за мною)? (в|у|до|на|через|по)( мій| мою| моє| мого| моєї| наш| нашу| наше| "
            r"нашого| нашої| цей| цю| це| цього| цієї)? (будинок|будинку|[хг]ату|[хг]ати|квартиру|квартири|під ?їзд|під ?їзду|"
            r"двір|двору|подвір ?я|вікно|вікна|двері|кімнату|кімнати|сходах|сходами|поверх|підвал|балкон|будівлю|"
            r"будівлі)\b",
            r"\b(намага(ються|ється|ются|юця|еця|ется)|пробу(ють|є)|хоч(уть|е)) (увійти|ввійти|зайти|вломитися|"
            r"вломитись|вдертися|вдертись|увірватися|увірватись|ввірватися|ввірватись|залізти|відчинити (мої |наші )?"
            r"двері|відкрити (мої |наші )?двері|вибити (мої |наші )?двері|виламати (мої |наші )?двері|"
            r"зламати (мої |наші )?(двері|замок))\b",
            # Surrounding now: "оточують будинок", "будинок оточений", "ми в оточенні".
            r"\b(оточу(ють|є)|оточа(ють|є)|оціплю(ють|є)) (мій |мою |наш |нашу |цей |цю )?(будинок|[хг]ату|квартиру|"
            r"будівлю|під ?їзд|двір|нас|мене|вулицю|квартал|село)\b",
            r"\b(будинок|хата|будівля|під ?їзд|квартал|ми|я|нас) (вже |зараз |повністю )?(оточений|оточена|оточені|"
            r"оточено|оточили|оцеплений|оцеплено|оціплений|оціплено)\b(?! \w\w+(в|ла|ли|ло)\b)",
            r"\b(ми|я) (зараз |вже )?(в|у) оточенні\b",
            r"\b(нас|мене) (вже |зараз )?(оточують|оточує)\b",
            # I see / hear them at the door now: "бачу їх біля будинку", "чую кроки за дверима".
            r"\b(бачу|чую|бачимо|чуємо) (їх|його|її|когось|людей|солдат|чоловіків|військових|кроки|голоси) (надворі|"
            r"(біля|коло|під|за|перед|навколо|у|в|на)( (мо|мі|наш|ць|ці|тво)\w*)? (двер(ей|има)|"
            r"будин(ку|ком)|[хг]ат(и|і|ою)|квартир(и|і|ою)|під ?їзд(у|і|ом)|вікн(а|ом|ами)|вікон|воріт|подвір ?ї|дворі|"
            r"сходах|ганку|ґанку))\b",
            # Following me in / coming for me now: "він іде за мною в під'їзд", "за мною йдуть".
            r"\bза мною (йдуть|йде|ідуть|іде|біжать|біжить|їдуть|їде)\b",
            r"\b(йдуть|ідуть|за[хг]од(ять|ить)|підніма(ються|ється|ются|юця|еця)) за мною\b",
            # Hiding now (a past account hid: "ми ховалися", "ми сховалися").
            r"\b[хг]ова(юся|юсь|ємося|ємось|ємся)\b",
            r"\bпереховую(ся|сь)\b",
            # Someone will come for the person: "вони прийдуть по мене", "він повернеться вночі", "вони мене знайдуть"
            # (the future; never "прийшли", nor "сказали, що прийдуть, і прийшли"). "прий?" for "pryidut" in Latin
            # letters, whose "yi" is read as "ї".
            r"\b(?<!не )(?:прий?дуть|прий?де|приїдуть|приїде|повернуться|повернеться|заявляться|заявиться|нагрянуть|"
            r"з ?являться|з ?явиться)(?: знову| ще раз| обов ?язково| точно| скоро)?(?: (?:за мною|за нами|по мене|"
            r"по нас|до мене|до нас|сюди|сьогодні|уночі|вночі|ввечері|цієї ночі|завтра|знову|ще раз|скоро|незабаром|"
            r"за моєю \w+|за моїм \w+|за моїми \w+|по мою \w+|по моїх \w+|по моє \w+)\b|$)(?!.{0,30}\b(?:і|й|"
            r"та) (?:прийшли|прийшов|повернулися|повернулись|повернувся|приїхали)\b)",
            r"\b(?<!не )(?:знайдуть|знайде|заберуть|забере|схоплять|схопить|арештують|вивезуть|вистежать|вирахують|"
            r"вб ?ють|уб ?ють) (?:мою сім ?ю|мою родину|моїх дітей|мого \w+|мою \w+)\b",
            r"\b(?:мене|нас) (?:обов ?язково |точно |все одно |скоро )?(?:знайдуть|знайде|заберуть|забере|схоплять|"
            r"схопить|вистежать|вирахують)\b",
            # A threat over speaking out: "якщо я розповім, вони вб'ють мою сім'ю", "погрожують убити, якщо я заговорю".
            r"\bякщо (?:я|ми)(?: \w+)? (?:розповім|розкажу|скажу|заговорю|піду|звернуся|звернусь|повідомлю|заявлю|"
            r"дам свідчення|свідчитиму|буду свідчити|поскаржуся|поскаржусь|напишу|розповімо|скажемо|підемо|звернемося|"
            r"відкрию рот|проговорюся|проговорюсь)\b.{0,60}\b(?:вб ?ють|уб ?ють|вб ?є|уб ?є|покалічать|скалічать|"
            r"зроблять боляче|зашкодять|помстяться|розправляться|розправа|розправою|застрелять|заріжуть|викрадуть|"
            r"по[гґ]рож\w*)",
            r"\b(?:вб ?ють|уб ?ють|вб ?є|уб ?є|вбити|убити|покалічать|скалічать|зашкодять|помстяться|розправляться|"
            r"розправою|застрелять|заріжуть|викрадуть|по[гґ]рож\w*)\b.{0,60}\bякщо (?:я|ми)(?: \w+)? (?:розповім|"
            r"розкажу|скажу|заговорю|піду|звернуся|звернусь|повідомлю|заявлю|дам свідчення|свідчитиму|буду свідчити|"
            r"поскаржуся|поскаржусь|напишу|розповімо|скажемо|підемо|звернемося|відкрию рот|проговорюся|проговорюсь)\b",
            # Threatened now: "мені погрожують", "погрожують моїй родині" (never "погрожували").
            r"\b(?:по[гґ]рожу(?:ють|є)|залякую(?:ть|є)|шантажу(?:ють|є)|[гґ]розяться|[гґ]розиться)(?: (?:мені|нам|мене|"
            r"нас|моїй|моєму|моїм|нашій|нашим|родині|сім ?ї|дітям|вбити|убити|розправою|смертю))",
            r"\b(?:мені|нам|моїй (?:родині|сім ?ї|мамі|матері|дружині|доньці)|моїм (?:рідним|дітям|батькам)|"
            r"моєму (?:брату|братові|синові|батькові|чоловікові))(?: (?:знову|постійно|досі|вже|весь час|"
            r"і далі))? (?:по[гґ]рожу(?:ють|є)|[гґ]розяться|залякують)\b",
            r"\b(?:я|ми) (?:отримую|отримуємо|отримаю|отримуватиму|досі отримую) (?:по[гґ]рози|по[гґ]розу)\b",
            # The phone or messages watched now: "вони читають мої повідомлення", "він перевіряє мій телефон",
            # "мій телефон прослуховують", "зламали мій телеграм" (never "читали", "перевірили").
            r"\b" + _UK_WATCH + r"(?: вже| зараз| постійно| весь час| знову| таємно| досі)?(?: в| у| по| за| через)? "
            + _UK_MY + " " + _UK_PHONE + _RU_NOT_THEN,
            r"\b" + _UK_MY + " " + _UK_PHONE + r"(?: вже| зараз| постійно| весь час| знову| досі)? (?:" + _UK_WATCH
            + r"|зламали|зламав|зламала|зламаний|зламано|зламані|хакнули|прослуховується|прослуховуються|"
            r"на прослуховуванні|під контролем|відстежується|відстежуються)\b" + _RU_NOT_THEN,
            r"\b(?:зламали|зламав|зламала|хакнули|хакнув)(?: мені| нам)? " + _UK_MY + " " + _UK_PHONE + _RU_NOT_THEN,
            # Coming back now, knowing where I am, eavesdropping, threatened just now: "він повертається", "вони знають
            # де я", "нас підслуховують", "мені сьогодні погрожували".
            r"\b(?:він|вона|вони|чоловік)(?: вже| зараз)? (?:повертається|повертаються|їде сюди|їдуть сюди)\b",
            r"\b(?:знають|знає) де (?:я|ми)\b",
            r"\b(?:(?:мене|нас) (?:підслуховують|прослуховують|шукають|переслідують)|(?:підслуховують|прослуховують|"
            r"шукають|переслідують) (?:мене|нас))\b",
            r"\b(?:сьогодні|щойно|вчора|зранку) (?:мені |нам )?по[гґ]рожували\b",
            r"\bпо[гґ]рожували (?:мені |нам )?(?:сьогодні|щойно|вчора|зранку)\b",
            # Found, or known to be here, now: "вони мене знайшли", "знову знайшли нас", "дізналися де я живу",
            # "знають що я тут", "у них є моя адреса", "хтось дав їм мою адресу" (never "коли нас знайшли", "знайшли
            # мене в підвалі", "вони знали де ми жили").
            r"\b(?=(?:мене|нас) )" + _UK_NOT_WHEN + r"(?:мене|нас)(?: (?:знову|знов|вже|таки|нарешті|і тут|й тут|тут|"
            r"навіть тут))? (?:знайшли|знайшов|знайшла|розшукали|розшукав|вистежили|вистежив|вирахували|вирахував|"
            r"відшукали|відшукав|виявили|виявив)\b(?: " + _UK_FOUND_NOW + r"\b|" + _UK_FOUND_NEXT + ")" + _RU_NOT_THEN,
            r"\b(?=(?:(?:знову|знов|вже|таки|нарешті) )?(?:знайш|розшук|вистеж|вирах|відшук|вияв))" + _UK_NOT_WHEN
            + r"(?:знову |знов |вже |таки |нарешті )?(?:знайшли|знайшов|знайшла|розшукали|вистежили|вирахували|"
            r"відшукали|виявили) (?:мене|нас)\b(?: " + _UK_FOUND_NOW + r"\b|" + _UK_FOUND_NEXT
            + ")" + _RU_NOT_THEN,
            r"\b(?<!не )(?:дізналися|дізнались|дізналася|дізналась|дізнався|з ?ясували|з ?ясував|вирахували|вирахував|"
            r"вистежили|знайшли|знайшов|знайшла|пронюхали)(?: вже| таки)? де (?:я|ми)(?: зараз| тепер)? (?:живу|"
            r"живемо|мешкаю|мешкаємо|перебуваю|перебуваємо|ховаюся|ховаюсь|ховаємося|ночую|ночуємо|працюю|зупинилася|"
            r"зупинився|зупинилися|винаймаю|знімаю|зараз|тепер)\b" + _RU_NOT_THEN,
            r"\b(?<!не )(?:знають|знає|дізналися|дізнались|дізнався|дізналась|з ?ясували)(?: (?:вже|тепер|"
            r"точно))? (?:де|в якій школі|у якій школі|до якої школи|в який садок|у який садочок)(?: (?:вчаться|"
            r"навчаються|вчиться|ходять|ходить|живуть|живе|перебувають|працює))? (?:мої|моя|мій|наші|наша|"
            r"наш) (?:діти|дітки|син|донька|дочка|сім ?я|родина|рідні|мама|мати|батьки|дитина)\b",
            r"\b(?<!не )(?:знають|знає|дізналися|дізнались|дізнався|дізналась|з ?ясували)(?: вже|"
            r" тепер)?(?: що)? (?:я|ми)(?: вже| зараз)? (?:тут|тута|в цьому місті|у цьому місті|повернулася|"
            r"повернувся|повернулися)\b",
            r"\b(?=[увздопс])(?:[ув] (?:них|нього|неї)(?: є| тепер| вже)* |(?<!не )(?:знають|знає|дізналися|дізнались|"
            r"дізнався|знайшли|знайшов|дістали|дістав|отримали|отримав|з ?ясували) |(?<!я )(?<!ми )(?:дали|дав|дала|"
            r"передали|передав|передала|злили|злив|злила|здали|здав|продали|продав|сказали|сказав|повідомили)(?: їм|"
            r" йому| їй)? )"
            + _UK_MY_ADDRESS + r"\b" + _RU_NOT_THEN,
            r"\b" + _UK_MY_ADDRESS + r" (?:[ув] них|[ув] нього|[ув] неї|злили|витекла|передали|знають|дізналися)\b"
            + _RU_NOT_THEN,
            # Here and now, Ukrainian. A weapon here now: "у нього ніж", "він з ножем", "вони озброєні", "він дістає
            # ніж" (never "у нього був ніж", "він був з ножем").
            r"\b[ув] (нього|неї|них|чоловіка|колишнього|вітчима|когось|одного з них|солдатів|солдат|чоловіків)( є|"
            r" зараз| тепер| з собою| в руках| у руках| вже)* (ніж|ножі|ножик|пістолет|пістолети|ствол|зброя|зброю|"
            r"рушниця|рушницю|автомат|автомати|сокира|сокиру|обріз|гвинтівка|гвинтівку|мачете|травмат)\b"
            + _RU_NOT_THEN,
            r"\b(він|вона|вони|чоловік|колишній|[хг]тось|чоловіки|солдати|двоє|троє)( вже| зараз| тут)? (з ножем|"
            r"з ножами|із ножем|з пістолетом|з пістолетами|зі зброєю|з сокирою|з автоматом|з автоматами|з обрізом|"
            r"з рушницею|озброєний|озброєна|озброєні)\b(?! \w\w+(в|ла|ли|ло|вся|лася|лися|лось)\b)" + _RU_NOT_THEN,
            r"\b(дістає|дістають|витягує|витягують|наставляє|наставляють|направляє|направляють|розмахує|розмахують) "
            r"(ніж|ножем|пістолет|пістолетом|зброю|зброєю|сокиру|сокирою|ствол)\b",
            # Hurt just now, or being hurt now: "він щойно вдарив мене", "він б'є мене", "мене знову побили сьогодні
            # вночі" (never "він побив мене", "він бив мене").
            r"\b((мене|нас) щойно|щойно (мене|нас)|щойно на (мене|нас)|на (мене|нас) щойно) (вдарив|вдарила|вдарили|"
            r"ударив|ударила|ударили|побив|побила|побили|поранив|поранила|поранили|порізав|порізали|штрикнув|"
            r"з[гґ]валтував|з[гґ]валтували|душив|душили|придушив|задушив|штовхнув|копнув|копнули|відлупцював|"
            r"відлупцювали|напав|напала|напали|накинувся|накинулися)\b",
            r"\bщойно (вдарив|вдарила|вдарили|ударив|ударила|ударили|побив|побила|побили|поранив|поранила|поранили|"
            r"порізав|порізали|штрикнув|з[гґ]валтував|з[гґ]валтували|душив|душили|придушив|штовхнув|копнув|"
            r"копнули) (мене|нас)\b",
            r"\b(мене|нас)( зараз| знову| знов| постійно| досі| щодня| весь час)? (б ?є|б ?ють|лупить|лупцює|лупцюють|"
            r"душить|душать|[гґ]валтує|[гґ]валтують|катує|катують|гамселить|гамселять|штурхає|штурхають)\b"
            r"(?! (дриж\w*|лихоманк\w*|струм\w*|кашель|сльози|образа|злість|туга))",
            r"\b(б ?є|б ?ють|лупить|лупцює|лупцюють|душить|душать|[гґ]валтує|[гґ]валтують|катує|катують|гамселить|"
            r"гамселять)( зараз| знову| знов)? (мене|нас)\b(?! струм\w*)",
            r"\b(мене|нас)( знову| знов| ще раз)? (вдарив|вдарила|вдарили|ударив|ударили|побив|побила|побили|поранив|"
            r"поранили|з[гґ]валтував|з[гґ]валтували|душив|душили|штрикнув|порізав)( знову| знов| ще раз)? (сьогодні|"
            r"сьогодні вночі|цієї ночі|сьогодні вранці|сьогодні ввечері|годину тому|пів години тому|півгодини тому|"
            r"щойно)\b" + _RU_NOT_THEN,
            r"\b(вдарив|вдарила|вдарили|ударив|ударили|побив|побила|побили|поранив|поранили|з[гґ]валтував|"
            r"з[гґ]валтували|душив|душили|штрикнув|порізав) (мене|нас)( знову| знов| ще раз)? (сьогодні|сьогодні вночі|"
            r"цієї ночі|сьогодні вранці|сьогодні ввечері|годину тому|пів години тому|півгодини тому)\b" + _RU_NOT_THEN,
            r"\b(сьогодні|сьогодні вночі|цієї ночі|сьогодні вранці|сьогодні ввечері|годину тому)( він| вона| вони|"
            r" чоловік)?( знову| знов| ще раз)? ((мене|нас)( знову| знов| ще раз)? (вдарив|вдарила|вдарили|побив|"
            r"побила|побили|поранив|поранили|з[гґ]валтував|з[гґ]валтували)|(вдарив|вдарила|вдарили|побив|побила|побили|"
            r"поранив|поранили|з[гґ]валтував|з[гґ]валтували) (мене|нас))\b",
            # Injured now, a life at stake: "я стікаю кров'ю", "у нього йде кров", "син не дихає", "він без
            # свідомості", "вона непритомна", "важко поранений", "поранений у ногу", "потрібна швидка" (never "стікав
            # кров'ю", "був без свідомості", "був важко поранений", "поранений на війні", "нам потрібна була швидка",
            # nor "не можу дихати": I can't breathe, a panic, answered as distress). One pattern, as in Russian.
            r"\b(?=[\u0400-\u04ff])(?:"
            r"(стікаю|стікає|стікаємо|стікають|спливаю|спливає|спливають) (кров ?ю|кровью)\b"
            r"|[ув] (мене|нього|неї|нас|них|сина|доньки|дочки|чоловіка|дружини|дитини|брата|сестри|батька|мами|тата|"
            r"матері)( зараз| сильно| дуже| досі| все ще)* ((йде|іде|тече|хлеще|ллється|юшить) кров|(сильна |"
            r"внутрішня |відкрита )?кровотеча|(вогнепальне|ножове|кульове|проникаюче|важке|тяжке|серйозне) "
            r"поранення)\b" + _RU_NOT_WAR + _RU_NOT_THEN
            + r"|(?=кров )(?<!була )кров( сильно| досі| все ще| ніяк)? (не зупиняється|не спиняється|хлеще|"
            r"не зупиняеться)\b"
            r"|(не|ледве|ледь|майже не|вже не|зовсім не) (дихає|дихають)\b|не ((може|можуть) дихати|(приходить|"
            r"приходять) до (тями|свідомості))\b"
            r"|(?=без |непритомн)(?<!в )(?<!ла )(?<!ли )(?<!ло )(?<!його )(?<!її )(?<!їх )(?<!мене )(?<!нас )"
            r"(без свідомост\w*|без тями|непритомн\w*)\b" + _RU_NOT_THEN
            + r"|(втрачаю|втрачає|втрачаємо|втрачають) свідом\w*"
            r"|(?=важк|тяжк|серйозн|сильн|смертельн|дуже|поранен|підстрел)(?<!був )(?<!була )(?<!були )(?<!було )"
            r"((важко|тяжко|серйозно|сильно|смертельно|дуже важко|дуже сильно) (поранен\w*|травмован\w*|покалічен\w*)|"
            r"(поранен\w*|підстрелен\w*) [ув] (ногу|руку|живіт|груди|голову|шию|спину|плече|стегно|бік|обличчя))\b"
            + _RU_NOT_WAR + _RU_NOT_THEN
            + r"|((мене|його|її|нас|їх) щойно|щойно (мене|його|її|нас|їх)) (підстрелили|підстрелив|поранили|поранив|"
            r"поранило|штрикнули|штрикнув)\b"
            r"|(?=терміново|негайно|потрібн|треба)(?<!був )(?<!була )(?<!було )(?<!були )((терміново|негайно) "
            r"(потрібна|потрібно|потрібен|потрібні|треба) (швидка|швидку|лікар|лікаря|лікарі|медики|реанімація|"
            r"реанімацію)|(потрібна|потрібно|потрібен|треба)( терміново| дуже| зараз| негайно)? (швидка|швидку|"
            r"лікар терміново|лікар зараз|терміново лікар|лікаря терміново|терміново лікаря|реанімація|реанімацію))\b"
            r"|(надішліть|пришліть|відправте|викличте|виклич|кличте)( терміново| швидше)? (швидку|лікаря|медиків|"
            r"реанімацію)\b"
            r")",
            # Afraid for one's life now: "я боюся за своє життя", "моє життя в небезпеці", "боюся, що він мене вб'є"
            # (never "я боялася за своє життя", "моє життя було в небезпеці").
            r"\b(боюся|боюсь|боїмося|боїмось|побоююся|побоююсь|страшно|тремчу)( дуже| сильно)? за (своє|моє|наше|"
            r"свої|наші) (життя|безпеку)\b",
            r"\b(моє|наше|моєму|нашому) житт(я|ю)( зараз| справді)? (в небезпеці|у небезпеці|під загрозою|"
            r"загрожує небезпека)\b",
            r"\b(боюся|боюсь|боїмося|боїмось)( що| як би)?( він| вона| вони| чоловік)?( мене| нас)? (вб ?є|вб ?ють|"
            r"уб ?є|уб ?ють|знайде|знайдуть|покалічить|покалічать|заріже|застрелить)\b",
            # Held, locked in, not let go now: "я замкнена у ванній", "нас тримають у підвалі", "мене не випускають",
            # "він не дає мені піти" (never "я була замкнена", "мене тримали", "нас не випускали", "не дали нам піти").
            r"\b(я|ми)( зараз| вже| досі| все ще| тут)? (замкнена|замкнений|замкнені|замкнута|замкнутий|замкнуті|"
            r"зачинена|зачинений|зачинені|під замком|в полоні|у полоні|в заручниках|у заручниках|викрадена|викрадений|"
            r"викрадені|взаперті)\b(?! (в|у) (собі|своїх)\b)",
            r"\b(мене|нас)( зараз| тут| досі| все ще)? (тримають|утримують)( тут| зараз)? (взаперті|в полоні|у полоні|"
            r"силоміць|силою|примусово|під замком|в заручниках|у заручниках|проти (моєї|нашої) волі|[ву] (квартирі|"
            r"кімнаті|підвалі|будинку|хаті|гаражі|машині|ванній)|тут)\b",
            r"\b(мене|нас)( зараз| досі| все ще)? (тримає|утримує)( тут| зараз)? (взаперті|в полоні|у полоні|"
            r"силоміць|силою|примусово|під замком|в заручниках|у заручниках|проти (моєї|нашої) волі|[ву] (квартирі|"
            r"кімнаті|підвалі|будинку|хаті|гаражі|машині|ванній))\b",
            r"\b(мене|нас) (тут|силоміць|силою|взаперті) (тримають|утримують)\b",
            r"\b((мене|нас) (замкнули|замкнув|замкнула|зачинили|зачинив|зачинила)|(замкнули|замкнув|замкнула|зачинили|"
            r"зачинив|зачинила) (мене|нас)) (тут|зараз|знову)\b" + _RU_NOT_THEN,
            r"\b(не випускають|не випускає)( більше)? (мене|нас)\b",
            r"\b(мене|нас)( зараз| більше| нікуди| звідси)? (не випускають|не випускає)\b",
            r"\b((мене|нас) (нікуди |звідси )?(не відпускають|не відпускає)|(не відпускають|не відпускає) (мене|нас))"
            r"( додому| з дому| з квартири| з кімнати| нікуди| на вулицю| звідси)\b",
            r"\b(не дає|не дають|не дозволяє|не дозволяють)( мені| нам) (піти|вийти|виїхати|втекти|поїхати|виходити|"
            r"йти)\b",
            # A call for the police: "викличте поліцію", "будь ласка, зателефонуйте в поліцію", "можете викликати
            # поліцію" at the start of the message (never "ніхто не викликав поліцію"). "\b^", not "^": the list is
            # read about twice as fast when every pattern begins with \b.
            r"\b^(будь ласка |допоможіть |терміново |швидше |благаю |прошу |рятуйте )*((викличте|виклич|викликайте|"
            r"зателефонуйте|зателефонуй|подзвоніть|подзвони|дзвоніть|дзвони|наберіть|набери|повідомте)( терміново|"
            r" швидше| будь ласка)?|(можете|можеш|ви можете|чи можете|чи могли б ви)( будь ласка)? (викликати|"
            r"зателефонувати|подзвонити|повідомити))( в| у| до| на)? (поліці\w*|міліці\w*|швидку|"
            r"швидку допомогу|102|112|911|103|999)\b",
            # One of them waiting for me now: "двоє чоловіків чекають на мене на вулиці", "він чекає мене внизу" (never
            # "вони чекали на нас на вулиці").
            r"\b((чекає|чекають|чатує|чатують|підстерігає|підстерігають|вартує|вартують|пасе|пасуть)( на)? (мене|нас)|"
            r"(мене|нас) (чекає|чекають|чатує|чатують|підстерігає|підстерігають|вартують|пасуть))( вже| зараз| прямо "
            r"зараз)? (надворі|внизу|на вулиці|у дворі|в дворі|на подвір ?ї|[ув] під ?їзді|на сходах|[ув] машині|"
            r"за рогом|на виході|на зупинці|(біля|коло|під|перед|навпроти|поруч з|поряд з|поблизу) (мо\w+ |наш\w+ |"
            r"ць\w+ |ці\w+ )?(під ?їзд\w*|будин\w*|двер\w*|вход\w*|вхід|ворі\w*|ворот\w*|машин\w*|магазин\w*|школ\w*|"
            r"робот\w*|вікн\w*|вікон|зупинк\w*|офіс\w*|гуртож\w*|хостел\w*|[хг]ат\w*|хвіртк\w*))\b",
            # One of them seen near me just now or today: "я щойно бачила його на зупинці", "сьогодні бачила одного з
            # них у магазині" (never "я бачив його на блокпосту у 2019 році").
            r"\b(щойно|сьогодні|сьогодні вранці|сьогодні вдень|сьогодні ввечері|годину тому)( я| ми)?( знову| знов)? "
            r"(бачив|бачила|бачили|побачив|побачила|побачили|зустрів|зустріла|зустріли|помітив|помітила|помітили|"
            r"впізнав|впізнала|впізнали|упізнав|упізнала) (його|її|їх|одного з них|одну з них|одного з \w+|одну з \w+|"
            r"когось з них|того (чоловіка|солдата|офіцера|охоронця|поліцейського)|тих (людей|чоловіків|солдатів|"
            r"солдат))\b(?! (адресу|номер|ім ?я|прізвище|телефон)\b)",
            r"\b(бачив|бачила|бачили|побачив|побачила|побачили|зустрів|зустріла|зустріли|помітив|помітила|помітили) "
            r"(його|її|їх|одного з них|одну з них|одного з \w+|одну з \w+|когось з них|того (чоловіка|солдата|офіцера|"
            r"охоронця|поліцейського)|тих (людей|чоловіків|солдатів|солдат))(?: \w+){0,6} (щойно|сьогодні|"
            r"сьогодні вранці|сьогодні вдень|сьогодні ввечері|годину тому)\b" + _RU_NOT_THEN,
            # One of them living near me: "офіцер, який мене катував, живе поруч зі мною", "він живе на моїй вулиці"
            # (never "він жив поруч", "моя сестра живе поруч зі мною").
            r"\b(він|вона|вони|один з них|одна з них|як(ий|а|і)(?: \w+){1,4})( тепер| зараз| теж| досі| вже)? (живе|"
            r"живуть|мешкає|мешкають|оселився|оселилася|оселилися|винаймає|винаймають|знімає|знімають) (поруч"
            r"( зі мною| з нами| з моїм будинком)?|поряд( зі мною| з нами)?|по сусідству|неподалік( від (мене|нас|"
            r"мого будинку))?|недалеко( від (мене|нас|мого будинку))?|[ув] (моєму|нашому) (будинку|під ?їзді|районі|"
            r"дворі|гуртожитку|хостелі)|[ув] сусідньому (будинку|під ?їзді)|[ув] сусідній квартирі|на (моїй|нашій) "
            r"вулиці|через дорогу( від (мене|нас))?|навпроти( мене| нас)?|за стіною|поверхом (вище|нижче))\b",
        ),
        not_danger=(
            r"\bтут (у|в) (британії|великій британії|великобританії|англії|лондоні|цій країні)\b",
            # A care home or a house of culture is not the person's house: "він у будинку для літніх людей".
            r"\bбудин(ок|ку|ком) (для літніх( людей)?|престарілих|культури|дитини|відпочинку)\b",
        ),
        spellings=("самогубство",),
    ),
    "ru": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "лучше бы я умерла", "какой смысл жить", "никто не будет по мне
            # скучать".
            r"\bлучше бы (я|мне) (умер|умерла|умереть|не родиться|не рождаться|сдохнуть|сдох|сдохла)\b",
            r"\b(какой|какой же) смысл (жить|дальше жить|мне жить)\b",
            r"\b(незачем|нет смысла|зачем) (мне )?(жить|дальше жить)\b",
            r"\bникто (не будет по мне скучать|не будет скучать по мне|не заметит если я (умру|исчезну))\b",
            r"\b(хочу|хочется|хотела бы|хотел бы|лучше бы) (умереть|помереть|сдохнуть|убить себя|покончить с собой)\b",
            r"\b(убить|убью|убила бы|убил бы) себя\b",
            r"\bпоконч(ить|у|ила|ил) с (собой|жизнью)\b",
            r"\bсамоубийств",
            r"\bсуицид",
            r"\bне (хочу|хочется|могу) (больше )?жить\b",
            r"\b(нет|не вижу) смысла (жить|в жизни)\b",
            r"\bнадоело жить\b",
            r"\b(причинить|навредить|порезать|резать|режу|ранить) (себе|себя)\b",
            r"\b(hochu|khochu|xochu) (umeret|pomeret|sdohnut)\b",
            r"\b(ubit|ubyu) sebya\b",
            r"\bpokonchit s soboi|pokonchit s soboy\b",
            r"\b(samoubiistv|samoubijstv|samoubiystv)",
            r"\bпричиня(ю|ть|ла|л) себе вред\b",
            r"\bлучше бы меня не было\b",
            r"\bлучше без меня\b",
            r"\bне хочу (больше )?просыпаться\b",
            # Never waking up: "хочу уснуть и не проснуться", "заснуть и больше не просыпаться", "уснуть навсегда".
            r"\b(уснуть|заснуть|спать|лечь спать)( навсегда)? и (больше |никогда |уже )*не (проснуться|просыпаться)\b",
            r"\b(уснуть|заснуть) (навсегда|вечным сном)\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "он бьёт маму", "только что забрали сына" (never "бил",
            # "забрали в 2014").
            r"\b(бьет|бьют|избивает|избивают|душит|душат|насилует|насилуют|пытает|пытают|колотит|колотят) (мою|моего|"
            r"моих|нашу|нашего|наших|мать|маму|брата|сестру|сына|дочь|детей|ребенка|жену|мужа|отца|папу)\b",
            r"\bтолько что (забрали|увезли|арестовали|задержали|похитили|схватили|застрелили|ранили|избили) (моего|мою|"
            r"моих|нашего|нашу|сына|дочь|мужа|жену|брата|сестру|отца|маму|мать|детей)\b",
            # Searched for, houses searched and people taken around them now: "они обыскивают дома на нашей улице",
            # "забирают мужчин" (never "обыскивали").
            r"\b(обыскивают|обыскивает|прочесывают|зачищают|забирают|задерживают|хватают|арестовывают|"
            r"проверяют) (все |наши |всех )?(дома|квартиры|дворы|подъезды|район|улицу|людей|мужчин|парней|ребят|"
            r"соседей|всех)\b",
            r"\b(ходят|идут) по (домам|квартирам)\b",
            # Armed men in the street or the area now: "солдаты сейчас на улице", "военные уже в нашем районе"
            # (never "были").
            *_armed_nearby(_RU_ARMED, _RU_NOW, _RU_AROUND, _RU_GAP),
            # Afraid they will find out about this conversation: "я боюсь, что они узнают, что я с вами говорю",
            # "а если они узнают" (never "узнали": they found out, nor "я боялась": I was afraid).
            r"\b(?<!было )(?:боюсь|боимся|страшно|опасаюсь|а если|вдруг|а вдруг)(?: что)?"
            r"(?: они| он| она| кто ?то| кто нибудь|"
            r" муж)? (?:узнают|узнает|увидят|увидит|прочитают|прочитает|найдут|найдет|вычислят|вычислит|поймут|"
            r"поймет|заметят|заметит)(?: об этом| про это)?(?: (?:что|где|это|о|об|про|меня|нас)\b|$)",
            *_RU_UNDER_FIRE,
            # "они пришли" alone is the past of an account ("they came"): only "came here / for me" is now.
            r"\b(он|она|они|кто то|люди|муж)( уже| сейчас)? (пришел|пришла|пришли) (сюда|за мной|ко мне)\b",
            r"\b(он|она|они|кто то|люди|муж)( уже| сейчас)? (здесь|тут|рядом|идет|идут|за дверью|"
            r"под дверью|в соседней комнате|в другой комнате|следит|следят|смотрит на меня)\b",
            r"\bза мной (следят|следит|наблюдают|наблюдает|гонятся|ходят)\b",
            r"\b(следят|следит|наблюдают|наблюдает) за мной\b",
            r"\bя в опасности\b",
            r"\bя не в безопасности\b",
            r"\bмне (сейчас )?(опасно|небезопасно)\b",
            r"\b(убьет|убьют) меня\b",
            r"\bхоч(ет|ут) меня убить\b",
            r"\b(мне|нам) угрожает опасность\b",
            r"\b(on|ona|oni) (zdes|tut|ryadom)\b",
            # At / outside / in front of / under / around the door, house, flat, building, gate or window, said in
            # the present: "они стоят у моей двери", "кто-то под окнами", "солдаты возле дома". The verb is present
            # or missing (a verbless present); "они стояли у двери" (an account) has a past verb and stays quiet,
            # and a verbless place followed by a past verb ("солдаты у нашего дома расстреляли ...") too.
            r"\b(он|она|они|кто то|ктото|люди|мужчины|мужчина|мужики|мужик|солдаты|солдат|военные|военный|человек|"
            r"незнакомцы|незнакомец|двое|трое|бандиты|муж)( уже| сейчас| щас| прямо сейчас| снова| опять| все еще| "
            r"еще| до сих пор| там| тут)?( стоят| стоит| сидят| сидит| ждут| ждет| ходят| ходит| караулят| караулит| "
            r"дежурят| дежурит| толп(ятся|ятся|яця|яца)| наход(ятся|ится|яця|иця|яца|ица)| крут(ятся|ится|яця|иця)| "
            r"есть| поджидают| поджидает| стерегут| следят| следит| смотрят| заглядывают)?( меня| нас| за мной)?"
            r"( сейчас| прямо сейчас| щас| уже)?( у меня| у нас)? "
            r"(снаружи|внутри|(у|возле|около|перед|напротив|под|за|вокруг|в|во|на|у самой|у самого)"
            r"( (мо|наш|эт|сам|тво)\w*)? "
            r"(двер(ь|и|ью|ей|ями|ях)|дом(а|е|ом)?|квартир(а|ы|е|ой|у)|под ?ъ?езд(а|е|ом|у)?|окн(о|а|ом|ами|ах|е)|окон|"
            r"окошк(о|а|ом|ами)|ворот(а|ами)?|калитк(а|и|ой|е|у)|двор(а|е|ом)?|здани(е|я|и|ем)|лестниц(а|е|ы|у)|"
            r"лестничной площадке|крыльц(о|е|а|ом)|порог(а|е|ом)?|хат(а|ы|е|ой|у)|забор(а|ом)?|подвал(е|а|ом)?|"
            r"коридор(е)?|балкон(е|ом)?))\b(?! \w\w+(л|ла|ли|ло|лся|лась|лись)\b)",
            # The same, the place first: "у двери кто-то", "под окнами стоят солдаты", "за дверью кто-то есть".
            r"\b(снаружи|(у|возле|около|перед|напротив|под|за|вокруг|в|во|на)( (мо|наш|эт|сам|тво)\w*)? (двер(и|ью|ей|ями)|дом(а|е|ом)|квартир(ы|е|ой)|"
            r"под ?ъ?езд(а|е|ом)|окн(а|ом|ами|е)|окон|окошк(а|ом|ами)|ворот|воротами|калитк(и|ой)|двор(е|ом)|здани(я|и|ем)|"
            r"лестнице|лестничной площадке|крыльц(е|а|ом)|порог(е|ом)))( уже| сейчас| щас| прямо сейчас| снова| опять| все еще)?"
            r"( стоят| стоит| сидят| сидит| ждут| ждет| ходят| ходит| караулят| караулит| дежурят| дежурит| есть| "
            r"толп(ятся|яця|яца)| крут(ятся|ится|яця|иця)| поджидают| прячутся| прячется)?( меня| нас)?( какие то| какой то| несколько| двое| трое)? (кто то|ктото|люди|"
            r"мужчины|мужчина|мужики|мужик|солдаты|военные|человек|незнакомцы|незнакомец|двое|трое|бандиты)\b"
            r"(?! \w\w+(л|ла|ли|ло|лся|лась|лись)\b)",
            # Knocking, banging, breaking the door (window, gate) now: "стучат в дверь", "кто-то ломится в квартиру".
            r"\b(стуч(ат|ит|атся|ится|аця|иця|аца|ица)|колот(ят|ит|ятся|ится|яця|иця)|барабан(ят|ит)|долб(ят|ит|ятся|"
            r"ится|яця|иця)|лом(ятся|ится|яця|иця|яца|ица|ают|ает)|выбива(ют|ет)|вышиба(ют|ет)|выламыва(ют|ет)|"
            r"взламыва(ют|ет)|звон(ят|ит)|бь(ют|ет)|тарабан(ят|ит)|пина(ют|ет)|дерга(ют|ет)|дергают|рв(ут|ет)|"
            r"вламыва(ются|ется|юця|еця)|врыва(ются|ется|юця|еця)|лез(ут|ет))( уже| сейчас| щас| прямо сейчас| снова| "
            r"опять| все еще)?( ко мне| к нам)?( в| во| на| через)?( мо(ю|й|е|и)| наш(у|у|е|и)| эт(у|от|о))? "
            r"(двер(ь|и)|окно|окна|окошко|ворота|калитку|квартиру|дом|под ?ъ?езд|замок|стекло|стекла|ручку)\b",
            r"\b(в |во |на )?(мо(ю|й|е|и) |наш(у|е|и) |эт(у|от|о) )?(двер(ь|и)|окно|окна|ворота|калитку|квартиру|дом|замок) "
            r"(уже |сейчас |щас |прямо сейчас |снова |опять |все еще )?(кто то |ктото |они |он |люди |солдаты |мужчины )?"
            r"(стуч(ат|ит|атся|ится|аця|иця|аца|ица)|колот(ят|ит|ятся|ится|яця|иця)|барабан(ят|ит)|долб(ят|ит|ятся|ится|"
            r"яця|иця)|лом(ятся|ится|яця|иця|яца|ица|ают|ает)|выбива(ют|ет)|вышиба(ют|ет)|выламыва(ют|ет)|"
            r"взламыва(ют|ет)|звон(ят|ит)|бь(ют|ет)|тарабан(ят|ит)|пина(ют|ет)|дерга(ют|ет)|вскрыва(ют|ет))\b",
            r"\b(ко мне|к нам) (уже |сейчас |щас |снова |опять )?(кто то |ктото |они |он |люди )?"
            r"(стуч(ат|ит|атся|ится|аця|иця)|лом(ятся|ится|яця|иця|яца|ица)|вламыва(ются|ется|юця|еця)|"
            r"врыва(ются|ется|юця|еця)|лез(ут|ет))\b",
            # Coming in / breaking in now: "они входят в дом", "кто-то заходит в под ?ъ?езд", "пытаются выбить дверь".
            r"\b(вход(ят|ит)|заход(ят|ит)|вламыва(ются|ется|юця|еця)|врыва(ются|ется|юця|еця)|лез(ут|ет)|зале(зают|зает)|"
            r"проника(ют|ет)|забира(ются|ется|юця|еця)|подним(аются|ается|аюця|аеця)|поднима(ются|ется|юця|еця))"
            r"( уже| сейчас| щас| прямо сейчас| снова)?( ко мне| к нам| за мной)? (в|во|на|через|по)"
            r"( мо(ю|й|е|и)| наш(у|е|и)| эт(у|от|о))? (дом|квартиру|под ?ъ?езд|здание|двор|окно|окна|дверь|хату|комнату|"
            r"лестнице|лестницу|этаж|подвал|балкон|крыльцо)\b",
            r"\b(пыта(ются|ется|юця|еця)|хот(ят|ет)) (войти|зайти|вломиться|вломица|ворваться|ворваца|влезть|залезть|"
            r"открыть (мою |нашу )?дверь|выбить (мою |нашу )?дверь|выломать (мою |нашу )?дверь|сломать (мою |нашу )?дверь|"
            r"взломать|вскрыть (мою |нашу )?дверь|открыть (мою |нашу )?дверь)\b",
            # Surrounding now: "окружают дом", "дом окружен", "мы окружены".
            r"\b(окружа(ют|ет)|оцепля(ют|ет)) (мо(й|ю) |наш(у)? |эт(от|у) )?(дом|квартиру|здание|под ?ъ?езд|двор|нас|меня|"
            r"улицу|квартал)\b",
            r"\b(дом|здание|под ?ъ?езд|квартал|двор|мы|я) (уже |сейчас |полностью )?(окружен|окружены|окружена|оцеплен|"
            r"оцеплены)\b",
            r"\b(нас|меня) (уже |сейчас )?(окружают|оцепляют)\b",
            r"\b(мы|я) (сейчас |уже )?в окружении\b",
            # I see / hear them at the door now: "я вижу их у дома", "слышу шаги за дверью".
            r"\b(вижу|слышу|видим|слышим) (их|его|ее|кого то|людей|солдат|мужчин|военных|шаги|голоса) (снаружи|"
            r"(у|возле|около|перед|под|за|вокруг|в|во|на)( (мо|наш|эт|сам|тво)\w*)? (двер(и|ью|ей)|"
            r"дом(а|е|ом)|квартир(ы|е|ой)|под ?ъ?езд(а|е|ом)?|окн(а|ом|ами)|окон|ворот|двор(е|ом)|лестнице|"
            r"крыльц(е|а|ом)))\b",
            # Following me in / coming for me now: "он идет за мной в под ?ъ?езд", "за мной идут".
            r"\bза мной (идут|идет|гон(ятся|ится|яця|иця)|бегут|бежит|едут|едет|следуют|следует)\b",
            r"\b(идут|следуют|следует|заход(ят|ит)|подним(аются|ается|аюця|аеця)|поднима(ются|ется|юця|еця)) за мной\b",
            # Hiding now (a past account hid: "мы прятались", "мы спрятались").
            r"\b(я прячусь|мы прячемся|прячусь|прячемся)\b",
            # Someone will come for the person: "они придут за мной", "он вернётся ночью", "они меня найдут" (the
            # future; never "пришли", nor "сказали, что придут, и пришли").
            r"\b(?<!не )(?:придут|придет|приедут|приедет|вернутся|вернется|заявятся|заявится|нагрянут|нагрянет|явятся|"
            r"явится)(?: снова| опять| еще раз| обязательно| точно| скоро)?(?: (?:за мной|за нами|ко мне|к нам|сюда|"
            r"по мою душу|сегодня|ночью|вечером|этой ночью|завтра|снова|опять|еще раз|скоро|за моей \w+|за моим \w+|"
            r"за моими \w+)\b|$)(?!.{0,30}\b(?:и|и они|и правда|и действительно) (?:пришли|пришел|вернулись|вернулся|"
            r"приехали)\b)",
            r"\b(?:приход(?:ят|ит)|наведыва(?:ются|ется)) (?:за мной|за нами|ко мне|к нам|каждую ночь|каждый день)\b",
            r"\b(?<!не )(?:найдут|найдет|заберут|заберет|схватят|схватит|арестуют|увезут|выследят|вычислят|убьют|"
            r"убьет) (?:мою семью|моих детей|моего \w+|мою \w+)\b",
            r"\b(?:меня|нас) (?:обязательно |точно |все равно |скоро )?(?:найдут|найдет|заберут|заберет|схватят|"
            r"схватит|выследят|вычислят)\b",
            # A threat over speaking out: "если я пойду в полицию, они убьют мою семью", "угрожают убить, если я скажу".
            r"\bесли (?:я|мы)(?: \w+)? (?:расскажу|скажу|заговорю|пойду|обращусь|заявлю|сообщу|дам показания|"
            r"буду давать показания|пожалуюсь|напишу|расскажем|скажем|пойдем|обратимся|заявим|открою рот|проговорюсь|"
            r"выдам)\b.{0,60}\b(?:убьют|убьет|покалечат|покалечит|искалечат|сделают больно|навредят|отомстят|"
            r"расправятся|расправа|расправой|прикончат|зарежут|застрелят|похитят|угрожа\w*|грозит|грозят)",
            r"\b(?:убьют|убьет|убить|покалечат|искалечат|навредят|отомстят|расправятся|расправой|прикончат|зарежут|"
            r"застрелят|похитят|угрожа\w*|грозят\w*)\b.{0,60}\bесли (?:я|мы)(?: \w+)? (?:расскажу|скажу|заговорю|пойду|"
            r"обращусь|заявлю|сообщу|дам показания|буду давать показания|пожалуюсь|напишу|расскажем|скажем|пойдем|"
            r"обратимся|заявим|открою рот|проговорюсь|выдам)\b",
            # Threatened now: "мне угрожают", "они угрожают моим детям" (never "угрожали").
            r"\b(?:угрожа(?:ют|ет)|запугива(?:ют|ет)|шантажиру(?:ют|ет)|грозятся|грозится)(?: (?:мне|нам|меня|нас|моей|"
            r"моему|моим|нашей|нашим|семье|родным|детям|убить|расправой|смертью))",
            r"\b(?:мне|нам|моей (?:семье|маме|матери|жене|дочери)|моим (?:родным|детям|родителям)|моему (?:брату|сыну|"
            r"отцу|мужу))(?: (?:снова|опять|постоянно|все еще|до сих пор|уже|все время))? (?:угрожа(?:ют|"
            r"ет)(?! опасност)|грозятся|грозят расправой)\b",
            r"\b(?:я|мы) (?:получаю|получаем|все еще получаю|продолжаю получать) (?:угрозы|угрозу)\b",
            r"\bмне (?:приходят|пишут|шлют|присылают|звонят с) угроз",
            # The phone or messages watched now: "они читают мои сообщения", "муж проверяет мой телефон",
            # "мой телефон прослушивают", "взломали мой ватсап" (never "читали", "проверили").
            r"\b" + _RU_WATCH + r"(?: уже| сейчас| постоянно| все время| опять| снова| тайно)?"
            r"(?: в| во| по| за| через)? " + _RU_MY + " " + _RU_PHONE + _RU_NOT_THEN,
            r"\b" + _RU_MY + " " + _RU_PHONE + r"(?: уже| сейчас| постоянно| все время| опять| снова)? (?:" + _RU_WATCH
            + r"|взломали|взломал|взломан|взломаны|хакнули|прослушивается|прослушиваются|на прослушке|под контролем|"
            r"отслеживается|отслеживаются)\b" + _RU_NOT_THEN,
            r"\b(?:взломали|взломал|взломала|хакнули|хакнул)(?: мне| нам)? " + _RU_MY + " " + _RU_PHONE + _RU_NOT_THEN,
            # Coming back now, knowing where I am, eavesdropping, threatened just now: "он возвращается", "они знают,
            # где я", "нас подслушивают", "мне сегодня угрожали".
            r"\b(?:он|она|они|муж)(?: уже| сейчас)? (?:возвращается|возвращаются|едет сюда|едут сюда)\b",
            r"\b(?:знают|знает) где (?:я|мы)\b",
            r"\b(?:(?:меня|нас) (?:подслушивают|прослушивают|ищут|разыскивают|преследуют)|(?:подслушивают|прослушивают|"
            r"ищут|разыскивают|преследуют) (?:меня|нас))\b",
            r"\b(?:сегодня|только что|вчера|утром) (?:мне |нам )?угрожали\b",
            r"\bугрожали (?:мне |нам )?(?:сегодня|только что|вчера|утром)\b",
            # Found, or known to be here, now: "они меня нашли", "снова нашли нас", "узнали где я живу", "знают что я
            # здесь", "у них есть мой адрес", "кто-то дал им мой адрес" (never "когда нас нашли", "нашли меня в
            # подвале", "они знали где мы жили").
            r"\b(?=(?:меня|нас) )" + _RU_NOT_WHEN + r"(?:меня|нас)(?: (?:снова|опять|уже|все таки|всетаки|наконец|"
            r"даже здесь|и здесь|и тут|здесь|тут))? (?:нашли|нашел|нашла|разыскали|разыскал|выследили|выследил|"
            r"вычислили|вычислил|отыскали|отыскал|обнаружили|"
            r"обнаружил)\b(?: " + _RU_FOUND_NOW + r"\b|" + _RU_FOUND_NEXT + ")"
            + _RU_NOT_THEN,
            r"\b(?=(?:(?:снова|опять|уже|все таки|наконец) )?(?:нашл|нашел|разыск|выслед|вычисл|отыск|обнаруж))"
            + _RU_NOT_WHEN + r"(?:снова |опять |уже |все таки |наконец )?(?:нашли|нашел|нашла|разыскали|выследили|"
            r"вычислили|отыскали|обнаружили) (?:меня|нас)\b(?: " + _RU_FOUND_NOW + r"\b|" + _RU_FOUND_NEXT
            + ")" + _RU_NOT_THEN,
            r"\b(?<!не )(?:узнали|узнал|узнала|выяснили|выяснил|вычислили|вычислил|нашли|нашел|разузнали|"
            r"пронюхали)(?: уже| все таки)? где (?:я|мы)(?: сейчас| теперь)? (?:живу|живем|нахожусь|находимся|прячусь|"
            r"прячемся|ночую|ночуем|остановилась|остановился|остановились|снимаю|снимаем|работаю|сейчас|теперь)\b"
            + _RU_NOT_THEN,
            r"\b(?<!не )(?:знают|знает|узнали|узнал|узнала|выяснили|выяснил)(?: (?:уже|теперь|точно))? (?:где|"
            r"в какой школе|в какую школу|в каком садике|в какой садик)(?: (?:учатся|учится|ходят|ходит|живут|живет|"
            r"находятся|находится|работает|работают))? (?:мои|моя|мой|наши|наша|наш) (?:дети|сын|дочь|дочка|семья|"
            r"родные|мама|мать|родители|ребенок)\b",
            r"\b(?<!не )(?:знают|знает|узнали|узнал|узнала|выяснили|выяснил)(?: уже| теперь)?(?: что)? (?:я|"
            r"мы)(?: уже| сейчас)? (?:здесь|тут|в этом городе|вернулась|вернулся|вернулись)\b",
            r"\b(?=[узнврдпсг])(?:у (?:них|него|нее)(?: есть| теперь| уже)* |(?<!не )(?:знают|знает|узнали|узнал|"
            r"узнала|нашли|нашел|раздобыли|раздобыл|достали|достал|получили|получил|выяснили) |(?<!я )(?<!мы )(?:дали|"
            r"дал|дала|передали|передал|передала|слили|слил|слила|сдали|сдал|продали|продал|сказали|сказал|"
            r"сообщили)(?: им| ему| ей)? )"
            + _RU_MY_ADDRESS + r"\b" + _RU_NOT_THEN,
            r"\b" + _RU_MY_ADDRESS + r" (?:у них|у него|у нее|слили|утек|передали|знают|узнали)\b" + _RU_NOT_THEN,
            # Here and now, Russian. A weapon here now: "у него нож", "муж с пистолетом", "они вооружены", "он достает
            # нож" (never "у него был нож", "он был с ножом").
            r"\bу (него|нее|них|мужа|бывшего|отчима|кого то|одного из них|солдат|мужчин|одного)( есть| сейчас| теперь|"
            r" с собой| в руках| уже)* (нож|ножи|ножик|пистолет|пистолеты|ствол|оружие|ружье|автомат|автоматы|топор|"
            r"обрез|винтовка|мачете|травмат)\b" + _RU_NOT_THEN,
            r"\b(он|она|они|муж|бывший|кто то|мужчина|мужчины|солдаты|двое|трое)( уже| сейчас| тут| здесь)? (с ножом|"
            r"с ножами|с пистолетом|с пистолетами|с оружием|с топором|с автоматом|с автоматами|с обрезом|с ружьем|"
            r"вооружен|вооружена|вооружены)\b(?! \w\w+(л|ла|ли|ло|лся|лась|лись)\b)" + _RU_NOT_THEN,
            r"\b(достает|достают|вытаскивает|вытаскивают|направляет|направляют|наставляет|наставляют|размахивает|"
            r"размахивают) (нож|ножом|пистолет|пистолетом|оружие|оружием|топор|топором|ствол)\b",
            # Hurt just now, or being hurt now: "он только что ударил меня", "он меня бьет", "меня снова избили сегодня
            # ночью" (never "он избил меня", "он бил меня").
            r"\b((меня|нас) только что|только что (меня|нас)|только что на (меня|нас)|на (меня|нас) только что) "
            r"(ударил|ударила|ударили|избил|избила|избили|побил|побила|побили|ранил|ранила|ранили|пырнул|пырнули|"
            r"порезал|порезали|изнасиловал|изнасиловали|душил|душили|придушил|задушил|толкнул|пнул|пнули|напал|"
            r"напала|напали|набросился|набросились)\b",
            r"\bтолько что (ударил|ударила|ударили|избил|избила|избили|побил|побила|побили|ранил|ранила|ранили|пырнул|"
            r"пырнули|порезал|порезали|изнасиловал|изнасиловали|душил|душили|придушил|толкнул|пнул|пнули) (меня|нас)\b",
            r"\b(меня|нас)( сейчас| снова| опять| постоянно| до сих пор| все еще| каждый день)? (бьет|бьют|избивает|"
            r"избивают|колотит|колотят|лупит|лупят|душит|душат|насилует|насилуют|пинает|пинают|истязает|истязают|"
            r"пытают|пытает)\b(?! (дрожь|озноб|током|ток|кашель|слезы|обида|злость|тоска))",
            r"\b(бьет|бьют|избивает|избивают|колотит|колотят|лупит|лупят|душит|душат|насилует|насилуют|пинает|пинают|"
            r"истязает|истязают|пытают|пытает)( сейчас| снова| опять)? (меня|нас)\b(?! током)",
            r"\b(меня|нас)( снова| опять| еще раз)? (избил|избила|избили|побил|побила|побили|ударил|ударила|ударили|"
            r"ранил|ранили|изнасиловал|изнасиловали|душил|душили|пырнул|порезал)( снова| опять| еще раз)? (сегодня|"
            r"сегодня ночью|этой ночью|сегодня утром|сегодня вечером|этим утром|час назад|полчаса назад|"
            r"только что)\b" + _RU_NOT_THEN,
            r"\b(избил|избила|избили|побил|побила|побили|ударил|ударила|ударили|ранил|ранили|изнасиловал|изнасиловали|"
            r"душил|душили|пырнул|порезал) (меня|нас)( снова| опять| еще раз)? (сегодня|сегодня ночью|этой ночью|"
            r"сегодня утром|сегодня вечером|этим утром|час назад|полчаса назад)\b" + _RU_NOT_THEN,
            r"\b(сегодня|сегодня ночью|этой ночью|сегодня утром|сегодня вечером|час назад|полчаса назад)( он| она| они|"
            r" муж)?( снова| опять| еще раз)? ((меня|нас)( снова| опять| еще раз)? (избил|избила|избили|побил|побила|"
            r"побили|ударил|ударила|ударили|ранил|ранили|изнасиловал|изнасиловали)|(избил|избила|избили|побил|побила|"
            r"побили|ударил|ударила|ударили|ранил|ранили|изнасиловал|изнасиловали) (меня|нас))\b",
            # Injured now, a life at stake: "я истекаю кровью", "у него идет кровь", "сын не дышит", "он без сознания",
            # "тяжело ранен", "ранен в ногу", "нужна скорая" (never "истекал кровью", "был без сознания", "был тяжело
            # ранен", "отец ранен на войне", "нам нужна была скорая", nor "не могу дышать": I can't breathe, a panic,
            # answered as distress). Endings left open ("сознани\w*"): Latin letters spell them in several ways
            # ("bez soznaniya"). One pattern: at every word of a long account, fifteen would cost more.
            r"\b(?=[\u0400-\u04ff])(?:"
            r"(истекаю|истекает|истекаем|истекают|истекаешь) (кровью|кровю)\b"
            r"|у (меня|него|нее|нас|них|сына|дочки|дочери|мужа|жены|ребенка|брата|сестры|отца|мамы|матери|папы)"
            r"( сейчас| сильно| очень| все еще| до сих пор| прямо)* ((идет|течет|хлещет|льется) кровь|(сильное |"
            r"внутреннее |открытое )?кровотечение|(огнестрельное|ножевое|пулевое|проникающее|тяжелое|серьезное) "
            r"ранение)\b" + _RU_NOT_WAR + _RU_NOT_THEN
            + r"|(?=кровь )(?<!была )кровь( сильно| все еще| до сих пор| никак)? (не останавливается|"
            r"не останавливаеться|хлещет|не унимается)\b"
            r"|(не|еле|едва|почти не|уже не|совсем не) (дышит|дышат)\b|не ((может|могут) дышать|(приходит|приходят) "
            r"в себя)\b"
            r"|(?=без |в обм)(?<!л )(?<!ла )(?<!ли )(?<!ло )(?<!лся )(?<!лась )(?<!лись )(?<!его )(?<!ее )(?<!их )"
            r"(?<!меня )(?<!нас )(без сознани\w*|в обмороке)\b" + _RU_NOT_THEN
            + r"|(теряю|теряет|теряем|теряют) сознани\w*"
            r"|(?=тяжел|серьезн|сильн|смертельн|очень|ранен|подстрел|пырнут|прострел)(?<!был )(?<!была )(?<!были )"
            r"(?<!было )((тяжело|серьезно|сильно|смертельно|очень тяжело|очень сильно) (ранен\w*|травмирован\w*|"
            r"покалечен\w*)|(ранен|ранена|ранены|подстрелен\w*|пырнут\w*|прострелен\w*) (в|во) (ногу|руку|живот|грудь|"
            r"голову|шею|спину|плечо|бедро|бок|лицо))\b" + _RU_NOT_WAR + _RU_NOT_THEN
            + r"|((меня|его|ее|нас|их) только что|только что (меня|его|ее|нас|их)) (подстрелили|подстрелил|ранили|"
            r"ранил|ранило|пырнули|пырнул)\b"
            r"|(?=срочно|немедленно|очень|нужн|надо|требуется)(?<!был )(?<!была )(?<!было )(?<!были )((срочно|"
            r"немедленно|очень срочно) (нужна|нужно|надо|нужен|нужны|требуется) (скорая|скорую|врач|врача|врачи|медики|"
            r"реанимация|реанимацию)|(нужна|нужно|надо|нужен|требуется)( срочно| очень| сейчас| немедленно)? (скорая|"
            r"скорую|врач срочно|врач сейчас|срочно врач|врача срочно|срочно врача|реанимация|реанимацию))\b"
            r"|(пришлите|пришли|отправьте|отправь|вызовите|вызови|вызывайте|позовите)( срочно| быстрее| скорее)? "
            r"(скорую|врача|медиков|реанимацию)\b"
            r")",
            # Afraid for one's life now: "я боюсь за свою жизнь", "моя жизнь в опасности", "боюсь, что он меня убьет"
            # (never "я боялась за свою жизнь", "моя жизнь была в опасности").
            r"\b(боюсь|боимся|опасаюсь|опасаемся|страшно|дрожу)( очень| сильно)? за (свою|мою|нашу|наши|свои) (жизнь|"
            r"жизни|безопасность)\b",
            r"\b(моя|наша|моей|нашей) (жизнь|жизни)( сейчас| реально| действительно)? (в опасности|под угрозой|"
            r"угрожает опасность|грозит опасность)\b",
            r"\b(боюсь|боимся|опасаюсь|опасаемся)( что| как бы)?( он| она| они| муж)?( меня| нас)? (убьет|убьют|найдет|"
            r"найдут|покалечит|покалечат|зарежет|застрелит)\b",
            # Held, locked in, not let go now: "я заперта в ванной", "нас держат в квартире", "меня не выпускают", "он не
            # дает мне уйти" (never "я была заперта", "меня держали", "нас не выпускали", "не дали нам уйти").
            r"\b(я|мы)( сейчас| уже| все еще| до сих пор| тут| здесь)? (заперта|заперт|заперты|взаперти|в плену|"
            r"в заложниках|похищена|похищен|похищены|под замком)\b(?! в (себе|своих)\b)",
            r"\b(меня|нас)( сейчас| тут| здесь| до сих пор| все еще)? (держат)( здесь| тут| сейчас)? (взаперти|в плену|"
            r"силой|насильно|под замком|в заложниках|против (моей|нашей) воли|в (квартире|комнате|подвале|доме|гараже|"
            r"машине|ванной|туалете)|здесь|тут)\b",
            r"\b(меня|нас)( сейчас| до сих пор| все еще)? (держит|удерживают|удерживает)( здесь| тут| сейчас)? "
            r"(взаперти|в плену|силой|насильно|под замком|в заложниках|против (моей|нашей) воли|в (квартире|комнате|"
            r"подвале|доме|гараже|машине|ванной|туалете))\b",
            r"\b(меня|нас) (здесь|тут|силой|насильно|взаперти) (держат|удерживают)\b",
            r"\b((меня|нас) (заперли|запер|заперла)|(заперли|запер|заперла) (меня|нас)) (здесь|тут|сейчас|снова|"
            r"опять)\b" + _RU_NOT_THEN,
            r"\b(меня|нас) (здесь|тут|сейчас|снова|опять) (заперли|запер|заперла)\b" + _RU_NOT_THEN,
            r"\b(не выпускают|не выпускает)( больше)? (меня|нас)\b",
            r"\b(меня|нас)( сейчас| больше| никуда| отсюда)? (не выпускают|не выпускает)\b",
            r"\b((меня|нас) (никуда |отсюда )?(не отпускают|не отпускает)|(не отпускают|не отпускает) (меня|нас))"
            r"( домой| из дома| из квартиры| из комнаты| никуда| на улицу| отсюда)\b",
            r"\b(не дает|не дают|не позволяет|не позволяют)( мне| нам) (уйти|выйти|уехать|сбежать|выходить|уходить)\b",
            # A call for the police: "вызовите полицию", "пожалуйста, позвоните в полицию", "можете вызвать полицию"
            # at the start of the message (never "никто не вызвал полицию"). "\b^", not "^": the list is read about
            # twice as fast when every pattern begins with \b.
            r"\b^(пожалуйста |помогите |срочно |быстрее |скорее |умоляю |прошу )*((вызовите|вызови|вызывайте|позвоните|"
            r"позвони|звоните|звони|наберите|набери|сообщите|сообщи)( срочно| скорее| быстрее| пожалуйста)?|(можете|"
            r"можешь|вы можете|ты можешь|могли бы вы)( пожалуйста)? (вызвать|позвонить|сообщить))( в| на)? (полици\w*|"
            r"милици\w*|скорую|скорую помощь|102|112|911|02|03|999)\b",
            # One of them waiting for me now: "двое мужчин ждут меня у подъезда", "он ждет меня внизу" (never "они
            # ждали нас на улице").
            r"\b((ждет|ждут|поджидает|поджидают|караулит|караулят|стерегут|стережет|подкарауливает|подкарауливают) "
            r"(меня|нас)|(меня|нас) (ждет|ждут|поджидает|поджидают|караулит|караулят|стерегут|стережет|"
            r"подкарауливает|подкарауливают))( уже| сейчас| прямо сейчас)? (снаружи|внизу|на улице|во дворе|"
            r"в под ?ъ?езде|на лестнице|в машине|за углом|на выходе|на остановке|(у|возле|около|под|перед|напротив|"
            r"рядом с) (мо\w+ |наш\w+ |эт\w+ )?(под ?ъ?езд\w*|дом\w*|двер\w*|вход\w*|ворот\w*|машин\w*|магазин\w*|"
            r"школ\w*|работ\w*|окн\w*|окон|остановк\w*|офис\w*|общежити\w*|хостел\w*|здани\w*|калитк\w*))\b",
            # One of them seen near me just now or today: "я только что видела его на остановке", "сегодня видела
            # одного из них в магазине" (never "я видел его на блокпосту в 2019 году").
            r"\b(только что|сегодня|сегодня утром|сегодня днем|сегодня вечером|час назад)( я| мы)?( снова| опять)? "
            r"(видел|видела|видели|увидел|увидела|увидели|встретил|встретила|встретили|заметил|заметила|заметили|"
            r"узнал|узнала|узнали) (его|ее|их|одного из них|одну из них|одного из \w+|одну из \w+|кого то из них|"
            r"того (человека|мужчину|солдата|офицера|охранника|полицейского)|тех (людей|мужчин|солдат))\b"
            r"(?! (адрес|номер|имя|фамилию|телефон)\b)",
            r"\b(видел|видела|видели|увидел|увидела|увидели|встретил|встретила|встретили|заметил|заметила|заметили) "
            r"(его|ее|их|одного из них|одну из них|одного из \w+|одну из \w+|кого то из них|того (человека|мужчину|"
            r"солдата|офицера|охранника|полицейского)|тех (людей|мужчин|солдат))(?: \w+){0,6} (только что|сегодня|"
            r"сегодня утром|сегодня днем|сегодня вечером|час назад)\b" + _RU_NOT_THEN,
            # One of them living near me: "офицер, который меня пытал, живет рядом со мной", "он живет на моей улице"
            # (never "он жил рядом", "моя сестра живет рядом со мной").
            r"\b(он|она|они|один из них|одна из них|котор(ый|ая|ые)(?: \w+){1,4})( теперь| сейчас| тоже| до сих пор|"
            r" все еще| уже)? (живет|живут|поселился|поселилась|поселились|снимает|снимают|обитает|обитают) (рядом"
            r"( со мной| с нами| с моим домом)?|по соседству|недалеко( от (меня|нас|моего дома|нашего дома))?|"
            r"неподалеку|в (моем|нашем) (доме|под ?ъ?езде|районе|дворе|общежитии|хостеле)|в соседнем (доме|"
            r"под ?ъ?езде)|в соседней квартире|на (моей|нашей) улице|через дорогу( от (меня|нас))?|напротив( меня|"
            r" нас)?|за стенкой|за стеной|этажом (выше|ниже)|в двух шагах( от (меня|нас))?)\b",
        ),
        not_danger=(
            r"\b(здесь|тут) в (британии|великобритании|англии|лондоне|этой стране)\b",
            # A care home or a house of culture is not the person's house: "он в доме престарелых".
            r"\bдом(а|е|ом)? (престарелых|малютки|ребенка|культуры|отдыха|инвалидов)\b",
        ),
        spellings=("самоубийство",),
    ),
    "fa": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "زندگی چه فایده ای داره", "بهتره بمیرم", "هیچکس دلش برام تنگ نمیشه".
            r"زندگی (?:چه|چی) (?:فایده|فایده ای|ارزشی|معنی|معنایی) (?:داره|دارد)",
            r"(?:بهتره|بهتر است|بهتر بود) (?:که )?(?:بمیرم|مرده باشم|نباشم)",
            r"(?:هیچکس|هیچ کس|هیشکی) (?:دلش )?(?:برام|برای من) تنگ (?:نمیشه|نمی شه|نمی شود)",
            r"برای چی (?:زنده ام|زنده هستم|زندگی می ?کنم|زندگی کنم)",
            r"(خواهم|خوام|خواد|کاش|بذار|بگذار|دارم|میخوام|می خوام|میخواهم) ?(بمیرم|مرده بودم|خودم را بکشم|خودمو بکشم)",
            r"خودکشی",
            r"(خودم (را|رو) |خودمو )(بکشم|می ?کشم)",
            r"(نمی ?خواهم|نمی ?خوام) (دیگر |دیگه )?(زندگی کنم|زنده باشم|زنده بمانم)",
            r"به زندگی ?(م|ام)? پایان (بدهم|بدم|دهم)",
            r"(به )?خودم (آسیب|صدمه) (بزنم|می ?زنم|بزنم)",
            r"\b(mikham|mikhaam|mikhastam|kash|bezar) (bemiram|bemirm)\b",
            r"\b(mikham|mikhaam|mikhastam) (khodamo|khodam ro|khodam ra) (bekosham|koshtan)\b",
            r"\b(nemikham|nemikhaam|nemikhastam) (dige )?(zendegi konam|zende basham|zende bemoonam)\b",
            r"\b(khodkoshi|khodkoshy|khod koshi)\b",
            r"\bkhodamo (bekosham|mikosham)\b",
            r"زندگی (دیگر |دیگه )?(ارزشی|ارزش) (ندارد|نداره)",
            r"بدون من (راحت ?ترند|بهترند|بهتر هستند|راحت ترن)",
            r"(نمی ?خواهم|نمی ?خوام) (فردا )?بیدار (شوم|بشم)",
            # To sleep and never wake up: "می‌خوام بخوابم و دیگه بیدار نشم" (the first person: never "خوابید و
            # دیگه بیدار نشد").
            r"\bبخوابم(?: (?:و|که))?(?: (?:دیگه|دیگر|هیچوقت|هیچ وقت|هرگز|اصلا|هیچ ?گاه)){0,2} بیدار (?:نشم|نشوم)\b",
            r"\bbekhabam (?:va |o |ke )?(?:(?:dige|hichvaght|hich vaght|hargez) ){0,2}bidar (?:nasham|nashavam)\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "داره مامانمو میزنه", "همین الان پسرمو بردن" (never "میزد":
            # was hitting).
            r"(?:داره|دارن|دارند|دارد) (?:[^ ]+ )?" + _FA_KIN + r"[^ ]*(?: رو| را)? (?:کتک )?(?:می ?زنه|می ?زنن|"
            r"می ?زنند|می ?زند|شکنجه می ?کنن|شکنجه می ?کنند|خفه می ?کنه|خفه می ?کند)",
            r"(?:همین الان|الان|یه ساعت پیش|چند دقیقه پیش|همین چند دقیقه پیش) (?:[^ ]+ )?" + _FA_KIN
            + r"[^ ]*(?: رو| را)? (?:بردن|بردند|گرفتن|گرفتند|دستگیر کردن|دستگیر کردند|دزدیدن|دزدیدند)",
            # Searched for, houses searched and people taken around them now: "دنبالم میگردن", "دارن خونه ها رو
            # میگردن" (never "میگشتن": were searching).
            r"دنبال ?(?:م|من|مون|ما|مان) (?:می ?گردن|می ?گردند|می ?گرده|می ?گردد|هستن|هستند)",
            r"(?:خونه ?ها|خانه ?ها|خونه|خانه|مردم|جوونا|جوانان|مردا|مردها|همسایه ?ها|محله)(?: رو| را)? (?:می ?گردن|"
            r"می ?گردند|بازرسی می ?کنن|بازرسی می ?کنند|می ?گیرن|می ?گیرند|دستگیر می ?کنن|دستگیر می ?کنند|می ?برن|"
            r"می ?برند)",
            # Armed men in the street or the neighbourhood now: "سربازها الان تو خیابون هستند", "نظامیا الان تو محله
            # ما هستن" (never "بودند": were).
            _FA_ARMED + r"(?: [^ ]+){0,2} " + _FA_NOW + r"(?: [^ ]+){0,2} " + _FA_AROUND,
            _FA_NOW + r"(?: [^ ]+){0,2} " + _FA_ARMED + r"(?: [^ ]+){0,2} " + _FA_AROUND,
            _FA_ARMED + r"(?: [^ ]+){0,2} " + _FA_AROUND + r"(?: [^ ]+){0,2} (?:هستند|هستن|هست|اند|ان)\b",
            # Afraid they will find out about this conversation: "می ترسم بفهمن دارم با شما حرف میزنم", "اگه بفهمن
            # گزارش دادم" (never "فهمیدن": they found out).
            r"(?:می ?ترسم|می ?ترسیم|ترس دارم|نگرانم|اگه|اگر|نکنه|چی میشه اگه|وای اگه) (?:که )?(?:اونا |انها |او |اون )?"
            r"(?:بفهمن|بفهمند|بفهمه|بفهمد|متوجه بشن|متوجه شوند|خبردار بشن|خبردار شوند|ببینن|ببینند|بخونن|بخوانند|"
            r"پیدام کنن|پیدامون کنن)(?: (?:که|دارم|داریم|گزارش|اینو|این|چی|من|ما|با)\b|$)",
            # Hiding now: "دارم قایم میشم", "پنهان شده ایم" (never "قایم شدیم": we hid).
            r"(دارم|داریم) (قایم|قائم|پنهان|مخفی) (میشم|می شم|میشیم|می شیم|می شوم|می شویم)",
            r"(قایم|قائم|پنهان|مخفی) (شده ام|شده ایم|شدهام|شدهایم|هستم|هستیم)",
            *_FA_UNDER_FIRE,
            r"\b(او|اون|آنها|اونا|کسی|یکی|شوهرم|مرد)( الان| همین الان)? (اینجاست|اینجا است|اینجان|اینجا هستند|"
            r"اینجا هست|داره میاد|دارن میان|دارد می آید|دم در|پشت در|تو اتاق بغل|در اتاق بغلی|در اتاق کناری|"
            r"تو اتاق کناری|بیرون است|بیرونه)(?! ?بود)",
            r"(تحت نظرم|تعقیبم|دنبالم (هستند|هستن|است|ان)|مرا می ?پایند|منو می ?پان|منو زیر نظر|مرا زیر نظر)",
            r"در خطر ?(هستم|ام|م)\b",
            r"(امن|در امان|جام امن) (نیستم|نیست)",
            r"(منو|مرا|من را) (می ?کشه|می ?کشند|می ?کشن|خواهد کشت|خواهند کشت)",
            r"(کسی|یکی|او|اون|اونا) ?(دارد|داره|دارند|دارن) (می ?آید|میاد|میان|می ?آیند)",
            r"منو می ?پاد",
            r"^(داره|دارن|دارد|دارند) (میاد|میان|می ?آید|می ?آیند)$",
            r"\b(jam|ja ?am) (amn|aman|amen) (nist|nis)\b",
            r"\bdar khatar(am| hastam)\b",
            r"\b(tu|too|dar) khatar(am|e| hastam| hastim)\b",
            r"\b(oona|una|unha|anha|oon|un|yeki|kasi|shoharam) (inja(st|n)|inja hast(an|and)?|dam e dar(an|e)?|"
            r"poshte dar(an|e)?|too otaghe baghal(an|e)?)\b(?! ?bud)",
            r"\binja hast(an|and)\b",
            r"^(daran|dare|dareh|daren) (mian|miyan|miad|miyad|miayand)$",
            r"\b(daran|daren) (mian|miyan|miayand) (soragham|donbalam|inja)\b",
            r"\b(mano|mara|man ro|mano) (mikoshan|mikoshand|mikoshe|mikosheh|mikoshad|mipan|mipayand)\b",
            r"\b(donbalam|ta3qibam|taghibam) (hastan|mikonan|hastand|mikonand)\b",
            # At / outside / in front of / behind the door, house, building, window NOW: a present verb ("هستند",
            # colloquial "ان", "وایسادن", Dari "استند", "استاده اند"), never "بودند" ("they were outside our house").
            # Plural verbs need no subject (dropped pronouns); "زیر" (under) only with the window: "زیر درمان" is
            # "under treatment".
            r"\b(بیرون|بیرون از|جلوی?|دم|پشت|دور|اطراف|دور و بر|دوروبر|دور تا دور|روبروی|روبه روی|رو به روی|پیش روی|دهن) "
            r"(در|درب|دروازه|خانه|خونه|منزل|آپارتمان|ساختمان|ساختمون|پنجره|کلکین|حیاط|حویلی|خونمون|خونم)"
            r"(ی|ام|م|مان|مون)?( (خانه|خونه|ساختمان|ساختمون|آپارتمان|حیاط|حویلی|منزل|خونمون|خونم)(ی|ام|م|مان|مون)?)?"
            r"( (ما|من|مون|مان))?( الان| همین الان)?( (هستند|هستن|استند|استن|اند|ان|ایستاده ?اند|ایستاده ان|ایستادن|"
            r"وایسادن|وایستادن|وایساده ?اند|وایساده ان|استاده ?اند|استاده ان|ایستاده ?ایم|منتظرند|منتظرن|منتظر هستند|"
            r"منتظر هستن|نشسته ?اند|نشستن|کمین کرده ?اند|جمع شده ?اند|جمع شدن)|ان|اند|ن|ند)\b",
            r"\bزیر (پنجره|کلکین)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))?( الان| همین الان)?( (هستند|هستن|استند|استن|اند|"
            r"ان|ایستاده ?اند|ایستاده ان|وایسادن|وایستادن|استاده ?اند|منتظرند|منتظرن)|ان|اند|ن|ند)\b",
            # Someone / he / the men at the door: a singular present verb, "now", or nothing after (the copula dropped).
            r"\b(او|اون|آنها|اونا|اونها|کسی|یکی|یه نفر|یک نفر|یه مرد|یک مرد|چند نفر|چند تا مرد|چندتا مرد|مردها|مردان|"
            r"مردا|سربازها|سربازا|سربازان|نیروها|ماموران|مامورها|مامورا|طالبان|طالبا|پلیس|شوهرم)( الان| همین الان)? "
            r"(بیرون|بیرون از|جلوی?|دم|پشت|زیر|دور|اطراف|دور و بر|دوروبر|روبروی|روبه روی|پیش روی|دهن) "
            r"(در|درب|دروازه|خانه|خونه|منزل|آپارتمان|ساختمان|ساختمون|پنجره|کلکین|حیاط|حویلی|خونمون|خونم)"
            r"(ی|ام|م|مان|مون)?( (خانه|خونه|ساختمان|ساختمون|آپارتمان|حیاط|حویلی|منزل|خونمون|خونم)(ی|ام|م|مان|مون)?)?"
            r"( (ما|من|مون|مان))?( (الان|همین الان|است|هست|ایستاده|وایساده|وایستاده|استاده|منتظره|منتظر است|"
            r"هستند|هستن|استند|اند|ان)(?! ?بود)|ه|ست|ان|ن|ند|$)\b",
            r"\b(الان|همین الان|الآن) (بیرون|بیرون از|جلوی?|دم|پشت|دور و بر|روبروی|پیش روی) "
            r"(در|درب|دروازه|خانه|خونه|منزل|آپارتمان|ساختمان|ساختمون|پنجره|کلکین|حیاط|حویلی|خونمون|خونم)"
            r"(ی|ام|م|مان|مون)?( (ما|من|مون|مان))? (هستند|هستن|استند|اند|ان|است|هست|ایستاده|وایسادن|وایساده)\b",
            r"\b(بیرون|جلوی?|دم|پشت|زیر) (در|درب|دروازه|خانه|خونه|ساختمان|ساختمون|پنجره|کلکین|حیاط|حویلی)(ی|ام|م|مان|مون)?"
            r"( (ما|من|مون|مان))? (یکی|کسی|یه نفر|یک نفر|چند نفر|چند تا مرد|سربازها|سربازا|مردها|مردا)( الان)? "
            r"(هست|است|ایستاده|وایساده|وایستاده|استاده|هستند|هستن|ایستاده ?اند|وایسادن)\b",
            # Knocking, banging, kicking, breaking the door now: present "می زنند", "میزنن", never "می زدند"/"زدند".
            r"\b((دارند|دارن|داره|دارد) )?(به )?(در|درب|دروازه|درو|دروازهرو|درب رو)( (را|رو|ره|ما|مون|خانه|خونه))?"
            r"( (را|رو|ره))?( (دارند|دارن|داره|دارد))?( (محکم|هی|مدام|بلند|با لگد|با مشت|مشت|لگد))? "
            r"(می ?زنند|می ?زنن|می ?زنه|می ?زند|می ?کوبند|می ?کوبن|می ?کوبه|می ?کوبد|می ?شکنند|می ?شکنن|می ?شکنه|می ?شکند|"
            r"تک تک می ?کنند|تک تک می ?کنن|تک تک می ?کنه|تک تک می ?کند|تق تق می ?کنند|تق تق می ?کنن|تق تق می ?کنه|"
            r"دق ?الباب می ?کنند|دق ?الباب می ?کنه|دق ?الباب می ?کند)\b",
            # Coming in / entering now: progressive "دارن میان تو", present perfect "وارد خانه شده اند".
            r"\b(دارند|دارن|دارد|داره) (وارد|داخل|تو|توی|به داخل|به) (خانه|خونه|ساختمان|ساختمون|آپارتمان|حیاط|حویلی|"
            r"منزل|اتاق)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))? (می ?شوند|می ?شن|می ?شه|می ?شود|می ?آیند|میان|میاد|"
            r"می ?آید|میایند)\b",
            r"\b(دارند|دارن|دارد|داره) (می ?آیند|میان|میاد|می ?آید|میایند) (تو|توی|داخل|به داخل|درون|اینجا)\b",
            r"\b(وارد|داخل|تو|توی|به داخل) (خانه|خونه|ساختمان|ساختمون|آپارتمان|حیاط|حویلی|منزل)(ی|ام|م|مان|مون)?"
            r"( (ما|من|مون|مان))? (شده ?اند|شده ان|آمده ?اند|آمده ان|اومده ?ان|اومده ?اند|ریخته ?اند|ریخته ان)\b",
            r"\b(آمده ?اند|اومده ?ان|اومده ?اند|ریخته ?اند|ریخته ان) (تو|توی|داخل|به داخل) (خانه|خونه|ساختمان|ساختمون|"
            r"آپارتمان|حیاط|حویلی|منزل)\b",
            r"\b(دنبالم|به دنبالم|دنبال من|تعقیبم کرده ?اند و) (تا|تو|توی|داخل) (خانه|خونه|ساختمان|ساختمون|آپارتمان|"
            r"حیاط|حویلی|منزل)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))? (آمده ?اند|آمده ان|اومده ?ان|اومده ?اند)\b",
            r"\bتا (خانه|خونه|ساختمان|ساختمون|آپارتمان|حیاط|حویلی|منزل)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))? (دنبالم|به دنبالم) "
            r"(آمده ?اند|آمده ان|اومده ?ان|اومده ?اند)\b",
            # Surrounding the house now: present perfect and progressive; colloquial "محاصره کردن" only with "الان"
            # (it is also the simple past of an account).
            r"\b(خانه|خونه|ساختمان|ساختمون|منزل|آپارتمان|حویلی|حیاط)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))?( (را|رو|ره))? "
            r"(محاصره|احاطه) (کرده ?اند|کرده ان|کده ?اند|کده ان|کرده|کده)\b(?! ?بود)",
            r"\b(خانه|خونه|ساختمان|ساختمون|منزل|آپارتمان|حویلی|حیاط)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))?( (را|رو|ره))?"
            r"( (دارند|دارن))? (محاصره|احاطه) (می ?کنند|می ?کنن|می ?کنه|می ?کند)\b",
            r"\b(الان|همین الان) (دور )?(خانه|خونه|ساختمان|ساختمون|منزل|آپارتمان|حویلی|حیاط)(ی|ام|م|مان|مون)?"
            r"( (ما|من|مون|مان))?( (را|رو|ره))? (محاصره کردن|محاصره کردند|محاصره کدن|احاطه کردن|گرفتن|گرفتند)\b",
            r"\b(دور )?(خانه|خونه|ساختمان|ساختمون|منزل|آپارتمان|حویلی|حیاط)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))?"
            r"( (را|رو|ره))? (محاصره کردن|محاصره کردند|محاصره کدن|احاطه کردن|گرفتن|گرفتند) (الان|همین الان)\b",
            r"\bدق ?الباب (می ?کنند|می ?کنن|می ?کنه|می ?کند)\b",
            r"\b(آمده ?اند|آمده ان|اومده ?اند|اومده ?ان) (دم|جلوی?|پشت|بیرون) (در|درب|دروازه|خانه|خونه|ساختمان|ساختمون|"
            r"منزل|حویلی)\b",
            r"\bبیرون (ایستاده ?اند|ایستاده ان|وایسادن|وایستادن|وایساده ?اند|استاده ?اند|منتظرند|منتظرن)\b",
            r"\b(birun|biroon|berun|beroon) (vaysadan|vaisadan|vaystadan|istadean|istade and|montazeran)\b",
            r"\bدور (خانه|خونه|ساختمان|ساختمون|منزل|حویلی)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))?( (را|رو|ره))? "
            r"(گرفته ?اند|گرفته ان|گرفتهن|گرفته)\b(?! ?بود)",
            r"\b(خانه|خونه|ساختمان|ساختمون|منزل|حویلی)(ی|ام|م|مان|مون)?( (ما|من|مون|مان))? (در محاصره|تو محاصره|"
            r"محاصره شده)( است| هست|ه)?\b(?! ?بود)",
            r"\b(در|تو|توی) محاصره (هستیم|ایم|هستم|ام)\b",
            r"\bمحاصره شده ?(ایم|ام)\b",
            # Finglish: the same, typed in Latin letters.
            r"\b(birun|biroon|berun|beroon|birune|biroone|biruneh|birooneh|birun e|biroon e|birun az|biroon az|jeloye|"
            r"jelooye|jeloie|jeloy|jelo|jeloo|jelo ye|posht|poshte|posht e|poshteh|dam|dame|dam e|dameh|atrafe|atraf e|"
            r"dor o bare|doro bare|rubruye|roobrooye|pish e ruye|pesh e ruye) (dar|darb|darvaze|darvazeh|darwaza|"
            r"darwaze|khoone|khune|khooneh|khuneh|khone|khoneh|khane|khaneh|khana|manzel|apartman|aparteman|sakhteman|"
            r"sakhtemoon|sakhtemun|panjare|panjareh|panjere|panjara|kelkin|hayat|havili|khoonamoon|khoonemoon|"
            r"khunemun|khunamun|khoonam|khunam)(ye|e|am|emoon|emun|amoon|amun|eman|mun|moon|man)?"
            r"( (khoone|khune|khooneh|khuneh|khone|khoneh|khane|khaneh|khana|sakhteman|sakhtemoon|sakhtemun|hayat|"
            r"havili|khoonamoon|khunemun|khoonam|khunam)(ye|e|am|emoon|emun|amoon|amun|mun|moon)?)?"
            r"( (e |ye )?(ma|man|moon|mun))?( alan| hamin alan)?( (hastan|hastand|hastn|hasten|astand|astan|an|and|"
            r"vaysadan|vaisadan|vaystadan|vaistadan|istadan|istadeand|istade and|istade an|vaysadean|vaysade an|"
            r"montazeran|montazerand|neshastan)|an|and|n)\b",
            r"\b(oona|ona|una|unha|oonha|anha|oon|un|yeki|yek nafar|ye nafar|kasi|chand nafar|chand ta mard|sarbaza|"
            r"sarbazha|sarbazan|marda|mardha|taleban|talebha|polis|police|mamura|mamoora|shoharam)( alan| hamin alan)? "
            r"(birun|biroon|berun|beroon|birune|biroone|birun e|biroon e|jeloye|jelooye|jeloie|jeloy|jelo|jeloo|posht|"
            r"poshte|posht e|dam|dame|dam e|zire|zir e) (dar|darb|darvaze|darvazeh|darwaza|darwaze|khoone|khune|"
            r"khooneh|khuneh|khone|khoneh|khane|khaneh|khana|manzel|apartman|sakhteman|sakhtemoon|sakhtemun|panjare|"
            r"panjareh|panjere|panjara|kelkin|hayat|havili|khoonamoon|khunemun|khoonam|khunam)"
            r"(ye|am|emoon|emun|amoon|amun|mun|moon)?( (e |ye )?(ma|man|moon|mun))?( (alan|hamin alan|hast|hastesh|"
            r"ast|e|vaysade|vaisade|vaystade|istade|montazere|hastan|hastand|an|and|vaysadan|astan|astand)|e|eh|ast|"
            r"an|and|n|$)\b(?! ?bud)",
            r"\b((daran|daren|dare|dareh) )?(be )?(dar|daro|darb|darbo|darvaze|darvazaro|darwaza|darwazaro)"
            r"( (ro|ra|o|re|ra))?( (daran|daren|dare|dareh))?( (mohkam|hey|modam|ba lagad|lagad|mosht))? "
            r"(mizanan|mizanand|mizanen|mizane|mizaneh|mizanad|mizana|mikoban|mikooban|mikubanand|mikoobanand|mikoobe|"
            r"mikube|mikoobeh|mishkanan|mishkanand|mishkane|mishkaneh|mishkanad|mishkonan|mishkone|mishkunan|"
            r"tak tak mikonan|tak tak mikonand|tak tak mikone|taq taq mikonan|tagh tagh mikonan|tagh tagh mikone)\b",
            r"\b(daran|daren|dare|dareh) (miyan|mian|miyand|miad|miyad|miayand|vared mishan|vared mishand|vared mishe) "
            r"(too|tu|tooye|tuye|dakhel|dakhele|inja)\b",
            r"\b(daran|daren|dare|dareh) (vared e|vared|too|tu|tooye|tuye|dakhele|dakhel e) (khoone|khune|khooneh|"
            r"khuneh|khone|khane|khaneh|khana|sakhteman|sakhtemoon|sakhtemun|apartman|hayat|havili|manzel)"
            r"(ye|am|emoon|emun|amoon|amun|mun|moon)?( (ma|man|moon|mun))? (mishan|mishand|mishe|misheh|mian|miyan|"
            r"miad|miyad)\b",
            r"\b(khoone|khune|khooneh|khuneh|khone|khane|khaneh|khana|sakhteman|sakhtemoon|sakhtemun|apartman|havili|"
            r"manzel)(ye|am|emoon|emun|amoon|amun|mun|moon)?( (ma|man|moon|mun))?( (ro|ra|o|re))?( (daran|daren))? "
            r"(mohasere|mohaasere|mohasereh|ehate) (mikonan|mikonand|mikone|mikoneh|karde and|kardeand|karde an|"
            r"kardean|kade and|kadean)\b",
            r"\b(alan|hamin alan) (khoone|khune|khooneh|khuneh|khone|khane|khaneh|khana|sakhteman|sakhtemoon|"
            r"sakhtemun|apartman|havili|manzel)(ye|am|emoon|emun|amoon|amun|mun|moon)?( (ma|man|moon|mun))?"
            r"( (ro|ra|o|re))? (mohasere|mohaasere|mohasereh|ehate) (kardan|kardand|kadan)\b",
            r"\b(dar|too|tu|tuye|tooye) mohasere(h)? (im|hastim|am|hastam)\b",
            # Someone will come for the person: "امشب میان سراغم", "دوباره می‌آیند دنبالم", "پیدام میکنن"
            # (never the past "اومدن سراغ برادرم", "می‌آمدند").
            r"\b(?:امشب|فردا شب|فردا|دوباره|باز ?هم|بازم|حتما|حتمن|اخرش)(?: (?:اونا|انها|او|اون|دوباره|حتما|هم|باز))? "
            + _FA_COME + r"\b",
            r"\b" + _FA_COME + r"(?: (?:دوباره|امشب|حتما|باز))? " + _FA_FOR_ME + r"\b",
            r"\b" + _FA_FOR_ME + r"(?: (?:دوباره|امشب|حتما|باز|اونا|انها))? " + _FA_COME + r"\b",
            r"\b(?:پیدام|پیدامون|منو پیدا|مرا پیدا|من را پیدا|ما را پیدا|مارو پیدا)(?: [^ ]+)? (?:می ?کنند|می ?کنن|"
            r"می ?کنه|می ?کند|خواهند کرد)\b",
            # A threat over speaking out: "اگه به پلیس بگم خانوادمو میکشن", "اگر حرف بزنم منو می‌کشند".
            r"\b(?:اگه|اگر|اگرچه|ایگه)(?: من| ما)?(?: [^ ]+){0,3} (?:حرف بزنم|حرف بزنیم|حرفی بزنم|صحبت کنم|صحبت کنیم|"
            r"بگم|بگویم|بگوییم|بگیم|گزارش بدم|گزارش بدهم|گزارش کنم|گزارش بدیم|شکایت کنم|شکایت بکنم|شکایت کنیم|"
            r"شهادت بدم|شهادت بدهم|لو بدم|لو بدهم|افشا کنم|برم پیش پلیس|برم پلیس|به پلیس برم|به پلیس بروم|"
            r"دهنم رو باز کنم|دهن باز کنم|زبان باز کنم)\b.{0,60}(?:(?:منو|مرا|من را|ما را|مارو|مارا|[^ ]+(?:مو|م را|"
            r"م رو|مان را|مونو))(?: [^ ]+)? (?:می ?کشند|می ?کشن|بکشند|بکشن|خواهند کشت)|می ?کشنم|می ?کشندم|بکشنم|"
            r"می ?کشنمون|کشته (?:می ?شم|می ?شوم|می ?شیم)|تهدید[^ ]*|(?:اذیت|اسیب|صدمه) (?:می ?کنن|می ?کنند|می ?زنن|"
            r"می ?زنند)|بلا[^ ]* سر[^ ]* (?:میارن|می ?اورند))",
            # Threatened now: "تهدیدم می‌کنند", "خانواده‌ام را تهدید می‌کنند" (never the past "تهدیدم کردند").
            r"\b(?:تهدید ?م|تهدید ?مان|تهدید ?مون|مرا تهدید|منو تهدید|من را تهدید|ما را تهدید|مارو تهدید|[^ ]+(?:مو|"
            r"م را|م رو|مان را|مونو) تهدید)(?: [^ ]+)? (?:می ?کنند|می ?کنن|می ?کنه|می ?کند)\b",
            r"\bتهدید(?: به مرگ| به قتل)? (?:می ?شم|می ?شوم|می ?شیم|می ?شویم)\b",
            # The phone or messages watched now: "گوشیمو چک میکنن", "پیام‌هایم را می‌خوانند", "گوشیم هک شده"
            # (never "می‌خواندند", "چک کردن").
            r"\b" + _FA_PHONE + r"(?: (?:الان|همش|هی|مدام|همیشه|دارن|دارند|داره|دارد|هر روز|هنوز|دائم|دایم)){0,2} "
            r"(?:(?:کنترل|چک|هک|شنود|ردیابی|تعقیب|بررسی|نگاه|زیر نظر|ردگیری|مانیتور|ترک|تفتیش|گوش|جاسوسی|"
            r"رصد)(?: [^ ]+)? ?(?:می ?کنند|می ?کنن|می ?کنه|می ?کند|می ?دهند|می ?دن|می ?ده|می ?شه|می ?شود)|می ?خوانند|"
            r"می ?خونن|می ?خونه|می ?خواند|می ?بینند|می ?بینن|می ?بینه|هک (?:کردن|کردند|کرده ?اند|کرده ان|کرده)|"
            r"هک شد(?:ه|ه است|ه ?اند)?|(?:زیر|تحت) (?:نظر|کنترل)(?: ?ه| است| هست)?)\b(?! ?ه? ?بود)" + _FA_NOT_THEN,
            # Finglish: "emshab mian soragham", "age harf bezanam khanevadamo mikoshan", "tahdidam mikonan",
            # "gooshimo check mikonan".
            r"\b(?:mian|miyan|miyand|miad|miyad|miayand|miand|barmigardan|bar migardan|barmigarde|"
            r"barmigardand)(?: \w+)? (?:soragham|soraghe man|soraghe ma|soraghemoon|soraghamoon|soraghemun|donbalam|"
            r"donbale man|donbalamoon|donbalemoon|inja|khoonam|khoonemoon|khoonamoon|khunamun|mano bebaran|"
            r"mano bebarand|mano begiran)\b",
            r"\b(?:emshab|emshb|farda|farda shab|dobare|dobareh|bazam|hatman)(?: (?:oona|una|unha|anha|oon|un|"
            r"dobare))? (?:mian|miyan|miad|miyad|miayand|barmigardan)\b",
            r"\b(?:soragham|donbalam|soraghemoon|soraghamoon)(?: \w+)? (?:mian|miyan|miad|miyad|miayand)\b",
            r"\b(?:peydam|peidam|paidam|peydamun|mano peyda|mano paida|mara peyda)(?: \w+)? (?:mikonan|mikonand|mikone|"
            r"mikoneh)\b",
            r"\b(?:age|agar|ager|ege)(?: man| ma)?(?: \w+){0,3} (?:harf bezanam|harf bezanim|begam|bgm|begim|"
            r"gozaresh bedam|shekayat konam|shahadat bedam|lo bedam|beram pish polis|beram polis|"
            r"be polis begam)\b.{0,60}\b(?:\w+(?:mo|moo|amo|am ro) (?:mikoshan|mikoshand|bekoshan)|mikoshanam|"
            r"mikoshandam|bekoshanam|tahdid\w*)\b",
            r"\b(?:tahdidam|tahdidemoon|tahdidamoon|tahdidemun|mano tahdid|mara tahdid|man ro tahdid|maro tahdid|"
            r"\w+(?:mo|moo) tahdid)(?: \w+)? (?:mikonan|mikonand|mikone|mikonad|mikoneh)\b",
            r"\b(?:gooshi|gushi|goshi|telefon|mobile|mobail|payam|massage|whatsapp|watsap|telegram|location|lokeshen|"
            r"ekant|chat)\w*(?: (?:man|ma))?(?: (?:ro|ra|o|re))?(?: \w+)? (?:(?:check|chek|kontrol|control|hack|hak|"
            r"shonood|shonud|radyabi|track|negah|goosh)(?: \w+)? (?:mikonan|mikonand|mikone|mikoneh|mikonad|kardan|"
            r"kardand|kardean|shode|mishe|midan|mide)|mikhoonan|mikhunan|mikhoonand|mikhoone|mikhune|mibinan|mibinand|"
            r"mibine)\b(?! ?bud)",
            # Coming now, come after me, found me, followed now: "الان میاد", "آمده‌اند دنبالم", "پیدام کرده‌اند",
            # "منو تعقیب می‌کنن", "امروز تهدیدم کردن".
            r"\b(?:الان|همین الان|الآن) (?:میاد|میان|می ?اید|می ?ایند|میرسه|میرسن|می ?رسد|می ?رسند)\b",
            r"\b(?:امده ?اند|اومده ?اند|اومده ?ان) (?:دنبال ?م|سراغ ?م|دنبال من|سراغ من|دنبال ?مون|سراغ ?مون)\b",
            r"\b(?:دنبال ?م|سراغ ?م|دنبال ?مون|سراغ ?مون) (?:امده ?اند|اومده ?اند|اومده ?ان)\b",
            r"\b(?:پیدام|پیدامون|منو پیدا|مرا پیدا) (?:کرده ?اند|کرده ?ان)\b",
            r"\b(?:منو|مرا|من را|ما را|مارو) (?:تعقیب|زیر نظر|ردیابی|جاسوسی)(?: [^ ]+)? (?:می ?کنند|می ?کنن|می ?کنه|"
            r"می ?کند)\b",
            r"\b(?:امروز|الان|امشب|دیروز) (?:تهدید ?م|تهدید ?مون|منو تهدید|مرا تهدید) (?:کردن|کردند|کرده ?اند)\b",
            r"\b(?:تهدید ?م|تهدید ?مون) (?:کردن|کردند|کرده ?اند) (?:امروز|الان|امشب|دیروز)\b",
            # Found, or known to be here, now: "پیدام کردن", "دوباره پیدامون کردن", "میدونن کجا زندگی میکنم",
            # "آدرسمو دارن", "یکی آدرسمو بهشون داده", "میدونن من اینجام" (never "وقتی پیدام کردن کتکم زدن", "تو
            # زیرزمین پیدامون کردن", "میدونستن کجا زندگی میکردیم").
            _FA_FOUND_START + _FA_FOUND + _FA_NOT_THEN,
            _FA_KNOW + _FA_WHERE_I + _FA_NOT_THEN,
            r"\b(?:ادرس|نشونی|نشانی|لوکیشن|مخفیگاه)(?: ?م| ?مو| ?مون| ?مونو| ?ام| ?مان| ?ی من| ?ی ما| من|"
            r" ما)(?: (?:رو|را|و))?(?: [^ ]+)? (?:دارن|دارند|داره|دارد|می ?دونن|می ?دانند|می ?دونه|بلدن|بلدند|بلده|"
            r"پیدا کردن|پیدا کردند|پیدا کرده ?اند|فهمیدن|فهمیدند|گیر اوردن|گیر اوردند|بدست اوردن|"
            r"به دست اوردند)\b(?! ?ه? ?بود)" + _FA_NOT_THEN,
            r"\b(?:خونه|خانه)(?: ?م| ?مو| ?مون| ?مونو| ?ام| ?مان| ?ی من| ?ی ما)(?: (?:رو|را|و))? (?:بلدن|بلدند|بلده|"
            r"پیدا کردن|پیدا کردند|پیدا کرده ?اند|فهمیدن|فهمیدند|می ?دونن|می ?دانند)\b(?! ?ه? ?بود)" + _FA_NOT_THEN,
            r"\b" + _FA_TO_THEM + r"(?: [^ ]+)? " + _FA_MY_ADDRESS + r" (?:داده|دادن|داد|دادند|داده ?اند|لو داده|"
            r"لو دادن)\b(?! ?ه? ?بود)",
            r"\b" + _FA_MY_ADDRESS + r"(?: [^ ]+)? " + _FA_TO_THEM + r" (?:داده|دادن|داد|دادند|داده ?اند|لو داده|"
            r"لو دادن)\b(?! ?ه? ?بود)",
            r"\bمدرسه(?: ?ی)? (?:بچه ?هام|بچه ?هامو|بچه ?هامون|بچه ?هایم|پسرم|دخترم|بچه ?های من|"
            r"بچه ?های ما)[^ ]*(?: (?:رو|را|و))? (?:بلدن|بلدند|بلده|می ?دونن|می ?دانند|می ?دونه|پیدا کردن|پیدا کردند|"
            r"فهمیدن|فهمیدند)\b",
            # Finglish: "peydam kardan", "dobare mano peyda kardan", "midoonan koja zendegi mikonam", "adresamo
            # daran", "behesh adresamo dade".
            r"(?:^|(?:^| )(?=[obuasdkivhf])(?<!vaghti )(?<!bad )(?<!badesh )(?<!age )(?:oona|una|unha|anha|oon|un|"
            r"shoharam|dobare|dobareh|baz|bazam|balakhare|alan|hamin alan|inja|injam|inja ham|fekr konam|komak|"
            r"khodaya|vay)(?: (?:dobare|baz|bazam|alan|inja|ham))* )(?:peydam|peidam|paidam|peydamoon|peydamun|"
            r"paidamun|mano peyda|mano paida|mano pyda|mara peyda|maro peyda|maroo peyda|maro paida) (?:kardan|"
            r"kardand|karde|kardeh|kardean|kard)\b(?! ?bud)(?! (?:va|o|vaghti|sale|tu|too|dar)\b)",
            r"\b" + _FA_KNOW_LATIN + r"(?: ke)? (?:man |ma )?(?:koja (?:\w+ )?(?:zendegi mikonam|zendegi mikonim|"
            r"zendgi mikonam|hastam|hastim|mimoonam|mimunam|mimoonim|mimunim|ghayem shodam|ghayem shodim|mikhabam)|"
            r"kojam|kojaim|kojaeem|injam|injaim|inja hastam|inja hastim|inja zendegi mikonam)\b",
            r"\b(?:adresamo|adresemo|addressamo|adresam ro|adresam o|adresemoon ro|adresamoono|adrese mano|"
            r"adrese man ro|adrese maro|adrese ma ro|locationamo|lokeshenamo)(?: \w+)? (?:daran|darand|midoonan|"
            r"midunan|baladan|peyda kardan|peyda kardand|fahmidan|fahmidand|gir avordan)\b(?! ?bud)",
            r"\b(?:khoonamo|khunamo|khoonemoono|khunamuno|khoonamoono)(?: \w+)? (?:midoonan|midunan|baladan|"
            r"peyda kardan|peyda kardand|fahmidan|fahmidand)\b(?! ?bud)",
            r"\b(?:behesh|beheshun|beheshoon|be oona|be una|be anha)(?: \w+)? (?:adresamo|adresemo|adresam ro|"
            r"adrese mano|adrese maro|locationamo) (?:dade|dadan|dad|dadand|dadeh)\b",
            r"\b(?:adresamo|adresemo|adresam ro|adrese mano|adrese maro|locationamo) (?:behesh|beheshun|beheshoon|"
            r"be oona|be una|be anha) (?:dade|dadan|dad|dadand|dadeh)\b",
            # A weapon here now: "چاقو داره", "یه چاقو دستشه", "اونا اسلحه دارن", "او مسلح است" (never "داشت",
            # "دستش بود").
            r"\b(?:چاقو|کارد|قمه|تفنگ|اسلحه|سلاح|کلت|تپانچه|هفت ?تیر|تفنگچه|کلاشینکف|کلاش|تبر|شمشیر|قداره)(?:ی)? "
            r"(?:داره|دارد|دارن|دارند|دستشه|دستش است|دستش هست|دستشونه|دستشان است|همراهشه|همراهش است|همراهش هست|"
            r"همراهشونه|همراهشان است|زیر لباسشه)\b(?! ?بود)" + _FA_NOT_THEN,
            r"\b(?:او|اون|اونا|انها|اونها|شوهرم|شوهر سابقم|همسرم|سربازها|سربازا|مامورها|مامورا|مردها|مردا|طالبان)"
            r"(?: الان| هم)? (?:مسلحه|مسلحن|مسلحند|مسلح است|مسلح هست|مسلح هستند|مسلح هستن|مسلح اند)\b(?! ?بود)",
            # Hurt now: "داره منو میزنه", "کتکم میزنن", "داره خفه‌ام می‌کنه"; just now: "همین الان منو زد", "امشب
            # دوباره کتکم زدن" (never "کتکم زد" alone, nor "کتکم می‌زدند").
            r"\b(?:منو|مرا|من را|مارو|ما را|ما رو|کتکم|کتکمون|کتکمان)(?: (?:داره|دارن|دارند|دارد|هی|مدام|همش))? "
            r"(?:می ?زنه|می ?زند|می ?زنن|می ?زنند|خفه می ?کنه|خفه می ?کنن|خفه می ?کند|کتک می ?زنه|کتک می ?زنن|"
            r"کتک می ?زنند)\b",
            r"\b(?:خفه ?ام|خفه ?م|خفه ?مون)(?: (?:داره|دارن|دارند|دارد))? (?:می ?کنه|می ?کنن|می ?کند|می ?کنند)\b",
            r"\b(?:همین الان|همین حالا|امشب|امروز|امروز صبح|چند دقیقه پیش|یه ساعت پیش|یک ساعت پیش|"
            r"نیم ساعت پیش)(?: (?!(?:وقتی|که|سال|بود|یادم)\b)[^ ]+){0,2} (?:منو|مرا|من را|مارو|ما را|ما رو|کتکم|"
            r"کتکمون|کتکمان)(?: [^ ]+)? (?:زد|زدن|زدند|زده|زده ?اند|خفه کرد|کتک زد|کتک زدن|کتک زدند)\b(?! ?ه? ?بود)",
            r"\b(?:منو|مرا|کتکم|کتکمون) (?:زد|زدن|زدند) (?:همین الان|همین حالا|امشب|امروز)\b",
            # Injured now, a life at stake: "دارم خونریزی می‌کنم", "خونریزی داره", "نفس نمی‌کشه", "بیهوشه", "تیر
            # خورده", "به شدت زخمی شده", "آمبولانس لازم داریم" (never "خونریزی داشت", "بیهوش بود", "تیر خورده بود",
            # "پدرم تو جنگ تیر خورده", "زخمی جنگ است", nor "نمی‌تونم نفس بکشم": I can't breathe, a panic, answered as
            # distress). One pattern, as in Arabic: at every word of a long account, many would cost more.
            r"\b(?=[\u0600-\u06ff])(?:"
            r"(?:(?:خونریزی|خون ریزی)(?: (?:شدید|شدیدی|داخلی|زیاد|زیادی|بدی))? (?:دارم|داره|دارد|دارن|دارند|داریم|"
            r"می ?کنم|می ?کنه|می ?کند|می ?کنن|می ?کنند|می ?کنیم)\b)"
            r"|(?:خون(?: (?:زیادی|زیاد|خیلی))? (?:میاد|می ?اید|میره|می ?رود|می ?ره)\b)"
            r"|(?:خون ?(?:ش|م|شون|مون) (?:بند نمیاد|بند نمی ?اید|قطع نمیشه|قطع نمی ?شه|قطع نمی ?شود|بند نمیشه)\b)"
            r"|(?:نفس (?:نمی ?کشه|نمی ?کشد|نمی ?کشن|نمی ?کشند)\b)"
            r"|(?:(?:نمی ?تونه|نمی ?تواند|نمی ?تونن|نمی ?توانند) نفس (?:بکشه|بکشد|بکشن|بکشند)\b)"
            r"|(?:نفس ?ش (?:بالا نمیاد|بالا نمی ?اید|قطع شده|بند اومده|بند امده)\b(?! ?ه? ?بود))"
            r"|(?:(?=بی ?هوش)" + _FA_NOT_AFTER_THEN + r"بی ?هوش(?:ه|ن|ند| است| هست| هستند| هستن| شده| شده ?است|"
            r" شده ?اند| افتاده)\b(?! ?ه? ?(?:بود|بودم|"
            r"بودیم|بودند|بودن)))"
            r"|(?:(?=از |به |هوش)" + _FA_NOT_AFTER_THEN + r"(?:از هوش رفته(?: ?است| ?اند)?|به هوش (?:نمیاد|نمی ?اید|"
            r"نمیان|نمی ?ایند)|هوشیار نیست)\b(?! ?ه? ?بود))"
            r"|(?:(?=تیر|گلوله|چاقو|کارد|ترکش)" + _FA_NOT_AFTER_THEN + r"(?:تیر|گلوله|چاقو|کارد|ترکش)(?: ?(?:ی|ای))? "
            r"(?:خورده|خورده ?است|خورده ?ام|خورده ?اند)\b"
            r"(?! ?ه? ?بود)" + _FA_NOT_THEN
            + r")"
            r"|(?:(?=به شدت|شدید|بدجور|خیلی بد|سخت)" + _FA_NOT_AFTER_THEN + r"(?:به شدت|شدیدا|بدجور|بدجوری|خیلی بد|"
            r"سخت|شدید) (?:زخمی|مجروح|اسیب دیده)(?:ه| است| هست| شده| شده ?است|"
            r" شده ?ام| شده ?اند| هستم| هستیم|م|یم)\b(?! ?ه? ?بود)" + _FA_NOT_THEN
            + r")"
            r"|(?:(?:یه |یک )?(?:امبولانس|اورژانس|دکتر فوری|دکتر فورا)(?: [^ ]+)? (?:لازم داریم|لازم دارم|لازم داره|"
            r"لازمه|لازم است|می ?خوایم|می ?خوام|می ?خواهیم|بفرستید|بفرستین|بفرست)\b)"
            r"|(?:(?:به )?(?:یه |یک )?(?:امبولانس|اورژانس) (?:احتیاج|نیاز) (?:داریم|دارم|داره|دارد|دارند)\b))",
            # Afraid for one's life now: "برای جانم می‌ترسم", "نگران جونم هستم", "جونم در خطره", "می‌ترسم منو
            # بکشن" (never "می‌ترسیدم").
            r"\b(?:جان|جون) ?(?:م|ام|مان|مون) (?:می ?ترسم|می ?ترسیم|نگرانم|نگرانیم|نگران هستم|نگران هستیم|در خطره|"
            r"در خطر است|در خطر هست|تو خطره)\b",
            r"\bنگران (?:جان|جون) ?(?:م|ام|مان|مون)(?: هستم| هستیم|م|یم)?\b(?! ?بود)",
            r"\b(?:می ?ترسم|می ?ترسیم)(?: که)?(?: (?:منو|مرا|من را|ما را|مارو))? (?:بکشن|بکشند|بکشه|بکشد|بکشنم|"
            r"بکشندم)\b",
            # Held, locked in, not let go now: "تو دستشویی زندانیم", "منو تو اتاق زندانی کرده", "در رو روم قفل
            # کرده", "گروگان هستیم", "نمی‌ذاره برم" (never "زندانی بودم", "زندانیم کردند", "نمیذاشتن بریم").
            r"\b(?:زندانیم|زندانی ام|زندانی هستم|زندانی هستیم|زندانی ایم|حبسم|حبس هستم|حبسیم|گروگانم|گروگان هستم|"
            r"گروگان هستیم|گروگانیم|اسیرم|اسیر هستم|اسیریم|گیر افتاده ?ام|گیر افتاده ?ایم|زندانی شده ?ام|"
            r"حبس شده ?ام|زندانی شده ?ایم)\b(?! ?(?:کرد|کردن|کردند|کرده|بود|بودم|بودیم))",
            r"\b(?:(?:زندانی|حبس|گروگان) ?(?:م|مون|مان)|(?:منو|مرا|من را|ما را|مارو|ما رو)(?: [^ ]+){0,3} "
            r"(?:زندانی|حبس|گروگان|قفل)) (?:کرده|کرده ?اند|کرده ?ان|گرفته ?اند|گرفته ?ان)\b(?! ?ه? ?بود)",
            r"\b(?:در|درو|در رو|درب|درب رو) (?:رو ?م|روی ?من|رو ?مون|روی ?ما|به رو ?م|به روی من|روی ?مان) قفل "
            r"(?:کرده|کرده ?اند|کرده ?ان)\b(?! ?ه? ?بود)",
            r"\b(?:نمی ?ذاره|نمی ?ذارن|نمی ?ذارند|نمی ?زاره|نمی ?زارن|نمی ?گذاره|نمی ?گذارد|نمی ?گذارند|"
            r"اجازه نمی ?ده|اجازه نمی ?دن|اجازه نمی ?دهد|اجازه نمی ?دهند)(?: [^ ]+){0,4} (?:برم|بریم|بروم|برویم|"
            r"بیرون|خارج|فرار کنم|فرار کنیم|خارج بشم|خارج شوم|خارج بشیم)\b",
            # Asking for the police: "به پلیس زنگ بزنید", "لطفا پلیس رو خبر کنید", at the start or after "please"
            # (never "کسی به پلیس زنگ نزد").
            r"(?:^(?:(?:لطفا|لطفن|خواهش می ?کنم|خواهشا|تورو خدا|تو رو خدا|ترو خدا|کمک|کمکم کنید|کمک کنید|زود|"
            r"سریع|فوری|فورا|زودباش|زود باشید) )*|\b(?:لطفا|لطفن|خواهش می ?کنم|خواهشا|تورو خدا|تو رو خدا|ترو خدا|"
            r"کمکم کنید|کمک کنید|زود|فورا|سریع) )(?:(?:به )?(?:پلیس|پولیس|۱۱۰|110|اورژانس|امبولانس|۱۱۵|115)"
            r"(?: رو| را| و)? (?:زنگ|تلفن) (?:بزنید|بزنین|بزن|کنید|کنین|کن)|(?:زنگ|تلفن) (?:بزنید|بزنین|بزن) "
            r"(?:به )?(?:پلیس|پولیس|۱۱۰|110|اورژانس|امبولانس)|(?:پلیس|پولیس|اورژانس|امبولانس)(?: رو| را| و)? خبر "
            r"(?:کنید|کنین|کن)|خبر (?:کنید|کنین|کن) (?:پلیس|پولیس|اورژانس))\b",
            # Waiting for me outside now: "دو تا مرد بیرون منتظرمن", "جلوی خونه منتظر من هستن" (never "بیرون
            # منتظرم": I am waiting outside; nor "منتظرم بودن").
            r"\b(?:بیرون|دم در|جلوی در|جلو در|پشت در|پایین|جلوی خونه|جلوی خانه|جلو خونه|دم خونه|سر کوچه|تو کوچه|"
            r"در کوچه|تو خیابون|توی خیابون|تو ماشین|توی ماشین|دم ساختمون|جلوی ساختمون|جلوی مدرسه)(?: [^ ]+){0,3} "
            r"(?:منتظر ?(?:م|مون|من|ما)(?:ن|ه|ند| هستند| هستن| هست| است| اند| ان)|منتظرمانند)\b",
            r"\b(?:منتظر ?(?:م|مون|من|ما)(?:ن|ه|ند| هستند| هستن| هست| است| اند| ان)|منتظرمانند)(?: [^ ]+){0,2} "
            r"(?:بیرون|دم در|جلوی در|پشت در|پایین|جلوی خونه|جلوی خانه|سر کوچه|تو کوچه|تو خیابون|تو ماشین)\b",
            # One of them seen just now or today: "همین الان دیدمش", "امروز یکی از سربازها رو تو خیابون دیدم"
            # (never "سال ۲۰۱۹ سر ایست بازرسی دیدمش", "امروز دکترم رو دیدم").
            r"\b(?:همین الان|همین حالا|امروز|امروز صبح|امروز عصر|امشب|چند دقیقه پیش|یه ساعت پیش|یک ساعت پیش|"
            r"نیم ساعت پیش)(?: (?!(?:وقتی|که|سال|یادم)\b)[^ ]+){0,5} (?:دیدمش|دیدمشون|دیدمشان|دیدیمش|دیدیمشون|"
            r"(?:یکی از (?:اونا|انها|اونها|سربازها|سربازا|سربازان|ماموران|مامورها|مامورا|نگهبانها|نگهبانا|طالبان|"
            r"طالبا|بازجوها)|یکیشون|اون مرد|همون مرد|اون مامور|همون مامور|اون افسر|همون افسر|اون سرباز|همون سرباز|"
            r"شوهر سابقم)(?: رو| را| و)?(?: [^ ]+){0,4} (?:دیدم|دیدیم))\b",
            r"\b(?:دیدمش|دیدمشون|دیدیمش)(?: [^ ]+){0,4} (?:همین الان|همین حالا|امروز|امروز صبح|امشب)\b",
            # One of them living near: "اون نزدیک خونه‌ام زندگی می‌کنه", "ماموری که شکنجه‌ام کرد نزدیک من زندگی
            # می‌کند" (never "خواهرم نزدیک من زندگی می‌کنه", "زندگی می‌کرد").
            r"\b(?:او|اون|اونا|انها|اونها|یکیشون|یکی از (?:اونا|انها|اونها)|شوهر سابقم|که(?: [^ ]+){0,2} (?:شکنجه|"
            r"کتک|تجاوز|زندانی|بازجویی|تهدید|دستگیر|اذیت|ازار)[^ ]*(?: [^ ]+)? (?:کرد|کردن|کردند|کرده|زد|زدن|زدند|"
            r"داد|دادن))(?: (?:الان|هم|حالا|هنوز|دقیقا)){0,2} (?:نزدیک|نزدیکی|کنار|بغل|دم|تو|توی|در) (?:من|ما|"
            r"خونه ?ا?م|خونه ?مون|خانه ?ا?م|خانه ?مان|محله ?ا?م|محله ?مون|محله ?ی ?ما|محله ما|کوچه ?مون|کوچه ?ی ?ما|"
            r"کوچه ما|خیابون ?مون|خیابون ما|ساختمون ?مون|ساختمون ما|ساختمان ما|ساختمان ?مان|همین محله|همین ساختمون|"
            r"همین ساختمان|همین کوچه|همین خیابون)(?: [^ ]+)? (?:زندگی می ?کنه|زندگی می ?کند|زندگی می ?کنن|"
            r"زندگی می ?کنند|ساکنه|ساکن است|ساکنن|ساکن هستند|ساکن هست|می ?شینه|می ?شینن|می ?مونه|می ?مونن)\b",
            # Finglish: "chaghoo dare", "dare mano mizane", "hamin alan mano zad", "vase joonam mitarsam",
            # "nemizare beram", "be police zang bezanid", "hamin alan didamesh", "oon nazdik man zendegi mikone".
            r"\b(?:chaghoo|chaghu|chaqu|chaqoo|ghame|qame|tofang|aslahe|aslaha|selah|kolt|tapanche|tabar)(?: \w+)? "
            r"(?:dare|dareh|daran|darand|dastesh e|dastesh|dasteshe|hamrahesh e|hamrahesh|hamrahe)\b(?! ?bud)",
            r"\b(?:mano|mara|maro|katakam|katakemoon)(?: (?:dare|daran|hey|modam))? (?:mizane|mizaneh|mizanan|"
            r"mizanand|khafe mikone|khafe mikonan)\b",
            r"\b(?:hamin alan|hamin hala|emshab|emrooz|emruz|chand daghighe pish|ye saat pish)(?: \w+){0,2} (?:mano|"
            r"mara|maro|katakam|katakemoon) (?:zad|zadan|zadand|zade)\b(?! ?bud)",
            # Finglish, injured now: "khoonrizi dare", "nafas nemikeshe", "bihooshe", "tir khorde", "ambulance lazem
            # darim" (never "khoonrizi dasht", "bihoosh bud"). One pattern, as above.
            r"\b(?:"
            r"(?:(?:khoonrizi|khunrizi|khoon rizi|khun rizi)(?: (?:shadid|dakheli|ziad|ziadi))? (?:daram|dare|dareh|"
            r"darim|daran|mikonam|mikone|mikoneh|mikonan)\b)"
            r"|(?:(?:khoon|khun) (?:miad|miyad|mire|mireh)\b)"
            r"|(?:nafas (?:nemikeshe|nemikesheh|nemikeshan|nemikeshad)\b)"
            r"|(?:(?:bihoosh|bihush|bi hoosh|bi hush)(?:e| e| ast| hast| shode| oftade)\b(?! ?bud))"
            r"|(?:(?:tir|golule|goloole|gulule|chaghoo|chaghu|chaqu|tarkesh) (?:khorde|khordeh)\b(?! ?bud))"
            r"|(?:(?:ambulance|ambulans|amboolans|orzhans|orjans) (?:lazem darim|lazem daram|lazeme|mikhaym|mikhaim|"
            r"mikhayim|befrestid|befrestin|befrest)\b))",
            r"\b(?:joonam|junam|janam|joonamoon|junamun) (?:mitarsam|mitarsim|negaranam|too khatare|tu khatare|"
            r"dar khatare)\b",
            r"\b(?:nemizare|nemizareh|nemizaran|nemizarand|nemigzare|nemigzaran|ejaze nemide|ejaze nemidan)"
            r"(?: \w+){0,3} (?:beram|berim|biroon|birun|farar konam|kharej sham)\b",
            r"\b(?:zendanim|zendani hastam|zendani hastim|habsam|geroganam|gerogan hastam|gerogan hastim|gir oftadeam|"
            r"gir oftade am)\b(?! ?(?:kard|kardan|bud|budam))",
            r"^(?:(?:lotfan|lotfn|toro khoda|komak|zood|please|plz) )*(?:(?:be )?(?:police|polis|110)(?: ro| ra| o)? "
            r"zang (?:bezanid|bezanin|bezan)|zang (?:bezanid|bezanin|bezan) (?:be )?(?:police|polis)|(?:police|polis)"
            r"(?: ro| ra| o)? khabar (?:konid|konin|kon))\b",
            r"\b(?:birun|biroon|dame dar|dam e dar|jeloye dar|jelo dar|jeloye khoone|sare kooche|too kooche|tu kooche|"
            r"too khiaboon|too mashin)(?: \w+){0,3} (?:montazer(?:am|em)(?:an|and|e)|montazere (?:man|ma)(?:an|and|e|"
            r" hastan| hastand))\b",
            r"\b(?:hamin alan|hamin hala|emrooz|emruz|emshab|chand daghighe pish|ye saat pish)(?: \w+){0,5} "
            r"(?:didamesh|didamash|didemesh|didimesh|didameshoon|didamashun)\b",
            r"\b(?:oon|un|oona|una|unha|yekishoon|yeki az oona)(?: (?:alan|ham|hala|hanooz))? (?:nazdik|nazdike|"
            r"kenar|kenare|baghal|baghale|too|tu|tooye) (?:man|ma|khoonam|khunam|khoonamoon|khunamun|mahallamun|"
            r"mahallemoon|koochamoon|kuchamun|sakhtemoonemoon|sakhtemunemun)(?: \w+)? (?:zendegi mikone|"
            r"zendegi mikonan|zendegi mikonand|sakene|sakenan)\b",
        ),
        not_danger=(
            r"اینجا (در|تو) (انگلیس|بریتانیا|لندن|این کشور)",
        ),
        spellings=("خودکشی",),
    ),
    "fr": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "à quoi bon vivre", "ce serait mieux si j'étais morte", "personne ne
            # me regretterait".
            r"\ba quoi bon (vivre|continuer a vivre|rester en vie)\b",
            r"\b(mieux|preferable) (si j etais|que je sois|d etre) (mort|morte)\b",
            r"\b(ferais|ferait) mieux d etre (mort|morte)\b",
            r"\bpersonne ne (me regretterait|me regrettera|remarquerait si je (mourais|disparaissais))\b",
            r"\bquel (est le )?sens (de|a) vivre\b",
            r"\b(veux|voudrais|veut|envie de|aimerais|vais|souhaite|pense a|penser a|prefererais) (mourir|me tuer|"
            r"me suicider|en finir|mettre fin a (mes jours|ma vie)|disparaitre pour toujours)\b",
            r"\bme (suicider|suicide|faire du mal|mutiler|scarifier|blesser moi meme)\b",
            r"\bsuicid(e|es|aire|aires)\b",
            r"\b(ne )?(veux|peux) plus vivre\b",
            r"\b(plus|aucune|pas) (d ?)?(envie|raison) de vivre\b",
            r"\bmarre de (la vie|vivre)\b",
            r"\bmettre fin a (mes jours|ma vie)\b",
            r"\ben finir avec (la vie|tout)\b",
            r"\bme fais du mal\b",
            r"\bje me (coupe|scarifie|mutile)\b",
            r"\b(sert a rien|aucun sens) de vivre\b",
            r"\b(aimerais|voudrais|prefererais|souhaite) etre mort(e)?\b",
            r"\bmieux sans moi\b",
            r"\b(veux|voudrais) (pas|plus|jamais) me reveiller\b",
            r"\benvie d ?(en finir|mourir)\b",
            # Never waking up: "je veux dormir et ne jamais me réveiller", "j'aimerais ne plus me réveiller".
            r"\b(dormir|m endormir|endormir)( pour toujours| pour de bon)? et (ne )?(plus jamais|jamais plus|jamais|"
            r"plus|pas) (me )?reveiller\b",
            r"\b(veux|voudrais|aimerais|prefererais|souhaite|envie de) (ne )?(plus jamais|jamais plus|jamais|plus|pas) "
            r"me reveiller\b",
            r"\b(veux|voudrais|aimerais|prefererais|envie de) (dormir|m endormir) pour toujours\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "il frappe ma mère", "ils viennent d'emmener mon fils" (never "il
            # a frappé", "ils frappaient").
            r"\b(?<!a )(?<!ont )(il|elle|ils|elles|on)( est| sont)?( en train de)? (frappe|frappent|frapper|bat|battent|"
            r"battre|tabasse|tabassent|tabasser|viole|violer|etrangle|etranglent|etrangler|torture|torturent|"
            r"torturer) (ma|mon|mes|notre|nos|les enfants|le bebe)\b",
            r"\b(viennent|vient) d (emmener|arreter|enlever|prendre|kidnapper|embarquer|tirer sur|frapper) (ma|mon|mes|"
            r"notre|nos)\b",
            # Houses searched and people taken around them now: "ils fouillent les maisons de notre rue", "ils font du
            # porte à porte", "ils arrêtent des gens dans le quartier" (never "ils ont fouillé").
            r"\b(fouillent|perquisitionnent|ratissent|arretent|raflent|embarquent|emmenent) (les |des |toutes les |"
            r"tous les |nos )?(maisons|appartements|immeubles|logements|tentes|gens|hommes|jeunes|garcons|voisins|"
            r"quartier|rue)\b",
            r"\b(font|fait) du porte a porte\b",
            # Armed men in the street or the area now: "les soldats sont dans la rue maintenant", "la milice est dans
            # notre quartier", "il y a des soldats dans la rue" (never "étaient", "il y avait").
            r"\b(les |la |le |l |des )?" + _FR_ARMED + r" (sont|est)( encore| deja| maintenant| en ce moment| partout|"
            r" de retour| la| ici){0,2} " + _FR_AROUND + r"\b",
            r"\bil y a (des |les |plein de |beaucoup de |encore des )?" + _FR_ARMED + r"( \w+){0,2} " + _FR_AROUND
            + r"\b",
            r"\b(ils|elles) sont( encore| deja| la| de retour){0,2} " + _FR_AROUND + r"( \w+){0,2} (maintenant|"
            r"en ce moment|ce soir|cette nuit)\b",
            # Afraid they will find out about this conversation: "j'ai peur qu'ils découvrent que je vous parle", "et
            # s'ils apprennent que j'ai parlé" (never "ils ont découvert", "j'avais peur").
            r"\b(?<!avais )(?<!avait )(?<!avions )(?<!eu )(peur|crains|craignons|et si|si jamais) "
            r"(qu ils|qu il|qu elle|qu on|"
            r"que quelqu ?un|ils|il|elle|on|s ils|s il)? ?(decouvre|decouvrent|apprenne|apprennent|sache|sachent|sait|"
            r"savent|voie|voient|voit|lise|lisent|lit|trouve|trouvent|comprenne|comprennent)( (que|ce|ca|cela|ceci|"
            r"cette|ou|qui|tout|me|nous)\b|$)",
            r"\b(et |mais )?(s ils|s il|si elle|si on|si quelqu ?un) (decouvre|decouvrent|apprend|apprennent|sait|"
            r"savent|voit|voient|lit|lisent) (que (je|j|nous|on)|ce que|ca|cela|ceci|cette conversation|ce message)\b",
            # Hiding now: "je me cache", "on se cache", "nous nous cachons" (never "je me cachais", "nous nous sommes
            # cachés").
            r"\b(je me cache|on se cache|nous nous cachons|je suis cachee?|(?<!nous )nous sommes cachee?s)\b",
            *_FR_UNDER_FIRE,
            r"\b(il|elle|ils|elles|quelqu ?un) (est|sont|arrive|arrivent|vient|viennent) "
            r"(ici|dehors|a la porte|devant la porte|derriere la porte|a cote|dans la (piece|chambre) d ?a cote)\b",
            r"\b(il|elle|ils|elles) (est|sont) la( maintenant| en ce moment| a cote| dans la (piece|chambre|maison)|"
            r" devant| derriere)?$",
            r"\b(il|elle|ils|elles) (est|sont) la (maintenant|en ce moment|a cote|dans la (piece|chambre|maison)|"
            r"devant|derriere)\b",
            r"\b(on|ils|il|elle|elles|quelqu ?un) me (surveille|surveillent|suit|suivent|regarde|regardent|observe|"
            r"observent|traque|traquent|cherche|cherchent)\b",
            r"\bje suis en danger\b",
            r"\b(je ne suis pas|je suis pas|pas) en securite\b",
            r"\b(va|vont|veut|veulent) me tuer\b",
            r"\bquelqu ?un (arrive|vient)\b",
            r"\b(il|elle|ils|elles) (arrive|arrivent|vient|viennent)$",
            # Someone at, outside, in front of, behind, under, around or inside the door, house, flat or building
            # NOW: a present verb ("ils sont devant ma porte", "des hommes attendent en bas de chez moi"), "il y a",
            # "je les vois / j'entends", or a verbless "des soldats devant ma porte" at the start or with
            # "maintenant". "Ils étaient devant la maison", "il y avait des soldats dehors" (accounts) stay quiet.
            r"\b((il|elle|ils|elles|y|i|quelqu ?un|qqn|(des|les|deux|trois|quatre|plusieurs|un|ces|quelques|d autres) "
            r"(hommes?|soldats?|gens|militaires?|policiers?|miliciens?|types?|mecs?|inconnus?|personnes?|individus?|"
            r"gars|agents?|gardes?)( armes| armees| cagoules| masques| en uniforme| en civil| inconnus)?|la police|"
            r"l armee|la milice|mon ex( mari| compagnon)?)( me| nous)? (est|sont|st|"
            r"se trouve|se trouvent|attend|attendent|rode|rodent|traine|trainent|se cache|se cachent|"
            r"guette|guettent|arrive|arrivent|campe|campent|surveille|surveillent|tourne|tournent|passe|passent)"
            r"( deja| encore| toujours| maintenant| juste| la| ici| en ce moment| tous)?( la| juste| tout)?"
            r"|(il y a|il ya|y a|ya) (encore |toujours |maintenant )?(quelqu ?un|qqn|du monde|des (hommes|soldats|gens|"
            r"militaires|policiers|miliciens|types|mecs|inconnus|personnes|individus|agents)|(un|deux|trois|quatre|"
            r"plusieurs) (hommes?|soldats?|militaires?|policiers?|types?|mecs?|inconnus?|personnes?|individus?|"
            r"agents?)|la police|l armee|la milice)( armes| cagoules| masques| en uniforme| en civil)?( qui (attend|"
            r"attendent|est|sont|rode|rodent|traine|trainent|"
            r"guette|guettent|se cache|se cachent))?"
            r"|(j|je les|je l|je le|je la) (entends|vois|apercois)( quelqu ?un| qqn| des (hommes|soldats|gens|"
            r"militaires|policiers|types|mecs|inconnus|pas|voix|coups|bruits)| du bruit| du monde)?"
            r"|(^|(?=(quelqu|qqn|des|les|deux|trois|plusieurs) )(?=.{0,80}\b(maintenant|en ce moment|actuellement|"
            r"a l instant)\b))(quelqu ?un|qqn|(des|les|deux|"
            r"trois|plusieurs) (hommes|soldats|militaires|policiers|miliciens|types|mecs|inconnus)( armes| cagoules|"
            r" masques| en uniforme)?)) "
            r"(dehors|a l exterieur|a l interieur|en bas|a (la|ma|notre) (porte|fenetre|portail)|au portail|a l entree|"
            r"sur (le|mon|notre) palier|"
            r"dans (l|mon|notre) (escalier|couloir|hall|entree|immeuble|appartement|appart|batiment|jardin)|"
            r"dans la cage d escalier|dans (ma|la|notre) (maison|chambre|cour|residence)|chez (moi|nous)|"
            r"(juste |tout )?(devant|derriere|sous|contre|pres de|autour de|en face de|a cote de|au pied de|en bas de|"
            r"a l exterieur de|a l interieur de|a l entree de|a la porte de|le long de) (chez (moi|nous)|"
            r"(ma|la|notre|mon|le|l|mes|"
            r"nos|les|cette|cet) (porte|portes|maison|appartement|appart|immeuble|batiment|fenetre|fenetres|portail|"
            r"entree|domicile|logement|jardin|cour|residence|chambre|tente|abri|bloc|hlm|volets?)))\b",
            # Knocking on, breaking, forcing the door now; coming in; surrounding or searching the house now.
            # The subject stands right before the present verb, so "ils ont frappé à la porte" stays quiet.
            r"\b(il|elle|ils|elles|on|y|i|ca|qui|quelqu ?un|qqn|(des|les|deux|trois|plusieurs|ces) "
            r"(hommes|soldats|gens|"
            r"militaires|policiers|miliciens|types|mecs|inconnus)|la police|l armee|(j|je les|je l) entends"
            r"( quelqu ?un| qqn)?)( me| nous)?( (est|sont) en train|( (est|sont))? (deja|encore|toujours)|"
            r" essaie| essaye|"
            r" essaient| essayent| tente| tentent| continue| continuent| commence a| commencent a| cherche a|"
            r" cherchent a| veut| veulent| va| vont)?( (de|d))? "
            r"((frappe|frappent|frapper|tape|tapent|taper|cogne|cognent|cogner|tambourine|tambourinent|tambouriner|"
            r"martele|martelent|marteler|toque|toquent|toquer|sonne|sonnent|sonner)( fort| tres fort| encore|"
            r" sans arret)? (a|sur|contre) (la|ma|notre|mes|nos|les) (porte|portes|fenetre|fenetres|vitre|vitres|"
            r"volet|volets|portail)"
            r"|(defonce|defoncent|defoncer|enfonce|enfoncent|enfoncer|force|forcent|forcer|casse|cassent|casser|"
            r"brise|brisent|briser|fracasse|fracassent|fracasser|secoue|secouent|secouer|crochete|crochetent|"
            r"crocheter|ouvrir) (la|ma|notre|les|mes|nos) (porte|portes|fenetre|fenetres|vitre|vitres|serrure|"
            r"portail|volets?)"
            r"|(entre|entrent|entrer|rentre|rentrent|rentrer|penetre|penetrent|penetrer|s introduit|s introduisent|"
            r"s introduire|fait irruption|font irruption|faire irruption|monte|montent|monter|debarque|debarquent|"
            r"debarquer) (chez (moi|nous)|dans (ma|la|notre|mon|l|le) (maison|appartement|appart|immeuble|batiment|"
            r"chambre|cour|jardin|escalier|couloir|hall|entree)|par (la|les) (porte|fenetre|fenetres)|(l|les) "
            r"(escalier|escaliers))"
            r"|(encercle|encerclent|encercler|entoure|entourent|entourer|cerne|cernent|cerner|fouille|fouillent|"
            r"fouiller|surveille|surveillent|surveiller|assiege|assiegent|assieger) (la|ma|notre|mon|l|le|les|nos|mes) "
            r"(maison|appartement|appart|immeuble|batiment|porte|rue|quartier|residence|bloc|cour|sortie|entree))\b",
            r"\b(essaie|essaye|essaient|essayent|tente|tentent|cherche a|cherchent a|veut|veulent|vont|va|"
            r"(est|sont) en train) (d |de )?(entrer|rentrer)( de force| par la force| maintenant| chez (moi|nous))?$",
            r"\b(ils|il|elle|elles|quelqu ?un) (entre|entrent|rentre|rentrent)( maintenant| la)?$",
            # The place first: "devant chez moi il y a des hommes", "dehors y a des soldats".
            r"\b(dehors|devant (chez (moi|nous)|(ma|la|notre|mon|l) (porte|maison|immeuble|fenetre|appartement|"
            r"appart))|"
            r"en bas( de chez (moi|nous)| de (mon|l) immeuble)?|a la porte|derriere (la|ma) porte|sous (ma|la) fenetre)"
            r" (il y a|il ya|y a|ya) (encore |toujours )?(quelqu ?un|qqn|du monde|des gens|"
            r"(des|un|deux|trois|plusieurs) "
            r"(hommes?|soldats?|militaires?|policiers?|miliciens?|types?|mecs?|inconnus?|personnes?|individus?|"
            r"agents?))\b",
            r"\b(la|ma|notre|l|mon|le) (maison|immeuble|batiment|appartement|appart|quartier|rue|residence) est "
            r"(encerclee?|cernee?|assiegee?|entouree? (par|de) (des |les )?(soldats|hommes|militaires|policiers|"
            r"miliciens))\b",
            r"\b(on est|nous sommes|je suis|on se retrouve) (deja )?(encercles?|encerclees?|cernes?|cernees?|"
            r"assieges?|assiegees?)\b",
            r"\bme (suit|suivent|poursuit|poursuivent) (jusqu|jusque|dans (l|mon|notre|ma|la) (immeuble|batiment|"
            r"escalier|couloir|hall|rue|maison)|vers (chez|ma|mon|l))",
            # Someone will come for the person: "ils vont revenir ce soir", "il va venir me chercher", "ils viendront
            # cette nuit" (never "ils sont venus", "ils reviendraient").
            r"\b" + _FR_WHO + r" (?:vont|va)(?: (?:encore|bientot|surement|forcement|sans doute|certainement|tous))? "
            r"(?:(?:venir|revenir|repasser|debarquer|rappliquer)(?: (?:ce soir|cette nuit|la nuit|demain|bientot|"
            r"encore|a nouveau|de nouveau|pour moi|pour nous|chez moi|chez nous|ici|me chercher|nous chercher|"
            r"me prendre|nous prendre|m emmener|nous emmener|me tuer|nous tuer|m enlever|m arreter)\b|$)|(?:me|"
            r"nous) (?:chercher|trouver|retrouver|prendre|emmener|recuperer|enlever|kidnapper)\b)",
            r"\b" + _FR_WHO + r" (?:viendront|viendra|reviendront|reviendra|repasseront|repassera|debarqueront|"
            r"debarquera)(?: (?:encore|bientot|surement|forcement))?(?: (?:ce soir|cette nuit|la nuit|demain|bientot|"
            r"encore|a nouveau|de nouveau|pour moi|pour nous|chez moi|chez nous|ici|me chercher|nous chercher|"
            r"me prendre|me tuer|m arreter)\b|$)",
            r"\b(?:ils|il|elle|elles|on) (?:me|nous) (?:trouveront|trouvera|retrouveront|retrouvera|auront|aura)\b",
            r"\b(?:ils|il|elle|elles|quelqu ?un|qqn) (?:viennent|vient) (?:me chercher|nous chercher|ce soir|"
            r"cette nuit|pour moi|pour nous)\b",
            # A threat over speaking out: "si je parle ils vont tuer ma famille", "ils m'ont menacé de mort si je
            # témoigne" (never "si je parlais", nor "si je parle de la mort de mon frère").
            _FR_IF_I + r".{0,60}" + _FR_HARM,
            r"\b" + _FR_HARM + r".{0,60}" + _FR_IF_I,
            # Threatened now: "ils me menacent", "il menace ma famille", "je reçois des menaces", "je suis menacée"
            # (never "ils m'ont menacé").
            r"\b" + _FR_WHO + r" (?:me|m|nous) (?:menace|menacent)\b",
            r"\b" + _FR_WHO + r" (?:menace|menacent) (?:ma|mon|mes|nos|notre|de (?:me|nous|tuer|mort|s en prendre|"
            r"faire|m enlever))\b",
            r"\b(?:on|ils|il|elle|elles) (?:me|nous) (?:fait|font|envoie|envoient) des menaces\b",
            r"\b(?:je recois|je continue de recevoir|je continue a recevoir|nous recevons|on recoit)(?: encore|"
            r" toujours)? des menaces\b",
            r"\b(?:continue|continuent) (?:a|de) (?:me|nous) menacer\b",
            r"\b(?:je suis|on est|nous sommes|ma famille est)(?: encore| toujours| constamment)? menace(?:e|s|es)?\b",
            # The phone or messages watched now: "ils lisent mes messages", "mon mari fouille mon portable", "mon tel
            # est sur écoute", "quelqu'un a piraté mon téléphone" (never "ils lisaient", "ils ont fouillé").
            r"\b" + _FR_WHO + r"(?: (?:me|nous))?(?: (?:est|sont) en train de| (?:continue|continuent) (?:a|de)|"
            r" (?:peut|peuvent)| (?:doit|doivent)| encore| toujours| aussi)? (?:(?:a|ont) (?:pirate|hacke|acces a)|"
            r"surveille|surveillent|surveiller|lit|lisent|lire|regarde|regardent|regarder|fouille|fouillent|fouiller|"
            r"controle|controlent|controler|verifie|verifient|verifier|check|checke|checkent|espionne|espionnent|"
            r"espionner|ecoute|ecoutent|ecouter|suit|suivent|suivre|traque|traquent|traquer|piste|pistent|pister|"
            r"localise|localisent|localiser|pirate|piratent|pirater|hacke|hackent|hacker|epluche|epluchent|consulte|"
            r"consultent|intercepte|interceptent|intercepter|voit|voient|voir|acces a)(?: tous| toutes| tout)? "
            + _FR_MY_PHONE + r"\b" + _FR_NOT_THEN,
            r"\b" + _FR_MY_PHONE + r" (?:est|sont|a ete|ont ete)(?: encore| toujours)? (?:pirate|piratee|pirates|"
            r"piratees|surveille|surveillee|surveilles|surveillees|sur ecoute|espionne|espionnee|hacke|hackee|controle|"
            r"controlee|trace|localise|intercepte|interceptes|lus|lu)\b" + _FR_NOT_THEN,
            r"\b(?:je suis|on est|nous sommes)(?: encore| toujours| constamment)? (?:sur ecoute|surveille(?:e|s|es)?|"
            r"espionne(?:e|s|es)?|piste(?:e|s|es)?|traque(?:e|s|es)?|localise(?:e|s|es)?)\b",
            # Spied on, followed, threatened just now: "on m'espionne", "je suis suivie", "ils m'ont menacé ce matin".
            r"\b(?:on|ils|il|elle|elles|quelqu ?un|qqn) (?:me|m|nous) (?:espionne|espionnent|ecoute|ecoutent|piste|"
            r"pistent|localise|localisent)\b",
            r"\b(?:je suis|on est|nous sommes) suivi(?:e|s|es)?$",
            r"\b(?:on|ils|il|elle|elles|quelqu ?un) (?:m|nous) (?:a|ont) menace(?:e|s|es)?(?: de mort)? (?:aujourd hui|"
            r"ce matin|ce soir|tout a l heure|hier)\b",
            r"\bon (?:surveille|lit|fouille|controle|espionne|ecoute|pirate|regarde|verifie|check) " + _FR_MY_PHONE
            + r"\b",
            # Found, or known to be here, now: "ils m'ont retrouvée", "il nous a encore trouvés", "il sait où
            # j'habite", "ils savent que je suis ici", "ils ont mon adresse", "quelqu'un leur a donné mon adresse"
            # (never "quand ils m'ont trouvé", "ils nous ont trouvés dans la forêt", "ils savaient où on habitait").
            r"\b(?=" + _FR_FINDER + r" (?:m|me|nous) (?:a|ont) )" + _FR_NOT_WHEN + _FR_FINDER
            + r" (?:m|me|nous) (?:a|ont)(?: (?:encore|deja|enfin|finalement|de nouveau|meme|aussi))? (?:retrouve|"
            r"trouve|localise|repere|piste|trace|traque|debusque)(?:e|s|es)?\b(?: " + _FR_FOUND_NOW + r"\b|"
            + _FR_FOUND_NEXT + ")" + _FR_NOT_THEN,
            r"\b" + _FR_FINDER + r" (?:me|nous) (?:retrouvent|retrouve|trouvent|trouve) (?:toujours|partout|"
            r"a chaque fois|encore|meme ici)\b",
            r"\b" + _FR_FINDER + _FR_KNOW + r" (?:ou|dans quel (?:quartier|hotel|foyer|immeuble)) (?:j habite|je vis|"
            r"je suis|je loge|je dors|je travaille|je me cache|je reste|je me trouve|je demeure|on habite|on vit|"
            r"on est|on loge|on se cache|nous habitons|nous vivons|nous sommes|nous logeons|nous nous cachons|(?:mes|"
            r"nos) (?:enfants|gosses|fils|filles|petits) (?:vont|sont|habitent|vivent|dorment|etudient)|(?:mon|ma|"
            r"notre) (?:fils|fille|famille|mere|femme|mari) (?:va|est|habite|vit))\b(?! (?:nee?s?|alle|allee|alles|"
            r"passe|passee|venu|venue|venus)\b)" + _FR_NOT_THEN,
            r"\b" + _FR_FINDER + _FR_KNOW + r" que (?:je suis|j suis|on est|nous sommes|je vis|j habite|je reste|"
            r"je loge|je me cache)(?: de nouveau| maintenant)? (?:ici|de retour|dans (?:cette|la meme) ville|"
            r"dans ce (?:foyer|centre|hotel|quartier)|en ville)\b",
            r"\b" + _FR_FINDER + _FR_KNOW + r" (?:dans )?(?:quelle (?:ecole|creche)|quel (?:college|lycee)) (?:vont|"
            r"va|sont|est) (?:mes|nos|mon|ma) (?:enfants|gosses|fils|fille|filles|petits)\b",
            r"\b" + _FR_FINDER + r"(?: (?:deja|maintenant|aussi|meme))* (?:a|ont|connait|connaissent|a trouve|"
            r"ont trouve|a eu|ont eu|a obtenu|ont obtenu|a recupere|ont recupere|a retrouve|ont retrouve)(?: (?:deja|"
            r"maintenant|aussi))? (?:mon|notre|ma) (?:nouvelle )?(?:adresse|adresse perso|localisation|"
            r"position)\b" + _FR_NOT_THEN,
            r"\b(?:leur|lui) (?:a|ont) (?:donne|file|transmis|envoye|communique|vendu|passe|refile|balance|"
            r"montre) (?:mon|notre|ma) (?:nouvelle )?(?:adresse|localisation|position)\b" + _FR_NOT_THEN,
            r"\b(?:mon|notre|ma) (?:nouvelle )?adresse (?:a fuite|a ete divulguee|a ete donnee|a ete transmise|"
            r"a ete vendue|circule|est connue|leur a ete donnee)\b" + _FR_NOT_THEN,
            # Here and now, French. A weapon here now: "il a un couteau", "mon mari a un pistolet", "ils sont armés",
            # "il sort un couteau" (never "il avait un couteau", "les soldats avaient des fusils").
            r"\b(il|elle|ils|elles|quelqu ?un|qqn|l un d (eux|entre eux)|(les|des|deux|trois|ces) (hommes|soldats|"
            r"types|mecs|gardes|miliciens|policiers)|mon (mari|ex|copain|compagnon|conjoint|pere|frere|beau pere|"
            r"oncle|voisin)|ma (femme|mere))( a| ont)( encore| toujours| deja| aussi)?( un| une| des| deux| son| sa| ses|"
            r" leur| leurs)? (couteau|couteaux|arme|armes|pistolet|pistolets|revolver|flingue|flingues|fusil|fusils|"
            r"kalachnikov|kalach|machette|machettes|hache|poignard|cutter|arme a feu|armes a feu)\b" + _FR_NOT_THEN,
            r"\b(il|elle|ils|elles|quelqu ?un|qqn|mon (mari|ex|copain|compagnon|conjoint|pere|frere))( est| sont)"
            r"( encore| toujours| deja| lourdement)? (arme|armee|armes|armees)\b",
            r"\b(sort|sortent|brandit|brandissent|pointe|pointent|vient de sortir|viennent de sortir) (un|une|des|son|"
            r"sa|ses|leur|leurs) (couteau|couteaux|arme|armes|pistolet|pistolets|revolver|flingue|fusil|fusils|"
            r"machette|hache|poignard|cutter)\b",
            # Hurt just now, or being hurt now: "il vient de me frapper", "il est en train de me frapper", "mon mari me
            # bat", "ils m'ont encore frappée ce soir" (never "il m'a frappée", "il me frappait").
            r"\b(vient|viennent) de (me|m|nous) (frapper|battre|taper|cogner|gifler|etrangler|poignarder|violer|"
            r"agresser|attaquer|tabasser|blesser|brutaliser|pousser|etouffer|menacer|donner (un|des) coups?)\b",
            r"\b(il|elle|ils|elles|on|quelqu ?un|qqn|mon (mari|ex|copain|compagnon|conjoint|pere|frere|beau pere|oncle)|"
            r"ma (femme|mere|belle mere)|(les|des|ces) (soldats|gardes|hommes|policiers|types|mecs))( (est|sont) en "
            r"train de| (continue|continuent) (a|de)| (recommence|recommencent) a)? (me|m|nous) (frappe|frappent|"
            r"frapper|bat|battent|battre|tape|tapent|taper|cogne|cognent|cogner|gifle|giflent|gifler|etrangle|"
            r"etranglent|etrangler|tabasse|tabassent|tabasser|agresse|agressent|agresser|viole|violent|violer|"
            r"brutalise|brutalisent|brutaliser|etouffe|etouffent|etouffer|poignarde|poignardent|poignarder)\b"
            r"(?! (sur les nerfs|aux echecs|aux cartes|au jeu|a plate couture)\b)",
            r"\b(m|me|nous) (a|ont)( encore| de nouveau| a nouveau)? (frappe|battu|tape|cogne|gifle|etrangle|poignarde|"
            r"viole|agresse|attaque|tabasse|blesse|brutalise|pousse)(e|s|es)?( encore| de nouveau| a nouveau)? (ce soir|"
            r"cette nuit|ce matin|cet apres midi|aujourd hui|tout a l heure|a l instant|il y a (une|deux|trois|quelques|"
            r"dix|vingt) (minutes?|heures?))\b(?! la\b)" + _FR_NOT_THEN,
            # Injured now, a life at stake: "je saigne", "mon fils ne respire plus", "elle est inconsciente", "il est
            # blessé par balle", "je suis gravement blessée", "on a besoin d'une ambulance" (never "je saignais", "j'ai
            # saigné", "il a été blessé en 2015", "mon père est blessé de guerre", "on avait besoin d'une ambulance",
            # nor "j'arrive plus à respirer": a panic, answered as distress). One pattern: cheaper to read than seven.
            r"\b(?:"
            r"(?:(je|j|on|il|elle|ils|elles|ca|(mon|ma|mes|notre|nos) (?!(a|ont|ne|n|qui|avait|avaient)\b)\w+)"
            r"( encore| toujours| beaucoup)? (saigne|saignent|saignons|seigne|seignent|(perd|perds|perdent|perdons) "
            r"(beaucoup de|du|trop de|enormement de) sang|pisse le sang)\b)"
            r"|(?:(je suis|j suis|jsuis|jsui|je sui|chui|chuis|on est|nous sommes|il est|elle est|ils sont|elles sont|"
            r"(mon|ma|mes|notre|nos) (?!(a|ont|ne|n|qui|avait|avaient)\b)\w+( \w+)? (est|sont))( encore| toujours| "
            r"deja| tout)? (en sang|couvert de sang|couverte de sang|couverts de sang|couvertes de sang|inconscient|"
            r"inconsciente|inconscients|inconscientes|sans connaissance|evanoui|evanouie|evanouis|evanouies|"
            r"(gravement|grievement|serieusement|salement|mortellement) (blesse|blessee|blesses|blessees|touche|"
            r"touchee)|(blesse|blessee|blesses|blessees|touche|touchee) (par balle|par balles|par une balle|par des "
            r"balles|au couteau|a l arme blanche|par arme a feu|grave|gravement|grievement)|poignarde|poignardee|"
            r"poignardes|poignardees)\b" + _FR_NOT_THEN
            + r")"
            r"|(?:(il|elle|ils|elles|on|(mon|ma|mes|notre|nos) \w+|le bebe|le petit|la petite|l enfant)( ne| n)? "
            r"(respire|respirent) (plus|pas|presque plus|presque pas|a peine)\b)"
            r"|(?:(il|elle|ils|elles|(mon|ma|mes|notre|nos) \w+|le bebe|le petit|la petite|l enfant)( ne| n)? "
            r"((arrive|arrivent|peut|peuvent) (plus|pas) (a )?respirer|se reveille(nt)? (plus|pas)|reagit (plus|pas)|"
            r"reagissent (plus|pas))\b)"
            r"|(?:(j ai|j|on a|nous avons)( vraiment| absolument| tres| urgemment)? besoin (d |de )(une ambulance|"
            r"secours|un medecin (tout de suite|maintenant|vite|d urgence|urgent))\b)"
            r"|(?:(il (me|nous|lui|leur) faut|faut)( vite| absolument)? (une ambulance|un medecin (tout de suite|"
            r"maintenant|vite|d urgence))\b)"
            r"|(?:envoy(ez|er) (nous |moi |vite )?(une ambulance|les secours|les pompiers|un medecin)\b))",
            # Afraid for one's life now: "j'ai peur pour ma vie", "je crains pour ma vie", "ma vie est en danger",
            # "j'ai peur qu'il me tue" (never "j'avais peur", "j'ai eu peur pour ma vie").
            r"\b(j ai|on a|nous avons)( tres| si| vraiment| trop)? peur pour (ma|notre|nos) (vie|vies|securite|peau)\b",
            r"\b(je crains|nous craignons|on craint|je tremble|je suis terrifiee?|nous sommes terrifie(e)?s)( vraiment)? "
            r"pour (ma|notre|nos) (vie|vies|securite)\b",
            r"\b(ma|notre|nos) (vie|vies) (est|sont)( encore| toujours| vraiment)? (en danger|menacees?)\b",
            r"\b(j ai|on a|nous avons)( tres| si| vraiment| trop)? peur (qu|que) (il|elle|ils|elles|on) (me|nous|ne me|"
            r"ne nous) (tue|tuent|trouve|trouvent|retrouve|retrouvent|fasse du mal|fassent du mal)\b",
            # Held, locked in, not let go now: "je suis enfermée dans la salle de bain", "il m'enferme", "il ne me laisse
            # pas sortir" (never "j'étais enfermée", "j'ai été enfermée", "ils ne nous laissaient pas partir").
            r"\b(je suis|j suis|on est|nous sommes)( encore| toujours| deja| maintenant| actuellement)? (enferme|"
            r"enfermee|enfermes|enfermees|sequestre|sequestree|sequestres|sequestrees|pris en otage|prise en otage|"
            r"prises en otage|otage|otages|prisonnier|prisonniere|prisonniers|prisonnieres)\b(?! (dehors|en moi|"
            r"dans (mes|ma|mon) (pensees|tete|silence|souvenirs|passe)))",
            r"\b(je suis|j suis|on est|nous sommes)( encore| toujours| deja| maintenant)? (retenu|retenue|retenus|"
            r"retenues|bloque|bloquee|bloques|bloquees|coince|coincee|coinces|coincees) (de force|contre (mon|notre) "
            r"gre|a cle|a l interieur|chez (lui|eux|elle)|dans (la|une|ma|cette|notre|sa|leur) (chambre|salle de bain|"
            r"piece|cave|maison|appartement|appart|voiture|cellule|camionnette|cuisine|toilettes))\b",
            r"\b(on|il|elle|ils|elles|qqn|quelqu ?un|mon (mari|ex|pere|frere|patron|compagnon|conjoint)) (m|me|nous) "
            r"(enferme|enferment|sequestre|sequestrent)\b",
            r"\b(m|me|nous) (retient|retiennent|garde|gardent)( ici| encore| toujours)? (de force|contre (mon|notre) gre|"
            r"prisonnier|prisonniere|prisonniers|en otage|enferme|enfermee|enfermes|enfermees|a cle|sous cle)\b",
            r"\b(?<!quand )(?<!lorsqu )(?<!puis )(il|elle|ils|elles|on|mon (mari|ex|pere|frere|patron)) (m|nous) (a|ont) "
            r"(enferme|sequestre)(e|s|es)?\b( a cle)?( ici| dans (la|ma|une|cette|notre|le|l|sa) \w+)?\b"
            r"(?!(?: \w+){0,4} (pendant|durant|quand|jusqu|avant|apres|tous|chaque|et)\b)" + _FR_NOT_THEN,
            r"\b(ne )?(me|m|nous) (laisse|laissent) (pas|plus|jamais) (sortir|partir|m en aller|nous en aller|quitter|"
            r"fuir|m enfuir|nous enfuir|m echapper|nous echapper|aller)\b",
            r"\b(ne )?(veut|veulent) (pas|plus) (me|m|nous) laisser (sortir|partir|m en aller|quitter|fuir|aller)\b",
            r"\b(refuse|refusent) de (me|m|nous) laisser (sortir|partir|m en aller|quitter|fuir|aller)\b",
            # A call for the police: "appelez la police", "s'il vous plaît appelez le 17", "pouvez-vous appeler la
            # police" at the start of the message (never "personne n'a appelé la police"). "\b^", not "^": the list
            # is read about twice as fast when every pattern begins with \b.
            r"\b^(s il vous plait |s il te plait |svp |stp |aidez moi |aide moi |au secours |vite |pitie |help |urgent )*"
            r"((appelez|appelle|appelles|appellez|telephonez|contactez|prevenez|previens)( vite| tout "
            r"de suite| svp| s il vous plait)?|(pouvez vous|vous pouvez|peux tu|tu peux|tu pourrais|vous pourriez|"
            r"pourriez vous|pourrais tu|est ce que (vous pouvez|tu peux))( vite| svp)? (appeler|prevenir|contacter|"
            r"telephoner a))( a| au)? (la police|les flics|la gendarmerie|les gendarmes|les secours|une ambulance|"
            r"les pompiers|le samu|le 17|le 112|le 15|le 18|le 999|le 911|17|112|999|911)\b",
            # One of them waiting for me now: "deux hommes m'attendent dehors", "il m'attend en bas" (never "ils
            # m'attendaient dehors").
            r"\b(m|nous) (attend|attendent|guette|guettent)( encore| toujours| deja| maintenant| la)? (dehors|en bas|"
            r"devant|derriere|a l exterieur|a la sortie|au coin|dans la rue|dans (sa|une|la|leur) voiture|en face|"
            r"pres de|a cote de|sous|a (ma|la|notre) porte|au pied de|chez (moi|nous)|a l arret|a l entree)\b",
            # One of them seen near me just now or today: "je viens de le voir à l'arrêt de bus", "j'ai vu un des
            # gardes dans ma rue aujourd'hui" (never "je l'ai vu au checkpoint en 2019", "ce soir-là").
            r"\b(je viens|on vient|nous venons) de (le|la|les|l) (voir|revoir|croiser|apercevoir|reconnaitre)\b",
            r"\b(je viens|on vient|nous venons) de (voir|revoir|croiser|apercevoir|reconnaitre|tomber sur) (l un d (eux|"
            r"entre eux)|l une d (elles|entre elles)|un d (eux|entre eux)|(un|une|deux|l un|l une) des (hommes|soldats|"
            r"gardes|gardiens|officiers|policiers|miliciens|passeurs|types|mecs)|(le|la|les|l) (homme|hommes|soldat|"
            r"soldats|garde|gardes|gardien|gardiens|officier|officiers|policier|policiers|milicien|miliciens|"
            r"commandant|chef|geolier|bourreau|passeur|passeurs))\b",
            r"\b(je|j|on|nous) (l|les) (ai|a|avons) (vu|vue|vus|vues|revu|revue|revus|croise|croisee|croises|apercu|"
            r"apercue|apercus|reconnu|reconnue|reconnus)(?: \w+){0,6} (aujourd hui|ce matin|cet apres midi|ce soir|"
            r"cette nuit|tout a l heure|a l instant)\b(?! la\b)" + _FR_NOT_THEN,
            r"\b(j ai|on a|nous avons) (vu|revu|croise|apercu|reconnu) (l un d (eux|entre eux)|l une d (elles|entre "
            r"elles)|un d (eux|entre eux)|(un|une|deux|l un|l une) des \w+|(le|la|les|l) (homme|hommes|soldat|soldats|"
            r"garde|gardes|gardien|gardiens|officier|officiers|policier|policiers|milicien|miliciens|commandant|chef|"
            r"geolier|bourreau|passeur|passeurs))(?: \w+){0,6} (aujourd hui|ce matin|cet apres midi|ce soir|cette nuit|"
            r"tout a l heure|a l instant)\b(?! la\b)" + _FR_NOT_THEN,
            # One of them living near me: "l'officier qui m'a torturé habite près de chez moi", "il vit dans ma rue"
            # (never "il habitait près de chez nous", "ma sœur habite près de chez moi").
            r"\b(il|elle|ils|elles|l un d (eux|entre eux)|qui(?: \w+){1,4})( (encore|toujours|maintenant|aussi|"
            r"meme))? (habite|habitent|vit|vivent|loge|logent|reste|restent|demeure|demeurent|s est installe|"
            r"s est installee|se sont installes|est installe|sont installes)( (encore|toujours|maintenant|aussi|juste|"
            r"tout))? (pres de chez (moi|nous)|a cote de chez (moi|nous)|en face de chez (moi|nous)|pres de moi|"
            r"pres d ici|a cote|juste a cote|dans (ma|notre) (rue|residence|cite|tour)|dans (mon|notre) (immeuble|"
            r"quartier|batiment|bloc|foyer|hotel)|dans le meme (immeuble|quartier|batiment|foyer|hotel) que (moi|nous)|"
            r"au coin de (ma|notre) rue|sur (mon|notre) palier|au dessus de chez (moi|nous)|en dessous de chez "
            r"(moi|nous))\b",
        ),
        not_danger=(
            r"\b(attentat|attentats|attaque|attaques|bombe|voiture|kamikaze)s? suicides?\b",
            r"\bici (au royaume ?uni|en angleterre|a londres|dans ce pays|en grande bretagne)\b",
        ),
        spellings=("suicider",),
    ),
    "es": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "¿para qué seguir viviendo?", "estaría mejor muerta", "nadie me
            # extrañaría".
            r"\b(para|pa) que (seguir viviendo|seguir vivo|seguir viva|vivir)\b",
            r"\b(estaria|estaria yo) mejor (muerto|muerta)\b",
            r"\bmejor (estaria|estar|estuviera) (muerto|muerta)\b",
            r"\bnadie me (extranaria|echaria de menos|va a extranar)\b",
            r"\bque sentido tiene (vivir|seguir viviendo)\b",
            r"\b(quiero|quisiera|me quiero|voy a|pienso en|ganas de|deseo|intente|intento|prefiero) (morir(me)?|"
            r"matarme|suicidarme|quitarme la vida|acabar con (mi vida|todo)|hacerme dano)\b",
            r"\b(suicidarme|quitarme la vida|hacerme dano|lastimarme|cortarme)\b",
            r"\bsuicid(io|ios|arme|a|as)\b",
            r"\b(ya )?no quiero (seguir )?vivir\b",
            r"\b(no tengo|sin) (ganas|razon|razones|motivos) (de|para) vivir\b",
            r"\bhart[ao] de vivir\b",
            r"\bme quiero morir\b",
            r"\bme (voy|quiero) a (matar|suicidar)\b",
            r"\bme (hago dano|corto|lastimo)\b",
            r"\b(no tiene|sin) sentido (vivir|seguir viviendo)\b",
            r"\bojala (estuviera|estuviese) muert[oa]\b",
            r"\bmejor sin mi\b",
            r"\bno quiero (despertar|despertarme)\b",
            # Never waking up: "quiero dormir y no despertar nunca", "quisiera no volver a despertar".
            r"\b(dormir|dormirme|quedarme dormid(o|a))( para siempre)? y (no|nunca|jamas) (volver a )?(despertar|"
            r"despertarme)\b",
            r"\b(quiero|quisiera|me gustaria|ojala|deseo|prefiero) no (volver a )?(despertar|despertarme)\b",
            r"\b(quiero|quisiera|me gustaria|ojala pudiera|deseo) (dormir|dormirme) para siempre\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "está golpeando a mi madre", "acaban de llevarse a mi hijo"
            # (never "golpeaba", "se llevaron a mi hijo en 2015").
            r"\b(esta|estan) (golpeando|pegando|pegandole|pegandoles|golpeandole|golpeandoles|violando|ahorcando|"
            r"estrangulando|apunalando|disparando|torturando)( a| le| les)? (a )?(mi|mis|nuestro|nuestra|nuestros|"
            r"nuestras|los ninos|la nina|el nino|el bebe)\b",
            r"\b(acaban de|acaba de) (llevarse|llevar|detener|arrestar|secuestrar|agarrar|disparar|disparar a|"
            r"golpear)( a)? (mi|mis|nuestro|nuestra|nuestros)\b",
            r"\bse acaban de llevar a (mi|mis|nuestro|nuestra)\b",
            # Houses searched and people taken around them now: "están registrando las casas del barrio", "están
            # llevándose a los hombres" (never "registraron").
            r"\b(estan|esta) (registrando|revisando|allanando|cateando|deteniendo|arrestando|llevandose|sacando|"
            r"agarrando) (las |los |a la |a los |a las |toda la )?(casas|viviendas|gente|hombres|jovenes|muchachos|"
            r"chavos|vecinos|barrio|calle|cuadra)\b",
            r"\b(registran|allanan|catean|detienen|arrestan|se llevan) (las |los |a la |a los |a las )?(casas|viviendas|"
            r"gente|hombres|jovenes|muchachos|vecinos)\b",
            r"\b(van|estan yendo|andan) (de )?casa (en|por) casa\b",
            # Armed men in the street or the neighbourhood now: "los soldados están en la calle ahora", "hay
            # militares en mi barrio" (never "estaban", "había").
            r"\b(los |las |la |el |unos |muchos )?" + _ES_ARMED + r" (esta|estan)( todavia| aun| ya| otra vez| de nuevo|"
            r" ahora| ahorita| ahi| aqui| aca| por todos lados){0,2} " + _ES_AROUND + r"\b",
            r"\bhay (unos |muchos |varios |otra vez |mas )?" + _ES_ARMED + r"( \w+){0,2} " + _ES_AROUND + r"\b",
            # Afraid they will find out about this conversation: "tengo miedo de que se enteren de que estoy hablando
            # con ustedes", "¿y si descubren que denuncié?" (never "descubrieron", "tenía miedo").
            r"\b(?<!tenia )(?<!tenian )(?<!teniamos )(miedo|temo|tememos|me preocupa|y si|que tal si) (de )?(que )?"
            r"(ellos |el |ella |alguien )?(se enteren|se entera|se enteran|se entere|descubran|descubren|descubra|"
            r"descubre|sepan|saben|sepa|vean|ven|lean|leen)( de)? (que|lo que|esto|esta conversacion|este chat|donde|"
            r"quien)\b",
            # Hiding now: "me estoy escondiendo", "estamos escondidos" (never "me escondí", "estuvimos escondidos").
            r"\b(me estoy escondiendo|estoy escondiendome|nos estamos escondiendo|estamos escondiendonos|me escondo|"
            r"nos escondemos|estoy escondid[oa]|estamos escondid[oa]s)\b",
            *_ES_UNDER_FIRE,
            r"\b(el|ella|ellos|ellas|alguien)? ?(esta|estan|viene|vienen|ya esta|ya estan) (aqui|aca|afuera|"
            r"en la puerta|en el cuarto de al lado|en la habitacion de al lado|detras de mi)\b",
            r"\bme (estan |esta )?(vigilando|siguiendo|observando|buscando)\b",
            r"\bme (vigilan|siguen|observan|vigila|sigue)\b",
            r"\bestoy en peligro\b",
            r"\bno estoy a salvo\b",
            r"\bno estoy segur[ao] (aqui|en casa|ahora)\b",  # alone, "no estoy segura" is "I am not sure"
            r"\b(quieren|quiere|van a|va a) matarme\b",
            r"\bme (van|va) a matar\b",
            r"\b(alguien|el|ella|ellos|ellas) (viene|vienen|ya viene|ya vienen)$",
            r"\b(viene|vienen) (por mi|a por mi|hacia aqui|para aca)\b",
            # Someone at, outside, in front of, behind, under, around or inside the door, house, flat or building
            # NOW: a present verb ("están fuera de mi puerta", "unos hombres esperan frente a mi casa"), "hay",
            # "los veo / oigo", or a verbless "soldados frente a mi casa" at the start or with "ahora". "Estaban
            # afuera de la casa", "había soldados en la puerta" (accounts) stay quiet. Bare "fuera" only at the end
            # or with "ahí" ("está fuera de casa" is "is away from home").
            r"\b(((el|ella|ellos|ellas|alguien|algun tipo|gente|hombres|soldados|militares|policias|encapuchados|"
            r"(un|una|unos|unas|los|las|dos|tres|cuatro|varios|muchos|esos|estos) (hombres?|tipos?|soldados?|policias?|"
            r"militares?|senores?|sujetos?|desconocidos?|encapuchados?|tios?|chavos?|vatos?|personas?|agentes?|"
            r"guardias?|sicarios?|pandilleros?|mareros?)( armados| encapuchados| uniformados| extranos)?|la policia|"
            r"la guerrilla|la pandilla|los narcos|"
            r"los paramilitares|mi ex( marido| esposo| pareja| novio)?) )?(ya )?(se |me |nos )?(esta|estan|sigue|"
            r"siguen|anda|andan|ronda|rondan|merodea|merodean|espera|esperan|se esconde|se esconden|se encuentra|"
            r"se encuentran|acecha|acechan|vigila|vigilan|se para|se paran)( ya| ahora| ahorita|"
            r" ahora mismo| todavia| aun| justo| parados?| paradas?| esperando| esperandome| esperandonos|"
            r" escondidos?| vigilando)?( ahi| alli| alla| aqui| aca| justo)?"
            r"|(hay|ay|ahi hay|alli hay|alla hay|ya hay|todavia hay) (alguien|gente|hombres|soldados|militares|"
            r"policias|encapuchados|(un|una|unos|unas|dos|tres|cuatro|varios|muchos) (hombres?|tipos?|soldados?|"
            r"policias?|militares?|senores?|sujetos?|desconocidos?|encapuchados?|tios?|chavos?|personas?|agentes?))"
            r"( armados| encapuchados| uniformados| extranos)?( parados?| esperando|"
            r" escondidos?| vigilando)?"
            r"|(veo|oigo|escucho|los veo|lo veo|la veo|las veo|los oigo|lo oigo|los escucho|lo escucho)"
            r"( a)?( alguien| gente| hombres| soldados| pasos| voces| golpes| ruidos?| (unos?|dos|tres|varios) "
            r"(hombres?|tipos?|soldados?|policias?|militares?))?"
            r"|(^|(?=(alguien|hombres|soldados|militares|policias|encapuchados|unos|dos|tres|varios|los) )"
            r"(?=.{0,80}\b(ahora|ahorita|en este momento|ya mismo)\b))(alguien|hombres|soldados|militares|"
            r"policias|encapuchados|(unos|dos|tres|varios|los) (hombres|tipos|soldados|policias|militares|"
            r"desconocidos|encapuchados))( armados| encapuchados| uniformados)?) "
            r"((ahi |alli |alla |aqui |aca )?(afuera|abajo|adentro)|(ahi|alli|alla|aqui) (fuera|dentro)|"
            r"fuera( ahora| ahorita| ahora mismo| ya)?$|(afuera|enfrente|en frente|delante|detras|debajo|alrededor|"
            r"a la puerta|en la puerta) de casa|"
            r"(afuera|fuera|enfrente|en frente|frente|delante|adelante|detras|atras|debajo|abajo|alrededor|cerca|"
            r"dentro|adentro|al lado|junto|a la puerta|en la puerta|a la entrada|en la entrada|a las puertas|"
            r"por fuera|por afuera) ((de|d) (mi|la|nuestra|nuestro|el|mis|las|los|esta|este|su|tu)|del|"
            r"a (mi|la|nuestra|nuestro|mis|las|su)|al) (puerta|puertas|casa|casita|departamento|depa|depto|"
            r"apartamento|apto|piso|edificio|ventana|ventanas|porton|reja|rejas|entrada|portal|patio|jardin|cuarto|"
            r"habitacion|recamara|pieza|escalera|escaleras|pasillo|bloque|vivienda|hogar|domicilio|refugio|carpa|"
            r"zaguan|rellano|techo|azotea|balcon|garaje|cochera|terraza|porteria)|"
            r"en (mi|nuestra|nuestro|mis) (puerta|puertas|casa|casita|departamento|depa|depto|apartamento|apto|piso|"
            r"edificio|ventana|ventanas|porton|reja|entrada|portal|patio|jardin|cuarto|habitacion|recamara|pieza|"
            r"escalera|pasillo|bloque|vivienda|hogar|domicilio|refugio|zaguan|rellano|techo|azotea|balcon)|"
            r"en (la|el|las) (puerta|entrada|ventana|reja|porton|portal|escalera|escaleras|pasillo|edificio|zaguan|"
            r"rellano|azotea|porteria))\b",
            # Knocking on, kicking, breaking, forcing the door now: present or "está/están ...ndo", never the
            # past ("tocaron la puerta", "estaban golpeando la puerta").
            r"\b(((el|ella|ellos|ellas|alguien|que|quien|gente|hombres|soldados|policias|(unos?|los|dos|tres|varios) "
            r"(hombres?|tipos?|soldados?|policias?|militares?)|la policia) |hay alguien |ahi |alli )?(ya )?"
            r"(esta|estan|sigue|siguen|anda|andan)( ya| ahora| ahorita| todavia| aun)? (tocando|golpeando|pateando|"
            r"aporreando|llamando|rompiendo|forzando|tumbando|derribando|tirando|empujando|sacudiendo|pegandole|"
            r"pegando|dando golpes|dando patadas|echando abajo|reventando|quebrando|timbrando)"
            r"|(tocan|golpean|patean|aporrean|llaman|rompen|fuerzan|tumban|derriban|tiran|empujan|sacuden|revientan|"
            r"quiebran|echan abajo|timbran|pegan)"
            r"|(alguien|el|ella|que|q|quien|un hombre|la policia) (toca|golpea|patea|aporrea|llama|rompe|fuerza|tumba|"
            r"derriba|empuja|sacude|revienta|quiebra|timbra|pega)"
            r"|(^alguien|hay alguien|hay (unos )?(hombres|tipos|soldados|policias)) (tocando|golpeando|pateando|"
            r"aporreando|llamando|rompiendo|forzando|tumbando|derribando|empujando|sacudiendo)"
            r"|(ya )?(intentan|intenta|tratan de|trata de|quieren|quiere|van a|va a|estan intentando|esta intentando|"
            r"estan tratando de|esta tratando de|estan queriendo|esta queriendo) (abrir|forzar|romper|tumbar|"
            r"derribar|tirar|echar abajo|reventar|quebrar|patear|golpear))( con fuerza| muy fuerte| fuerte| a golpes|"
            r" a patadas)? ((a |en |contra )?(la|mi|nuestra|las|mis|el|nuestro)|al) (puerta|puertas|ventana|ventanas|"
            r"porton|reja|cerradura|timbre|vidrio|vidrios|cristal|cristales|chapa)\b",
            # Coming in: "están entrando a mi casa", "se meten en el edificio", "quieren entrar"; not "entraron".
            r"\b((se )?(ya )?(esta|estan)( ya| ahora| ahorita)? (entrando|metiendo|metiendose|colando|colandose|"
            r"subiendo|brincando|saltando)|(entran|se meten|se cuelan|irrumpen|suben|brincan|saltan)|(alguien|el|ella|"
            r"que|quien|un hombre) (entra|se mete|se cuela|irrumpe|sube|brinca|salta)|(ya )?(intentan|intenta|"
            r"tratan de|trata de|quieren|quiere|van a|va a|estan intentando|esta intentando|estan tratando de|"
            r"esta tratando de|estan queriendo|esta queriendo) (entrar|meterse|meter|colarse|subir|irrumpir|brincar|"
            r"saltar))( a la fuerza| por la fuerza)? (a|en|al|hasta|por|dentro de) ((mi|la|nuestra|nuestro|el|las|"
            r"mis|los) )?(casa|departamento|depa|depto|apartamento|apto|piso|edificio|ventana|ventanas|puerta|porton|"
            r"reja|barda|tapia|muro|patio|cuarto|habitacion|recamara|pieza|escalera|escaleras|pasillo|bloque|"
            r"vivienda|hogar|techo|azotea|balcon)\b",
            r"\b(intentan|intenta|tratan de|trata de|quieren|quiere|van a|va a|estan intentando|esta intentando|"
            r"estan tratando de|esta tratando de|estan queriendo) (entrar|meterse)( a la fuerza| por la fuerza|"
            r" ahora| ahorita| ya)?$",
            r"\b(ya )?(se )?(esta|estan) (entrando|metiendo)( ya| ahora| ahorita)?$",
            # The place first: "afuera hay soldados", "frente a mi casa hay unos hombres".
            r"\b((ahi |alli |alla )?afuera|abajo|(afuera|fuera|enfrente|frente|delante|detras|debajo|alrededor|"
            r"en la puerta|a la puerta) (de|d|a|del|al) (mi |la |nuestra |nuestro |el )?(casa|puerta|departamento|depa|"
            r"apartamento|piso|edificio|ventana|porton|reja|entrada|portal)|en (la|mi) (puerta|entrada|escalera)) "
            r"(hay|ay|esta|estan) (alguien|gente|hombres|soldados|militares|policias|encapuchados|la policia|"
            r"los (soldados|militares|policias|hombres)|(un|una|unos|unas|dos|tres|varios|muchos) (hombres?|tipos?|"
            r"soldados?|policias?|militares?|personas?|desconocidos?|encapuchados?|senores?|sujetos?|agentes?))\b",
            # Surrounding, watching or searching the house now; the house is surrounded; we are surrounded.
            r"\b(((ya )?(esta|estan)|ya|ahora|ahorita)( ya| ahora)? (rodeando|cercando|vigilando|registrando|"
            r"allanando|acordonando|sitiando)|(rodean|cercan|vigilan|registran|allanan|acordonan|sitian)) (la|mi|"
            r"nuestra|nuestro|el|las|mis) (casa|casas|departamento|depa|apartamento|piso|edificio|puerta|cuadra|"
            r"barrio|colonia|bloque|manzana|vivienda|zona)\b",
            r"\b(la|mi|nuestra|nuestro|el) (casa|departamento|apartamento|piso|edificio|cuadra|barrio|colonia|"
            r"manzana|bloque) (ya )?(esta|estan) ((rodead|cercad|sitiad|acordonad)(a|o)(?! de \w)|(rodead|cercad)(a|o) "
            r"(de|por) (soldados|militares|hombres|policias|la policia|gente|agentes|tipos|encapuchados))",
            r"\b(tienen|tiene|me tienen|nos tienen) ((la|mi|nuestra|el) (casa|edificio|departamento|cuadra) )?"
            r"(rodeada|rodeado|rodeados|cercada|cercado|cercados|sitiada|sitiado)\b",
            r"\b(estamos|estoy) (rodead|cercad|sitiad)(o|a|os|as)\b(?! de \w)",
            # Someone will come for the person: "vendrán por mí esta noche", "van a volver", "me van a encontrar"
            # (never "vinieron", "dijo que volverían").
            r"\b(?:van|va) a (?:venir|volver|regresar|aparecer|pasar)(?: (?:otra vez|de nuevo|ya|pronto))? "
            + _ES_FOR_ME + r"\b",
            r"\b(?:van|va) a (?:volver|regresar)(?: otra vez| de nuevo| pronto)?$",
            r"\b(?:vendran|vendra|volveran|volvera|regresaran|regresara|apareceran|aparecera|llegaran)"
            r"(?: (?:otra vez|de nuevo|pronto))?(?: " + _ES_FOR_ME + r"\b|$)",
            r"\b(?:vienen|viene) (?:a )?(?:buscarme|buscarnos|llevarme|matarme|sacarme|levantarme|secuestrarme|"
            r"esta noche|hoy en la noche|otra vez por mi)\b",
            r"\b(?:me|nos) (?:van a|va a) (?:encontrar|agarrar|levantar|secuestrar|desaparecer)\b",
            r"\b(?:me|nos) (?:encontraran|encontrara|agarraran|levantaran|secuestraran)\b",
            # A threat over speaking out: "si denuncio van a matar a mis hijos", "me amenazaron de muerte si hablo".
            _ES_IF_I + r".{0,60}" + _ES_HARM,
            r"\b" + _ES_HARM + r".{0,60}" + _ES_IF_I,
            # Threatened now: "me siguen amenazando", "amenazan a mi familia", "recibo amenazas" (never "amenazaron").
            r"\b(?:me|nos) (?:amenaza|amenazan|estan amenazando|esta amenazando|siguen amenazando|sigue amenazando|"
            r"andan amenazando|tienen amenazad[oa]s?)\b",
            r"\b(?:amenaza|amenazan|estan amenazando|esta amenazando|siguen amenazando|sigue amenazando) (?:a (?:mi|"
            r"mis|nuestra|nuestro|nuestros|nuestras) \w+|de muerte|con matar)",
            r"\b(?:recibo|estoy recibiendo|sigo recibiendo|me llegan|me mandan|me envian|nos llegan|nos mandan|"
            r"recibimos)(?: \w+)? amenazas\b",
            r"\b(?:estoy|estamos|mi familia esta)(?: \w+)? amenazad[oa]s?\b",
            # The phone or messages watched now: "están leyendo mis mensajes", "me revisan el celular", "mi teléfono
            # está intervenido", "me hackearon el whatsapp" (never "revisaron", "estaban leyendo").
            r"\b(?:(?:me|nos) (?:\w+ )?(?:revisan|leen|vigilan|rastrean|espian|checan|chequean|controlan|monitorean|"
            r"interceptan|escuchan|graban|hackean|jaquean|intervienen|pinchan|esculcan|revisa|lee|vigila|rastrea|espia|"
            r"checa|chequea|controla|monitorea|intercepta|escucha|graba|hackea|jaquea|interviene|pincha|esculca)|"
            r"(?:me |nos )?(?:estan|esta|siguen|sigue|andan|anda) " + _ES_WATCHING + r"|(?:me |nos )?(?:hackearon|"
            r"jaquearon|hackeo|jaqueo|intervinieron|pincharon|clonaron))(?: todo)? (?:el|la|los|las|mi|mis|nuestro|"
            r"nuestra|nuestros|nuestras) " + _ES_PHONE + r"\b" + _ES_NOT_THEN,
            r"\b(?:revisan|leen|vigilan|rastrean|espian|checan|chequean|controlan|monitorean|interceptan|escuchan|"
            r"graban|hackean|jaquean|intervienen|pinchan|esculcan|siguen|miran)(?: todo)? (?:mi|mis|nuestro|nuestra|"
            r"nuestros|nuestras) " + _ES_PHONE + r"\b",
            r"\b(?:el|ella|alguien|mi (?:esposo|marido|ex|pareja|novio|suegro|suegra|papa|padre)|la policia|"
            r"el gobierno|el ejercito|el regimen)(?: me| nos)? (?:revisa|lee|vigila|rastrea|espia|checa|chequea|"
            r"controla|monitorea|intercepta|escucha|graba|hackea|jaquea|interviene|pincha|esculca|sigue|"
            r"mira)(?: todo)? (?:el|la|los|las|mi|mis) " + _ES_PHONE + r"\b",
            r"\b(?:mi|mis|nuestro|nuestra|el|la)(?: \w+)? " + _ES_PHONE + r" (?:esta|estan|sigue|siguen) (?:intervenid|"
            r"pinchad|hackead|jaquead|vigilad|rastread|espiad|monitoread|controlad|clonad)(?:o|a|os|as)\b",
            r"\b(?:me )?(?:tienen|tiene) (?:intervenido|pinchado|hackeado|jaqueado|vigilado|rastreado|clonado) "
            r"(?:el|mi|los|mis) " + _ES_PHONE + r"\b",
            # Spied on, coming now, threatened just now: "me espían", "ya viene", "me amenazaron hoy".
            r"\bme (?:espian|espia|rastrean|rastrea|graban|estan espiando|esta espiando|estan rastreando)\b",
            r"\bya (?:viene|vienen|llega|llegan|esta llegando|estan llegando)(?: por mi)?$",
            r"\b(?:me|nos) amenazaron(?: de muerte)? (?:hoy|anoche|esta manana|esta tarde|ahorita|ayer)\b",
            # Found, or known to be here, now: "me encontraron", "ya nos encontraron otra vez", "dieron conmigo",
            # "sabe dónde vivo", "saben que estoy aquí", "tienen mi dirección", "alguien les dio mi dirección" (never
            # "cuando me encontraron", "nos encontraron en el bosque", "sabían dónde vivíamos").
            r"\b(?=(?:(?:ya|otra vez|de nuevo|al fin|por fin) )?(?:me|nos|dieron|dio|han dado|ha dado) )" + _ES_NOT_WHEN
            + r"(?:(?:ya|otra vez|de nuevo|al fin|por fin) )?(?:(?:me|nos) (?:encontraron|encontro|hallaron|hallo|"
            r"localizaron|localizo|ubicaron|ubico|rastrearon|rastreo|han encontrado|ha encontrado|han localizado|"
            r"ha localizado|han ubicado|ha ubicado|han hallado|ha hallado)|(?:dieron|dio|han dado|ha dado) (?:conmigo|"
            r"con nosotros|con nosotras))\b(?: " + _ES_FOUND_NOW + r"\b|" + _ES_FOUND_NEXT + ")"
            + _ES_NOT_THEN,
            r"\b(?=(?:ya )?(?:sab|con|desc|aver|se ent|enc|ha|"
            r"sup))(?<!no )(?<!usted )(?<!ustedes )(?:ya )?" + _ES_KNOW + r"(?: ya| bien| perfectamente|"
            r" exactamente)? (?:de )?(?:donde|en donde|en que (?:casa|calle|barrio|edificio|hotel|albergue|"
            r"refugio)) (?:vivo|vivimos|estoy|estamos|me quedo|nos quedamos|me estoy quedando|nos estamos quedando|"
            r"duermo|dormimos|trabajo|me escondo|nos escondemos|estoy viviendo|estamos viviendo|me alojo|nos alojamos|"
            r"(?:estudian|van|viven|estan|duermen) (?:mis|nuestros|nuestras) (?:hijos|hijas|ninos|ninas|chicos|"
            r"chamacos|nietos)|(?:mis|nuestros|nuestras) (?:hijos|hijas|ninos|ninas|chicos|chamacos|"
            r"nietos) (?:estudian|van|viven|estan)|(?:estudia|va|vive|esta) (?:mi|nuestra|nuestro) (?:hijo|hija|"
            r"familia|mama|madre|esposa|esposo)|(?:mi|nuestra|nuestro) (?:hijo|hija|familia|mama|madre|esposa|"
            r"esposo) (?:estudia|va|vive|esta))\b"
            + _ES_NOT_THEN,
            r"\b(?=(?:ya )?(?:sab|con|desc|aver|se ent|enc|ha|"
            r"sup))(?<!no )(?<!usted )(?<!ustedes )(?:ya )?" + _ES_KNOW + r" que (?:yo |nosotros |nosotras )?(?:estoy|"
            r"estamos|vivo|vivimos|sigo|seguimos|me quedo|nos quedamos) (?:aqui|aca|en esta ciudad|en este pueblo|"
            r"en este barrio)\b",
            r"\b(?=(?:ya )?(?:sab|con|desc|aver|se ent|enc|ha|"
            r"sup))(?<!no )(?<!usted )(?<!ustedes )(?:ya )?" + _ES_KNOW + r" (?:a )?(?:que|cual) (?:escuela|colegio|"
            r"guarderia) (?:van|va|asisten|asiste|estudian|estudia)\b",
            r"\b(?=(?:ya )?[tcsecoah])(?<!no )(?<!usted )(?<!ustedes )(?<!yo )(?<!tu )(?:ya )?(?:tiene|tienen|"
            r"consiguio|consiguieron|sacaron|saco|encontraron|encontro|conoce|conocen|sabe|saben|averiguaron|averiguo|"
            r"obtuvieron|obtuvo|han conseguido|ha conseguido|han sacado) (?:mi|nuestra) (?:nueva |"
            r"actual )?(?:direccion|ubicacion|domicilio)\b" + _ES_NOT_THEN,
            r"\b(?:les|le) (?:dio|dieron|paso|pasaron|han dado|ha dado|dan|da|filtro|filtraron|vendio|vendieron|"
            r"entrego|entregaron) (?:mi|nuestra) (?:nueva |actual )?(?:direccion|ubicacion|domicilio)\b" + _ES_NOT_THEN,
            r"\b(?:mi|nuestra) (?:nueva |actual )?(?:direccion|ubicacion) (?:se filtro|la filtraron|fue filtrada|"
            r"ya la tienen|ya la saben|se la dieron|se la pasaron)\b" + _ES_NOT_THEN,
            # Here and now, Spanish. A weapon here now: "tiene un cuchillo", "mi esposo tiene una pistola", "están
            # armados", "saca una navaja" (never "tenía un cuchillo", "los soldados tenían armas").
            r"\b(?<!no )(?<!yo )(tiene|tienen|trae|traen|lleva|llevan|carga|cargan|saca|sacan|esta sacando|"
            r"estan sacando)( ya| ahora| ahorita| aqui| encima| consigo)?( un| una| unos| unas| dos| su| sus)? (cuchillo|"
            r"cuchillos|navaja|navajas|pistola|pistolas|arma|armas|fusil|fusiles|rifle|rifles|machete|machetes|"
            r"escopeta|escopetas|revolver|cuerno de chivo|hacha|arma de fuego|armas de fuego)\b" + _ES_NOT_THEN,
            r"\b(esta|estan|anda|andan|viene|vienen)( bien)? armad(o|a|os|as)\b",
            # Hurt just now, or being hurt now: "me acaba de pegar", "me está golpeando", "mi esposo me pega", "me
            # volvieron a golpear esta noche" (never "me golpeó", "me pegaba").
            r"\b(me|nos) (acaba|acaban) de (pegar|golpear|patear|apunalar|acuchillar|violar|ahorcar|estrangular|"
            r"agredir|atacar|lastimar|herir|empujar|abofetear|cachetear|madrear|amenazar|asfixiar)\b",
            r"\b(acaba|acaban) de (pegar|golpear|patear|apunalar|acuchillar|violar|ahorcar|estrangular|agredir|atacar|"
            r"lastimar|herir|empujar|abofetear|cachetear|madrear|amenazar|asfixiar)(me|nos)\b",
            r"\b(me|nos) (esta|estan|sigue|siguen)( ahora| ahorita| otra vez)? (pegando|golpeando|pateando|apunalando|"
            r"violando|ahorcando|estrangulando|agrediendo|atacando|lastimando|maltratando|abofeteando|cacheteando|"
            r"madreando|asfixiando)\b",
            r"\b(esta|estan|sigue|siguen)( ahora| ahorita| otra vez)? (pegando|golpeando|pateando|apunalando|violando|"
            r"ahorcando|estrangulando|agrediendo|atacando|lastimando|maltratando|abofeteando|cacheteando|madreando|"
            r"asfixiando)(me|nos)\b",
            r"\b(?<!se )(me|nos) (pega|pegan|golpea|golpean|maltrata|maltratan|ahorca|ahorcan|estrangula|estrangulan|"
            r"viola|violan|patea|patean|madrea|madrean|cachetea|cachetean)\b",
            r"\b(me|nos) (volvio|volvieron) a (pegar|golpear|patear|violar|ahorcar|agredir|atacar|lastimar|apunalar|"
            r"madrear|asfixiar)( otra vez)? (hoy|esta noche|anoche|esta manana|esta tarde|hace un rato|hace una hora|"
            r"hace rato|ahorita|ahora)\b" + _ES_NOT_THEN,
            r"\b(me|nos) (pego|pegaron|golpeo|golpearon|pateo|patearon|apunalo|apunalaron|violo|violaron|ahorco|"
            r"ahorcaron|agredio|agredieron|ataco|atacaron|lastimo|lastimaron|hirio|hirieron|madreo|madrearon|"
            r"cacheteo|cachetearon|asfixio|asfixiaron)( otra vez| de nuevo)? (hoy|esta noche|anoche|esta manana|"
            r"esta tarde|hace un rato|hace una hora|hace rato|ahorita)\b" + _ES_NOT_THEN,
            r"\b(hoy|esta noche|anoche|esta manana|esta tarde|hace un rato|ahorita)( otra vez| de nuevo)? (me|nos) "
            r"(pego|pegaron|golpeo|golpearon|pateo|patearon|apunalo|apunalaron|violo|violaron|ahorco|ahorcaron|"
            r"agredio|agredieron|ataco|atacaron|lastimo|lastimaron|hirio|hirieron|madreo|madrearon|volvio a pegar|"
            r"volvieron a pegar|volvio a golpear|volvieron a golpear)\b",
            # Injured now, a life at stake: "estoy sangrando", "se está desangrando", "mi hijo no respira", "está
            # inconsciente", "está herido de bala", "tiene un balazo en la pierna", "necesitamos una ambulancia" (never
            # "estaba sangrando", "le dispararon en 2015", "mi papá está herido de la guerra", "necesitábamos una
            # ambulancia", nor "no puedo respirar": a panic, answered as distress). One pattern, as in French.
            r"\b(?:"
            r"(?:(estoy|toy|stoy|estamos|esta|estan|sigo|sigue|seguimos|siguen)( todavia| aun| muy| mucho)? (sangrando|"
            r"desangrandome|desangrandose|desangrandonos|perdiendo (mucha |demasiada )?sangre|inconsciente|"
            r"inconscientes|desmayad[oa]s?|desvanecid[oa]s?|sin conocimiento|llen[oa]s? de sangre|banad[oa]s? en "
            r"sangre)\b" + _ES_NOT_THEN
            + r")"
            r"|(?:((me|se|nos) (estoy|esta|estamos|estan) desangrando|me desangro|se (desangra|desangran))\b)"
            r"|(?:(no|ya no|casi no|apenas) (respira|respiran|puede respirar|pueden respirar|esta respirando|"
            r"estan respirando)\b)"
            r"|(?:(el|ella|mi \w+|el nino|la nina|el bebe)( ya)? no (reacciona|reaccionan|despierta|se despierta)\b)"
            r"|(?:(estoy|toy|estamos|esta|estan|sigue|siguen)( \w+)? (herid[oa]s?|balead[oa]s?|"
            r"lesionad[oa]s?) (de bala|"
            r"de gravedad|de muerte|grave|graves|gravemente|de un balazo|a balazos|con (un )?cuchillo|de cuchillo|"
            r"de una punalada|a punaladas)\b" + _ES_NOT_THEN
            + r")"
            r"|(?:(estoy|toy|estamos|esta|estan)( muy| bien)? (mal herid[oa]s?|malherid[oa]s?|gravemente herid[oa]s?|"
            r"balead[oa]s?|acuchillad[oa]s?|apunalad[oa]s?)\b" + _ES_NOT_THEN
            + r")"
            r"|(?:(estoy|mi \w+ esta|el esta|ella esta|mi \w+ sigue)( muy)? (grave|graves)\b)"
            r"|(?:(?<!no )(tengo|tiene|tienen)( un| una| dos| varios| varias)? (balazo|balazos|herida de bala|"
            r"heridas de bala|punalada|punaladas|cuchillada|cuchilladas)\b(?!(?: \w+){0,4} (de|en|desde) la guerra)"
            + _ES_NOT_THEN
            + r")"
            r"|(?:(me|le|nos|les|lo|la) (acaba|acaban) de (disparar|balear|dar un balazo|apunalar|acuchillar)\b)"
            r"|(?:(necesito|necesitamos|necesita|necesitan|ocupo|ocupamos|urge|urgen)( urgente| urgentemente| ya| "
            r"ahora)? (una ambulancia|un medico (ya|ahora|urgente|rapido)|un doctor (ya|ahora|urgente|rapido)|"
            r"ayuda medica)\b)"
            r"|(?:(manden|mande|envien|envie|mandenme|mandennos|manda)( \w+)? una ambulancia\b))",
            # Afraid for one's life now: "temo por mi vida", "tengo miedo por mi vida", "mi vida corre peligro", "temo
            # que me maten" (never "temía por mi vida", "tenía miedo", "tuve miedo").
            r"\b(temo|tememos|tengo miedo|tenemos miedo|estoy asustad(o|a)|estoy aterrad(o|a)|estamos asustad(o|a)s|"
            r"estamos aterrad(o|a)s)( mucho)? por (mi|nuestra|nuestras|mis) (vida|vidas|seguridad)\b",
            r"\b(mi|nuestra|nuestras) (vida|vidas) ((corre|corren) peligro|(esta|estan) en peligro)\b",
            r"\b(temo|tememos|tengo miedo de|tengo miedo|me da miedo|tenemos miedo de|tenemos miedo) (que )?(el |ella |"
            r"ellos )?(me|nos) (maten|mate|encuentren|encuentre|hagan dano|haga dano|lastimen|lastime|secuestren|"
            r"secuestre|desaparezcan)\b",
            # Held, locked in, not let go now: "estoy encerrada en el baño", "nos tienen secuestrados", "no me deja
            # salir" (never "estuve encerrada", "estaba encerrada", "no nos dejaron salir", "no nos dejaban salir").
            r"\b(estoy|estamos)( todavia| aun| ahora| ahorita| aqui)? (encerrad|secuestrad|retenid|atrapad|cautiv|"
            r"amarrad|encadenad)(o|a|os|as)\b",
            r"\b(me|nos) (tiene|tienen)( aqui| ahora| todavia)? (encerrad|secuestrad|retenid|amarrad|atad|cautiv|"
            r"prisioner|encadenad)(o|a|os|as)\b",
            r"\b(me|nos) (tiene|tienen)( aqui| ahora)? (de rehen|de rehenes|como rehen|como rehenes|contra mi voluntad|"
            r"contra nuestra voluntad)\b",
            r"\b(me|nos) (encierra|encierran|secuestra|secuestran)\b",
            r"\bno (me|nos) (deja|dejan|quiere dejar|quieren dejar|permite|permiten) (salir|ir|irme|irnos|escapar|"
            r"marcharme|marcharnos|huir)\b",
            # A call for the police: "por favor llamen a la policía", "llama al 911", "pueden llamar a la policía" at
            # the start of the message (never "nadie llamó a la policía", "llamé a la policía"). "\b^", not "^": the
            # list is read about twice as fast when every pattern begins with \b.
            r"\b^(por favor |porfa |porfavor |x favor |xfa |ayuda |ayudenme |ayudame |auxilio |rapido |urgente |"
            r"socorro )*((llamen|llama|llamad|marquen|marca|avisen|avisa)( rapido| ya| ahora| por "
            r"favor)?|(pueden|puede|puedes|podrian|podria|podrias)( por favor)? (llamar|avisar|marcar))( a)? (la policia|"
            r"la poli|policia|la guardia civil|la guardia|los carabineros|la patrulla|una patrulla|una ambulancia|"
            r"ambulancia|los bomberos|emergencias|al 911|al 112|al 091|911|112|091)\b",
            # One of them waiting for me now: "me esperan en la esquina", "un hombre me está esperando en su carro"
            # (never "nos esperaban afuera").
            r"\b(me|nos) (espera|esperan|esta esperando|estan esperando|sigue esperando|siguen esperando|acecha|"
            r"acechan)( ahi| alli| ahora| ahorita)? (afuera|abajo|fuera|en la (esquina|calle|salida|parada|entrada|"
            r"puerta)|en (su|un|el) (carro|coche|auto|camion|camioneta)|enfrente|frente a|delante de|cerca de|"
            r"a la salida|al salir)\b",
            # One of them seen near me just now or today: "lo acabo de ver en la parada del autobús", "vi a uno de los
            # guardias en mi calle hoy" (never "lo vi en el retén en 2019", "vimos a los soldados matar a mi tío").
            r"\b(lo|la|los|las) (acabo|acabamos) de (ver|cruzar|reconocer|encontrar|topar)\b",
            r"\b(acabo|acabamos) de (verlo|verla|verlos|verlas|reconocerlo|reconocerla|reconocerlos|cruzarmelo|"
            r"toparmelo|encontrarmelo)\b",
            r"\b(acabo|acabamos) de (ver|reconocer|cruzarme con|toparme con|encontrarme con) (a )?(uno de (ellos|"
            r"los \w+)|una de (ellas|las \w+)|al (hombre|soldado|guardia|policia|oficial|militar|comandante|tipo|"
            r"sicario|que)|a los (soldados|hombres|guardias|policias|militares|tipos|sicarios)|el (hombre|soldado|"
            r"guardia|policia|oficial|militar|comandante|tipo)|los (soldados|hombres|guardias|policias|militares|"
            r"tipos|sicarios))\b",
            r"\b(lo|la|los|las) (vi|vimos|he visto|hemos visto|reconoci|reconocimos|encontre|cruce|tope)(?: \w+){0,6} "
            r"(hoy|esta manana|esta tarde|esta noche|ahorita|hace un rato|hace rato)\b" + _ES_NOT_THEN,
            r"\b(vi|vimos|he visto|hemos visto|reconoci|me encontre con|me cruce con|me tope con) (a )?(uno de (ellos|"
            r"los \w+)|una de (ellas|las \w+)|al (hombre|soldado|guardia|policia|oficial|militar|comandante|tipo|"
            r"sicario|que)|a los (soldados|hombres|guardias|policias|militares|tipos|sicarios))(?: \w+){0,6} (hoy|"
            r"esta manana|esta tarde|esta noche|ahorita|hace un rato|hace rato)\b" + _ES_NOT_THEN,
            r"\b(hoy|esta manana|esta tarde|hace un rato|ahorita) ((lo|la|los|las) (vi|vimos|he visto|hemos visto|"
            r"reconoci)|(vi|vimos|he visto|hemos visto|reconoci) (a )?(uno de (ellos|los \w+)|una de (ellas|"
            r"las \w+)|al (hombre|soldado|guardia|policia|oficial|militar|comandante|tipo|sicario|que)))\b",
            # One of them living near me: "el oficial que me torturó vive cerca de mí", "vive en mi calle" (never
            # "vivía cerca", "mi hermana vive cerca de mí"). \b first, as in every pattern here.
            r"\b(^|(el|ella|ellos|ellas|uno de ellos|una de ellas|que (me|nos|mato|violo|secuestro|torturo|ataco|"
            r"golpeo|amenazo|disparo|mataron|violaron|secuestraron|torturaron|atacaron|golpearon|amenazaron)"
            r"(?: \w+){0,3}) )((todavia|aun|ahora|tambien|ya) )?(vive|viven|esta viviendo|estan viviendo|se queda|"
            r"se quedan|se mudo|se mudaron|renta|rentan) (cerca de (mi|nosotros|mi casa|nuestra casa|aqui|aca)|"
            r"muy cerca|cerquita|al lado( de (mi casa|mi|nosotros|nuestra casa))?|junto a (mi|mi casa|nosotros)|"
            r"enfrente( de (mi casa|mi|nosotros))?|frente a (mi casa|nosotros)|en (mi|nuestra|nuestro) (calle|edificio|"
            r"barrio|colonia|cuadra|bloque|vecindario|albergue|hotel|piso)|a (mi|nuestra|nuestro) (calle|edificio|barrio|"
            r"colonia|cuadra|vecindario)|a (una|dos|tres|pocas|unas) (cuadras|calles|casas) de (mi|mi casa|aqui|aca|"
            r"nosotros)|a la vuelta( de (mi casa|la esquina))?|por aqui|por aca|en la casa de al lado)\b",
        ),
        not_danger=(
            r"\b(atentado|atentados|ataque|ataques|bomba|coche|terrorista|terroristas|atacante)s? suicidas?\b",
            r"\baqui en (el reino unido|inglaterra|londres|este pais|gran bretana)\b",
        ),
        spellings=("suicidarme",),
    ),
    "ur": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "جینے کا کیا فائدہ", "jeene ka kya faida", "بہتر ہے میں مر جاؤں".
            r"(?:جینے|زندگی|جینا) (?:کا|کی|میں) کیا (?:فائدہ|فایدہ|مطلب|مقصد)",
            r"\b(jeene|jine|jeenay|zindagi|jeena) (ka|ki|mein|me) kya (faida|fayda|faaida|faeda|matlab|maqsad)\b",
            r"بہتر (?:ہے|ہوتا|ہو گا|ہوگا) (?:کہ )?(?:میں )?(?:مر جاؤں|مر جاتی|مر جاتا)",
            r"\bbehtar (hai|hota|hoga) (ke |k )?(main |mein |mai )?(mar jaun|mar jaon|mar jaaun|mar jati|mar jata)\b",
            r"کسی کو (?:میری|مجھ) (?:کمی|پروا|پرواہ) (?:محسوس )?(?:نہیں|نہ) (?:ہوگی|ہو گی|ہوگا|ہو گا)",
            r"مر(نا| جانا) چاہت(ا|ی|ے)",
            r"خودکشی",
            r"(خود|اپنے آپ) کو (مار|ختم|نقصان|زخمی)",
            r"(جینا|زندہ رہنا) نہیں چاہت",
            r"جینے کی (خواہش|وجہ) نہیں",
            r"زندگی ختم کر",
            r"اپنی جان (لے|دے)",
            r"\b(marna|mar jana|mar jaana) (chahta|chahti|chahata)\b",
            r"\bkhud ?kushi\b",
            r"\bkhud ko (maar|mar|khatam)\b",
            r"\bjeena nahi(n)? chaht(a|i)\b",
            r"\b(jeene|jine|jeenay|jeenay|zinda rehne) ka (dil|mann|man|mun) nahi(n)? (karta|karti|krta|krti)\b",
            r"\bzinda nahi(n)? (rehna|rahna|rehena) (chahta|chahti|chahata|chata)\b",
            r"\b(apni|apna) jaan (lena|leni|le lun|le loon|lelun|le lunga|le lungi|de dun|de doon|dena|deni)\b",
            r"\b(dil karta|jee karta|mann karta|man karta) (hai )?(ke |ki |k )?mar (jaun|jaoon|jau|jaaun|jaon)\b",
            r"\b(main|mai|mein) mar (jaun|jaoon|jau|jaaun) (to|tou|toh) (behtar|acha|achha)\b",
            r"جینے کی (کوئی )?(وجہ|خواہش) نہیں",
            r"کاش (میں )?مر (جاتا|جاتی|جاؤں)",
            r"میرے بغیر (بہتر|خوش)",
            # To sleep and never wake up: "دل کرتا ہے سو جاؤں اور کبھی نہ اٹھوں" (the first person: never "سوئے اور
            # پھر کبھی نہ جاگے").
            r"(?:سو جاؤں|سوؤں|سونا چاہتا|سونا چاہتی)(?: [^ ]+){0,4} (?:نہ|ناں|نا) (?:جاگوں|اٹھوں|جاگ سکوں|اٹھ سکوں)\b",
            r"\b(?:so jaun|so jaoon|so jau|so jaaun|so jaon|sona chahta|sona chahti)(?: \w+){0,4} (?:na|nah) (?:jagun|"
            r"jaagun|jagoon|jaagoon|uthun|uthoon|uthu)\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "وہ میری ماں کو مار رہا ہے", "ابھی میرے بیٹے کو لے گئے"
            # (never "مار رہا تھا": was hitting).
            r"(?:میری|میرے|ہماری|ہمارے) (?:[^ ]+ )?کو (?:مار|پیٹ|تشدد کر) (?:رہا|رہی|رہے) (?:ہے|ہیں)",
            r"\b(meri|mere|meray|hamari|hamare|humare)( [a-z]+)? ko (maar|mar|peet|pit) (raha|rahi|rahe|rha|rhi|rhe) "
            r"(hai|hain|h|he)\b",
            r"(?:ابھی ابھی|ابھی|کچھ دیر پہلے|ایک گھنٹہ پہلے)(?: [^ ]+){0,2} (?:میری|میرے|ہماری|ہمارے) (?:[^ ]+ )?کو "
            r"(?:لے گئے|اٹھا کر لے گئے|اٹھا لے گئے|پکڑ کر لے گئے|گرفتار کر لیا|اغوا کر لیا)",
            r"\b(abhi abhi|abhi|thori der pehle|kuch der pehle)( [a-z]+){0,2} (meri|mere|meray|hamari|hamare)( [a-z]+)? "
            r"ko (le gaye|utha kar le gaye|utha le gaye|pakad kar le gaye|pakar ke le gaye|giraftar kar liya|"
            r"agwa kar liya)\b",
            # Houses searched and people taken around them now: "گھروں کی تلاشی لے رہے ہیں", "لڑکوں کو پکڑ رہے ہیں"
            # (never "رہے تھے": were).
            r"(?:گھروں کی|گھر گھر|گھروں|لوگوں کو|لڑکوں کو|مردوں کو|نوجوانوں کو)(?: [^ ]+){0,2} (?:تلاشی لے|پکڑ|"
            r"گرفتار کر|اٹھا|لے جا|گھس) (?:رہے|رہی) (?:ہیں|ہے)",
            r"\b(gharon ki|ghar ghar|logon ko|larkon ko|mardon ko|naujawanon ko)( [a-z]+){0,2} (talashi le|pakar|"
            r"pakad|giraftar kar|utha|le ja|ghus) (rahe|rahi|rhe|rhi) (hain|hai|hen|h)\b",
            # Armed men in the street or the area now: "فوجی اب گلی میں ہیں", "fauji abhi gali mein hain" (never
            # "تھے": were).
            _UR_ARMED + r"(?: [^ ]+){0,3} " + _UR_AROUND + r"(?: [^ ]+){0,2} (?:ہیں|ہے)\b",
            _UR_AROUND + r"(?: [^ ]+){0,2} " + _UR_ARMED + r"(?: [^ ]+){0,2} (?:ہیں|ہے)\b",
            r"\b" + _UR_ARMED_LATIN + r"( [a-z]+){0,3} " + _UR_AROUND_LATIN + r"( [a-z]+){0,2} (hain|hai|hen|hy|h)\b",
            r"\b" + _UR_AROUND_LATIN + r"( [a-z]+){0,2} " + _UR_ARMED_LATIN + r"( [a-z]+){0,2} (hain|hai|hen|hy|h)\b",
            # Afraid they will find out about this conversation: "مجھے ڈر ہے کہ انہیں پتا چل جائے گا", "mujhe dar
            # hai unko pata chal jayega" (never "پتا چل گیا تھا": they found out).
            r"(?:ڈر|خوف|فکر)(?: ہے| لگ رہا ہے| لگتا ہے)?(?: کہ)?(?: انہیں| ان کو| اس کو| اسے| کسی کو| ان لوگوں کو)?"
            r" (?:پتا|پتہ|معلوم|خبر) (?:چل|ہو) (?:جائے گا|جائیگا|جائے گی|جائے|گیا تو|گئی تو)",
            r"\b(dar|darr|khauf|khof|fikar|fikr)( hai| he| h| lagta hai| lag raha hai| lg rha h)?( ke| k| ki)?"
            r"( unko| unhe| unhein| usko| use| kisi ko)? (pata|pta|maloom|malum|khabar) (chal|ho) (jayega|jaayega|"
            r"jaega|jayegi|jaye|jae|gaya to|gya to)\b",
            # Hiding now: "میں چھپی ہوئی ہوں", "ہم چھپے ہوئے ہیں"; coming after me now: "وہ میرے پیچھے آ رہے ہیں"
            # (never "چھپے رہے": stayed hidden, nor "آ رہے تھے": were coming).
            r"(میں|ہم)(?: [^ ]+){0,4} (چھپا|چھپی|چھپے) (ہوا|ہوئی|ہوئے|ہوے) (ہوں|ہیں|ہے)",
            r"(میں|ہم)(?: [^ ]+){0,4} چھپ (رہا|رہی|رہے) (ہوں|ہیں|ہے)",
            r"(میرے|ہمارے) پیچھے (آ رہے|آ رہا|آ رہی|لگے ہوئے|لگے|پڑے ہوئے|پڑے) (ہیں|ہے)",
            r"\b(main|mai|mein|hum|ham)( [a-z]+){0,4} (chhupa|chupa|chhupi|chupi|chhupe|chupe) (hua|hui|huye|hue|"
            r"howa) (hoon|hun|hu|hain|hai|h)\b",
            r"\b(main|mai|hum|ham)( [a-z]+){0,4} (chhup|chup) (raha|rahi|rahe|rha|rhi|rhe) (hoon|hun|hu|hain|hai|h)\b",
            r"\b(mere|meray|hamare|humare) (peeche|piche|pichhe|peechay|peechhe) (aa|a) (rahe|raha|rahi|rhe|"
            r"rha) (hain|hai|h|he|hy)\b",
            *_UR_UNDER_FIRE,
            r"\b(وہ|کوئی|لوگ) (یہاں|یہیں|ادھر) (ہے|ہیں)",
            r"(وہ|کوئی|لوگ) (آ رہا|آ رہے|آ رہی)",
            r"(ساتھ والے|دوسرے|اگلے) کمرے میں",
            r"دروازے پر (ہے|ہیں|کھڑا|کھڑے)(?! ?تھ)",
            r"(مجھ پر نظر|میرا پیچھا|مجھے دیکھ رہ)",
            r"خطرے میں ہوں",
            r"محفوظ نہیں (ہوں|ہے)",
            r"مجھے مار (دے|دیں|ڈالے|ڈالیں)",
            r"\b(woh|wo) (yahan|idhar) (hai|hain)\b",
            r"\b(mehfooz|mahfooz) nahi(n)?\b",
            r"\bkhatre (mein|me) hoon\b",
            r"مجھے (جان کا )?خطرہ ہے",
            r"\b(main|mai|mein) (safe|mehfooz|mahfooz) nahi",
            r"\b(wo|woh|koi) aa (raha|rahe|rahi)\b",
            r"\b(wo|woh|vo|voh|wo log|woh log|vo log|koi|log|fauji|sipahi|aadmi)( abhi| ab)? ((mere |hamare |humare )?ghar ke )?"
            r"(bahar|baahar|darwaze|darwazay|darvaze|darwaaze) (pe |par |per )?(hai|hain|hay|he|khada|khade|khara|khare|"
            r"khadi|khari)\b(?! (the|tha|thi|thay|thy)\b)",
            r"\b(mera|hamara|humara) (peecha|pichha|picha|peechha|peecha) (kar|kr) (raha|rahe|rahi) (hai|hain|he)\b",
            r"\b(mujhe|mujhay|hume|humein|hamein|hamen) (dekh|ghoor|dhoondh|dhoond|dhund) (raha|rahe|rahi) (hai|hain|he)\b",
            r"\b(mujhe|mujhay|hume|humein|hamein|hamen) (maar|mar) (denge|dalenge|daalenge|dalega|dega|degi|dengay)\b",
            r"\b(mujhe|mujhay|hume|humein|hamein|hamen) (khatra|khatrah|khatara) (hai|he)\b",
            r"\b(main|mai|mein|hum|ham) (khatre|khatray|khatrey) (mein|me|main|mai) (hun|hoon|hu|hain|hai)\b",
            r"\b(wo|woh|vo|voh) (yahan |idhar |phir )?(aa|a) (gaye|gaya|gayi|gae|gai) (hain|hai)\b",
            r"\b(wo|woh|vo|voh) (yahan|idhar) (aa|a) (gaye|gaya|gayi|gae|gai)\b",
            r"\b(saath|sath|bagal|agle|dusre|doosre) (wale |waale |vale )?kamre (mein|me|main|mai) (hai|hain|he)\b",
            r"\b(mujhe|hume|hamein|humein) (bachao|bachaao|bacha lo|bachalo|bachaa lo)\b",
            r"(مجھے|ہمیں) بچا(ؤ|و|لو| لو)",
            # Outside / in front of / behind / under / around the door, house, flat, building, gate, window NOW:
            # "ہیں" and "ہے", never "تھے" ("وہ ہمارے گھر کے باہر تھے"). A plural verb needs no subject; "ہے" does.
            r"((گھر|مکان|دروازے|دروازہ|دروازا|فلیٹ|بلڈنگ|عمارت|کھڑکی|گیٹ|کمرے|صحن|حویلی|اپارٹمنٹ) "
            r"(ک[ےي]|سے) (باہر|سامنے|پیچھے|نیچے|ارد گرد|اردگرد|آس پاس|آسپاس|چاروں طرف|گرد)|"
            r"(دروازے|دروازہ|دروازا|کھڑکی|گیٹ) (پر|پہ|پے))"
            r"( (ابھی|اس وقت))?( (کھڑے|موجود|بیٹھے|چھپے|جمع|آ گئے|آگئے|پہنچ گئے|انتظار کر رہے|گھوم رہے|منڈلا رہے))? "
            r"(ہیں|ہین)",
            r"(وہ|کوئی|کوئی آدمی|ایک آدمی|ایک شخص|کچھ لوگ|لوگ|وہ لوگ|فوجی|سپاہی|پولیس|آدمی|مرد|طالبان|شوہر|میرا شوہر)"
            r"( (ابھی|اس وقت))?( (میرے|ہمارے|اپنے))? ((گھر|مکان|دروازے|دروازہ|فلیٹ|بلڈنگ|عمارت|کھڑکی|گیٹ|کمرے|صحن|"
            r"حویلی|اپارٹمنٹ) (ک[ےي]|سے) (باہر|سامنے|پیچھے|نیچے|ارد گرد|اردگرد|آس پاس|آسپاس|چاروں طرف|گرد)|"
            r"(دروازے|دروازہ|کھڑکی|گیٹ) (پر|پہ|پے))( (ابھی|اس وقت))?( (کھڑا|کھڑے|کھڑی|موجود|بیٹھا|بیٹھے|بیٹھی|چھپا|چھپے|جمع|آ گیا|آ گئے|"
            r"انتظار کر رہا|انتظار کر رہے|گھوم رہا|گھوم رہے))? (ہے|ہیں|ہین)",
            r"((گھر|مکان|دروازے|دروازہ|فلیٹ|بلڈنگ|عمارت|کھڑکی|گیٹ|کمرے|صحن|حویلی) (ک[ےي]|سے) (باہر|سامنے|پیچھے|نیچے|"
            r"ارد گرد|اردگرد|آس پاس|چاروں طرف|اندر)|(دروازے|دروازہ|کھڑکی|گیٹ) (پر|پہ|پے))( (ابھی|اس وقت))? (کوئی|کچھ لوگ|لوگ|فوجی|سپاہی|آدمی|مرد|"
            r"کئی لوگ|ایک آدمی|پولیس)( (کھڑا|کھڑے|کھڑی|موجود|بیٹھا|بیٹھے|چھپا|چھپے))? (ہے|ہیں|ہین)",
            # Knocking, banging, kicking, breaking the door now: "رہے ہیں", never "رہے تھے" nor "کھٹکھٹایا".
            r"(دروازہ|دروازے|دروازا|گیٹ|کھڑکی)( (کو|پر|پہ|پے))?( (زور زور سے|زور سے|مسلسل|بار بار))? (کھٹکھٹا|کھٹکا|"
            r"کھڑکا|کھڑکھڑا|کھٹ کھٹا|پیٹ|بجا|توڑ|توڑنے کی کوشش کر|کھولنے کی کوشش کر|دھکیل|دھکے دے|دھکا دے|ٹھوک|"
            r"دھڑدھڑا|مار|دستک دے|لات مار|لاتیں مار|ٹھوکریں مار|مکے مار) (رہا|رہے|رہی) (ہے|ہیں|ہین)",
            r"دستک (ہو|دے) (رہی|رہا|رہے) (ہے|ہیں)",
            # Coming in / forcing their way in now, and following into the building.
            r"(گھر|مکان|فلیٹ|بلڈنگ|عمارت|کمرے|صحن|حویلی)( (کے اندر|میں))? (گھس|گھسنے کی کوشش کر|داخل ہو|اندر آ|"
            r"زبردستی گھس|زبردستی اندر آ) (رہا|رہے|رہی) (ہے|ہیں|ہین)",
            r"اندر (آ|گھس|گھسنے کی کوشش کر) (رہا|رہے|رہی) (ہے|ہیں|ہین)",
            r"(گھر|مکان|فلیٹ|بلڈنگ|عمارت|کمرے|صحن|حویلی) (کے اندر|میں|تک) (گھس|داخل ہو|اندر آ|آ|پہنچ|گھس آ) "
            r"(گئے|گیا|گئی|آئے|آیا|آئی) (ہیں|ہے|ہین)",
            # Surrounding the house now: "گھیر لیا ہے", "گھیر رہے ہیں", never "گھیر لیا" / "گھیر لیا تھا".
            r"(گھر|مکان|فلیٹ|بلڈنگ|عمارت|حویلی|محلے)( کو)? (گھیر|گھیرے میں لے|گھیراؤ کر|محاصرہ کر) (لیا|لی|رکھا|رہے|"
            r"رہا|رہی|چکے|چکا) (ہے|ہیں|ہین)",
            r"(گھر|مکان|فلیٹ|بلڈنگ|عمارت|حویلی)( کو)? (گھیرا|گھیرے) (ہوا|ہوئے) (ہے|ہیں)",
            r"(گھر|مکان|فلیٹ|بلڈنگ|عمارت|حویلی) (گھیرے|محاصرے) میں (ہے|ہیں)",
            r"(ہم|میں)( لوگ)? (گھیرے|محاصرے) میں (ہیں|ہوں)",
            r"(وہ|وہ لوگ|کوئی|فوجی|سپاہی|کچھ لوگ|لوگ|آدمی|پولیس)( ابھی)? باہر (کھڑا|کھڑے|کھڑی|انتظار کر رہا|"
            r"انتظار کر رہے) (ہے|ہیں|ہین)",
            r"(ہمیں|مجھے) (گھیر|گھیرے میں لے) (لیا|رکھا) ہے",
            # Roman Urdu / Hindustani: the same, typed in Latin letters.
            r"\b((ghar|ghr|makan|makaan|darwaza|darwaze|darwazay|darwazey|darwaaza|darwaaze|darvaza|darvaze|drwaza|"
            r"drwaze|darwaja|darwaje|darvaja|darvaje|flat|building|bilding|imarat|khidki|khirki|khidkee|gate|kamre|"
            r"aangan|haveli) (ke|k|kay|ki|se) (bahar|baahar|bahir|bahr|samne|saamne|samnay|samney|peeche|piche|"
            r"pichhe|peechay|peechhe|neeche|niche|neechay|nichay|aas paas|aaspaas|as pas|aspas|ird gird|irdgird|"
            r"ard gard|charon taraf)|(darwaza|darwaze|darwazay|darwazey|darwaaza|darwaaze|darvaza|darvaze|drwaza|"
            r"drwaze|darwaja|darwaje|darvaja|darvaje|khidki|khirki|khidkee|gate) (pe|par|per|pr|pay))( (abhi|ab|is waqt))?( (khade|khare|kharay|khaday|maujood|"
            r"mojood|baithe|chhupe|chupe|jama|aa gaye|a gaye|agaye|pahunch gaye|pohanch gaye|intezar kar rahe|"
            r"ghoom rahe))? (hain|hein|hen|hn|hai|hy|he|h)\b(?! (the|tha|thi|thay)\b)",
            r"\b(wo|woh|vo|voh|koi|kuch log|log|wo log|woh log|vo log|fauji|foji|sipahi|police|aadmi|admi|mard|taliban|"
            r"ek aadmi|kuch aadmi)( (abhi|ab|is waqt))?( (mere|mera|meri|hamare|humare|hmare|apne))? ((ghar|ghr|makan|"
            r"makaan|darwaza|darwaze|darwazay|darwazey|darwaaza|darwaaze|darvaza|darvaze|drwaza|drwaze|darwaja|darwaje|"
            r"flat|building|bilding|imarat|khidki|khirki|gate|kamre|aangan|haveli) (ke|k|kay|ki|se) (bahar|baahar|"
            r"bahir|bahr|samne|saamne|samnay|samney|peeche|piche|pichhe|peechay|peechhe|neeche|niche|neechay|nichay|"
            r"aas paas|aaspaas|as pas|ird gird|ard gard|charon taraf)|(darwaza|darwaze|darwazay|darwazey|darwaaza|"
            r"darwaaze|darvaza|darvaze|drwaza|drwaze|darwaja|darwaje|khidki|khirki|gate) (pe|par|per|pr|pay))"
            r"( (abhi|ab|is waqt))?( (khada|khade|khara|khare|khadi|khari|kharay|khaday|maujood|mojood|baithe|baitha|"
            r"chhupe|chhupa|jama|aa gaye|aa gaya|intezar kar raha|intezar kar rahe))? (hai|hain|hein|hy|hen|hn|he|h)\b"
            r"(?! (the|tha|thi|thay)\b)",
            r"\b((ghar|ghr|makan|makaan|darwaza|darwaze|darwazay|darwazey|darwaaze|darvaze|drwaze|darwaje|flat|"
            r"building|bilding|imarat|khidki|khirki|gate|kamre|aangan) (ke|k|kay|ki|se) (bahar|baahar|bahir|bahr|"
            r"samne|saamne|samnay|peeche|piche|pichhe|peechay|neeche|niche|aas paas|ird gird|andar)|(darwaza|darwaze|"
            r"darwazay|darwazey|darwaaze|darvaze|drwaze|darwaje|khidki|khirki|gate) (pe|par|per|pr|pay))"
            r"( (abhi|ab))? (koi|kuch log|log|fauji|foji|sipahi|aadmi|admi|mard|police|ek aadmi|kayi log|kai log)"
            r"( (khada|khade|khara|khare|khadi|khari|maujood|mojood|baitha|baithe|chhupa|chhupe))? "
            r"(hai|hain|hein|hy|hen|hn|he|h)\b(?! (the|tha|thi|thay)\b)",
            r"\b(darwaza|darwaze|darwazay|darwazey|darwaaza|darwaaze|darvaza|darvaze|drwaza|drwaze|darwaja|darwaje|"
            r"darvaja|gate|khidki|khirki)( (ko|pe|par|per|pr))?( (zor zor se|zor se|baar baar|bar bar|lagatar))? "
            r"(khatkhata|khatkhta|khatkata|khat khata|khat khat kar|khatka|khadka|khadkha|khadkhada|kharka|peet|pit|"
            r"baja|tod|tor|todne ki koshish kar|torne ki koshish kar|kholne ki koshish kar|thok|thak|dhakka de|"
            r"dhakke de|dhakel|maar|mar|dastak de|laat maar|laatein maar|lath maar|thokar maar|thokren maar|dhad dhada) "
            r"(raha|rahe|rahi|rha|rhe|rhi|rahay) (hai|hain|hy|hen|hn|he|h|hay|hein)\b",
            r"\bdastak (ho|de) (rahi|raha|rahe|rhi|rha|rhe) (hai|hain|h|he|hy)\b",
            r"\b(ghar|ghr|makan|makaan|flat|building|bilding|imarat|kamre|kamra|aangan|haveli)( (ke andar|mein|me|"
            r"main|mai|men))? (ghus|ghuss|ghusne ki koshish kar|dakhil ho|daakhil ho|andar aa|andar a|"
            r"zabardasti ghus|zabardasti andar aa) (raha|rahe|rahi|rha|rhe|rhi) (hai|hain|hy|hen|hn|he|h|hein)\b",
            r"\bandar (aa|a|ghus|ghuss|ghusne ki koshish kar) (raha|rahe|rahi|rha|rhe|rhi) (hai|hain|hy|hen|hn|he|h)\b",
            r"\b(ghar|ghr|makan|makaan|flat|building|bilding|imarat|kamre|aangan|haveli) (ke andar|mein|me|main|mai|"
            r"men|tak) (ghus|ghuss|dakhil ho|daakhil ho|andar aa|aa|a|pahunch|pohanch|ghus aa) (gaye|gaya|gayi|gae|gai|"
            r"aaye|aye|aae|aaya|aya) (hai|hain|hy|hen|hn|he|h|hein)\b",
            r"\b(ghar|ghr|makan|makaan|flat|building|bilding|imarat|haveli|mohalla|mohalle)( ko)? (gher|ghair|gheer|"
            r"ghera|gheraao kar|gherao kar|muhasra kar|mohasra kar|muhasira kar|gheray mein le|ghere mein le) "
            r"(liya|lia|rakha|rakkha|rahe|raha|rhe|rha|chuke|chuka) (hai|hain|hy|hen|hn|he|h|hein)\b",
            r"\b(ghar|ghr|makan|makaan|flat|building|bilding|imarat|haveli)( ko)? (ghera|ghere|gheray) (hua|hue|huye|"
            r"howa) (hai|hain|h|he|hy)\b",
            r"\b(hum|ham|main|mai|mein)( log)? (ghire|ghir|ghere|gheray|ghiray) (hue|huye|mein|me|main) "
            r"(hain|hai|hoon|hun|hu|h)\b",
            r"\b(hume|humein|hamein|hamen|mujhe) (gher|ghair) (liya|lia|rakha) (hai|h|he|hy)\b",
            # Someone will come for the person: "وہ آج رات آئیں گے", "وہ مجھے لینے پھر آئیں گے" (never "آپ آئیں گے":
            # you will come, nor "کہا تھا کہ آئیں گے اور وہ آئے").
            r"(?:وہ|وہ لوگ|کوئی|لوگ|فوجی|سپاہی|طالبان|یہ لوگ|ان کے آدمی|اس کے آدمی|میرا شوہر|شوہر)"
            r"(?: (?!آپ|تم|ہم)[^ ]+){0,3} " + _UR_COME
            + r"(?! اور(?: وہ)?(?: واقعی| پھر| سچ مچ)? (?:آئے|آ گئے|آگئے|لوٹے))",
            r"\b(?<!آپ )(?<!تم )(?<!ہم )(?:میرے لیے|میرے لئے|مجھے لینے|مجھے ڈھونڈنے|مجھے مارنے|مجھے پکڑنے|ہمارے لیے|"
            r"ہمارے لئے|ہمیں لینے|آج رات|رات کو|پھر سے|دوبارہ|واپس|میرے پیچھے)(?: [^ ]+){0,2} " + _UR_COME
            + r"(?! اور(?: وہ)?(?: واقعی| پھر| سچ مچ)? (?:آئے|آ گئے|آگئے|لوٹے))",
            r"(?:مجھے|ہمیں)(?: [^ ]+)? (?:ڈھونڈ|پکڑ|اٹھا|ڈھونڈھ)(?: [^ ]+)? (?:لیں گے|لینگے|لے گا|لیگا|نکالیں گے|"
            r"لے جائیں گے)",
            # A threat over speaking out: "اگر میں نے پولیس کو بتایا تو وہ میرے بچوں کو مار دیں گے".
            r"اگر .{0,50}(?:بتا|بول|زبان کھول|منہ کھول|شکایت|رپورٹ|گواہی|کچھ کہ|پولیس)[^ ]*.{0,60}(?:مار|قتل|ختم|غائب|"
            r"اغوا|اٹھا|نقصان)[^ ]*(?: [^ ]+)? (?:دیں گے|دینگے|ڈالیں گے|ڈالینگے|دے گا|دیگا|ڈالے گا|لیں گے|لینگے|"
            r"لے جائیں گے|کر دیں گے|کر دینگے|پہنچائیں گے)",
            r"(?:دھمکی|دھمکیاں|دھمکا)[^ ]*.{0,40}اگر .{0,40}(?:بتا|بول|زبان کھول|منہ کھول|شکایت|رپورٹ|گواہی|کچھ کہ|"
            r"پولیس)",
            # Threatened now: "مجھے دھمکیاں مل رہی ہیں", "وہ میرے گھر والوں کو دھمکا رہے ہیں" (never "دھمکی دی").
            r"(?:دھمکی|دھمکیاں|دھمکیوں)(?: [^ ]+)? (?:دے رہے|دے رہا|دے رہی|دیتے|دیتا|دیتی|مل رہی|مل رہا|مل رہے|ملتی|"
            r"ملتے|ملتا|آ رہی|آتی|آرہی)(?: [^ ]+)? (?:ہیں|ہے|ہوں)",
            r"دھمکا(?: ?رہے| ?رہا| ?رہی|تے|تا|تی) (?:ہیں|ہے)",
            # The phone or messages watched now: "وہ میرا فون چیک کرتے ہیں", "میرے میسج پڑھتے ہیں",
            # "میرا فون ہیک ہو گیا ہے".
            r"(?:میرا|میرے|میری|ہمارا|ہمارے|ہماری)(?: [^ ]+)? " + _UR_PHONE + r"(?: [^ ]+){0,2} (?:چیک|ٹریک|ہیک|نگرانی|"
            r"جاسوسی|ٹیپ|ریکارڈ|کنٹرول|پڑھ|سن|دیکھ|کھنگال|تلاشی|مانیٹر)[^ ]*(?: [^ ]+){0,2} (?:ہیں|ہے|ہین)",
            # Roman Urdu: "wo mujhe lene aayenge", "agar police ko bataya to meri family ko maar denge",
            # "mujhe dhamkiyan mil rahi hain", "wo mera phone check karte hain".
            r"\b(?:wo|woh|vo|voh|wo log|woh log|vo log|koi|log|fauji|taliban|ye log)\b"
            r"(?: (?!(?:aap|ap|tum|hum|ham)\b)\w+){0,3} " + _UR_COME_LATIN + r"\b",
            r"\b(?<!aap )(?<!ap )(?<!tum )(?<!hum )(?:mere liye|mere liey|mujhe lene|mujhe leney|mujhe dhoondne|"
            r"mujhe dhundne|mujhe marne|mujhe maarne|mujhe pakadne|mujhe pakarne|hamare liye|humare liye|hume lene|"
            r"aaj raat|aj raat|aaj rat|aj rat|phir se|dobara|dubara|wapas|wapis|mere peeche|mere piche)(?: \w+){0,2} "
            + _UR_COME_LATIN + r"\b",
            r"\b(?:mujhe|hume|humein|hamein)(?: \w+)? (?:dhoond|dhund|dhoondh|pakad|pakar|utha)(?: \w+)? (?:lenge|lega|"
            r"nikalenge|le jayenge)\b",
            r"\bagar\b.{0,50}\b(?:bataya|bataun|bataoon|batau|bata diya|bola|bolun|boloon|bolu|zuban kholi|zaban kholi|"
            r"munh khola|muh khola|shikayat ki|shikayat karun|report ki|report karun|report kiya|report karoon|"
            r"police ko|police mein|police me|police ke paas|gawahi di|gawahi dun|gawahi doon|kuch kaha|"
            r"kuch kahun)\b.{0,60}\b(?:maar|mar|qatal|qatl|katal|khatam|nuqsan|nuksan|ghayab|gayab|utha|agwa|"
            r"uthwa)(?: \w+)? (?:denge|dalenge|daalenge|dega|dalega|lenge|lega|karenge|karega|pohanchayenge|dengay)\b",
            r"\b(?:dhamki|dhamkiyan|dhamkiyaan|dhamkian|dhamkeeyan|dhmki|dhamkiya)(?: \w+)? (?:de rahe|de raha|de rahi|"
            r"de rhe|de rha|de rhi|dete|deta|deti|mil rahi|mil rahe|mil raha|mil rhi|milti|milte|milta|aa rahi|aati|"
            r"a rahi)\b",
            r"\bdhamka(?: rahe| raha| rahi| rhe| rha| rhi|te|ta|ti) (?:hain|hai|h|hy|he|hein)\b",
            r"\b(?:mera|mere|meri|mra|mre|mri|hamara|hamare|hamari|humara|humare|humari)(?: \w+)? (?:phone|fone|fon|"
            r"mobile|mobail|cell|message|messages|msg|msgs|massage|massages|sms|paigham|calls|call|whatsapp|watsapp|"
            r"whatsup|location|email|account|facebook|fb|chat|chats|texts)(?: \w+){0,2} (?:check|chek|chk|track|trace|"
            r"hack|hak|monitor|nigrani|jasoosi|tap|record|control|parh|padh|sun|dekh|khangal)\w*(?: \w+){0,2} (?:hain|"
            r"hai|hein|hy|he|h|hen|hn)\b(?! (?:the|tha|thi|thay)\b)",
            # Looking for me now, come now, threatened just now: "وہ مجھے ڈھونڈ رہے ہیں", "وہ آ گئے ہیں", "آج دھمکی دی".
            r"(?:مجھے|ہمیں) (?:ڈھونڈ|ڈھونڈھ|تلاش کر) (?:رہے|رہا|رہی) (?:ہیں|ہے)",
            r"(?:^|وہ |وہ لوگ )آ (?:گئے|گیا|گئی)(?: ہیں| ہے)?$",
            r"(?:آج|ابھی|کل رات) (?:مجھے |ہمیں )?(?:دھمکی|دھمکیاں) (?:دی|دیں|ملی|ملیں)",
            r"\b(?:mujhe|hume|humein|hamein) (?:dhoond|dhund|dhoondh|talash kar) (?:rahe|raha|rahi|rhe|rha|"
            r"rhi) (?:hain|hai|h|hy|he)\b",
            r"\b(?:wo|woh|vo|voh)(?: log)? (?:aa|a) (?:gaye|gae|gya|gaya|gai|gayi)(?: hain| hai| h)?$",
            r"\b(?:aaj|abhi|kal raat) (?:mujhe |hume )?(?:dhamki|dhamkiyan|dhamkiyaan) (?:di|din|mili|milin)\b",
            # Found, or known to be here, now: "انہوں نے مجھے ڈھونڈ لیا", "ہمیں پھر سے ڈھونڈ لیا ہے", "انہیں پتہ
            # ہے میں کہاں رہتی ہوں", "ان کے پاس میرا پتہ ہے", "کسی نے انہیں میرا پتہ دے دیا" (never "جب انہوں نے
            # مجھے ڈھونڈا", "وہ جانتے تھے ہم کہاں رہتے تھے").
            r"\b(?=(?:مجھے|ہمیں|مجھ کو|ہم کو) )" + _UR_NOT_WHEN + _UR_FOUND + _UR_NOT_THEN,
            r"\b" + _UR_KNOW + " " + _UR_WHERE_I + r"\b(?! ?تھ)",
            r"\b" + _UR_TO_THEM + r"(?: [^ ]+)? " + _UR_MY_ADDRESS + r" (?:ہے|مل گیا ہے|مل گیا|معلوم ہے|پتہ ہے|"
            r"دے دیا ہے|دے دیا|بتا دیا ہے|بتا دیا|دیا ہے|دیا|بتایا ہے|بتایا)\b(?! ?تھ)",
            r"\b" + _UR_MY_ADDRESS + r" (?:جانتے ہیں|جانتا ہے|جانتی ہے|معلوم کر لیا|ڈھونڈ لیا|پتہ کر لیا|"
            r"پتا کر لیا)\b(?! ?تھ)",
            # Roman Urdu: "unhone mujhe dhoond liya", "unhe pata hai main kahan rehti hoon", "unke paas mera address
            # hai", "kisi ne unhe mera pata de diya".
            r"\b(?=(?:mujhe|mjhe|muje|mujhay|hume|humein|hamein|hamen|hmein|humen) )" + _UR_NOT_WHEN_LATIN
            + r"(?:mujhe|mjhe|muje|mujhay|hume|humein|hamein|hamen|hmein|humen)(?: (?:phir se|phir|phr|dobara|dubara|"
            r"yahan bhi|yahan|yahaan|akhir|aakhir|aakhirkar|ab))? (?:dhoond|dhund|dhoondh|dhundh|dhond|talash kar|"
            r"khoj)(?: ?liya| ?lia| liya hai| lia hai| ?liye| ?lie| chuke hain| chuke| chuka hai| chuka|"
            r" nikala)\b(?! (?:tha|the|thi|aur|or|to|tou|toh|jab)\b)",
            r"\b" + _UR_KNOW_LATIN + r" (?:(?:main|mai|mein|me|hum|ham)(?: ab| abhi)? (?:(?:kahan|kahaan|kidhar|"
            r"kaha) (?:rehta|rehti|rehte|rahta|rahti|rahte|reh raha|reh rahi|reh rahe|reh rha|reh rhi|thehra|thehri|"
            r"chupa|chupi|chhupa|chhupi|chupe|hoon|hun|hu|hain|hai)|(?:yahan|yahaan|idhar|is shehar mein|"
            r"is shehar me) (?:hoon|hun|hu|hain|rehta|rehti|rehte))|(?:mere|hamare|humare) (?:bache|bachay|bachon|"
            r"bachhe|bachche|bete|beti|beta)(?: \w+)? (?:kis|kaun se|konse|kahan|kidhar))\b(?! (?:tha|thi|the)\b)",
            r"\b" + _UR_TO_THEM_LATIN + r"(?: \w+)? " + _UR_ADDRESS_LATIN + r" (?:hai|h|hy|he|mil gaya|mil gya|"
            r"maloom hai|pata hai|de diya|de dia|bata diya|bata dia|diya|dia|bataya)\b(?! (?:tha|thi|the)\b)",
            # A weapon here now: "اس کے پاس چاقو ہے", "اس کے ہاتھ میں چھری ہے", "وہ مسلح ہیں", "چاقو لیے کھڑا ہے"
            # (never "تھا", nor the question "کیا اس کے پاس چاقو ہے").
            r"(?:^| )(?<!کیا )(?:اس|ان|اسی|انہی|میرے شوہر|شوہر|میرے سابق شوہر|ایک آدمی|آدمی|فوجیوں|ان لوگوں|"
            r"اس آدمی)(?: [^ ]+)? (?:کے پاس|کے ہاتھ میں|کے ہاتھوں میں|کی جیب میں)(?: [^ ]+)? (?:چاقو|چھری|چھرا|"
            r"بندوق|بندوقیں|پستول|ریوالور|کلاشنکوف|اسلحہ|ہتھیار|کلہاڑی|تلوار|ٹوکا|گن)(?: [^ ]+)? (?:ہے|ہیں)\b",
            r"(?:^| )(?:وہ|وہ لوگ|فوجی|آدمی|میرا شوہر)(?: [^ ]+)? مسلح (?:ہے|ہیں)\b",
            r"(?:^| )(?:چاقو|چھری|بندوق|پستول|کلہاڑی|ڈنڈا|اسلحہ)(?: [^ ]+)? (?:لیے|لئے|لے کر|تانے) (?:کھڑا|کھڑے|کھڑی|"
            r"بیٹھا|بیٹھے|گھوم رہا|گھوم رہے|آ رہا|آ رہے) (?:ہے|ہیں)\b",
            # Hurt now: "وہ مجھے مار رہا ہے", "میرا گلا دبا رہا ہے"; just now: "اس نے ابھی مجھے مارا", "آج رات پھر
            # مجھے مارا" (never "اس نے مجھے مارا" alone, "مار رہا تھا", "مارا تھا").
            r"(?:^| )(?:مجھے|ہمیں|مجھ کو|ہم کو|میرا|ہمارا|میری|مجھ پر|ہم پر)(?: [^ ]+)? (?:مار|پیٹ|تشدد کر|لاتیں مار|"
            r"لات مار|تھپڑ مار|گھونسے مار|مکے مار|گلا دبا|ریپ کر|زیادتی کر|چاقو مار|زخمی کر|گھسیٹ|ٹارچر کر) "
            r"(?:رہا|رہے|رہی) (?:ہے|ہیں)\b",
            r"(?:^| )(?:ابھی ابھی|ابھی|آج رات|آج صبح|آج شام|آج|کچھ دیر پہلے|تھوڑی دیر پہلے)(?: (?!(?:تک|جب|جس)\b)"
            r"[^ ]+){0,3} (?:مجھے|ہمیں|مجھ کو|ہم کو)(?: [^ ]+){0,2} (?:مارا|پیٹا|تھپڑ مارا|گھونسا مارا|گھونسے مارے|"
            r"لات ماری|لاتیں ماریں|مکا مارا|مکے مارے|زخمی کیا|چاقو مارا|گلا دبایا)\b(?! ?تھ)",
            r"(?:^| )(?:مجھے|ہمیں)(?: [^ ]+)? (?:ابھی ابھی|ابھی|آج رات|آج)(?: (?!(?:تک)\b)[^ ]+){0,2} (?:مارا|پیٹا|"
            r"تھپڑ مارا|لات ماری|زخمی کیا|چاقو مارا|گلا دبایا)\b(?! ?تھ)",
            # Injured now, a life at stake: "خون بہہ رہا ہے", "وہ سانس نہیں لے رہا", "بے ہوش ہے", "اسے گولی لگی ہے",
            # "بری طرح زخمی ہے", "ہمیں ایمبولینس چاہیے" (never "بہہ رہا تھا", "بے ہوش تھا", "گولی لگی تھی", "زخمی ہوا",
            # nor "سانس نہیں آ رہا": I can't breathe, a panic, answered as distress). One pattern: at every word of a
            # long account, each "(?:^| )" pattern costs a try.
            r"(?:^| )(?=[\u0600-\u06ff])(?:"
            r"(?:خون(?: (?!(?:نہیں|نہ)\b)[^ ]+)? (?:بہہ|بہ|نکل|رس) (?:رہا|رہی|رہے)(?: (?:ہے|ہیں))?\b(?! ?تھ))"
            r"|(?:خون (?:(?:نہیں|نہ) (?:رک|تھم)|(?:رک|تھم) (?:نہیں|نہ)) (?:رہا|رہی)(?: ہے)?\b(?! ?تھ))"
            r"|(?:سانس (?:نہیں|نہ) (?:لے|لی) (?:رہا|رہی|رہے)(?: (?:ہے|ہیں))?\b(?! ?تھ))"
            r"|(?:سانس (?:رک|بند ہو) (?:گئی|گیا) (?:ہے|ہیں)\b)"
            r"|(?:(?:بے ?|بی)ہوش (?:ہے|ہیں|ہوں|پڑا ہے|پڑی ہے|پڑے ہیں|ہو گیا ہے|ہو گئی ہے|ہو گئے ہیں|ہوگیا ہے|"
            r"ہوگئی ہے)\b)"
            r"|(?:ہوش میں (?:نہیں|نہ) (?:ہے|آ رہا|آ رہی)\b(?! ?تھ))"
            r"|(?:(?:گولی|گولیاں|چاقو|چھری|خنجر)(?: [^ ]+){0,2} (?:لگی|لگیں|لگا|لگے|ماری گئی|مارا گیا) (?:ہے|ہیں)\b)"
            r"|(?:(?:شدید|بری طرح|بری طرح سے|بہت|سخت) (?:زخمی|گھائل) (?:ہے|ہیں|ہوں|ہو گیا ہے|ہو گئی ہے|ہو گئے ہیں|"
            r"ہوگیا ہے|ہوگئی ہے)\b)"
            r"|(?:(?:ایمبولینس|ایمبولنس)(?: کی)? (?:فوری |فورا |ابھی |جلدی )?(?:چاہیے|چاہئے|ضرورت ہے|بھیجو|بھیجیں|"
            r"بھیج دیں|بھیج دو)\b)"
            r"|(?:ڈاکٹر(?: کی)? (?:فوری|فورا|ابھی|جلدی) (?:چاہیے|چاہئے|ضرورت ہے|بھیجو|بھیجیں)\b))",
            # Afraid for one's life now: "مجھے اپنی جان کا خوف ہے", "میری جان خطرے میں ہے" (never "ڈر تھا").
            r"(?:^| )(?:اپنی |میری |ہماری )?جان (?:کا |کی |کے لیے |کے لئے )?(?:ڈر|خوف|خطرہ|فکر)(?: لگ رہا| لگتا|"
            r" محسوس ہو رہا| محسوس ہوتا)? (?:ہے|ہیں)\b",
            r"(?:^| )(?:میری|ہماری) جان (?:خطرے|خطرہ) میں (?:ہے|ہیں)\b",
            # Held, locked in, not let go now: "میں باتھ روم میں بند ہوں", "مجھے کمرے میں بند کر دیا ہے", "ہمیں قید کر
            # رکھا ہے", "وہ مجھے جانے نہیں دیتا", "باہر نہیں جانے دیتے" (never "بند تھا", "جانے نہیں دیا", "دیتے تھے";
            # nor "دکانیں بند ہیں").
            r"(?:^| )میں(?: [^ ]+){0,4} (?:بند|قید|یرغمال|محبوس|پھنسا ہوا|پھنسی ہوئی|پھنس گیا|پھنس گئی|"
            r"بند کر دیا گیا|بند کر دی گئی) ہوں\b",
            r"(?:^| )ہم(?: لوگ)?(?: (?!نے\b)[^ ]+){0,4} (?:بند|قید|یرغمال|محبوس|پھنسے ہوئے|پھنس گئے) ہیں\b",
            r"(?:^| )(?:مجھے|ہمیں|مجھ کو|ہم کو)(?: [^ ]+){0,3} (?:بند کر (?:دیا|رکھا|دی|رکھی)|قید کر (?:رکھا|لیا|دیا)|"
            r"یرغمال بنا (?:رکھا|لیا)) (?:ہے|ہیں)\b",
            r"(?:^| )(?:جانے|نکلنے|بھاگنے) (?:نہیں|نہ) (?:دیتا|دیتی|دیتے|دے رہا|دے رہی|دے رہے|دے گا|دیں گے|دیگا|"
            r"دینگے)\b(?! ?تھ)(?! (?:ہے|ہیں) ?تھ)",
            r"(?:^| )(?:نہیں|نہ) (?:جانے|نکلنے|بھاگنے) (?:دیتا|دیتی|دیتے|دے رہا|دے رہی|دے رہے|دے گا|دیں گے)\b(?! ?تھ)",
            # Asking for the police: "پولیس کو بلاؤ", "پلیز پولیس کو فون کریں" (never "پولیس کو نہیں بلایا", "مت بلاؤ").
            r"(?:^| )(?:پولیس|پلیس|ریسکیو|ایمبولینس|15|1122)(?: کو)? (?:بلاؤ|بلائیں|بلایں|بلا لو|بلالو|بلا لیں|"
            r"فون کرو|فون کریں|فون کر دو|کال کرو|کال کریں|کال کر دو|اطلاع دو|اطلاع دیں)\b",
            r"(?:^| )(?:15|1122|ون فائیو) (?:پر|پہ) (?:کال|فون) (?:کرو|کریں|کر دو)\b",
            # Waiting for me outside now: "دو آدمی باہر میرا انتظار کر رہے ہیں" (never "کر رہے تھے").
            r"(?:^| )(?:باہر|نیچے|دروازے پر|دروازے کے باہر|گیٹ پر|گیٹ کے باہر|گلی میں|سڑک پر|گاڑی میں|سامنے|"
            r"گھر کے باہر|گھر کے سامنے|بلڈنگ کے باہر|اسٹاپ پر)(?: [^ ]+)? (?:میرا|ہمارا|میری|ہماری) (?:انتظار کر|"
            r"راہ دیکھ|راہ تک) (?:رہا|رہے|رہی) (?:ہے|ہیں)\b",
            r"(?:^| )(?:میرا|ہمارا|میری|ہماری) (?:انتظار کر|راہ دیکھ|راہ تک) (?:رہا|رہے|رہی) (?:ہے|ہیں) (?:باہر|نیچے|"
            r"دروازے|گیٹ|گلی|سڑک|گاڑی|گھر کے)\b",
            # One of them seen just now or today: "میں نے ابھی اسے بس اسٹاپ پر دیکھا", "آج ان میں سے ایک کو اپنی گلی
            # میں دیکھا" (never "دیکھا تھا", "ابھی تک نہیں دیکھا").
            r"(?:^| )(?:ابھی ابھی|ابھی|آج|آج صبح|آج شام|آج رات|کچھ دیر پہلے|تھوڑی دیر پہلے)(?: (?!(?:تک|جب)\b)"
            r"[^ ]+){0,3} (?:اسے|انہیں|انھیں|ان کو|اس کو|ان میں سے ایک کو|ان میں سے کسی کو|اس آدمی کو|اس افسر کو|"
            r"اس فوجی کو|اس سپاہی کو|ایک فوجی کو|اس شخص کو|اپنے سابق شوہر کو)(?: [^ ]+){0,5} (?<!نہیں )(?<!نہ )"
            r"(?:دیکھا|دیکھے|دیکھی)\b(?! ?تھ)",
            r"(?:^| )(?:اسے|انہیں|انھیں|ان کو|اس کو|ان میں سے ایک کو)(?: [^ ]+)? (?:ابھی ابھی|ابھی|آج|آج صبح|آج شام|"
            r"کچھ دیر پہلے|تھوڑی دیر پہلے)(?: (?!تک\b)[^ ]+){0,5} (?<!نہیں )(?<!نہ )(?:دیکھا|دیکھے|دیکھی)\b(?! ?تھ)",
            # One of them living near: "جس افسر نے مجھ پر تشدد کیا وہ میرے قریب رہتا ہے", "وہ میرے محلے میں رہتا ہے"
            # (never "میری بہن میرے قریب رہتی ہے", "رہتا تھا").
            r"(?:^| )(?:وہ|وہ لوگ|ان میں سے ایک|ان میں سے کوئی)(?: (?:بھی|اب|ابھی|یہیں|تو)){0,2} (?:میرے|ہمارے) "
            r"(?:قریب|نزدیک|پڑوس میں|محلے میں|گلی میں|علاقے میں|بلڈنگ میں|گھر کے قریب|گھر کے پاس|گھر کے سامنے|"
            r"ساتھ والے گھر میں)(?: ہی)? (?:رہتا|رہتی|رہتے|رہ رہا|رہ رہی|رہ رہے) (?:ہے|ہیں)\b",
            # Roman Urdu: "uske paas chaku hai", "wo mujhe maar raha hai", "usne abhi mujhe mara", "mujhe apni jaan
            # ka dar hai", "main bathroom mein band hoon", "wo mujhe jaane nahi deta", "police ko bulao", "bahar mera
            # intezar kar rahe hain", "maine abhi usko dekha", "wo mere qareeb rehta hai".
            r"\b(?<!kya )(?:uske|unke|us ke|un ke|iske|mere shohar ke|shohar ke)(?: \w+)? (?:paas|pas|haath mein|"
            r"hath mein|haath me|hath me|hathon mein)(?: \w+)? (?:chaku|chaaku|chaqu|chhuri|churi|chhura|bandook|"
            r"banduk|bandooq|pistol|revolver|gun|hathiyar|hatyar|kulhari|talwar|aslaha|aslah)(?: \w+)? (?:hai|hain|h|"
            r"he|hy|hay)\b(?! (?:tha|thi|the)\b)",
            r"\b(?:mujhe|mjhe|muje|hume|humein|hamein|mera|meri)(?: \w+)? (?:maar|mar|peet|pit|tashadud kar|"
            r"thappar maar|thapar mar|laatein maar|laat maar|ghoonse maar|mukke maar|gala daba|zakhmi kar) (?:raha|"
            r"rahe|rahi|rha|rhe|rhi) (?:hai|hain|h|he|hy|hein)\b",
            r"\b(?:abhi abhi|abhi|aaj raat|aj raat|aaj|thodi der pehle|kuch der pehle)(?: (?!(?:tak|tk|jab)\b)\w+)"
            r"{0,3} (?:mujhe|mjhe|muje|hume|humein|hamein)(?: \w+){0,2} (?:mara|maara|peeta|pita|thappar mara|"
            r"laat mari|zakhmi kiya)\b(?! (?:tha|the|thi)\b)",
            # Roman Urdu, injured now: "khoon beh raha hai", "saans nahi le raha", "behosh hai", "goli lagi hai",
            # "ambulance chahiye" (never "beh raha tha", "behosh tha", "goli lagi thi"). One pattern, as above.
            r"\b(?:"
            r"(?:(?:khoon|khun|khon)(?: (?!(?:nahi|nahin|nai|na)\b)\w+)? (?:beh|bah|bh|nikal) (?:raha|rahi|rha|rhi|"
            r"rahe|rhe)(?: (?:hai|h|he|hy|hain))?\b(?! (?:tha|thi|the)\b))"
            r"|(?:(?:khoon|khun) (?:nahi|nahin|nai|na) (?:ruk|rukk|tham) (?:raha|rha|rahi|rhi)\b(?! (?:tha|thi)\b))"
            r"|(?:(?:saans|sans|saas) (?:nahi|nahin|nai|na) (?:le|li) (?:raha|rahi|rha|rhi|rahe|rhe)\b"
            r"(?! (?:tha|thi|the)\b))"
            r"|(?:(?:behosh|be hosh|behoosh|bayhosh|behosh pada|behosh padi) (?:hai|h|he|hy|hain|hoon|hun|ho gaya hai|"
            r"ho gya hai|ho gayi hai|ho gai hai|ho gye hain)\b)"
            r"|(?:(?:goli|golee|goliyan|chaku|chaaku|churi|chhuri)(?: \w+){0,2} (?:lagi|lgi|laga|lga|lagin) (?:hai|h|"
            r"he|"
            r"hy|hain)\b)"
            r"|(?:(?:buri tarah|shadeed|sakht|bahut|bohat|boht|bohot) (?:zakhmi|ghayal) (?:hai|h|he|hy|hain|hoon|hun|"
            r"ho gaya hai|ho gya hai|"
            r"ho gayi hai)\b)"
            r"|(?:(?:ambulance|ambulence|embulance)(?: ki)? (?:chahiye|chahye|chaiye|chahiay|zaroorat hai|zarurat hai|"
            r"bhejo|bhejen|bhej do|bhejain)\b)"
            r"|(?:doctor (?:ki )?(?:fauran|foran|abhi|jaldi) (?:chahiye|chahye|chaiye|zaroorat hai|bhejo)\b))",
            r"\b(?:apni |meri |hamari )?(?:jaan|jan) (?:ka |ki |ke liye )?(?:dar|darr|khauf|khof|khatra|khatrah)"
            r"(?: lag raha| lagta)? (?:hai|h|he|hy|hain)\b",
            r"\b(?:meri|hamari|humari) (?:jaan|jan) (?:khatre|khatray|khatrey) (?:mein|me|main|mai) (?:hai|h|he|hy)\b",
            r"\b(?:main|mai|mein|me)(?: \w+){0,4} (?:band|qaid|kaid|yarghamal|phansa hua|phansi hui|phans gaya|"
            r"phans gayi) (?:hoon|hun|hu|hoo)\b",
            r"\b(?:mujhe|hume|humein|hamein)(?: \w+){0,3} (?:band kar (?:diya|dia|rakha)|qaid kar (?:rakha|liya|lia)|"
            r"kaid kar rakha) (?:hai|h|he|hy|hain)\b",
            r"\b(?:jane|jaane|janay|jaanay|nikalne|nikalnay|bhagne) (?:nahi|nahin|nai|na) (?:deta|deti|dete|de raha|"
            r"de rahi|de rahe|dega|denge)\b(?! (?:tha|the|thi)\b)",
            r"\b(?:nahi|nahin|nai|na) (?:jane|jaane|nikalne|bhagne) (?:deta|deti|dete|de raha|de rahe|dega|denge)\b"
            r"(?! (?:tha|the|thi)\b)",
            r"\b(?:police|polis|pulis|1122|rescue)(?: ko)? (?:bulao|bulaao|bulaen|bulayen|bulaein|bula lo|bulalo|"
            r"call karo|call karen|call karein|call kro|call kren|phone karo|fone karo|phone karen|phone kro|"
            r"call kar do)\b",
            r"\b(?:bahar|baahar|neeche|niche|darwaze par|darwaze pe|gate par|gate pe|gali mein|gali me|sadak par|"
            r"gaari mein|gaadi mein|samne|saamne|ghar ke bahar|ghar ke samne)(?: \w+)? (?:mera|hamara|humara|meri) "
            r"(?:intezar|intizar|intzar|wait) kar (?:raha|rahe|rahi|rha|rhe|rhi) (?:hai|hain|h|he|hy|hein)\b",
            r"\b(?:abhi abhi|abhi|aaj|aaj subah|aaj raat|thodi der pehle|kuch der pehle)(?: (?!(?:tak|tk|jab)\b)\w+)"
            r"{0,3} (?:use|usay|usse|usko|us ko|unhe|unhein|unko|un ko|unmein se ek ko|un mein se ek ko|"
            r"unme se ek ko|us aadmi ko|us officer ko|us fauji ko)(?: \w+){0,5} (?<!nahi )(?<!nahin )(?<!na )dekha\b"
            r"(?! (?:tha|the|thi)\b)",
            r"\b(?:use|usay|usko|us ko|unhe|unko|un ko)(?: \w+)? (?:abhi abhi|abhi|aaj)(?: (?!(?:tak|tk)\b)\w+){0,5} "
            r"(?<!nahi )(?<!nahin )dekha\b(?! (?:tha|the|thi)\b)",
            r"\b(?:wo|woh|vo|voh|wo log|un mein se ek|unmein se ek)(?: (?:bhi|ab|abhi|to)){0,2} (?:mere|hamare|"
            r"humare) (?:qareeb|qarib|kareeb|karib|nazdeek|nazdik|pados mein|paros mein|mohalle mein|mohalle me|"
            r"muhalle mein|gali mein|gali me|ilaqe mein|ilake mein|building mein|ghar ke qareeb|ghar ke paas|"
            r"ghar ke pas|ghar ke samne)(?: hi)? (?:rehta|rehti|rehte|rahta|rahti|rahte|reh raha|reh rahi|reh rahe) "
            r"(?:hai|hain|h|he|hy)\b",
        ),
        not_danger=(
            r"یہاں (برطانیہ|انگلینڈ|لندن|اس ملک) میں",
            r"خودکش (حملہ|حملے|حملوں|دھماکہ|دھماکے|بمبار)",  # a suicide attack, a suicide bomber
        ),
        spellings=("خودکشی",),
    ),
    "ta": PhraseList(
        self_harm=(
            # Life not worth it, said in passing: "நான் செத்துப் போனால் நல்லது", "வாழ்ந்து என்ன பயன்".
            r"(செத்துப் போனால்|செத்து போனால்|செத்துட்டா|செத்துப்போனா|இறந்துவிட்டால்|இறந்தால்|செத்தா) (நல்லது|"
            r"நல்லா இருக்கும்|பரவாயில்லை|நிம்மதி)",
            r"(வாழ்ந்து|வாழ்றது|வாழ்வதில்|உயிரோட இருந்து) (என்ன|எந்த) (பயன்|பிரயோஜனம்|அர்த்தம்)",
            r"(எதுக்கு|ஏன்) (நான் )?(வாழணும்|வாழ வேண்டும்|உயிரோட இருக்கணும்)",
            r"\b(sethu pona|sethuta|sethaa|seththa) (nallathu|nalladhu|nalla irukkum)\b",
            r"\b(vaazhndhu|vazhndhu|vaalnthu|vazhnthu) (enna|yenna) (payan|prayojanam)\b",
            r"தற்கொலை",
            r"(சாக|இறக்க|செத்து ?விட|செத்துப்போக|செத்து போக) ?(வேண்டும்|விரும்புகிறேன்|ஆசை|போகிறேன்|தோன்றுகிறது)",
            r"சாகணும்",
            r"(என்னை|நானே) ?(நானே )?(கொல்ல|கொன்று|காயப்படுத்த)",
            r"வாழ (விரும்பவில்லை|பிடிக்கவில்லை|வேண்டாம்|முடியவில்லை)",
            r"வாழ்க்கையை (முடிக்க|முடித்து)",
            r"\b(thatkolai|tharkolai|thatkollai|tharkolai)\b",
            r"\b(saaganum|saganum|saaga venum|saaga vendum|sethudalam)\b",
            r"வாழ (விருப்பமில்லை|விருப்பம் இல்லை)",
            r"வாழ்வதில் (அர்த்தமில்லை|அர்த்தம் இல்லை)",
            r"(இறந்திருக்கலாம்|செத்திருக்கலாம்)",
            r"நான் இல்லாமல் (எல்லோரும்|எல்லாரும்)",
            # To sleep and never wake up: "அப்படியே தூங்கி இனி எழவே கூடாது", "தூங்கிட்டு எழுந்திருக்காமலே
            # இருக்கணும்னு தோணுது" (a wish: never "அப்பா தூங்கினார் மீண்டும் எழுந்திருக்கவில்லை").
            r"(?:^| )(?:தூங்கி|உறங்கி)[^ ]*(?: [^ ]+){0,3} (?:எழுந்திரி|எழுந்திரு|எழுந்து|எழ|முழி|விழி)(?:[^ ]*கூடாது|"
            r"[^ ]* (?:கூடாது|வேண்டாம்)|[^ ]*(?:காம|மால)[^ ]*(?: [^ ]+){0,2} [^ ]*(?:ணும|வேண்டும|வேணும|தோணுது|"
            r"தோன்றுகிறது|ஆசை|விரும்பு))",
            r"\b(?:thoongi|thungi|thoongitu|thoongittu|urangi)(?: \w+){0,3} (?:ezhundhiri|ezhundhiru|ezhunthiri|"
            r"ezhundiri|ezha|ezhu|muzhi|vizhi)\w*(?:(?:kaama|kaamal|maa?le)\w*(?: \w+){0,2} \w*(?:num|venum|vendum|"
            r"thonudhu|thonuthu|aasai)\w*|(?: \w+)? \w*(?:koodaadhu|koodathu|kudathu))\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "அவன் என் அம்மாவை அடிக்கிறான்", "இப்போதுதான் என் மகனை
            # கூட்டிட்டு போனாங்க" (never "அடித்தான்": hit).
            r"(என்|எங்க|எங்கள்) [^ ]+( [^ ]+)? (அடிக்கிறான்|அடிக்கிறார்கள்|அடிக்கிறாங்க|அடிக்கறான்|அடிக்குறான்|"
            r"அடிக்குறாங்க|அடிச்சிட்டு இருக்கான்|அடிச்சிட்டு இருக்காங்க|அடித்துக்கொண்டிருக்கிறார்கள்|"
            r"சித்திரவதை செய்கிறார்கள்)",
            r"(இப்போதுதான்|இப்போ தான்|இப்பதான்|இப்ப தான்|கொஞ்ச நேரம் முன்னாடி|ஒரு மணி நேரம் முன்பு)( [^ ]+){0,2} "
            r"(என்|எங்க|எங்கள்) [^ ]+ (கூட்டிட்டு போனாங்க|அழைத்துச் சென்றார்கள்|கைது செய்தார்கள்|கைது பண்ணாங்க|"
            r"பிடிச்சிட்டு போனாங்க|கடத்திட்டு போனாங்க|கடத்தினார்கள்)",
            # Searched for, houses searched and people taken around them now: "என்னை தேடுகிறார்கள்", "வீடு வீடாக
            # சோதனை செய்கிறார்கள்" (never "தேடினார்கள்": they searched).
            r"(என்னை|என்னைத்|எங்களை|எங்களைத்|நம்மை) (தேடுகிறார்கள்|தேடுறாங்க|தேடுகிறான்|தேடுறான்|தேடுகின்றனர்|"
            r"தேடிக்கொண்டிருக்கிறார்கள்|தேடிட்டு இருக்காங்க|தேடிக்கிட்டு இருக்காங்க)",
            r"\b(ennai|ennaya|enna|engala|engalai) (thedranga|theduranga|thedraanga|thedikittu irukanga)\b",
            r"(வீடு வீடாக|வீடுகளை|வீடுகளைச்|ஆட்களை|ஆண்களை|இளைஞர்களை|பசங்களை)( [^ ]+){0,2} (சோதனை செய்கிறார்கள்|"
            r"சோதனை பண்றாங்க|சோதிக்கிறார்கள்|தேடுகிறார்கள்|தேடுறாங்க|பிடிக்கிறார்கள்|பிடிக்கிறாங்க|புடிக்கிறாங்க|"
            r"கைது செய்கிறார்கள்|கைது பண்றாங்க|இழுத்துட்டு போறாங்க)",
            # Armed men in the street or the village now: "ராணுவம் இப்போ தெருவில் இருக்கு", "இராணுவத்தினர் எங்கள் ஊரில்
            # இருக்கிறார்கள்" (never "இருந்தது": was, nor "இருக்கும்": would be).
            _TA_ARMED + r"(?: [^ ]+){0,3} " + _TA_AROUND + r"(?: [^ ]+){0,2} " + _TA_ARE_THERE,
            # Afraid they will find out about this conversation: "நான் பேசுவது அவர்களுக்கு தெரிந்துவிடுமோ", "தெரிஞ்சிடுமோ
            # என்று பயமா இருக்கு" (never "தெரிந்தது": they knew).
            r"(தெரிந்துவிடுமோ|தெரிந்துவிடுமே|தெரிஞ்சிடுமோ|தெரிஞ்சுடுமோ|தெரிஞ்சிருமோ|தெரிந்து விடுமோ|"
            r"கண்டுபிடித்துவிடுவார்களோ|கண்டுபிடிச்சிடுவாங்களோ|கண்டுபிடிச்சுடுவாங்களோ|பார்த்துவிடுவார்களோ|"
            r"பாத்துடுவாங்களோ)",
            r"\b(therinjidumo|therinjudumo|therinjirumo|therindhuvidumo|kandupidichiduvangalo|kandupidichuduvangalo|"
            r"paathuduvangalo)\b",
            # Hiding now: "ஒளிந்திருக்கிறேன்", "ஒளிஞ்சிருக்கோம்" (never "ஒளிந்திருந்தோம்": we were hiding).
            r"(ஒளிந்திருக்கிறேன்|ஒளிந்திருக்கிறோம்|ஒளிந்து கொண்டிருக்கிறேன்|ஒளிந்து கொண்டிருக்கிறோம்|ஒளிஞ்சிருக்கேன்|"
            r"ஒளிஞ்சிருக்கோம்|ஒளிஞ்சுருக்கேன்|ஒளிஞ்சுருக்கோம்)",
            r"\b(olinjirukken|olinjirukkom|olinjurukken|olinjurukkom|olinthirukiren|olinthirukirom|olinjirukiren)\b",
            *_TA_UNDER_FIRE,
            r"(அவன்|அவள்|அவர்|அவர்கள்|யாரோ) (இங்கே|இங்க|பக்கத்து அறையில்|வாசலில்|வெளியே|வருகிறான்|வருகிறார்கள்|"
            r"வருகிறார்|என்னைப் பார்க்கிறான்)",
            r"என்னை(க்|ப்)? ?(கண்காணிக்க|கவனிக்கிற|பின்தொடர்)",
            r"ஆபத்தில் (இருக்கிறேன்|இருக்கேன்|உள்ளேன்)",
            r"பாதுகாப்பா(க|ய்)? ?இல்லை",
            r"என்னை(க்)? ?(கொன்று ?விடுவா|கொல்ல (போகிறா|வருகிறா))",
            r"\b(avan|aval|avanga|avar) (inga|inge) (irukkan|irukkanga|irukka|irukkaar)",
            # At / outside / in front of / behind / around the door, window, gate or house now; knocking, breaking in.
            r"(^| )" + _TA_WHERE + r"( [^ ]+){0,2} " + _TA_NOW,
            r"(^| )" + _TA_INSIDE + r"( [^ ]+)? " + _TA_COMING,
            # No verb: "இப்போ வாசலில் ராணுவம்" (the army at the door now).
            r"(^| )(வாசலில்|கதவருகே|கதவுக்கு வெளியே|வீட்டுக்கு வெளியே|வீட்டு முன்னால்|வீட்டுக்கு முன்னால்|"
            r"ஜன்னலுக்கு வெளியே|கேட்டில்) " + _TA_WHO + _TA_NOW_WORD + "$",
            r"(^| )" + _TA_WHO + r" (வாசலில்|கதவருகே|கதவுக்கு வெளியே|வீட்டுக்கு வெளியே|வீட்டு முன்னால்|"
            r"வீட்டுக்கு முன்னால்|ஜன்னலுக்கு வெளியே|கேட்டில்)" + _TA_NOW_WORD + "$",
            r"\b" + _TA_WHERE_LATIN + r"( \w+){0,2} " + _TA_NOW_LATIN,
            r"\b(ulla|ulle|ullae|(veet|vet|veed|vid|building|flat|compound|room)\w*(kulla|kule|kulle)) "
            r"(\w+ )?va+r(u|i)?r?aa?(nga|n|ru|r|l)\b",
            # Watching, following, looking for me now: "yaaro ennai follow panraanga", "avanga ennai thedraanga".
            r"\b(ennai|enna|ennaiya|ennaye|ennaiye) (kavanikk(u|i)raa?(nga|n|ru|r)|follow pan+(u|n)?raa?(nga|n|ru|r)|"
            r"thed(u|i)?raa?(nga|n|ru|r)|paa?r?kk?(u|i)raa?(nga|n|ru|r))\b",
            # Someone will come for the person: "அவர்கள் இன்று இரவு வருவார்கள்", "என்னைத் தேடி மீண்டும் வருவாங்க",
            # "என்னைக் கண்டுபிடித்துவிடுவார்கள்".
            r"(?:^| )(?:என்னை[^ ]*|எங்களை[^ ]*|எனக்காக|இன்று இரவு|இன்றிரவு|இன்னைக்கு ராத்திரி|இன்னிக்கு ராத்திரி|"
            r"இன்னைக்கு நைட்|இந்த இரவு|மீண்டும்|திரும்ப|திரும்பவும்|மறுபடியும்|மறுபடி)(?: [^ ]+){0,2} "
            + _TA_WILL_COME + r"(?: |$)",
            r"(?:^| )(?:என்னை|எங்களை)[^ ]*(?: [^ ]+)? (?:கண்டுபிடி|பிடி|தூக்கி|கடத்தி)[^ ]*(?:வார்கள்|வாங்க|வான்|"
            r"வார்)(?: |$)",
            # A threat over speaking out: "போலீசுக்குப் போனால் என் குடும்பத்தைக் கொன்றுவிடுவார்கள்".
            r"(?:^| )[^ ]*" + _TA_IF_I_TELL + r"(?: [^ ]+){0,4} (?:கொன்|கொல்|கொலை செய்|அடிப்ப|காயப்படுத்து|"
            r"தீர்த்துக்கட்டு|கடத்து|கடத்தி)[^ ]*(?:வார்கள்|வாங்க|வான்|வார்|வாள்)(?: |$)",
            # Threatened now: "அவர்கள் என்னை மிரட்டுகிறார்கள்", "கொலை மிரட்டல் வருகிறது".
            r"(?:^| )(?:மிரட்டுகிற|மிரட்டுகின்ற|மிரட்டுற|மிரட்டற|மிரட்டிக்கிட்டே இருக்க|மிரட்டிக்கொண்டே இருக்கிற|"
            r"மிரட்டிக்கொண்டிருக்கிற|மிரட்டிட்டே இருக்க|அச்சுறுத்துகிற|அச்சுறுத்துற|அச்சுறுத்தற)(?:ா(?!து|த|ம)|னர)",
            r"(?:^| )மிரட்டல்(?:கள்)? (?:வருகிறது|வருது|வந்துகிட்டே இருக்கு|வந்துக்கிட்டே இருக்கு|வருகின்றன|"
            r"வந்துட்டே இருக்கு)",
            r"(?:^| )கொலை மிரட்டல் (?:விடுக்கிற|விடுற|கொடுக்கிற|குடுக்குற)(?:ா(?!து|த|ம)|னர)",
            # The phone or messages watched now: "என் போனை கண்காணிக்கிறார்கள்", "என் மெசேஜ்களைப் படிக்கிறாங்க",
            # "என் போனை ஹேக் பண்ணிட்டாங்க" (never "சோதித்தார்கள்").
            r"(?:^| )(?:என்|எங்கள்|என்னுடைய|என்னோட|எங்களோட|என்னோடைய|எங்க)(?: [^ ]+)? " + _TA_PHONE + r"(?: [^ ]+){0,2} "
            r"(?:(?:கண்காணிக்கிற|கண்காணிக்குற|கண்காணிக்கின்ற|படிக்கிற|படிக்குற|படிக்கின்ற|பார்க்கிற|பாக்குற|பாக்கிற|"
            r"சோதிக்கிற|சோதிக்குற|செக் பண்ற|செக் பண்ணுற|செக் செய்கிற|ட்ராக் பண்ற|டிராக் பண்ற|ட்ராக் செய்கிற|"
            r"டிராக் செய்கிற|ஹேக் பண்ற|ஒட்டுக் கேட்கிற|ஒட்டு கேட்கிற|ஒட்டுக்கேட்கிற|ஒட்டு கேக்குற|கேட்கிற|கேக்குற|"
            r"உளவு பார்க்கிற|கட்டுப்படுத்துகிற|பின்தொடர்கிற|நோண்டுற|நோண்டுகிற|துழாவுகிற)(?:ா(?!து|த|ம)|னர)|"
            r"ஹேக் (?:பண்ணிட்ட|பண்ணிவிட்ட|செய்துவிட்ட|செய்துட்ட|செய்துள்ள|பண்ணியிருக்க|பண்ணிருக்க)(?:ா|னர)|ஹேக் (?:ஆகி|"
            r"ஆயி)(?:விட்டது|டுச்சு|ருச்சு|இருக்கிறது|இருக்கு|ருக்கு)|ஹேக் செய்யப்பட்டு(?:ள்ளது|இருக்கிறது|விட்டது))",
            # Tamil in Latin letters: "ennai thedi thirumba varuvaanga", "complaint kudutha ennai konnuduvaanga",
            # "avanga ennai mirattuRaanga", "en phone check panraanga", "en phone hack pannittaanga".
            r"\b(?:ennai|ennaye|ennaiya|ennaya|engala|engalai|enna (?:thedi|pudikka|pidikka|kolla)|innaiku raathiri|"
            r"inniku raathiri|innaikku raathiri|innikku raathiri|inniku rathiri|innaiku night|inniku night|indru iravu|"
            r"thirumba|thirumbavum|marubadiyum|marupadiyum|marubadi|meendum)(?: \w+){0,2} (?:varuvaa?(?:nga|ngal|rgal|"
            r"rkal|n|r|l)|vanth?(?:u|i)(?:d|r)(?:u|i)?vaa?(?:nga|n|r)|vandh(?:u|i)(?:d|r)(?:u|i)?vaa?(?:nga|n|r)|"
            r"varraa?nga|varaanga|varuvaango)\b",
            r"\b(?:ennai|enna|engala|engalai)(?: \w+)? (?:kandupidi|kandu pidi|pudi|pidi|thooki|thukki|"
            r"kadathi)\w*vaa?(?:nga|n|r|rgal)\b",
            r"\b(?:sonna|sonnaa|sonnal|sonnaal|sollitta|sollittaa|sollittaal|pesina|pesinaa|pesunaa|pesuna|"
            r"complaint (?:kudutha|kuduthaa|koduthaal|koduthaa|panna|pannaa|pannuna|pannunaa)|police(?:kku|ku| kitta|"
            r" kita| station)? (?:pona|ponaa|ponaal|sonna|sonnaa)|saatchi (?:sonna|sonnaa|"
            r"kudutha))\b(?: \w+){0,4} (?:konn|kolluv|kolla|kolai|kondru|adipp|kadath)\w*",
            r"\bmirat+(?:u|i)?(?:k|kk)?i?raa?(?:nga|n|ru|r|rgal|rkal|ngal)\b",
            r"\b(?:mirattal|kolai mirattal) (?:varudhu|varuthu|vanthukitte irukku|vandhukitte irukku|varugiradhu)\b",
            r"\b(?:en|enga|ennoda|ennudaya|ennudaiya|engaloda|engal|ennode)(?: \w+)? (?:phone|fone|mobile|cell|message|"
            r"messages|msg|msgs|sms|whatsapp|location|call|calls|email|account|fb|facebook|chat|"
            r"chats)\w*(?: \w+){0,2} (?:(?:check|track|hack|monitor|watch|trace|record|control|tap)\w* (?:pan+(?:u|"
            r"n)?raa?(?:nga|n|ru|r|l)?|pannikitt?(?:u|e)? irukk?aa?(?:nga|n|ru|r)|seiraa?(?:nga|n|r)|seigiraa?(?:nga|n|"
            r"r))|hack\w* (?:pannitt?aa?(?:nga|n|ru|r)|pannirukk?aa?(?:nga|n|ru|r)|aayiduchu|aagiduchu|aayidichu|"
            r"aagirukku|aayirukku|aiduchu)|padikk?(?:u|i)raa?(?:nga|n|ru|r)|paa?r?kk?(?:u|i)raa?(?:nga|n|ru|r)|"
            r"kavanikk?(?:u|i)raa?(?:nga|n|ru|r)|kekk?(?:u|i)raa?(?:nga|n|ru|r)|nond(?:u|i)raa?(?:nga|n|ru|r))\b",
            # Threatened just now: "இன்று என்னை மிரட்டினார்கள்", "innaiku mirattinaanga".
            r"(?:^| )(?:இன்று|இன்னைக்கு|இன்னிக்கு|இப்போ|இப்போது)(?: [^ ]+)? மிரட்டின(?:ார|ாங)",
            r"\b(?:innaiku|inniku|innaikku|innikku|ippo)(?: \w+)? mirattin(?:aanga|aan|aar)\b",
            # Found, or known to be here, now: "என்னைக் கண்டுபிடித்துவிட்டார்கள்", "மறுபடியும் கண்டுபிடிச்சாங்க",
            # "நான் எங்கே இருக்கிறேன் என்று அவர்களுக்குத் தெரியும்", "என் முகவரி அவர்களிடம் இருக்கிறது" (never
            # "கண்டுபிடித்தார்கள்" alone, "எங்கே வசித்தோம் என்று தெரிந்திருந்தது").
            r"(?:^| )(?:என்னை|எங்களை|என்ன|எங்கள|என்னையும்|எங்களையும்|" + _TA_AGAIN_HERE + r")[^ ]*(?: (?![^ ]*ல(?: |"
            r"$))[^ ]+)? " + _TA_FOUND_DONE + r"(?: |$)",
            r"(?:^| )" + _TA_AGAIN_HERE + r"(?: [^ ]+){0,2} " + _TA_FOUND_PAST + r"(?: |$)",
            r"(?:^| )" + _TA_I_WHERE + r"(?: [^ ]+){0,2} (?<!எனக்கு )(?<!எனக்குத் )(?<!உங்களுக்கு )(?<!உங்களுக்குத் )"
            r"(?<!உனக்கு )(?<!உனக்குத் )" + _TA_KNOWN + r"(?: |$)",
            r"(?:^| )" + _TA_THEY_KNOW + r"[^ ]* " + _TA_KNOWN + r"(?: [^ ]+)? (?:நான்|நாங்கள்|"
            r"நாங்க)(?: [^ ]+)? (?:எங்கே|எங்க|எங்கு|இங்கே|இங்க|இங்கு)(?: |$)",
            r"(?:^| )" + _TA_I_HERE + r"(?: [^ ]+){0,2} (?<!எனக்கு )(?<!எனக்குத் )(?<!உங்களுக்கு )(?<!உங்களுக்குத் )"
            + _TA_KNOWN + r"(?: |$)",
            r"(?:^| )" + _TA_MY + r"(?: [^ ]+)? " + _TA_ADDRESS + r" " + _TA_THEY_HAVE + r" (?:இருக்கிறது|இருக்கு|"
            r"இருக்குது|தெரியும்|கிடைச்சிருச்சு|கிடைச்சுடுச்சு|கிடைத்துவிட்டது|கிடைச்சிடுச்சு)(?: |$)",
            r"(?:^| )" + _TA_THEY_HAVE + r" " + _TA_MY + r"(?: [^ ]+)? " + _TA_ADDRESS + r" (?:இருக்கிறது|இருக்கு|"
            r"இருக்குது|தெரியும்|கிடைச்சிருச்சு|கிடைத்துவிட்டது)(?: |$)",
            r"(?:^| )" + _TA_MY + r"(?: [^ ]+)? " + _TA_ADDRESS + r"(?: [^ ]+)? (?:கொடுத்துவிட்ட|கொடுத்துட்ட|"
            r"குடுத்துட்ட|குடுத்திட்ட|கொடுத்திருக்க|சொல்லிவிட்ட|சொல்லிட்ட)(?:ார்கள்|ாங்க|ான்|ார்|ாள்|னர்)(?: |$)",
            r"(?:^| )" + _TA_MY + r"(?: [^ ]+)? (?:பிள்ளைகள்|குழந்தைகள்|பசங்க|பிள்ளைங்க|மகன்|"
            r"மகள்)[^ ]*(?: [^ ]+){0,2} (?:பள்ளி|ஸ்கூல்|எங்கே|எங்க)[^ ]*(?: [^ ]+){0,3} " + _TA_KNOWN + r"(?: |$)",
            # Tamil in Latin letters: "ennai kandupidichittaanga", "marubadiyum kandupidichaanga", "naan enga
            # irukkennu avangalukku theriyum", "en address avanga kitta irukku".
            r"\b(?:ennai|enna|ennaya|ennaiya|ennaye|engalai|engala|" + _TA_AGAIN_LATIN + r")(?: \w+)? "
            + _TA_FOUND_LATIN + r"\b",
            r"\b" + _TA_AGAIN_LATIN + r"(?: \w+){0,2} " + _TA_FOUND_PAST_LATIN + r"\b",
            r"\b(?:naan|naa|naanga|naangal|nanga)(?: \w+)? (?:enga|engae|engey|enge|inga|inge|ingae) (?:irukk?en|"
            r"irukkiren|irukkom|irukkirom|irukkradhu|irukkirathu|irukkuradhu|irukkurathu|thangi ?irukk?en|"
            r"thangirukk?en|vasikkiren|vaazhren|olinjirukk?en|olinjirukkom)(?: ?nu| endru| enru)?(?: \w+){0,2} "
            + _TA_KNOWN_LATIN + r"\b",
            r"\b" + _TA_THEY_KNOW_LATIN + r" " + _TA_KNOWN_LATIN + r"(?: \w+)? (?:naan|naanga|naangal) (?:enga|engae|"
            r"enge|inga|inge)\b",
            r"\b(?:en|enga|ennoda|ennudaya|engaloda)(?: \w+)? (?:address|adress|mugavari|"
            r"location)\w*(?: \w+)? (?:avangakitta|avanga kitta|avan kitta|avankitta|avangalukku|"
            r"avanukku)(?: \w+)? (?:irukku|irukkudhu|theriyum|kidaichiduchu|kedachiduchu|kidaichuduchu)\b",
            r"\b(?:en|enga|ennoda|ennudaya|engaloda)(?: \w+)? (?:address|adress|mugavari|"
            r"location)\w*(?: \w+)? (?:kuduthutt?aa?(?:nga|n|r)|koduthutt?aa?(?:nga|n|r)|kuduthitt?aa?(?:nga|n|r)|"
            r"sollitt?aa?(?:nga|n|r))\b",
            # A weapon here now: "அவனிடம் கத்தி இருக்கிறது", "அவன் கையில் கத்தி இருக்கு", "அவன் கத்தி
            # வைத்திருக்கிறான்" (never "இருந்தது", "வைத்திருந்தான்").
            r"(?:^| )(?:அவனிடம்|அவளிடம்|அவர்களிடம்|அவரிடம்|அவங்ககிட்ட|அவங்க கிட்ட|அவன்கிட்ட|அவன் கிட்ட|அவகிட்ட|"
            r"அவ கிட்ட|அவர்கிட்ட|அவர் கிட்ட|அவன் கையில்|அவன் கைல|அவங்க கையில்|அவங்க கைல|அவர்கள் கையில்|"
            r"அவள் கையில்|அவ கைல|கையில்|கைல)(?: [^ ]+)? (?:கத்தி|அரிவாள்|அருவா|அருவாள்|துப்பாக்கி|ஆயுத|"
            r"கைத்துப்பாக்கி|கோடரி|பிஸ்டல்|கன்|வாள்)[^ ]*(?: [^ ]+)? (?:இருக்கிறது|இருக்கு|இருக்குது|இருக்கின்றன|"
            r"உள்ளது|உள்ளன)(?: |$)",
            r"(?:^| )(?:கத்தி|அரிவாள்|அருவா|அருவாள்|துப்பாக்கி|ஆயுத|கைத்துப்பாக்கி|கோடரி|பிஸ்டல்)[^ ]*(?: [^ ]+)? "
            r"(?:வைத்திருக்கிற|வச்சிருக்க|வெச்சிருக்க|வைச்சிருக்க|வைத்துக்கொண்டிருக்கிற|வச்சுக்கிட்டு இருக்க|"
            r"கொண்டு வந்திருக்க)(?:ா(?!து|த|ம)|னர)",
            # Hurt now: "அவன் என்னை அடிக்கிறான்", "என்னை அடிச்சுக்கிட்டு இருக்கான்"; just now: "இப்போதான் என்னை
            # அடிச்சான்", "இன்னைக்கு ராத்திரி மறுபடியும் என்னை அடிச்சாங்க" (never "என்னை அடித்தான்" alone).
            r"(?:^| )(?:என்னை|எங்களை)[^ ]*(?: [^ ]+)? (?:அடிக்கிற|அடிக்குற|அடிக்கின்ற|அடிக்கற|அடிச்சுக்கிட்டு இருக்க|"
            r"அடிச்சுட்டு இருக்க|அடித்துக்கொண்டிருக்கிற|அடித்துக் கொண்டிருக்கிற|உதைக்கிற|உதைக்குற|குத்துகிற|"
            r"குத்துற|அறைகிற|நெரிக்கிற|நெரிக்குற|சித்திரவதை செய்கிற|சித்திரவதை பண்ற|துன்புறுத்துகிற|துன்புறுத்துற|"
            r"தாக்குகிற|தாக்குற)(?:ா(?!து|த|ம)|னர)",
            r"(?:^| )(?:இப்போதான்|இப்பதான்|இப்போ தான்|இப்ப தான்|இப்போதுதான்|இப்போது தான்|இப்போ|இப்போது|இப்ப|"
            r"சற்று முன்|சற்றுமுன்|கொஞ்ச நேரம் முன்னாடி|இன்று இரவு|இன்றிரவு|இன்னைக்கு ராத்திரி|இன்னிக்கு ராத்திரி|"
            r"இன்னைக்கு நைட்|இன்று காலை|இன்று|இன்னைக்கு|இன்னிக்கு)(?: [^ ]+){0,3} (?:என்னை|எங்களை)[^ ]*(?: [^ ]+)? "
            r"(?:அடித்த|அடிச்ச|உதைத்த|உதைச்ச|குத்தின|குத்துன|அறைந்த|அறைஞ்ச|தாக்கின|தாக்குன|தாக்கிய)(?:ார்கள்|ாங்க|ான்|"
            r"ார்|ாள்|னர்|ாரு)(?: |$)",
            # Injured now, a life at stake: "ரத்தம் வருது", "அவன் மூச்சு விடாம இருக்கான்", "மயங்கி கிடக்கிறான்",
            # "குண்டு பட்டிருக்கு", "சுடப்பட்டிருக்கிறான்", "ஆம்புலன்ஸ் வேணும்" (never "ரத்தம் வந்தது", "மயங்கி
            # கிடந்தான்", "குண்டு பட்டது", "எனக்கு மயக்கமா இருக்கு": I feel faint, nor "மூச்சு விட முடியவில்லை": I
            # can't breathe, a panic, answered as distress). One pattern, as in Urdu.
            r"(?:^| )(?=[\u0b80-\u0bff])(?:"
            r"(?:(?:இ)?ரத்த(?:ம்|மா)?(?: [^ ]+)? (?:வருது|வருகிறது|வருகின்றது|கொட்டுது|கொட்டுகிறது|போகுது|"
            r"போகிறது|ஒழுகுது|ஒழுகுகிறது|வந்துகிட்டே இருக்கு|வந்துக்கிட்டே இருக்கு|வந்துகொண்டிருக்கிறது|"
            r"நிக்க மாட்டேங்குது|நிற்க மாட்டேங்குது|நிக்கவே மாட்டேங்குது)(?: |$))"
            r"|(?:(?:இ)?ரத்தப்போக்கு[^ ]*(?: [^ ]+)? (?:இருக்கு|இருக்கிறது|ஆகுது|ஆகிறது)(?: |$))"
            r"|(?:(?:மூச்சு|மூச்சே|மூச்சி|சுவாசம்) (?:இல்ல|இல்லை)(?: |$)(?!(?:என்று|என|னு)(?: |$)))"
            r"|(?:(?:மூச்சு|மூச்சே|மூச்சி|சுவாசம்) (?:விடாம|விடாமல்|விட முடியாம|விட முடியாமல்|பேச்சு இல்லாம|"
            r"பேச்சு இல்லாமல்) (?:இருக்கிற|இருக்க|கிடக்கிற|கிடக்க)(?:ா(?!து|த|ம)|னர))"
            r"|(?:(?:மூச்சு|மூச்சே|மூச்சி|சுவாசம்) (?:விட மாட்டேங்கு|விடமாட்டேங்கு))"
            r"|(?:(?:மயங்கி|மயக்கமா|மயக்கமாக|மயக்கத்தில்|மயக்கத்துல|சுயநினைவு இல்லாம|சுயநினைவு இல்லாமல்|"
            r"சுய நினைவு இல்லாம|சுய நினைவு இல்லாமல்|சுயநினைவை இழந்து|சுயநினைவு இழந்து)(?: [^ ]+)? (?:கிடக்கிற|கிடக்க|"
            r"இருக்கிற|இருக்க)(?:ா(?!து|த|ம)|னர))"
            r"|(?:(?:சுயநினைவு|சுய நினைவு) (?:இல்ல|இல்லை)(?: |$))"
            r"|(?:(?=குண்டு|துப்பாக்கி|தோட்டா|புல்லட்|கத்தி)" + _TA_NOT_AFTER_THEN + r"(?:குண்டு|துப்பாக்கி குண்டு|"
            r"தோட்டா|புல்லட்|கத்தி ?குத்து|"
            r"கத்திக்குத்து)[^ ]*(?: [^ ]+)? (?:பட்டிருக்கு|பட்டிருக்கிறது|பாய்ந்திருக்கு|பாய்ந்திருக்கிறது|"
            r"பாஞ்சிருக்கு)(?: |$))"
            r"|(?:(?=சுடப்பட்|குத்தப்பட்|வெட்டப்பட்)" + _TA_NOT_AFTER_THEN + r"(?:சுடப்பட்|குத்தப்பட்|வெட்டப்பட்)[^ ]*"
            r"(?:ருக்கிற|ருக்க)(?:ா(?!து|த|ம)|னர))"
            r"|(?:(?=மோசம|பல|கடுமைய|ரொம்ப|படு)" + _TA_NOT_AFTER_THEN + r"(?:மோசமா|மோசமாக|பலமா|பலமாக|பலத்த|கடுமையா|"
            r"கடுமையாக|கடுமையான|ரொம்ப|படு) ?(?:காய|அடி)[^ ]*"
            r"(?: [^ ]+)? (?:பட்டிருக்கு|பட்டிருக்கிறது|பட்டிருக்கா|பட்டிருக்கிறா|அடைந்திருக்கிறா|அடைஞ்சிருக்கா|"
            r"ஆகியிருக்கு|ஆகியிருக்கிறது))"
            r"|(?:(?:ஆம்புலன்ஸ்|அம்புலன்ஸ்|ஆம்புலன்சு|அவசர ஊர்தி)[^ ]*(?: [^ ]+)? (?:வேணும்|வேண்டும்|தேவை|"
            r"அனுப்புங்க|அனுப்புங்கள்|அனுப்பு|கூப்பிடுங்க|கூப்பிடுங்கள்|வரவழைங்க)(?: |$))"
            r"|(?:(?:டாக்டர்|டாக்டரு|மருத்துவர்)[^ ]* (?:உடனே|உடனடியாக|இப்பவே|இப்போவே|சீக்கிரம்) (?:வேணும்|"
            r"வேண்டும்|தேவை)(?: |$)))",
            # Afraid for one's life now: "என் உயிருக்கு பயமாக இருக்கிறது", "உயிருக்குப் பயப்படுகிறேன்", "என் உயிருக்கு
            # ஆபத்து" (never "இருந்தது", nor "அவன் உயிருக்கு ஆபத்து": his life).
            r"(?:^| )(?<!அவன் )(?<!அவள் )(?<!அவர் )(?<!அவனுடைய )(?<!அவளுடைய )(?:உயிருக்கு|உசுருக்கு)[^ ]*(?: [^ ]+)? "
            r"(?:பயமா(?:க)? (?:இருக்கு|இருக்கிறது|இருக்குது)|பயப்படுகிறேன்|பயப்படுறேன்|பயப்படறேன்|பயப்படுகிறோம்|"
            r"பயப்படுறோம்)(?: |$)",
            r"(?:^| )(?:என்|எங்கள்|எங்க|என்னோட|எனது) (?:உயிருக்கு|உசுருக்கு)[^ ]* ஆபத்து(?! இருந்த)",
            # Held, locked in, not let go now: "என்னை பூட்டி வச்சிருக்காங்க", "நான் அடைக்கப்பட்டிருக்கிறேன்", "என்னை
            # வெளியே போக விட மாட்டேங்கிறான்" (never "வைத்திருந்தார்கள்", "அடைக்கப்பட்டிருந்தேன்", "போக விடவில்லை").
            r"(?:^| )(?:என்னை|எங்களை)[^ ]*(?: [^ ]+){0,2} (?:அடைத்து|அடைச்சு|அடச்சு|பூட்டி|பூட்டிட்டு|சிறை) ?"
            r"(?:வைத்திருக்கிற|வச்சிருக்க|வெச்சிருக்க|வைச்சிருக்க|வைத்திருக்க|வச்சுருக்க)(?:ா(?!து|த|ம)|னர)",
            r"(?:^| )(?:நான்|நாங்கள்|நாங்க)(?: [^ ]+){0,2} (?:அடைக்கப்பட்|அடைபட்|பூட்டப்பட்|சிறைப்பட்|சிக்கி|மாட்டி)"
            r"[^ ]*(?:ருக்கிறேன்|ருக்கேன்|ருக்கோம்|ருக்கிறோம்|ள்ளேன்|ள்ளோம்)(?: |$)",
            r"(?:^| )(?:போக|வெளியேற|தப்பிக்க|வெளியே போக|வெளியில் போக|வெளிய போக) (?:விட மாட்ட|விடமாட்ட|விடுவதில்லை|"
            r"விடறதில்ல|விடுறதில்ல|அனுமதிப்பதில்லை|அனுமதிக்க மாட்ட|அனுமதிக்கமாட்ட)[^ ]*",
            # Asking for the police: "போலீஸைக் கூப்பிடுங்கள்", "போலீஸுக்கு போன் பண்ணுங்க" (never "கூப்பிடவில்லை").
            r"(?:^| )(?:போலீ|போலி|பொலி|காவல்)[^ ]* (?:கூப்பிடுங்க|கூப்பிடுங்கள்|கூப்பிடு|கூப்பிடுங்கோ|கூப்டுங்க|"
            r"கூப்டு|அழையுங்கள்|அழையுங்க|அழைக்கவும்|அழைங்க)(?: |$)",
            r"(?:^| )(?:போலீ|போலி|பொலி|காவல்|100|112|108)[^ ]* (?:போன்|ஃபோன்|கால்|தகவல்) (?:பண்ணுங்க|பண்ணுங்கள்|பண்ணு|"
            r"செய்யுங்கள்|செய்யுங்க|கொடுங்க|கொடுங்கள்|சொல்லுங்க)(?: |$)",
            # One of them seen just now or today: "இப்போதான் அவனை பஸ் ஸ்டாப்பில் பார்த்தேன்", "இன்று அவர்களில்
            # ஒருவனை என் தெருவில் பார்த்தேன்" (never "2019-ல் சோதனைச் சாவடியில் அவனைப் பார்த்தேன்").
            r"(?:^| )(?:இப்போதான்|இப்பதான்|இப்போ தான்|இப்ப தான்|இப்போதுதான்|இப்போது தான்|சற்று முன்|சற்றுமுன்|"
            r"கொஞ்ச நேரம் முன்னாடி|இன்று காலை|இன்று மாலை|இன்று|இன்னைக்கு|இன்னிக்கு|இப்போ|இப்போது)(?: [^ ]+){0,3} "
            r"(?:அவனை|அவளை|அவர்களை|அவங்கள|அவரை|அவர்களில் ஒருவனை|அவர்களில் ஒருவரை|அவங்கள்ல ஒருத்தன)[^ ]*"
            r"(?: [^ ]+){0,4} (?:பார்த்தேன்|பாத்தேன்|பார்த்தோம்|பாத்தோம்|கண்டேன்)(?: |$)",
            r"(?:^| )(?:அவனை|அவளை|அவர்களை|அவங்கள|அவரை)[^ ]*(?: [^ ]+)? (?:இப்போதான்|இப்பதான்|இப்போ தான்|"
            r"இப்ப தான்|இப்போதுதான்|இன்று|இன்னைக்கு|இன்னிக்கு)(?: [^ ]+){0,4} (?:பார்த்தேன்|பாத்தேன்|பார்த்தோம்|"
            r"பாத்தோம்|கண்டேன்)(?: |$)",
            # One of them living near: "என்னை சித்திரவதை செய்த அதிகாரி என் வீட்டுக்கு பக்கத்தில் வசிக்கிறான்", "அவன் என்
            # தெருவில் இருக்கான்" (never "என் தங்கை எனக்கு அருகில் வசிக்கிறாள்", "வசித்தான்").
            r"(?:^| )(?:அவன்|அவள்|அவர்|அவர்கள்|அவங்க|அவனும்|அவர்களில் ஒருவன்|அவங்கள்ல ஒருத்தன்|(?:சித்திரவதை செய்த|"
            r"சித்ரவதை செய்த|சித்திரவதை பண்ண|அடித்த|அடிச்ச|கற்பழித்த|கடத்திய|கடத்தின|மிரட்டிய|மிரட்டின|தாக்கிய|"
            r"கைது செய்த)(?: [^ ]+)?)(?: [^ ]+)? (?:என்|எங்கள்|எங்க|என்னோட|எனக்கு|எங்களுக்கு|எனது)[^ ]*(?: [^ ]+)? "
            r"(?:பக்கத்தில்|பக்கத்துல|அருகில்|அருகே|பக்கத்து வீட்டில்|பக்கத்து வீட்டுல|தெருவில்|தெருவுல|ஏரியாவில்|"
            r"ஏரியாவுல|கட்டிடத்தில்|பில்டிங்கில்|பில்டிங்ல)[^ ]*(?: தான்)? (?:வசிக்கிற|வசிக்குற|வசிக்கின்ற|இருக்கிற|"
            r"இருக்க|குடியிருக்கிற|தங்கியிருக்கிற|தங்கியிருக்க|வாழ்கிற|வாழுற)(?:ா(?!து|த|ம)|னர)",
            # Tamil in Latin letters: "avan kitta kathi irukku", "ennai adikkiraan", "ippo thaan ennai adichaan",
            # "en uyirukku bayama irukku", "ennai veliya poga vida maatraan", "police ku phone pannunga", "ippo thaan
            # avanai paathen", "avan en veettu pakkathula irukkaan".
            r"\b(?:avan|aval|avanga|avar|avargal)(?: \w+)? (?:kitta|kita|kaiyila|kaila|kaiyil|kayila|idam)(?: \w+)? "
            r"(?:kathi|kaththi|katthi|aruval|aruvaal|thuppakki|thupaki|gun|pistol|aayudham|ayudham|kodari)\w*"
            r"(?: \w+)? (?:irukku|irukkudhu|irukkuthu|irukkiradhu)\b",
            r"\b(?:kathi|kaththi|katthi|aruval|aruvaal|thuppakki|thupaki|gun|pistol)\w* (?:vach|vech|vaich)"
            r"(?:i|u)rukk?aa?(?:nga|n|r|l)\b",
            r"\b(?:ennai|ennaya|ennaiya|engala|engalai)(?: \w+)? (?:(?:a|i)di(?:k|kk)(?:u|i)?raa?(?:nga|n|ru|r|l)|"
            r"adichukitt?u irukk?aa?(?:nga|n|ru|r)|udhai(?:k|kk)(?:u|i)raa?(?:nga|n|r)|kuthth?uraa?(?:nga|n|r))\b",
            r"\b(?:ippo ?thaan|ippa ?thaan|ippo ?than|ippa ?than|ippo|ippa|innaiku|inniku|innaikku|innikku|indru)"
            r"(?: \w+){0,3} (?:ennai|engala|engalai)(?: \w+)? (?:adichaa?(?:nga|n|ru|r|l)|adithaa?(?:nga|n|rgal)|"
            r"udhachaa?(?:nga|n)|kuthinaa?(?:nga|n))\b",
            # Tamil in Latin letters, injured now: "ratham varudhu", "moochu illa", "mayangi kedakkaan", "kundu
            # pattirukku", "ambulance venum" (never "ratham vandhuchu", "mayangi kedandhaan"). One pattern, as above.
            r"\b(?:"
            r"(?:(?:ratham|raththam|rattham|iratham|ratam)(?: \w+)? (?:varudhu|varuthu|varudu|varugiradhu|kottudhu|"
            r"kottuthu|poguthu|pogudhu|nikka maattenguthu|nikka matenguthu|nikkave maattenguthu)\b)"
            r"|(?:(?:moochu|mouchu|moochi|swasam|suvasam)(?: \w+)? (?:illa|illai|vidama irukk\w+|vida maattengu\w*|"
            r"vida matengu\w*)\b(?! (?:nu|endru|enru)\b))"
            r"|(?:(?:mayangi|mayakkama|mayakkamaa|mayakkathula|mayakkathil|suyaninaivu illama|suya ninaivu illama)"
            r"(?: \w+)? (?:kedakk|kidakk|irukk)(?:iraa?|aa)(?:n|l|nga|r)\b)"
            r"|(?:(?:kundu|thotta|bullet|kathi kuthu|kaththi kuththu)(?: \w+)? (?:pattirukku|pattirukkudhu|paanjirukku|"
            r"paainjirukku)\b)"
            r"|(?:(?:ambulance|ambulans)(?: \w+)? (?:venum|vendum|thevai|anuppunga|anuppu|koopidunga|kupidunga)\b))",
            r"\b(?:uyirukku|uyiruku|usurukku|usuruku)(?: \w+)? (?:bayama irukku|bayamaa irukku|bayamaga irukku|"
            r"bayappadren|bayapadren|bayappadaren|bayapaduren|bayappadurom)\b",
            r"\b(?:en|enga|ennoda) (?:uyirukku|uyiruku|usurukku) (?:aabathu|aabaththu|abathu|apathu)\b(?! irundh)",
            r"\b(?:ennai|engala|engalai)(?: \w+){0,2} (?:pootti|adaichu|adachu|adaithu) (?:vach|vech|vaich)(?:i|u)"
            r"rukk?aa?(?:nga|n|ru|r|l)\b",
            r"\b(?:poga|veliya poga|veliye poga|veliyila poga|thappikka) (?:vida ?maa?tt?\w*|"
            r"vid(?:ra|ura)(?:dh|th)illa)\b",
            r"\b(?:police|polis)\w*(?: a| ah| ai| ku| kku| ukku)? (?:koopidunga|koopdunga|koopudunga|kupidunga|"
            r"kupdunga|koopidu|koopdu|azhaiyunga|(?:phone|call|fone) (?:pannunga|pannu|pannungal|seiyunga))\b",
            r"\b(?:ippo ?thaan|ippa ?thaan|ippo ?than|ippa ?than|innaiku|inniku|innaikku|innikku|indru|ippo|ippa)"
            r"(?: \w+){0,3} (?:avana|avanai|avala|avalai|avanga|avangala|avangalai|avarai)(?: \w+){0,4} (?:paathen|"
            r"paarthen|parthen|pathen|paathom|paarthom|kanden)\b",
            r"\b(?:avan|aval|avar|avanga|avargal)(?: \w+)? (?:en|enga|ennoda|enakku|engalukku)\w*(?: \w+)? "
            r"(?:pakkathula|pakkathil|pakathula|arugil|aruge|theruvula|theruvil)(?: thaan)? "
            r"(?:vasikk?(?:u|i)raa?(?:nga|n|r|l)|irukk?aa?(?:nga|n|ru|r|l)|irukkiraa?(?:n|nga|r))\b",
        ),
        not_danger=(
            r"தற்கொலை ?(படை|தாக்குதல்|குண்டு|குண்டுதாரி)",
            r"இங்கே (இங்கிலாந்தில்|பிரிட்டனில்|லண்டனில்|இந்த நாட்டில்)",
        ),
    ),
    "so": PhraseList(
        self_harm=(
            # Life not worth it, or killing oneself, said in passing: "waan is dili doonaa", "nolosha maxaa ii dan ah".
            r"\b(waan|waxaan|ayaan|baan|aan) (is dili doonaa|is dilayaa|is dilaa|is dilo|is dili|isdili doonaa|"
            r"isdilayaa)\b",
            r"\bnolosh\w* (maxaa|maxay) (ii|iigu) (dan ah|taal|taalla|kala)\b",
            r"\b(maxaa|maxay) (ii|iigu) (dan ah|taal|taalla|kala) nolosh\w*\b",
            r"\b(in aan|inaan|inan) (dhinto|is dilo|isdilo|dhimato|naftayda qaado)\b",
            r"\bis ?dil(id|o|ay|aa)\b",
            r"\bnaftayda (ka qaado|ku dilo|dilo|dhaawaco|halaago)\b",
            r"\b(ma rabo|ma doonayo|rabin) (inaan|in aan) (noolaado|sii noolaado|nool ahaado)\b",
            r"\bnolosha (waan )?ka (daalay|quustay)\b",
            r"\bis dhaawac(o|id|ay)\b",
            r"\bnaftayda (ayaan|baan) (dhaawacaa|dilayaa|dili doonaa)\b",
            r"\bnoloshu (macno|micno) ma (leh|laha)\b",
            r"\b(in aan|inaan|inan) dhintay\b",
            r"\bla aantay\b",
            r"\b(ma rabo|ma doonayo) (inaan|in aan) (berri )?(toosiyo|soo toosiyo)\b",
            # To sleep and never wake up: "waxaan rabaa inaan seexdo oo aanan waligay toosin" (the first person:
            # never "wuu seexday mana soo toosin").
            r"\b(?:seexdo|hurdo)\b(?: \w+){0,3} (?:aanan|anan|aanaan)(?: \w+){0,2} (?:toosin|soo toosin|kicin|"
            r"soo kicin|tooso|soo tooso)\b",
        ),
        immediate_danger=(
            # Someone with them hurt or taken just now: "hooyaday ayuu garaacayaa", "hadda ayay wiilkayga qaadeen"
            # (never "garaacay": hit).
            r"\b" + _SO_KIN + r"( \w+){0,2} (garaacayaa|garaacayaan|garaacaya|tumayaa|tumayaan|jirdilayaa|"
            r"jirdilayaan|kufsanayaa|kufsanayaan|dilayaa|dilayaan)\b",
            r"\b(hadda|imika|haatan|saacad ka hor|daqiiqado ka hor)( \w+){0,3} " + _SO_KIN + r"( \w+){0,2} (qaadeen|"
            r"kaxeeyeen|kaxaysteen|xireen|afduubeen|qabteen|toogteen)\b",
            # Houses searched and people taken around them now: "waxay baarayaan guryaha xaafadda", "ragga ayay
            # qabanayaan" (never "baareen": they searched).
            r"\b(guryaha|guriyaha|guri guri|dadka|ragga|wiilasha|dhalinyarada|xaafadda)( \w+){0,2} (baarayaan|"
            r"baaraya|baadhayaan|qabanayaan|qabanaya|xirayaan|kaxaynayaan|kaxeynayaan|weerarayaan)\b",
            r"\b(baarayaan|baadhayaan|qabanayaan|xirayaan|kaxaynayaan|kaxeynayaan|weerarayaan)( \w+){0,2} (guryaha|"
            r"guriyaha|dadka|ragga|wiilasha|dhalinyarada|xaafadda)\b",
            # Armed men in the street or the area now: "askartu hadda waxay joogaan waddada", "maleeshiyaadka ayaa
            # hadda ku jira xaafaddeena" (never "joogeen": were).
            r"\b" + _SO_ARMED + r"(?: \w+){0,4} " + _SO_ARE_THERE + r"\b",
            # Afraid they will find out about this conversation: "waxaan ka baqayaa inay ogaadaan inaan idinla
            # hadlayo" (never "waxay ogaadeen": they found out).
            r"\b(ka baqayaa|ka baqanayaa|baqayaa|ka baqaynaa|cabsi|ka cabsanayaa|walwalsanahay|ka walwalsanahay|"
            r"haddii|hadii|hadday|haddaay)( in| inay| inuu| ay| uu| in ay| in uu)? ?(ogaadaan|ogaado|ogaan doonaan|"
            r"ogaanayaan|arkaan|arko|akhriyaan)\b",
            # Hiding now: "waan dhuumanayaa", "waan dhuumanaynaa" (never "ku dhuumannay": we hid, "anigoo ku
            # dhuumanaya": while I was hiding).
            r"\b(dhuumanayaa|dhuumanaynaa|dhuumanayno|qarsoonahay|qarsoonnahay|isqarinayaa|is qarinayaa|isqarinaynaa|"
            r"is qarinaynaa)\b",
            *_SO_UNDER_FIRE,
            r"\bhalkan (buu|ayuu|ayay|bay|ayey|bey|ayaa) (joogaa|joogaan|jooga)\b",
            r"\b(wuu|way|wey) (halkan )?(joogaa|joogaan)\b",
            r"\b(wuu|way|ayuu|ayay) (imanayaa|imanayaan|soo socdaa|soo socdaan)\b",
            r"\bqolka (ku xiga|kale|dambe)\b",
            r"\b(ila socda|i raacaya|i daba socda|i eegaya|i ilaalinaya|i daawanaya|i daba joogaa)\b",
            r"\b(khatar|halis) (baan|ayaan|ayaan ku|baan ku) ku jiraa\b",
            r"\b(khatar|halis) (baan|ayaan) ku jiraa\b",
            r"\b(ammaan|nabad|badbaado) (ma ihi|ma ahi|kuma ihi|ma lihi|ma qabo)\b",
            r"\bi dili (doonaa|doonaan|rabaa|rabaan)\b",
            r"\bi (daawanay|eegay|ilaalinay|raacay)a",
            r"\b(qof|ayuu|ayay|wuu|way)( ayaa)? imanay",
            r"\balbaabka (ayuu|buu|ayay|bay) (taagan|joogaa)",
            r"\bi daba soco?d",
            # At / outside / in front of / behind the door, gate, window or house now; knocking, breaking, coming in.
            r"\b" + _SO_NOT_I + _SO_AT + r"\b " + _SO_GAP + "{0,3}" + _SO_IS_THERE,
            r"\b" + _SO_NOT_I + r"(" + _SO_PLACE + r"|bannaanka|banaanka)\b " + _SO_GAP + "{0,3}(ku |ka |soo |u )?"
            + _SO_DOING,
            r"\b" + _SO_NOT_I + _SO_PLACE + r"\b " + _SO_GAP + r"{0,3}(ku )?(wareegsan|hareeraysan|hareereysan)\b"
            r"(?! (ahaa|ahaayeen|ahayd|jiray|jireen))",
            r"\b" + _SO_THEY + r" (\w+ ){0,2}(" + _SO_IS_THERE + "|" + _SO_DOING + ") " + _SO_AT + r"\b",
            r"\b" + _SO_THEY + r" (hadda |hada |haatan |imika |iminka )?soo (galay|gelay)(a|aa|aan)\b",
            r"\bisku dayay(a|aa|aan|o) (inuu|inay|in ay|in uu|inay soo|inuu soo) (soo )?"
            r"(galo|galaan|jabiyo|jabiyaan|furo|furaan)\b",
            r"\b(way|wey|ayay|waxay|bay) (na|i|ina) (hareereynay|hareeraynay)(a|aa|aan)\b",
            # "Now they have surrounded the house": the past form with "hadda".
            r"\bhadd?a\b.{0,40}\b(hareereeyeen|hareereeyey|hareereeyay|hareereyeen|go doomiyeen)\b",
            r"\b(hareereeyeen|hareereeyey|hareereeyay|hareereyeen|go doomiyeen) hadd?a\b",
            # Someone will come for the person: "caawa way iman doonaan", "way ii imanayaan", "way i heli doonaan".
            r"\b(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu|ayaa)(?: \w+)? (?:ii|noo|inoo|i|na|"
            r"ina)(?: soo)? (?:iman|imaan|heli|qaadi|qabsan|afduubi|raadin)(?: \w+)? (?:doonaa|doonaan|doona)\b",
            r"\b(?:caawa|caawo|habeenkan|mar kale|markale|berri|haddana|hadana)(?: \w+){0,2} (?:iman|imaan|soo iman|"
            r"soo noqon|soo laaban)(?: \w+)? (?:doonaa|doonaan|doona)\b",
            r"\b(?:way|wey|wuu|ayay|ayuu|waxay|wuxuu)(?: \w+)? (?:iman|imaan|soo iman|soo noqon|"
            r"soo laaban)(?: \w+)? (?:doonaa|doonaan) (?:caawa|caawo|habeenkan|mar kale|markale|berri)\b",
            r"\b(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu)(?: \w+)? (?:ii|noo|inoo)(?: soo)? (?:imanayaa|"
            r"imanayaan|imaanayaan|imanaya|socdaa|socdaan)\b",
            # A threat over speaking out: "haddaan booliska u sheego qoyskayga way dili doonaan".
            r"\b(?:haddii|hadii|haddaan|hadaan|haddi|haddaynu|haddaanu)(?: aan| aanu| aynu)?(?: \w+){0,3} (?:hadlo|"
            r"hadlno|sheego|sheegno|warramo|sheekeeyo|dacweeyo|dacwoodo|u tago|tago|gudbiyo|bixiyo|markhaati furo|"
            r"soo sheego)\b.{0,60}\b(?:dili|dilayaan|dilayaa|dilaan|disho|dishaan|dhaawici|dhaawacayaan|dhaawacaan|"
            r"waxyeeleyn\w*|waxyeelayn\w*|waxyeelo|afduubi|afduubayaan|qafaali|hanjab\w*)\b",
            r"\b(?:dili|dilayaan|dilayaa|dilaan|disho|dishaan|dhaawici|afduubi|hanjab\w*)\b(?: \w+){0,6} (?:haddii|"
            r"hadii|haddaan|hadaan)(?: aan| aanu)?(?: \w+){0,3} (?:hadlo|hadlno|sheego|sheegno|warramo|dacweeyo|u tago|"
            r"gudbiyo|markhaati furo)\b",
            # Threatened now: "way igu hanjabayaan", "qoyskayga ayay handadayaan" (never "way nagu hanjabeen").
            r"\b(?:i|ii|igu|na|nagu|inagu|noo|ina|qoyskayga|qoyskeyga|reerkayga|ehelkayga|carruurtayda|hooyaday|"
            r"aabbahay|walaalkay|walaashay|xaaskayga|ninkayga)(?: \w+){0,2} (?:hanjab|handad|cabsigelin|"
            r"cabsi gelin)(?:ayaa|ayaan|aya|aa|aan|ayo)\b",
            r"\bhanjabaad\w* (?:ayaa|baa)(?: la)? (?:ii|noo|ila)(?: soo)? (?:diraa|dirayaa|dirayaan|imanaysa|imaanaysa|"
            r"imanaya)\b",
            r"\b(?:waxaa|waa) la (?:igu|nagu|inagu) hanjabayaa\b",
            # The phone or messages watched now: "fariimahayga way akhriyayaan", "telefoonkayga ayuu baaraa",
            # "taleefankayga waa la jabsaday".
            r"\b" + _SO_PHONE + r"(?: \w+){0,2} (?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waa la|ayaa la|baa la|la)"
            r"(?: \w+)? (?:" + _SO_WATCHING + r"|(?:jabsaday|jabsadeen|jebsaday|jebsadeen|hakareen|hakaray)\b"
            + _SO_NOT_THEN + ")",
            r"\b(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu|waa la|waxaa la|(?:qof|nin|ninkayga|seygayga|"
            r"askar\w*|ciidan\w*|dowlad\w*|nabadsugid\w*|sirdoon\w*) (?:ayaa|baa))(?: \w+){0,2} (?:" + _SO_WATCHING
            + r"|(?:jabsaday|jabsadeen|jebsaday|jebsadeen)\b)(?: \w+){0,2} " + _SO_PHONE + _SO_NOT_THEN,
            # Looked for, spied on, followed now; threatened today: "way i raadinayaan", "waa la i basaasayaa",
            # "in la i raacayo", "maanta ayay igu hanjabeen".
            r"\b(?:way|wey|wuu|ayay|ayuu|waxay|wuxuu)(?: \w+)? (?:i|na|ina) (?:raadinayaan|raadinayaa|baadigoobayaan|"
            r"baadigoobayaa|eryanayaan|eryanayaa)\b",
            r"\bla (?:i|na|ina) (?:raacayo|raacayaa|basaasayo|basaasayaa|dabagalayo|dabagalayaa|raadinayo|raadinayaa|"
            r"ilaalinayo|ilaalinayaa)\b",
            r"\b(?:maanta|hadda|hada|saaka|caawa)(?: \w+)? (?:igu|nagu) (?:hanjabeen|hanjabay|handadeen|handaday)\b",
            # Found, or known to be here, now: "way i heleen", "mar kale ayay na heleen", "halkan ayay igu heleen",
            # "waxay ogyihiin halka aan deggenahay", "cinwaankayga way haystaan", "qof ayaa siiyay cinwaankayga"
            # (never "markay i heleen", "way i heleen anigoo dhuumanaya", "way ogaayeen halka aan ku noolayn").
            r"\b(?=(?:(?:mar kale|markale|haddana|hadana|hadda|hada|mar labaad) )?(?:way|wey|wuu|ayay|ayey|ayuu|bay|"
            r"bey|buu|waxay|wuxuu|ayaa|qof ayaa|qof baa) )" + _SO_NOT_WHEN + r"(?:(?:mar kale|markale|haddana|hadana|"
            r"hadda|hada|mar labaad) )?(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu|ayaa|qof ayaa|"
            r"qof baa)(?: (?:soo|mar kale|markale|haddana|hadana|hadda|hada|dib))* (?:i|na|ina)(?: soo)? (?:heleen|"
            r"helay|helen|heshay)\b(?: (?:mar kale|markale|haddana|hadana|hadda|hada|halkan|halkaan|meeshan|"
            r"mar labaad)\b|" + _SO_FOUND_NEXT + ")" + _SO_NOT_THEN,
            r"\b(?:halkan|halkaan|meeshan|magaaladan|gurigan)(?: \w+)? (?:ayay|way|wey|ayuu|wuu|bay|buu|waxay|wuxuu|"
            r"ayaa)(?: soo)? (?:igu|nagu|inagu|i|na|ina)(?: soo)? (?:heleen|helay)\b",
            r"\b(?=(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu|waa|qof|dadka|askartu|iyagu|isagu) )"
            + _SO_NOT_I + r"(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu|waa|qof ayaa|qof baa|dadka|askartu|"
            r"iyagu|isagu)(?: \w+)? " + _SO_KNOW + r" (?:" + _SO_WHERE_I + r"|(?:in aan|inaan|inaanu|in aannu|"
            r"inaynu)(?: hadda)? (?:halkan|halkaan|meeshan|magaaladan|dalkan) (?:joogo|joogno|ku sugnahay|ku noolahay|"
            r"ku nool|deggenahay)|(?:dugsiga|iskuulka|skuulka)(?: \w+){0,2} (?:carruurtaydu|caruurtaydu|carruurtayda|"
            r"caruurtayda|ilmahaygu|ilmahayga|wiilkaygu|wiilkayga|gabadhaydu|gabadhayda|carruurteenu|carruurteena)|"
            r"(?:halka|meesha)(?: ay| uu)? (?:carruurtaydu|caruurtaydu|carruurtayda|ilmahaygu|ilmahayga|wiilkaygu|"
            r"gabadhaydu|qoyskaygu|qoyskayga|hooyaday)(?: \w+)? (?:dhigtaan|dhigtaa|dhigto|aadaan|tagaan|deggen|"
            r"ku nool|joogaan|joogto|joogaa))\b" + _SO_NOT_THEN,
            r"\b" + _SO_MY_ADDRESS + r"(?: \w+){0,2} (?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waa|waa la|ayaa|"
            r"ayaa la|qof ayaa|qof baa)(?: \w+)? " + _SO_HAVE + r"\b" + _SO_NOT_THEN,
            r"\b(?=(?:way|wey|wuu|ayay|ayey|ayuu|bay|bey|buu|waxay|wuxuu|qof) )" + _SO_NOT_I + r"(?:way|wey|wuu|ayay|"
            r"ayey|ayuu|bay|bey|buu|waxay|wuxuu|qof ayaa|qof baa|qof)(?: \w+){0,2} "
            + _SO_HAVE + r" " + _SO_MY_ADDRESS + r"\b" + _SO_NOT_THEN,
            # A weapon here now: "mindi ayuu haystaa", "qori ayuu sitaa", "wuxuu haystaa mindi", "wuu hubaysan
            # yahay" (the present -aa, -aan; never "haystay", "siteen").
            r"\b(?:mindi|mindida|mindiyo|middi|middida|toorey|tooreyda|qori|qoriga|qoryo|qoryaha|bastoolad|"
            r"bastooladda|baastoolad|bistoolad|hub|hubka|bunduq|seef|seefta|faas|faaska)(?: (?:ayuu|buu|ayay|bay|ayey|"
            r"bey|ayaa|baa|wuu|way))? (?:haystaa|haystaan|sitaa|sitaan|wataa|wataan|qabaa|qabaan|gacanta ku hayaa|"
            r"gacanta ku hayaan)\b" + _SO_NOT_THEN,
            r"\b(?:wuxuu|waxay|wuu|way|ayuu|ayay|buu|bay)(?: \w+)? (?:haystaa|haystaan|sitaa|sitaan|wataa|wataan) "
            r"(?:mindi|mindi\w+|middi|toorey|qori|qoriga|qoryo|bastoolad|baastoolad|bistoolad|hub|hubka|bunduq|seef|"
            r"faas)\b" + _SO_NOT_THEN,
            r"\b(?:wuu|way|wey|waa|ayuu|ayay|isagu|iyagu)(?: \w+)? (?:hubaysan|hubeysan) (?:yahay|yihiin|tahay)\b",
            # Hurt now: "wuu i garaacayaa", "ninkayga ayaa i garaacaya", "wuu i ceejinayaa"; just now: "hadda ayuu i
            # garaacay", "caawa mar kale ayay i garaaceen" (never "wuu i garaacay" alone, "markuu i garaacay").
            r"\b(?<!markuu )(?<!markay )(?<!markii )(?:i|na|ina|igu|nagu)(?: \w+)? (?:(?:garaac|tum|dhufan|karbaash|"
            r"laad|ceejin|kufsan|jirdil|dil|dhaawac|xanuujin|gowrac)ay(?:a|aa|aan|o)|garaacaa|garaacaan|"
            r"karbaashaa|karbaashaan)\b",
            r"\b(?:hadda|hada|imika|haatan|caawa|caawo|maanta|saaka|wax yar ka hor|daqiiqado ka hor|saacad ka hor)"
            r"(?: (?!(?:mark\w*|kolk\w*|sidii|sida|waagii|xasuust\w*|ogaa\w*)\b)\w+){0,3} (?:i|na|ina|igu|nagu)"
            r"(?: \w+)? (?:garaacay|garaaceen|garaacday|tumay|tumeen|dhuftay|dhufteen|laaday|laadeen|karbaashay|"
            r"karbaasheen|kufsaday|kufsadeen|jirdilay|jirdileen|dhaawacay|dhaawaceen|ceejiyay|ceejiyeen|"
            r"ceejiyey)\b" + _SO_NOT_THEN,
            r"\b(?<!markuu )(?<!markay )(?<!markii )(?:i|na) (?:garaacay|garaaceen|tumay|tumeen|dhuftay|dhufteen|"
            r"laaday|laadeen|karbaashay|karbaasheen|jirdilay|jirdileen|dhaawacay|dhaawaceen)(?: \w+){0,2} "
            r"(?:hadda|hada|caawa|maanta|saaka)\b",
            # Injured now, a life at stake: "dhiig baa iga socda", "wiilkaygu ma neefsanayo", "miyir ma leh", "si xun
            # ayuu u dhaawacan yahay", "hadda ayaa la toogtay", "ambalaas ayaan u baahannahay" (never "dhiig baa iga
            # socday", "ma neefsanayn", "miyir ma lahayn", "waa la toogtay sannadkii 2015", nor "neef ma qaadan karo":
            # I can't breathe, a panic, answered as distress). One pattern: cheaper to read at every word than many.
            r"\b(?:"
            r"(?:dhiig(?: \w+)? (?:(?:ayaa|baa|ayuu|buu|ayay|bay) )?(?:iga|ka|naga|kaga|igaga|uga) (?:socda|socdaa|"
            r"socdaan|imanaya|imanayaa|daadanaya|daadanayaa|qubanaya|qubanayaa|baxaya|baxayaa)\b)"
            r"|(?:dhiig ?bax(?: \w+)? (?:(?:ayuu|ayay|buu|bay|ayaa|baa) )?(?:qabaa|qabaan|hayaa|haya|ku jiraa|"
            r"ku jira)\b)"
            r"|(?:(?:waan|wuu|way|wey|ayuu|ayay) dhiigayaa\b)"
            r"|(?:ma (?:neefsanayo|neefsanaayo|neefsaneyo|neefsanayso|neefsaneyso|neefsanayaan)\b)"
            r"|(?:neef(?:ta)? ma (?:qaadanayo|qaadayo)\b)"
            r"|(?:(?<!markuu )(?<!markay )(?<!markii )(?:miyir|miyirka|miyirkii|miyirkiisu|miyirkeedu) ma (?:leh|qabo|"
            r"qabto)\b)"
            r"|(?:(?:miyir la aan|miyirla aan|miyir beel|miyir beelan)(?: \w+)? (?:yahay|tahay|yihiin|ahay|ku jira|"
            r"ku jiraa|ku jirta|ku jirtaa)\b)"
            r"|(?:suuxsan (?:yahay|tahay|yihiin|ahay)\b)"
            r"|(?:(?:si xun|si daran|aad|si culus|si halis ah)(?: \w+)?(?: u)? dhaawacan (?:yahay|tahay|yihiin|ahay|"
            r"nahay)\b)"
            r"|(?:dhaawac (?:culus|daran|halis ah|xun)(?: \w+)? (?:(?:ayuu|ayay|ayaan|buu|bay|baan|ayaa) )?(?:qabaa|"
            r"qabaan|qabo|leeyahay|leedahay|leeyihiin|ku jiraa|ku jirtaa)\b" + _SO_NOT_THEN
            + r")"
            r"|(?:xabbad(?:i|ad)?(?: \w+){0,2} (?:ku jirta|ku jirtaa|ugu jirta|ugu jirtaa)\b" + _SO_NOT_THEN
            + r")"
            r"|(?:(?:hadda|hada|imika|haatan|wax yar ka hor|daqiiqado ka hor|saacad ka hor)(?: (?!(?:mark\w*|kolk\w*|"
            r"sidii|sida|waagii|xasuust\w*)\b)\w+){0,3} (?:la )?(?:toogtay|toogteen|rasaaseeyay|rasaaseeyeen|"
            r"mindiyeeyay|mindiyeeyeen)\b" + _SO_NOT_THEN
            + r")"
            r"|(?:(?:ambalaas\w*|ambulance|gaari gurmad|gaadhi gurmad|gaariga gurmadka|"
            r"dhakhtar\w* degdeg ah)(?: \w+){0,2} "
            r"(?:u baahanahay|u baahan nahay|u baahannahay|u baahan yahay|u baahanyahay|u baahan ahay|"
            r"u baahanyihiin|u baahan yihiin)\b)"
            r"|(?:u (?:baahanahay|baahannahay|baahan nahay|baahan ahay|baahanyahay|baahan yahay) (?:ambalaas\w*|"
            r"ambulance|gaari gurmad|gaadhi gurmad|dhakhtar\w* (?:hadda|degdeg))\b)"
            r"|(?:(?:ambalaas\w*|ambulance)(?: (?:ii|noo))? soo (?:dir|dira|diraa)\b))",
            # Afraid for one's life now: "naftayda ayaan u baqayaa", "waxaan u baqayaa naftayda", "naftaydu khatar
            # ayay ku jirtaa" (never "u baqay", "u baqayay": I feared, I was afraid).
            r"\b(?:naftayda|nafteyda|naftaydu|nafteydu|naftayada|nafteenna|nafteena|noloshayda|nolosheyda|"
            r"noloshaydu)(?: \w+){0,2} (?:u |ka )?(?:baqayaa|baqanayaa|cabsanayaa|cabsi qabaa|baqaa|cabsadaa)\b",
            r"\b(?:u|ka) (?:baqayaa|baqanayaa|cabsanayaa|baqaa|cabsadaa|cabsi qabaa) (?:naftayda|nafteyda|noloshayda|"
            r"nolosheyda|naftayada|nafteena)\b",
            r"\b(?:naftayda|nafteyda|naftaydu|nafteydu|noloshayda|nolosheyda|noloshaydu|naftayadu|nafteennu)"
            r"(?: \w+){0,2} (?:khatar|halis) (?:ayay |bay |ayey )?ku (?:jirtaa|jirta|jiraa|sugan tahay)\b",
            # Held, locked in, not let go now: "waxaan ku xiranahay musqusha", "waxaa la na hayaa", "qol baa la igu
            # xiray hadda", "iima oggola inaan baxo", "ma i sii daynayo" (never "waan xirnaa", "ma oggolaan").
            r"\bku (?:xiranahay|xirnahay|xiran ahay|xirannahay|xirnnahay|xiran nahay|xirnnahay)\b",
            r"\bla (?:i|na|ina) (?:hayaa|haystaa|xirayaa|haya|haysto)\b",
            r"\bla (?:igu|nagu|inagu|i|na) (?:xiray|xidhay)(?: \w+){0,2} (?:hadda|hada|imika|haatan)\b",
            r"\b(?:iima|nooma|ma (?:i|na|ii|noo|ina|inoo)) (?:oggola|ogola|oggolaado|fasaxo|fasaxayo|sii dayo|"
            r"sii daynayo|sii deynayo|siidaynayo|sii daayo|siidaayo)\b",
            # Asking for the police: "booliska wac", "fadlan booliska ii soo wac", "u yeer booliska" (never "booliska
            # ma wicin", "booliska ayaan wacay", "booliska ha wicin").
            r"\b(?:boo?lii?s\w*|police|ambalaas\w*|ambulance|999|911|112|888)(?: (?:ii|noo|u))?(?: soo)? "
            r"(?:wac|waca|u yeer|u yeera|la xiriir|la soo xiriir)\b",
            r"\b(?:(?:ii|noo) )?(?:soo )?(?:wac|waca|u yeer|u yeera) (?:boo?lii?s\w*|police|ambalaas\w*)\b",
            # One of them seen just now or today, all within a few words: "hadda ayaan arkay isaga", "maanta ayaan
            # arkay mid ka mid ah askartii", "waxaan hadda arkay ninkii i jirdilay" (never without the now, nor
            # "hadda ayaan arkay fariintaada", nor a memory: "sidii aan u arkay").
            r"(?:^| )(?=(?:\w+ ){0,8}(?:arkay|aragnay)\b)(?=(?:\w+ ){0,8}(?:hadda|hada|imika|haatan|maanta|saaka|"
            r"caawa|galabta)\b)(?=(?:\w+ ){0,8}(?:isaga|iyaga|iyada|mid ka mid|nin\w*ii|niman\w*ii|askari\w*ii|"
            r"askartii|sarkaal\w*ii|saraakiishii|ciidan\w*ii|ilaalad\w*ii|seygaygii)\b)(?=(?:\w+ ){0,8}(?:waxaan|"
            r"ayaan|baan|waan|waxaannu|ayaannu|baannu|waannu)\b)(?!(?:\w+ ){0,7}(?:sidii|markii|markaan|kolkii|waagii|"
            r"xasuust\w*)\b)" + _SO_NOT_THEN,
            # One of them living near: "sarkaalkii i jirdilay wuxuu deggan yahay meel ii dhow", "wuxuu ku nool yahay
            # xaafaddayda" (never "walaashay waxay deggan tahay meel ii dhow", "wuxuu degganaa").
            r"(?:^(?:hadda )?(?:wuxuu|wuu|ayuu)|\b(?:isagu|iyagu|mid ka mid ah\w*|mid ka mid|(?:kii|ninkii|"
            r"sarkaalkii|askarigii|nimankii|kuwii|ragii|ninka|sarkaalka)(?: \w+)? (?:i|na) (?:jirdilay|garaacay|"
            r"kufsaday|xiray|xidhay|dilay|handaday|hanjabay|afduubay|qabtay|jirdileen|garaaceen|xireen|"
            r"afduubeen)(?: \w+)?(?: (?:wuxuu|waxay|wuu|way|ayuu|ayay))?))(?: \w+){0,2} (?:deggan yahay|deggen yahay|"
            r"degan yahay|degganyahay|ku nool yahay|ku noolyahay|deggan yihiin|ku nool yihiin|joogaa|joogaan)"
            r"(?: \w+)? (?:meel (?:ii|noo|inoo) (?:u )?(?:dhow|dhaw)|(?:ii|noo|inoo) (?:dhow|dhaw)|agtayda|agteyda|"
            r"agtayada|xaafaddayda|xaafadeyda|xaafaddeenna|dariskayga|dariskeyga|jaarkayga|isla xaafadda|"
            r"isla dhismaha|dhismahayga|dhismaheenna|wadadayda|waddadayda|gurigayga (?:agtiisa|dhinaciisa|ag|xigta)|"
            r"guriga (?:ii|noo) xiga)\b",
        ),
        not_danger=(
            r"\bhalkan (uk|ingiriiska|boqortooyada midowday|london|dalkan)\b",
        ),
    ),
}
