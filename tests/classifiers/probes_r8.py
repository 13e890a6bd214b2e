"""Round-8 headline probes (issue 12): the families read in the headline misses of holdout7
(measured once before) and of the earlier sets, written as reporters write them in several
languages, each with hard negatives that must stay out:

* Central Asian universities named by their Latin acronym in English headlines (TSUULL,
  TSULBP), as their own sites write them;
* Russian adjectives of Chinese provinces and cities before an institution ("Хэбэйский
  медицинский университет", "Уханьский университет");
* another country's institute named after China ("Institute of China and Contemporary Asia"
  of the Russian Academy of Sciences, "RYA-nyň Hytaý we häzirkizaman Aziýa instituty"): its
  name is Russia's side, not China's;
* the writer's side working "together with the Chinese" in Kazakh, Kyrgyz, Uzbek, Turkmen and
  Tajik ("қытайлықтармен бірге", "кытайлыктар менен бирге", "xitoyliklar bilan birga",
  "hytaýlylar bilen bilelikde", "якҷоя бо олимони чинӣ") — and China's own scientists
  working together with a third country, which stays out.

Written by hand after holdout7 had been measured and before the round-8 rules were written;
measured with the round-7 rules (2026.12.10) and the round-8 rules (docs/classifier.md,
"Round 8 figures"). Each: (id, headline, relevant). None is an item of classifiers/eval
(``test_round8.py`` checks it).
"""

from __future__ import annotations

PROBES_R8: list[tuple[str, str, bool]] = [
    # --- Central Asian universities by their Latin acronym ------------------------------
    ("r8-en-tsuull-chinese", "TSUULL students learn Chinese with a teacher from Shanghai", True),
    ("r8-en-tsuull-cn-delegation", "Chinese delegation visits TSUULL", True),
    ("r8-en-tsulbp-cn-memorandum", "TSULBP signs memorandum with Xinjiang University", True),
    ("r8-en-tsulbp-hsk", "TSULBP students pass the HSK Chinese proficiency test", True),
    ("r8-en-neg-tsuull-korea", "TSUULL signs memorandum with a Korean university", False),
    ("r8-en-neg-tsulbp-moscow", "TSULBP delegation visits Moscow State University", False),
    # --- Russian adjectives of Chinese provinces and cities before an institution -------
    ("r8-ru-hebei-medical-bishkek", "Делегация Хэбэйского медицинского университета посетила Бишкек", True),
    ("r8-ru-sichuan-univ-tj-students", "Таджикские студенты будут учиться в Сычуаньском университете", True),
    ("r8-ru-wuhan-univ-uz-scientists", "Узбекские учёные посетили Уханьский университет", True),
    ("r8-ru-guilin-univ-kg-institute", "Гуйлиньский технологический университет подарил технику кыргызскому институту", True),
    ("r8-ru-henan-agri-kz", "Хэнаньский аграрный университет откроет лабораторию в Казахстане", True),
    ("r8-ru-neg-hebei-cement", "Хэбэйская компания построит цементный завод в Казахстане", False),
    ("r8-ru-neg-shandong-trade", "Товарооборот Шаньдунской провинции с Узбекистаном вырос", False),
    ("r8-ru-neg-henan-pakistan", "Хэнаньский университет подписал соглашение с университетом Пакистана", False),
    ("r8-ru-neg-sichuan-cuisine", "Ресторан сычуаньской кухни открылся в Ташкенте", False),
    # --- another country's institute named after China ---------------------------------
    ("r8-ru-neg-iksa-tm", "Институт Китая и современной Азии РАН предложил сотрудничество Туркменистану", False),
    ("r8-en-neg-iksa-kz", "Institute of China and Contemporary Asia hosts Kazakh scholars in Moscow", False),
    ("r8-tk-neg-iksa", "Russiýanyň Ylymlar akademiýasynyň Hytaý we häzirkizaman Aziýa instituty türkmen alymlary bilen duşuşdy", False),
    ("r8-kk-neg-iksa", "Ресей ғылым академиясының Қытай және қазіргі Азия институты қазақстандық ғалымдармен кездесті", False),
    ("r8-tk-cas-institute", "Türkmen alymlary Hytaýyň Ylymlar akademiýasynyň institutynda tejribe geçdi", True),
    ("r8-ru-cas-institute-tm", "Туркменские учёные прошли стажировку в институте Академии наук Китая", True),
    # --- the writer's side together with the Chinese ------------------------------------
    ("r8-kk-together-chinese", "Агроуниверситет ғалымдары қытайлықтармен бірге бидай сорттарын зерттейді", True),
    ("r8-kk-together-cn-colleagues", "Университет ғалымдары қытайлық әріптестерімен бірге мұздықтарды зерттейді", True),
    ("r8-ky-together-chinese", "Окумуштуулар кытайлыктар менен бирге мөңгүлөрдү изилдешет", True),
    ("r8-uz-together-chinese", "Olimlar xitoyliklar bilan birga paxta navlarini sinovdan o'tkazmoqda", True),
    ("r8-uz-cyrl-together-chinese", "Олимлар хитойлик ҳамкасблари билан бирга янги нав яратди", True),
    ("r8-tk-together-chinese", "Alymlar hytaýly hünärmenler bilen bilelikde täze sort döretdiler", True),
    ("r8-tg-together-chinese", "Олимон якҷоя бо олимони чинӣ пиряхҳоро омӯхтанд", True),
    ("r8-kk-neg-cn-with-us", "Қытай ғалымдары америкалық әріптестерімен бірге жаңа батарея жасады", False),
    ("r8-ky-neg-cn-with-russia", "Кытай окумуштуулары орусиялык кесиптештери менен бирге спутник учурушту", False),
    ("r8-uz-neg-cn-with-us", "Xitoy olimlari amerikalik hamkasblari bilan birga yangi dori yaratdi", False),
    ("r8-kk-neg-road-together", "Қазақстан қытайлықтармен бірге жаңа жол салады", False),
    ("r8-tk-neg-gas-together", "Hytaý bilen bilelikde täze gaz geçirijisi gurulýar", False),
    ("r8-ky-neg-trade-together", "Кытай менен бирге соода жүгүртүүнү көбөйтөбүз", False),
]
