"""Round-61 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 61 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language an embassy's or a consulate's reception, banquet, open day or national day marked with students
or teachers among the guests (irrelevant), and a look-alike that stays relevant: a scholarship, an
agreement or a joint lab at such an event. Two English farming probes: Chinese farmers growing a crop on
hectares of leased land (irrelevant) beside a variety trialled on hectares (relevant). Headlines, two
with a lede, no url. Each row: (id, headline, [lede,] relevant).
"""

from __future__ import annotations

PROBES_R61: list[tuple] = [
    ("r61-en-banquet-neg", "Kyrgyz consulate in Kashgar gives a banquet for Chinese teachers and students", False),
    ("r61-en-grants-rel", "Turkmen embassy reception in Beijing awards study grants to Chinese students of Turkmen", True),
    ("r61-en-hectares-neg", "Chinese growers plant rice on 2,000 hectares of leased land near Almaty", False),
    ("r61-en-trial-plot-rel", "Chinese and Kazakh agronomists trial a drought-tolerant soybean on 50 hectares", True),
    ("r61-ru-priem-neg", "Посольство Таджикистана в КНР дало торжественный прием для преподавателей пекинских вузов", False),
    ("r61-ru-laboratoriya-rel", "Совместная казахстанско-китайская лаборатория провела день открытых дверей для студентов-химиков", True),
    ("r61-zh-yanhui-neg", "驻吉尔吉斯斯坦使馆设宴款待当地汉语教师", False),
    ("r61-zh-jiangxuejin-rel", "驻塔使馆招待会上宣布设立中国政府奖学金新项目", True),
    ("r61-kk-banket-neg", "Қытайдың Астанадағы елшілігі мұғалімдерге арналған банкет берді", False),
    ("r61-kk-kelisim-rel", "Салтанатты қабылдауда қазақ және қытай университеттері ғылыми ынтымақтастық туралы келісімге қол қойды", True),
    ("r61-ky-achyk-eshik-neg", "Кытайдын Оштогу консулдугу студенттер үчүн ачык эшиктер күнүн уюштурду", False),
    ("r61-ky-grant-rel", "Кытай элчилигиндеги кабыл алууда кыргыз студенттерине окуу гранттары тапшырылды", True),
    ("r61-uz-ziyofat-neg", "Xitoy elchisi Samarqand o‘qituvchilari sharafiga ziyofat uyushtirdi", False),
    ("r61-uz-laboratoriya-rel", "O‘zbek-xitoy qo‘shma laboratoriyasining ochiq eshiklar kunida yangi tadqiqotlar taqdim etildi", True),
    ("r61-uzc-mustaqillik-neg", "Хитойдаги ўзбек талабалари элчихонада Мустақиллик кунини нишонлади",
     "Элчихона ўқувчилар ва ўқитувчилар учун байрам дастурхони тузади.", False),
    ("r61-uzc-grant-rel", "Хитой элчихонасидаги тантанали қабулда ўзбек талабаларига стипендиялар топширилди", True),
    ("r61-tg-ziyofat-neg", "Консулгарии Тоҷикистон дар Урумчӣ барои донишҷӯёни тоҷик зиёфат дод", False),
    ("r61-tg-grant-rel", "Дар қабули расмӣ дар Сафорати Чин ба донишҷӯёни тоҷик грантҳои таҳсилӣ супурда шуд", True),
    ("r61-tk-kabul-neg", "Hytaýyň ilçihanasynda türkmen mugallymlary üçin kabul edişlik guraldy",
     "Kabul edişlikde hytaý dilini öwrenýän okuwçylar hem çykyş etdiler.", False),
    ("r61-tk-laboratoriya-rel", "Türkmen-hytaý bilelikdäki barlag laboratoriýasy açyk gapylar gününde täze işlerini görkezdi", True),
]
