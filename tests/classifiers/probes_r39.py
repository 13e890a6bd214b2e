"""Round-39 family probes (issue 12): headlines written for this round"s one fixed family, none an item of
a labelled set or an earlier probe (``test_round39.py`` checks it).

Round 39 read the misses of every real set together (classifiers/eval/*.jsonl and the shared
labelled_dev, both modes) and sorted them by why they were missed (docs/classifier.md, "Round 39 of
issue 12"). The one family that recurred across sets and could be fixed without a new false positive:
**youth named beside both sides** ("O‘zbekiston va Xitoy yoshlarining loyihasi", "Türkmen-Hytaý
hyzmatdaşlygynyň ösdürilmegi: ýaşlar bilen…", "…为中亚青年打开“机遇之门”"): youth is now a weak education
word (0.4) in en, ru, zh, kk, ky, uz (Latin and Cyrillic), tg and tk. Its guards: a youth or national team
and football are sport (new in tg, ky, tk, zh and en "youth team"), another partner keeps its veto, and
youth beside one side alone implies nothing (0.8 in a title is under the implied side"s 1.0).

Each row: (id, headline, relevant); a negative"s id ends in ``-neg``.
"""

from __future__ import annotations

PROBES_R39_FAMILIES: list[tuple[str, str, bool]] = [
    ("r39f-en-youth-both-sides-1", "Kazakh and Chinese youth gather for a summer science school", True),
    ("r39f-en-youth-both-sides-2", "China–Uzbekistan youth exchange programme welcomes 200 participants", True),
    ("r39f-en-youth-team-neg", "Chinese under-20s lose to Kazakhstan youth team on penalties", False),
    ("r39f-en-youth-football-neg", "Chinese youth delegation attends Kyrgyz Independence Day football final", False),
    ("r39f-ru-youth-both-sides-1", "Молодёжь Таджикистана и Китая обсудила совместные проекты", True),
    ("r39f-ru-youth-both-sides-2", "Китайско-кыргызский молодёжный форум прошёл в Бишкеке", True),
    ("r39f-ru-youth-team-neg", "Молодёжная сборная Казахстана уступила Китаю", False),
    ("r39f-ru-youth-other-partner-neg", "Молодёжь Узбекистана и России провела форум в Самарканде", False),
    ("r39f-zh-youth-both-sides-1", "中哈青年交流营在阿拉木图开营", True),
    ("r39f-zh-youth-both-sides-2", "中国与塔吉克斯坦青年共话合作", True),
    ("r39f-zh-youth-team-neg", "中国国青队2比1战胜乌兹别克斯坦", False),
    ("r39f-zh-youth-football-neg", "中乌青年足球友谊赛在塔什肯特举行", False),
    ("r39f-kk-youth-both-sides-1", "Қазақстан мен Қытай жастары бірлескен жобаны таныстырды", True),
    ("r39f-kk-youth-both-sides-2", "Қытай мен Қазақстан жастарының форумы Алматыда өтті", True),
    ("r39f-kk-youth-team-neg", "Қазақстанның жасөспірімдер мен жастар құрамасы Шанхайдағы кубокқа аттанды, Қытай", False),
    ("r39f-kk-youth-other-partner-neg", "Қазақстан мен Ресей жастары форумда кездесті", False),
    ("r39f-ky-youth-both-sides-1", "Кыргызстан менен Кытайдын жаштары тажрыйба алмашты", True),
    ("r39f-ky-youth-both-sides-2", "Кыргыз жана кытай жаштары Ош шаарында жолугушту", True),
    ("r39f-ky-youth-team-neg", "Жаштар курамасы Кытайдагы турнирде Кыргызстан үчүн экинчи орунду алды", False),
    ("r39f-ky-youth-football-neg", "Кыргызстан жаштары Түркияда футбол мелдешине катышты", False),
    ("r39f-uz-youth-both-sides-1", "Oʻzbekiston va Xitoy yoshlari hamkorlik loyihasini boshladi", True),
    ("r39f-uz-youth-both-sides-2", "Samarqandda oʻzbek va xitoylik yoshlar uchrashuvi boʻldi", True),
    ("r39f-uz-youth-team-neg", "Oʻzbekistonning yoshlar futbol jamoasi Xitoyga yigʻinga jo‘nadi", False),
    ("r39f-uz-youth-other-partner-neg", "Oʻzbekiston va Koreya yoshlari forumi oʻtkazildi", False),
    ("r39f-uzc-youth-both-sides-1", "Ўзбекистон ва Хитой ёшлари учрашуви бўлиб ўтди", True),
    ("r39f-uzc-youth-both-sides-2", "Хитой ва Ўзбекистон ёшлари ҳамкорлиги кенгаймоқда", True),
    ("r39f-uzc-youth-team-neg", "Ўзбекистон ёшлар терма жамоаси Хитойга ютқазди", False),
    ("r39f-tg-youth-both-sides-1", "Ҷавонони тоҷик ва чинӣ дар Хуҷанд вохӯрданд", True),
    ("r39f-tg-youth-both-sides-2", "Чин барои ҷавонони Тоҷикистон лагери тобистона ташкил кард", True),
    ("r39f-tg-youth-team-neg", "Мунтахаби ҷавонони Тоҷикистон Чинро шикаст дод", False),
    ("r39f-tg-youth-other-partner-neg", "Ҷавонони Тоҷикистон ва Русия дар форум ширкат карданд", False),
    ("r39f-tk-youth-both-sides-1", "Türkmen we hytaý ýaşlary hyzmatdaşlygy ösdürýär", True),
    ("r39f-tk-youth-both-sides-2", "Aşgabatda türkmen hem-de hytaý ýaşlarynyň duşuşygy boldy", True),
    ("r39f-tk-youth-team-neg", "Ýaşlar ýygyndymyz Türkmenistan adyndan Hytaýda bürünç medal aldy", False),
    ("r39f-tk-youth-other-partner-neg", "Türkmenistanyň we Russiýanyň ýaşlary duşuşdy", False),
    ("r39f-kk-youth-one-side-neg", "Қытайда жастар арасында жұмыссыздық өсті", False),
    ("r39f-uz-youth-one-side-neg", "Xitoyda yoshlar ishsizligi oshdi", False),
    ("r39f-zh-youth-china-only-neg", "中国青年就业形势总体稳定", False),
    ("r39f-zh-youth-one-side-neg", "哈萨克斯坦青年失业率上升", False),
    ("r39f-ky-youth-one-side-neg", "Кытайда жаштар арасында жумушсуздук өстү", False),
    ("r39f-en-youth-one-side-neg", "Youth unemployment in China hits new high", False),
]
