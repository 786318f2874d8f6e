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

PHRASES: Dict[str, PhraseList] = {
    "en": PhraseList(
        self_harm=(
            # "want to die", never "we thought we were going to die": the account of a killing is not a wish.
            r"\b(want|wanted|wanna|wana|wnat|need|wish|wished|like|ready)( to)? (die+|dye|dy)\b",
            r"\b(want|wanted|wanna|wana|wnat|need|going|gonna|ready|trying|tried|try|plan|planning|decided|wish|like)"
            r"( to)? (kill my ?self|end (it all|my (own )?life|everything)|take my (own )?life|hurt my ?self|"
            r"harm my ?self|unalive( my ?self)?|not (be )?(alive|here any ?more)|disappear forever|kms)\b",
            r"^kms$",
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
        ),
        immediate_danger=(
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
            r"^(help |please |oh god |omg )?(there|their|thier) (here|outside|at (the|my) door|coming)\b",
            r"\b(is|are|s|re|r) (banging|knocking|pounding|kicking|breaking) (on|at|down) (the|my|our) (door|window)\b",
            r"\b(i can|can|i can still) (hear|see) (them|him|her|someone|people|men|soldiers) (outside|at the door|"
            r"downstairs|in the (house|hall|garden|street|corridor|building))\b",
            r"\b(i m|im|i am|we re|we are) (hiding|in hiding)( from (them|him|her|the \w+))?( now| right now)?$",
            r"\b(i m|im|i am|we re|we are) hiding from (them|him|her)\b",
            r"\b(are|is|s|re|r) (in|on) (my|our) (street|road|building|block|stairs|stairwell)\b",
            r"\bknows? where (i|we) (live|am|are)\b",
            r"\bmy (husband|wife|partner|brother|father|uncle|boss)( is| s)( right| still)? "
            r"(here|next to me|beside me|outside|coming|in the (next|other) room)\b",
        ),
        not_danger=(
            r"\bsuicide (bomb\w*|attack\w*|vest\w*|car\w*|mission\w*|drone\w*|squad\w*|truck\w*)\b",
            r"\bhere in (the uk|the united kingdom|britain|great britain|england|scotland|wales|northern ireland|"
            r"london|this country)\b",
        ),
        spellings=("suicide", "suicidal", "myself", "overdose", "anymore", "watching", "following", "outside",
                   "danger"),
    ),
    "ar": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
            r"\b(هو|هي|هم|انه|إنه|انها|إنها|انهم|إنهم|حدا|احد|أحد|شخص|رجال|الرجل|هوه|هيه)( موجود| موجودين| موجودة)?"
            r" (هنا|هون|هنا الآن|جاي|جايين|قادم|قادمون|قادمين|في الغرفة المجاورة|بالغرفة المجاورة|في الغرفة الثانية|"
            r"بالغرفة الثانية|بالغرفة التانية|عند الباب|ع الباب|برا|بالخارج|خلف الباب|ورا الباب|يراقبني|يلحقني)\b",
            r"(يراقب|يلاحق|يتبع|يراقبو|يلاحقو|يتبعو|بيراقب|عم يراقب|يتعقب)(ني|ونني|وني)\b",
            r"\b(انا|أنا|احنا|نحن|حياتي) (في |ب)خطر",
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
        ),
        not_danger=(
            r"هنا في (بريطانيا|المملكة المتحدة|لندن|هذا البلد|انجلترا|إنجلترا)",
            r"\b(ال)?انتحاري(ة|ه|ون|ين)?\b",  # a suicide bomber, a suicide attack
        ),
        spellings=("انتحار",),
    ),
    "uk": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
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
        ),
        not_danger=(
            r"\bтут (у|в) (британії|великій британії|великобританії|англії|лондоні|цій країні)\b",
        ),
        spellings=("самогубство",),
    ),
    "ru": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
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
        ),
        not_danger=(
            r"\b(здесь|тут) в (британии|великобритании|англии|лондоне|этой стране)\b",
        ),
        spellings=("самоубийство",),
    ),
    "fa": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
            r"\b(او|اون|آنها|اونا|کسی|یکی|شوهرم|مرد)( الان| همین الان)? (اینجاست|اینجا است|اینجان|اینجا هستند|"
            r"اینجا هست|داره میاد|دارن میان|دارد می آید|دم در|پشت در|تو اتاق بغل|در اتاق بغلی|در اتاق کناری|"
            r"تو اتاق کناری|بیرون است|بیرونه)",
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
            r"poshte dar(an|e)?|too otaghe baghal(an|e)?)\b",
            r"\binja hast(an|and)\b",
            r"^(daran|dare|dareh|daren) (mian|miyan|miad|miyad|miayand)$",
            r"\b(daran|daren) (mian|miyan|miayand) (soragham|donbalam|inja)\b",
            r"\b(mano|mara|man ro|mano) (mikoshan|mikoshand|mikoshe|mikosheh|mikoshad|mipan|mipayand)\b",
            r"\b(donbalam|ta3qibam|taghibam) (hastan|mikonan|hastand|mikonand)\b",
        ),
        not_danger=(
            r"اینجا (در|تو) (انگلیس|بریتانیا|لندن|این کشور)",
        ),
        spellings=("خودکشی",),
    ),
    "fr": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
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
        ),
        not_danger=(
            r"\b(attentat|attentats|attaque|attaques|bombe|voiture|kamikaze)s? suicides?\b",
            r"\bici (au royaume ?uni|en angleterre|a londres|dans ce pays|en grande bretagne)\b",
        ),
        spellings=("suicider",),
    ),
    "es": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
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
        ),
        not_danger=(
            r"\b(atentado|atentados|ataque|ataques|bomba|coche|terrorista|terroristas|atacante)s? suicidas?\b",
            r"\baqui en (el reino unido|inglaterra|londres|este pais|gran bretana)\b",
        ),
        spellings=("suicidarme",),
    ),
    "ur": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
            r"\b(وہ|کوئی|لوگ) (یہاں|یہیں|ادھر) (ہے|ہیں)",
            r"(وہ|کوئی|لوگ) (آ رہا|آ رہے|آ رہی)",
            r"(ساتھ والے|دوسرے|اگلے) کمرے میں",
            r"دروازے پر (ہے|ہیں|کھڑا|کھڑے)",
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
            r"khadi|khari)\b",
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
        ),
        not_danger=(
            r"یہاں (برطانیہ|انگلینڈ|لندن|اس ملک) میں",
            r"خودکش (حملہ|حملے|حملوں|دھماکہ|دھماکے|بمبار)",  # a suicide attack, a suicide bomber
        ),
        spellings=("خودکشی",),
    ),
    "ta": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
            r"(அவன்|அவள்|அவர்|அவர்கள்|யாரோ) (இங்கே|இங்க|பக்கத்து அறையில்|வாசலில்|வெளியே|வருகிறான்|வருகிறார்கள்|"
            r"வருகிறார்|என்னைப் பார்க்கிறான்)",
            r"என்னை(க்|ப்)? ?(கண்காணிக்க|கவனிக்கிற|பின்தொடர்)",
            r"ஆபத்தில் (இருக்கிறேன்|இருக்கேன்|உள்ளேன்)",
            r"பாதுகாப்பா(க|ய்)? ?இல்லை",
            r"என்னை(க்)? ?(கொன்று ?விடுவா|கொல்ல (போகிறா|வருகிறா))",
            r"\b(avan|aval|avanga|avar) (inga|inge) (irukkan|irukkanga|irukka|irukkaar)",
        ),
        not_danger=(
            r"தற்கொலை ?(படை|தாக்குதல்|குண்டு|குண்டுதாரி)",
            r"இங்கே (இங்கிலாந்தில்|பிரிட்டனில்|லண்டனில்|இந்த நாட்டில்)",
        ),
    ),
    "so": PhraseList(
        self_harm=(
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
        ),
        immediate_danger=(
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
        ),
        not_danger=(
            r"\bhalkan (uk|ingiriiska|boqortooyada midowday|london|dalkan)\b",
        ),
    ),
}
