"""Round 5 of issue 12: each new term or rule, read both ways (a relevant item and its hard
negative, or the term against its false friend)."""

from __future__ import annotations


from classifiers import Classifier

from .tables import rows, assert_reading, assert_decision

# (id, headline, url, expected decision)
DECISIONS = [
    # the writer's own people or institutions ("our", a first-person plural possessive) are the
    # local subject that a text naming only China needs; China's own news still stays out
    ("uz-our-university", "Xitoylik olimlar universitetimizda ma'ruza o'qidi", None, True),
    ("uz-cyrl-our-university", "Хитойлик олимлар университетимизда", None, True),
    ("kk-our-scientists", "Ғалымдарымыз Бейжіңдегі конференцияға қатысты", None, True),
    ("ky-our-students", "Студенттерибиз Үрүмчүдөгү олимпиадада жеңишке жетишти", None, True),
    ("tg-our-university", "Олимони Чин дар донишгоҳи мо лексия хонданд", None, True),
    ("en-our-scientists-uz-outlet", "Our scientists took part in a conference in Beijing", "https://academy.uz/en/news/1", True),
    ("en-our-scientists-no-outlet", "Our scientists took part in a conference in Beijing", None, False),
    ("uz-chinas-own-satellite", "Xitoy olimlari yangi sun'iy yo'ldosh uchirdi", None, False),
    ("kk-chinas-own-ai", "Қытай ғалымдары жасанды интеллект моделін жасады", None, False),
    # a Chinese text naming only Central Asia: foreign students in China are an exchange
    ("zh-tajik-students-in-china", "塔吉克斯坦留学生参加中秋活动", None, True),
    ("zh-kazakh-election", "哈萨克斯坦举行议会选举", None, False),
    # 人大: Renmin University beside a Central Asian side; the National People's Congress not
    ("zh-renmin-ambassador", "吉尔吉斯斯坦驻华大使人大行", None, True),
    ("zh-renmin-memorandum", "人大与哈萨克斯坦欧亚大学签署合作备忘录", None, True),
    ("zh-npc-vice-chair", "全国人大常委会副委员长会见哈萨克斯坦议长", None, False),
    ("zh-npc-deputies", "吉尔吉斯斯坦议员与人大代表座谈", None, False),
    ("zh-npc-visit", "哈萨克斯坦议会代表团访问全国人大", None, False),
    # Tajik: the enclitic "and" (тоҷику чинӣ, Тоҷикистону Чин); Хитой and Узбакистон spellings
    ("tg-tajik-and-chinese-scientists", "Олимони тоҷику чинӣ пиряхҳои Помирро омӯхтанд", None, True),
    ("tg-trade-with-enclitic", "Ҳаҷми тиҷорати Тоҷикистону Чин афзоиш ёфт", None, False),
    ("tg-khitoy-university", "Донишгоҳи Хитой бо донишгоҳи Хуҷанд созишнома баст", None, True),
    # English "teaching of Chinese" is language teaching (and China) at a Tajik outlet
    ("en-teaching-of-chinese", "Chinese experts study the teaching of Chinese at universities",
     "https://www.asiaplustj.info/en/news/tajikistan/1", True),
    ("en-teaching-of-chinese-no-side", "Chinese experts study the teaching of Chinese at universities", None, False),
    # a field of study named after an industry is education, the industry itself is not
    ("ru-railway-majors", "Туркменские студенты осваивают железнодорожные специальности в Китае", None, True),
    ("ru-railway-link", "Китай и Туркменистан откроют железнодорожное сообщение", None, False),
    # Kyrgyz and Kazakh visits are a cooperation cue, as сапар / tashrif / сафар
    ("ky-minister-visited-academy", "Министр Кытайдын илимдер академиясына барды", None, True),
    ("ky-chinas-own-space-news", "Кытайдын окумуштуулары жаңы спутник учурушту", None, False),
    # consuls, as ambassadors, are a weak cooperation cue
    ("en-consul-at-university", "University hosts China's consul general to discuss research ties",
     "https://zkmu.edu.kz/en/1", True),
]


@rows(("title", "url", "expected"), DECISIONS)
def test_round5_decisions(clf: Classifier, title: str, url: str | None, expected: bool) -> None:
    assert_decision(clf, title, expected, url)


def test_another_partner_named_as_often_as_china(clf: Classifier) -> None:
    summary = ("Kazakhstan is working to strengthen ties with its East Asian counterparts. "
               "While much attention is often given to China, South Korea plays a significant role.")
    d = clf.classify(title="The power of educational diplomacy", summary=summary)
    assert not d.relevant and "another_partner_as_often_as_china" in d.explain(), d.explain()
    d = clf.classify(title="China and Kazakhstan: the power of educational diplomacy", summary=summary)
    assert d.relevant, d.explain()


# (id, text, concept, expected: does the concept match?)
READINGS = [
    ("uz-olimlari", "Xitoy olimlari", "research", True),
    ("uz-cyrl-olimlarining", "Хитой олимларининг", "research", True),
    ("tg-olim-singular", "олими чинӣ", "research", True),
    ("tg-tojikistonu", "Тоҷикистону Чин", "tj", True),
    ("tg-uzbakiston", "Узбакистону Тоҷикистон", "uz", True),
    ("ky-lecturers", "окутуучулары", "education_policy", True),
    ("tk-laboratory", "barlaghanasy", "joint_lab", True),
    ("kk-our-university", "университетімізде", "local_subject", True),
    ("kk-our-university-is-a-university", "университетімізде", "university", True),
    ("kk-a-university-is-not-ours", "университетінде", "local_subject", False),
    ("zh-individual-big-data-is-not-renmin", "个人大数据与哈萨克斯坦", "university", False),
    ("ky-contest-with-k-g", "сынагында", "education_policy", True),
    ("ru-our-students", "наши студенты", "local_subject", True),
    ("ru-students-not-ours", "студенты", "local_subject", False),
]


@rows(("text", "concept", "expected"), READINGS)
def test_round5_readings(clf: Classifier, text: str, concept: str, expected: bool) -> None:
    assert_reading(clf, text, concept, expected)
