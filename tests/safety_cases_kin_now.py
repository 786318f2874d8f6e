"""Someone with the person hurt or taken just now (a mother beaten, a son taken an hour ago), in the ten languages;
and accounts of the past in the same words, which must stay quiet. Written for the project (machine-assisted
outside English, like bot/safety/phrases.py) after "he is beating my mother right now" and "they just took my son"
got no danger answer: the net heard only harm to the person themselves ("he is hitting me")."""

KIN_NOW = [
    ('en', 'he is beating my mother right now'),
    ('en', 'my husband is drunk and hitting the kids'),
    ('en', 'oh god please they just took my son'),
    ('en', 'soldiers arrested my husband an hour ago'),
    ('fr', 'ils sont en train de frapper mon frère'),
    ('fr', "ils viennent d'emmener mon fils"),
    ('es', 'está golpeando a mi madre'),
    ('es', 'acaban de llevarse a mi hijo'),
    ('ru', 'он бьёт маму'),
    ('ru', 'только что забрали сына'),
    ('uk', "він б'є маму"),
    ('uk', 'щойно забрали сина'),
    ('ar', 'عم يضربوا امي'),
    ('ar', 'هلق اخدوا ابني'),
    ('fa', 'داره مامانمو میزنه'),
    ('fa', 'همین الان پسرمو بردن'),
    ('ur', 'وہ میری ماں کو مار رہا ہے'),
    ('ur', 'abhi abhi mere bhai ko utha kar le gaye'),
    ('ta', 'அவன் என் அம்மாவை அடிக்கிறான்'),
    ('ta', 'இப்போதுதான் என் மகனை கூட்டிட்டு போனாங்க'),
    ('so', 'hooyaday ayuu garaacayaa'),
    ('so', 'hadda ayay wiilkayga qaadeen'),
]

KIN_ACCOUNTS = [
    ('en', 'he was beating my mother every night'),
    ('en', 'in 2014 they came to our village at night and they just took my son'),
    ('en', 'soldiers arrested my husband last year'),
    ('en', 'they were shouting and hitting my mother'),
    ('en', 'talking about this is hurting my heart'),
    ('en', 'they just took him away and we never saw him again'),
    ('fr', 'il a frappé ma mère'),
    ('fr', 'ils frappaient mon frère'),
    ('fr', 'ils violent nos droits'),
    ('es', 'se llevaron a mi hijo en 2015'),
    ('ru', 'он бил маму'),
    ('uk', 'він бив маму'),
    ('ar', 'كانوا يضربوا امي'),
    ('ar', 'اخدوا ابني سنة 2013'),
    ('fa', 'مامانمو میزد'),
    ('ur', 'وہ میری ماں کو مار رہا تھا'),
    ('ta', 'அவன் என் அம்மாவை அடித்தான்'),
    ('so', 'wiilkayga way qaadeen sannadkii hore'),
]
