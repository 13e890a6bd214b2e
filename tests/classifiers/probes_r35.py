"""Round-35 probes (issue 12): a ninth blind headline set, written by hand before the rules were run
on any of it and before the vocabulary files were read (docs/classifier.md, "Round 35 of issue 12").
Rounds 31 and 33 left Tajik at recall 0.700 on the headline alone and Kazakh and Kyrgyz at 0.800;
this set is only for the four weakest languages, Tajik (Cyrillic), Turkmen (Latin), Kyrgyz and
Kazakh (Cyrillic), in the shape their agencies write (Khovar, Asia-Plus, Sputnik Tojikiston;
Turkmen State News Agency, Turkmenportal, Neutral Turkmenistan; Kabar, Kaktus, AKIpress; Kazinform,
Egemen, Aikyn).

For each language: 20 relevant headlines (China and that country in science, technology, education,
health science, agricultural science, vocational training, language teaching, scholarships, student
exchange, joint labs, academies of sciences, universities named by name or acronym (ДМТ, ДДТТ, ДДХ,
TDU, КУУ, КРСУ, ОшМУ, КМТУ, ЕНУ, ҚазҰУ, ҚазҰАЗУ, ҚазҰМУ; Chinese universities in local spelling),
conferences, forums, internships, textbooks, digital, space and AI), the sides named by country,
demonym, the PRC's acronym (ҶМЧ, HHR, КЭР, ҚХР), Beijing, Xinjiang, Urumqi, Xi'an, the capitals and
named institutions, in their cases and with possessives; and 8 hard negatives with the same words
(trade, gas and pipelines, railways, roads, visas, customs, sport, culture festivals, tourism, loans,
security; China with other partners; the country with Russia, Turkey, Korea, Iran or Japan in
education or science). 3-12 words. Headlines only: the set is measured with the headline alone, no
url.

Measured once with the round-33 rules (2026.12.39) before any rule was written: that is the round's
honest figure (docs/classifier.md, "Round 35 figures"). Each row: (id, headline, relevant). None is
an item of classifiers/eval, of the shared labelled_dev or an earlier probe, nor nearly one
(``test_round35.py`` checks it).
"""

from __future__ import annotations

PROBES_R35: list[tuple[str, str, bool]] = [
    # ------------------------------------------------------------------ Tajik
    ("r35-tg-dmt-tsinghua", "Ректори ДМТ бо ҳайати Донишгоҳи Синхуа дар бораи магистратураи муштарак гуфтугӯ кард", True),
    ("r35-tg-gov-scholarships", "200 донишҷӯи тоҷик бурсияи ҳукумати Чинро гирифтанд", True),
    ("r35-tg-amit-academy", "АМИТ ва Академияи илмҳои Чин лабораторияи муштарак таъсис медиҳанд", True),
    ("r35-tg-khujand-confucius", "Дар Хуҷанд синфи нави Институти Конфутсий кушода шуд", True),
    ("r35-tg-luban-dushanbe", "Коргоҳи Лу Бан дар Душанбе мутахассисони ҷавонро омода мекунад", True),
    ("r35-tg-xinjiang-wheat", "Олимони Шинҷон ва Тоҷикистон навъи нави гандумро озмоиш карданд", True),
    ("r35-tg-ddtt-seminar", "Табибони чинӣ барои донишҷӯёни ДДТТ семинари илмӣ гузарониданд", True),
    ("r35-tg-bokhtar-language", "Дар Бохтар ихтиёриёни чинӣ ба хонандагон забони мандаринро ёд медиҳанд", True),
    ("r35-tg-student-exchange", "Мубодилаи донишҷӯён байни Тоҷикистону Чин афзоиш меёбад", True),
    ("r35-tg-prc-equipment", "ҶМЧ ба Донишгоҳи техникии Тоҷикистон таҷҳизоти лабораторӣ ҳадя кард", True),
    ("r35-tg-satellites", "Моҳвораи аввалини Тоҷикистон бо кӯмаки мутахассисони чинӣ сохта мешавад", True),
    ("r35-tg-conference", "Конференсияи байналмилалии олимони тоҷику чинӣ дар АМИТ оғоз ёфт", True),
    ("r35-tg-urumqi-interns", "Муҳандисони ҷавони тоҷик дар Урумчӣ таҷрибаомӯзӣ мегузаранд", True),
    ("r35-tg-textbook", "Китоби дарсии забони чинӣ барои мактабҳои Тоҷикистон нашр шуд", True),
    ("r35-tg-ai-capitals", "Пекин ба Душанбе дар рушди зеҳни сунъӣ кумак мерасонад", True),
    ("r35-tg-ddkh-lanzhou", "ДДХ бо Донишгоҳи Ланҷоу барномаи дипломи дугона оғоз кард", True),
    ("r35-tg-vocational-teachers", "Чин барои коллеҷҳои касбии Тоҷикистон омӯзгорон тайёр мекунад", True),
    ("r35-tg-agrarian-lab", "Донишгоҳи аграрии Тоҷикистон ва ҳамтоёни чинӣ озмоишгоҳи хок бунёд карданд", True),
    ("r35-tg-medical-rectors-xian", "Шиан мизбони нишасти роҳбарони донишгоҳҳои тиббии Тоҷикистону Чин шуд", True),
    ("r35-tg-pamir-colleagues", "Пиряхшиносони чинӣ бо ҳамкорони тоҷикашон ба Помир экспедитсия ташкил карданд", True),
    ("r35-tg-trade-neg", "Тоҷикистон ба Чин ҳазор тонна лимӯ фурӯхт", False),
    ("r35-tg-road-neg", "Пудратчии чинӣ нақби Шаҳристонро пас аз таъмир ба истифода дод", False),
    ("r35-tg-kulma-customs-neg", "Гузаргоҳи марзии Кулма барои борҳои чинӣ боз шуд", False),
    ("r35-tg-loan-neg", "Чин ба Тоҷикистон қарзи имтиёзнок пешниҳод кард", False),
    ("r35-tg-drills-neg", "Тоҷикистон ва Чин машқҳои муштараки зиддитеррористӣ гузарониданд", False),
    ("r35-tg-football-neg", "Тими футболи Тоҷикистон дар Шиан бо Чин бозӣ мекунад", False),
    ("r35-tg-rtsu-russia-neg", "Донишгоҳи славянии Россия ва Тоҷикистон маркази илмии нав кушод", False),
    ("r35-tg-iran-exchange-neg", "Донишгоҳҳои Тоҷикистон ва Эрон барномаи мубодилаи донишҷӯён оғоз карданд", False),
    # ------------------------------------------------------------------ Turkmen
    ("r35-tk-tdu-peking", "Magtymguly adyndaky TDU Pekin uniwersiteti bilen ylalaşyk baglaşdy", True),
    ("r35-tk-gov-grants", "Hytaý hökümetiniň grantlary boýunça 50 türkmen talyby okuwa kabul edildi", True),
    ("r35-tk-academies", "Türkmenistanyň we Hytaýyň Ylymlar akademiýalary bilelikdäki barlaglary ara alyp maslahatlaşdy", True),
    ("r35-tk-hhr-digital", "HHR-iň alymlary Aşgabatda sanly tehnologiýalar boýunça okuw geçirdi", True),
    ("r35-tk-teachers-language", "Aşgabadyň mekdeplerinde hytaý dili sapaklaryny Pekinden gelen mugallymlar berýär", True),
    ("r35-tk-wheat-drought", "Türkmen we hytaý alymlary gurakçylyga çydamly bugdaý sortlaryny synagdan geçirýär", True),
    ("r35-tk-medical-universities", "Türkmen döwlet lukmançylyk uniwersiteti Hytaýyň lukmançylyk uniwersiteti bilen hyzmatdaşlyk edýär", True),
    ("r35-tk-vocational-centre", "Hytaýyň kömegi bilen Aşgabatda hünär okuw merkezi açyldy", True),
    ("r35-tk-satellites", "Türkmenistan we Hytaý hemra tehnologiýalary boýunça hyzmatdaşlygy giňeldýär", True),
    ("r35-tk-beijing-conference", "Pekinde türkmen-hytaý ylmy maslahaty geçirildi", True),
    ("r35-tk-xian-interns", "Türkmen inženerleri Sian şäherinde önümçilik tejribesini geçýär", True),
    ("r35-tk-textbook", "Türkmen talyplary üçin hytaý dili okuw kitaby taýýarlandy", True),
    ("r35-tk-oguzhan-lab", "Oguz han adyndaky uniwersitetde türkmen-hytaý bilelikdäki laboratoriýasy açyldy", True),
    ("r35-tk-ai-project", "Aşgabat bilen Pekin emeli aň boýunça bilelikdäki taslama başlaýar", True),
    ("r35-tk-student-exchange", "Türkmenistanyň we Hytaýyň uniwersitetleri talyp alyş-çalşygyny giňeldýär", True),
    ("r35-tk-ca-forum", "Hytaý – Merkezi Aziýa bilim forumyna türkmen rektorlary gatnaşdy", True),
    ("r35-tk-urumqi-students", "Urumçide okaýan türkmen talyplary ylmy bäsleşikde ýeňiji boldy", True),
    ("r35-tk-petroleum-university", "Hytaýyň Nebit uniwersiteti türkmen ýaşlaryny inžener hökmünde taýýarlaýar", True),
    ("r35-tk-desert-colleagues", "Türkmen alymlary hytaýly kärdeşleri bilen çöl ekologiýasyny öwrenýär", True),
    ("r35-tk-virologists", "Hytaýly we türkmen wirusologlary bilelikdäki barlaga başlady", True),
    ("r35-tk-gas-neg", "Türkmen tebigy gazynyň Hytaýa eksporty rekord derejä ýetdi", False),
    ("r35-tk-pipeline-neg", "Türkmenistan – Hytaý gaz geçirijisiniň D şahasy ara alnyp maslahatlaşyldy", False),
    ("r35-tk-freight-train-neg", "Aşgabatdan Hytaýa täze ýük otlusy ugradyldy", False),
    ("r35-tk-visa-neg", "Hytaýa gidýän türkmen telekeçilerine köp gezeklik wiza berler", False),
    ("r35-tk-tourists-neg", "Hytaýly syýahatçylar Awazada dynç aldy", False),
    ("r35-tk-pakistan-neg", "Hytaý we Pakistan bilelikdäki ylmy merkez açdy", False),
    ("r35-tk-turkey-exchange-neg", "Türkmen we türk uniwersitetleri talyp alyş-çalşygy barada ylalaşdy", False),
    ("r35-tk-japan-neg", "Ýapon hökümeti türkmen alymlary üçin barlag grantlaryny yglan etdi", False),
    # ------------------------------------------------------------------ Kyrgyz
    ("r35-ky-kuu-lanzhou", "Ланьчжоу университетинин делегациясы КУУда биргелешкен магистратураны талкуулады", True),
    ("r35-ky-krsu-prep", "КРСУ кытайлык студенттер үчүн даярдоо бөлүмүн ачат", True),
    ("r35-ky-gov-scholarship", "Кытай өкмөтүнүн стипендиясына 60 кыргыз студенти ээ болду", True),
    ("r35-ky-ker-academy", "Улуттук илимдер академиясы менен КЭРдин окумуштуулары биргелешкен лаборатория ачты", True),
    ("r35-ky-oshsu-confucius", "ОшМУдагы Конфуций институту жаңы окуу классын ачты", True),
    ("r35-ky-xinjiang-potato", "Шинжаңдык агрономдор Ысык-Көлдө картөшкөнүн жаңы сортторун сынап жатат", True),
    ("r35-ky-heart-research", "Кыргыз жана кытай дарыгерлери жүрөк ооруларын биргелешип изилдейт", True),
    ("r35-ky-luban-osh", "Ош шаарындагы Лу Бань устаканасы 40 автомеханикти даярдады", True),
    ("r35-ky-teachers-beijing", "Кыргызстандык кытай тили мугалимдери Бээжинде квалификациясын жогорулатты", True),
    ("r35-ky-urumqi-exchange", "Үрүмчүнүн университеттери кыргызстандык студенттерди алмашуу программасына чакырат", True),
    ("r35-ky-satellite", "Кыргызстан Кытайдын жардамы менен биринчи спутнигин орбитага чыгарат", True),
    ("r35-ky-beijing-conference", "Бээжинде кыргыз-кытай илимий конференциясы өттү", True),
    ("r35-ky-kstu-shenzhen", "КМТУнун студенттери Шэньчжэндеги IT компанияларында стажировкадан өтүшөт", True),
    ("r35-ky-textbook", "Кыргыз мектептери үчүн кытай тили боюнча жаңы окуу китеби чыкты", True),
    ("r35-ky-ai-courses", "Кытай кыргыз жаштарына жасалма интеллект боюнча окуу курстарын уюштурат", True),
    ("r35-ky-agrarian-partners", "Кыргыз улуттук агрардык университети кытайлык өнөктөштөрү менен тажрыйба талаасын ачты", True),
    ("r35-ky-rectors-forum", "Кытай – Борбор Азия ректорлор кеңешинин жыйыны Бишкекте өттү", True),
    ("r35-ky-peking-kyrgyz-language", "Бээжин университети кыргыз тилин окутууну баштайт", True),
    ("r35-ky-study-in-china", "Кытайга окууга кеткен кыргызстандыктардын саны эки эсе өстү", True),
    ("r35-ky-xinjiang-academy", "Шинжаң илимдер академиясы Ысык-Көлдүн экологиясын изилдейт", True),
    ("r35-ky-railway-neg", "Кытай менен Кыргызстанды байланыштыруучу темир жолго алгачкы рельстер төшөлдү", False),
    ("r35-ky-torugart-neg", "Торугарт бажы өткөрмө пунктунда кытай жүк ташуучулары кезекте турат", False),
    ("r35-ky-trade-neg", "Кытайдан импорттолгон кийимдин көлөмү жарым жылда 30 пайызга өстү", False),
    ("r35-ky-eximbank-neg", "Кытайдын Эксимбанкы Бишкектеги жолдорго насыя берет", False),
    ("r35-ky-wrestlers-neg", "Кыргыз балбандары Үрүмчүдөгү турнирде үч медаль утту", False),
    ("r35-ky-korea-it-neg", "Бишкекте Корея менен биргелешкен IT академиясы ачылды", False),
    ("r35-ky-krsu-russia-neg", "КРСУ менен Москва мамлекеттик университети кош диплом программасын ишке киргизди", False),
    ("r35-ky-mongolia-neg", "Кытай менен Монголия биргелешкен чөл изилдөө борборун ачты", False),
    # ------------------------------------------------------------------ Kazakh
    ("r35-kk-enu-tsinghua", "ЕНУ мен Цинхуа университеті бірлескен магистратура бағдарламасын ашады", True),
    ("r35-kk-kaznu-fudan", "ҚазҰУ студенттері Фудань университетінде тағылымдамадан өтеді", True),
    ("r35-kk-khr-grants", "ҚХР Білім министрлігінің стипендиясын жүз қазақстандық жас жеңіп алды", True),
    ("r35-kk-academies", "Ұлттық ғылым академиясы мен Қытай ғылым академиясы келісімге қол қойды", True),
    ("r35-kk-satellite", "Қазақстан мен Қытай бірлескен жерсерік жасауды талқылады", True),
    ("r35-kk-kyzylorda-rice", "Қызылорда күрішшілері қытайлық ғалымдармен тұзға төзімді сорт шығарды", True),
    ("r35-kk-oncology", "Қазақстандық және қытайлық дәрігерлер онкология бойынша ғылыми зерттеу бастады", True),
    ("r35-kk-almaty-confucius", "Алматыдағы Конфуций институты қытай тілі олимпиадасын өткізді", True),
    ("r35-kk-shymkent-vocational", "Шымкентте қытайлық серіктестермен кәсіптік оқыту орталығы ашылды", True),
    ("r35-kk-luban-college", "Шығыс Қазақстан политехникалық колледжінде Лу Бань шеберханасы жұмыс істейді", True),
    ("r35-kk-beijing-forum", "Бейжіңде қазақ-қытай білім беру форумы өтті", True),
    ("r35-kk-textbook", "Қытай тілін оқытуға арналған қазақша оқулық жарық көрді", True),
    ("r35-kk-satbayev-huawei", "Сәтбаев университеті Хуавэймен жасанды интеллект зертханасын ашты", True),
    ("r35-kk-astana-urumqi", "Астана мен Үрімжі жоғары оқу орындары академиялық ұтқырлық туралы келісті", True),
    ("r35-kk-kaznmu-shanghai", "ҚазҰМУ мен Шанхай медицина университеті дәрігерлерді бірге даярлайды", True),
    ("r35-kk-balkhash-colleagues", "Қазақ ғалымдары қытайлық әріптестерімен Балқаш көлін зерттейді", True),
    ("r35-kk-digital", "Қазақстан мен ҚХР цифрлық технологиялар саласында ынтымақтастықты күшейтеді", True),
    ("r35-kk-nu-space", "Назарбаев Университетінің ғалымдары Қытайдың ғарыш агенттігімен жұмыс істейді", True),
    ("r35-kk-youth-in-china", "Қытайда білім алатын қазақ жастары 15 мыңнан асты", True),
    ("r35-kk-kaznaru-yangling", "ҚазҰАЗУ мен Янлин аграрлық университеті бірлескен тәжірибе алқабын ашты", True),
    ("r35-kk-pipeline-neg", "Қазақстан – Қытай газ құбырының өткізу қабілеті арттырылады", False),
    ("r35-kk-dostyk-neg", "Достық – Алашаңқай өткелі арқылы жүк тасымалы ұлғайды", False),
    ("r35-kk-visa-free-neg", "Қытай азаматтарына 30 күндік визасыз кіру мүмкіндігі берілді", False),
    ("r35-kk-festival-neg", "Алматыда қытай мәдениеті фестивалі басталды", False),
    ("r35-kk-tourists-neg", "Қытайдан келген туристер саны Алакөлде екі есе көбейді", False),
    ("r35-kk-football-neg", "Астана футбол клубы Қытайда оқу-жаттығу жиынын өткізеді", False),
    ("r35-kk-turkey-lab-neg", "Қожа Ахмет Ясауи университеті түрік ғалымдарымен жаңа зертхана іске қосты", False),
    ("r35-kk-russia-moon-neg", "Қытай және Ресей ғарыш агенттіктері Айға бірлескен станция салады", False),
]

# Family probes, written after the blind set was measured (docs/classifier.md, "Round 35 of issue 12"):
# each family read off a miss, in the other languages it has, with a hard negative that shares its
# words. None is a headline of the blind set.
PROBES_R35_FAMILIES: list[tuple[str, str, bool]] = [
    # a university or academy named by its local-language acronym, with its case ending (КУУда,
    # TOHU-nyň); the same institution with another partner or in sport stays out
    ("r35f-ky-kstu-robotics", "КМТУ кытайлык компания менен робототехника лабораториясын ачты", True),
    ("r35f-ky-ksma-urumqi", "КММА студенттери Үрүмчүдөгү клиникада практикадан өтүштү", True),
    ("r35f-ky-knau-seeds", "КУАУнун окумуштуулары кытайлык агрономдор менен буудайдын сортун сынашат", True),
    ("r35f-ky-knu-football-neg", "КУУнун футбол командасы Кытайдагы турнирге катышат", False),
    ("r35f-tk-tohu-cotton", "TOHU-nyň alymlary Hytaýyň agrar uniwersiteti bilen pagta sortlaryny döredýär", True),
    ("r35f-tk-hngu-training", "HNGU Hytaýyň nebit kompaniýasy bilen talyplary taýýarlamak barada ylalaşdy", True),
    ("r35f-tk-tdlu-beijing", "TDLU we Pekin lukmançylyk uniwersiteti bilelikdäki maslahat geçirdi", True),
    ("r35f-tk-hyyou-turkey-neg", "HYYÖU talyplary Türkiýede tomusky mekdebe gatnaşdy", False),
    ("r35f-tg-ddtt-shanghai", "ДДТТ ва Донишгоҳи тиббии Шанхай барномаи мубодила имзо карданд", True),
    ("r35f-tg-dat-xinjiang", "Агрономҳои ҷавони ДАТ дар Донишгоҳи кишоварзии Шинҷон таҷриба меомӯзанд", True),
    ("r35f-kk-ektu-xinjiang", "ШҚТУ ғалымдары Шыңжаң университетімен металлургия бойынша жоба бастады", True),
    ("r35f-kk-skma-medicine", "ОҚМА студенттері Қытайда дәстүрлі медицинаны оқиды", True),
    ("r35f-uz-samdtu-clinic", "SamDTU va Pekin tibbiyot universiteti qo'shma klinika ochadi", True),
    ("r35f-uzc-urdu-training", "УрДУ талабалари Хитой университетида малака оширди", True),
    ("r35f-uz-guldu-turkey-neg", "GulDU talabalari Turkiyada yozgi maktabda o'qidi", False),
    # virologists (and immunologists) are medical scientists, as epidemiologists; with Russia, out
    ("r35f-en-virologists", "Chinese and Kazakh virologists study tick-borne fever", True),
    ("r35f-ru-virologists", "Вирусологи Китая и Узбекистана изучат новый штамм гриппа", True),
    ("r35f-kk-virologists", "Қытай мен Қазақстан вирусологтары құс тұмауын зерттейді", True),
    ("r35f-uz-virologists", "O'zbek va xitoylik virusologlar gripp shtammini o'rganmoqda", True),
    ("r35f-en-virologists-russia-neg", "Russian and Kazakh virologists test new flu vaccine", False),
    # Turkmen joint research (bilelikdäki barlag); a joint customs check is not it
    ("r35f-tk-joint-research", "Türkmen we hytaý geologlary bilelikdäki barlaglary dowam etdirýär", True),
    ("r35f-tk-customs-check-neg", "Hytaý bilen serhetde bilelikdäki gümrük barlagy güýçlendirildi", False),
    # a master's programme in Cyrillic (магистратура); a Russian university's stays out
    ("r35f-ru-masters", "Китайский вуз откроет магистратуру для казахстанцев", True),
    ("r35f-tg-masters", "Донишгоҳи Ланҷоу барои ҷавонони тоҷик магистратура мекушояд", True),
    ("r35f-ru-masters-russia-neg", "МГУ открыл магистратуру для студентов из Узбекистана", False),
    # a satellite written solid in Kazakh (жерсерік) and the Kyrgyz жасалма жандоочу; Russia's launch out
    ("r35f-kk-satellite-orbit", "Қытай зымыраны қазақстандық жерсерікті орбитаға шығарды", True),
    ("r35f-ky-satellite", "Кыргыз студенттеринин жасалма жандоочусу Кытайдан учурулат", True),
    ("r35f-kk-satellite-russia-neg", "Ресей зымыраны қазақстандық жерсерікті ұшырды", False),
]
