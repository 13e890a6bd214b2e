"""Round-60 probes, the HELD-OUT blind set (issue 12): written by hand with ``probes_r60_dev.py``, before
the rules were run on any of it, and measured ONCE, only when the round's fixes were done
(docs/classifier.md, "Round 60 of issue 12"): the honest figure of the round's rules on unseen items of
its families, in other situations and words than the dev set. Relevant: doctors, nurses or emergency
doctors trained by Chinese specialists, medical students' practice or study in China, traditional Chinese
medicine studied, medicinal herbs and new drugs or vaccines developed together, a joint pharmacology
laboratory. Hard negatives: free surgeries or check-ups by Chinese doctors (a medical mission), medical
equipment, ambulances or aid sent, a pharmacy chain or a drug plant (business), medicines imported or
sent, a hospital built.

Per language 3 relevant items and 2 hard negatives, a third with a one-sentence lede, each with a
plausible outlet url. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R60_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r60h-en-emergency-doctors-rel", "https://24.kg/english/86101/",
     "Urumqi hospital hosts Kyrgyz paramedics for a course in disaster medicine", None, True),
    ("r60h-en-desert-herbs-rel", "https://astanatimes.com/2026/12/desert-herbs/",
     "Kazakh and Chinese pharmacologists jointly study desert medicinal herbs",
     "The three-year project will test extracts of saxaul and wormwood in laboratories in Almaty and Lanzhou.", True),
    ("r60h-en-tcm-chengdu-rel", "https://asiaplustj.info/en/news/86101",
     "Tajik medical students to study traditional Chinese medicine in Chengdu",
     "Forty students of the Avicenna university will spend a semester learning acupuncture and herbal pharmacology.", True),
    ("r60h-en-eye-surgeries-neg", "https://orient.tm/en/post/86101/",
     "Chinese doctors perform free eye surgeries for 200 patients in Turkmenistan", None, False),
    ("r60h-en-pharmacy-chain-neg", "https://kursiv.media/en/2026-12-02/86101/",
     "Chinese pharmacy chain opens 10 stores in Almaty",
     "The company plans to sell Chinese-made medicines and herbal products across Kazakhstan.", False),
    # ------------------------------------------------------------------ Russian
    ("r60h-ru-medsestry-reabilitatsiya-rel", "https://podrobno.uz/cat/86101/",
     "Китайские специалисты обучат узбекских медсестер методам реабилитации", None, True),
    ("r60h-ru-farmakologi-laboratoriya-rel", "https://kazinform.kz/news/86101",
     "Казахстанские и китайские фармакологи создадут совместную лабораторию", None, True),
    ("r60h-ru-studenty-praktika-rel", "https://asiaplustj.info/ru/news/86101",
     "Студенты-медики из Таджикистана пройдут практику в университете китайской медицины",
     "Практика пройдет в провинции Хэнань и продлится два месяца.", True),
    ("r60h-ru-oborudovanie-neg", "https://kaktus.media/doc/86101.html",
     "Китай безвозмездно передал Кыргызстану медицинское оборудование на 2 млн долларов", None, False),
    ("r60h-ru-onkobolnitsa-neg", "https://turkmenportal.com/blog/86101",
     "Китайская компания построит в Ашхабаде онкологическую больницу", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r60h-zh-zhenjiu-xuexi-rel", "https://www.chinanews.com.cn/gj/86101.shtml",
     "乌兹别克斯坦医生赴华学习中医针灸技术",
     "来自塔什干和撒马尔罕的12名医生将在南京学习三个月。", True),
    ("r60h-zh-yaoyong-zhiwu-rel", "https://www.ts.cn/xwzx/86101.shtml",
     "中哈联合开展药用植物资源研究", "双方科研人员将在阿拉木图和乌鲁木齐共建实验室。", True),
    ("r60h-zh-linchuang-shixi-rel", "https://www.news.cn/world/86101.htm",
     "塔吉克斯坦医学院学生来华开展临床实习", None, True),
    ("r60h-zh-yizhen-neg", "https://www.chinanews.com.cn/gj/86102.shtml",
     "中国医疗队为吉尔吉斯斯坦患者免费义诊", None, False),
    ("r60h-zh-yaochang-neg", "https://www.yidaiyilu.gov.cn/p/86101.html",
     "中国药企在乌兹别克斯坦建设药厂", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r60h-kk-meyirbike-rel", "https://kaz.inform.kz/news/86101",
     "Қытайлық мамандар қазақстандық мейірбикелерді оқытады", None, True),
    ("r60h-kk-vaktsina-rel", "https://egemen.kz/article/86101",
     "Қазақ және қытай фармакологтары жаңа вакцина әзірлейді",
     "Зерттеу Алматыдағы биологиялық қауіпсіздік институтында жүргізіледі.", True),
    ("r60h-kk-medicina-zerthana-rel", "https://kaz.tengrinews.kz/86101/",
     "Алматыда қытай медицинасы зертханасы ашылды",
     "Зертхана Қазақ ұлттық медицина университеті мен Хэйлунцзян университетінің бірлескен жобасы.", True),
    ("r60h-kk-zhedel-zhardem-neg", "https://kaz.nur.kz/86101/",
     "Қытай Қазақстанға жедел жәрдем көліктерін жіберді", None, False),
    ("r60h-kk-dari-import-neg", "https://kaz.inform.kz/news/86102",
     "Қытайдан дәрі-дәрмек импорты өсті", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r60h-ky-student-medik-rel", "https://kabar.kg/kg/news/86101/",
     "Кыргыз студент-медиктери Кытайда практикадан өтүшөт", None, True),
    ("r60h-ky-dary-chop-rel", "https://kg.akipress.org/news:86101",
     "Кытай менен биргеликте дары чөптөрүнөн препарат иштелип чыгат",
     "Долбоорго Кыргыз улуттук илимдер академиясынын химия институту катышат.", True),
    ("r60h-ky-medaiym-okutushat-rel", "https://kaktus.kg/kg/86101",
     "Кытайлык адистер кыргыз медайымдарын окутушат", None, True),
    ("r60h-ky-akysyz-neg", "https://osh.kg/news/86101",
     "Кытайлык дарыгерлер Ошто бейтаптарды акысыз кабыл алышты",
     "Акция учурунда 600дөн ашык адам УЗИ жана кан анализинен өттү.", False),
    ("r60h-ky-tokmok-oorukana-neg", "https://kabar.kg/kg/news/86102/",
     "Кытай Токмокто жаңы оорукана курууда", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r60h-uz-hamshira-rel", "https://kun.uz/news/2026/12/02/86101",
     "Xitoylik ginekologlar Andijondagi akusherlik kollejida mahorat darslari o‘tkazdi", None, True),
    ("r60h-uz-preparat-ustida-rel", "https://uza.uz/oz/posts/86101",
     "Toshkent farmatsevtika instituti xitoylik olimlar bilan yangi preparat ustida ishlamoqda",
     "Preparat Farg‘ona vodiysida o‘sadigan dorivor o‘simliklardan olinadi.", True),
    ("r60h-uz-amaliyot-rel", "https://daryo.uz/2026/12/02/86101",
     "Farg‘ona jamoat salomatligi tibbiyot instituti talabalari Guanchjouda klinik amaliyotni boshlashdi", None, True),
    ("r60h-uz-bepul-korik-neg", "https://fergana.uz/news/86101",
     "Xitoy shifokorlari Farg‘onada bemorlarni bepul ko‘rikdan o‘tkazdi", None, False),
    ("r60h-uz-dori-import-neg", "https://kun.uz/news/2026/12/02/86102",
     "Xitoydan dori vositalari importi ko‘paydi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r60h-uzc-malaka-kursi-rel", "https://xs.uz/uzkr/86101",
     "Хитойлик профессорлар Тошкентда шифокорлар учун малака ошириш курсини ўтказди", None, True),
    ("r60h-uzc-ananaviy-tadqiqot-rel", "https://uza.uz/uzkr/posts/86101",
     "Хитой анъанавий тиббиёти методлари Тошкент педиатрия институтида илмий ўрганилмоқда", None, True),
    ("r60h-uzc-samarqand-tahsil-rel", "https://samarkand.uz/uzkr/86101",
     "Самарқанд тиббиёт университети талабалари Хитойда таҳсил олади",
     "Талабалар Шанхайдаги тиббиёт университетида бир семестр ўқийди.", True),
    ("r60h-uzc-tibbiy-yordam-neg", "https://nukus.uz/uzkr/86101",
     "Хитой Қорақалпоғистонга тиббий ёрдам юборди", None, False),
    ("r60h-uzc-shifoxona-neg", "https://namangan.uz/uzkr/86101",
     "Хитой компанияси Наманганда шифохона қурилишини якунлади", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r60h-tg-hamshiraho-rel", "https://khovar.tj/86101/",
     "Мутахассисони чинӣ ҳамшираҳои тоҷикро омӯзонданд", None, True),
    ("r60h-tg-dorui-nav-rel", "https://asiaplus.tj/tj/news/86101",
     "Олимони тоҷику чинӣ доруи нав аз гиёҳҳои Помир таҳия мекунанд",
     "Лоиҳа дар Институти химияи Академияи миллии илмҳо амалӣ мешавад.", True),
    ("r60h-tg-tajribaomuzi-rel", "https://khovar.tj/86102/",
     "Донишҷӯёни риштаи стоматология аз Хатлон барои амалия ба Урумчӣ рафтанд", None, True),
    ("r60h-tg-royegon-neg", "https://sadoimardum.tj/86101/",
     "Духтурони чинӣ дар Хуҷанд беморонро ройгон ташхис карданд",
     "Гурӯҳи тиббии чинӣ се рӯз дар беморхонаи вилоятӣ кор кард.", False),
    ("r60h-tg-yorii-tajili-neg", "https://khatlon.tj/86101/",
     "Ҳукумати Чин ба беморхонаҳои Рашт дастгоҳҳои ултрасадо бахшид", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r60h-tk-sepagat-rel", "https://tdh.gov.tm/tk/post/86101",
     "Hytaýly hünärmenler türkmen şepagat uýalaryny okatdy", None, True),
    ("r60h-tk-derman-isläp-rel", "https://metbugat.gov.tm/tk/86101",
     "Ylymlar akademiýasynyň himikleri hytaýly kärdeşleri bilen ösümlik esasly täze serişdäni synagdan geçirýär",
     "Barlaglar Türkmenistanyň Ylymlar akademiýasynyň himiýa institutynda geçirilýär.", True),
    ("r60h-tk-talyplar-rel", "https://turkmenistan.gov.tm/tk/post/86101",
     "Lukmançylyk uniwersitetiniň 25 talyby Şanhaýyň kliniki hassahanasynda önümçilik tejribesini geçýär", None, True),
    ("r60h-tk-mugt-neg", "https://orient.tm/tk/86101",
     "Hytaý lukmanlary Marynyň näsaglaryny mugt bejerdi", None, False),
    ("r60h-tk-derman-iberdi-neg", "https://tdh.gov.tm/tk/post/86102",
     "Hytaý Türkmenistana derman serişdelerini iberdi", None, False),
]
