"""Round-45 family probes (docs/classifier.md, "Round 45 of issue 12"): new headlines with ledes,
written after the round's fixes, neither the dev nor the held-out set's: China's own science under a
Central Asian dateline or agency credit; Central Asia's science with another partner's institutions
or cities (Moscow, St Petersburg, Seoul, Tokyo, Istanbul, Fraunhofer, Erasmus+), China in passing,
and China's science with Africa or ASEAN, the region and a country named in passing; a summit or
ministers' document listing many fields. The look-alikes use the same shapes in real cooperation (a
dateline over a joint lab, a summit that sets up a joint centre, a Russian partner named beside a
China–Central Asia project). Each row: (id, title, summary, relevant)."""

from __future__ import annotations

PROBES_R45: list[tuple[str, str, str, bool]] = [
    # China's own science under a Central Asian dateline or credit
    ("r45-en-ashgabat-genome-neg", "ASHGABAT: Chinese botanists publish tea plant genome",
     "ASHGABAT, Turkmenistan (AFP) — Botanists of the Chinese Academy of Agricultural Sciences published a "
     "complete genome of the tea plant, which they say will speed up breeding of frost-hardy varieties in "
     "Zhejiang and Fujian.", False),
    ("r45-ru-bishkek-supercomputer-neg", "Бишкек: в Китае запустили новый экзафлопсный компьютер",
     "Бишкек. Кабар – Национальный суперкомпьютерный центр в Уси ввёл в строй новый компьютер "
     "производительностью более одного экзафлопса, сообщили китайские СМИ. Машину будут использовать "
     "для прогнозов погоды и расчётов материалов.", False),
    ("r45-zh-dushanbe-ice-core-neg", "杜尚别电：中国科考队在青藏高原钻取最长冰芯",
     "新华社杜尚别电 中国科学院青藏高原研究所科考队近日在古里雅冰帽钻取了长达320米的冰芯，"
     "将用于研究过去数万年的气候变化。塔吉克斯坦媒体转发了相关报道。", False),
    ("r45-kk-astana-dateline-joint-rel", "Астана: ЕҰУ мен Пекин университеті тіл зертханасын бірге ашты",
     "Астана. Kazinform – Л.Н. Гумилев атындағы Еуразия ұлттық университеті мен Пекин университеті "
     "қытай тілін оқытуға арналған бірлескен зертхана ашты. Екі елдің оқытушылары оқулықтарды бірге "
     "жазады.", True),
    # another partner's institutions and cities, China in passing; China with Africa, Central Asia in passing
    ("r45-ky-moscow-medicine-neg", "Москванын медицина университети Ошто клиникалык ординатура ачат",
     "Москванын Сеченов атындагы медицина университети Ош мамлекеттик университети менен бирге "
     "клиникалык ординатура ачат. Кытай медициналык жабдуулардын жеткирүүчүсү катары гана аталды.", False),
    ("r45-uz-istanbul-architecture-neg", "Istanbul texnika universiteti Buxoroda arxitektura maktabini ochadi",
     "Istanbul texnika universiteti Buxoro muhandislik-texnologiya instituti bilan tarixiy binolarni "
     "ta’mirlash bo‘yicha yozgi arxitektura maktabini ochadi. Xitoy tajribasi haqida faqat bir ma’ruza "
     "bo‘ladi, xitoylik hamkor yo‘q.", False),
    ("r45-tg-seoul-engineers-neg", "Донишгоҳи миллии Сеул муҳандисони тоҷикро омода мекунад",
     "Донишгоҳи миллии Сеул бо Донишгоҳи техникии Тоҷикистон барномаи омодасозии муҳандисони "
     "энергетикаро оғоз кард. Чин танҳо ҳамчун сохтмончии нерӯгоҳҳо дар минтақа ёдовар шуд.", False),
    ("r45-uzc-africa-irrigation-neg", "Хитой Африкада томчилатиб суғориш бўйича 12 та тажриба майдони очди",
     "Хитой қишлоқ хўжалиги фанлари академияси Африканинг 12 мамлакатида томчилатиб суғориш тажриба "
     "майдонларини очди. Академия вакили Марказий Осиё ва Ўзбекистонда ҳам шундай тажриба борлигини "
     "айтди, аммо лойиҳа фақат Африка учун.", False),
    ("r45-tk-russian-partner-joint-rel", "Türkmen we hytaý alymlary Amyderýanyň suwuny bilelikde öwrenerler",
     "Türkmenistanyň Ylymlar akademiýasy we Hytaýyň Ylymlar akademiýasynyň Sinszýan ekologiýa instituty "
     "Amyderýanyň suwuny bilelikde öwrenmek barada ylalaşdylar. Moskwanyň bir instituty hem maglumat "
     "bilen paýlaşar.", True),
    # a summit or ministers' document listing many fields
    ("r45-ru-ca-china-premiers-neg", "Премьеры Центральной Азии и Китая одобрили совместное заявление",
     "Главы правительств Китая, Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана "
     "одобрили совместное заявление о сотрудничестве в сфере безопасности, таможни, железных дорог, "
     "энергетики, науки, образования и туризма.", False),
    ("r45-kk-sco-fm-neg", "ШЫҰ сыртқы істер министрлері коммюникеге қол қойды",
     "Шанхай ынтымақтастық ұйымының сыртқы істер министрлері, соның ішінде Қытай мен Қазақстан, "
     "қауіпсіздік, сауда, энергетика, көлік, ғылым және білім салаларындағы ынтымақтастықты қамтитын "
     "коммюникеге қол қойды.", False),
    ("r45-tg-summit-joint-centre-rel", "Дар нишасти сарон Тоҷикистон ва Чин маркази муштараки илмӣ таъсис доданд",
     "Дар доираи нишасти сарони Осиёи Марказӣ ва Чин Академияи миллии илмҳои Тоҷикистон ва Академияи "
     "илмҳои Чин маркази муштараки омӯзиши пиряхҳоро таъсис доданд, ки дар он олимони ҳарду кишвар кор "
     "мекунанд.", True),
]
