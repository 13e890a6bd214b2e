"""Round-68 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 68 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: a Chinese
technology company's education programme with a Central Asian side - an internship, students or trainees,
an ICT Academy, the ICT Competition, Seeds for the Future, a course or a training centre (relevant); and
look-alikes: the same companies' phones, networks, plants and contracts in Central Asia, their programmes
elsewhere, other firms' programmes in Central Asia, and Uzbek "yil" (year) beside a Chinese company
(irrelevant). Headlines, no url. Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R68: list[tuple[str, str, bool]] = [
    ("r68-en-zte-interns-rel", "Uzbek engineering graduates join ZTE internship programme", True),
    ("r68-en-alibaba-course-rel", "Alibaba Cloud certifies Kyrgyz students after a cloud computing course", True),
    ("r68-en-ict-competition-rel", "Turkmen students reach Huawei ICT Competition finals", True),
    ("r68-en-huawei-kenya-neg", "Huawei ICT Academy students in Kenya get new cloud lab", False),
    ("r68-en-huawei-plant-neg", "Huawei signs contract to modernise Kazakhtelecom's backbone network", False),
    ("r68-ru-internship-rel", "Десять выпускников из Оша приняты на летнюю практику в офис Huawei", True),
    ("r68-ru-zte-course-rel", "ZTE провела курсы для преподавателей вузов Таджикистана", True),
    ("r68-ru-huawei-shop-neg", "Huawei открыл в Бишкеке магазин смартфонов", False),
    ("r68-zh-zte-training-rel", "中兴通讯为哈萨克斯坦大学生开设通信技术培训班", True),
    ("r68-zh-huawei-5g-neg", "华为助力塔吉克斯坦建设5G网络", False),
    ("r68-ky-seeds-rel", "«Келечек үчүн үрөндөр» программасынын катышуучулары Кытайдан кайтышты", True),
    ("r68-tk-seeds-rel", "«Geljegiň tohumlary» maksatnamasyna gatnaşan türkmen talyplary Hytaýdan gaýtdy", True),
    ("r68-tg-seeds-rel", "Ғолибони «Тухмиҳо барои оянда» ба Чин мераванд", True),
    ("r68-uz-year-neg", "Huawei 2026 yili O‘zbekistonda ikki yangi do‘kon ochdi", False),
]
