"""Round-64 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 64 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: in each
language one side implied by a framework only it has (the Belt and Road or the Silk Road Economic Belt in
the Central Asian languages, the Chinese Bridge's republican stage, Xinjiang's international cooperation,
the bare CAS or a CAS institute's acronym) with a science or education subject (relevant), and a
look-alike: the same framework with freight, loans or pipelines, the Court of Arbitration for Sport, a
republican olympiad, Xinjiang's own research or Xinjiang with Pakistan (irrelevant). Headlines, no url.
Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R64: list[tuple[str, str, bool]] = [
    ("r64-en-cas-kyrgyz-glacier-rel", "CAS opens glacier monitoring station with Kyrgyz academy near Issyk-Kul", True),
    ("r64-en-radi-tajik-rel", "RADI remote sensing experts train Tajik hydrologists", True),
    ("r64-en-cas-doping-neg", "CAS upholds doping ban on Tajik wrestler", False),
    ("r64-en-republican-olympiad-neg", "Republican olympiad in physics names winners", False),
    ("r64-ru-respublikanskiy-etap-rel", "Школьники из 12 областей вышли в республиканский этап «Моста китайского языка»", True),
    ("r64-ru-poyas-gruzy-neg", "«Один пояс, один путь»: через Казахстан прошло больше контейнеров", False),
    ("r64-zh-xinjiang-jidi-rel", "克拉玛依获批国际科技合作基地 重点开展油气田环境研究", True),
    ("r64-zh-yinzhi-rel", "伊犁州实施引智项目 邀请国外专家指导果树栽培", True),
    ("r64-zh-xinjiang-domestic-neg", "新疆召开自治区科技创新大会 表彰优秀科研团队", False),
    ("r64-zh-xinjiang-bajisitan-neg", "新疆与巴基斯坦开展国际医疗合作 巴方医生来喀什进修", False),
    ("r64-kk-beldeu-zertkhana-rel", "«Бір белдеу, бір жол» аясында Қарағанды университетінде цифрлық зертхана ашылды", True),
    ("r64-kk-beldeu-nesie-neg", "«Бір белдеу, бір жол»: Қазақстан жол салуға жаңа несие алады", False),
    ("r64-ky-alkak-okuu-borboru-rel", "«Бир алкак, бир жол» демилгеси менен Талас шаарында окуу борбору ачылды", True),
    ("r64-ky-alkak-zhuk-neg", "«Бир алкак, бир жол» долбоорлору үчүн Кыргызстан кошумча насыя сурады", False),
    ("r64-uz-kamar-universitet-rel", "Ipak yo‘li iqtisodiy kamari: Buxoro universitetida qo‘shma laboratoriya ishga tushdi", True),
    ("r64-uz-makon-avtoyol-neg", "“Bir makon, bir yo‘l”: Xorazmda yangi avtomobil yo‘li qurildi", False),
    ("r64-uzc-kamar-ilmiy-markaz-rel", "«Бир макон, бир йўл»: Қарши давлат университетида илмий марказ иш бошлади", True),
    ("r64-uzc-makon-quvur-neg", "«Бир макон, бир йўл» лойиҳаси: Бухорода газ қувури таъмирланди", False),
    ("r64-tg-kamarband-donishgoh-rel", "Дар Донишгоҳи Хоруғ бо дастгирии «Як камарбанд, як роҳ» маркази технологӣ кушода шуд", True),
    ("r64-tg-kamarband-qarz-neg", "«Як камарбанд, як роҳ»: Тоҷикистон барои роҳсозӣ қарзи нав мегирад", False),
    ("r64-tk-gusak-institut-rel", "«Bir guşak, bir ýol» çäginde Halkara nebit we gaz uniwersitetinde okuw merkezi açyldy", True),
    ("r64-tk-gusak-turba-neg", "«Bir guşak, bir ýol» maýa goýumlary: Mary welaýatynda sement zawody işe girizildi", False),
]
