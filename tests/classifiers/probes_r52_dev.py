"""Round-52 development probes (issue 12): a blind set written by hand before the vocabulary files
were read and before the rules were run on any of it (docs/classifier.md, "Round 52 of issue 12").
Its subjects are the five families the coordinator read in holdout25's misses: space rockets
(a launch vehicle, a satellite, a cosmonaut; a missile stays security), China's brand-named
vocational workshops besides Luban (Mozi), the Chinese-language boom ("Chinese fever"), crop
varieties and silkworm breeding, and trainees from Central Asia in China. Hard negatives in the
same words: missiles bought or shown, silk, cocoon and potato trade and prices.

For each of en, ru, zh, kk, ky, uz (Latin), uzc (Uzbek Cyrillic), tg and tk: 5 relevant items and
2 hard negatives. Headlines only, no url. Measured once with the rules of main (2026.12.68) before
any rule was written. Each row: (id, headline, relevant). None is an item of classifiers/eval, of
the shared labelled_dev or an earlier probe, nor nearly one (``test_round52.py`` checks it).
"""

from __future__ import annotations

PROBES_R52_DEV: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r52d-en-cosmonaut-rocket", "Kazakh cosmonaut could fly to orbit aboard a Chinese rocket", True),
    ("r52d-en-mozi-welders", "Tajik welders learn their trade at Dushanbe's new Mozi Workshop", True),
    ("r52d-en-chinese-fever", "Chinese fever grips Tashkent schoolchildren", True),
    ("r52d-en-potato-varieties", "Chinese potato varieties planted on Kostanay fields", True),
    ("r52d-en-trainees-grid", "Kyrgyz trainees finish power grid course in Xi'an", True),
    ("r52d-en-air-defence-neg", "Kazakhstan buys Chinese air defence missiles", False),
    ("r52d-en-silk-exports-neg", "Uzbek raw silk exports to China double", False),
    # ------------------------------------------------------------------ Russian
    ("r52d-ru-launch-vehicle", "Китайская ракета-носитель выведет на орбиту казахстанский спутник", True),
    ("r52d-ru-mozi-khujand", "В Худжанде открылась мастерская Мо-цзы для подготовки техников из Китая", True),
    ("r52d-ru-chinese-boom", "Китайский бум: узбекские школьники массово учат иероглифы", True),
    ("r52d-ru-potato-sorts", "Сорта китайского картофеля испытают в Костанайской области", True),
    ("r52d-ru-trainees-shanghai", "Слушатели курсов из Кыргызстана прошли стажировку в Шанхае", True),
    ("r52d-ru-air-defence-neg", "Китай поставит Туркменистану зенитные ракеты", False),
    ("r52d-ru-silk-price-neg", "Узбекский шёлк подорожал на китайском рынке", False),
    # ------------------------------------------------------------------ Chinese
    ("r52d-zh-long-march", "长征火箭将为乌兹别克斯坦发射遥感卫星", True),
    ("r52d-zh-mozi-tajik", "墨子工坊在塔吉克斯坦培养技术人才", True),
    ("r52d-zh-chinese-fever", "吉尔吉斯斯坦校园掀起汉语热", True),
    ("r52d-zh-wheat-varieties", "中国小麦品种在哈萨克斯坦试种成功", True),
    ("r52d-zh-trainees-irrigation", "乌兹别克斯坦学员来华学习节水灌溉技术", True),
    ("r52d-zh-missiles-neg", "哈萨克斯坦从中国采购防空导弹", False),
    ("r52d-zh-silk-trade-neg", "中乌丝绸贸易额同比增长", False),
    # ------------------------------------------------------------------ Kazakh
    ("r52d-kk-rocket-satellite", "Қазақстандық ғарыш аппараты қытайлық зымыранмен ұшырылады", True),
    ("r52d-kk-mozi-shymkent", "Қытайдың Мози шеберханасы Шымкентте жастарды оқытады", True),
    ("r52d-kk-language-craze", "Алматыда қытай тілін үйренуге құмарлық артты", True),
    ("r52d-kk-potato-sorts", "Қытайдың картоп сорттары Павлодарда сынақтан өтті", True),
    ("r52d-kk-silkworm-trainees", "Жібек құртын өсіру: қазақстандық мамандар Қытайда оқыды", True),
    ("r52d-kk-air-defence-neg", "Қытай Қазақстанға әуе қорғанысы зымырандарын жеткізеді", False),
    ("r52d-kk-potato-exports-neg", "Қазақстаннан Қытайға картоп экспорты өсті", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r52d-ky-rocket-satellite", "Кыргыз илимий спутниги Кытай ракетасы менен космоско учат", True),
    ("r52d-ky-mozi-osh", "Ошто Кытайдын «Мози устаканасы» ачылды", True),
    ("r52d-ky-language-boom", "Кыргызстанда кытай тилин үйрөнүү буму", True),
    ("r52d-ky-rice-sorts", "Кытайдын күрүч сорттору Баткенде сыналууда", True),
    ("r52d-ky-trainees-energy", "Кыргыз угуучулар Кытайда энергетика курсун бүтүрүштү", True),
    ("r52d-ky-missiles-neg", "Кытай Кыргызстандын армиясына зениттик ракеталарды берди", False),
    ("r52d-ky-silk-trade-neg", "Кытай менен Кыргызстан жибек соодасын көбөйтөт", False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r52d-uz-rocket-satellite", "Xitoy raketasi yordamida O'zbekistonning yangi yo'ldoshi uchiriladi", True),
    ("r52d-uz-mozi-samarkand", "Xitoyning Mozi ustaxonasi Samarqand kollejida ish boshladi", True),
    ("r52d-uz-language-interest", "O'zbekistonda xitoy tiliga qiziqish keskin oshdi", True),
    ("r52d-uz-silkworm-breeds", "Xitoy ipak qurti zotlari Farg'onada sinovdan o'tmoqda", True),
    ("r52d-uz-trainees-qualify", "O'zbek tinglovchilari Xitoydagi kurslarni muvaffaqiyatli tamomladi", True),
    ("r52d-uz-missiles-neg", "Xitoy O'zbekistonga havo hujumidan mudofaa raketalarini yetkazadi", False),
    ("r52d-uz-cocoon-exports-neg", "Xitoylik xaridorlar o'zbek pillasini qimmatroq sotib olmoqda", False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r52d-uzc-launch-vehicle", "Хитой ракета-ташувчиси Ўзбекистон йўлдошини учирди", True),
    ("r52d-uzc-mozi-andijan", "Андижонда Хитойнинг Мози устахонаси ишга тушди", True),
    ("r52d-uzc-language-boom", "Ўзбек ёшлари орасида хитой тили буми", True),
    ("r52d-uzc-cotton-sorts", "Хитой пахта навлари Сирдарёда экилди", True),
    ("r52d-uzc-interns-water", "Қорақалпоғистонлик стажёрлар Хитойда сув тежовчи технологияларни ўрганди", True),
    ("r52d-uzc-missiles-neg", "Хитой Ўзбекистонга зенит ракеталарини сотади", False),
    ("r52d-uzc-potato-exports-neg", "Хитой бозорида ўзбек картошкасининг нархи тушди", False),
    # ------------------------------------------------------------------ Tajik
    ("r52d-tg-rocket-satellite", "Мушаки чинӣ моҳвораи тоҷикро ба мадор мебарорад", True),
    ("r52d-tg-mozi-khujand", "Коргоҳи чинии Мозӣ дар Хуҷанд ба кор шурӯъ кард", True),
    ("r52d-tg-language-interest", "Дар Тоҷикистон таваҷҷуҳ ба забони чинӣ меафзояд", True),
    ("r52d-tg-potato-sorts", "Навъҳои картошкаи чинӣ дар Хатлон санҷида мешаванд", True),
    ("r52d-tg-trainees-energy", "Шунавандагони тоҷик дар Чин курси энергетикаро хатм карданд", True),
    ("r52d-tg-missiles-neg", "Чин ба Тоҷикистон мушакҳои зиддиҳавоӣ медиҳад", False),
    ("r52d-tg-silk-exports-neg", "Абрешими тоҷикӣ дар бозори Чин харидор ёфт", False),
    # ------------------------------------------------------------------ Turkmen
    ("r52d-tk-rocket-satellite", "Hytaý raketasy türkmen hemrasyny orbita çykarar", True),
    ("r52d-tk-mozi-ashgabat", "Aşgabatda Hytaýyň Mozi ussahanasy açyldy", True),
    ("r52d-tk-language-interest", "Türkmen ýaşlarynyň arasynda hytaý diline höwes artýar", True),
    ("r52d-tk-cotton-sorts", "Hytaý pagta sortlary Lebapda synagdan geçirilýär", True),
    ("r52d-tk-trainees-oil", "Türkmen diňleýjileri Hytaýda nebit-gaz okuwyny tamamladylar", True),
    ("r52d-tk-missiles-neg", "Hytaý Türkmenistana zenit raketalaryny berer", False),
    ("r52d-tk-silk-exports-neg", "Türkmenistan Hytaýa ýüpek eksportyny artdyrdy", False),
]
