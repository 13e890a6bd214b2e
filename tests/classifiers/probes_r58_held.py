"""Round-58 probes, the HELD-OUT blind set (issue 12): written by hand with the development set, before
the rules were run on either (docs/classifier.md, "Round 58 of issue 12"), and measured ONCE, after the
round's fixes (the honest "after" row); nothing was fixed from it. The same family as probes_r58_dev:
Chinese reporting where Central Asia is implied (Xinjiang's neighbouring countries, the Silk Road Economic
Belt's core area, opening westward, the SCO) with a science, technology or education cooperation subject,
beside hard negatives (the same cues with trade, transport, security or sport; other provinces'
neighbours; China with another partner; Xinjiang's own science; the Belt and Road countries in general).

Chinese 12 relevant and 8 negatives, English from Chinese outlets 4 and 3, Russian from Chinese outlets
2 and 1. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R58_HELD: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ Chinese, relevant
    ("r58h-zh-shz-zhoubian-shuili-rel", "https://www.shzu.edu.cn/2026/1107/c1080a58101/page.htm",
     "石河子大学为周边国家培养水利工程硕士研究生", None, True),
    ("r58h-zh-bingtuan-zhoubian-zhongzi-rel", "http://www.bingtuan.gov.cn/c/2026-11-26/58102.shtml",
     "兵团种业企业与周边国家农业科研院所联合选育抗旱小麦新品种", None, True),
    ("r58h-zh-hexinqu-yiliao-rencai-rel", "https://www.ts.cn/xwzx/szxw/202610/t20261019_58103.shtml",
     "核心区医疗服务中心建设提速 新疆为周边国家培训医护人员逾千人次", None, True),
    ("r58h-zh-xiangxi-kaifang-zhiku-rel", "http://www.xinhuanet.com/politics/20261124/58104.htm",
     "面向向西开放 新疆大学与周边国家高校成立联合研究院", None, True),
    ("r58h-zh-shanghe-kexie-luntan-rel", "http://www.cast.org.cn/xw/tzgg/202611/58105.html",
     "上合组织国家科技创新论坛在乌鲁木齐开幕 发布联合研究倡议", None, True),
    ("r58h-zh-shanghe-hanyu-rel", "https://www.xjnu.edu.cn/info/1042/58106.htm",
     "上合组织成员国大学生汉语夏令营在新疆师范大学举办", None, True),
    ("r58h-zh-zhongguo-shanghe-shiyanshi-rel", "http://www.chinanews.com.cn/gj/2026/10-12/58107.shtml",
     "中国—上合组织生态环境联合实验室在西安成立", None, True),
    ("r58h-zh-xinjiang-laihua-liuxuesheng-rel", "https://www.ts.cn/xwzx/shxw/202609/t20260909_58108.shtml",
     "新疆师范大学迎来八百余名来华留学生 数量创历年新高", None, True),
    ("r58h-zh-wlmq-zhoubian-dizhen-rel", "http://www.xjdzj.gov.cn/xwzx/202611/58109.html",
     "乌鲁木齐地震监测中心与周边国家共享台站数据开展联合研究", None, True),
    ("r58h-zh-gansu-shanghe-zhongyao-rel", "http://gs.people.com.cn/n2/2026/1016/c183283-58110.html",
     "甘肃中医药大学为上合组织国家开设岐黄国际班", None, True),
    ("r58h-zh-xjnd-zhoubian-jiaoshi-rel", "https://www.xju.edu.cn/info/1018/58111.htm",
     "新疆大学选派汉语教师赴周边国家孔子学院任教", None, True),
    ("r58h-zh-hexinqu-shuju-rel", "https://www.xinjiang.gov.cn/xinjiang/bmdt/202612/58112.html",
     "丝绸之路经济带核心区大数据中心与周边国家开展数字技术合作", None, True),
    # ------------------------------------------------------------------ Chinese, hard negatives
    ("r58h-zh-neimenggu-zhoubian-liuxue-neg", "http://nm.people.com.cn/n2/2026/1101/c196689-58113.html",
     "内蒙古高校蒙古国留学生人数持续增长 周边国家生源占九成", None, False),
    ("r58h-zh-zhoubian-zuqiu-neg", "https://www.ts.cn/xwzx/tyxw/202611/t20261109_58114.shtml",
     "周边国家青少年足球邀请赛在喀什开赛", None, False),
    ("r58h-zh-xinjiang-gaokao-neg", "https://www.ts.cn/xwzx/szxw/202606/t20260608_58115.shtml",
     "新疆今年普通高校招生考试报名人数创新高", None, False),
    ("r58h-zh-shanghe-nengyuan-neg", "http://www.nea.gov.cn/2026-10/27/c_58116.htm",
     "上合组织能源部长会议发表联合声明", None, False),
    ("r58h-zh-zhongba-nongye-neg", "http://www.xinhuanet.com/world/20261102/58117.htm",
     "中巴农业科技合作示范园在新疆喀什落成", None, False),
    ("r58h-zh-hexinqu-shangmao-neg", "https://www.xinjiang.gov.cn/xinjiang/bmdt/202610/58118.html",
     "核心区商贸物流中心建设取得新进展 喀什综合保税区进出口额翻番", None, False),
    ("r58h-zh-yidaiyilu-liuxuesheng-neg", "http://www.moe.gov.cn/jyb_xwfb/s5147/202612/t20261201_58119.html",
     "一带一路沿线国家来华留学生人数稳步增长", None, False),
    ("r58h-zh-zhongdong-shiyanshi-neg", "http://www.chinanews.com.cn/gj/2026/11-03/58120.shtml",
     "广西高校牵头组建面向东盟的红树林生态研究联盟", None, False),
    # ------------------------------------------------------------------ English from Chinese outlets
    ("r58h-en-shz-neighbors-engineers-rel", "https://www.chinadaily.com.cn/a/202611/08/WS58121.html",
     "Shihezi University trains water engineers for neighboring countries", None, True),
    ("r58h-en-sco-chinese-camp-rel", "https://english.news.cn/20260815/58122/c.html",
     "SCO students join Chinese language summer camp in Urumqi", None, True),
    ("r58h-en-china-sco-eco-lab-rel", "https://www.globaltimes.cn/page/202610/58123.shtml",
     "China-SCO joint ecology laboratory launched in Xi'an", None, True),
    ("r58h-en-xinjiang-westward-rel", "https://www.cgtn.com/news/2026-11-24/58124/index.html",
     "Opening up westward, Xinjiang universities set up research institute with neighboring countries", None, True),
    ("r58h-en-heilongjiang-neighbors-neg", "https://www.chinadaily.com.cn/a/202610/05/WS58125.html",
     "Heilongjiang expands science cooperation with neighboring countries", None, False),
    ("r58h-en-sco-energy-neg", "https://english.news.cn/20261027/58126/c.html",
     "SCO energy ministers issue joint statement on power grids", None, False),
    ("r58h-en-xinjiang-graduates-neg", "https://www.globaltimes.cn/page/202606/58127.shtml",
     "Xinjiang universities offer job fairs for record number of graduates", None, False),
    # ------------------------------------------------------------------ Russian from Chinese outlets
    ("r58h-ru-shihezi-sosednie-rel", "https://russian.news.cn/20261108/58128/c.html",
     "Университет Шихэцзы готовит инженеров-гидротехников для соседних стран", None, True),
    ("r58h-ru-shos-laboratoria-rel", "https://russian.cri.cn/2026/10/12/58129.html",
     "В Сиане открылась совместная экологическая лаборатория Китай-ШОС", None, True),
    ("r58h-ru-shos-futbol-neg", "https://russian.cri.cn/2026/11/09/58130.html",
     "В Кашгаре стартовал юношеский футбольный турнир стран ШОС", None, False),
]
