"""Round-79 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on any of
it (docs/classifier.md, "Round 79 of issue 12"), measured once before the fixes (the honest dev row), then used
to fix from. Four families rounds 72-76 left:

1. a Chinese province, region or city in a Central Asian language's own spelling (Turkmen Nińsýa, Sinszýan,
   Kazakh Нинся, Ганьсу, Uzbek Ningsya, Гансу, Tajik Нингся…) as the Chinese side, with the other side and a
   science or education subject: relevant;
2. China with another region (ASEAN, Africa, the Arab states, Latin America, Europe) on a Central Asian outlet,
   so that the url supplies no Central Asian side: hard negative;
3. China's own education news (new textbooks, its university ranking, the gaokao) on a Central Asian outlet or in
   a Central Asian language: hard negative; Central Asian students in Chinese universities: relevant;
4. China's own science with Central Asia only as where something comes from (dust storms, a species): hard
   negative; a joint study: relevant.

Per language 2 relevant items and 2 hard negatives (36), a few with a one-sentence lede, each with a plausible
outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R79_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r79d-en-karakalpak-dust-network-rel", "https://kun.uz/en/news/2026/12/08/79101",
     "Uzbek and Chinese geographers set up joint dust monitoring network in Karakalpakstan", None, True),
    ("r79d-en-tajik-admissions-rel", "https://asiaplustj.info/en/news/tajikistan/society/20261208/79102",
     "Chinese universities admit record number of Tajik students this autumn", None, True),
    ("r79d-en-asean-ai-centre-neg", "https://www.gazeta.uz/en/2026/12/08/79103/",
     "Beijing and ASEAN partners found regional centre for machine learning studies", None, False),
    ("r79d-en-sandstorm-origin-neg", "https://astanatimes.com/2026/12/79104/",
     "Chinese scientists trace Beijing's spring sandstorms to Central Asian deserts",
     "The team compared mineral particles collected in the capital with satellite data.", False),
    # ------------------------------------------------------------------ Russian
    ("r79d-ru-ningxia-agrarians-rel", "https://www.inform.kz/ru/79105",
     "Казахстанские аграрии пройдут стажировку в Нинся по капельному орошению", None, True),
    ("r79d-ru-uz-students-doubled-rel", "https://www.gazeta.uz/ru/2026/12/08/79106/",
     "Узбекистанцев, обучающихся в университетах КНР, стало вдвое больше", None, True),
    ("r79d-ru-africa-drought-centre-neg", "https://kaktus.media/doc/79107.html",
     "Пекин и африканские государства откроют общий институт засушливых земель", None, False),
    ("r79d-ru-history-textbooks-neg", "https://asiaplustj.info/ru/news/world/20261208/79108",
     "В Китае утвердили новые учебники по истории для старших классов", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r79d-zh-ningxia-tm-irrigation-lab-rel", "https://www.chinanews.com.cn/gj/2026/12-08/79109.shtml",
     "宁夏大学与土库曼斯坦农业大学共建节水灌溉实验室", None, True),
    ("r79d-zh-kz-students-hsk-rel", "https://www.inform.kz/cn/79110",
     "新疆大学哈国留学生首次在校内参加HSK五级测试", None, True),
    ("r79d-zh-asean-ai-alliance-neg", "https://www.inform.kz/cn/79111",
     "中国与东盟国家高校成立人工智能教育联盟", None, False),
    ("r79d-zh-gaokao-applicants-neg", "http://cn.kabar.kg/news/79112/",
     "2027年全国高考报名人数预计达1400万", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r79d-kk-ningxia-kyzylorda-irrigation-rel", "https://www.inform.kz/kz/79113",
     "Нинся ғалымдары Қызылордада су үнемдейтін суару технологиясын сынайды", None, True),
    ("r79d-kk-shaanxi-masters-grants-rel", "https://kaz.tengrinews.kz/79114/",
     "Шэньси университеттері қазақстандық түлектерге магистратура гранттарын ұсынды", None, True),
    ("r79d-kk-africa-drought-neg", "https://kaz.nur.kz/79115/",
     "Қытай мен Африка елдері құрғақшылықты бірге зерттейді", None, False),
    ("r79d-kk-china-ranking-neg", "https://www.inform.kz/kz/79116",
     "Қытайда жоғары оқу орындарының жаңа рейтингі жарияланды", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r79d-ky-ningxia-batken-drip-rel", "https://kabar.kg/kg/news/79117/",
     "Нинся адистери Баткендин дыйкандарына тамчылатып сугарууну үйрөттү", None, True),
    ("r79d-ky-students-five-thousand-rel", "https://24.kg/kyrgyzcha/79118/",
     "Кытайдын жогорку окуу жайларында окуган кыргызстандык студенттердин саны 5 миңден ашты", None, True),
    ("r79d-ky-latin-america-space-neg", "https://kabar.kg/kg/news/79119/",
     "Кытай менен Латын Америкасы өлкөлөрү космостук изилдөөлөр боюнча борбор ачат", None, False),
    ("r79d-ky-gaokao-neg", "https://24.kg/kyrgyzcha/79120/",
     "Кытайда гаокао сынагына 13 миллиондон ашык бүтүрүүчү катышты", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r79d-uz-ningsya-khorezm-water-rel", "https://kun.uz/news/2026/12/08/79121",
     "Ningsya olimlari Xorazm fermerlariga suvni tejovchi texnologiyalarni o‘rgatdi", None, True),
    ("r79d-uz-students-ten-thousand-rel", "https://kun.uz/news/2026/12/08/79122",
     "Xitoy oliygohlarida tahsil olayotgan o‘zbekistonlik talabalar soni 10 mingdan oshdi", None, True),
    ("r79d-uz-arab-ai-centre-neg", "https://daryo.uz/2026/12/08/79123",
     "Xitoy va Arab davlatlari sun’iy intellekt bo‘yicha qo‘shma markaz ochadi", None, False),
    ("r79d-uz-beijing-dust-origin-neg", "https://daryo.uz/2026/12/08/79124",
     "Pekin olimlari shahardagi chang bo‘ronlari Markaziy Osiyo cho‘llaridan kelganini aniqladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r79d-uzc-gansu-andijan-grant-rel", "https://uza.uz/uz/posts/79125",
     "Гансу университети андижонлик талабалар учун грант ажратди", None, True),
    ("r79d-uzc-students-conference-rel", "https://xs.uz/uz/post/79126",
     "Хитойда ўқиётган ўзбек талабалари илмий конференцияда иштирок этди", None, True),
    ("r79d-uzc-latin-america-science-neg", "https://uza.uz/uz/posts/79127",
     "Хитой Лотин Америкаси давлатлари билан илмий ҳамкорлик дастурини бошлади", None, False),
    ("r79d-uzc-national-ranking-neg", "https://xs.uz/uz/post/79128",
     "Хитойда университетларнинг янги миллий рейтинги эълон қилинди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r79d-tg-ningxia-agrarian-lab-rel", "https://khovar.tj/2026/12/79129/",
     "Донишгоҳи Нингся бо Донишгоҳи аграрии Тоҷикистон лабораторияи муштарак таъсис медиҳад", None, True),
    ("r79d-tg-students-grew-rel", "https://asiaplustj.info/tj/news/79130",
     "Теъдоди ҷавонони тоҷике, ки дар мактабҳои олии Чин таҳсил мекунанд, зиёд шуд",
     "Имсол беш аз ду ҳазор ҷавон барои таҳсил ба Чин рафтанд.", True),
    ("r79d-tg-sea-ai-centre-neg", "https://khovar.tj/2026/12/79131/",
     "Чин ва кишварҳои Осиёи Ҷанубу Шарқӣ маркази тадқиқоти зеҳни сунъӣ таъсис доданд", None, False),
    ("r79d-tg-gaokao-held-neg", "https://asiaplustj.info/tj/news/79132",
     "Дар Чин имтиҳони ягонаи донишгоҳҳо (гаокао) баргузор шуд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r79d-tk-ningxia-masters-grant-rel", "https://turkmenportal.com/tm/blog/79133",
     "Nińsýanyň uniwersiteti türkmen talyplaryna magistratura üçin grant berdi", None, True),
    ("r79d-tk-xinjiang-dashoguz-pests-rel", "https://tdh.gov.tm/tk/post/79134",
     "Sinszýanyň we Daşoguzyň alymlary pagta zyýankeslerini bilelikde öwrenýär", None, True),
    ("r79d-tk-sea-ai-centre-neg", "https://turkmenportal.com/tm/blog/79135",
     "Hytaý bilen Günorta-Gündogar Aziýa ýurtlary emeli aň boýunça bilelikdäki merkez açdy", None, False),
    ("r79d-tk-school-books-neg", "https://tdh.gov.tm/tk/post/79136",
     "Hytaýda mekdepler üçin täze okuw kitaplary tassyklandy", None, False),
]
