"""Round-60 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 60 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language medics of both sides exchanging or sharing experience, TCM cooperation or medicinal plants
researched (relevant), and a look-alike: customs officers or border guards exchanging experience, Chinese
herbal tea or medicinal herbs sold (irrelevant). Headlines, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R60: list[tuple[str, str, bool]] = [
    ("r60-en-nurses-share-rel", "Uzbek and Chinese nurses share experience in caring for premature babies", True),
    ("r60-en-customs-neg", "Kazakh and Chinese customs officers exchange experience at Khorgos", False),
    ("r60-en-tcm-cooperation-rel", "Kyrgyzstan and China agree to deepen TCM cooperation", True),
    ("r60-en-herbal-tea-neg", "Chinese herbal tea brand opens its first shop in Tashkent", False),
    ("r60-ru-diagnostika-rel", "Врачи Кыргызстана и Китая поделились опытом диагностики онкологических заболеваний", True),
    ("r60-ru-pogranichniki-neg", "Пограничники Казахстана и Китая обменялись опытом охраны границы", False),
    ("r60-zh-linchuang-jingyan-rel", "中吉两国医生分享临床经验", True),
    ("r60-zh-haiguan-neg", "中哈海关关员交流通关经验", False),
    ("r60-kk-meyirbikeler-rel", "Қазақстан мен Қытай мейірбикелері тәжірибе алмасты", True),
    ("r60-kk-shekarashylar-neg", "Қорғас бекетінде қазақ және қытай шекарашылары тәжірибе алмасты", False),
    ("r60-ky-medaiymdar-rel", "Бишкекте кыргыз жана кытай медайымдары тажрыйба алмашууда", True),
    ("r60-ky-dary-chop-satuu-neg", "Кытайдан дары чөп сатып алуу көбөйдү", False),
    ("r60-uz-hamshiralar-rel", "O‘zbekiston va Xitoy hamshiralari tajriba almashmoqda", True),
    ("r60-uz-bojxona-neg", "Toshkentda xitoylik bojxona xodimlari bilan seminar: tajriba almashildi", False),
    ("r60-uzc-doriwor-tadqiqot-rel", "Бухорода доривор ўсимликлар бўйича Хитой олимлари билан тадқиқот бошланди", True),
    ("r60-uzc-choy-dokon-neg", "Хитой доривор чойлари дўкони Самарқандда очилди", False),
    ("r60-tg-mubodila-rel", "Мубодилаи таҷрибаи тиббӣ байни Тоҷикистону Чин дар Душанбе", True),
    ("r60-tg-gumruk-neg", "Гумрукчиёни Тоҷикистону Чин таҷриба мубодила карданд", False),
    ("r60-tk-sepagat-rel", "Aşgabatda hytaýly we türkmen şepagat uýalary tejribe alyşýarlar", True),
    ("r60-tk-gumruk-neg", "Türkmen gümrük gullugy Hytaýyň kärdeşleri bilen tejribe alyşdy", False),
]
