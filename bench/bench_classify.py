"""Benchmark the keyword classifier on a realistic mix of feed items.

Generates English, Russian and Chinese items (a title and a summary of about
600 characters), in the proportions a regional news feed has: 15% relevant
(China–Central Asia science/education), 35% hard negatives (China and
Central Asia in trade, energy, transport, sport...) and 50% general news
(domestic politics, economy, culture, sport with few or no terms). Then it
times Classifier.classify on one core.

    .venv/bin/python bench/bench_classify.py [--items 20000] [--seed 7] [--repeat 3]

Prints items/s and µs/item overall, per language and per kind of item.
Times are CPU time of this (single-threaded) process, best of --repeat runs,
so other load on a shared machine disturbs them less than wall-clock time.

On a shared machine, count instructions instead: ``--only to_dict`` (or ``classify``) runs
just that call, --repeat times, so the callgrind totals of ``--repeat 2`` and ``--repeat 1``
differ by one pass over the items (loading and generating cancel out):

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg1.out .venv/bin/python \
        bench/bench_classify.py --items 2000 --repeat 1 --only to_dict
    (the same with --repeat 2 and /tmp/cg2.out; instructions/item = (Ir2 - Ir1) / 2000)

``bench/dump_results.py`` dumps every public result on a fixed corpus: a speed-up must
leave its output byte-identical.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifiers import load_classifier

SUMMARY_CHARS = 600

EN = {
    "title_rel": [
        "{cn_uni} and {ca_uni} open joint laboratory for {field}",
        "{ca} students receive Chinese government scholarships",
        "China and {ca} sign agreement on science and technology cooperation",
        "Luban Workshop opens in {ca_city} with support from {cn_uni}",
        "Confucius Institute at {ca_uni} marks anniversary",
    ],
    "title_neg": [
        "China and {ca} discuss gas pipeline expansion",
        "{ca} grain exports to China rise sharply",
        "New railway to link China and {ca}",
        "{ca} national football team beats China in friendly",
        "Visa-free travel between China and {ca} boosts tourism",
        "{ca} and Russia sign nuclear research agreement",
        "ASEAN and China launch joint science programme",
        "Chinese carmaker opens assembly plant in {ca_city}",
        "Weather: snowfall expected in {ca_city} this weekend",
        "{ca} stock market closes higher as tenge strengthens",
    ],
    "sent_rel": [
        "The two universities will exchange students and researchers and run joint research on {field}.",
        "Scientists from {cn_uni} delivered equipment for the new laboratory at {ca_uni}.",
        "The memorandum provides for academic mobility, joint master's programmes and summer schools.",
        "More than {n} students from {ca} now study in China on scholarships, the ministry said.",
        "The centre will focus on {field}, technology transfer and training of young engineers.",
        "Teachers from {cn_city} will teach Chinese language courses at the institute.",
    ],
    "sent_neg": [
        "Trade turnover between the two countries reached {n} billion dollars last year.",
        "The pipeline will carry natural gas from the Caspian region to western China.",
        "Officials said customs procedures at the border crossing would be simplified.",
        "The match ended 2:1 after a late goal in front of a full stadium.",
        "Airlines plan to add direct flights to meet rising tourist demand.",
        "Prices for wheat and cotton fell on regional markets this week.",
        "The plant will assemble {n} thousand cars a year for local buyers.",
    ],
    "title_gen": [
        "Parliament approves new budget for {year}",
        "Inflation slows to {n} percent in October",
        "National team prepares for Asian Cup qualifiers",
        "City council unveils plan to renovate central park",
        "Wheat harvest exceeds forecasts in northern regions",
        "President signs decree on pension reform",
        "Film festival opens with record number of entries",
    ],
    "sent_gen": [
        "Lawmakers voted to raise spending on roads and hospitals next year.",
        "The central bank kept its base rate unchanged at {n} percent.",
        "Farmers in the north reported a good harvest despite a dry summer.",
        "The festival will show {n} films from twenty countries over ten days.",
        "The mayor said the renovation would be completed by autumn.",
        "Pensions will rise by {n} percent from January, the ministry said.",
        "Police reported fewer road accidents than a year earlier.",
        "The coach named {n} players for the training camp.",
    ],
    "filler": [
        "The announcement was made at a press conference on Tuesday.",
        "Officials from both sides attended the ceremony in the capital.",
        "The event was covered by local and international media.",
        "Details of the financing were not disclosed.",
        "The ministry said further steps would be announced later this year.",
        "Experts welcomed the decision and called it an important step.",
    ],
}

RU = {
    "title_rel": [
        "{cn_uni_ru} и {ca_uni_ru} открыли совместную лабораторию",
        "Студенты из {ca_gen} получат китайские стипендии",
        "Казахстан и Китай подписали соглашение о научно-техническом сотрудничестве",
        "В {ca_city_ru} открылась мастерская Лубань",
        "Институт Конфуция при {ca_uni_ru} отметил юбилей",
    ],
    "title_neg": [
        "Китай и {ca_nom} обсудили расширение газопровода",
        "Товарооборот {ca_gen} и Китая вырос на {n} процентов",
        "Сборная {ca_gen} по футболу обыграла Китай",
        "Россия и {ca_nom} подписали соглашение о ядерных исследованиях",
        "Китайский автоконцерн откроет сборочный завод в {ca_city_ru}",
        "Синоптики обещают снегопад в {ca_city_ru}",
        "Безвизовый режим между Китаем и {ca_ins} увеличил турпоток",
    ],
    "sent_rel": [
        "Университеты будут обмениваться студентами и преподавателями и вести совместные исследования.",
        "Учёные {cn_uni_ru} передали оборудование для новой лаборатории.",
        "Меморандум предусматривает академическую мобильность и совместные магистерские программы.",
        "Более {n} студентов из {ca_gen} обучаются в Китае по государственным грантам.",
        "Центр займётся трансфером технологий и подготовкой молодых инженеров.",
        "Преподаватели из {cn_city_ru} будут вести курсы китайского языка.",
    ],
    "sent_neg": [
        "Товарооборот между странами в прошлом году достиг {n} млрд долларов.",
        "Газопровод будет поставлять природный газ в западные районы Китая.",
        "На пункте пропуска упростят таможенные процедуры для грузовиков.",
        "Матч завершился со счётом 2:1, победный гол забит на последней минуте.",
        "Авиакомпании откроют прямые рейсы для растущего потока туристов.",
        "Цены на пшеницу и хлопок на региональных рынках снизились.",
    ],
    "title_gen": [
        "Парламент одобрил бюджет на {year} год",
        "Инфляция в октябре замедлилась до {n} процентов",
        "Сборная готовится к отборочным матчам Кубка Азии",
        "В столице начнут реконструкцию центрального парка",
        "Урожай пшеницы превысил прогнозы",
        "Президент подписал указ о пенсионной реформе",
    ],
    "sent_gen": [
        "Депутаты проголосовали за увеличение расходов на дороги и больницы.",
        "Национальный банк сохранил базовую ставку на уровне {n} процентов.",
        "Фермеры северных областей сообщили о хорошем урожае, несмотря на засуху.",
        "Мэр заявил, что работы завершатся к осени.",
        "Пенсии вырастут на {n} процентов с января, сообщили в министерстве.",
        "Полиция зафиксировала меньше дорожных происшествий, чем год назад.",
        "Фестиваль покажет {n} фильмов из двадцати стран.",
    ],
    "filler": [
        "Об этом сообщила пресс-служба ведомства во вторник.",
        "В церемонии приняли участие представители обеих сторон.",
        "Подробности финансирования не раскрываются.",
        "Следующие шаги будут объявлены позднее в этом году.",
        "Эксперты назвали решение важным шагом.",
    ],
}

ZH = {
    "title_rel": [
        "{cn_uni_zh}与{ca_zh}高校共建联合实验室",
        "{ca_zh}学生获得中国政府奖学金",
        "中国与{ca_zh}签署科技合作协议",
        "鲁班工坊在{ca_city_zh}揭牌",
        "{ca_zh}孔子学院举办汉语教学研讨会",
    ],
    "title_neg": [
        "中国—{ca_zh}天然气管道累计输气突破新高",
        "中国与{ca_zh}贸易额同比增长",
        "中吉乌铁路项目取得新进展",
        "{ca_zh}足球队友谊赛战胜对手",
        "中国游客赴{ca_zh}旅游人数大增",
        "中国与东盟共建联合实验室",
        "{ca_zh}股市收涨 坚戈汇率走强",
    ],
    "sent_rel": [
        "双方将在{field_zh}领域开展联合研究，互派学者和学生。",
        "{cn_uni_zh}向合作方提供了实验设备，并派出专家开展培训。",
        "根据备忘录，两校将联合培养研究生，设立奖学金名额。",
        "目前有{n}多名{ca_zh}留学生在华学习。",
        "该中心将重点开展技术转移和青年科研人员培养。",
    ],
    "sent_neg": [
        "去年两国贸易额达到{n}亿美元，同比增长百分之十二。",
        "该管道将把天然气输往中国西部地区。",
        "口岸通关效率进一步提高，货运量明显增加。",
        "比赛最终以二比一结束，主队在最后时刻攻入制胜球。",
        "航空公司将增开直航航班，以满足游客需求。",
    ],
    "title_gen": [
        "全国人大常委会审议通过多项法律草案",
        "十月份居民消费价格同比上涨{n}%",
        "多地启动秋冬季道路维修工程",
        "第{n}届电影节开幕 参展影片数量创新高",
        "北方地区秋粮收获进度过半",
    ],
    "sent_gen": [
        "会议审议了关于加强道路交通安全的决定草案。",
        "国家统计局表示，物价总体保持平稳。",
        "各地加快推进秋粮收购，确保颗粒归仓。",
        "本届电影节共收到来自{n}个国家和地区的报名影片。",
        "市政部门表示，维修工程将于年底前完工。",
        "气象部门提醒公众注意防范大风降温天气。",
        "据介绍，今年以来当地新增就业岗位{n}万个。",
    ],
    "filler": [
        "这一消息在周二的新闻发布会上宣布。",
        "双方有关部门负责人出席了仪式。",
        "有关资金安排的细节尚未公布。",
        "相关工作将于今年晚些时候进一步推进。",
        "专家认为，这是一个重要的步骤。",
    ],
}

FILL = {
    "cn_uni": ["Lanzhou University", "Tsinghua University", "Xinjiang University", "the Chinese Academy of Sciences"],
    "ca_uni": ["Al-Farabi Kazakh National University", "Nazarbayev University", "Tashkent State Technical University", "the Kyrgyz National University"],
    "ca": ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"],
    "ca_city": ["Almaty", "Astana", "Tashkent", "Bishkek", "Dushanbe"],
    "cn_city": ["Urumqi", "Xi'an", "Lanzhou", "Beijing"],
    "field": ["agriculture", "water-saving irrigation", "glacier research", "materials science", "medicine"],
    "cn_uni_ru": ["Ланьчжоуский университет", "Синьцзянский университет", "Университет Цинхуа"],
    "ca_uni_ru": ["КазНУ имени аль-Фараби", "Ташкентским государственным техническим университетом", "Кыргызским национальным университетом"],
    "ca_gen": ["Казахстана", "Узбекистана", "Кыргызстана", "Таджикистана"],
    "ca_nom": ["Казахстан", "Узбекистан", "Кыргызстан", "Таджикистан"],
    "ca_ins": ["Казахстаном", "Узбекистаном", "Кыргызстаном"],
    "ca_city_ru": ["Алматы", "Астане", "Ташкенте", "Бишкеке", "Душанбе"],
    "cn_city_ru": ["Урумчи", "Сианя", "Ланьчжоу", "Пекина"],
    "cn_uni_zh": ["兰州大学", "新疆大学", "中国科学院", "西北农林科技大学"],
    "ca_zh": ["哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦"],
    "ca_city_zh": ["阿拉木图", "塔什干", "比什凯克", "杜尚别"],
    "field_zh": ["农业", "节水灌溉", "冰川", "材料科学", "医药"],
}


def _fill(template: str, rnd: random.Random) -> str:
    out = template
    for key, values in FILL.items():
        slot = "{" + key + "}"
        while slot in out:
            out = out.replace(slot, rnd.choice(values), 1)
    return out.replace("{n}", str(rnd.randint(2, 900))).replace("{year}", str(rnd.randint(2024, 2027)))


KINDS = (("relevant", 0.15), ("hard-negative", 0.35), ("general", 0.50))


def make_item(rnd: random.Random, lang: str, kind: str | None = None) -> dict[str, str]:
    lex = {"en": EN, "ru": RU, "zh": ZH}[lang]
    if kind is None:
        kind = rnd.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    key = {"relevant": "rel", "hard-negative": "neg", "general": "gen"}[kind]
    title = _fill(rnd.choice(lex[f"title_{key}"]), rnd)
    pool = lex[f"sent_{key}"]
    limit = SUMMARY_CHARS
    parts: list[str] = []
    size = 0
    while size < limit:
        sentence = _fill(rnd.choice(pool if rnd.random() < 0.5 else lex["filler"]), rnd)
        parts.append(sentence)
        size += len(sentence) + 1
    sep = "" if lang == "zh" else " "
    return {"lang": lang, "kind": kind, "title": title, "summary": sep.join(parts)[: limit + 40]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", choices=("classify", "to_dict"),
                    help="run only this call, --repeat times, and print nothing else (for instruction counts: "
                         "the difference between --repeat 2 and --repeat 1 is one pass over the items)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    clf = load_classifier()
    load_s = time.perf_counter() - t0
    rnd = random.Random(args.seed)
    items = [make_item(rnd, rnd.choice(("en", "ru", "zh"))) for _ in range(args.items)]
    avg_len = sum(len(i["title"]) + len(i["summary"]) for i in items) / len(items)

    def run(subset: list[dict[str, str]], fn=None) -> tuple[float, float]:
        """Best CPU time of --repeat runs, and the spread: (slowest - best) / best."""
        fn = fn or clf.classify
        times = []
        for _ in range(args.repeat):
            start = time.process_time()
            for item in subset:
                fn(title=item["title"], summary=item["summary"], lang=item["lang"])
            times.append(time.process_time() - start)
        return min(times), (max(times) - min(times)) / min(times)

    if args.only:
        fn = clf.classify if args.only == "classify" else clf.classify_to_dict
        took, _ = run(items, fn)
        print(f"{args.only:<14} {len(items):>6} items {len(items) / took:>9,.0f} items/s")
        return 0
    relevant = sum(clf.classify(title=i["title"], summary=i["summary"]).relevant for i in items)
    print(f"classifier: rules {clf.version}, {clf.matcher.term_count} terms, compiled in {load_s:.2f} s")
    print(f"items: {len(items)} (avg {avg_len:.0f} chars of title+summary), {relevant} classified relevant")
    total, spread = run(items)
    print(f"{'overall':<14} {len(items):>6} items {len(items) / total:>9,.0f} items/s {total / len(items) * 1e6:>8.1f} µs/item"
          f"  (classify; spread {spread:.0%} over {args.repeat} runs)")
    # what the service runs per item: the stored decision, no Match objects
    best, spread = run(items, clf.classify_to_dict)
    print(f"{'to_dict':<14} {len(items):>6} items {len(items) / best:>9,.0f} items/s {best / len(items) * 1e6:>8.1f} µs/item"
          f"  (classify_to_dict, the service's path; spread {spread:.0%})")
    for key, label in [(("lang", x), x) for x in ("en", "ru", "zh")] + [(("kind", k), k) for k, _ in KINDS]:
        subset = [i for i in items if i[key[0]] == key[1]]
        took, _ = run(subset)
        print(f"{label:<14} {len(subset):>6} items {len(subset) / took:>9,.0f} items/s {took / len(subset) * 1e6:>8.1f} µs/item")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
