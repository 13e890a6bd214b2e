"""Round-19 headline probes (issue 12): the family read off holdout17 (docs/classifier.md,
"Round 19 of issue 12"), written with the outlet's url, with hard negatives from the same outlets:

* Central Asian national outlets on generic domains (.com, .info, .news, .media, .tv) that the
  outlet table did not know, so that a headline naming only China and a science or education
  subject got no implied Central Asian side from its url (read off h17-011, yerzemin.com:
  "Aspects of intensification of the partnership with China Petroleum University are discussed in
  Peking", a Turkmen outlet writing of "our country"): Turkmen (yerzemin.com, arzuw.news,
  tmcars.info, garagumsowda.com), Kyrgyz (kaktus.media), Uzbek (dunyo.info), Kazakh
  (qazaqstan.tv, almaty.tv, qazaqtv.com) and Tajik (ozodagon.com) outlets. The headlines are in
  English, Russian or Chinese: a Turkic or Tajik headline already implies its side by its language.
  The outlet stays a weak, guarded side: trade, China's own news and another partner stay out.
* the bilateral abbreviations' third readings (``PROBES_R19_ABBR``, headlines alone): 中乌 is also
  China–Uruguay and China–Uganda, 中吉 China–Djibouti, as 中乌 was already China–Ukraine and 中土
  China–Turkey (read off holdout17's negatives h17-026, a China–Uruguay laboratory whose text writes
  中乌, and h17-043, a Confucius Institute in Djibouti whose text writes 中吉: their headlines name
  the country, the abbreviation sits in the text); with the country named in the same item the
  abbreviation is not Central Asia's, and without it 中乌 and 中吉 keep their Central Asian reading.

Written by hand after holdout17 had been measured (with the round-18 rules) and before the
round-19 rules were written; measured with the round-18 rules (2026.12.21) and the round-19 rules
(docs/classifier.md, "Round 19 figures"); the second family's probes were written after the
first family's rules and before their own. Each: (id, headline, relevant, url), or (id, headline,
relevant) for the abbreviations. None is an item of
classifiers/eval (``test_round19.py`` checks it).
"""

from __future__ import annotations

PROBES_R19: list[tuple[str, str, bool, str]] = [
    # China and a science or education subject; the outlet is the Central Asian side
    ("r19-tm-yerzemin-training-specialists", "Cooperation with Chinese universities in training specialists discussed",
     True, "https://www.yerzemin.com/display/cooperation-with-chinese-universities/50001"),
    ("r19-tm-arzuw-petroleum-university", "Китайский нефтяной университет примет новых студентов",
     True, "https://arzuw.news/kitajskij-neftjanoj-universitet-primet-studentov"),
    ("r19-tm-tmcars-memorandum", "Memorandum signed with China University of Petroleum on student exchange",
     True, "https://tmcars.info/others/news/12345"),
    ("r19-tm-garagumsowda-scholarships", "Chinese government scholarships for bachelor's and master's programmes announced",
     True, "https://garagumsowda.com/jemgyyet/chinese-scholarships/"),
    ("r19-kg-kaktus-scholarships", "Китай выделил стипендии для обучения в китайских вузах",
     True, "https://kaktus.media/doc/500001_kitay_vydelil_stipendii.html"),
    ("r19-uz-dunyo-academic-exchange", "Academic exchange with Chinese universities to expand",
     True, "https://dunyo.info/en/news/academic-exchange-with-chinese-universities"),
    ("r19-kz-qazaqstan-tv-grants", "Китайские вузы выделили гранты для студентов",
     True, "https://qazaqstan.tv/news/200001/"),
    ("r19-kz-almaty-tv-internship", "Студенты колледжа прошли стажировку в Китае",
     True, "https://almaty.tv/news/obrazovanie-i-nauka/3001-studenty-kolledzha-proshli-stazhirovku-v-kitae"),
    ("r19-kz-qazaqtv-joint-lab", "Joint laboratory with a Chinese university opens in the capital",
     True, "https://qazaqtv.com/en/news/joint-laboratory-chinese-university"),
    ("r19-tj-ozodagon-memorandum", "Китайский университет подписал меморандум о сотрудничестве с местным вузом",
     True, "https://ozodagon.com/50001-kitayskiy-universitet-podpisal-memorandum.html"),
    ("r19-tm-yerzemin-zh-students", "中国石油大学迎来新一批留学生",
     True, "https://www.yerzemin.com/display/zh-students/50002"),
    # hard negatives from the same outlets: trade, China's own news, another partner
    ("r19-kg-kaktus-imports-neg", "Китай увеличил импорт сельхозпродукции",
     False, "https://kaktus.media/doc/500002_kitay_uvelichil_import.html"),
    ("r19-uz-dunyo-satellite-neg", "Chinese scientists launch a new satellite",
     False, "https://dunyo.info/en/news/chinese-scientists-launch-satellite"),
    ("r19-kz-qazaqstan-tv-japan-neg", "Япония выделила гранты для студентов",
     False, "https://qazaqstan.tv/news/200002/"),
    ("r19-kz-almaty-tv-china-russia-neg", "Китай и Россия подписали соглашение об обмене студентами",
     False, "https://almaty.tv/news/obrazovanie-i-nauka/3002-kitay-i-rossiya"),
    ("r19-tj-ozodagon-cement-neg", "Китайская компания построит цементный завод",
     False, "https://ozodagon.com/50002-kitayskaya-kompaniya-postroit-zavod.html"),
    ("r19-tm-tmcars-car-exports-neg", "China's car exports rose by a third",
     False, "https://tmcars.info/others/news/12346"),
    ("r19-tm-arzuw-japan-university-neg", "Президент провел встречу с руководителем японского вуза",
     False, "https://arzuw.news/prezident-provel-vstrechu-s-rukovoditelem-japonskogo-vuza"),
    ("r19-tm-yerzemin-research-vessel-neg", "China launches a new research vessel",
     False, "https://www.yerzemin.com/display/china-research-vessel/50003"),
    ("r19-tm-garagumsowda-gas-contract-neg", "Chinese company wins a gas field contract",
     False, "https://garagumsowda.com/ykdysadyyet/chinese-company-gas-contract/"),
    ("r19-kz-qazaqtv-korea-neg", "Korean university opens a branch in the capital",
     False, "https://qazaqtv.com/en/news/korean-university-branch"),
]

PROBES_R19_ABBR: list[tuple[str, str, bool]] = [
    # the third reading named in the item: not Central Asia
    ("r19-zh-zhongwu-uruguay-lab-neg", "中乌生物纳米制药联合实验室在蒙得维的亚启动", False),
    ("r19-zh-zhongwu-uruguay-university-neg", "中乌科技合作成果丰硕 乌拉圭大学校长访华", False),
    ("r19-zh-zhongwu-uganda-neg", "中乌农业技术培训班在乌干达坎帕拉开班", False),
    ("r19-zh-zhongji-djibouti-ci-neg", "中吉教育合作新篇章:吉布提第一所孔子学院揭牌", False),
    ("r19-zh-zhongji-djibouti-university-neg", "中吉两国高校签署合作协议 吉布提大学代表团访华", False),
    ("r19-zh-zhuwu-uruguay-neg", "驻乌拉圭使馆举办留学生招生宣讲会", False),
    # without the third reading 中乌 and 中吉 are Central Asia's
    ("r19-zh-zhongwu-lab", "中乌联合实验室在塔什干揭牌", True),
    ("r19-zh-zhongwu-students", "中乌高校签署学生交流协议", True),
    ("r19-zh-zhongji-joint-school", "中吉高校合作办学项目启动", True),
    ("r19-zh-zhongji-bishkek", "中吉科技合作联合实验室在比什凯克揭牌", True),
    ("r19-zh-zhongwu-samarkand", "中乌考古联合实验室落户撒马尔罕", True),
]
