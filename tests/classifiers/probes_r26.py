"""Round-26 family probes (issue 12): the families read off holdout18's misses (docs/classifier.md,
"Round 26 of issue 12"), written by hand AFTER holdout18 had been measured once with the round-25
rules (2026.12.28) in both modes. holdout18 is the first real set with a title and a lede on
almost every item (110 items from the search tool's pages corpus); its misses name six families:

- an oil university's name ("Сиань нефть университети филиали", h18-056) read as the energy trade:
  the name is a university in every language, and the oil word inside it is no energy;
- a summer school or summer study (h18-098: "жайкы окуу ... лагеринде") known only in English,
  Russian and Chinese: now in Kazakh, Kyrgyz, Uzbek, Tajik and Turkmen too (a camp alone, lighter);
- China's own Kyrgyz "living in China" (h18-070: "Кытай эл республикасында жашаган кыргыз
  үй-бүлөлөрү"), read as the writer's Kyrgyz: the minorities "living in China" in every language;
- investment (h18-074: "$200 mln sarmoya") no trade word in Uzbek, Kyrgyz, Tajik, Turkmen;
- a gazetteer name written with a comma ("Министерство высшего образования, науки и инноваций",
  h18-072) never matched: the loader dropped the comma the text keeps (43 names);
- a university's own English news naming itself "the university" (h18-041, zkmu.edu.kz), as 来校.

Each row: (title, summary, relevant): positives the family lets in, hard negatives it must keep
out (the same words with no science or education side, or the other side only). None is an item of
classifiers/eval, of the shared labelled_dev or an earlier probe (``test_round26.py`` checks it).
"""

from __future__ import annotations

PROBES_R26_FAMILIES: list[tuple[str, str, bool]] = [
    # ------------------------------------------- an oil university is a university, not energy
    ("Xitoyning neft universiteti Toshkentda filial ochadi",
     "Xitoy neft universiteti O'zbekistonda qo'shma ta'lim dasturlari bo'yicha ilk talabalarni qabul qiladi.", True),
    ("Хитой нефть ва газ университети билан ҳамкорлик",
     "Ўзбекистон олийгоҳлари Хитой нефть ва газ университети билан талабалар алмашинуви бўйича келишди.", True),
    ("Қытайдың мұнай университеті Атырауда филиал ашады",
     "Қытай мұнай университеті мен Атырау университеті бірлескен білім беру бағдарламасын бастайды.", True),
    ("Кытайдын мунай университети менен кызматташтык",
     "Кыргызстандын студенттери Кытайдын мунай университетинде окуу үчүн стипендия алышат.", True),
    ("Hytaýyň nebitçilik uniwersiteti bilen hyzmatdaşlyk",
     "Türkmenistanyň talyplary Hytaýyň nebitçilik uniwersitetinde bilim alarlar.", True),
    ("Филиал нефтегазового университета Китая откроется в Ашхабаде",
     "Китайский нефтегазовый университет и Министерство образования Туркменистана договорились о филиале.", True),
    ("Kazakh students head to China's petroleum university",
     "Thirty Kazakh students won places at an oil-and-gas university in Qingdao under a government programme.", True),
    ("西安石油大学与塔吉克斯坦高校签署合作协议",
     "双方将在石油工程专业联合培养留学生。", True),
    # the oil trade itself, with the same sides, stays out
    ("Xitoy O'zbekistondan neft sotib oladi",
     "Xitoy kompaniyasi O'zbekiston neftini quvur orqali tashish bo'yicha shartnoma imzoladi.", False),
    ("Қытай Қазақстан мұнайын көбірек сатып алады",
     "Қазақстан мен Қытай арасындағы мұнай құбыры арқылы тасымал биыл өсті.", False),
    ("Китай увеличит закупки туркменского газа",
     "Поставки природного газа из Туркменистана в Китай по газопроводу выросли.", False),

    # ------------------------------------------- a summer school in every language
    ("Қытай университетінде жазғы мектеп",
     "Қазақстандық жастар Шанхайдағы университеттің жазғы мектебінде қытай тілін үйренді.", True),
    ("Кытайдагы жайкы мектепке катышышты",
     "Кыргызстандык студенттер Үрүмчүдөгү университеттин жайкы мектебинде билим алышты.", True),
    ("Xitoyda yozgi maktab",
     "O'zbekistonlik yoshlar Pekin universitetining yozgi maktabida xitoy tilini o'rgandi.", True),
    ("Хитойда ёзги мактаб",
     "Ўзбекистонлик ёшлар Шанхай университетининг ёзги мактабида тажриба алмашди.", True),
    ("Мактаби тобистона дар Чин",
     "Ҷавонони Тоҷикистон дар мактаби тобистонаи донишгоҳи Пекин забони чиниро омӯхтанд.", True),
    ("Hytaýda tomusky mekdep",
     "Türkmenistanly ýaşlar Hytaýyň uniwersitetiniň tomusky mekdebinde bilim aldylar.", True),
    ("Зимняя школа в Харбине",
     "Студенты из Казахстана прошли зимнюю школу китайского языка в Харбинском политехническом университете.", True),
    # a holiday camp with no study, and a summer school with no China, stay out
    ("Балдар жазғы лагерьге аттанды",
     "Алматы облысындағы балалар жазғы лагерінде демалып жатыр, деп хабарлады әкімдік.", False),
    ("Жайкы лагерлер ачылды",
     "Ысык-Көлдөгү балдардын жайкы лагерлери быйыл 200 миң баланы кабыл алат.", False),
    ("Yozgi lagerlar mavsumi boshlandi",
     "Toshkent viloyatidagi bolalar yozgi lagerlarida dam olish mavsumi ochildi.", False),

    # ------------------------------------------- China's own minorities, "living in China"
    ("Кытайда жашаган казактардын мектептери",
     "Кытайда жашаган казактар балдарын кытай мектептерине берип жатышат.", False),
    ("Қытайда тұратын қазақтар туралы",
     "Қытайда тұратын қазақтар балаларын қытай мектептеріне беруде.", False),
    ("Живущие в Китае казахи отдают детей в китайские школы",
     "Живущие в Китае казахи всё чаще учат детей в школах с китайским языком обучения.", False),
    ("Xitoyda yashovchi o'zbeklar maktablari",
     "Xitoyda yashovchi o'zbeklar farzandlarini xitoy maktablarida o'qitmoqda.", False),
    ("Kazakhs living in China choose Chinese schools",
     "More Kazakhs living in China send their children to Mandarin-medium schools, parents say.", False),
    ("Hytaýda ýaşaýan özbekleriň mekdepleri",
     "Hytaýda ýaşaýan özbekler çagalaryny hytaý mekdeplerine berýärler.", False),
    # the writer's own students in China are still theirs
    ("Кытайда окуган кыргыз студенттери мекенге кайтышты",
     "Кытайдын университеттеринде билим алган Кыргызстандын студенттери дипломдорун алышты.", True),

    # ------------------------------------------- investment is trade
    ("Xitoy kompaniyasi zavodga sarmoya kiritadi",
     "Xitoy kompaniyasi Jizzaxdagi sement zavodiga 100 million dollar sarmoya kiritadi.", False),
    ("Хитой сармояси билан завод қурилади",
     "Хитой сармоядори Наманганда тўқимачилик корхонасини қуради.", False),
    ("Кытай инвестициясы менен завод курулат",
     "Кытайлык инвестор Чүй облусунда цемент заводун курат.", False),
    ("Сармояи Чин ба корхона",
     "Ширкати чинӣ дар Суғд ба корхонаи сементбарорӣ сармоя гузошт.", False),
    ("Hytaý maýa goýumlary",
     "Hytaýyň kompaniýalary Türkmenistanyň senagatyna maýa goýum goýýar.", False),
    # investment in a joint laboratory is still research cooperation
    ("Qo'shma laboratoriyaga sarmoya",
     "O'zbekiston va Xitoy olimlari qo'shma laboratoriyada genetika bo'yicha tadqiqotlarni boshladi.", True),

    # ------------------------------------------- a gazetteer name with a comma
    ("Китайские гранты на образование",
     "В Министерстве высшего образования, науки и инноваций обсудили стипендии Китайского стипендиального совета.",
     True),
    ("Совещание ректоров",
     "В Министерстве высшего образования, науки и инноваций провели совещание ректоров о приёме абитуриентов.",
     False),
    ("Xitoy grantlari",
     "Oliy ta'lim, fan va innovatsiyalar vazirligida Xitoy universitetlari bilan hamkorlik muhokama qilindi.", True),
    ("Институт ботаники с китайскими коллегами",
     "Учёные Института ботаники, физиологии и генетики растений и Академии наук Китая изучили флору Памира.",
     True),
    ("Chinese partner for Almaty university",
     "The Kazakh University of Economics, Finance and International Trade signed a student exchange with a Chinese university.",
     True),
]
