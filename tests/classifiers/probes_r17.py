"""Round-17 headline probes (issue 12): the families of holdout15's misses (docs/classifier.md,
"Round 17 of issue 12"), each written in several languages and shapes, with hard negatives
written the same way:

* a Chinese university's branch campus in Central Asia names both sides (西北工业大学哈萨克斯坦分校,
  "Kazakhstan Branch of …", "Ташкентский филиал …"): the gazetteer gave the branch China only, and
  its name swallowed the country it names (h15-013);
* the Luban Workshop in the plural and its cases in Turkmen, Uzbek (Latin and Cyrillic), Kazakh
  and Tajik ("Lu Ban ussahanalaryny", "Lu Ban ustaxonalari", "Устохонаҳои Лу Бан") (h15-006);
* Chinese names of Central Asian languages (乌兹别克语, 吉尔吉斯语) as the side they name, as
  "Uzbek language" and "узбекского языка" already are (h15-012);
* 中外 ("Chinese and foreign") scientists, experts, scholars: a cooperation cue in a Chinese text
  that names only Central Asia (h15-010);
* an energy field as an academic discipline ("oil and gas education", "petroleum engineers",
  "нефтегазового образования"): education, not the energy trade (h15-005);
* 实习 ("internship") inside 落实习近平 ("implement Xi Jinping's …"): not an internship (a false
  match read off h15-013).

Written by hand after holdout15 had been measured (with the round-16 rules) and before the
round-17 rules were written; measured with the round-16 rules (2026.12.19) and the round-17 rules
(docs/classifier.md, "Round 17 figures"). Each: (id, headline, relevant). None is an item of
classifiers/eval (``test_round17.py`` checks it).
"""

from __future__ import annotations

PROBES_R17: list[tuple[str, str, bool]] = [
    # --- branch campuses of Chinese universities in Central Asia ---
    ("r17-en-branch-nwpu", "Kazakhstan Branch of Northwestern Polytechnical University admits first students", True),
    ("r17-zh-branch-nwafu", "西北农林科技大学塔什干分校举行开学典礼", True),
    ("r17-zh-branch-blcu", "北京语言大学哈萨克斯坦分校揭牌", True),
    ("r17-ru-branch-blcu", "Казахстанский филиал Пекинского университета языка и культуры начал набор", True),
    ("r17-en-bank-branch-neg", "Bank of China opens Kazakhstan branch in Astana", False),
    ("r17-zh-bank-branch-neg", "中国银行阿斯塔纳分行开业", False),
    ("r17-ru-company-branch-neg", "Китайская компания открыла ташкентский филиал по продаже техники", False),
    # --- the Luban Workshop in the plural and its cases ---
    ("r17-tk-luban-plural", "Türkmenistanda Lu Ban ussahanalary açylar", True),
    ("r17-tk-luban-plural-acc", "Hünärmenler «Lu Ban ussahanalaryny» döretmek barada maslahatlaşdylar", True),
    ("r17-uz-luban-plural", "O'zbekistonda Lu Ban ustaxonalari soni ortmoqda", True),
    ("r17-uzc-luban-plural", "Ўзбекистонда Лу Бан устахоналари очилади", True),
    ("r17-tg-luban-plural", "Устохонаҳои Лу Бан дар Тоҷикистон мутахассис тайёр мекунанд", True),
    ("r17-kk-luban-plural", "Қазақстандағы Лу Бань шеберханаларының түлектері", True),
    ("r17-tk-sewing-workshops-neg", "Türkmenistanda tikinçilik ussahanalary açyldy", False),
    ("r17-uz-craft-workshops-neg", "O'zbekistonda hunarmandchilik ustaxonalari ochildi", False),
    ("r17-tg-workshops-neg", "Дар Тоҷикистон устохонаҳои дӯзандагӣ кушода шуданд", False),
    # --- Chinese names of Central Asian languages ---
    ("r17-zh-uzbek-major", "上外乌兹别克语专业首届学生毕业", True),
    ("r17-zh-kyrgyz-major", "北京外国语大学新设吉尔吉斯语专业", True),
    ("r17-zh-uzbek-catalogue-neg", "乌兹别克语版商品目录在展会发布", False),
    # --- 中外 scientists, experts, scholars ---
    ("r17-zh-zhongwai-scientists", "中外科学家聚焦中亚干旱区生态修复", True),
    ("r17-zh-zhongwai-experts", "中外专家研讨咸海流域水资源", True),
    ("r17-zh-zhongwai-scholars", "中外学者共话中亚考古新发现", True),
    ("r17-zh-zhongwai-traders-neg", "中外客商齐聚中亚商品博览会", False),
    ("r17-zh-zhongwai-journalists-neg", "中外记者走进中亚能源项目", False),
    # --- an energy field as an academic discipline ---
    ("r17-en-oil-gas-education", "Uzbek-Chinese oil and gas education programme launched", True),
    ("r17-en-petroleum-engineers", "China to train Turkmen petroleum engineers", True),
    ("r17-ru-oil-gas-education", "Туркменистан и Китай развивают нефтегазовое образование", True),
    ("r17-en-oil-gas-cooperation-neg", "China and Turkmenistan expand oil and gas cooperation", False),
    ("r17-en-oil-gas-exports-neg", "Kazakh oil and gas exports to China rise", False),
    ("r17-ru-oil-gas-cooperation-neg", "Нефтегазовое сотрудничество Туркменистана и Китая расширяется", False),
    # --- 实习 inside 落实习近平 ---
    ("r17-zh-internship", "哈萨克斯坦学生来华实习", True),
    ("r17-zh-implement-xi-trade-neg", "落实习近平主席倡议 中哈贸易额创新高", False),
]
