"""Round-79 probes, the HELD-OUT blind set (issue 12): written with the development set, before the rules were
run on either, and measured ONCE after the fixes (nothing was fixed from it; its errors are pinned in
test_round79.HELD_WRONG). Families and labels as probes_r79_dev: a Chinese province or city in a Central Asian
language's spelling as the Chinese side, Central Asian students in China and joint studies are relevant; China
with another region on a Central Asian outlet, China's own education news and China's own science with Central
Asia only as a source are hard negatives.

Per language 2 relevant items and 1 hard negative (27). Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R79_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r79h-en-ningxia-turkmen-wheat-rel", "https://turkmenportal.com/en/blog/79201",
     "Ningxia researchers to help Turkmen farmers test drought-tolerant wheat", None, True),
    ("r79h-en-tien-shan-dust-deposits-rel", "https://www.inform.kz/en/79202",
     "Kazakh and Chinese glaciologists publish joint study on Tien Shan dust deposits", None, True),
    ("r79h-en-history-textbooks-neg", "https://kun.uz/en/news/2026/12/08/79203",
     "China releases new national history textbooks for secondary schools", None, False),
    # ------------------------------------------------------------------ Russian
    ("r79h-ru-gansu-karakum-storms-rel", "https://turkmenportal.com/ru/blog/79204",
     "Учёные Ганьсу и Туркменистана изучат пыльные бури в Каракумах", None, True),
    ("r79h-ru-sichuan-grants-rel", "https://24.kg/obschestvo/79205/",
     "Кыргызские абитуриенты получили гранты на учёбу в вузах Сычуани", None, True),
    ("r79h-ru-tulip-wild-species-neg", "https://kaktus.media/doc/79206.html",
     "Китайские биологи вывели новый сорт тюльпана из дикорастущего вида Средней Азии", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r79h-zh-kg-dust-storms-joint-rel", "http://www.xinhuanet.com/world/2026-12/08/c_79207.htm",
     "中国科学家与吉尔吉斯斯坦同行联合研究中亚沙尘暴", None, True),
    ("r79h-zh-gansu-tj-vets-rel", "https://www.chinanews.com.cn/gj/2026/12-08/79208.shtml",
     "甘肃农业大学为塔吉克斯坦培训兽医人才", None, True),
    ("r79h-zh-dust-air-quality-neg", "https://www.inform.kz/cn/79209",
     "中国科学家发现源自中亚的沙尘影响华北空气质量", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r79h-kk-gansu-mangystau-dust-rel", "https://www.inform.kz/kz/79210",
     "Ганьсу мен Маңғыстау ғалымдары шаңды дауылдарды бірлесіп зерттейді", None, True),
    ("r79h-kk-students-enrolled-rel", "https://kaz.tengrinews.kz/79211/",
     "Қытай университеттеріне түскен қазақстандық студенттер саны артты", None, True),
    ("r79h-kk-wild-apple-genome-neg", "https://kaz.nur.kz/79212/",
     "Қытай ботаниктері Орталық Азиядан шыққан жабайы алманың геномын ашты", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r79h-ky-shaanxi-osh-lab-rel", "https://kabar.kg/kg/news/79213/",
     "Шэньси жана Ош университеттери биргелешкен лаборатория ачты", None, True),
    ("r79h-ky-tien-shan-dust-joint-rel", "https://24.kg/kyrgyzcha/79214/",
     "Кыргыз жана кытай окумуштуулары Тянь-Шандагы чаң бороондорун бирге изилдейт", None, True),
    ("r79h-ky-eu-climate-programme-neg", "https://24.kg/kyrgyzcha/79215/",
     "Кытай менен Европа биримдиги климат боюнча биргелешкен изилдөө программасын баштады", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r79h-uz-shinjon-fergana-cotton-pests-rel", "https://kun.uz/news/2026/12/08/79216",
     "Shinjon va Farg‘ona olimlari paxta zararkunandalariga qarshi birgalikda tadqiqot o‘tkazadi", None, True),
    ("r79h-uz-aral-dust-sources-rel", "https://www.gazeta.uz/oz/2026/12/08/79217/",
     "O‘zbek va xitoylik geologlar Orolbo‘yidagi chang manbalarini birga o‘rganadi", None, True),
    ("r79h-uz-africa-agri-centre-neg", "https://kun.uz/news/2026/12/08/79218",
     "Pekin Afrika mamlakatlari bilan qishloq xo‘jaligi tadqiqot markazini ochdi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r79h-uzc-shaanxi-surkhandarya-wheat-rel", "https://uza.uz/uz/posts/79219",
     "Шэнси олимлари Сурхондарёда қурғоқчиликка чидамли буғдой навларини синовдан ўтказади", None, True),
    ("r79h-uzc-youth-admitted-rel", "https://xs.uz/uz/post/79220",
     "Хитой грантлари асосида 300 нафар ўзбек ёшлари Хитой олийгоҳларига қабул қилинди", None, True),
    ("r79h-uzc-wild-apple-neg", "https://uza.uz/uz/posts/79221",
     "Хитойлик олимлар Марказий Осиёдан келиб чиққан ёввойи олма турини ўрганди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r79h-tg-gansu-dust-storms-rel", "https://khovar.tj/2026/12/79222/",
     "Олимони Гансу ва Тоҷикистон тӯфонҳои чангро якҷоя меомӯзанд", None, True),
    ("r79h-tg-sichuan-grants-rel", "https://asiaplustj.info/tj/news/79223",
     "Сичуан ба донишҷӯёни тоҷик 50 грант ҷудо кард", None, True),
    ("r79h-tg-new-textbooks-neg", "https://khovar.tj/2026/12/79224/",
     "Дар Чин китобҳои дарсии нав барои мактабҳои миёна тасдиқ шуданд", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r79h-tk-shaanxi-desert-tech-rel", "https://tdh.gov.tm/tk/post/79225",
     "Şensiniň alymlary türkmen hünärmenlerine çölleşmä garşy tehnologiýalary öwretdi", None, True),
    ("r79h-tk-gansu-lebap-sand-rel", "https://tdh.gov.tm/tk/post/79226",
     "Gansu we Lebap alymlary çäge tupanlarynyň ýoluny bilelikde kartalaşdyrýar", None, True),
    ("r79h-tk-africa-agri-science-neg", "https://turkmenportal.com/tm/blog/79227",
     "Hytaý Afrika ýurtlary bilen oba hojalyk ylmy boýunça hyzmatdaşlyk maksatnamasyny başlady", None, False),
]
