"""Hiding now, in the ten languages: the person (or their family with them) is hiding at this moment, or is being
followed now; and accounts of hiding in the past in the same words, which must stay quiet. Written for the project
(machine-assisted outside English, like bot/safety/phrases.py) after "i'm hiding in the bathroom", "je me cache"
and "وہ میرے پیچھے آ رہے ہیں" (they are coming after me) got no danger answer."""

HIDING = [
    ('en', "i'm hiding in the bathroom"),
    ('en', 'we are hiding in the basement'),
    ('en', 'im hiding under the bed rn'),
    ('en', 'i am still hiding at my cousins'),
    ('fr', 'je me cache dans la salle de bain'),
    ('fr', 'on se cache chez une voisine'),
    ('fr', 'nous nous cachons dans la cave'),
    ('es', 'me estoy escondiendo en el baño'),
    ('es', 'estamos escondidos en el sótano'),
    ('es', 'estoy escondida debajo de la cama'),
    ('ru', 'я прячусь в ванной'),
    ('ru', 'мы прячемся в подвале'),
    ('uk', 'я ховаюся у ванній'),
    ('uk', 'ми ховаємося в підвалі'),
    ('ar', 'أنا مختبئة في الحمام'),
    ('ar', 'نحن مختبئون في القبو'),
    ('fa', 'دارم قایم میشم'),
    ('fa', 'الان تو زیرزمین پنهان شده ایم'),
    ('ur', 'میں باتھ روم میں چھپی ہوئی ہوں'),
    ('ur', 'ہم تہہ خانے میں چھپے ہوئے ہیں'),
    ('ur', 'وہ میرے پیچھے آ رہے ہیں'),
    ('ur', 'main bathroom mein chhupa hua hoon'),
    ('ur', 'woh mere peeche aa rahe hain'),
    ('ta', 'நான் குளியலறையில் ஒளிந்திருக்கிறேன்'),
    ('ta', 'naanga olinjirukkom'),
    ('so', 'musqusha ayaan ku dhuumanayaa'),
    ('so', 'waan dhuumanaynaa hadda'),
]

HIDING_ACCOUNTS = [
    ('en', 'we were hiding in the basement for three days'),
    ('en', 'i hid in the bathroom when they came'),
    ('fr', 'nous nous sommes cachés dans la cave pendant deux jours'),
    ('fr', 'je me cachais chez ma tante à cette époque'),
    ('es', 'me escondí en el baño cuando llegaron'),
    ('es', 'estuvimos escondidos en el sótano tres días'),
    ('ru', 'мы прятались в подвале три дня'),
    ('uk', 'ми ховалися в підвалі три дні'),
    ('ar', 'كنا مختبئين في القبو ثلاثة أيام'),
    ('fa', 'سه روز تو زیرزمین قایم شدیم'),
    ('ur', 'ہم تین دن تہہ خانے میں چھپے رہے'),
    ('ur', 'وہ میرے پیچھے آ رہے تھے'),
    ('ur', 'hum teen din chhupe rahe'),
    ('ta', 'நாங்கள் மூன்று நாள் ஒளிந்திருந்தோம்'),
    ('so', 'saddex maalmood ayaan ku dhuumannay'),
]
