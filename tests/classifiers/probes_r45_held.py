"""Round-45 held-out set (issue 12): the same three precision families as ``probes_r45_dev`` (China's
own science under a Central Asian dateline or agency credit; Central Asia's science with another
partner naming China in passing, or China's with Africa naming Central Asia in passing; a summit or
declaration listing many fields), in other situations and words, written by hand before
classifiers/data was read or the rules were run, and committed with the dev set. It was measured ONCE,
after the round's fixes were done (docs/classifier.md, "Round 45 figures"): the honest figure of the
round's rules on items they were not written from. Nothing was fixed from it.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 3 negatives and 1
relevant look-alike; a headline and a lede of one to three sentences (150–400 characters; Chinese
70–200). Each row: (id, title, summary, relevant).
"""

from __future__ import annotations

PROBES_R45_HELD: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r45h-en-wheat-genome-xinhua-neg",
     "TASHKENT: Chinese geneticists breed wheat that survives a month without rain",
     "TASHKENT, Dec. 3 (Xinhua) -- Researchers at China Agricultural University said they had bred a "
     "wheat line that keeps its yield after thirty days of drought, after editing two genes linked to "
     "root depth. Field trials in Hebei and Shanxi will follow next spring.",
     False),
    ("r45h-en-istanbul-horizon-neg",
     "Kyrgyz climate scientists join Istanbul Technical University in Horizon Europe project",
     "The Central Asian Institute for Applied Geosciences in Bishkek and Istanbul Technical University "
     "will model mudflow risks in the Alay valley under a Horizon Europe grant. A Chinese weather "
     "satellite is cited once as a data source, but no Chinese partner takes part.",
     False),
    ("r45h-en-heads-of-government-neg",
     "SCO prime ministers approve budget and joint communique in Bishkek",
     "Heads of government of the SCO member states, among them China, Kazakhstan, Kyrgyzstan, "
     "Tajikistan and Uzbekistan, approved the organisation's budget and a communique on customs, "
     "railways, energy, finance, food security, science, education and culture.",
     False),
    ("r45h-en-sco-network-degree-rel",
     "SCO University network meeting in Almaty launches Kazakh-Chinese master's in ecology",
     "At the meeting of the SCO University network in Almaty, Al-Farabi Kazakh National University and "
     "Xinjiang University agreed to launch a joint master's programme in ecology, with courses taught "
     "by lecturers of both universities from next autumn.",
     True),
    # ------------------------------------------------------------------ Russian
    ("r45h-ru-neutrino-sputnik-neg",
     "Душанбе: Китай построил подземный детектор нейтрино",
     "ДУШАНБЕ, 5 дек – Sputnik. Китайские физики завершили строительство подземного детектора "
     "нейтрино JUNO в провинции Гуандун, сообщило агентство Синьхуа. Установка на глубине 700 метров "
     "начнёт набор данных в следующем году.",
     False),
    ("r45h-ru-spb-mining-neg",
     "Санкт-Петербургский горный университет подготовит геологов для Кыргызстана",
     "Горный университет Санкт-Петербурга и Министерство природных ресурсов Кыргызстана подписали "
     "соглашение о подготовке 50 геологов и маркшейдеров. Китайские компании упомянуты лишь как "
     "владельцы части месторождений, в обучении они не участвуют.",
     False),
    ("r45h-ru-bishkek-declaration-neg",
     "Лидеры ШОС подписали Бишкекскую декларацию",
     "Бишкекская декларация глав государств ШОС, среди которых Китай, Казахстан, Кыргызстан, Таджикистан "
     "и Узбекистан, охватывает противодействие терроризму, таможню, логистику, энергетику, продовольствие, "
     "научные связи, образование и молодёжную политику.",
     False),
    ("r45h-ru-irtysh-trilateral-rel",
     "Учёные Казахстана и Китая начнут совместный мониторинг Иртыша",
     "Институт географии и водной безопасности Казахстана и Синьцзянский институт экологии и географии "
     "КАН создадут общую сеть станций на Иртыше и будут публиковать данные вместе. Российский "
     "гидрологический институт присоединится как наблюдатель.",
     True),
    # ------------------------------------------------------------------ Chinese
    ("r45h-zh-ashgabat-pulsar-neg",
     "阿什哈巴德电：中国天眼新发现一批脉冲星",
     "新华社阿什哈巴德电 中国科学院国家天文台日前宣布，500米口径球面射电望远镜新发现100余颗脉冲星。"
     "土库曼斯坦媒体报道了这一成果，研究由中国天文学家独立完成。",
     False),
    ("r45h-zh-msu-uzbek-physics-neg",
     "乌兹别克斯坦与莫斯科国立大学合作培养物理学人才",
     "乌兹别克斯坦国立大学与俄罗斯莫斯科国立大学签署协议，今后三年联合培养核物理专业研究生。报道提及中国高校"
     "也在塔什干招生，但该项目只有俄方参与。",
     False),
    ("r45h-zh-sco-premiers-neg",
     "上合组织成员国政府首脑理事会会议发表联合公报",
     "上合组织成员国政府首脑理事会会议在比什凯克举行，中国、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦等国"
     "总理表示将在海关、铁路、金融、粮食安全、科技、教育和文化等领域深化合作。",
     False),
    ("r45h-zh-almaty-archaeology-rel",
     "阿拉木图电：中哈联合考古队发现塞人墓葬",
     "新华社阿拉木图电 由西北大学与哈萨克斯坦考古研究所组成的中哈联合考古队在七河地区发掘出一批"
     "塞人墓葬，双方学者将共同整理出土文物并联合发表报告。",
     True),
    # ------------------------------------------------------------------ Kazakh
    ("r45h-kk-bird-flu-vaccine-neg",
     "Шымкент: Қытай ғалымдары құс тұмауына қарсы жаңа вакцина жасады",
     "Шымкент. Синьхуа агенттігінің Қазақстандағы тілшісі хабарлағандай, Қытай ауыл шаруашылығы ғылым "
     "академиясының Харбиндегі ветеринария институты құс тұмауының жаңа түріне қарсы вакцина "
     "жасады. Вакцина Қытай фермаларында сынақтан өтті.",
     False),
    ("r45h-kk-msu-chemistry-neg",
     "Әл-Фараби университеті мен Мәскеу мемлекеттік университеті химиктерді бірлесіп даярлайды",
     "Әл-Фараби атындағы Қазақ ұлттық университеті мен М.В. Ломоносов атындағы Мәскеу мемлекеттік "
     "университеті химия бойынша қос дипломды магистратура ашады. Қытай тек өңірдегі ірі өнеркәсіп "
     "серіктесі ретінде аталды.",
     False),
    ("r45h-kk-ca-china-fm-neg",
     "Орталық Азия – Қытай: сыртқы істер министрлері бірлескен мәлімдеме жасады",
     "Қытай мен Орталық Азияның бес елінің сыртқы істер министрлері Алматыда кездесіп, қауіпсіздік, "
     "кеден, логистика, энергетика, су, ғылым, білім және туризм салаларындағы ынтымақтастықты "
     "қамтитын мәлімдеме қабылдады.",
     False),
    ("r45h-kk-sco-university-ecology-rel",
     "ШЫҰ университеті аясында қазақ және қытай ЖОО-лары экология магистратурасын ашады",
     "Шанхай ынтымақтастық ұйымы университетінің кеңесінде Қорқыт ата атындағы Қызылорда университеті "
     "мен Қытайдың Ланьчжоу университеті Арал өңірінің экологиясы бойынша бірлескен магистратура "
     "ашуға келісті.",
     True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r45h-ky-osh-wheat-dateline-neg",
     "Ош: кытай генетиктери кургакчылыкка чыдамдуу буудай сортун алышты",
     "Ош. Синьхуа агенттигинин Кыргызстандагы кабарчысы билдиргендей, Кытайдын айыл чарба илимдер "
     "академиясынын генетиктери суу аз жерде өсө турган буудайдын жаңы сортун алышты. Сорт Кытайдын "
     "түндүк провинцияларында сыналат.",
     False),
    ("r45h-ky-kaist-it-neg",
     "KAIST Кыргызстандын IT студенттерин окутат",
     "Кореянын KAIST институту Кыргыз мамлекеттик техникалык университетинин 30 студентин "
     "программалык инженерия боюнча бир жылдык стажировкага кабыл алат. Кытай компаниялары аймактагы "
     "атаандаштар катары гана эскерилди.",
     False),
    ("r45h-ky-sco-premiers-neg",
     "ШКУнун өкмөт башчылары коммюникеге кол коюшту",
     "Шанхай кызматташтык уюмуна мүчө мамлекеттердин өкмөт башчылары, анын ичинде Кытай, Кыргызстан, "
     "Казакстан жана Тажикстан, бажы, темир жол, каржы, азык-түлүк коопсуздугу, илим жана билим "
     "берүү маселелерин камтыган коммюникеге кол коюшту.",
     False),
    ("r45h-ky-tianshan-glaciers-rel",
     "Суу көйгөйлөрү институту шинжаңдык экологдор менен мөңгү байкоо тармагын курат",
     "Кыргыз Улуттук илимдер академиясынын Суу көйгөйлөрү институту менен Кытайдын Шинжаң экология "
     "жана география институту мөңгүлөрдү бирге байкоого алышат. Орусиялык институт да маалымат "
     "менен бөлүшөт.",
     True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r45h-uz-samarkand-robot-dateline-neg",
     "Samarqand: Xitoy muhandislari suv osti robotini sinovdan o‘tkazdi",
     "Samarqand, UzA muxbiri. Xitoyning Xarbin muhandislik universiteti olimlari 7000 metr chuqurlikka "
     "tusha oladigan suv osti robotini Janubiy Xitoy dengizida sinovdan o‘tkazdi, deb xabar berdi "
     "Sinxua agentligi.",
     False),
    ("r45h-uz-horizon-water-neg",
     "O‘zbek olimlari Horizon Europe dasturi doirasida Orol muammosini o‘rganadi",
     "Qoraqalpog‘iston tabiiy fanlar instituti va Niderlandiyaning Delft texnologiya universiteti "
     "Horizon Europe granti bilan Orol dengizi qurigan tubidagi changni o‘rganadi. Xitoy faqat "
     "ilgari bo‘lgan boshqa loyiha munosabati bilan tilga olindi.",
     False),
    ("r45h-uz-ca-china-fm-neg",
     "Markaziy Osiyo – Xitoy tashqi ishlar vazirlari qo‘shma bayonot qabul qildi",
     "Xitoy va Markaziy Osiyoning besh davlati tashqi ishlar vazirlari xavfsizlik, bojxona, logistika, "
     "energetika, suv, fan, ta’lim va sayyohlik sohalaridagi hamkorlikni qamrab olgan qo‘shma bayonot "
     "qabul qildi.",
     False),
    ("r45h-uz-cotton-genome-rel",
     "Toshkent: Genomika markazi xitoylik hamkasblari bilan chigit sifatini yaxshilaydi",
     "Toshkent, UzA. O‘zbekiston Fanlar akademiyasining Genomika va bioinformatika markazi va Xitoy "
     "paxta tadqiqot instituti paxta genomini birgalikda o‘rganish va yosh olimlarni almashish "
     "to‘g‘risida kelishuv imzoladi.",
     True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r45h-uzc-cargo-drone-dateline-neg",
     "Самарқанд: Хитой муҳандислари учувчисиз юк самолётини синовдан ўтказди",
     "Самарқанд, «Дунё» АА. Хитой авиасозлик корпорацияси муҳандислари икки тонна юк ташийдиган "
     "учувчисиз самолётни Сичуанда синовдан ўтказди, деб хабар берди Синьхуа. Самолёт Хитой "
     "олимлари томонидан ишлаб чиқилган.",
     False),
    ("r45h-uzc-africa-agro-neg",
     "Хитой Африкада 15 та агротехнология маркази очади",
     "Хитой қишлоқ хўжалиги вазирлиги Африка мамлакатларида 15 та агротехнология маркази очишини "
     "маълум қилди. Вазирлик вакили Ўзбекистон ва Марказий Осиё билан ҳам тажриба борлигини айтди, "
     "аммо дастур фақат Африкага тегишли.",
     False),
    ("r45h-uzc-ca-china-summit-neg",
     "Марказий Осиё – Хитой саммити якунлари: қўшма декларация имзоланди",
     "Олти давлат етакчилари Остонада имзолаган якуний ҳужжатда терроризмга қарши кураш, божхона, "
     "темир йўллар, газ қувурлари, сув тақсимоти, илмий алоқалар, олий таълим ва зиёратгоҳ туризми "
     "ҳамкорлик йўналишлари сифатида санаб ўтилган.",
     False),
    ("r45h-uzc-aral-trilateral-rel",
     "Оролбўйидаги чўллашишни Урумчи ва Тошкент экологлари биргаликда кузатади",
     "Хитой Фанлар академиясининг Шинжон экология ва география институти ҳамда Ўзбекистон Фанлар "
     "академияси Оролбўйида чўллашишни биргаликда ўрганади. Россия гидрометеорология институти ҳам "
     "маълумот беради.",
     True),
    # ------------------------------------------------------------------ Tajik
    ("r45h-tg-solar-telescope-dateline-neg",
     "Душанбе: Чин бузургтарин телескопи офтобиро ба кор андохт",
     "Душанбе, «Азия-Плюс». Олимони Академияи илмҳои Чин дар вилояти Юннан телескопи нави офтобиро "
     "ба кор андохтанд, ки диаметри оинааш 2,5 метр аст, хабар медиҳад Синхуа. Телескоп барои "
     "омӯзиши тӯфонҳои офтобӣ пешбинӣ шудааст.",
     False),
    ("r45h-tg-erasmus-students-neg",
     "Erasmus+ имсол барои 120 ҷавони Тоҷикистон семестри аврупоӣ пешкаш мекунад",
     "Имсол 120 донишҷӯи Тоҷикистон тавассути барномаи Erasmus+-и Иттиҳоди Аврупо дар донишгоҳҳои "
     "Олмон, Полша ва Италия як семестр таҳсил мекунанд. Барномаҳои мубодила бо Чин ба ин рақам "
     "дохил намешаванд.",
     False),
    ("r45h-tg-sco-premiers-neg",
     "Шӯрои сарони ҳукуматҳои СҲШ изҳороти муштарак қабул кард",
     "Сарони ҳукуматҳои кишварҳои узви Созмони ҳамкории Шанхай, аз ҷумла Чин, Тоҷикистон, "
     "Қазоқистон ва Қирғизистон, изҳороте қабул карданд, ки гумрук, роҳи оҳан, молия, амнияти озуқаворӣ, "
     "илм ва маорифро дар бар мегирад.",
     False),
    ("r45h-tg-khujand-xinjiang-rel",
     "Хуҷанд: Донишгоҳи давлатии Хуҷанд ва Донишгоҳи Синҷон маркази муштарак кушоданд",
     "Хуҷанд. Ховар – Донишгоҳи давлатии Хуҷанд ба номи Бобоҷон Ғафуров ва Донишгоҳи Синҷон маркази "
     "муштараки омӯзиши забон ва технологияи иттилоотӣ кушоданд, ки дар он омӯзгорони ду кишвар "
     "якҷоя дарс медиҳанд.",
     True),
    # ------------------------------------------------------------------ Turkmen
    ("r45h-tk-hydrogen-dateline-neg",
     "Aşgabat: Hytaýly alymlar deňiz suwundan wodorod almagyň täze usulyny tapdylar",
     "Aşgabat, Sinhua habarçysy. Hytaýyň Şençžen uniwersitetiniň alymlary deňiz suwuny arassalamazdan "
     "wodorod almagyň täze usulyny tapdylar. Tejribe Hytaýyň Fuszýan welaýatynda geçirildi.",
     False),
    ("r45h-tk-spbu-languages-neg",
     "Sankt-Peterburg döwlet uniwersiteti türkmen mugallymlaryny taýýarlar",
     "Sankt-Peterburg döwlet uniwersiteti Türkmenistanyň Bilim ministrligi bilen rus dili "
     "mugallymlaryny taýýarlamak barada ylalaşyk baglaşdy. Hytaý diňe sebitdäki beýleki bilim "
     "hyzmatdaşlarynyň biri hökmünde agzaldy.",
     False),
    ("r45h-tk-ca-china-fm-neg",
     "Merkezi Aziýa – Hytaý daşary işler ministrleriniň duşuşygy geçirildi",
     "Hytaýyň we Merkezi Aziýanyň bäş döwletiniň daşary işler ministrleri howpsuzlyk, gümrük, "
     "logistika, energetika, suw, ylym, bilim we syýahatçylyk ugurlaryndaky hyzmatdaşlygy öz içine "
     "alýan bilelikdäki beýannama kabul etdiler.",
     False),
    ("r45h-tk-summit-research-centre-rel",
     "Sammitde Türkmenistan we Hytaý bilelikdäki ylmy barlag merkezini döretmäge ylalaşdy",
     "Merkezi Aziýa – Hytaý sammitiniň çäginde Türkmenistanyň Ylymlar akademiýasy we Hytaýyň "
     "Ylymlar akademiýasy çölleşmäge garşy bilelikdäki ylmy barlag merkezini döretmek barada "
     "ylalaşyga gol çekdiler.",
     True),
]
