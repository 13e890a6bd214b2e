"""Round-57 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 57 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language a story about something else that names both sides and a science or education word (journalists
or bloggers, a media forum, a youth forum, a clinic and its patients, farming potential praised, housing
and farming projects) and a look-alike that is science or education cooperation (journalism students,
joint clinical or farming research, doctors' training, a joint lab). Headlines, no url. Each row: (id,
headline, relevant).
"""

from __future__ import annotations

PROBES_R57: list[tuple[str, str, bool]] = [
    ("r57-en-envoy-horticulture-neg", "Chinese trade envoy hails Kyrgyzstan's horticulture potential", False),
    ("r57-en-journalism-internships-rel", "Tajik journalism graduates begin internships at Chinese universities", True),
    ("r57-ru-mediaforum-neg", "Журналисты Казахстана и Китая встретились на медиафоруме в Астане", False),
    ("r57-ru-ris-sort-rel", "Китайские агрономы и казахстанские ученые испытали новый сорт риса", True),
    ("r57-zh-zhensuo-neg", "哈萨克斯坦患者赴乌鲁木齐中医诊所就医", False),
    ("r57-zh-qingnian-luntan-neg", "中国—乌兹别克斯坦青年论坛在塔什干举行", False),
    ("r57-zh-linchuang-rel", "中哈医生联合开展临床研究", True),
    ("r57-kk-jurnalister-neg", "Қытай журналистері Қазақстанның өңірлерін аралады", False),
    ("r57-kk-virusolog-rel", "Алматыда қытайлық вирусологтар қазақстандық әріптестерімен құс тұмауын зерттейді", True),
    ("r57-ky-jashtar-forumu-neg", "Ош шаарында кыргыз-кытай жаштар форуму ачылды", False),
    ("r57-ky-klinika-neg", "Кытайлык клиника Ош шаарында бейтаптарды кабыл ала баштады", False),
    ("r57-uz-uy-joy-neg", "Xitoy kompaniyalari O‘zbekistonda uy-joy va qishloq xo‘jaligi loyihalarini amalga oshiradi", False),
    ("r57-uz-tibbiyot-talaba-rel", "Xitoy tibbiyot universiteti o‘zbek talabalarini qabul qildi", True),
    ("r57-uzc-jurnalistlar-neg", "Хитойлик журналистлар Тошкентда матбуот сафарида бўлди", False),
    ("r57-uzc-gyza-seleksiya-rel", "Ўзбек ва хитой олимлари ғўза селекцияси бўйича ҳамкорлик қилмоқда", True),
    ("r57-tg-bogdori-iqtidor-neg", "Вакилони тиҷоратии Чин ба иқтидори боғдории Тоҷикистон баҳои баланд доданд", False),
    ("r57-tg-akupunktura-rel", "Табибони Тоҷикистон дар Пекин усулҳои акупунктураро омӯхтанд", True),
    ("r57-tk-metbugat-sapar-neg", "Hytaýly žurnalistler Türkmenistanyň welaýatlaryna metbugat saparyny amala aşyrdy", False),
    ("r57-tk-bugday-rel", "Türkmen we hytaý alymlary bugdaýyň täze sortuny synagdan geçirdi", True),
]
