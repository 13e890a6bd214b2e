"""Round-11 headline probes (issue 12): the families read in the misses of holdout9 (measured
once before, with the round-10 rules) and in the "left undone" lists of rounds 8-10, written as
reporters write them in several languages, each with hard negatives that must stay out:

* a Chinese university's Central Asia studies institute or centre (中亚研究院, 中亚研究中心,
  中亚研究所), whose joint-lab key used to swallow the region it names — while a Chinese
  institute of Russian and East European studies with a Russian partner, or a Moscow centre of
  Central Asian studies with an American university, stays out;
* a Chinese technology company's education programmes in Central Asian universities ("Huawei ICT
  Academy", "ICT academies", "Seeds for the Future", ИКТ-академии, 华为ICT学院) — while the
  company's contracts, plants and phones stay business, and an ICT academy with Korea or alone
  names no China;
* the Third Pole Environment programme (TPE, 第三极环境) of the Chinese Academy of Sciences,
  named by its name or acronym with a Central Asian side (round 10's h8-017) — while the
  plastic (TPE), Taipei's airport code and the Earth's third pole with another partner stay out;
* a Central Asian outlet's report, in its own language, of a Silk Road science forum or
  conference held in China (round 10's h8-058, vetoed as China's own news) — while China's own
  forums reported in Kazakh, and a Silk Road forum on tourism or trade, stay out.

Written by hand after holdout9 had been measured and before the round-11 rules were written;
measured with the round-10 rules (2026.12.13) and the round-11 rules (docs/classifier.md,
"Round 11 figures"). Each: (id, headline, relevant). None is an item of classifiers/eval
(``test_round11.py`` checks it).
"""

from __future__ import annotations

PROBES_R11: list[tuple[str, str, bool]] = [
    # --- Central Asia studies at a Chinese university --------------------------------------
    ("r11-zh-ca-institute-nwnu", "兰州大学成立中亚研究院", True),
    ("r11-zh-ca-centre-opened", "陕西师范大学中亚研究中心揭牌", True),
    ("r11-zh-ca-institute-seminar", "新疆大学中亚研究所举办学术研讨会", True),
    ("r11-zh-ca-studies-forum", "西北大学召开中亚研究学术论坛", True),
    ("r11-zh-neg-cass-russia", "社科院俄罗斯东欧中亚研究所与俄罗斯科学院签署合作协议", False),
    ("r11-zh-neg-ca-moscow-us", "莫斯科大学中亚研究中心与美国大学签署合作协议", False),
    # --- a Chinese company's education programmes ------------------------------------------
    ("r11-en-huawei-ict-academy-kz", "Huawei opens ICT Academy at Kazakh university", True),
    ("r11-en-ict-academies-uz", "Huawei to expand ICT academies in Uzbek universities", True),
    ("r11-en-seeds-kg", "Kyrgyz students join Huawei Seeds for the Future programme", True),
    ("r11-ru-ict-academy-uz", "Huawei откроет ИКТ-академии в вузах Узбекистана", True),
    ("r11-zh-ict-academy-tj", "华为ICT学院在塔吉克斯坦大学揭牌", True),
    ("r11-en-neg-huawei-contract", "Huawei signs 5G network contract with Uzbekistan", False),
    ("r11-en-neg-huawei-phones", "Huawei opens smartphone plant in Uzbekistan", False),
    ("r11-en-neg-ict-academy-korea", "Korea opens ICT academy in Tashkent", False),
    ("r11-ru-neg-huawei-contract", "Huawei поставит оборудование для сетей 5G в Казахстан", False),
    # --- the Third Pole Environment programme ----------------------------------------------
    ("r11-en-tpe-tj", "Tajik scientists join the TPE program", True),
    ("r11-en-tpe-kg", "Kyrgyz glaciologists join Third Pole Environment programme", True),
    ("r11-zh-tpe-tj", "塔吉克斯坦科学家参加第三极环境计划", True),
    ("r11-en-neg-tpe-plastic", "Kazakhstan plant to produce TPE plastic granules", False),
    ("r11-en-neg-third-pole-nepal", "Nepal joins Third Pole Environment programme", False),
    # --- a Silk Road science forum in China, reported in a Central Asian language ---------------
    ("r11-kk-silk-road-forum-science", "Үрімжіде Жібек жолы ғылыми форумы басталды", True),
    ("r11-kk-silk-road-conference-youth", "Сианьда Жібек жолы жас ғалымдар конференциясы өтті", True),
    ("r11-ky-silk-road-forum-science", "Сиань шаарында Жибек жолу илимий форуму башталды", True),
    ("r11-uz-silk-road-forum-science", "Sian shahrida Ipak yo'li ilmiy forumi boshlandi", True),
    ("r11-kk-neg-beijing-ai-forum", "Бейжіңде жасанды интеллект форумы өтті", False),
    ("r11-kk-neg-silk-road-tourism", "Сианьда Жібек жолы туризм форумы өтті", False),
    ("r11-kk-neg-silk-road-expo", "Үрімжіде Жібек жолы экономикалық форумы басталды", False),
]
