"""Round-66 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 66 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: a Central
Asian student's own story in which the Central Asian side is named only by the person (a distinctly Central
Asian given name), by Naryn in English, by Talas after a Russian preposition, by At-Bashy, or by the rubric
"из KG", with study in China (relevant); and look-alikes: the same names beside Xinjiang or another partner
(Turkey, Russia, Korea), a name with no study, a Kyrgyz "Таластык" story without study (irrelevant).
Headlines, no url. Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R66: list[tuple[str, str, bool]] = [
    ("r66-en-naryn-phd-rel", "A biologist from Naryn defends her PhD thesis at Lanzhou University", True),
    ("r66-en-aiperi-stipend-rel", "Aiperi, 22, on winning a Chinese government scholarship for her master's", True),
    ("r66-en-dilnoza-tsinghua-rel", "Dilnoza's journey to a doctorate in engineering at Tsinghua", True),
    ("r66-en-naryn-turkey-neg", "Naryn teenagers win scholarships to Turkish and Chinese universities in Ankara contest", False),
    ("r66-en-aigerim-xinjiang-neg", "Aigerim from Xinjiang's Ili becomes first in her county to enter a Beijing university", False),
    ("r66-ru-iz-talasa-magistr-rel", "Выпускница из Таласа поступила в магистратуру Шанхайского университета", True),
    ("r66-ru-zhyldyz-lab-rel", "Жылдыз, аспирантка Цзилиньского университета, изучает солеустойчивые сорта пшеницы", True),
    ("r66-ru-at-bashi-student-rel", "Студент из Ат-Башы учится в китайском вузе по программе обмена", True),
    ("r66-ru-iz-kg-aspirant-rel", "Из KG в Пекин: как стать аспирантом китайского университета", True),
    ("r66-ru-farhod-moskva-neg", "Фарход поступил в Московский университет, а его брат уехал в Китай на заработки", False),
    ("r66-ru-aigerim-sinzyan-neg", "Айгерим из Синьцзяна поступила в Пекинский университет", False),
    ("r66-ru-dilnoza-restoran-neg", "Дильноза открыла в Китае ресторан национальной кухни", False),
    ("r66-ky-talastyk-bazar-neg", "Таластык соодагерлер Кытайдан кийим алып келишет", False),
]
