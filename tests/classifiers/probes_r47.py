"""Round-47 family probes (docs/classifier.md, "Round 47 of issue 12"): new headlines, written after
the round's families were fixed and not taken from holdout23 (part A was read, part B is sealed), for
the families read off part A's misses: the English acronyms Chinese and Central Asian universities
use for themselves in their own news (CHU, XJNU, XDU, DLUT, NamSU, KTMU...); satellite navigation
named as a programme (BDS, GNSS, 北斗应用, Beydou, спутниковая навигация); a technical exchange as
technology and joint work; a health resort, a sanatorium or a wellness centre as a service to
visitors (a hard negative), in every language that has the form. The look-alikes that must stay out:
the Chu River, another TJU or DUT, the BDS boycott campaign, the Big Dipper, BeiDou terminals
exported, customs officers' exchange. Each row: (id, title, relevant)."""

from __future__ import annotations

PROBES_R47: list[tuple[str, str, bool]] = [
    # the English acronyms universities use for themselves
    ("r47-en-chu-tajik-roads", "CHU to train Tajik road engineers under new agreement", True),
    ("r47-en-xjnu-osh-classes", "XJNU teachers begin Chinese classes at Osh State University", True),
    ("r47-en-xdu-astana-cyber", "XDU and Astana IT University launch a cybersecurity master's track", True),
    ("r47-en-dlut-kbtu-lab", "DLUT and KBTU open joint catalysis laboratory", True),
    ("r47-en-xauat-tashkent", "XAUAT welcomes 40 architecture students from Tashkent", True),
    ("r47-en-xust-kstu-mining", "XUST mining professors lecture in Bishkek", True),
    ("r47-en-ylvtc-uzbek-farmers", "YLVTC instructors teach Uzbek farmers drip irrigation", True),
    ("r47-en-namsu-xjau-cotton", "NamSU and XJAU agree on cotton breeding research", True),
    ("r47-en-ktmu-lzu-geology", "KTMU geology students spend a semester at LZU", True),
    ("r47-en-khsu-summer-school", "KhSU students attend a summer school in Xi'an", True),
    ("r47-ru-xjnu-bishkek", "Преподаватели XJNU проведут курсы китайского языка в Бишкеке", True),
    ("r47-ru-bjut-tashkent", "Пекинский политехнический университет и ТУИТ создадут центр робототехники", True),
    ("r47-en-chu-river-neg", "Chu River floods farmland in northern Kyrgyzstan", False),
    ("r47-en-tju-nurses-neg", "TJU nurses volunteer at Almaty children's hospital", False),
    ("r47-en-dut-exchange-neg", "DUT and Nazarbayev University sign student exchange memorandum", False),
    ("r47-en-chd-risk-neg", "CHD remains the main cause of death among Uzbek men, ministry says", False),
    # satellite navigation named as a programme
    ("r47-en-bds-cotton", "China and Kyrgyzstan test BDS-guided tractors on cotton fields", True),
    ("r47-en-gnss-tajik", "Chinese GNSS reference stations help Tajik surveyors map glaciers", True),
    ("r47-zh-beidou-course", "北斗应用培训班为塔吉克斯坦学员开班", True),
    ("r47-ru-navigation", "Китай и Туркменистан займутся спутниковой навигацией для геодезии", True),
    ("r47-uz-beydou", "Beydou navigatsiyasini Xitoyda o'rgangan o'zbek muhandislari yurtga qaytdi", True),
    ("r47-tk-beydou", "Türkmen hünärmenleri Hytaýda Beýdou hemra nawigasiýa ulgamyny öwrendi", True),
    ("r47-en-bds-boycott-neg", "BDS campaigners rally in Almaty against Israeli academic ties", False),
    ("r47-zh-big-dipper-neg", "吉尔吉斯斯坦牧民夜观北斗七星", False),
    ("r47-zh-beidou-export-neg", "北斗终端出口哈萨克斯坦数量翻番", False),
    ("r47-en-gnss-jamming-neg", "GNSS jamming reported over the Caspian, Kazakh officials say", False),
    # a technical exchange
    ("r47-en-tech-exchange-visit", "Kyrgyz veterinarians end technical exchange visit to Gansu", True),
    ("r47-ru-tech-exchange", "Казахстанские и китайские метрологи провели технический обмен", True),
    ("r47-kk-tech-exchange", "Қазақ және қытай гидрологтары техникалық алмасу өткізді", True),
    ("r47-ky-tech-exchange", "Кыргыз жана кытай сейсмологдору техникалык алмашуу уюштурушту", True),
    ("r47-uz-tech-exchange", "Xitoylik va o'zbekistonlik tuproqshunoslar texnik almashinuvni yakunladi", True),
    ("r47-tg-tech-exchange", "Геологҳои тоҷик ва чинӣ мубодилаи техникӣ анҷом доданд", True),
    ("r47-tk-tech-exchange", "Türkmen we hytaý suwçylary tehniki alyş-çalyş geçirdiler", True),
    ("r47-en-customs-exchange-neg", "Kazakh and Chinese customs hold technical exchange on cargo inspection", False),
    # a health resort, a sanatorium, a wellness centre
    ("r47-ru-sanatorium-neg", "Китайская корпорация построит санаторий традиционной медицины под Бишкеком", False),
    ("r47-ru-wellness-neg", "В Ташкенте заработал оздоровительный комплекс китайской медицины", False),
    ("r47-kk-sanatorium-neg", "Алматы облысында қытай медицинасы шипажайы ашылды", False),
    ("r47-ky-sanatorium-neg", "Ысык-Көлдө кытай медицинасы боюнча жаңы санаторий иштей баштады", False),
    ("r47-uz-sanatorium-neg", "Toshkent viloyatida xitoylik investor sanatoriy quradi", False),
    ("r47-tg-sanatorium-neg", "Сармоягузори чинӣ дар водии Варзоби Тоҷикистон осоишгоҳи нав бунёд мекунад", False),
    ("r47-tk-sanatorium-neg", "Hytaýly kompaniýa Türkmenbaşyda şypahana gurýar", False),
    ("r47-zh-resort-neg", "中医康养中心落户哈萨克斯坦阿拉木图", False),
    ("r47-en-wellness-neg", "Chinese medicine wellness center opens in Ashgabat", False),
    ("r47-en-tcm-centre-rel", "Almaty gets a Kazakh-Chinese traditional medicine research centre that will train local doctors", True),
    ("r47-ru-sanatorium-training-rel", "Врачи санатория на Иссык-Куле прошли обучение иглоукалыванию у китайских специалистов", True),
]

# An officer of the writer's university named in pinyin (a Chinese college's English news that never
# names China): the Chinese side, with the title and lede; the look-alikes name a Korean and a Kazakh
# officer the same way. Each row: (id, title, summary, relevant with title and summary).
PROBES_R47_LEDES: list[tuple[str, str, str, bool]] = [
    ("r47-en-officer-kyrgyz-delegation", "Delegation of Kyrgyz National Agrarian University visits our campus",
     "On May 12, Huang Xiaoming, Vice President of our university, met the five-member delegation from "
     "Kyrgyz National Agrarian University, and both sides discussed joint training of veterinary students.", True),
    ("r47-en-officer-tajik-teachers", "Tajik teachers complete a training course in greenhouse farming",
     "Twelve teachers from Tajik Agrarian University finished a three-week course. Zhou Qiang, Dean of our "
     "college, presented the certificates and thanked the trainers of the horticulture department.", True),
    ("r47-en-officer-korean-neg", "Uzbek students begin a semester at our campus",
     "Kim Minsoo, President of our university, welcomed 30 students from Samarkand State University, who will "
     "study Korean language and business administration for one semester.", False),
    ("r47-en-officer-kazakh-neg", "Turkmen students start a semester in Almaty",
     "Nurlan Zhaksybekov, Dean of our faculty, welcomed 25 students from Turkmen State University who will "
     "study petroleum engineering for one semester.", False),
]
