"""Round-10 headline probes (issue 12): the families read in the misses and the false positive
of holdout8 (measured once before, with the round-9 rules), written as reporters write them in
several languages, each with hard negatives that must stay out:

* space technology named without the words the vocabulary knew ("space monitoring", "space
  agency", "космос", "outer space"), and space with another partner or as a launch service;
* seismology and earthquake early warning as science ("seismic stations", "сейсмостанции",
  "системы раннего оповещения о землетрясениях", 地震监测) — while an earthquake itself, or aid
  after one, stays news;
* Chinese abbreviations of three or four countries that put Russia or Mongolia next to China
  (中俄哈, 中哈俄, 中俄哈蒙) — and Harbin (哈尔滨) or a China–Russia–Mongolia corridor, which
  name no Central Asian side;
* a Chinese company investing in "high-tech" greenhouses, plants or factories: investment, not
  science — while a university's lab with Chinese funding stays in.

Written by hand after holdout8 had been measured and before the round-10 rules were written;
measured with the round-9 rules (2026.12.12) and the round-10 rules (docs/classifier.md,
"Round 10 figures"). Each: (id, headline, relevant). None is an item of classifiers/eval
(``test_round10.py`` checks it).
"""

from __future__ import annotations

PROBES_R10: list[tuple[str, str, bool]] = [
    # --- space technology -----------------------------------------------------------------
    ("r10-en-space-agency-kg", "Kyrgyz space agency and Chinese academy agree on Earth observation", True),
    ("r10-en-outer-space-tj", "China and Tajikistan sign agreement on peaceful use of outer space", True),
    ("r10-en-space-exploration-kz", "Kazakhstan and China to cooperate in space exploration", True),
    ("r10-ru-kosmos-uz", "Узбекистан и Китай будут вместе осваивать космос", True),
    ("r10-ru-space-agency-kz", "Казахстан и Китай подписали меморандум о сотрудничестве в области космоса", True),
    ("r10-zh-space-kz", "中哈签署和平利用外层空间合作协定", True),
    ("r10-kk-space-cn", "Қазақстан мен Қытай ғарыш саласында ынтымақтасады", True),
    ("r10-uz-space-cn", "O'zbekiston va Xitoy kosmos sohasida hamkorlik qiladi", True),
    ("r10-en-neg-space-russia", "Kazakhstan and Russia extend space cooperation at Baikonur", False),
    ("r10-en-neg-space-pakistan", "China launches communications satellite for Pakistan", False),
    ("r10-ru-neg-space-russia", "Узбекистан и Россия будут вместе осваивать космос", False),
    ("r10-en-neg-space-market", "Kazakhstan opens space for Chinese retailers in its malls", False),
    # --- seismology and earthquake early warning -------------------------------------------
    ("r10-en-seismic-stations-kg", "China to fund new seismic stations in Kyrgyzstan", True),
    ("r10-en-quake-warning-tj", "Tajikistan and China build an earthquake early warning system", True),
    ("r10-ru-seismo-kg", "Китайские сейсмологи помогут Кыргызстану с мониторингом", True),
    ("r10-ru-quake-research-uz", "Узбекистан и Китай займутся изучением землетрясений", True),
    ("r10-ru-quake-warning-tj", "Китай передаст Таджикистану систему раннего предупреждения о землетрясениях", True),
    ("r10-zh-quake-monitoring-kg", "中吉共建地震监测台网", True),
    ("r10-kk-seismic-cn", "Қытай Қазақстанда сейсмикалық станциялар орнатады", True),
    ("r10-en-neg-quake-felt", "Earthquake in Xinjiang felt in Almaty", False),
    ("r10-ru-neg-quake-felt", "Землетрясение в Синьцзяне ощутили жители Бишкека", False),
    ("r10-en-neg-quake-aid", "China sends tents to Tajikistan after earthquake", False),
    ("r10-ru-neg-quake-russia", "Российские сейсмологи помогут Кыргызстану с мониторингом", False),
    # --- Chinese abbreviations with Russia or Mongolia --------------------------------------
    ("r10-zh-cn-ru-kz-scholars", "中俄哈三国学者联合考察阿尔泰山", True),
    ("r10-zh-cn-kz-ru-universities", "中哈俄高校联合培养研究生", True),
    ("r10-zh-cn-ru-kz-mn-lab", "中俄哈蒙四国科学家共建联合实验室", True),
    ("r10-zh-neg-harbin-expo", "中俄哈尔滨博览会开幕", False),
    ("r10-zh-neg-cn-ru-mn-corridor", "中俄蒙经济走廊建设稳步推进", False),
    ("r10-zh-neg-cn-ru-kz-trade", "中俄哈边境贸易额增长", False),
    # --- investment in "high-tech" things ---------------------------------------------------
    ("r10-ru-neg-invests-plant", "Китайская компания инвестирует в высокотехнологичный завод в Казахстане", False),
    ("r10-ru-neg-invested-greenhouses", "Китайцы инвестировали в высокотехнологичные теплицы Узбекистана", False),
    ("r10-en-neg-invests-greenhouses", "Chinese firm invests in high-tech greenhouses in Tajikistan", False),
    ("r10-en-neg-invest-robots", "China to invest in robot factory in Kazakhstan", False),
    ("r10-ru-invests-lab", "Китайский университет инвестирует в совместную лабораторию с КазНУ", True),
    ("r10-en-invests-lab", "Chinese university invests in joint laboratory at Tashkent university", True),
]
