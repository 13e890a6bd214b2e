"""Round-51 held-out probes (issue 12): written with ``probes_r51_dev`` before the rules were run on
either, committed with it, and measured once after the round's fixes were done; nothing was fixed
from it (docs/classifier.md, "Round 51 of issue 12"). The same families in other situations: 2
relevant items and 1 look-alike or hard negative in each of en, ru, zh, kk, ky, uz (Latin), uzc
(Uzbek Cyrillic), tg and tk. Headlines only, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R51_HELD: list[tuple[str, str, bool]] = [
    ("r51h-en-huaxi-uzbek-residents", "Uzbek medical residents begin fellowships at Huaxi Hospital", True),
    ("r51h-en-magtymguly-linguistics", "Magtymguly State University hosts Chinese professors for linguistics seminar", True),
    ("r51h-en-talas-turkey-twin-neg", "Talas municipality in Turkey twins with Chinese city for tourism", False),
    ("r51h-ru-jalalabad-masters", "Джалал-Абадский государственный университет и китайский вуз откроют совместную магистратуру", True),
    ("r51h-ru-oil-gas-uni-practice", "Международный университет нефти и газа имени Ягшигелди Какаева направит студентов на практику в Китай", True),
    ("r51h-ru-dateline-reactor-neg", "БИШКЕК: в Китае испытали новый термоядерный реактор", False),
    ("r51h-zh-huaxi-tajik-trainees", "塔吉克斯坦进修医生结业 华西医院培训第三批学员", True),
    ("r51h-zh-magtymguly-visit", "马赫图姆库利国立大学师生来我校访问交流", True),
    ("r51h-zh-huaxi-heart-neg", "华西医院发布新一代人工心脏研究成果", False),
    ("r51h-kk-karabalta-interns", "Қара-Балтадағы колледж студенттері Қытайда тағылымдамадан өтті", True),
    ("r51h-kk-oguzhan-agreement", "Оғыз хан атындағы инженерлік-технологиялық университет Қытай университетімен келісім жасады", True),
    ("r51h-kk-dispute-probe-neg", "Қытайлық зонд туралы ғалымдар арасында талас өрбіді", False),
    ("r51h-ky-kara-suu-grants", "Кара-Суудагы лицейдин окуучулары Кытайдын университеттерине грант утуп алышты", True),
    ("r51h-ky-ak-suu-geologists", "Ак-Суу районунда кытайлык геологдор менен биргелешкен изилдөө башталды", True),
    ("r51h-ky-tash-komur-mine-neg", "Таш-Көмүрдөгү көмүр кенин кытайлык компания иштетет", False),
    ("r51h-uz-jalolobod-students", "Jalol-Obodlik tibbiyot talabalari Xitoy klinikalarida yozgi amaliyotga jo'nadi", True),
    ("r51h-uz-colon-conference", "Xitoylik robototexnika mutaxassislari «Buxoro: raqamli ta'lim» konferensiyasida ma'ruza qildi", True),
    ("r51h-uz-dateline-helium-neg", "Samarqand: Xitoy yangi geliy-3 tadqiqot dasturini boshladi", False),
    ("r51h-uzc-colon-seminar", "Хитой ва Ўзбекистон агрономлари «Фарғона: пахта илми» семинарида тажриба алмашди", True),
    ("r51h-uzc-oguzhan-contract", "Ўғузхон номидаги муҳандислик университети Хитой университети билан шартнома имзолади", True),
    ("r51h-uzc-qorasuv-border-neg", "Қорасув чегара пунктида хитой юклари навбатда турибди", False),
    ("r51h-tg-vahdat-greenhouse", "Дар шаҳри Ваҳдат мутахассисони чинӣ ба деҳқонон технологияи гармхонаро омӯзонданд", True),
    ("r51h-tg-huaxi-trains-doctors", "Беморхонаи Хуаси 20 табиби тоҷикро таълим медиҳад", True),
    ("r51h-tg-unity-delegation-neg", "Ҳайати чинӣ дар ҷашни Ваҳдати миллӣ иштирок кард", False),
    ("r51h-tk-telecom-institute-huawei", "Telekommunikasiýalar we informatika institutynyň talyplary Huawei bilen okuw geçdi", True),
    ("r51h-tk-medical-uni-huaxi", "Döwlet lukmançylyk uniwersitetiniň lukmanlary Huasi hassahanasynda tejribe artdyrdylar", True),
    ("r51h-tk-dateline-train-neg", "Aşgabat: Hytaýda täze tizlikli otly synag edildi", False),
]
