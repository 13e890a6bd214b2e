"""Round-67 family probes (issue 12), written after the fixes (docs/classifier.md, "Round 67 of issue 12"): the
readings the round added, in new headlines, both ways. A Central Asian institution qualified "in <its country>" as
only a foreigner writes it; an academic head's title and a Chinese surname in pinyin beside a Central Asian
institution; talks held with a partner (English, Kazakh). Each row: (id, headline, relevant)."""

from __future__ import annotations

PROBES_R67: list[tuple[str, str, bool]] = [
    ("r67-en-visit-kimep-in-kazakhstan-rel", "Faculty delegation visits KIMEP University in Kazakhstan", True),
    ("r67-en-exchange-tsue-in-uzbekistan-rel", "Teachers' exchange with Tashkent State University of Economics in Uzbekistan", True),
    ("r67-en-kimep-alone-domestic-neg", "KIMEP University hosts its winter graduation ceremony", False),
    ("r67-en-academician-zhou-kstu-rel", "Academician Zhou Qiang gives a lecture to students of Kyrgyz State Technical University", True),
    ("r67-en-party-secretary-xie-tajik-rel", "Party Secretary Xie Ming receives Vice-Rector of Tajik Technical University", True),
    ("r67-en-academician-zhou-tomsk-neg", "Academician Zhou Qiang opens a summer school at Tomsk Polytechnic", False),
    ("r67-en-director-huang-football-neg", "Director Huang Bo meets Kazakhstan football federation officials", False),
    ("r67-en-talks-held-with-tsinghua-rel", "Talks held with Tsinghua University on a joint master's programme in Almaty", True),
    ("r67-en-gas-talks-held-neg", "Gas price talks held with Chinese side in Ashgabat", False),
    ("r67-kk-kelissoz-lanzhou-rel", "Сәтбаев университеті Ланьчжоу университетімен келіссөз жүргізді", True),
    ("r67-kk-kelissoz-gaz-neg", "ҚазМұнайГаз Қытай компаниясымен газ бағасы бойынша келіссөз жүргізді", False),
]
