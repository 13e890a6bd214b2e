"""Round-41 family probes (docs/classifier.md, "Round 41 of issue 12"): new headlines with ledes, not
the blind set's, that the round's rules must reject (a tourism or sport story that only happens at a
university; another partner's science story naming China, or Central Asia, in passing) or keep (the
look-alikes: a joint degree in tourism, coaches trained together, a lab with China named in the
headline). Each row: (id, title, summary, relevant)."""

from __future__ import annotations

PROBES_R41_FAMILIES: list[tuple[str, str, str, bool]] = [
    # education only the setting of a tourism or sport story
    ("r41f-en-tourism-roadshow-neg", "Kyrgyz tourism presented to Lanzhou University students",
     "Kyrgyzstan's tourism department told students and lecturers of Lanzhou University about horse "
     "treks at Song-Kul, new direct flights from Urumqi and visa-free entry for Chinese citizens.", False),
    ("r41f-ru-basketball-neg", "Баскетболисты Казахского университета спорта обыграли гостей из Урумчи",
     "Студенческая команда Казахской академии спорта и туризма в товарищеском матче в Алматы обыграла "
     "баскетболистов из Синьцзяна со счётом 78:70, сообщили организаторы турнира.", False),
    ("r41f-uz-tour-students-neg", "Pekindagi universitet talabalariga Xiva sayohatlari taqdim etildi",
     "Turizm qo‘mitasi Pekin universiteti talabalariga Xiva va Samarqand bo‘ylab sayohat yo‘nalishlari, "
     "to‘g‘ridan-to‘g‘ri reyslar va vizasiz rejim haqida ma'lumot berdi.", False),
    ("r41f-kk-volleyball-neg", "Қытайлық студенттер Алматыда волейболдан жарысқа қатысты",
     "Шыңжаң университетінің студенттер құрамасы Алматыда өткен волейбол турнирінде екінші орын алды. "
     "Жарыс спорт кешенінде үш күн өтті.", False),
    ("r41f-uz-tourism-joint-degree", "O‘zbekiston va Xitoy universitetlari turizm bo‘yicha qo‘shma dastur ochdi",
     "Buxoro davlat universiteti va Sian xorijiy tillar universiteti turizm menejmenti bo‘yicha qo‘shma "
     "magistratura dasturini boshladi, talabalar bir yil Xitoyda o‘qiydi.", True),
    ("r41f-ky-tourism-programme", "Кыргыз жана кытай университеттери туризм боюнча биргелешкен программа ачышты",
     "Кыргыз экономикалык университети менен Шинжаң университети туризм менеджменти боюнча биргелешкен "
     "бакалавриат ачып, студенттер бир жылын Үрүмчүдө окушат.", True),
    # another partner's story naming the other side in passing
    ("r41f-en-turkey-robotics-neg", "Kazakhstan and Turkey open robotics lab in Almaty",
     "The lab, set up by a Kazakh university with a Turkish partner, will train engineers in industrial "
     "robotics. The rector said robots for it were bought in Turkey and China.", False),
    ("r41f-ru-korea-ai-neg", "Узбекистан и Южная Корея откроют центр искусственного интеллекта",
     "Центр в Ташкенте будет готовить программистов и вести исследования в области ИИ. В министерстве "
     "отметили, что переговоры о подобных проектах шли и с Китаем.", False),
    ("r41f-kk-asean-space-neg", "Қытай мен АСЕАН ғарыштық зерттеулер орталығын ашты",
     "Орталық Оңтүстік-Шығыс Азия елдерінің ғалымдарына жерсерік деректерін ұсынады. Қытай тарапы "
     "болашақта Орталық Азия елдерін де шақыруы мүмкін екенін айтты.", False),
    ("r41f-tk-russia-university-neg", "Türkmenistan we Russiýa bilelikdäki uniwersitet açmagy maslahatlaşdy",
     "Taraplar inženerçilik we lukmançylyk hünärleri boýunça bilelikdäki uniwersitet açmak meselesini "
     "ara alyp maslahatlaşdylar. Şeýle taslamalar Hytaý bilen hem bar.", False),
    ("r41f-en-china-in-headline-kept", "Kazakhstan, Turkey and China open joint robotics lab",
     "A Kazakh university, a Turkish partner and a Chinese university set up a lab in Almaty to train "
     "engineers in industrial robotics and run joint research.", True),
    ("r41f-ru-china-paired-kept", "Узбекистан и Китай откроют центр искусственного интеллекта с участием Кореи",
     "Центр в Ташкенте будет готовить программистов и вести совместные исследования; университеты "
     "Узбекистана и Китая подписали соглашение, корейская сторона даст оборудование.", True),
    # China's own science carried by a Central Asian agency (the dateline is the only Central Asian name)
    ("r41f-ru-mars-rover-neg", "Китайский марсоход нашёл следы древнего озера",
     "БИШКЕК, 2 июня – Кабар. Китайский марсоход «Чжужун» обнаружил под поверхностью равнины Утопия "
     "слои осадочных пород, оставленных древним озером, сообщают учёные Китайской академии наук.", False),
    ("r41f-tg-rice-record-neg", "Олимони Чин навъи нави шолии сербаҳсро парвариш карданд",
     "Душанбе, 9 май /АМИТ «Ховар»/. Олимони Академияи илмҳои кишоварзии Чин навъи нави шолиро "
     "парвариш карданд, ки ҳосилнокии он 18 тонна аз ҳар гектар аст, хабар медиҳад Синхуа.", False),
    ("r41f-en-seismologists-kept", "Chinese Academy of Sciences to train seismologists from Kazakhstan",
     "ALMATY, June 2 - Twenty seismologists from Kazakhstan will spend six months at institutes of the "
     "Chinese Academy of Sciences learning earthquake early-warning methods, under a programme of both academies.", True),
    # a folk or music festival, a festive concert, with students performing (a culture event)
    ("r41f-ru-folk-festival-neg", "Фольклорный фестиваль в Караколе собрал артистов из Синьцзяна",
     "На фольклорном фестивале в Караколе выступили ансамбли из Кыргызстана и Китая, студенты "
     "местного университета исполнили народные песни, работала ярмарка ремёсел.", False),
    ("r41f-en-music-festival-neg", "Kazakh and Chinese bands headline music festival in Almaty",
     "Bands from Kazakhstan and China's Xinjiang played the two-day music festival in Almaty, joined by "
     "students of the Kazakh National Conservatory, the organisers said.", False),
    ("r41f-uz-language-festival-kept", "Samarqandda xitoy tili festivali: talabalar xitoycha she'r o‘qidi",
     "Samarqand davlat chet tillar instituti Konfutsiy instituti bilan birga xitoy tili festivalini "
     "o‘tkazdi, talabalar xitoy tilida she'r o‘qib, xattotlik bo‘yicha bellashdi.", True),
]
