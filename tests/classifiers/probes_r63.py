"""Round-63 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 63 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: a headline
naming one side and built as only the other side writes it (an institution qualified by its own country, an
act signed, concluded or held with a partner with the subject elided, the other country's scholarships named
by its adjective in Russian), relevant; look-alikes: the same constructions by a third country or with a
company, a Chinese grant that pays for roads, bridges, water or buses (irrelevant). Headlines, no url. Each
row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R63: list[tuple[str, str, bool]] = [
    ("r63-en-dalian-tech-china-rel", "Cooperation agreement concluded with Dalian University of Technology, China", True),
    ("r63-en-sichuan-prc-rel", "Joint research seminar held with Sichuan University of the PRC", True),
    ("r63-en-shandong-bracket-rel", "Double-degree agreement concluded with Shandong University (China)", True),
    ("r63-en-samarkand-of-uzbekistan-rel", "Party Secretary Zhou Hong meets with Rector of Samarkand State University of Uzbekistan", True),
    ("r63-en-company-bracket-neg", "Supply contract signed with XCMG (China) for 40 excavators", False),
    ("r63-en-korea-our-university-neg", "Memorandum on student mobility signed with Inha University (Korea) and Peking University", False),
    ("r63-ru-tsinghua-knr-rel", "Подписано соглашение о совместной магистратуре с Университетом Цинхуа (КНР)", True),
    ("r63-ru-stipendii-rel", "Выпускникам колледжей расскажут о китайских стипендиях для бакалавриата", True),
    ("r63-ru-kompaniya-knr-neg", "С корпорацией CRBC (КНР) заключён договор на строительство моста", False),
    ("r63-ru-russia-stipendii-neg", "Россия и Китай увеличат число стипендий для студентов двух стран", False),
    ("r63-kk-grant-kopir-neg", "Қытай гранты есебінен Түркістанда жаяу жүргіншілер көпірі салынды", False),
    ("r63-ky-grant-suu-neg", "Кытайдын грантына Нарында ичүүчү суу түтүгү тартылды", False),
    ("r63-uz-grant-kopriq-neg", "Xitoy granti hisobiga Namanganda ko‘prik qurildi", False),
    ("r63-uz-grant-oqish-rel", "Magistraturada Xitoy granti asosida tahsil olish uchun arizalar qabul qilinadi", True),
    ("r63-uzc-grant-bekat-neg", "Хитой гранти ҳисобига шаҳарда бекатлар таъмирланди", False),
    ("r63-tg-grant-roh-neg", "Бо гранти Чин роҳи Данғара таъмир шуд", False),
    ("r63-tk-grant-agyz-suw-neg", "Hytaýyň granty esasynda obada agyz suw ulgamy guruldy", False),
    ("r63-uz-universitetimiz-latin-rel", "Universitetimiz va Shanxay universiteti hamkorlikda magistratura dasturini boshladi", True),
]
