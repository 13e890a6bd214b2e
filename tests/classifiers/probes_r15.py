"""Round-15 headline probes (issue 12): the gaps found by the round-15 vocabulary audit
(docs/classifier.md, "Round 15 of issue 12"), which went through the science, technology and
education subject families a reader would count, in every language, and asked whether an
ordinary headline naming both sides and the subject was recognised. Each family's gap is
written as a relevant headline naming both sides and the subject in the words the audit
found missing (pharmacology, medicine in Tajik, seed growing and veterinary science, glaciers,
water resources and desertification in the Turkic languages and Tajik, botany and genetics,
chemistry and technology in Turkmen, dual diplomas, think tanks, metrology, business
incubators, an artificial satellite), with hard negatives for each family that must stay out:
mining companies, hospital construction, wheat exports, medicine imports, seed imports,
telecom contracts, water-sharing politics, and the same subjects with Russia, Turkey, Korea,
Iran or Pakistan, or with China alone.

Written by hand after holdout13 had been measured (with the round-14 rules) and before the
round-15 rules were written; measured with the round-14 rules (2026.12.17) and the round-15
rules (docs/classifier.md, "Round 15 figures"). Each: (id, headline, relevant). None is an
item of classifiers/eval (``test_round15.py`` checks it).
"""

from __future__ import annotations

PROBES_R15: list[tuple[str, str, bool]] = [
    # --- medicine and pharmacology (pharmaceutical trade stays a weak word) ---
    ("r15-en-pharmacology", "Uzbekistan and China to cooperate in pharmacology", True),
    ("r15-ru-pharmacology", "Казахстан и Китай развивают сотрудничество в фармакологии", True),
    ("r15-zh-pharmacy", "中国与乌兹别克斯坦开展药学合作", True),
    ("r15-uz-pharmacology", "O'zbekiston va Xitoy farmakologiya sohasida hamkorlik qiladi", True),
    ("r15-tg-medicine", "Тоҷикистон ва Чин дар соҳаи тиб ҳамкориро густариш медиҳанд", True),
    # --- agricultural science: seed growing, veterinary science ---
    ("r15-uz-seed-growing", "O'zbekiston va Xitoy urug'chilik bo'yicha hamkorlikni kengaytiradi", True),
    ("r15-ky-seed-growing", "Кыргызстан менен Кытай үрөнчүлүк боюнча кызматташат", True),
    ("r15-tg-seed-growing", "Тоҷикистон ва Чин дар тухмипарварӣ ҳамкорӣ мекунанд", True),
    ("r15-tg-veterinary", "Тоҷикистон ва Чин дар соҳаи байторӣ ҳамкорӣ мекунанд", True),
    ("r15-tk-veterinary", "Türkmenistan bilen Hytaý weterinariýa babatda hyzmatdaşlyk edýär", True),
    # --- water, glaciers, hydrology, desertification, climate ---
    ("r15-uz-glaciers", "O'zbekiston va Xitoy muzliklarni birgalikda o'rganadi", True),
    ("r15-uzc-glaciers", "Ўзбекистон ва Хитой музликлар бўйича ҳамкорлик қилади", True),
    ("r15-tg-water-resources", "Тоҷикистон ва Чин захираҳои обро якҷоя меомӯзанд", True),
    ("r15-tk-hydrology", "Türkmenistan bilen Hytaý gidrologiýa babatda tejribe alyşýar", True),
    ("r15-tk-glaciers", "Hytaý bilen Türkmenistan buzluklary öwrenmekde hyzmatdaşlyk edýär", True),
    ("r15-ky-desertification", "Кыргызстан менен Кытай чөлдөнүүгө каршы бирге күрөшөт", True),
    ("r15-tg-desertification", "Чин ва Тоҷикистон бар зидди биёбоншавӣ якҷоя мубориза мебаранд", True),
    ("r15-tk-climate", "Türkmenistan bilen Hytaý howanyň üýtgemegi babatda hyzmatdaşlyk edýär", True),
    # --- geology, biology, botany, genetics, chemistry ---
    ("r15-tg-geology", "Тоҷикистон ва Чин дар соҳаи заминшиносӣ ҳамкорӣ мекунанд", True),
    ("r15-en-botany", "Uzbekistan and China to cooperate in botany", True),
    ("r15-ru-botany", "Узбекистан и Китай развивают сотрудничество в ботанике", True),
    ("r15-zh-botany", "中国与乌兹别克斯坦深化植物学合作", True),
    ("r15-zh-genes", "中国和塔吉克斯坦加强基因资源合作", True),
    ("r15-kk-botany", "Қазақстан мен Қытай ботаника саласында ынтымақтасады", True),
    ("r15-uz-biotech", "O'zbekiston va Xitoy biotexnologiya sohasida hamkorlik qiladi", True),
    ("r15-tk-biotech", "Türkmenistan bilen Hytaý biotehnologiýa babatda hyzmatdaşlyk edýär", True),
    ("r15-tk-chemistry", "Türkmenistan bilen Hytaý himiýa babatda hyzmatdaşlyk edýär", True),
    # --- technology in Turkmen, the artificial satellite, business incubators ---
    ("r15-tk-technology", "Türkmenistan bilen Hytaý maglumat tehnologiýalary babatda hyzmatdaşlyk edýär", True),
    ("r15-ky-satellite", "Кыргызстан менен Кытай жасалма спутник чыгарат", True),
    ("r15-ru-satellite", "Казахстан и Китай создадут искусственный спутник Земли", True),
    ("r15-uz-incubator", "O'zbekiston va Xitoy biznes-inkubator ochadi", True),
    # --- dual diplomas, joint degree programmes ---
    ("r15-en-joint-programmes", "Kazakhstan and China launch joint master's programmes", True),
    ("r15-kk-dual-diploma", "Қазақстан мен Қытай қос диплом беретін бағдарлама ашты", True),
    ("r15-uz-dual-diploma", "O'zbekiston va Xitoy qo'shma diplom dasturini boshlaydi", True),
    ("r15-uzc-dual-diploma", "Ўзбекистон ва Хитой қўшма диплом дастурини бошлайди", True),
    ("r15-ky-dual-diploma", "Кыргызстан менен Кытай кош диплом программасын ишке киргизет", True),
    ("r15-tg-dual-diploma", "Тоҷикистон ва Чин дипломи дугона медиҳанд", True),
    ("r15-tk-dual-diploma", "Türkmenistan bilen Hytaý goşa diplom maksatnamasyny başlaýar", True),
    # --- think tanks, metrology ---
    ("r15-uz-think-tanks", "O'zbekiston va Xitoy tahlil markazlari hamkorlik qiladi", True),
    ("r15-ky-think-tanks", "Кыргызстан менен Кытайдын аналитикалык борборлору кызматташат", True),
    ("r15-tg-think-tanks", "Марказҳои таҳлилии Тоҷикистон ва Чин ҳамкорӣ мекунанд", True),
    ("r15-en-metrology", "Kazakhstan and China to cooperate in metrology", True),
    ("r15-ru-metrology", "Узбекистан и Китай развивают сотрудничество в области метрологии", True),
    ("r15-zh-metrology", "中国与哈萨克斯坦开展计量合作", True),
    # --- hard negatives: each family's trade, building, politics, or another partner ---
    ("r15-en-mining-neg", "Chinese mining company begins gold production in Kyrgyzstan", False),
    ("r15-ky-mining-neg", "Кытайлык компания Нарында алтын кенин иштетет", False),
    ("r15-en-hospital-neg", "China to build hospital in Dushanbe under construction contract", False),
    ("r15-zh-hospital-neg", "中国企业在吉尔吉斯斯坦承建医院项目", False),
    ("r15-ru-wheat-neg", "Казахстан увеличит экспорт пшеницы в Китай", False),
    ("r15-zh-wheat-neg", "哈萨克斯坦小麦对华出口增长", False),
    ("r15-ru-medicine-imports-neg", "Узбекистан закупит китайские лекарства на 100 млн долларов", False),
    ("r15-uz-medicine-imports-neg", "O'zbekiston Xitoydan dori vositalari importini oshirdi", False),
    ("r15-ru-pharma-trade-neg", "Китайские фармацевтические компании выходят на рынок Казахстана", False),
    ("r15-ky-seed-imports-neg", "Кыргызстан Кытайдан үрөн сатып алат", False),
    ("r15-tg-seed-imports-neg", "Тоҷикистон аз Чин тухмӣ ворид мекунад", False),
    ("r15-en-5g-neg", "China and Kazakhstan sign contract for 5G network", False),
    ("r15-en-water-sharing-neg", "Kazakhstan, China discuss water sharing on transboundary rivers", False),
    ("r15-tg-building-neg", "Чин дар Тоҷикистон бинои парлумон месозад", False),
    ("r15-en-metrology-russia-neg", "Kazakhstan and Russia cooperate in metrology", False),
    ("r15-uz-metrology-turkey-neg", "O'zbekiston va Turkiya metrologiya bo'yicha memorandum imzoladi", False),
    ("r15-ky-dual-diploma-turkey-neg", "Кыргызстан менен Түркия кош диплом программасын ишке киргизет", False),
    ("r15-uz-dual-diploma-korea-neg", "O'zbekiston va Koreya qo'shma diplom dasturini boshladi", False),
    ("r15-en-botany-pakistan-neg", "China and Pakistan to cooperate in botany", False),
    ("r15-tg-medicine-iran-neg", "Тоҷикистон ва Эрон дар соҳаи тиб ҳамкорӣ мекунанд", False),
    ("r15-tk-chemistry-russia-neg", "Türkmenistan bilen Russiýa himiýa babatda hyzmatdaşlyk edýär", False),
    ("r15-en-glaciers-china-only-neg", "China's glaciers are melting faster, scientists warn", False),
    ("r15-ky-water-own-neg", "Кыргызстан суу ресурстарын башкаруу боюнча жаңы мыйзам кабыл алды", False),
]
