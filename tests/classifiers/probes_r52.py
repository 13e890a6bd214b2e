"""Round-52 family probes (issue 12): headlines written after the fixes for the families read in
holdout25's misses and the blind development set (docs/classifier.md, "Round 52 of issue 12"):
space rockets and launch vehicles (a missile stays security), the Mozi and Qinling Workshops, the
Chinese-language boom, crop varieties and sericulture, trainees beside a field. Not blind: they
pin the families, each in several languages, with look-alikes that must stay irrelevant. Each row:
(id, title, relevant)."""

from __future__ import annotations

PROBES_R52: list[tuple[str, str, bool]] = [
    # space rockets; missiles
    ("r52f-en-long-march-satellite", "Long March 2D carrier rocket lofts Kazakh Earth-imaging satellite", True),
    ("r52f-en-rocket-attack-neg", "Rocket attack near Tajik border: China urges restraint", False),
    ("r52f-ru-cosmodrome-rocket", "Китайская космическая ракета доставит на орбиту кыргызский наноспутник", True),
    ("r52f-ru-rocket-strike-neg", "Ракетный удар обсудили главы МИД Китая и Казахстана", False),
    ("r52f-zh-carrier-rocket", "中吉合作研制的立方星搭乘运载火箭升空", True),
    ("r52f-kk-launch-vehicle", "Қытайдың зымыран тасығышы Байқоңырдан емес, Цзюцюаньнан ұшты", True),
    ("r52f-uz-launch-vehicle", "Xitoy raketa-tashuvchisi Toshkent talabalarining kubsatini olib chiqdi", True),
    ("r52f-tk-missiles-neg", "Hytaýyň raketalary barada Aşgabatda gürrüň edildi", False),
    # brand-named workshops
    ("r52f-en-mozi-railway", "Bishkek railway Mozi Workshop admits its second intake", True),
    ("r52f-zh-qinling-drones", "秦岭工坊在吉尔吉斯斯坦开设无人机应用课程", True),
    ("r52f-ru-qinling-drones", "Циньлинская мастерская обучит кыргызских студентов управлению беспилотниками", True),
    ("r52f-ky-mozi-railway", "Мози устаканасы кыргыз темир жолчуларын даярдайт", True),
    ("r52f-en-qinling-mountains-neg", "Qinling Mountains pandas draw Kazakh tourists to Shaanxi", False),
    # the Chinese-language boom
    ("r52f-en-mandarin-craze", "Mandarin craze fills evening classes across Almaty", True),
    ("r52f-ru-language-boom", "Бум китайского языка в Туркменистане: очереди на курсы", True),
    ("r52f-zh-hanyu-re", "塔吉克斯坦汉语热持续升温", True),
    ("r52f-en-chinese-boom-neg", "Chinese boom in car sales lifts Uzbek dealers", False),
    # crop varieties and sericulture
    ("r52f-en-sericulture-lab", "Uzbek sericulture institute and Chinese partners breed hardier silkworms", True),
    ("r52f-ru-silkworm-breeds", "Шелководы Узбекистана получат китайские породы тутового шелкопряда", True),
    ("r52f-zh-potato-varieties", "中国马铃薯品种在吉尔吉斯斯坦伊塞克湖州示范种植", True),
    ("r52f-tg-silkworm", "Кирмакпарварони Суғд таҷрибаи Чинро меомӯзанд", True),
    ("r52f-uz-cocoon-price-neg", "Pilla narxi Xitoy bozorida pasaydi, deydi Farg'ona fermerlari", False),
    ("r52f-ru-silk-carpets-neg", "Шёлковые ковры из Хотана продают в Ташкенте", False),
    # trainees beside a field
    ("r52f-zh-trainees-water", "哈萨克斯坦学员在新疆参加水利技术研修", True),
    ("r52f-kk-trainees-health", "Қазақ тыңдаушылары Қытайда дәстүрлі медицина курсынан өтті", True),
    ("r52f-ky-radio-listeners-neg", "Кытай радиосунун кыргыз угуучулары көбөйдү", False),
]
