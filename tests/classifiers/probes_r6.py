"""Round-6 headline probes (issue 12): a few headlines per family of the misses that round 6
looked at (China studies as an education subject, studying in China "for free", Turkmen
"halkara maslahat" conferences, Chinese cities as Central Asian languages write them,
knowledge contests and subject olympiads), in the languages that lacked them, with a hard
negative per family. Written by hand after holdout5 had been measured and while the round-6
rules were written, so they are not an honest estimate: they check that each family is
covered beyond the one headline that showed it. Measured with the round-5 rules (2026.12.8)
and the round-6 rules (docs/classifier.md, "Round 6 figures"). Each: (id, headline, relevant).

None is an item of classifiers/eval (``test_probes.py`` checks it).
"""

from __future__ import annotations

PROBES_R6: list[tuple[str, str, bool]] = [
    # --- China studies (sinology) ------------------------------------------------
    ("r6-kk-sinologists-conference", "Жас қытайтанушылардың ғылыми конференциясы өтті", True),
    ("r6-ky-sinology-students", "Кытайтаануу бөлүмүнүн студенттери олимпиадада жеңишке жетишти", True),
    ("r6-uz-sinology-open-lesson", "Xitoyshunoslik fakultetida ochiq dars bo'lib o'tdi", True),
    ("r6-uzc-sinology-forum", "Хитойшунослик бўйича халқаро анжуман ўтказилди", True),
    ("r6-tg-sinology-students", "Донишҷӯёни чиншиносӣ дар озмуни байналмилалӣ ғолиб омаданд", True),
    ("r6-tk-sinology-conference", "Hytaýşynaslyk boýunça talyplaryň ylmy maslahaty geçirildi", True),
    ("r6-en-chinese-studies-dept", "Chinese studies department in Tashkent marks its anniversary", True),
    ("r6-ru-neg-russian-sinologists", "Российские синологи провели конференцию в Москве", False),
    ("r6-en-neg-german-sinologists", "German sinologists visit Beijing", False),
    # --- studying in China, for free ---------------------------------------------
    ("r6-kk-free-study", "Қытайда тегін оқуға құжат қабылдау басталды", True),
    ("r6-uz-free-study", "Xitoyda bepul o'qish imkoniyati: hujjatlar qabul qilinmoqda", True),
    ("r6-tk-free-study", "Hytaýda mugt okamak üçin saýlaw geçirilýär", True),
    ("r6-ky-free-study", "Кытайда бекер окуу үчүн документ кабыл алуу башталды", True),
    ("r6-ky-neg-free-visa", "Кытайга визасыз баруу тартиби өзгөрдү", False),
    ("r6-kk-neg-free-checkup", "Қытайда тегін медициналық тексеруден өтуге болады", False),
    # --- Turkmen conferences ("halkara maslahat"), not the People's Council --------
    ("r6-tk-scientific-conference", "Aşgabatda Hytaý bilen bilelikde ylmy-amaly maslahat geçirildi", True),
    ("r6-tk-intl-conference-beijing", "Türkmen alymlary Pekinde geçirilen halkara maslahata gatnaşdylar", True),
    ("r6-tk-neg-peoples-council", "Halk Maslahatynyň Başlygy Hytaýyň ilçisini kabul etdi", False),
    ("r6-tk-neg-gas-conference", "Gaz boýunça halkara maslahatda Hytaýyň nebitgaz kompaniýalary çykyş etdi", False),
    # --- Chinese cities as Central Asian languages write them ----------------------
    ("r6-kk-harbin-students", "Харбинде оқитын қазақстандық студенттер олимпиададан жүлде алды", True),
    ("r6-ky-wuhan-graduates", "Ухань университетинде кыргыз студенттер диплом алышты", True),
    ("r6-tg-hangzhou-interns", "Донишҷӯёни тоҷик дар Ханчжоу таҷрибаомӯзӣ гузаронданд", True),
    ("r6-tk-nanjing-students", "Türkmen talyplary Nankin uniwersitetinde bilim alýarlar", True),
    ("r6-kk-neg-wuhan-freight", "Уханьға Қазақстаннан жүк пойызы аттанды", False),
    ("r6-ky-neg-guangzhou-fair", "Гуанчжоу жарманкесинде кыргыз ишкерлери келишим түзүштү", False),
    # --- knowledge contests and subject olympiads ----------------------------------
    ("r6-zh-knowledge-contest", "中哈青年知识竞赛在阿拉木图举行", True),
    ("r6-ru-quiz-china", "В Бишкеке прошла викторина на знание Китая среди студентов", True),
    ("r6-en-olympiad-in-chinese", "Olympiad in Chinese held for Kazakh schoolchildren", True),
    ("r6-en-neg-olympic-athletes", "Kazakh athletes prepare for the Olympic Games in China", False),
    ("r6-zh-neg-football-friendly", "中哈足球友谊赛在阿斯塔纳举行", False),
]
