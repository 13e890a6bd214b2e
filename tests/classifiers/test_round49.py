"""Round 49 of issue 12: holdout23's part B (read after its honest measurement) misses, fixed as
families (docs/classifier.md, "Round 49 of issue 12"): infectious disease control (zoonoses, plague,
epidemiological surveillance) as public-health science; going to China to study (the dative twin of
studying in China: "Xitoyga o'qishga", "Қытайға оқуға", "Кытайга окууга") and going away to study;
archival documents for historians and a museum's exhibits as heritage at full weight; Luban with its
people ("Luban disciples", 鲁班传人) as the Luban Workshop; Chinese guests welcomed or received as a
delegation's visit; the observatories China and Uzbekistan share (Maidanak, NAOC, Xinglong) and a
Kazakh university named after a person (Kunaev University) in the gazetteer. Each read both ways;
the family probes (probes_r49) decided right in both modes; the probes fresh."""

from __future__ import annotations

from classifiers import Classifier
from classifiers.cli import MODES

from .probes_r49 import PROBES_R49
from .tables import IN_BOTH_MODES, assert_reading, decide, in_both_modes, labelled_texts, load_set, probe_texts, repeats, rows

# (id, text, concept, expected: does the concept match?)
READINGS = [
    # infectious disease control is public-health science
    ("en-zoonoses-is-health", "control of zoonoses in border areas", "health", True),
    ("en-zoonotic-is-health", "zoonotic infections of livestock", "health", True),
    ("en-infectious-diseases-is-health", "a centre for infectious diseases", "health", True),
    ("en-plague-control-is-health", "plague control stations", "health", True),
    ("en-epidemic-surveillance-is-health", "joint epidemic surveillance", "health", True),
    ("en-plagued-is-not", "a region plagued by droughts", "health", False),
    ("en-pest-control-is-not", "locust and pest control in the steppe", "health", False),
    ("ru-zoonoses-is-health", "профилактика зоонозов", "health", True),
    ("ru-anti-plague-is-health", "противочумной станции", "health", True),
    ("ru-infectious-diseases-is-health", "инфекционных заболеваний", "health", True),
    ("ru-plague-of-locusts-is-not", "нашествие саранчи", "health", False),
    ("zh-zoonoses-is-health", "人畜共患病防控", "health", True),
    ("zh-plague-control-is-health", "鼠疫防控交流", "health", True),
    ("zh-cdc-is-health", "疾控中心专家", "health", True),
    ("zh-anti-epidemic-supplies-is-not", "防疫物资", "health", False),
    ("kk-infectious-is-health", "жұқпалы аурулардың алдын алу", "health", True),
    ("kk-anti-plague-is-health", "обаға қарсы күрес", "health", True),
    ("ky-infectious-is-health", "жугуштуу оорулар", "health", True),
    ("uz-infectious-is-health", "yuqumli kasalliklar", "health", True),
    ("uzc-infectious-is-health", "юқумли касалликлар", "health", True),
    ("tg-infectious-is-health", "бемориҳои сироятӣ", "health", True),
    ("tk-infectious-is-health", "ýokanç keselleriň öňüni almak", "health", True),
    # going to China to study
    ("en-go-to-china-to-study-is-students", "young Kazakhs go to China to study", "student_exchange", True),
    ("en-go-to-china-to-study-is-china", "young Kazakhs go to China to study", "china", True),
    ("en-going-to-study-is-not", "the ministry is going to study the proposal", "student_exchange", False),
    ("ru-study-in-china-dative-is-students", "поехать учиться в Китай", "student_exchange", True),
    ("ru-to-china-for-studies-is-students", "уехала в Китай на учёбу", "student_exchange", True),
    ("kk-to-china-to-study-is-students", "Қытайға оқуға барғысы келетіндер", "student_exchange", True),
    ("kk-to-china-to-study-is-china", "Қытайға оқуға барғысы келетіндер", "china", True),
    ("kk-latin-to-china-to-study-is-students", "Qytaıǵa oqýǵa barý", "student_exchange", True),
    ("kk-enrol-is-not", "оқуға түсу емтиханы", "student_exchange", False),
    ("ky-to-china-to-study-is-students", "Кытайга окууга кеткен жаштар", "student_exchange", True),
    ("uz-to-china-to-study-is-students", "Xitoyga o‘qishga ketayotganlar", "student_exchange", True),
    ("uz-to-china-to-study-is-china", "Xitoyga o‘qishga ketayotganlar", "china", True),
    ("uz-go-to-study-is-students", "o'qishga ketgan yoshlar", "student_exchange", True),
    ("uz-read-books-is-not", "kitob o'qishga vaqt topish", "student_exchange", False),
    ("uz-enrol-is-not", "o'qishga kirish imtihonlari", "student_exchange", False),
    ("uzc-to-china-to-study-is-students", "Хитойга ўқишга борувчилар", "student_exchange", True),
    ("tg-to-china-to-study-is-china", "барои таҳсил ба Чин рафтанд", "china", True),
    ("tk-to-china-to-study-is-students", "Hytaýa okuwa gidýän ýaşlar", "student_exchange", True),
    ("tk-to-china-to-study-is-china", "Hytaýa okuwa gidýän ýaşlar", "china", True),
    # archival documents and a museum's exhibits are heritage at full weight
    ("en-archival-documents-is-heritage", "copies of archival documents", "heritage", True),
    ("en-museum-exhibits-is-heritage", "museum exhibits from Samarkand", "heritage", True),
    ("en-historic-document-is-not", "signed a historic document on trade", "heritage", False),
    ("en-fair-exhibits-is-not", "exhibits of the trade fair", "heritage", False),
    ("ru-archival-documents-is-heritage", "копии архивных документов", "heritage", True),
    ("ru-museum-exhibits-is-heritage", "музейные экспонаты из Хивы", "heritage", True),
    ("zh-archives-is-heritage", "历史档案复制件", "heritage", True),
    ("kk-archive-documents-is-heritage", "мұрағат құжаттары", "heritage", True),
    ("kk-volumes-of-documents-is-heritage", "283 том құжаттар көшірмесі", "heritage", True),
    ("kk-latin-volumes-of-documents-is-heritage", "283 tom qujattar kóshirmesi", "heritage", True),
    ("kk-document-copies-is-not", "құжаттардың көшірмесін тапсыру", "heritage", False),
    ("ky-archive-documents-is-heritage", "архивдик документтер", "heritage", True),
    ("uz-museum-exhibits-is-heritage", "muzey eksponatlari", "heritage", True),
    ("uz-archive-documents-is-heritage", "arxiv hujjatlari", "heritage", True),
    ("uzc-museum-exhibits-is-heritage", "музей экспонатлари", "heritage", True),
    ("uz-fair-exhibits-is-not", "ko'rgazma eksponatlari", "heritage", False),
    ("tg-archive-documents-is-heritage", "ҳуҷҷатҳои бойгонӣ", "heritage", True),
    ("tk-museum-exhibits-is-heritage", "muzeý eksponatlary", "heritage", True),
    # Luban with its people names the Luban Workshop
    ("en-luban-disciples-is-china", "Luban disciples in Tajikistan", "china", True),
    ("en-luban-disciples-is-vocational", "Luban disciples in Tajikistan", "vocational", True),
    ("en-luban-craftsmen-is-vocational", "young Luban craftsmen", "vocational", True),
    ("en-luban-alone-is-not", "Luban in Poland", "china", False),
    ("ru-luban-disciples-is-vocational", "ученики Лу Баня из Душанбе", "vocational", True),
    ("zh-luban-heirs-is-vocational", "中亚的鲁班传人", "vocational", True),
    ("kk-luban-disciples-is-vocational", "Лу Бань шәкірттері", "vocational", True),
    ("uz-luban-disciples-is-vocational", "Luban shogirdlari", "vocational", True),
    ("tk-luban-disciples-is-vocational", "Luban şägirtleri", "vocational", True),
    # Chinese guests welcomed or received are a delegation's visit
    ("en-chinese-guests-welcomed-is-cooperation", "the Chinese guests were welcomed at the rectorate", "cooperation", True),
    ("en-welcomed-chinese-guests-is-china", "students welcomed the Chinese guests", "china", True),
    ("en-chinese-guests-alone-is-not", "the Chinese guests showed a tea ceremony", "cooperation", False),
    ("ru-chinese-guests-welcomed-is-cooperation", "ректор встретил китайских гостей", "cooperation", True),
    ("ru-chinese-guests-alone-is-not", "китайские гости показали чайную церемонию", "cooperation", False),
    ("zh-welcome-chinese-guests-is-cooperation", "热烈欢迎中国嘉宾", "cooperation", True),
    ("kk-chinese-guests-welcomed-is-cooperation", "қытайлық қонақтарды қарсы алды", "cooperation", True),
    ("ky-chinese-guests-welcomed-is-cooperation", "кытайлык конокторду тосуп алышты", "cooperation", True),
    ("uz-chinese-guests-welcomed-is-cooperation", "xitoylik mehmonlarni kutib oldi", "cooperation", True),
    ("tg-chinese-guests-welcomed-is-cooperation", "меҳмонони чиниро пешвоз гирифтанд", "cooperation", True),
    ("tk-chinese-guests-welcomed-is-cooperation", "hytaýly myhmanlary garşyladylar", "cooperation", True),
    # the observatories China and Uzbekistan share; Kunaev University
    ("en-maidanak-is-uz", "observations at Maidanak Observatory", "uz", True),
    ("en-maidanak-is-research", "observations at Maidanak Observatory", "research", True),
    ("en-naoc-is-china", "astronomers of NAOC", "china", True),
    ("en-xinglong-is-china", "the Xinglong Observatory telescope", "china", True),
    ("en-ubai-is-uz", "UBAI astronomers", "uz", True),
    ("en-naoc-lowercase-is-not", "naoc", "china", False),
    ("en-kunaev-university-is-kz", "Kunaev University delegation", "kz", True),
    ("en-kunaev-alone-is-not", "Dinmukhamed Kunaev's biography", "kz", False),
]

# holdout23's part B (the even ids), read by this round after its honest measurement (rules
# 2026.12.65: with url, title and summary 13 of 21 relevant and 1 false positive, headline alone 9 and
# 1). Its wrong decisions now, with url and without (the url emptied); a later fix moves one out.
# Left, with no family keywords can read (docs/classifier.md, "Round 49 of issue 12"): h23-022 (a
# delegation's visit, no subject), h23-034 (a sports day with an ambassador, irrelevant), h23-040
# (Hai'an, a county-level city: round 48's places), h23-058 (智力援疆, talent), and on the headline
# alone h23-028 (China-SCO), h23-048 (the Aral Sea symposium, no cooperation cue), h23-062 (an
# ambassador's meeting; the university is in the lede). Round 58 decides h23-028 right (China-SCO
# implies Central Asia: docs/classifier.md, "Round 58 of issue 12"). Round 60 decides h23-040 right in
# both modes (joining forces in TCM is medicine at full weight and names China: docs/classifier.md,
# "Round 60 of issue 12"). Round 64 decides h23-058 right in both modes (中亚智力, Central Asia's expertise
# brought in, is research and a cooperation cue: docs/classifier.md, "Round 64 of issue 12").
PART_B_WRONG: dict[str, set[str]] = {
    "title and summary": {"h23-022", "h23-034"},
    "headline alone": {"h23-022", "h23-034", "h23-048", "h23-062"},
}
# Round 50 (an academic outlet is a subject) decides these right with their url: h23-022 (lvri.caas.cn,
# a delegation's visit) in both modes, h23-062 (tsuos.uz, an ambassador's meeting) on the headline alone.
RIGHT_WITH_URL_R50 = {("title and summary", "h23-022"), ("headline alone", "h23-022"), ("headline alone", "h23-062")}
PART_B = [item for item in load_set("holdout23.jsonl") if int(item["id"].split("-")[1]) % 2 == 0]


@rows(
    ("mode", "url", "item"),
    [
        (f"{m.replace(' ', '-')}-{u}-{item['id']}", m, u == "url", item)
        for m in MODES
        for u in ("url", "nourl")
        for item in PART_B
    ],
)
def test_round49_part_b_decided(clf: Classifier, mode: str, url: bool, item: dict) -> None:
    """Each item of part B decided by its label, unless recorded in PART_B_WRONG."""
    relevant = item["label"] == "relevant"
    right = item["id"] not in PART_B_WRONG[mode] or (url and (mode, item["id"]) in RIGHT_WITH_URL_R50)
    shown = item if url else {**item, "url": None}
    assert decide(clf, mode, shown, meta=True) is (relevant if right else not relevant)


def test_round49_part_b_shape() -> None:
    assert len(PART_B) == 35 and sum(item["label"] == "relevant" for item in PART_B) == 21
    for mode in MODES:
        assert PART_B_WRONG[mode] <= {item["id"] for item in PART_B}


@rows(("text", "concept", "expected"), READINGS)
def test_round49_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)


@rows(IN_BOTH_MODES, in_both_modes(PROBES_R49))
def test_round49_family_probes(clf: Classifier, mode: str, title: str, summary: str | None, expected: bool) -> None:
    assert decide(clf, mode, {"title": title, "summary": summary}) is expected


def test_round49_probes_are_fresh() -> None:
    """No round-49 probe is a labelled text or an earlier probe's; none shares half its words
    (character pairs in Chinese) with one; ids and titles are unique."""
    # round 48 was written at the same time by a writer who could not see this set
    known = labelled_texts() | probe_texts("probes_r49", "probes_r48")
    assert not [p[0] for p in PROBES_R49 if p[1].strip().casefold() in known]
    assert not repeats([p[1] for p in PROBES_R49], known)
    assert len({p[0] for p in PROBES_R49}) == len({p[1] for p in PROBES_R49}) == len(PROBES_R49)


def test_round49_version(clf: Classifier) -> None:
    assert clf.version >= "2026.12.67"
