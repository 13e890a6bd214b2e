"""Round-55 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 55 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. Families from holdout26's misses: a hydrometeorological service, weather or
climate science, forecasters' training as science cooperation (relevant) beside a weather forecast or a
storm or dust warning (a hard negative); a botanical garden, herbarium, seed bank or plant collection as
research (relevant) beside a flower festival or a shop of seedlings; an exhibition of ancient artefacts,
archaeological finds or a historical figure's life as heritage (relevant) beside a painting or photo
exhibition (a culture event); in Chinese, an international symposium on a science subject naming
Central Asia (relevant) beside a Chinese think-tank's seminar on the region's politics.

Per language 3 look-alikes and 2 negatives (Chinese: one more of each), less five art or photo exhibition
negatives (ru, kk, uz, tg, tk) dropped after the honest measurement because the freshness check
(tables.repeats) found each to share half its words with a round-44 probe; all five were decided right
(not relevant) before and after. Each row: (id, url, headline,
lede or None, relevant).
"""

from __future__ import annotations

PROBES_R55_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r55d-en-hydromet-radar-rel", "https://akipress.com/news:85501/",
     "Kyrgyzhydromet and China Meteorological Administration agree to share weather radar data", None, True),
    ("r55d-en-seed-bank-rel", "https://astanatimes.com/2026/12/seed-bank/",
     "Kazakh and Chinese botanists to build a joint seed bank of wild fruit trees", None, True),
    ("r55d-en-silk-road-finds-rel", "https://uzdaily.com/en/post/85501",
     "Exhibition of Silk Road archaeological finds from Xinjiang opens in Samarkand", None, True),
    ("r55d-en-dust-storm-neg", "https://kursiv.media/en/2026-12-01/85501/",
     "Dust storm from western China expected to reach Almaty on Friday, forecasters warn", None, False),
    ("r55d-en-ink-painting-neg", "https://timesca.com/news/85501/",
     "Chinese ink painting exhibition opens at Dushanbe national museum", None, False),
    # ------------------------------------------------------------------ Russian
    ("r55d-ru-gidromet-ucheba-rel", "https://kazinform.kz/news/85501",
     "Специалисты Казгидромета прошли обучение в Китайском метеорологическом управлении", None, True),
    ("r55d-ru-gerbariy-rel", "https://kaktus.media/doc/85501.html",
     "Кыргызские и китайские ботаники пополнили гербарий редкими растениями Тянь-Шаня", None, True),
    ("r55d-ru-vystavka-artefakty-rel", "https://uztag.info/ru/85501",
     "В Ташкенте открылась выставка древних артефактов из китайских музеев", None, True),
    ("r55d-ru-prognoz-neg", "https://asiaplustj.info/ru/news/85502",
     "Синоптики: холодный воздух из Китая принесет в Душанбе заморозки", None, False),
    # ------------------------------------------------------------------ Chinese
    ("r55d-zh-qixiang-peixun-rel", "https://www.news.cn/2026/85501.htm",
     "中国气象局为哈萨克斯坦气象人员举办天气预报技术培训班", None, True),
    ("r55d-zh-zhizhong-rel", "http://www.chinanews.com/2026/85501.shtml",
     "中国与乌兹别克斯坦共建植物种质资源库", None, True),
    ("r55d-zh-kaogu-zhanlan-rel", "http://world.people.com.cn/n1/2026/85501.html",
     "塔吉克斯坦出土文物展在西安开幕", None, True),
    ("r55d-zh-bingchuan-yantaohui-rel", "https://www.xinhuanet.com/2026/85501.htm",
     "中亚冰川与水资源国际学术研讨会在乌鲁木齐召开", None, True),
    ("r55d-zh-shachen-neg", "https://www.chinadaily.com.cn/a/2026/85501.html",
     "受哈萨克斯坦冷空气影响新疆北部将出现大风沙尘天气", None, False),
    ("r55d-zh-shuhua-neg", "https://www.news.cn/2026/85502.htm",
     "中国书画作品展在比什凯克开幕", None, False),
    ("r55d-zh-zhiku-neg", "http://www.chinanews.com/2026/85502.shtml",
     "中亚地区安全形势研讨会在京举行", None, False),
    # ------------------------------------------------------------------ Kazakh
    ("r55d-kk-kazgidromet-rel", "https://kazinform.kz/kk/85501",
     "Қазгидромет Қытай метеорологтарымен бірге климат өзгерісін зерттейді", None, True),
    ("r55d-kk-botanika-bagy-rel", "https://kazinform.kz/kk/85502",
     "Алматы ботаникалық бағы мен Қытай ғалымдары сирек өсімдіктерді зерттейді", None, True),
    ("r55d-kk-kone-jadigerler-rel", "https://egemen.kz/article/85501",
     "Ұлттық музейде Қытайдан әкелінген көне жәдігерлер көрмесі ашылды", None, True),
    ("r55d-kk-boran-neg", "https://kazinform.kz/kk/85503",
     "Синоптиктер: Қытай жақтан соққан боран Жетісуға жетеді", None, False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r55d-ky-kyrgyzgidromet-rel", "https://kabar.kg/ky/news/85501",
     "Кыргызгидромет Кытай менен биргеликте аба ырайын болжоо технологиясын өздөштүрөт", None, True),
    ("r55d-ky-urugu-banki-rel", "https://akipress.org/ky/news:85501",
     "Кыргыз жана кытай окумуштуулары жапайы жаңгактын урук банкын түзүштү", None, True),
    ("r55d-ky-tarykh-korgazma-rel", "https://kabar.kg/ky/news/85502",
     "Бишкекте Улуу Жибек жолунун археологиялык табылгалары боюнча Кытай менен бирге көргөзмө ачылды", None, True),
    ("r55d-ky-kar-neg", "https://kaktus.media/doc/85502.html",
     "Синоптиктер: Кытайдан келген суук аба Нарынга кар алып келет", None, False),
    ("r55d-ky-suroot-neg", "https://akipress.org/ky/news:85502",
     "Кытай сүрөтчүлөрүнүн көргөзмөсү Ош шаарында ачылды", None, False),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r55d-uz-gidromet-rel", "https://kun.uz/news/2026/85501",
     "O‘zgidromet va Xitoy meteorologiya boshqarmasi iqlim monitoringi bo‘yicha hamkorlik qiladi", None, True),
    ("r55d-uz-botanika-bogi-rel", "https://daryo.uz/2026/85501",
     "Toshkent botanika bog‘i Xitoy olimlari bilan noyob o‘simliklar kolleksiyasini yaratadi", None, True),
    ("r55d-uz-arxeologik-korgazma-rel", "https://kun.uz/news/2026/85502",
     "Samarqandda Xitoy bilan hamkorlikda arxeologik topilmalar ko‘rgazmasi ochildi", None, True),
    ("r55d-uz-ob-havo-neg", "https://daryo.uz/2026/85502",
     "Sinoptiklar: Xitoydan kelayotgan sovuq havo Farg‘ona vodiysiga yetib keladi", None, False),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r55d-uzc-gidromet-rel", "https://uza.uz/uz/posts/85501",
     "Ўзгидромет мутахассислари Хитойда об-ҳаво прогнозлаш технологиялари бўйича малака оширди", None, True),
    ("r55d-uzc-gerbariy-rel", "https://xs.uz/uzc/85501",
     "Хитой ботаниклари билан ҳамкорликда гербарий намуналари алмашилди", None, True),
    ("r55d-uzc-qadimiy-rel", "https://uza.uz/uz/posts/85502",
     "Бухорода Хитойдан келтирилган қадимий осори атиқалар кўргазмаси очилди", None, True),
    ("r55d-uzc-shamol-neg", "https://xs.uz/uzc/85502",
     "Синоптиклар: Хитой томондан кучли шамол эсади", None, False),
    ("r55d-uzc-foto-neg", "https://uza.uz/uz/posts/85503",
     "Хитой ҳақидаги фотокўргазма Наманганда очилди", None, False),
    # ------------------------------------------------------------------ Tajik
    ("r55d-tg-hidromet-rel", "https://khovar.tj/2026/12/85501/",
     "Агентии гидрометеорология ва Идораи метеорологии Чин дар омӯзиши пиряхҳо ҳамкорӣ мекунанд", None, True),
    ("r55d-tg-bogi-botanika-rel", "https://ozodagon.com/85501",
     "Боғи ботаникии Душанбе бо олимони чинӣ коллексияи растаниҳои нодир таъсис медиҳад", None, True),
    ("r55d-tg-osori-qadima-rel", "https://asiaplustj.info/tj/news/85501",
     "Дар Осорхонаи миллӣ намоишгоҳи осори қадимаи Чин кушода шуд", None, True),
    ("r55d-tg-barf-neg", "https://khovar.tj/2026/12/85502/",
     "Синоптикҳо: ҳавои хунук аз Чин ба Бадахшон барф меорад", None, False),
    # ------------------------------------------------------------------ Turkmen
    ("r55d-tk-gidromet-rel", "https://turkmenportal.com/tk/blog/85501",
     "Türkmen meteorologlary Hytaýda howa maglumatlaryny seljermek boýunça okuw geçdi", None, True),
    ("r55d-tk-botanika-bag-rel", "https://tdou.edu.tm/tk/news/85501",
     "Botanika bagy hytaý alymlary bilen bilelikde seýrek ösümlikleri öwrenýär", None, True),
    ("r55d-tk-gadymy-sergi-rel", "https://arzuw.news/85501",
     "Aşgabatda Hytaý bilen bilelikde gadymy arheologik tapyndylaryň sergisi açyldy", None, True),
    ("r55d-tk-yel-neg", "https://turkmenportal.com/tk/blog/85502",
     "Synoptikler: Hytaý tarapdan güýçli ýel öwüser", None, False),
]
