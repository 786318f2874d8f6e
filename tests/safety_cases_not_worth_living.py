"""Life not worth living, said in passing ("what's the point of living", "i might as well be dead", "nobody would
miss me"), in the ten languages: words of suicide, answered with Samaritans and 999 like the plain ones. And the
same words said of others or of something else, which must stay quiet. Written for the project (machine-assisted
outside English, like bot/safety/phrases.py) after these got no answer while "i want to die" did."""

NOT_WORTH_LIVING = [
    ('en', "what's the point of living"),
    ('en', 'i might as well be dead'),
    ('en', 'better if i was dead'),
    ('en', 'nobody would even notice if i disappeared'),
    ('fr', 'à quoi bon vivre'),
    ('fr', "ce serait mieux si j'étais morte"),
    ('es', 'para qué seguir viviendo'),
    ('es', 'estaría mejor muerta'),
    ('ru', 'какой смысл жить'),
    ('ru', 'никто не будет по мне скучать'),
    ('uk', 'який сенс жити'),
    ('uk', 'ніхто не сумуватиме за мною'),
    ('ar', 'الموت احسن لي'),
    ('ar', 'يا ريتني ميت'),
    ('fa', 'زندگی چه فایده ای داره'),
    ('fa', 'هیچکس دلش برام تنگ نمیشه'),
    ('ur', 'جینے کا کیا فائدہ'),
    ('ur', 'jeene ka kya faida'),
    ('ta', 'நான் செத்துப் போனால் நல்லது'),
    ('ta', 'வாழ்ந்து என்ன பயன்'),
    ('so', 'waan is dili doonaa'),
    ('so', 'nolosha maxaa ii dan ah'),
]

SAID_OF_OTHERS = [
    ('en', 'he wished he was dead'),
    ('en', 'nobody missed the soldiers when they left'),
    ('en', 'what is the point of this question'),
    ('en', 'my brother said he might as well be dead'),
    ('en', 'they told me no one would miss me if they killed me'),
    ('fr', "il vaudrait mieux qu'il soit mort"),
    ('es', 'su madre estaría mejor sin él'),
    ('ru', 'лучше бы он ушёл'),
    ('uk', 'краще б він пішов'),
    ('ar', 'الموت احسن من الذل قالها ابوي'),
    ('fa', 'بهتره برم خونه'),
    ('ur', 'بہتر ہے میں گھر جاؤں'),
    ('ta', 'வாழ்ந்து காட்டுவேன்'),
    ('so', 'nolosha xeryaha way adag tahay'),
]
