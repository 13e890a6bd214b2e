"""Round-55 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 55 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in
each language a hydrometeorological service's, a botanical garden's or an ancient-artefacts exhibition's
cooperation (relevant) and a look-alike that is a weather forecast, a flower show or an art exhibition
(irrelevant). Headlines, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R55: list[tuple[str, str, bool]] = [
    ("r55-en-avalanche-model-rel", "Kazhydromet and Chinese glaciologists test an avalanche early-warning model in the Tien Shan", True),
    ("r55-en-snowfall-neg", "Heavy snowfall from Xinjiang closes mountain passes in eastern Kyrgyzstan", False),
    ("r55-en-arboretum-rel", "Chinese botanists help restore the Tashkent arboretum's collection of rare conifers", True),
    ("r55-ru-gidrometsluzhba-rel", "Гидрометслужба Таджикистана и китайские метеорологи начали совместный мониторинг ледников Памира", True),
    ("r55-ru-zamorozki-neg", "Синоптики Казахстана: китайский антициклон принесет сильные морозы", False),
    ("r55-zh-qixiangju-peixun-rel", "新疆气象局为吉尔吉斯斯坦培养气象专家", True),
    ("r55-zh-huazhan-neg", "塔什干郁金香节上展出中国新培育的花卉品种", False),
    ("r55-kk-gerbariy-rel", "Қытай ботаниктері Қазақстанның гербарий қорын бірге зерделейді", True),
    ("r55-kk-suret-neg", "Алматыда қытай фотосуретшілерінің сурет көрмесі өтті", False),
    ("r55-ky-arheolog-rel", "Кытай жана кыргыз археологдору Суябдын байыркы буюмдарынын көргөзмөсүн уюштурду", True),
    ("r55-ky-kar-neg", "Кытайдан келген циклон Чүйгө кар жаадырат", False),
    ("r55-uz-gerbariy-rel", "O‘zbekiston va Xitoy botaniklari gerbariy namunalarini raqamlashtiradi", True),
    ("r55-uz-jala-neg", "Sinoptiklar Xitoydan kelayotgan do‘l va jaladan ogohlantirdi", False),
    ("r55-uzc-topilma-rel", "Хитой ва Ўзбекистон археологлари топилмалари Тошкентда намойиш этилмоқда", True),
    ("r55-uzc-xattot-neg", "Хитой рассомлари ва хаттотлари асарлари кўргазмаси Термизда", False),
    ("r55-tg-hydromet-rel", "Тоҷикгидромет бо Чин истгоҳҳои автоматии обу ҳаво насб мекунад", True),
    ("r55-tg-sard-neg", "Обу ҳавои сард аз Чин ба Душанбе мерасад", False),
    ("r55-tk-tohum-rel", "Türkmen we hytaý alymlary ýabany ösümlikleriň tohum bankyny döredýär", True),
    ("r55-tk-gar-neg", "Hytaýdan gelýän sowuk howa Daşoguza gar getirer", False),
]
