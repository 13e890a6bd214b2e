"""Round-28 family probes (issue 12), written after the round's blind real set
(``classifiers/eval/holdout19.jsonl``, 105 items of the search tool's pages corpus) was committed
and measured once with the round-25 rules (2026.12.28), and after the vocabulary was read
(docs/classifier.md, "Round 28 of issue 12"). Each family its misses showed is written both ways,
in every language the family has:

* think tanks as research: the Russian instrumental plural ("с мозговыми центрами"), the Kazakh
  "(сараптама-)талдау орталығы", the Kazakh name and acronym of KazISS (ҚСЗИ), Kyrgyzstan's NISI;
  beside think tanks with Russia or Turkey;
* the research verb and the researcher (исследуют, исследователи; зерттейді; изилдейт; tadqiq
  qiladi; таҳқиқ мекунанд), beside "exploring the possibility" of a pipeline or a railway and a
  Tajik police inquiry (мақомоти таҳқиқ);
* China's own Kazakhs, Kyrgyz and Uzbeks by where they came from ("казахи из Китая", "Кытайдан
  келген кыргыздар", "Xitoydan kelgan o'zbeklar"), beside students from China;
* a multilateral body (the SCO University) with China and another partner, beside Central Asian
  students of the same university;
* China's "Education Silk Road" (教育丝路) with Central Asia, beside ASEAN and Africa.

Each row: (id, headline, relevant). None is a labelled item's title or an earlier probe's
(``test_round28.py`` checks it, exactly and by word overlap).
"""

from __future__ import annotations

PROBES_R28_FAMILIES: list[tuple[str, str, bool]] = [
    # think tanks
    (
        "r28f-ru-think-tanks-tashkent",
        "Эксперты Пекина обсудили с мозговыми центрами Узбекистана совместные доклады",
        True,
    ),
    (
        "r28f-kk-think-tanks-report",
        "Қазақстан мен Қытайдың сараптама-талдау орталықтары бірлескен баяндама дайындайды",
        True,
    ),
    (
        "r28f-kk-kaziss-cass",
        "ҚСЗИ мен Қытай қоғамдық ғылымдар академиясы меморандумға қол қойды",
        True,
    ),
    (
        "r28f-ky-nisi-chinese-experts",
        "Кыргыз Республикасынын Улуттук стратегиялык изилдөөлөр институту Кытайдын эксперттерин кабыл алды",
        True,
    ),
    (
        "r28f-ru-think-tanks-russia-oil-neg",
        "Эксперты России поделились с мозговыми центрами Казахстана оценками рынка нефти",
        False,
    ),
    (
        "r28f-kk-think-tanks-turkey-neg",
        "Қазақстан мен Түркияның талдау орталықтары кездесті",
        False,
    ),
    # the research verb and the researcher
    ("r28f-ru-deserts-verb", "Казахстан и Китай вместе исследуют пустыни", True),
    ("r28f-ru-researchers-in-bishkek", "Китайские исследователи приехали в Бишкек", True),
    ("r28f-kk-aral-verb", "Қытай мен Қазақстан Арал теңізін бірге зерттейді", True),
    ("r28f-ky-glaciers-verb", "Кытай жана Кыргызстан мөңгүлөрдү биргелешип изилдейт", True),
    (
        "r28f-uz-kyzylkum-verb",
        "Xitoylik va o'zbek mutaxassislari Qizilqum cho'lini tadqiq qiladi",
        True,
    ),
    (
        "r28f-tg-pamir-earthquakes-verb",
        "Мутахассисони Чин ва Тоҷикистон зилзилаҳои Помирро таҳқиқ мекунанд",
        True,
    ),
    (
        "r28f-ru-pipeline-possibility-neg",
        "Китай и Казахстан исследуют возможность строительства нового газопровода",
        False,
    ),
    (
        "r28f-kk-railway-possibility-neg",
        "Қытай мен Қазақстан жаңа теміржол салу мүмкіндігін зерттейді",
        False,
    ),
    (
        "r28f-tg-police-inquiry-neg",
        "Мақомоти таҳқиқ дар Душанбе шаҳрванди Чинро боздошт кард",
        False,
    ),
    # China's own Kazakhs, Kyrgyz and Uzbeks, by where they came from
    (
        "r28f-ru-kazakhs-from-china-grants-neg",
        "Казахи из Китая получили гранты на учебу в Алматы",
        False,
    ),
    (
        "r28f-ky-kyrgyz-from-china-school-neg",
        "Кытайдан келген кыргыздар Бишкекте мектеп ачты",
        False,
    ),
    (
        "r28f-uz-uzbeks-from-china-university-neg",
        "Xitoydan kelgan o'zbeklar Toshkentda universitetga kirdi",
        False,
    ),
    (
        "r28f-kk-kazakhs-from-china-university-neg",
        "Қытайдан келген қазақтар Алматыда университетке түсті",
        False,
    ),
    ("r28f-en-kazakhs-from-china-neg", "Kazakhs from China enrol at a college in Shymkent", False),
    (
        "r28f-ru-students-from-china-learn-kyrgyz",
        "Студенты из Китая изучают кыргызский язык в Бишкеке",
        True,
    ),
    (
        "r28f-kk-students-from-china-learn-kazakh",
        "Қытайдан келген студенттер Алматыда қазақ тілін үйренуде",
        True,
    ),
    # a multilateral body with China and another partner
    (
        "r28f-en-sco-university-russia-neg",
        "SCO University admits students from China and Russia",
        False,
    ),
    ("r28f-zh-sco-university-sino-russian-neg", "上合组织大学中俄合作办学项目启动", False),
    (
        "r28f-ru-sco-university-kazakh-graduates",
        "Выпускники Университета ШОС из Казахстана продолжат учёбу в Пекине",
        True,
    ),
    # the Education Silk Road
    ("r28f-zh-education-silk-road-central-asia", "“教育丝路”为中亚学子打开留学之门", True),
    (
        "r28f-en-education-silk-road-kyrgyz",
        "Education Silk Road brings Kyrgyz students to Xi'an",
        True,
    ),
    ("r28f-zh-education-silk-road-asean-neg", "“教育丝路”助力东盟青年就业", False),
    (
        "r28f-en-education-silk-road-africa-neg",
        "Education Silk Road forum discusses schools in Africa",
        False,
    ),
]
