"""Round 89 of issue 12: hazard science and the places that name a side (docs/classifier.md, "Round 89 of issue 12").
Mudflows, avalanches, landslides and earthquakes forecast, monitored or studied, and their early-warning systems,
are environment science (and technology) in every language, longer keys than the weather's hazard words they shadow;
an earthquake recorded by a seismic network stays a report (zh 中国地震台网正式测定, en, ru). Places that name a
Central Asian side: Gorno-Badakhshan by its Tajik forms and acronyms (GBAO, ГБАО, ВМКБ, Кӯҳистони Бадахшон, Таулы
Бадахшан...), never the bare Badakhshan (Afghanistan's too); Khorog as Tajik and Uzbek spell it; Toktogul in every
language; the Köpetdag, never beside another partner (its southern side is Iran's); Naryn in English after a
preposition or "help", beside China; Karakalpakstan in Kazakh, Tajik and Turkmen. China's (genitive) scientists or
specialists "with" are joint work in kk, ky, uz and tk, as "Chinese scientists with" was; "бо Чин ... системаи нав"
(Tajik) and "help to forecast" (en) are light cues. Tajik izafet plurals (ҷангалшиносони), forestry specialists
(мутахассисони хоҷагии ҷангал), forests restored; Shaanxi as Tajik writes it (Шэнсӣ); a seed bank as a Russian
adjective (семенной банк) and a gene bank; the Gvardeisky biosafety institute's Kazakh names. The READINGS table
reads each form both ways; the blind sets (probes_r89_dev, probes_r89_held) are decided on their url and without it,
in both modes; eight of rounds 83's and 85's misses move to FIXED_LATER."""

from __future__ import annotations

from classifiers import Classifier

from .probes_r89_dev import PROBES_R89_DEV
from .probes_r89_held import PROBES_R89_HELD
from .tables import assert_decision, assert_fresh_blind, assert_reading, decide, probe_rows, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # hazard science, in every language; a hazard that struck or a warning issued stays weather
    ("en-mudflow-forecasting", "Mudflow forecasting centre opens in Almaty", "environment", True),
    ("en-forecast-avalanches", "Scientists forecast avalanches with a new model", "environment", True),
    ("en-landslide-early-warning", "Landslide early-warning sensors installed in Osh", "environment", True),
    ("en-help-to-forecast", "Kazhydromet gets help to forecast floods", "cooperation", True),
    ("en-mudflow-struck-is-not", "Mudflow hits villages near Almaty", "environment", False),
    ("en-mudflow-struck-is-weather", "Mudflow hits villages near Almaty", "weather", True),
    ("en-quake-recorded-is-weather", "Seismologists recorded a magnitude 5 quake near Osh", "weather", True),
    ("ru-prognoz-selei", "Прогноз селей станет точнее", "environment", True),
    ("ru-sistema-opovescheniya", "Система раннего оповещения о лавинах заработала", "environment", True),
    ("ru-lavina-soshla-is-not", "В горах сошла лавина", "environment", False),
    ("ru-zafiksirovali-is-weather", "Сейсмологи зафиксировали землетрясение магнитудой 5", "weather", True),
    ("zh-nishiliu-yujing", "泥石流监测预警系统投入使用", "environment", True),
    ("zh-dizhen-yubao", "地震预报研究取得进展", "environment", True),
    ("zh-nishiliu-struck-is-not", "暴雨引发泥石流", "environment", False),
    ("zh-taiwang-ceding-is-weather", "中国地震台网正式测定：某地发生4.1级地震", "weather", True),
    ("zh-taiwang-ceding-is-not-research", "中国地震台网正式测定：某地发生4.1级地震", "research", False),
    ("zh-ji-dizhen-is-not-research", "某地发生5.8级地震", "research", False),
    ("zh-dizhen-jiance-is-research", "地震监测站建成", "research", True),
    ("kk-sel-boljau", "Селді болжау жүйесі іске қосылды", "environment", True),
    ("kk-erte-eskertu", "Ерте ескерту жүйесі орнатылды", "environment", True),
    ("kk-sel-jurdi-is-not", "Таудан сел жүрді", "environment", False),
    ("ky-kar-kochku-boljoo", "Кар көчкүсүн болжоо борбору ачылды", "environment", True),
    ("ky-erte-eskertuu", "Эрте эскертүү системасы орнотулду", "environment", True),
    ("ky-kar-kochku-is-not", "Тоодо кар көчкү түштү", "environment", False),
    ("uz-qor-kochkisi-bashorat", "Qor ko'chkisini bashorat qilish markazi ochildi", "environment", True),
    ("uz-ogohlantirish-tizimi", "Oldindan ogohlantirish tizimi ishga tushdi", "environment", True),
    ("uzc-ogohlantirish-tizimi", "Эрта огоҳлантириш тизими ишга тушди", "environment", True),
    ("uz-qor-kochkisi-is-not", "Tog'da qor ko'chkisi tushdi", "environment", False),
    ("tg-peshgui-tarma", "Пешгӯии тарма беҳтар мешавад", "environment", True),
    ("tg-ogohsozii-barvaqt", "Системаи огоҳсозии барвақт насб шуд", "environment", True),
    ("tg-tarma-is-not", "Дар кӯҳ тарма фаромад", "environment", False),
    ("tk-duydurys-ulgamy", "Öňünden duýduryş ulgamy işe girizildi", "environment", True),
    ("tk-yer-titremesini-owren", "Alymlar ýer titremesini öwrenýär", "environment", True),
    ("tk-yer-titreme-is-not", "Aşgabatda ýer titreme boldy", "environment", False),
    # places that name a side, and their guards
    ("en-gbao", "GBAO hosts a conference", "tj", True),
    ("en-khorugh", "A new school opens in Khorugh", "tj", True),
    ("en-badakhshan-alone-is-not", "A new school opens in Badakhshan", "tj", False),
    ("ru-gbao", "В ГБАО открылась школа", "tj", True),
    ("ru-gbao-lowercase-is-not", "гбао", "tj", False),
    ("zh-gorno-badakhshan", "戈尔诺-巴达赫尚州举办论坛", "tj", True),
    ("zh-badakhshan-alone-is-not", "巴达赫尚省举办论坛", "tj", False),
    ("tg-vmkb", "Дар ВМКБ мактаб кушода шуд", "tj", True),
    ("tg-kuhistoni-badakhshon", "Дар Вилояти Мухтори Кӯҳистони Бадахшон мактаб кушода шуд", "tj", True),
    ("tg-badakhshon-alone-is-not", "Дар Бадахшон мактаб кушода шуд", "tj", False),
    ("kk-tauly-badakhshan", "Таулы Бадахшанда мектеп ашылды", "tj", True),
    ("ky-tooluu-badakhshan", "Тоолуу Бадахшанда мектеп ачылды", "tj", True),
    ("uz-togli-badaxshon", "Tog'li Badaxshonda maktab ochildi", "tj", True),
    ("uzc-togli-badakhshon", "Тоғли Бадахшонда мактаб очилди", "tj", True),
    ("uz-xorug", "Xorug'da maktab ochildi", "tj", True),
    ("tk-dagly-bedehsan", "Dagly Bedehşanda mekdep açyldy", "tj", True),
    ("en-toktogul", "Toktogul reservoir fills up", "kg", True),
    ("ru-toktogul", "Уровень Токтогульского водохранилища вырос", "kg", True),
    ("ky-toktogul", "Токтогулда мектеп ачылды", "kg", True),
    ("kk-toktogul", "Тоқтоғұл су қоймасы толды", "kg", True),
    ("uz-toktogul", "To'xtag'ul suv omborida suv ko'paydi", "kg", True),
    ("uzc-toktogul", "Тўхтағул сув омборида сув кўпайди", "kg", True),
    ("zh-toktogul", "托克托古尔水库蓄水", "kg", True),
    ("en-naryn-region", "Naryn region gets a new hospital", "kg", True),
    ("en-help-naryn", "Chinese scientists help Naryn farmers", "central_asia", True),
    ("en-naryn-without-china-is-not", "Swiss donors help Naryn farmers", "central_asia", False),
    ("en-kopetdag", "Kopetdag juniper forests studied", "tm", True),
    ("en-kopetdag-iran-is-not", "Kopetdag earthquake shakes Iran's Mashhad", "tm", False),
    ("ru-kopetdag", "В Копетдаге нашли редкие растения", "tm", True),
    ("ru-kopetdag-iran-is-not", "Копетдаг: землетрясение в Иране", "tm", False),
    ("zh-kopetdag", "科佩特山发现珍稀植物", "tm", True),
    ("tk-kopetdag", "Köpetdagda seýrek ösümlikler tapyldy", "tm", True),
    ("tk-kopetdag-iran-is-not", "Eýranyň Köpetdag sebitinde ýer titreme boldy", "tm", False),
    ("uz-kopetdog", "Ko'petdog'da noyob o'simliklar topildi", "tm", True),
    ("kk-karakalpak", "Қарақалпақстанда мектеп ашылды", "uz", True),
    ("tg-qaroqalpoq", "Дар Қароқалпоқистон мактаб кушода шуд", "uz", True),
    ("tk-garagalpak", "Garagalpagystanda mekdep açyldy", "uz", True),
    ("tk-aral-sebiti", "Aral sebitinde mekdep açyldy", "central_asia", True),
    ("tg-mintaqai-aral", "Дар минтақаи Арал мактаб кушода шуд", "central_asia", True),
    ("ky-aral-aimagy", "Арал аймагында мектеп ачылды", "central_asia", True),
    # China's (genitive) specialists "with", the Tajik "with China", and the rest
    ("ky-kytaydyn-adisteri-menen", "Кытайдын адистери менен жолугушту", "cooperation", True),
    ("tk-hytayyn-hunarmenleri-bilen", "Hytaýyň hünärmenleri bilen duşuşdy", "cooperation", True),
    ("uz-xitoyning-olimlari-bilan", "Xitoyning olimlari bilan uchrashdi", "cooperation", True),
    ("uzc-xitoyning-mutaxassislari", "Хитойнинг мутахассислари билан учрашди", "cooperation", True),
    ("kk-qytaydyn-galymdarymen", "Қытайдың ғалымдарымен кездесті", "cooperation", True),
    ("tk-hytayyn-alone-is-not", "Hytaýyň hünärmenleri geldi", "cooperation", False),
    ("tg-bo-chin-sistemai-nav", "Агентӣ бо Чин системаи нав месозад", "cooperation", True),
    ("tg-bo-chin-savdo-is-not", "Тоҷикистон бо Чин савдоро афзоиш дод", "cooperation", False),
    ("tg-jangalshinosoni", "Ҷангалшиносони Хатлон ҷамъ омаданд", "research", True),
    ("tg-mutakhassisoni-khojagii-jangal", "Мутахассисони хоҷагии ҷангал ҷамъ омаданд", "research", True),
    ("tg-khojagii-jangal-is-not", "Хоҷагии ҷангал чӯб фурӯхт", "research", False),
    ("tg-barqarorsozii-jangal", "Барқарорсозии ҷангалҳо дар Хатлон оғоз шуд", "environment", True),
    ("tg-shensi", "Дар Шэнсӣ мактаб кушода шуд", "china", True),
    ("ru-semennoi-bank", "Семенной банк пополнился", "research", True),
    ("ru-bank-alone-is-not", "Банк выдал кредит фермерам", "research", False),
    ("en-gene-bank", "Gene bank stores wheat samples", "research", True),
    ("ky-uron-banky", "Үрөн банкы толукталды", "research", True),
    ("kk-gvardeisky", "Гвардейскийдегі биоқауіпсіздік институты жаңа вакцина жасады", "kz", True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round89_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


DECISIONS = [
    ("en-mudflow-forecasting-joint", "Kazakh and Chinese scientists build a mudflow forecasting system for Almaty", True),
    ("ru-lavin-prognoz-joint", "Кыргызские и китайские ученые займутся прогнозированием лавин в Нарынской области", True),
    ("tg-khorugh-seismic-joint", "Олимони Чин ва Тоҷикистон дар Хоруғ заминларзаро меомӯзанд", True),
    ("ky-toktogul-joint", "Кытай жана Кыргызстан окумуштуулары Токтогулда биргелешип изилдөө жүргүзөт", True),
    ("en-mudflow-aid-is-not", "China sends aid to mudflow victims in Tajikistan", False),
    ("en-quake-report-is-not", "Magnitude 5.2 earthquake strikes Kyrgyzstan, China Earthquake Networks Center says", False),
    ("zh-quake-report-is-not", "吉尔吉斯斯坦发生5.2级地震 新疆喀什有震感", False),
    ("ru-toktogul-energy-is-not", "Китай купит электроэнергию Токтогульской ГЭС", False),
    ("tk-kopetdag-iran-is-not", "Hytaý we Eýran Köpetdag sebitinde ýer titremesini öwrenýär", False),
    ("tg-badakhshon-afghan-is-not", "Чин ба Бадахшони Афғонистон олимонро фиристод", False),
]


@rows(("title", "expected"), DECISIONS)
def test_round89_decision(clf: Classifier, title: str, expected: bool) -> None:
    assert_decision(clf, title, expected)


# Dev before the fixes (base 2026.12.99.9.9.8): P 0.944 / R 0.944 in both modes, with and without the url (missed the
# Turkmen early-warning system tested with "Hytaýyň hünärmenleri bilen"; let in China's network measuring a quake in
# Tajikistan, "中国地震台网正式测定"). After: every item right.
DEV_WRONG: set[str] = set()
# Held-out, measured once after the fixes (nothing fixed from it): P 1.000 / R 0.944 in both modes, with and without
# the url (the base 1.000 / 0.889). Missed: "Шыңжаң мен Жетісу ғалымдары көшкін қаупін ерте ескерту жүйесін бірге
# құрады" (Zhetysu, the Kazakh region, is not read as Kazakhstan's, and "бірге құрады" is no cooperation cue).
HELD_WRONG = {"r89h-kk-koshkin-eskertu-rel"}


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R89_DEV, DEV_WRONG))
def test_round89_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                 expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), probe_rows(PROBES_R89_HELD, HELD_WRONG))
def test_round89_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None,
                                  expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round89_sets_shape() -> None:
    """2 relevant and 2 hard negatives in each of the nine languages, in each set; headlines only; ids unique."""
    for probes in (PROBES_R89_DEV, PROBES_R89_HELD):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (2, 2), lang
        assert all(p[3] is None for p in probes)
    assert len({p[0] for p in PROBES_R89_DEV + PROBES_R89_HELD}) == 72


def test_round89_probes_are_fresh() -> None:
    """No round-89 headline is a labelled text or an earlier probe's, nor shares half its words with one, nor with
    another of the sets. Rounds 87, 88, 90 and 91 were written at the same time by other writers."""
    assert_fresh_blind(PROBES_R89_DEV + PROBES_R89_HELD, "probes_r89", "probes_r87", "probes_r88", "probes_r90", "probes_r91")


def test_round89_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9.9.2"
