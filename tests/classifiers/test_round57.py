"""Round 57 of issue 12: precision, stories about something else (docs/classifier.md, "Round 57 of issue 12").
Journalists, bloggers and media workers in the headline (a seminar or a press tour for them, a media forum)
are media cooperation (`media`, veto media_not_education); a youth forum is no education (the key swallows
the youth); farming or medicine beside housing, industry, trade or a country's potential praised is an
economy (`potential`, veto farming_or_medicine_as_business); a clinic, patients or medical tourism in the
headline is a health service (`health_service`, veto health_service_not_science); housing and real estate
are industry, a quantity in tons is trade; China's agreement with dozens of countries ("54 ýurt bilen") in
a Central Asian language implies no Central Asian side (`many_countries`, implied.when). Journalism
students, agricultural science, joint clinical or traditional-medicine research and doctors' training stay
relevant. The READINGS table reads each form both ways; the blind sets (probes_r57_dev, probes_r57_held)
are decided on their url and without it, in both modes; the family probes (probes_r57) were written after
the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r57 import PROBES_R57
from .probes_r57_dev import PROBES_R57_DEV
from .probes_r57_held import PROBES_R57_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # journalists, bloggers, media workers, press tours, media forums: media; journalism studied is not
    ("en-journalists-are-media", "journalists from Kazakhstan", "media", True),
    ("en-media-employees-are-media", "a seminar for media employees", "media", True),
    ("en-media-seminar-is-no-research", "a two-week media seminar", "research", False),
    ("en-press-tour-is-media", "a press tour of Xinjiang", "media", True),
    ("en-journalism-is-not-media", "Kazakh journalism students", "media", False),
    ("en-media-report-is-not-media", "media reported the launch", "media", False),
    ("ru-journalists-are-media", "журналисты из Кыргызстана", "media", True),
    ("ru-press-tour-is-media", "пресс-тур по Синьцзяну", "media", True),
    ("ru-smi-staff-is-media", "представители СМИ", "media", True),
    ("ru-journalism-is-not-media", "студенты факультета журналистики", "media", False),
    ("zh-reporters-group-is-media", "哈萨克斯坦媒体记者团", "media", True),
    ("zh-media-forum-is-media", "中国—中亚媒体合作论坛", "media", True),
    ("zh-journalism-major-is-not-media", "新闻传播专业研究生", "media", False),
    ("kk-journalists-are-media", "Қазақстандық журналистер", "media", True),
    ("kk-smi-reps-are-media", "БАҚ өкілдеріне", "media", True),
    ("kk-smi-reps-keep-cooperation", "БАҚ өкілдеріне", "cooperation", True),
    ("kk-journalism-is-not-media", "журналистика студенттері", "media", False),
    ("ky-journalists-are-media", "Кыргызстандык журналисттер", "media", True),
    ("ky-journalism-is-not-media", "журналистика студенттери", "media", False),
    ("uz-journalists-are-media", "O‘zbek jurnalistlari", "media", True),
    ("uz-media-tour-is-media", "media-turda", "media", True),
    ("uz-journalism-is-not-media", "jurnalistika yo‘nalishida", "media", False),
    ("uzc-journalists-are-media", "Ўзбек журналистлари", "media", True),
    ("uzc-bloggers-are-media", "Ўзбекистонлик блогерлар", "media", True),
    ("tg-journalists-are-media", "Рӯзноманигорони тоҷик", "media", True),
    ("tg-journalism-is-not-media", "журналистикаи тоҷик", "media", False),
    ("tk-journalists-are-media", "Türkmen žurnalistleri", "media", True),
    ("tk-journalism-is-not-media", "žurnalistika hünärini", "media", False),
    # a youth forum swallows the youth (no education); youth alone stays a weak education word
    ("en-youth-forum-is-no-education", "a youth forum in Dushanbe", "education_policy", False),
    ("en-youth-stays-education", "the youth of both countries", "education_policy", True),
    ("ru-youth-forum-is-no-education", "молодежный форум Центральной Азии", "education_policy", False),
    ("ru-forum-of-youth-is-no-education", "форум молодежи в Бишкеке", "education_policy", False),
    ("ru-youth-stays-education", "молодежь Таджикистана", "education_policy", True),
    ("zh-youth-forum-is-no-education", "青年论坛", "education_policy", False),
    ("zh-youth-stays-education", "中亚青年", "education_policy", True),
    ("kk-youth-forum-is-no-education", "жастар форумы", "education_policy", False),
    ("kk-youths-forum-is-no-education", "жастарының форумы", "education_policy", False),
    ("kk-youth-stays-education", "Қазақстан жастары", "education_policy", True),
    ("ky-youth-forum-is-no-education", "жаштар форумун", "education_policy", False),
    ("ky-youth-stays-education", "Кыргызстандын жаштары", "education_policy", True),
    ("uz-youth-forum-is-no-education", "yoshlar forumini", "education_policy", False),
    ("uz-youth-stays-education", "O‘zbekiston yoshlari", "education_policy", True),
    ("uzc-youth-forum-is-no-education", "ёшлар форуми", "education_policy", False),
    ("tg-youth-forum-is-no-education", "форуми ҷавонон", "education_policy", False),
    ("tg-youth-stays-education", "ҷавонони Тоҷикистон", "education_policy", True),
    ("tk-youth-forum-is-no-education", "ýaşlarynyň forumyny", "education_policy", False),
    ("tk-youth-stays-education", "türkmen ýaşlary", "education_policy", True),
    # a country's potential
    ("en-potential-is-potential", "agricultural potential", "potential", True),
    ("ru-potential-is-potential", "аграрный потенциал Казахстана", "potential", True),
    ("zh-potential-is-potential", "畜牧业潜力", "potential", True),
    ("kk-potential-is-potential", "аграрлық әлеуеті", "potential", True),
    ("ky-potential-is-potential", "айыл чарба потенциалын", "potential", True),
    ("uz-potential-is-potential", "qishloq xo‘jaligi salohiyatini", "potential", True),
    ("uzc-potential-is-potential", "салоҳиятини", "potential", True),
    ("tg-potential-is-potential", "иқтидори кишоварзии", "potential", True),
    ("tk-potential-is-potential", "oba hojalyk kuwwatyna", "potential", True),
    ("tk-power-station-is-not-potential", "elektrik stansiýasy", "potential", False),
    # housing and real estate: industry; tons: trade
    ("en-housing-is-industry", "projects in housing", "industry", True),
    ("en-real-estate-is-industry", "real estate", "industry", True),
    ("en-student-housing-is-not-industry", "student housing", "industry", False),
    ("ru-housing-is-industry", "жилищном строительстве", "industry", True),
    ("ru-residential-complex-is-industry", "жилой комплекс", "industry", True),
    ("zh-real-estate-is-industry", "房地产", "industry", True),
    ("kk-housing-is-industry", "тұрғын үй салалары", "industry", True),
    ("ky-housing-is-industry", "турак жай курулушу", "industry", True),
    ("uz-housing-is-industry", "uy-joy qurilishi", "industry", True),
    ("uzc-housing-is-industry", "уй-жой қурилиши", "industry", True),
    ("tg-housing-is-industry", "сохтмони манзил", "industry", True),
    ("tk-housing-is-industry", "ýaşaýyş jaýlary", "industry", True),
    ("en-tons-are-trade", "780 tons of hybrid seeds", "trade", True),
    ("ru-tons-are-trade", "800 тонн семян", "trade", True),
    ("zh-tons-are-trade", "出口小麦5万吨", "trade", True),
    ("uz-tons-are-trade", "100 tonna paxta", "trade", True),
    ("en-tone-is-not-trade", "the tone of the talks", "trade", False),
    # clinics, patients, medical tourism: a health service (and health, as the clinic was)
    ("en-clinic-is-health-service", "a clinic of Chinese medicine", "health_service", True),
    ("en-clinic-stays-health", "a clinic of Chinese medicine", "health", True),
    ("en-patients-is-health-service", "treated 100 patients", "health_service", True),
    ("en-clinical-is-not-health-service", "clinical research", "health_service", False),
    ("ru-clinic-is-health-service", "клиника традиционной медицины", "health_service", True),
    ("ru-patients-is-health-service", "принимать пациентов", "health_service", True),
    ("ru-clinical-trials-stay-health", "клинические испытания", "health", True),
    ("zh-medical-centre-is-health-service", "中亚医疗中心", "health_service", True),
    ("zh-patients-is-health-service", "吉尔吉斯斯坦患者", "health_service", True),
    ("zh-tcm-centre-is-not-health-service", "中医药中心", "health_service", False),
    ("kk-treatment-centre-is-health-service", "емдеу орталығы", "health_service", True),
    ("kk-patients-is-health-service", "науқастарды қабылдайды", "health_service", True),
    ("ky-treatment-centre-is-health-service", "дарылоо борбору", "health_service", True),
    ("ky-patients-is-health-service", "бейтаптарды", "health_service", True),
    ("uz-clinic-is-health-service", "klinikasi ochildi", "health_service", True),
    ("uz-patients-is-health-service", "bemorlarni qabul qiladi", "health_service", True),
    ("tg-patients-is-health-service", "беморонро қабул мекунанд", "health_service", True),
    ("tk-patients-is-health-service", "näsaglary kabul eder", "health_service", True),
    ("tk-doctors-is-not-health-service", "türkmen lukmanlary", "health_service", False),
    # acupuncture is medicine (the family probes' Tajik look-alike); Tajik "learned" (омӯхтанд) stays no
    # education word, as round 33 decided
    ("en-acupuncture-is-health", "acupuncture courses", "health", True),
    ("ru-acupuncture-is-health", "методы иглоукалывания", "health", True),
    ("zh-acupuncture-is-health", "针灸", "health", True),
    ("tg-acupuncture-is-health", "усулҳои акупунктураро", "health", True),
    ("tk-acupuncture-is-health", "akupunktura usuly", "health", True),
    ("tg-learned-stays-no-education", "дар Пекин омӯхтанд", "education_policy", False),
    # dozens of countries
    ("en-dozens-of-countries", "agreements with 54 countries", "many_countries", True),
    ("ru-dozens-of-countries", "с 40 странами", "many_countries", True),
    ("ru-dozens-of-countries-gen", "из 62 стран", "many_countries", True),
    ("zh-dozens-of-countries", "与54个国家签署", "many_countries", True),
    ("kk-dozens-of-countries", "40 елмен", "many_countries", True),
    ("ky-dozens-of-countries", "30дан ашык өлкө менен", "many_countries", True),
    ("uz-dozens-of-countries", "50 dan ortiq davlat bilan", "many_countries", True),
    ("uzc-dozens-of-countries", "40 дан ортиқ давлат билан", "many_countries", True),
    ("tg-dozens-of-countries", "бо 40 кишвар", "many_countries", True),
    ("tk-dozens-of-countries", "54 ýurt bilen", "many_countries", True),
    ("tk-two-countries-is-not-many", "iki ýurt bilen", "many_countries", False),
    ("en-a-year-is-not-many", "in 2024 countries signed", "many_countries", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round57_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: every item decided right, in both modes, with and without the url.
DEV_WRONG: dict[str, set[str]] = {mode: set() for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 0.643 / R 1.000 in both modes,
# with and without the url (the base: P 0.409 / R 1.000). Let in: students evacuated from Wuhan in ru (with a
# lede), tg and tk (the dev set's evacuations were decided right by the base, so no evacuation fix was made:
# students named beside an evacuation outweigh its incident penalty), a China–Central Asia youth friendship
# exchange week (青年友好交流周: no forum), and a Tajik youth forum whose headline names the youth a second
# time outside the forum's key ("Ҷавонони Тоҷикистон ва Чин дар форуми ҷавонон").
HELD_WRONG = {mode: {"r57h-ru-evakuirovali-neg", "r57h-tg-evakuatsiya-neg", "r57h-tk-ewakuasiya-neg",
                     "r57h-zh-qingnian-jiaoliuzhou-neg", "r57h-tg-forumi-javonon-neg"} for mode in MODES}


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R57_DEV, DEV_WRONG))
def test_round57_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R57_HELD, HELD_WRONG))
def test_round57_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R57))
def test_round57_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


# Labelled items of the brief decided right now (all let in by the base, 2026.12.81), with and without url.
NOW_RIGHT = [
    ("holdout18.jsonl", "h18-050", MODES),  # a diplomat praises Kazakhstan's farming potential
    ("holdout22.jsonl", "h22-069", MODES),  # joint projects in agriculture, pharma and housing
    ("holdout24.jsonl", "h24-025", MODES),  # a Chinese seminar for Central Asian media employees
    ("holdout25.jsonl", "h25-059", MODES),  # a Central Asia–China youth forum proposed
    ("holdout20.jsonl", "h20-072", MODES),  # TCM welcomed in Uzbekistan, a medical hub planned
    ("holdout4.jsonl", "h4-017", MODES),  # China's diploma recognition with 54 countries (Turkmen)
    ("holdout19.jsonl", "h19-003", ("title and summary",)),  # 780 tons of hybrid cotton seeds planted
]


@rows(("name", "item_id", "mode", "meta"), [(f"{n}-{i}-{m.replace(' ', '-')}-{meta}", n, i, m, meta)
                                            for n, i, ms in NOW_RIGHT for m in ms for meta in (True, False)])
def test_round57_set_items_now_right(clf: Classifier, name: str, item_id: str, mode: str, meta: bool) -> None:
    item = next(i for i in load_set(name) if i["id"] == item_id)
    assert decide(clf, mode, item, meta=meta) is (item["label"] == "relevant")


def test_round57_blind_sets_shape() -> None:
    """4 hard negatives and 2 relevant look-alikes a language (dev), 3 and 1 (held out); the recorded errors
    are in the sets."""
    for probes, rel, neg in ((PROBES_R57_DEV, 2, 4), (PROBES_R57_HELD, 1, 3)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    assert HELD_WRONG["headline alone"] <= {p[0] for p in PROBES_R57_HELD}


def test_round57_probes_are_fresh() -> None:
    """No round-57 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r57")
    blind = [x for p in PROBES_R57_DEV + PROBES_R57_HELD for x in (p[2], p[3]) if x]
    fam = [p[1] for p in PROBES_R57]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = [p[2] for p in PROBES_R57_DEV + PROBES_R57_HELD] + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R57_DEV + PROBES_R57_HELD + PROBES_R57]
    assert len(ids) == len(set(ids)) == 54 + 36 + 19


def test_round57_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.83"
