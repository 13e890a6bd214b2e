"""Round-58 probes, the DEVELOPMENT blind set (issue 12): written by hand before the rules were run on
any of it (docs/classifier.md, "Round 58 of issue 12"), measured once before the fixes (the honest dev
row), then used to fix from. The family: Chinese reporting (in Chinese, and in English and Russian from
Chinese outlets) where Central Asia is implied, not named: Xinjiang (the Corps, Urumqi) with its
"neighbouring countries" (周边国家), the Silk Road Economic Belt's core area (丝绸之路经济带核心区), opening
westward (向西开放), the SCO (上合组织, SCO countries, China-SCO) with a science, technology or education
cooperation subject (relevant); beside hard negatives: the same cues with trade, logistics, security or
sport; Yunnan's, Guangxi's, Heilongjiang's or Inner Mongolia's neighbours (ASEAN, Russia, Mongolia);
China with Pakistan, ASEAN, Africa or Russia; Xinjiang's own domestic science and schools; the Belt and
Road countries in general (沿线国家, not Central Asia).

Chinese 18 relevant and 12 negatives, English from Chinese outlets 6 and 4, Russian from Chinese outlets
(Xinhua, CRI) 3 and 2. Each row: (id, url, headline, lede or None, relevant).
"""

from __future__ import annotations

PROBES_R58_DEV: list[tuple[str, str, str, str | None, bool]] = [
    # ------------------------------------------------------------------ Chinese, relevant
    ("r58d-zh-kjt-zhoubian-peixun-rel", "https://www.ts.cn/xwzx/jjxw/202612/t20261201_58001.shtml",
     "自治区科技厅举办面向周边国家的节水灌溉技术国际培训班", None, True),
    ("r58d-zh-bingtuan-zhoubian-lianhe-rel", "http://www.bingtuan.gov.cn/c/2026-11-20/58002.shtml",
     "兵团与周边国家科研机构共建三个国际联合实验室", None, True),
    ("r58d-zh-xjnd-zhoubian-liuxuesheng-rel", "https://www.xjau.edu.cn/info/1021/58003.htm",
     "新疆农业大学今年招收周边国家留学生三百余名", None, True),
    ("r58d-zh-hexinqu-keji-rel", "https://www.xinjiang.gov.cn/xinjiang/bmdt/202612/58004.html",
     "丝绸之路经济带核心区科技创新合作中心在乌鲁木齐揭牌", "中心将重点推进与中亚国家在农业、能源、生物资源等领域的联合研发。", True),
    ("r58d-zh-hexinqu-jiaoyu-rel", "https://www.ts.cn/xwzx/szxw/202611/t20261112_58005.shtml",
     "打造丝绸之路经济带核心区教育交流中心 新疆高校留学生规模持续扩大", None, True),
    ("r58d-zh-xiangxi-kaifang-gaoxiao-rel", "http://www.moe.gov.cn/jyb_xwfb/s6192/s133/202612/t20261203_58006.html",
     "服务向西开放 新疆高校与周边国家共建孔子学院和鲁班工坊", None, True),
    ("r58d-zh-shangheguojia-nongye-rel", "https://www.nwsuaf.edu.cn/xxyw/202610/t20261021_58007.html",
     "上合组织国家青年农业科学家来杨凌研修旱作农业技术", None, True),
    ("r58d-zh-zhongguo-shanghe-zhuanyi-rel", "http://www.xinhuanet.com/tech/20261115/58008.htm",
     "中国—上合组织技术转移中心在乌鲁木齐启动运行", None, True),
    ("r58d-zh-shanghe-yixue-peixun-rel", "https://www.xjmu.edu.cn/info/1003/58009.htm",
     "上合组织成员国医学人才培训班在新疆医科大学开班", None, True),
    ("r58d-zh-shanghe-daxue-xiaozhang-rel", "http://www.chinanews.com.cn/edu/2026/10-28/58010.shtml",
     "上海合作组织国家高校校长论坛聚焦科技人才联合培养", None, True),
    ("r58d-zh-xinjiang-liuxuesheng-yixue-rel", "https://www.ts.cn/xwzx/shxw/202609/t20260915_58011.shtml",
     "来疆留学生在新疆医科大学学习中医针灸", None, True),
    ("r58d-zh-xinjiang-zhongya-zhili-rel", "https://www.ts.cn/xwzx/jjxw/202612/t20261205_58012.shtml",
     "新疆引进中亚科学家参与荒漠生态联合研究", None, True),
    ("r58d-zh-keyuan-zhoubian-hezuo-rel", "http://www.egi.cas.cn/xwzx/zhxw/202611/t20261118_58013.html",
     "中国科学院新疆分院深化与周边国家科技合作", "分院与哈萨克斯坦、吉尔吉斯斯坦等国科研机构续签合作协议。", True),
    ("r58d-zh-gansu-zhongya-nongye-rel", "http://gs.people.com.cn/n2/2026/1102/c183283-58014.html",
     "甘肃农业大学与中亚国家高校共建旱区农业研究中心", None, True),
    ("r58d-zh-shaanxi-shanghe-peixun-rel", "http://www.sxdaily.com.cn/2026-11/08/content_58015.html",
     "陕西举办上合组织国家现代农业技术培训班", None, True),
    ("r58d-zh-bingtuan-shidiao-zhoubian-rel", "http://www.bingtuan.gov.cn/c/2026-10-09/58016.shtml",
     "兵团农科院专家赴周边国家推广棉花高产栽培技术", None, True),
    ("r58d-zh-wlmq-zhoubian-yiyao-rel", "https://www.ts.cn/xwzx/szxw/202610/t20261030_58017.shtml",
     "乌鲁木齐举办周边国家民族医药科研合作研讨会", None, True),
    ("r58d-zh-xiangxi-kaifang-keji-rel", "http://www.xinhuanet.com/local/20261120/58018.htm",
     "新疆以科技合作助推向西开放 与周边国家共建技术示范园", None, True),
    # ------------------------------------------------------------------ Chinese, hard negatives
    ("r58d-zh-zhoubian-maoyi-neg", "https://www.ts.cn/xwzx/jjxw/202612/t20261202_58019.shtml",
     "前11个月新疆与周边国家进出口贸易额同比增长两成", None, False),
    ("r58d-zh-yunnan-zhoubian-liuxuesheng-neg", "http://yn.people.com.cn/n2/2026/1110/c378439-58020.html",
     "云南高校扩大招收周边国家留学生 老挝缅甸学生人数居前", None, False),
    ("r58d-zh-guangxi-dongmeng-shiyanshi-neg", "http://www.gxnews.com.cn/staticpages/20261105/58021.shtml",
     "广西与东盟国家共建十家国际联合实验室", None, False),
    ("r58d-zh-heilongjiang-zhoubian-keji-neg", "http://hlj.people.com.cn/n2/2026/1012/c220024-58022.html",
     "黑龙江深化与周边国家科技合作 对俄合作项目达四十项", None, False),
    ("r58d-zh-xjmu-bajisitan-neg", "https://www.xjmu.edu.cn/info/1003/58023.htm",
     "新疆医科大学与巴基斯坦高校签署医学教育合作协议", None, False),
    ("r58d-zh-shanghe-jingmao-neg", "http://www.mofcom.gov.cn/article/ae/ai/202611/58024.shtml",
     "上合组织成员国经贸部长会议在天津举行", None, False),
    ("r58d-zh-hexinqu-wuliu-neg", "https://www.xinjiang.gov.cn/xinjiang/bmdt/202611/58025.html",
     "加快丝绸之路经济带核心区交通枢纽建设 新疆新开三条国际货运班列", None, False),
    ("r58d-zh-xinjiang-nanjiang-keji-neg", "https://www.ts.cn/xwzx/szxw/202611/t20261121_58026.shtml",
     "自治区选派五百名科技特派员服务南疆农业生产", None, False),
    ("r58d-zh-yidaiyilu-yanxian-neg", "http://www.sxdaily.com.cn/2026-10/22/content_58027.html",
     "陕西与一带一路沿线国家共建十五个国际科技合作基地", None, False),
    ("r58d-zh-xiangxi-kaifang-kouan-neg", "http://www.xinhuanet.com/local/20261108/58028.htm",
     "向西开放步伐加快 阿拉山口口岸前十月货运量创新高", None, False),
    ("r58d-zh-zhongfei-zhijiao-neg", "http://www.moe.gov.cn/jyb_xwfb/s5147/202610/t20261016_58029.html",
     "非洲二十国职业院校校长来津考察 共商中非技能人才培养", None, False),
    ("r58d-zh-shanghe-anquan-neg", "http://www.chinanews.com.cn/gn/2026/11-19/58030.shtml",
     "上合组织成员国联合反恐演习在新疆举行", None, False),
    # ------------------------------------------------------------------ English from Chinese outlets
    ("r58d-en-xinjiang-neighbors-science-rel", "https://www.chinadaily.com.cn/a/202612/02/WS58031.html",
     "Xinjiang deepens science and technology cooperation with neighboring countries", None, True),
    ("r58d-en-sco-young-scientists-rel", "https://www.globaltimes.cn/page/202611/58032.shtml",
     "Young scientists from SCO countries trained in dryland farming in Shaanxi", None, True),
    ("r58d-en-china-sco-tech-transfer-rel", "https://english.news.cn/20261115/58033/c.html",
     "China-SCO technology transfer center starts operation in Urumqi", None, True),
    ("r58d-en-intl-students-xinjiang-rel", "https://www.chinadaily.com.cn/a/202609/20/WS58034.html",
     "International students master drip irrigation at Xinjiang agricultural university", None, True),
    ("r58d-en-core-area-education-rel", "https://www.cgtn.com/news/2026-11-05/58035/index.html",
     "Xinjiang builds education hub of Silk Road Economic Belt core area for neighboring countries", None, True),
    ("r58d-en-sco-medical-training-rel", "https://english.news.cn/20261020/58036/c.html",
     "Doctors from SCO member states complete training at Xinjiang hospital", None, True),
    ("r58d-en-xinjiang-trade-neighbors-neg", "https://www.globaltimes.cn/page/202612/58037.shtml",
     "Xinjiang's foreign trade with neighboring countries hits record high", None, False),
    ("r58d-en-yunnan-neighbors-students-neg", "https://www.chinadaily.com.cn/a/202610/11/WS58038.html",
     "Yunnan universities attract more students from neighboring countries", None, False),
    ("r58d-en-sco-defense-neg", "https://english.news.cn/20261101/58039/c.html",
     "SCO defense ministers meet in Qingdao", None, False),
    ("r58d-en-xinjiang-domestic-lab-neg", "https://www.cgtn.com/news/2026-10-14/58040/index.html",
     "Xinjiang opens key laboratory on desert plant genetics", None, False),
    # ------------------------------------------------------------------ Russian from Chinese outlets
    ("r58d-ru-sinczyan-sosednie-rel", "https://russian.news.cn/20261201/58041/c.html",
     "Синьцзян расширяет научно-техническое сотрудничество с соседними странами", None, True),
    ("r58d-ru-shos-studenty-rel", "https://russian.cri.cn/2026/11/12/58042.html",
     "Студенты из стран ШОС изучают медицину в Синьцзяне", None, True),
    ("r58d-ru-kitay-shos-tehnologii-rel", "https://russian.news.cn/20261115/58043/c.html",
     "В Урумчи начал работу Центр передачи технологий Китай-ШОС", None, True),
    ("r58d-ru-sinczyan-tovarooborot-neg", "https://russian.news.cn/20261203/58044/c.html",
     "Внешняя торговля Синьцзяна с соседними странами за 11 месяцев достигла рекорда", None, False),
    ("r58d-ru-shos-uchenia-neg", "https://russian.cri.cn/2026/10/20/58045.html",
     "В Синьцзяне прошли антитеррористические учения стран ШОС", None, False),
]
