"""Round-29 family probes (issue 12), written after the round's blind real set
(``classifiers/eval/holdout20.jsonl``, 92 items of the search tool's pages corpus, 70 of them hard
negatives) was committed and measured once with the round-28 rules (2026.12.31), and after the
vocabulary was read (docs/classifier.md, "Round 29 of issue 12"). Each family of its false positives
is written both ways, in every language the family has:

* "returned" and "brought" are no visit (Kyrgyz "кайтып келди", "алып келишти"; Kazakh "қайтып
  келді", "алып келді"): China's own space news in a Central Asian language, beside a Chinese
  delegation that came to Bishkek or Chinese scientists who came to KazNU;
* the representatives of various countries at an event are its audience, not a partner's envoys
  (Tajik "намояндагони давлатҳои гуногун", Kazakh "түрлі елдердің өкілдері", Kyrgyz, Uzbek and
  Turkmen alike), beside a Chinese university's representatives who met Central Asian scientists;
* Kazinform's dateline ("ASTANA. Kazinform —") names no side of the story, beside Kazinform items
  that name Kazakhstan in their words;
* Kazakh traditional medicine named beside China is the ethnic medicine of Xinjiang's Kazakhs
  ("қазақ медицинасы", "казахская народная медицина", 哈萨克医药), beside scientists of
  Kazakhstan and China who study it together.

Each row: (id, headline, relevant). None is a labelled item's title or an earlier probe's
(``test_round29.py`` checks it, exactly and by word overlap).
"""

from __future__ import annotations

PROBES_R29_FAMILIES: list[tuple[str, str, bool]] = [
    # "returned" and "brought" are no visit
    (
        "r29-ky-crew-returned-to-earth",
        "Кытайдын «Шэньчжоу» экипажы орбитадан Жерге кайтып келди",
        False,
    ),
    (
        "r29-ky-samples-brought-from-moon",
        "Кытайлык изилдөөчүлөр Айдан үлгүлөрдү алып келишти",
        False,
    ),
    (
        "r29-kk-taikonauts-returned",
        "Қытай ғарышкерлері орбитадан Жерге қайтып келді",
        False,
    ),
    (
        "r29-kk-probe-brought-moon-soil",
        "Қытай зонды Айдан топырақ алып келді",
        False,
    ),
    (
        "r29-ky-university-delegation-came",
        "Кытай университетинин делегациясы Бишкекке келди",
        True,
    ),
    (
        "r29-kk-scientists-came-to-kaznu",
        "Қытай ғалымдары ҚазҰУ-ға келді",
        True,
    ),
    # the representatives of various countries
    (
        "r29-tg-forum-various-states",
        "Дар конфронси илмии Чин намояндагони давлатҳои гуногун ширкат карданд",
        False,
    ),
    (
        "r29-kk-expo-various-countries",
        "Қытайдағы технология көрмесіне түрлі елдердің өкілдері қатысты",
        False,
    ),
    (
        "r29-uz-forum-various-states",
        "Xitoydagi ilmiy forumda turli davlatlar vakillari ishtirok etdi",
        False,
    ),
    (
        "r29-tk-conference-various-countries",
        "Hytaýdaky ylmy maslahata dürli ýurtlaryň wekilleri gatnaşdy",
        False,
    ),
    (
        "r29-ky-forum-various-countries",
        "Кытайдагы илимий форумга ар түрдүү өлкөлөрдүн өкүлдөрү катышты",
        False,
    ),
    (
        "r29-tg-lanzhou-representatives-met",
        "Намояндагони Донишгоҳи Ланҷоуи Чин бо олимони Тоҷикистон вохӯрданд",
        True,
    ),
    (
        "r29-kk-lanzhou-representatives-visit",
        "Ланчжоу университетінің өкілдері ҚазҰУ-да болды",
        True,
    ),
    # Kazinform's dateline
    (
        "r29-uz-dateline-china-robot-standards",
        "ASTANA. Kazinform — Xitoy robototexnika bo'yicha yangi standartlarni tasdiqladi",
        False,
    ),
    (
        "r29-ru-dateline-china-telescope",
        "АСТАНА. KAZINFORM — В Китае заработал крупнейший радиотелескоп",
        False,
    ),
    (
        "r29-en-dateline-beijing-quantum-centre",
        "ASTANA. KAZINFORM - Beijing unveils a quantum computing centre",
        False,
    ),
    (
        "r29-en-dateline-joint-lab",
        "ASTANA. KAZINFORM - Kazakh and Chinese scientists open a joint laboratory",
        True,
    ),
    (
        "r29-ru-dateline-grants",
        "АСТАНА. KAZINFORM — Казахстанские студенты получат гранты на учебу в Китае",
        True,
    ),
    # Kazakh traditional medicine beside China
    (
        "r29-kk-kazakh-medicine-institute-in-china",
        "Қытайда қазақ медицинасы зерттеу институты ашылды",
        False,
    ),
    (
        "r29-ru-china-recognises-kazakh-medicine",
        "Китай признал казахскую традиционную медицину",
        False,
    ),
    (
        "r29-en-kazakh-medicine-thrives-in-china",
        "Kazakh traditional medicine thrives in China",
        False,
    ),
    (
        "r29-zh-xinjiang-kazakh-medicine",
        "新疆哈萨克医药研究取得新进展",
        False,
    ),
    (
        "r29-kk-almaty-urumqi-kazakh-medicine-project",
        "Алматы және Үрімжі ғалымдарының қазақ медицинасы бойынша ортақ ғылыми жобасы басталды",
        True,
    ),
    (
        "r29-ru-kz-cn-scientists-kazakh-medicine",
        "Ученые Казахстана и Китая вместе изучают казахскую народную медицину",
        True,
    ),
    (
        "r29-en-kz-cn-traditional-medicine-research",
        "Kazakhstan and China to jointly research traditional medicine",
        True,
    ),
]
