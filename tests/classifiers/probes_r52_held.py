"""Round-52 held-out probes (issue 12): a blind set written with the development set
(probes_r52_dev), before the vocabulary files were read and before the rules were run on any of it,
and measured once only after round 52's fixes (docs/classifier.md, "Round 52 figures"): the honest
figure of round 52's rules on its own families. Subjects as in the development set, in other words:
launch vehicles and cosmonauts, the Qinling Workshop, sericulture and crop varieties, the Chinese
craze, trainees and interns; hard negatives: missiles bought or shown, silk, cotton, wheat and
potato trade.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 4 relevant items and
2 hard negatives. Headlines only, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R52_HELD: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r52h-en-launch-vehicle", "Uzbek satellite rides Chinese launch vehicle into orbit", True),
    ("r52h-en-qinling-almaty", "Qinling Workshop opens in Almaty to train Kazakh technicians", True),
    ("r52h-en-sericulture", "Silkworm breeding: Chinese scientists help Uzbek sericulture", True),
    ("r52h-en-chinese-craze", "Chinese craze sweeps Kazakh universities", True),
    ("r52h-en-parade-missiles-neg", "Kyrgyz army shows Chinese-made missiles at parade", False),
    ("r52h-en-potato-imports-neg", "Turkmen potato imports from China rise", False),
    # ------------------------------------------------------------------ Russian
    ("r52h-ru-launch-date", "Запуск китайской ракеты с узбекским спутником назначен на март", True),
    ("r52h-ru-qinling-engineers", "«Циньлинская мастерская» готовит казахстанских инженеров", True),
    ("r52h-ru-sericulture", "Китайские учёные помогут Узбекистану вывести новые породы шелкопряда", True),
    ("r52h-ru-fashion-chinese", "Мода на китайский охватила бишкекских студентов", True),
    ("r52h-ru-parade-missiles-neg", "Военные Казахстана показали китайские ракеты на параде", False),
    ("r52h-ru-seed-potato-trade-neg", "Кыргызстан нарастил экспорт семенного картофеля в Китай", False),
    # ------------------------------------------------------------------ Chinese
    ("r52h-zh-carrier-rocket", "中国运载火箭成功发射哈萨克斯坦卫星", True),
    ("r52h-zh-qinling-power", "秦岭工坊为吉尔吉斯斯坦培养电力人才", True),
    ("r52h-zh-sericulture", "中乌蚕桑合作 培育优质蚕种", True),
    ("r52h-zh-trainees-shaanxi", "中亚学员赴陕西学习现代农业技术", True),
    ("r52h-zh-missiles-neg", "塔吉克斯坦军队展示中国制造导弹", False),
    ("r52h-zh-potato-trade-neg", "哈萨克斯坦土豆大量销往中国市场", False),
    # ------------------------------------------------------------------ Kazakh
    ("r52h-kk-launch-vehicle", "Қытай зымыран тасығышы қазақ серігін ұшырды", True),
    ("r52h-kk-qinling-kyzylorda", "Қытайдың Цинлин шеберханасы Қызылордада ашылды", True),
    ("r52h-kk-silkworm-research", "Жібек құртының жаңа тұқымы: Қытай ғалымдары Түркістан облысында тәжірибе жасайды", True),
    ("r52h-kk-trainees-tech", "Қытайда оқыған қазақ тыңдаушылары жаңа технологияны меңгерді", True),
    ("r52h-kk-missiles-neg", "Қазақстан армиясы Қытай зымырандарын сатып алды", False),
    ("r52h-kk-wheat-exports-neg", "Қостанай бидайы Қытай нарығында сұранысқа ие", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r52h-ky-launch-vehicle", "Кыргыз спутниги кытай ракета-ташуучусу менен учурулат", True),
    ("r52h-ky-qinling-jalalabad", "Кытайдын Циньлин устаканасы Жалал-Абадда ачылды", True),
    ("r52h-ky-silkworm-study", "Кытай илимпоздору кыргыз жибек куртун изилдешет", True),
    ("r52h-ky-language-interest", "Кыргызстанда кытай тилине кызыгуу күчөдү", True),
    ("r52h-ky-missiles-neg", "Кыргызстан Кытайдан ракета сатып алды", False),
    ("r52h-ky-potato-exports-neg", "Кыргызстан Кытайга картошка экспорттоду", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r52h-uz-cosmonaut", "O'zbek kosmonavti Xitoy raketasida koinotga uchishi mumkin", True),
    ("r52h-uz-qinling-navoi", "Xitoyning Qinling ustaxonasi Navoiyda yosh mutaxassislarni tayyorlaydi", True),
    ("r52h-uz-sericulture", "Xitoylik olimlar o'zbek pillachilariga yangi ipak qurti zotini taqdim etdi", True),
    ("r52h-uz-interns-agronomy", "O'zbek stajyorlari Xitoyda agronomiya kursini tugatdi", True),
    ("r52h-uz-missiles-neg", "O'zbekiston armiyasi Xitoy raketalarini sotib oldi", False),
    ("r52h-uz-silk-exports-neg", "O'zbekistonning Xitoyga ipak eksporti o'sdi", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r52h-uzc-cosmonaut", "Хитой ракетаси ўзбек космонавтини коинотга олиб чиқиши мумкин", True),
    ("r52h-uzc-qinling-namangan", "Наманган коллежида Хитойнинг Циньлин устахонаси иш бошлади", True),
    ("r52h-uzc-silkworm-breeds", "Хитой ипак қурти зотлари Ўзбекистонда синовдан ўтди", True),
    ("r52h-uzc-language-interest", "Хитой тилига қизиқиш Тошкент мактабларида ортди", True),
    ("r52h-uzc-missiles-neg", "Ўзбекистон Хитойдан ракета сотиб олди", False),
    ("r52h-uzc-cocoon-exports-neg", "Ўзбекистоннинг Хитойга пилла экспорти ўсди", False),
    # ------------------------------------------------------------------ Tajik
    ("r52h-tg-launch-vehicle", "Мушаки интиқолдиҳандаи Чин моҳвораи Тоҷикистонро партофт", True),
    ("r52h-tg-qinling-bokhtar", "Коргоҳи чинии Цинлин дар Бохтар мутахассисон тайёр мекунад", True),
    ("r52h-tg-sericulture", "Кирмакпарварӣ: олимони чинӣ дар Ҳисор зотҳои нави кирмаки абрешимро месанҷанд", True),
    ("r52h-tg-wheat-sorts", "Навъҳои гандуми чинӣ дар Суғд кошта шуданд", True),
    ("r52h-tg-missiles-neg", "Тоҷикистон аз Чин мушак харид", False),
    ("r52h-tg-cotton-exports-neg", "Ширкатҳои чинӣ пахтаи тоҷикро бештар мехаранд", False),
    # ------------------------------------------------------------------ Turkmen
    ("r52h-tk-launch-vehicle", "Türkmen hemrasy hytaý göteriji raketasy bilen uçurylar", True),
    ("r52h-tk-qinling-mary", "Hytaýyň Çinlin ussahanasy Maryda açyldy", True),
    ("r52h-tk-silkworm-study", "Türkmen we hytaý alymlary ýüpek gurçugynyň täze tohumlaryny öwrenýär", True),
    ("r52h-tk-language-interest", "Türkmenistanda hytaý dilini öwrenmäge isleg artýar", True),
    ("r52h-tk-missiles-neg", "Türkmenistan Hytaýdan raketalar satyn aldy", False),
    ("r52h-tk-cotton-exports-neg", "Hytaý kompaniýalary türkmen pagtasyny köp satyn alýar", False),
]
