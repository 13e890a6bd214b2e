"""Round-57 probes, the HELD-OUT blind set (issue 12): written by hand with ``probes_r57_dev.py``, before
the rules were run on any of it, and measured ONCE, only when the round's fixes were done
(docs/classifier.md, "Round 57 of issue 12"): the honest figure of the round's rules on unseen items of
its families, in other situations and words than the dev set. Hard negatives: a media forum, a content
exchange between broadcasters, bloggers on a media tour, journalists at a press forum; a youth forum or
friendship week; students evacuated; medical tourism, a clinic receiving patients, an international
medical centre built by companies; a delegation praising farming potential; sector lists with real
estate, textiles, housing or construction; China's agreement with dozens of countries. Relevant
look-alikes: drought-resistant wheat tested by agronomists, joint research in traditional or clinical
medicine, a forum of young scientists, journalism students' internships, doctors trained in China.

Per language 3 hard negatives and 1 relevant look-alike. Each row: (id, url, headline, lede or None,
relevant).
"""

from __future__ import annotations

PROBES_R57_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ English
    ("r57h-en-content-exchange-neg", "https://astanatimes.com/2026/12/media-forum/",
     "China Media Group and Kazakh TV sign content exchange deal at Astana media forum", None, False),
    ("r57h-en-real-estate-neg", "https://uzdaily.com/en/post/87201",
     "Uzbekistan, China eye cooperation in agriculture, textiles and real estate", None, False),
    ("r57h-en-medical-tourism-neg", "https://asiaplustj.info/en/news/87201",
     "Over 100 Tajik patients treated at Urumqi hospital under medical tourism scheme", None, False),
    ("r57h-en-drought-wheat-rel", "https://24.kg/english/87201/",
     "Kyrgyz and Chinese agronomists test drought-resistant wheat in the Chui valley", None, True),
    # ------------------------------------------------------------------ Russian
    ("r57h-ru-blogery-neg", "https://podrobno.uz/cat/87201/",
     "Блогеры из Узбекистана посетили Урумчи в рамках медиатура", None, False),
    ("r57h-ru-evakuirovali-neg", "https://kazinform.kz/ru/87201",
     "МИД Казахстана эвакуировал студентов из Уханя",
     "Самолет с 80 студентами приземлился в Нур-Султане.", False),
    ("r57h-ru-zhiloy-kompleks-neg", "https://kaktus.media/doc/87201.html",
     "Китайская компания построит в Бишкеке жилой комплекс и тепличное хозяйство", None, False),
    ("r57h-ru-tuberkulez-rel", "https://asiaplustj.info/ru/news/87201",
     "Китайские и таджикские медики проведут совместное исследование туберкулеза", None, True),
    # ------------------------------------------------------------------ Chinese
    ("r57h-zh-meiti-luntan-neg", "https://www.news.cn/2026/87201.htm",
     "中国与中亚国家主流媒体负责人在西安共话合作", None, False),
    ("r57h-zh-qingnian-jiaoliuzhou-neg", "http://www.chinanews.com/2026/87201.shtml",
     "中国—中亚青年友好交流周在乌鲁木齐开幕", None, False),
    ("r57h-zh-yiliao-zhongxin-neg", "https://www.chinadaily.com.cn/a/2026/87201.html",
     "乌兹别克斯坦将与中国企业合建国际医疗中心", None, False),
    ("r57h-zh-qingnian-kexuejia-rel", "https://www.xinhuanet.com/2026/87201.htm",
     "中亚青年科学家论坛在兰州举办 五国学者共话干旱区生态研究", None, True),
    # ------------------------------------------------------------------ Kazakh
    ("r57h-kk-evakuatsiya-neg", "https://kazinform.kz/kk/87201",
     "Ухань қаласынан қазақстандық студенттер эвакуацияланды", None, False),
    ("r57h-kk-jastar-forum-neg", "https://egemen.kz/article/87201",
     "Алматыда қазақ-қытай жастар форумы ашылады", None, False),
    ("r57h-kk-salalar-neg", "https://baq.kz/87201",
     "Қытай мен Қазақстан ауыл шаруашылығы, құрылыс және тұрғын үй салаларындағы жобаларды талқылады", None, False),
    ("r57h-kk-dasturli-medicina-rel", "https://kazinform.kz/kk/87202",
     "Қазақ және қытай дәрігерлері дәстүрлі медицина бойынша бірлескен зерттеу бастады", None, True),
    # ------------------------------------------------------------------ Kyrgyz
    ("r57h-ky-media-forum-neg", "https://kabar.kg/ky/news/87201",
     "Кытайдагы медиа форумга Кыргызстандын журналисттери катышты", None, False),
    ("r57h-ky-jashtar-forum-neg", "https://akipress.org/ky/news:87201",
     "Кыргызстан менен Кытай жаштар форумун өткөрүүнү макулдашты", None, False),
    ("r57h-ky-dary-borbor-neg", "https://24.kg/kyrgyzcha/87201/",
     "Бишкекте кытай медицинасынын дарылоо борбору ачылды",
     "Борбордо кытайлык дарыгерлер бейтаптарды кабыл алат.", False),
    ("r57h-ky-jurnalistika-rel", "https://kabar.kg/ky/news/87202",
     "Кыргыз журналистика студенттери Кытайдын университетинде стажировкадан өтүшөт", None, True),
    # ------------------------------------------------------------------ Uzbek (Latin)
    ("r57h-uz-salohiyat-neg", "https://kun.uz/news/2026/12/03/87201",
     "Xitoy delegatsiyasi O‘zbekistonning qishloq xo‘jaligi salohiyatini yuqori baholadi", None, False),
    ("r57h-uz-shifokorlar-klinika-neg", "https://daryo.uz/2026/12/03/87201",
     "Samarqandda xitoylik shifokorlar klinikasi bemorlarni qabul qila boshladi", None, False),
    ("r57h-uz-oav-forum-neg", "https://uza.uz/oz/posts/87201",
     "O‘zbek va xitoy OAV vakillari media-forumda uchrashdi", None, False),
    ("r57h-uz-bugdoy-rel", "https://kun.uz/news/2026/12/03/87202",
     "O‘zbek va xitoy agronomlari qurg‘oqchilikka chidamli bug‘doyni sinovdan o‘tkazdi", None, True),
    # ------------------------------------------------------------------ Uzbek (Cyrillic)
    ("r57h-uzc-uy-joy-neg", "https://xs.uz/uzkr/post/87201",
     "Хитой ва Ўзбекистон қишлоқ хўжалиги, фармацевтика ва уй-жой қурилиши лойиҳаларини муҳокама қилди", None, False),
    ("r57h-uzc-blogerlar-neg", "https://uza.uz/uz/posts/87201",
     "Ўзбекистонлик блогерлар Хитойга медиа-сафар уюштирди", None, False),
    ("r57h-uzc-hujjatlar-neg", "https://xs.uz/uzkr/post/87202",
     "Хитой 40 дан ортиқ давлат билан таълим ҳужжатларини тан олиш ҳақида келишди", None, False),
    ("r57h-uzc-tibbiyot-tadqiqot-rel", "https://uza.uz/uz/posts/87202",
     "Ўзбек ва хитой шифокорлари анъанавий тиббиёт бўйича қўшма тадқиқот бошлади", None, True),
    # ------------------------------------------------------------------ Tajik
    ("r57h-tg-forumi-javonon-neg", "https://khovar.tj/87201/",
     "Ҷавонони Тоҷикистон ва Чин дар форуми ҷавонон дар Душанбе ширкат варзиданд", None, False),
    ("r57h-tg-evakuatsiya-neg", "https://asiaplustj.info/tj/news/87201",
     "Донишҷӯёни тоҷик аз Ухан эвакуатсия шуданд", None, False),
    ("r57h-tg-manzil-neg", "https://khovar.tj/87202/",
     "Чин ва Тоҷикистон лоиҳаҳоро дар соҳаи кишоварзӣ ва сохтмони манзил баррасӣ карданд", None, False),
    ("r57h-tg-markazi-kishovarzi-rel", "https://asiaplustj.info/tj/news/87202",
     "Олимони чинӣ ва тоҷик дар Ҳисор маркази муштараки тадқиқоти кишоварзӣ таъсис доданд", None, True),
    # ------------------------------------------------------------------ Turkmen
    ("r57h-tk-kuwwat-neg", "https://turkmenportal.com/tm/blog/87201",
     "Hytaýyň ilçisi Türkmenistanyň oba hojalyk kuwwatyna ýokary baha berdi", None, False),
    ("r57h-tk-ewakuasiya-neg", "https://orient.tm/tm/post/87201",
     "Türkmen talyplary Uhandan ewakuasiýa edildi", None, False),
    ("r57h-tk-metbugat-neg", "https://turkmenportal.com/tm/blog/87202",
     "Hytaýyň metbugat forumyna türkmen žurnalistleri gatnaşdy", None, False),
    ("r57h-tk-lukmanlar-okuw-rel", "https://orient.tm/tm/post/87202",
     "Türkmen lukmanlary Hytaýda hytaý lukmançylygy boýunça okuw geçdi", None, True),
]
