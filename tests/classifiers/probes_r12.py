"""Round-12 headline probes (issue 12): the family read in the misses of holdout10 (measured
once before, with the round-11 rules), written as reporters write it, with hard negatives that
must stay out:

* a Russian headline names a Central Asian side only by its citizens' country-noun — the
  demonym made from the country's name (туркменистанец, таджикистанец; the female forms
  узбекистанка, кыргызстанка, таджикистанка, туркменистанка), in any case and number
  ("95 молодых туркменистанцев…", holdout10's h10-008): казахстанец, кыргызстанец and
  узбекистанец were in the vocabulary, these were not — while the same citizens' visas,
  flights, sport and jobs, and their studies with another partner, stay out.

Written by hand after holdout10 had been measured and before the round-12 rules were written;
measured with the round-11 rules (2026.12.14) and the round-12 rules (docs/classifier.md,
"Round 12 figures"). Each: (id, headline, relevant). None is an item of classifiers/eval
(``test_round12.py`` checks it).
"""

from __future__ import annotations

PROBES_R12: list[tuple[str, str, bool]] = [
    # --- a Central Asian country's citizens named by its demonym, with China and a subject ---
    ("r12-ru-tm-students-gen-pl", "Более 7 тысяч туркменистанцев обучаются в вузах Китая", True),
    ("r12-ru-tm-grants-dat-pl", "Пекин выделил туркменистанцам 100 образовательных грантов", True),
    ("r12-ru-tm-nom-pl", "Туркменистанцы будут изучать нефтегазовое дело в Китайском нефтяном университете", True),
    ("r12-ru-tm-ins-pl", "Китайские преподаватели провели мастер-классы для молодых туркменистанцев в Ашхабаде", True),
    ("r12-ru-tj-students-gen-pl", "Число таджикистанцев, обучающихся в китайских университетах, выросло", True),
    ("r12-ru-tj-nom-sg", "Таджикистанец защитил докторскую диссертацию в Университете Цинхуа", True),
    ("r12-ru-tj-dat-pl", "Китай предоставит таджикистанцам стипендии для учебы в магистратуре", True),
    ("r12-ru-uz-female", "Узбекистанка стала лучшим иностранным студентом Пекинского университета", True),
    ("r12-ru-kg-female", "Кыргызстанка победила на олимпиаде по китайскому языку «Мост китайского языка»", True),
    ("r12-ru-tj-female", "Таджикистанка получила грант Института Конфуция на учебу в Китае", True),
    ("r12-ru-tm-female-gen", "Китайский университет наградил туркменистанку за научную работу", True),
    # --- the same citizens, with China but no science or education side; or another partner ---
    ("r12-ru-tm-visas-neg", "Туркменистанцы смогут получать визы в Китай онлайн", False),
    ("r12-ru-tj-flights-neg", "Таджикистанцы стали чаще летать в Урумчи за покупками", False),
    ("r12-ru-tm-jobs-neg", "Китайская компания наняла 300 туркменистанцев на газовое месторождение", False),
    ("r12-ru-tj-sport-neg", "Таджикистанец завоевал золото чемпионата Азии по дзюдо в Китае", False),
    ("r12-ru-uz-female-sport-neg", "Узбекистанка выиграла турнир по боксу в Пекине", False),
    ("r12-ru-tj-turkey-neg", "Таджикистанцы всё чаще едут учиться в турецкие университеты", False),
    ("r12-ru-tm-russia-neg", "Туркменистанцам выделили квоты на обучение в российских вузах", False),
]
