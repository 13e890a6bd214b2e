"""Round-13 headline probes (issue 12): the family read in the misses of holdout11 (measured
once before, with the round-12 rules), written as reporters write it, with hard negatives that
must stay out:

* a Chinese headline reports an academic meeting — 研讨会, 学术会议, 学术论坛, 座谈会, 论坛
  (seminar, symposium, conference, forum) — on a Central Asian subject and names only the
  Central Asian side ("“气候变化和人类活动对中亚水资源的影响”学术研讨会召开", holdout11's
  h11-003): the Chinese text implies China, but the rule for an implied China asks for a
  cooperation or exchange cue (Chinese reporting about Central Asia is not cooperation), and a
  meeting of scholars was not one, while 交流 (exchange) and 访问 (a visit) were. The same
  meetings on energy, investment, transport or tourism, with another partner, or naming no
  Central Asian side at all, stay out.

Written by hand after holdout11 had been measured and before the round-13 rules were written;
measured with the round-12 rules (2026.12.15) and the round-13 rules (docs/classifier.md,
"Round 13 figures"). Each: (id, headline, relevant). None is an item of classifiers/eval
(``test_round13.py`` checks it).
"""

from __future__ import annotations

PROBES_R13: list[tuple[str, str, bool]] = [
    # --- a Chinese headline: an academic meeting on a Central Asian subject, only Central Asia named ---
    ("r13-zh-seminar-arid-ecology", "中亚干旱区生态环境学术研讨会召开", True),
    ("r13-zh-seminar-kz-steppe", "哈萨克斯坦草原生态学术研讨会在阿拉木图举行", True),
    ("r13-zh-conference-kg-glacier", "吉尔吉斯斯坦天山冰川研究国际学术会议开幕", True),
    ("r13-zh-forum-tj-biodiversity", "塔吉克斯坦帕米尔生物多样性学术论坛在杜尚别举行", True),
    ("r13-zh-symposium-ca-area-studies", "中亚区域国别研究学术研讨会召开", True),
    ("r13-zh-seminar-uz-archaeology", "乌兹别克斯坦撒马尔罕考古学术研讨会举行", True),
    ("r13-zh-forum-kz-agri-science", "哈萨克斯坦农业科技创新论坛举行", True),
    ("r13-zh-seminar-ca-medicine", "中亚传统医学学术研讨会召开", True),
    ("r13-zh-seminar-kg-seismology", "吉尔吉斯斯坦地震监测学术研讨会在比什凯克召开", True),
    ("r13-zh-symposium-tm-heritage", "土库曼斯坦历史文化遗产研究座谈会召开", True),
    # --- the same meetings on a hard-negative subject, with another partner, or with no Central Asian side ---
    ("r13-zh-forum-gas-neg", "中亚天然气论坛在阿什哈巴德举行", False),
    ("r13-zh-forum-investment-neg", "乌兹别克斯坦投资论坛签约金额创新高", False),
    ("r13-zh-seminar-transport-neg", "中亚五国交通物流研讨会在塔什干举行", False),
    ("r13-zh-forum-tourism-neg", "吉尔吉斯斯坦旅游发展论坛在伊塞克湖举行", False),
    ("r13-zh-forum-russia-neg", "哈萨克斯坦与俄罗斯高校校长论坛在莫斯科举行", False),
    ("r13-zh-seminar-turkey-neg", "土耳其与中亚国家高校学术研讨会在安卡拉召开", False),
    ("r13-zh-seminar-no-ca-neg", "全国冰川学学术研讨会在兰州召开", False),
]
