"""Round 79 of issue 12: what rounds 72-76 left (docs/classifier.md, "Round 79 of issue 12"). Blind sets written
before any run: probes_r79_dev (measured once before the fixes, then fixed from) and probes_r79_held (measured once
after, nothing fixed from it). The dev set's eight errors were three families:

* a Chinese province or city in a Central Asian language's spelling (Uzbek Ningsya, Tajik Нингся, Turkmen Nińsýa):
  the gazetteer gets the spellings of Ningxia, Gansu, Lanzhou, Xi'an, Shaanxi, Sichuan and Urumqi in kk, ky, uz,
  uzc, tg and tk;
* another region as the partner in the language's own words (Tajik "Осиёи Ҷанубу Шарқӣ", Turkmen "Günorta-Gündogar
  Aziýa"; also the Arab states, Latin America, the Middle East, South Asia, ASEAN): other_partner in kk, ky, uz,
  uzc, tg, tk and en, so that the language or the outlet's url does not supply the Central Asian side;
* Central Asia only as where dust or sand comes from ("trace Beijing's sandstorms to Central Asian deserts",
  "Markaziy Osiyo cho'llaridan kelgan"): hidden keys of no weight in every language; and geographers are the
  scientists of a field (research, 0.7)."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r79_dev import PROBES_R79_DEV
from .probes_r79_held import PROBES_R79_HELD
from .tables import assert_decision, assert_reading, decide, labelled_texts, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("tk-ningxia", "Nińsýanyň alymlary Aşgabada geldi", "china", True),
    ("tk-ningxia-plain", "Ningsýa welaýatynda maslahat", "china", True),
    ("uz-ningxia", "Ningsya universiteti talabalari", "china", True),
    ("uzc-ningxia", "Нингся олимлари", "china", True),
    ("tg-ningxia", "Донишгоҳи Нингся", "china", True),
    ("kk-ningxia", "Нингсяда көрме өтті", "china", True),
    ("tk-lanzhou", "Lançžouda ylmy maslahat geçirildi", "china", True),
    ("tg-urumqi", "Дар Урумчӣ намоишгоҳ кушода шуд", "china", True),
    ("tk-urumqi", "Ürümçide sergi açyldy", "china", True),
    ("uzc-xian", "Сиан шаҳрида кўргазма очилди", "china", True),
    ("uzc-xian-is-not", "Сиёсий янгиликлар", "china", False),
    ("tg-xian-is-not", "Сиёсати иқтисодии кишвар", "china", False),
    ("tg-sichuan", "Сичуань", "china", True),
    ("en-sea", "Ministers of South-East Asia meet", "other_partner", True),
    ("en-middle-east", "Middle East universities", "other_partner", True),
    ("kk-sea", "Оңтүстік-Шығыс Азия елдерімен келісім", "other_partner", True),
    ("kk-ca-is-not", "Орталық Азия елдерімен келісім", "other_partner", False),
    ("kk-arab", "Араб елдерімен келісім", "other_partner", True),
    ("ky-sea", "Түштүк-Чыгыш Азия өлкөлөрү менен макулдашуу", "other_partner", True),
    ("ky-ca-is-not", "Борбордук Азия өлкөлөрү менен макулдашуу", "other_partner", False),
    ("ky-arab", "Араб өлкөлөрү менен макулдашуу", "other_partner", True),
    ("uz-sea", "Janubi-Sharqiy Osiyo mamlakatlari bilan", "other_partner", True),
    ("uz-sea-apos", "Janubi-sharqiy Osiyo davlatlari", "other_partner", True),
    ("uz-ca-is-not", "Markaziy Osiyo mamlakatlari bilan", "other_partner", False),
    ("uz-arab", "Arab davlatlari bilan", "other_partner", True),
    ("uz-middle-east", "Yaqin Sharq mamlakatlari", "other_partner", True),
    ("uzc-sea", "Жануби-Шарқий Осиё давлатлари билан", "other_partner", True),
    ("uzc-ca-is-not", "Марказий Осиё давлатлари билан", "other_partner", False),
    ("uzc-arab", "Араб давлатлари билан", "other_partner", True),
    ("tg-sea", "кишварҳои Осиёи Ҷанубу Шарқӣ", "other_partner", True),
    ("tg-sea2", "кишварҳои Осиёи Ҷанубии Шарқӣ", "other_partner", True),
    ("tg-ca-is-not", "кишварҳои Осиёи Марказӣ", "other_partner", False),
    ("tg-arab", "бо кишварҳои араб", "other_partner", True),
    ("tg-latin", "кишварҳои Амрикои Лотинӣ", "other_partner", True),
    ("tk-sea", "Günorta-Gündogar Aziýa ýurtlary bilen", "other_partner", True),
    ("tk-ca-is-not", "Merkezi Aziýa ýurtlary bilen", "other_partner", False),
    ("tk-arab", "Arap ýurtlary bilen", "other_partner", True),
    ("tk-south-asia", "Günorta Aziýa ýurtlary", "other_partner", True),
    ("en-dust-is-not", "Sandstorms from Central Asia hit Beijing", "central_asia", False),
    ("en-desert-is-not", "Scientists trace dust to Central Asian deserts", "central_asia", False),
    ("en-from-ca", "Students from Central Asia arrive", "central_asia", True),
    ("ru-dust-is-not", "Пыль из Центральной Азии накрыла Пекин", "central_asia", False),
    ("ru-desert-is-not", "Песок принесло из пустынь Средней Азии", "central_asia", False),
    ("ru-students", "Студенты из Центральной Азии", "central_asia", True),
    ("zh-dust-is-not", "来自中亚的沙尘影响北京", "central_asia", False),
    ("zh-ca", "中亚留学生", "central_asia", True),
    ("kk-dust-is-not", "Орталық Азиядан келетін шаң", "central_asia", False),
    ("kk-desert-is-not", "Орталық Азия шөлдерінен ұшқан құм", "central_asia", False),
    ("kk-students", "Орталық Азиядан келген студенттер", "central_asia", True),
    ("ky-dust-is-not", "Борбордук Азиядан келген чаң", "central_asia", False),
    ("ky-students", "Борбордук Азиядан келген студенттер", "central_asia", True),
    ("uz-dust-is-not", "Markaziy Osiyodan kelgan chang", "central_asia", False),
    ("uz-desert-is-not", "Markaziy Osiyo cho‘llaridan uchgan qum", "central_asia", False),
    ("uz-students", "Markaziy Osiyodan kelgan talabalar", "central_asia", True),
    ("uzc-dust-is-not", "Марказий Осиёдан келган чанг", "central_asia", False),
    ("uzc-students", "Марказий Осиёдан келган талабалар", "central_asia", True),
    ("tg-dust-is-not", "чанг аз Осиёи Марказӣ", "central_asia", False),
    ("tg-desert-is-not", "рег аз биёбонҳои Осиёи Марказӣ", "central_asia", False),
    ("tg-ca", "донишҷӯёни Осиёи Марказӣ", "central_asia", True),
    ("tk-dust-is-not", "Merkezi Aziýadan gelýän tozan", "central_asia", False),
    ("tk-desert-is-not", "Merkezi Aziýanyň çöllerinden gelen çäge", "central_asia", False),
    ("tk-students", "Merkezi Aziýadan gelen talyplar", "central_asia", True),
    ("en-geographers", "Geographers meet", "research", True),
    ("en-natgeo-is-not", "National Geographic photo contest", "research", False),
    ("ru-geographers", "Географы встретились", "research", True),
    ("ru-geography-is-not", "Урок географии в школе", "research", False),
    ("kk-geographers", "Географтар жиналды", "research", True),
    ("ky-geographers", "Географтар чогулду", "research", True),
    ("uz-geographers", "Geograflar yig‘ildi", "research", True),
    ("uzc-geographers", "Географлар йиғилди", "research", True),
    ("tg-geographers", "Географҳо ҷамъ омаданд", "research", True),
    ("tk-geographers", "Geograflar ýygnandy", "research", True),
]

# Decisions (title, url or None): the new spellings name China; China with another region, or with Central Asia
# only as the source of dust, stays out; a Central Asian side named beside the dust keeps the item.
DECISIONS = [
    ("tk-ningxia-students", "Nińsýa uniwersitetinde türkmen talyplary üçin hytaý dili kursy açyldy", None, True),
    ("uz-sea-lab-is-not", "Pekin Janubi-Sharqiy Osiyo davlatlari bilan robototexnika markazini ochdi", "https://kun.uz/news/2026/12/08/1", False),
    ("tg-arab-is-not", "Чин ва кишварҳои араб донишгоҳи муштарак таъсис медиҳанд", "https://khovar.tj/2026/12/1/", False),
    ("kk-sea-is-not", "Қытай мен Оңтүстік-Шығыс Азия елдері жасанды интеллект зертханасын ашты", "https://www.inform.kz/kz/1", False),
    ("ky-arab-is-not", "Кытай менен араб өлкөлөрү илимий борбор ачты", "https://kabar.kg/kg/news/1/", False),
    ("en-dust-origin-is-not", "Chinese scientists say Beijing dust came from Central Asian deserts", None, False),
    ("en-joint-dust-study", "Kazakh and Chinese scientists study dust storms from Central Asia together", None, True),
    ("kk-dust-is-not", "Қытай ғалымдары Орталық Азиядан келетін шаңды зерттеді", None, False),
    ("ru-geographers", "Географы Кыргызстана и Китая составят карту ледников", None, True),
    ("tg-ningxia-students", "Донишҷӯёни тоҷик дар Донишгоҳи Нингся таҳсил мекунанд", None, True),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round79_reading(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(("title", "url", "expected"), DECISIONS)
def test_round79_decision(clf: Classifier, title: str, url: str | None, expected: bool) -> None:
    assert_decision(clf, title, expected, url)


def test_round79_reading_ids() -> None:
    """Each id names its language and, for a reading that must not match, ends with "-is-not"."""
    for pid, _, _, expected in READINGS:
        assert pid.split("-")[0] in {"en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"}
        assert pid.endswith("-is-not") is not expected, pid
    assert len({r[0] for r in READINGS}) == len(READINGS) and len({d[0] for d in DECISIONS}) == len(DECISIONS)


# The development set after the fixes: every item decided right, in both modes, with and without the url (before:
# P 0.778 / R 0.778 everywhere: Ningsya, Нингся, Nińsýa and geographers missed; South-East Asia in tg and tk and the
# dust traced to Central Asia in en and uz let in).
DEV_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set() for mode in MODES for shown in (True, False)}
# The held-out set, measured once after the fixes (nothing fixed from it): P 0.857 / R 1.000 in both modes, with
# and without the url (base rules 2026.12.99.9.6: P 0.818 / R 1.000, the Chinese dust item let in too). Let in: a
# species native to Central Asia studied or bred by Chinese scientists alone (a wild tulip in ru, the wild apple in
# kk and uzc): the family's other half, which this round did not write.
_HELD_LET_IN = {"r79h-ru-tulip-wild-species-neg", "r79h-kk-wild-apple-genome-neg", "r79h-uzc-wild-apple-neg"}
HELD_WRONG: dict[tuple[str, bool], set[str]] = {(mode, shown): set(_HELD_LET_IN) for mode in MODES for shown in (True, False)}


def _with_and_without_url(probes: list[tuple], wrong: dict[tuple[str, bool], set[str]]) -> list[tuple]:
    return [(f"{mode.replace(' ', '-')}-{'url' if shown else 'nourl'}-{pid}", mode, title, lede, url if shown else None,
             relevant is not (pid in wrong[(mode, shown)]))
            for mode in MODES for shown in (True, False) for pid, url, title, lede, relevant in probes]


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R79_DEV, DEV_WRONG))
def test_round79_dev_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


@rows(("mode", "title", "summary", "url", "expected"), _with_and_without_url(PROBES_R79_HELD, HELD_WRONG))
def test_round79_held_set_decided(clf: Classifier, mode: str, title: str, summary: str | None, url: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary, "url": url}, meta=True) is expected


def test_round79_blind_sets_shape() -> None:
    """2 relevant items and 2 hard negatives a language (dev), 2 and 1 (held out); ids say the label."""
    for probes, rel, neg in ((PROBES_R79_DEV, 2, 2), (PROBES_R79_HELD, 2, 1)):
        for lang in ("en", "ru", "zh", "kk", "ky", "uz", "uzc", "tg", "tk"):
            mine = [p for p in probes if p[0].split("-")[1] == lang]
            assert (sum(p[-1] for p in mine), sum(not p[-1] for p in mine)) == (rel, neg), lang
            assert all(p[0].endswith("-neg") is not p[-1] for p in mine), lang
    for key in DEV_WRONG:
        assert DEV_WRONG[key] <= {p[0] for p in PROBES_R79_DEV}
        assert HELD_WRONG[key] <= {p[0] for p in PROBES_R79_HELD}


def test_round79_probes_are_fresh() -> None:
    """No round-79 probe is a labelled text or an earlier probe's; none shares half its words (character pairs
    in Chinese) with one, nor with another of the round's; ids unique. Rounds 77, 78 and 80 were written at the
    same time by other writers and are left out."""
    known = labelled_texts() | probe_texts("probes_r79", "probes_r77", "probes_r78", "probes_r80")
    blind = [x for p in PROBES_R79_DEV + PROBES_R79_HELD for x in (p[2], p[3]) if x]
    assert not repeats(blind, known)
    mine = [p[2] for p in PROBES_R79_DEV + PROBES_R79_HELD]
    assert not [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:] if repeats([a], [b])]
    ids = [p[0] for p in PROBES_R79_DEV + PROBES_R79_HELD]
    assert len(ids) == len(set(ids)) == 36 + 27


def test_round79_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.99.9.9"
