"""Round-48 family probes (docs/classifier.md, "Round 48 of issue 12"): new terse headlines, written after
the round's family was added (every place that names a side: China's prefecture-level cities and
prefectures, Xinjiang's prefectures and XPCC cities, Central Asia's regions, their centres and towns), each
naming one side by a city or region the gazetteer did not know before, in every language that writes it.
The look-alikes that must stay out: Mary the name, Dalí the painter, the Aral Sea without China, Altai in
Russia, Kant the philosopher, marble (大理石), Texas (德州), Yellowstone (黄石公园), a stable idiom (长治久安);
and a city that names a side in a story with no science or education subject (trade, sport).
Each row: (id, title, relevant)."""

from __future__ import annotations

PROBES_R48: list[tuple[str, str, bool]] = [
    # China named by a prefecture-level city, the other side by its country or city
    ("r48-en-luoyang-kyrgyz-students", "Luoyang college enrolls 30 Kyrgyz students in engineering", True),
    ("r48-en-baoji-uzbek-lab", "Baoji titanium institute and Tashkent university open joint laboratory", True),
    ("r48-en-nanning-kazakh-scholars", "Kazakh scholars attend agronomy seminar in Nanning", True),
    ("r48-en-taiyuan-tajik-coal-research", "Tajik mining researchers trained in Taiyuan", True),
    ("r48-en-tianshui-turkmen-teachers", "Turkmen teachers complete a Chinese-language course in Tianshui", True),
    ("r48-en-shigatse-kyrgyz-glaciers", "Kyrgyz glaciologists join Shigatse field study", True),
    ("r48-ru-luoyang-kazakh-university", "Университет из Лояна откроет в Караганде центр китайского языка", True),
    ("r48-ru-taiyuan-uzbek-students", "Узбекские студенты пройдут практику в Тайюане", True),
    ("r48-ru-jiuquan-tajik-space", "Таджикские инженеры изучают космические технологии в Цзюцюане", True),
    ("r48-zh-tianshui-kazakh", "天水师范学院与哈萨克斯坦高校签署合作协议", True),
    ("r48-zh-baoji-kyrgyz", "宝鸡职业技术学院为吉尔吉斯斯坦培训技术人才", True),
    ("r48-zh-wujiaqu-uzbek", "五家渠农业科技园接待乌兹别克斯坦学者", True),
    ("r48-kk-gansu-agronomists", "Гансу ауыл шаруашылығы институты қазақстандық агрономдарды оқытады", True),
    ("r48-ky-jiangsu-students", "Цзянсу университети кыргыз студенттерин кабыл алды", True),
    ("r48-tg-henan-agronomy", "Олимони кишоварзии Хэнан ба Хуҷанд омаданд", True),
    ("r48-uz-sichuan-scientists", "Sichuanlik olimlar Samarqandda suv tejovchi texnologiyalarni namoyish etdi", True),
    # a Central Asian region or town named, China by name
    ("r48-en-kentau-mining-college", "Kentau mining college signs training pact with Chinese partner", True),
    ("r48-en-denau-chinese-agronomists", "Chinese agronomists train Denau cotton researchers", True),
    ("r48-en-kara-balta-lab", "China funds a water-research laboratory in Kara-Balta", True),
    ("r48-en-tursunzoda-chinese-training", "Chinese engineers run aluminium training course in Tursunzoda", True),
    ("r48-ru-arkalyk-chinese-school", "В Аркалыке открылся класс китайского языка при поддержке КНР", True),
    ("r48-ru-bekabad-chinese-teachers", "Китайские преподаватели начали занятия в Бекабаде", True),
    ("r48-tk-bayramaly-chinese", "Baýramalyda hytaý hünärmenleri talyplara okuw geçirdi", True),
    # look-alikes and a place that names a side in a story without a science or education subject
    ("r48-en-mary-name-neg", "Mary Chen wins Almaty piano contest", False),
    ("r48-en-dali-painter-neg", "Dali exhibition opens in Almaty gallery", False),
    ("r48-en-aral-sea-neg", "Aral Sea shoreline retreats again, Kazakh ecologists say", False),
    ("r48-ru-altai-russia-neg", "Казахстанские туристы открыли новый маршрут по Алтаю", False),
    ("r48-en-kant-philosophy-neg", "Kant lectures draw crowds at Bishkek philosophy club", False),
    ("r48-zh-marble-neg", "哈萨克斯坦大理石出口增长", False),
    ("r48-zh-texas-neg", "德州牛仔队客场获胜", False),
    ("r48-zh-idiom-neg", "乌兹别克斯坦总统谈长治久安", False),
    ("r48-en-luoyang-trade-neg", "Luoyang truck maker ships 200 tractors to Kazakhstan", False),
    ("r48-ru-zhanaozen-sport-neg", "Футболисты из Жанаозена сыграли с командой из Урумчи", False),
    ("r48-en-yiwu-trade-neg", "Yiwu traders open wholesale market in Osh", False),
]
