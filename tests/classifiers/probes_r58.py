"""Round-58 family probes (issue 12), written after the round's fixes (docs/classifier.md, "Round 58 of
issue 12"), fresh against every labelled text, every earlier probe and the round's two blind sets: Chinese
reporting (Chinese, and English and Russian from Chinese outlets) where Central Asia is implied by
Xinjiang's neighbouring countries, the core area, the SCO's countries or foreign students in Xinjiang, with
a science or education subject (relevant); and look-alikes: the same words with transport, trade,
security or politics, another province's neighbours, China with Pakistan or Russia (irrelevant).
Headlines, no url. Each row: (id, headline, relevant).
"""

from __future__ import annotations

PROBES_R58: list[tuple[str, str, bool]] = [
    ("r58-zh-xjnu-zhoubian-zhongwen-rel", "新疆师范大学为周边国家开设中文教师研修班", True),
    ("r58-zh-xaas-zhoubian-zhongzhi-rel", "新疆农科院与周边国家共建作物种质资源联合实验室", True),
    ("r58-zh-shanghe-shz-ganhanqu-rel", "上合组织成员国青年学者在石河子大学开展干旱区研究", True),
    ("r58-zh-zhongguo-shanghe-ai-rel", "中国—上合组织数字技术合作论坛聚焦人工智能人才培养", True),
    ("r58-zh-wlmq-zhoubian-dizhi-rel", "乌鲁木齐举办面向周边国家的地质灾害监测技术培训", True),
    ("r58-zh-laijiang-jiyin-rel", "来疆留学生走进新疆大学实验室体验基因测序", True),
    ("r58-zh-hexinqu-jidi-rel", "发挥丝绸之路经济带核心区优势 新疆建设国际科技合作基地", True),
    ("r58-en-xjau-agronomists-rel", "Xinjiang Agricultural University hosts agronomists from neighboring countries for cotton research training", True),
    ("r58-en-shz-intl-water-rel", "International students at Shihezi University learn water-saving agriculture", True),
    ("r58-en-sco-member-states-kashgar-rel", "Vocational teachers from SCO member states trained in Kashgar", True),
    ("r58-ru-xju-sosednie-stazhirovka-rel", "Синьцзянский университет принял преподавателей из соседних стран на стажировку", True),
    ("r58-ru-shos-uchenye-urumchi-rel", "Молодые ученые стран ШОС прошли обучение в Урумчи", True),
    ("r58-zh-zhoubian-keyun-neg", "新疆与周边国家开通新的国际道路客运线路", False),
    ("r58-zh-guangxi-zhoubian-neg", "广西高校与周边国家共建联合实验室", False),
    ("r58-zh-shanghe-waizhang-neg", "上合组织成员国议长会议通过关于反恐合作的联合声明", False),
    ("r58-zh-xju-bajisitan-neg", "新疆大学与巴基斯坦高校共建联合实验室", False),
    ("r58-zh-zhoubian-shangpin-neg", "新疆举办周边国家商品交易会", False),
    ("r58-en-heilongjiang-students-neg", "Harbin colleges see rising enrolment from neighboring nations", False),
    ("r58-en-sco-border-drill-neg", "SCO countries hold joint border security drill in Xinjiang", False),
    ("r58-ru-tovary-sosednie-neg", "Товары из соседних стран пользуются спросом в Урумчи", False),
    ("r58-ru-shos-rossiya-neg", "Университет ШОС: Китай и Россия расширяют набор студентов", False),
]
