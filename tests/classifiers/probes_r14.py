"""Round-14 headline probes (issue 12): the families read in the misses of holdout12 (measured
once before, with the round-13 rules), written as reporters write them, with hard negatives
that must stay out:

* space named the way Uzbek, Kazakh, Turkmen and English headlines name it, which the
  vocabulary did not know: Uzbek ``koinot`` / ``коинот`` (outer space) and ``fazo dasturi`` /
  ``фазо дастури`` (space programme), the Cyrillic ``сунъий йўлдош`` (satellite; only the Latin
  ``sun'iy yo'ldosh`` was there), Kazakh ``жер серігі`` and Turkmen ``emeli hemra``
  (satellite), English ``space partners`` / ``space partnership`` (holdout12's h12-001,
  h12-027, h12-028). The same words with Russia or with no China, China's space ties with
  others, and ``havo fazosi`` (airspace) stay out.
* AI written as the abbreviation: ``cooperation on AI``, ``working group on AI``, ``AI
  development center`` (h12-005, h12-006). The abbreviation alone weighs 0.4 (it is two
  letters); written as the subject of cooperation or of a research or teaching body it is the
  technology that ``artificial intelligence`` is. An AI company's office, AI chips, AI with
  Korea or Russia, and a country's own law on AI stay out.

Written by hand after holdout12 had been measured and before the round-14 rules were written;
measured with the round-13 rules (2026.12.16) and the round-14 rules (docs/classifier.md,
"Round 14 figures"). Each: (id, headline, relevant). None is an item of classifiers/eval
(``test_round14.py`` checks it).
"""

from __future__ import annotations

PROBES_R14: list[tuple[str, str, bool]] = [
    # --- space and satellites, both sides named ---
    ("r14-en-space-partners", "China and Kazakhstan become space partners", True),
    ("r14-en-space-partnership", "Uzbekistan seeks space partnership with China", True),
    ("r14-uz-koinot", "O'zbekiston va Xitoy koinotni o'rganishda hamkorlik qiladi", True),
    ("r14-uz-fazo-dasturi", "Qirg'iziston Xitoy bilan fazo dasturi bo'yicha kelishuv imzoladi", True),
    ("r14-uzc-satellite", "Ўзбекистон ва Хитой сунъий йўлдош яратади", True),
    ("r14-uzc-koinot", "Хитой Тожикистон билан коинот соҳасида ҳамкорлик қилади", True),
    ("r14-uzc-fazo-dasturi", "Қозоғистон Хитойнинг фазо дастурига қўшилди", True),
    ("r14-kk-satellite", "Қазақстан мен Қытай жер серігін бірге ұшырады", True),
    ("r14-tk-satellite", "Türkmenistan bilen Hytaý emeli hemra babatda hyzmatdaşlyk edýär", True),
    # --- the same words: airspace, with Russia, with no China, China with others ---
    ("r14-uz-airspace-neg", "O'zbekiston havo fazosi Xitoy aviakompaniyalari uchun kengaytirildi", False),
    ("r14-uz-koinot-russia-neg", "Rossiya va Qozog'iston koinot sohasida hamkorlikni kengaytiradi", False),
    ("r14-uzc-own-satellite-neg", "Ўзбекистон коинотга ўз сунъий йўлдошини учиради", False),
    ("r14-en-space-russia-neg", "Kazakhstan and Russia renew Baikonur space partnership", False),
    ("r14-kk-satellite-russia-neg", "Қазақстан мен Ресей жер серігін бірге ұшырады", False),
    ("r14-tk-own-satellite-neg", "Türkmenistanyň emeli hemrasy orbitada on ýyl işledi", False),
    ("r14-en-space-pakistan-neg", "China and Pakistan become space partners", False),
    # --- AI as the subject of cooperation or of a research or teaching body ---
    ("r14-en-ai-cooperate", "Kazakhstan and China to cooperate on AI", True),
    ("r14-en-ai-research-centre", "China, Kyrgyzstan to set up AI research centre", True),
    ("r14-en-ai-cooperation", "Turkmenistan and China discuss AI cooperation", True),
    ("r14-en-ai-dialogue", "China and Central Asia hold dialogue on AI", True),
    ("r14-en-ai-lab", "Tajikistan, China open AI lab in Dushanbe", True),
    # --- AI as business, with another partner, or with no China ---
    ("r14-en-ai-company-neg", "Chinese AI company opens office in Tashkent", False),
    ("r14-en-ai-chips-neg", "Kazakhstan buys Chinese AI chips", False),
    ("r14-en-ai-korea-neg", "Kazakhstan and Korea to cooperate on AI", False),
    ("r14-en-ai-russia-neg", "China and Russia hold dialogue on AI", False),
    ("r14-en-ai-law-neg", "Uzbekistan adopts law on AI", False),
]
