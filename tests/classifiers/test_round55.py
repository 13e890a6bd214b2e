"""Round 55 of issue 12: holdout26's misses as families (docs/classifier.md, "Round 55 of issue 12").
A hydrometeorological service (CMA, 气象局, Kazhydromet, Kyrgyzhydromet, Uzhydromet, Tajikhydromet), a
meteorological centre or administration, weather and climate science, forecasting technology and
forecasters' training are science (environment); a forecast, a storm, snow or heat stays `weather`. A
botanical garden, herbarium, seed bank, germplasm or plant collection is research; a flower festival or
seedlings sold are not. An exhibition of ancient artefacts, archaeological finds or a historical figure's
life is heritage (文物展 is no more a culture event); an art, painting, calligraphy or photo exhibition stays
one. In Chinese, an international symposium or forum (国际研讨会, 国际学术研讨会, 国际论坛) is a cooperation cue;
a plain seminar is not. "Central and Southeast Asia" names Central Asia; an embassy's economic and
commercial counsellor's office is an envoy, not trade. The READINGS table reads each form both ways; the
blind sets (probes_r55_dev, probes_r55_held) are decided on their url and without it, in both modes; the
family probes (probes_r55) were written after the fixes."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r55 import PROBES_R55
from .probes_r55_dev import PROBES_R55_DEV
from .probes_r55_held import PROBES_R55_HELD
from .tables import IN_BOTH_MODES, WITH_AND_WITHOUT_URL, assert_reading, decide, in_both_modes, labelled_texts, probe_texts, repeats, rows, with_and_without_url

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # hydrometeorological services, meteorological centres, weather and climate science: environment
    ("en-kazhydromet-is-environment", "Kazhydromet specialists", "environment", True),
    ("en-cma-is-environment", "CMA experts", "environment", True),
    ("en-cma-is-china", "CMA experts", "china", True),
    ("en-cma-lowercase-is-not-china", "a cma of the region", "china", False),
    ("en-met-administration-is-environment", "the national meteorological administration", "environment", True),
    ("en-forecaster-training-is-vocational", "training of forecasters", "vocational", True),
    ("en-flood-warning-system-is-technology", "a flood early warning system", "technology", True),
    ("en-weather-forecast-is-weather", "weather forecast for the weekend", "weather", True),
    ("en-weather-forecast-is-not-environment", "weather forecast for the weekend", "environment", False),
    ("en-storm-warning-is-not-environment", "a storm warning for Almaty", "environment", False),
    ("en-central-and-southeast-asia-is-central-asia", "for Central and Southeast Asia", "central_asia", True),
    ("en-central-and-southeast-asia-is-no-partner", "for Central and Southeast Asia", "other_partner", False),
    ("en-southeast-asia-alone-is-a-partner", "across Southeast Asia", "other_partner", True),
    ("ru-gidrometsluzhba-is-environment", "гидрометслужба Кыргызстана", "environment", True),
    ("ru-kazgidromet-is-environment", "специалисты Казгидромета", "environment", True),
    ("ru-cma-is-environment", "в Китайском метеорологическом управлении", "environment", True),
    ("ru-glacier-monitoring-is-environment", "мониторинг ледников", "environment", True),
    ("ru-forecast-is-weather", "синоптики обещают заморозки", "weather", True),
    ("ru-forecast-is-not-environment", "прогноз погоды на выходные", "environment", False),
    ("zh-met-bureau-is-environment", "中国气象局", "environment", True),
    ("zh-met-centre-is-environment", "区域气象中心", "environment", True),
    ("zh-drought-warning-is-technology", "干旱监测预警", "technology", True),
    ("zh-gale-is-weather", "大风沙尘天气", "weather", True),
    ("zh-gale-is-not-environment", "大风降温天气", "environment", False),
    ("zh-high-temperature-is-not-environment", "持续高温天气", "environment", False),
    ("kk-kazgidromet-is-environment", "Қазгидромет мамандары", "environment", True),
    ("kk-flood-model-is-technology", "су тасқынын болжау моделін", "technology", True),
    ("kk-blizzard-is-not-environment", "Жетісуға боран соғады", "environment", False),
    ("ky-kyrgyzgidromet-is-environment", "Кыргызгидромет адистери", "environment", True),
    ("ky-forecast-technology-is-technology", "аба ырайын болжоо технологиясын", "technology", True),
    ("ky-forecast-technology-is-not-weather", "аба ырайын болжоо технологиясын", "weather", False),
    ("ky-weather-is-weather", "аба ырайы суук болот", "weather", True),
    ("ky-weather-is-not-environment", "аба ырайы суук болот", "environment", False),
    ("uz-uzgidromet-is-environment", "O‘zgidromet mutaxassislari", "environment", True),
    ("uzc-forecast-technology-is-technology", "об-ҳаво прогнозлаш технологиялари", "technology", True),
    ("uz-weather-is-not-environment", "ob-havo sovuq bo‘ladi", "environment", False),
    ("tg-hydromet-is-environment", "Агентии гидрометеорология", "environment", True),
    ("tg-mudflow-forecast-is-technology", "низоми пешгӯии сел", "technology", True),
    ("tg-weather-is-not-environment", "обу ҳаво сард мешавад", "environment", False),
    ("tk-meteorologists-is-environment", "Türkmen meteorologlary", "environment", True),
    ("tk-drought-warning-is-technology", "guraklygy öňünden duýdurýan ulgam", "technology", True),
    ("tk-wind-is-not-environment", "güýçli ýel öwüser", "environment", False),
    # botanical gardens, herbaria, seed banks, germplasm, plant collections: research
    ("en-botanical-garden-is-research", "the botanical garden of Almaty", "research", True),
    ("en-herbarium-is-research", "herbarium specimens", "research", True),
    ("en-seed-bank-is-research", "a seed bank of wild apples", "research", True),
    ("en-germplasm-is-research", "cotton germplasm", "research", True),
    ("en-flower-festival-is-not-research", "a tulip festival in the park", "research", False),
    ("en-kindergarten-is-not-research", "a kindergarten garden", "research", False),
    ("ru-botanical-garden-is-research", "в Ботаническом саду", "research", True),
    ("ru-herbarium-is-research", "пополнили гербарий", "research", True),
    ("ru-allium-garden-is-research", "сад луковых растений", "research", True),
    ("ru-germplasm-is-research", "образцами зародышевой плазмы", "research", True),
    ("ru-garden-is-not-research", "сад у дома", "research", False),
    ("ru-tulip-festival-is-not-research", "фестиваль тюльпанов", "research", False),
    ("zh-botanical-garden-is-research", "植物园", "research", True),
    ("zh-germplasm-is-research", "种质资源库", "research", True),
    ("zh-flower-show-is-not-research", "郁金香花展", "research", False),
    ("kk-botanical-garden-is-research", "ботаникалық бағы", "research", True),
    ("kk-seed-bank-is-research", "тұқым банкі", "research", True),
    ("kk-kindergarten-is-not-research", "балабақша ашылды", "research", False),
    ("ky-seed-bank-is-research", "урук банкын", "research", True),
    ("ky-plant-specimens-is-research", "өсүмдүк үлгүлөрүн", "research", True),
    ("ky-seedlings-sold-is-not-research", "көчөттөр сатылууда", "research", False),
    ("uz-botanical-garden-is-research", "botanika bog‘i", "research", True),
    ("uzc-herbarium-is-research", "гербарий намуналари", "research", True),
    ("uzc-dendrarium-is-research", "дендрарийда", "research", True),
    ("uz-kindergarten-is-not-research", "bolalar bog‘chasi", "research", False),
    ("uz-tulip-festival-is-not-research", "lola sayli", "research", False),
    ("tg-botanical-garden-is-research", "Боғи ботаникии Душанбе", "research", True),
    ("tg-flower-festival-is-not-research", "ҷашнвораи гулҳо", "research", False),
    ("tk-botanical-garden-is-research", "Botanika bagy", "research", True),
    ("tk-kindergarten-is-not-research", "çagalar bagy", "research", False),
    # exhibitions of ancient artefacts, archaeological finds, a historical figure's life: heritage
    ("en-exhibition-of-ancient-is-heritage", "exhibition of ancient general's life", "heritage", True),
    ("en-relics-exhibition-is-heritage", "a relics exhibition", "heritage", True),
    ("en-relics-exhibition-is-no-culture-event", "a relics exhibition", "culture_event", False),
    ("en-archaeological-finds-is-heritage", "archaeological finds from Xinjiang", "heritage", True),
    ("en-terracotta-is-heritage", "Terracotta warriors", "heritage", True),
    ("en-art-exhibition-stays-culture", "an art exhibition", "culture_event", True),
    ("en-art-exhibition-is-not-heritage", "an art exhibition", "heritage", False),
    ("en-photo-exhibition-stays-culture", "photo exhibition", "culture_event", True),
    ("ru-artefacts-exhibition-is-heritage", "выставка древних артефактов", "heritage", True),
    ("ru-artefacts-exhibition-is-no-culture-event", "выставка артефактов", "culture_event", False),
    ("ru-archaeological-finds-is-heritage", "археологических находок", "heritage", True),
    ("ru-photo-exhibition-stays-culture", "фотовыставка", "culture_event", True),
    ("ru-painting-exhibition-is-not-heritage", "выставка картин", "heritage", False),
    ("zh-relics-exhibition-is-heritage", "文物展", "heritage", True),
    ("zh-relics-exhibition-is-no-culture-event", "文物展", "culture_event", False),
    ("zh-painting-exhibition-stays-culture", "书画展", "culture_event", True),
    ("zh-photo-exhibition-is-not-heritage", "摄影展", "heritage", False),
    ("kk-ancient-artefacts-is-heritage", "көне жәдігерлер", "heritage", True),
    ("kk-painters-exhibition-is-not-heritage", "суретшілерінің көрмесі", "heritage", False),
    ("ky-archaeological-finds-is-heritage", "археологиялык табылгалары", "heritage", True),
    ("ky-painters-exhibition-is-not-heritage", "сүрөтчүлөрүнүн көргөзмөсү", "heritage", False),
    ("uz-archaeological-finds-is-heritage", "arxeologik topilmalar", "heritage", True),
    ("uzc-antiquities-is-heritage", "қадимий осори атиқалар", "heritage", True),
    ("uz-painters-exhibition-is-not-heritage", "rassomlarining asarlari ko‘rgazmasi", "heritage", False),
    ("tg-antiquities-is-heritage", "осори қадимаи Чин", "heritage", True),
    ("tg-painters-exhibition-is-not-heritage", "Намоишгоҳи расмҳои рассомон", "heritage", False),
    ("tk-ancient-finds-is-heritage", "gadymy arheologik tapyndylaryň", "heritage", True),
    ("tk-painters-exhibition-is-not-heritage", "suratkeşleriniň sergisi", "heritage", False),
    # an international symposium in Chinese: a cooperation cue; a plain seminar is not
    ("zh-international-symposium-is-cooperation", "国际研讨会", "cooperation", True),
    ("zh-international-academic-symposium-is-research", "国际学术研讨会", "research", True),
    ("zh-international-forum-is-cooperation", "国际论坛", "cooperation", True),
    ("zh-plain-seminar-is-not-cooperation", "安全形势研讨会", "cooperation", False),
    # an embassy's economic and commercial office: an envoy, not trade
    ("zh-commercial-office-is-envoy", "使馆经济商务参赞处", "envoy", True),
    ("zh-commercial-office-is-not-trade", "使馆经济商务参赞处", "trade", False),
    ("zh-economy-stays-trade", "经济合作", "trade", True),
    ("en-commercial-office-is-envoy", "the Economic and Commercial Counsellor's Office", "envoy", True),
    ("ru-trade-section-is-envoy", "торгово-экономический отдел посольства", "envoy", True),
    ("ru-trade-section-is-not-trade", "торгово-экономический отдел посольства", "trade", False),
    ("ru-trade-economic-stays-trade", "торгово-экономическое сотрудничество", "trade", True),
]


READINGS += [  # a hydromet service's own forecast stays weather: cold air, snow, wind, in every language
    ("ru-cold-air-is-weather", "холодный воздух принесет снег", "weather", True),
    ("ru-snow-leopard-is-not-weather", "снежный барс", "weather", False),
    ("en-cold-air-is-weather", "cold air brings heavy snow", "weather", True),
    ("en-snow-leopard-is-not-weather", "snow leopard research", "weather", False),
    ("zh-cold-air-is-weather", "冷空气影响", "weather", True),
    ("kk-snowfall-is-weather", "қар жауады", "weather", True),
    ("ky-cold-air-is-weather", "суук аба келет", "weather", True),
    ("uz-strong-wind-is-weather", "kuchli shamol esadi", "weather", True),
    ("uzc-strong-wind-is-weather", "кучли шамол эсади", "weather", True),
    ("tg-snow-is-weather", "барф меборад", "weather", True),
    ("tk-strong-wind-is-weather", "güýçli ýel öwüser", "weather", True),
    ("tk-meteorologists-are-not-weather", "Türkmen meteorologlary", "weather", False),
]

@rows(("text", "concept", "expected"), READINGS)
def test_round55_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


# The development set after the fixes: two look-alikes in a Central Asian language that name no Central
# Asian side (the language implies it) and carry no cooperation cue: a Kazakh national museum's and a Tajik
# one's exhibition of Chinese antiquities, vetoed as China's own news (implied_side_needs_local_subject).
DEV_WRONG = {mode: {"r55d-kk-kone-jadigerler-rel", "r55d-tg-osori-qadima-rel"} for mode in MODES}
# The held-out set, measured once after the fixes (nothing fixed from it): P 0.933 / R 0.737 in both modes,
# with and without the url (the base: P 0.909 / R 0.526). Four misses are the dev set's implied-side
# family (a Kazakh terracotta show, Kyrgyz glacier stations, an Uzbek dendrarium "with Chinese scientists",
# Turkmen drought warning "helped" by Chinese specialists); a Xuanzang relics show in Kyrgyzstan is vetoed
# as Chinese reporting about the region (implied_china_needs_cooperation); a Shanghai think tank's seminar
# on Central Asia's politics is let in (智库 and 研讨会 are research), as by the base.
HELD_WRONG = {mode: {"r55h-zh-xuanzang-zhan-rel", "r55h-zh-zhiku-zhengzhi-neg", "r55h-kk-tas-jauyngerler-rel",
                     "r55h-ky-muzduk-stansiya-rel", "r55h-tk-gurakchilik-rel"} for mode in MODES}
# Round 56's "with Chinese scientists" (Хитой олимлари билан) decides the Uzbek dendrarium right: unpinned.

@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R55_DEV, DEV_WRONG))
def test_round55_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(WITH_AND_WITHOUT_URL, with_and_without_url(PROBES_R55_HELD, HELD_WRONG))
def test_round55_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R55))
def test_round55_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


@rows(("title", "relevant"), [
    # holdout26's headlines of the families, decided relevant now
    ("h26-041", "乌鲁木齐区域气象中心与中亚国家不断加大交流合作力度", True),
    ("h26-043", "中亚气象科技国际研讨会", True),
    ("h26-035", "CMA to dispatch experts conducting training for Central and Southeast Asia", True),
    ("h26-056", "В Ташкенте создали узбекско-китайский сад луковых растений", True),
    ("h26-007", "China-Uzbekistan exhibition of ancient general's life opened", True),
    # China's own seminar on the region (no 国际) and a forecast by the CMA stay out
    ("cn-seminar-neg", "中亚地区安全形势研讨会在京举行", False),
    ("cma-forecast-neg", "CMA forecasts heavy snowfall as cold air from Kazakhstan reaches Xinjiang", False),
    ("kazhydromet-forecast-neg", "Казгидромет: холодный воздух из Китая принесет снег в Алматы", False),
    ("cma-zh-forecast-neg", "中国气象局:受哈萨克斯坦冷空气影响新疆将出现降雪", False),
])
def test_round55_holdout26_headlines(clf: Classifier, title: str, relevant: bool) -> None:
    assert decide(clf, "headline alone", {"title": title}) is relevant


def test_round55_blind_sets_shape() -> None:
    """3 look-alikes and 2 negatives a language (dev; zh one more of each), 2 and 2 (held out; zh one more
    of each), less the six art-exhibition negatives dropped as repeats of round-44 probes; the recorded
    errors are in the sets."""
    dropped = {"dev": {"ru", "kk", "uz", "tg", "tk"}, "held": {"uzc"}}
    for name, probes, rel, neg in (("dev", PROBES_R55_DEV, 3, 2), ("held", PROBES_R55_HELD, 2, 2)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            want = (rel + (lang == "zh"), neg + (lang == "zh") - (lang in dropped[name]))
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == want, (name, lang)
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    assert DEV_WRONG["headline alone"] <= {p[0] for p in PROBES_R55_DEV}
    assert HELD_WRONG["headline alone"] <= {p[0] for p in PROBES_R55_HELD}


def test_round55_probes_are_fresh() -> None:
    """No round-55 probe is a labelled text or an earlier probe's; none shares half its words (character
    pairs in Chinese) with one, nor with another of the round's; ids unique."""
    known = labelled_texts() | probe_texts("probes_r55")
    blind = [p[2] for p in PROBES_R55_DEV + PROBES_R55_HELD]
    fam = [p[1] for p in PROBES_R55]
    assert not repeats(blind, known)
    assert not repeats(fam, known | set(blind))
    mine = blind + fam
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R55_DEV + PROBES_R55_HELD + PROBES_R55]
    assert len(ids) == len(set(ids)) == 98


def test_round55_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.78"
