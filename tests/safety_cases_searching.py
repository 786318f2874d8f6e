"""Searched for now, or houses searched and people taken around the person now, in the ten languages; and
accounts of searches and arrests in the past in the same words, which must stay quiet. Written for the project
(machine-assisted outside English, like bot/safety/phrases.py) after "they're searching for me", "soldiers are
going door to door", "عم يدوروا علي" and "دنبالم میگردن" got no danger answer."""

SEARCHING = [
    ('en', "they're searching for me"),
    ('en', 'soldiers are going door to door'),
    ('en', 'the militia is searching houses in our street'),
    ('en', "they're rounding up the young men"),
    ('fr', 'ils fouillent les maisons de notre rue'),
    ('fr', 'les soldats font du porte à porte'),
    ('es', 'están registrando las casas del barrio'),
    ('es', 'se llevan a los muchachos'),
    ('ru', 'они обыскивают дома на нашей улице'),
    ('ru', 'военные ходят по квартирам'),
    ('uk', 'вони обшукують будинки на нашій вулиці'),
    ('uk', 'забирають чоловіків'),
    ('ar', 'عم يدوروا علي'),
    ('ar', 'يفتشون البيوت في حارتنا'),
    ('fa', 'دنبالم میگردن'),
    ('fa', 'دارن خونه ها رو میگردن'),
    ('ur', 'فوجی گھروں کی تلاشی لے رہے ہیں'),
    ('ur', 'woh larkon ko pakar rahe hain'),
    ('ta', 'என்னை தேடுகிறார்கள்'),
    ('ta', 'வீடு வீடாக சோதனை செய்கிறார்கள்'),
    ('so', 'waxay baarayaan guryaha xaafadda'),
    ('so', 'ragga ayay qabanayaan'),
]

SEARCHING_ACCOUNTS = [
    ('en', 'they were searching for me for months'),
    ('en', 'soldiers went door to door that night'),
    ('en', 'we are checking the houses for survivors'),
    ('en', 'i am searching for my brother'),
    ('en', 'my mother and i are searching the area for his body'),
    ('fr', "ils ont fouillé toutes les maisons"),
    ('es', 'registraron las casas del barrio'),
    ('ru', 'они обыскивали дома'),
    ('uk', 'вони обшукували будинки'),
    ('ar', 'كانوا يدوروا علي'),
    ('ar', 'فتشوا البيوت'),
    ('fa', 'دنبالم میگشتن'),
    ('ur', 'وہ گھروں کی تلاشی لے رہے تھے'),
    ('ta', 'அவர்கள் என்னை தேடினார்கள்'),
    ('so', 'waxay baareen guryaha'),
]
