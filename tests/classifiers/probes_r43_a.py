"""Round-43 probes, part A (en, ru, zh): see ``probes_r43.py`` for what the set is and how it was built."""

from __future__ import annotations

PROBES_R43_A: list[tuple[str, str, str, bool]] = [
    # ------------------------------------------------------------------ English
    ("r43-en-agri-roundtable-neg",
     "Kazakh wheat and Chinese buyers meet at Petropavl roundtable",
     "Grain exporters from Kazakhstan met 30 buyers from Heilongjiang and Shandong in Petropavl, where "
     "officials promised faster phytosanitary checks and praised 'innovation in agrologistics'. Eleven "
     "supply contracts for wheat, flax and barley were signed, the regional akimat said.",
     False),
    ("r43-en-wind-farm-neg",
     "Chinese-built wind farm starts feeding Uzbek grid in Karakalpakstan",
     "A 500-megawatt wind farm built by a Chinese contractor in Uzbekistan's Karakalpakstan began "
     "delivering power to the grid on Tuesday. About 200 engineers installed turbines using the "
     "latest technology, the energy ministry said, adding the plant will sell electricity under a "
     "25-year agreement.",
     False),
    ("r43-en-irkeshtam-queue-neg",
     "Irkeshtam crossing cuts truck queues with electronic booking",
     "Kyrgyzstan and China have moved truck slots at the Irkeshtam crossing to a digital booking "
     "system, cutting waits from four days to under one, the customs service said. Drivers now file "
     "declarations online before reaching the border, and cargo volumes rose 18% in October.",
     False),
    ("r43-en-calligraphy-show-neg",
     "Calligraphy exhibition opens at Tajik National University",
     "An exhibition of Chinese calligraphy and Tajik miniature painting opened in the main hall of "
     "the Tajik National University in Dushanbe, timed to the Chinese New Year. Visitors can try brush "
     "writing at a workshop table; the show runs until February 20 and entry is free.",
     False),
    ("r43-en-ambulances-neg",
     "China hands 40 ambulances to Turkmenistan's health ministry",
     "China delivered 40 fully equipped ambulances to Turkmenistan on Monday, Ashgabat's health "
     "ministry said, including ventilators and portable ultrasound devices of modern technology. The "
     "vehicles will go to district hospitals in Lebap and Dashoguz provinces.",
     False),
    ("r43-en-lunar-sample-dateline-neg",
     "ALMATY: China says far-side lunar samples hold ancient volcanic glass",
     "ALMATY, Kazakhstan (Reuters) - Chinese scientists said on Thursday that soil brought back from the "
     "far side of the Moon contains volcanic glass about 2.8 billion years old, a finding published in "
     "a Beijing journal that may reshape theories of the Moon's cooling.",
     False),
    ("r43-en-eu-hydrogen-neg",
     "Kazakhstan and EU researchers map green hydrogen sites",
     "Scientists from Kazakhstan's Satbayev University and German institutes have mapped 14 sites for "
     "green hydrogen production in Mangystau, funded by the European Union. The study notes China as "
     "the largest maker of electrolysers but recommends European suppliers.",
     False),
    ("r43-en-summit-declaration-neg",
     "Central Asia-China summit declaration lists 20 areas of partnership",
     "Leaders of China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan adopted a "
     "declaration covering trade, energy, transport, agriculture, security, tourism, health, science, "
     "education and culture, and agreed to meet again in two years.",
     False),
    ("r43-en-wind-lab-rel",
     "Kazakh and Chinese universities open joint wind energy laboratory",
     "Al-Farabi Kazakh National University and North China Electric Power University opened a joint "
     "laboratory in Almaty to study wind turbine performance in steppe conditions. Engineers and PhD "
     "students from both sides will share data and publish together.",
     True),
    ("r43-en-scholarships-rel",
     "Beijing doubles study grants for Kyrgyz engineering and medical applicants",
     "The Chinese embassy in Bishkek announced 300 government scholarships for students from "
     "Kyrgyzstan for the coming academic year, covering bachelor's, master's and doctoral programmes "
     "in engineering, medicine and agriculture at Chinese universities.",
     True),
    ("r43-en-herbal-centre-rel",
     "Uzbek and Chinese scientists launch centre for medicinal plants",
     "The Institute of the Chemistry of Plant Substances in Tashkent and the Xinjiang Technical Institute "
     "of Physics and Chemistry set up a joint research centre on medicinal plants of Central Asia, "
     "with shared expeditions and a common database of compounds.",
     True),
    # ------------------------------------------------------------------ Russian
    ("r43-ru-kambarata-neg",
     "Китайские подрядчики приступили к бетонированию плотины Камбараты",
     "На строительстве Камбаратинской ГЭС-1 в Кыргызстане начались работы по укладке бетона в тело "
     "плотины. Китайская компания задействовала около 600 инженеров и рабочих и применяет технологию "
     "укатанного бетона, сообщили в Минэнерго республики. Пуск первого агрегата намечен на 2028 год.",
     False),
    ("r43-ru-gold-mine-neg",
     "В Таджикистане запустили золотоизвлекательную фабрику с китайским капиталом",
     "В Зеравшанской долине Таджикистана введена в строй золотоизвлекательная фабрика мощностью "
     "1,5 млн тонн руды в год. Инвестор из Китая установил оборудование с технологией кучного "
     "выщелачивания, на предприятии работают 900 человек, включая китайских инженеров.",
     False),
    ("r43-ru-wushu-neg",
     "В Ташкенте прошёл чемпионат Центральной Азии по ушу",
     "В спорткомплексе Узбекского государственного университета физической культуры и спорта "
     "завершился открытый чемпионат Центральной Азии по ушу. Спортсмены Узбекистана завоевали "
     "12 золотых медалей, команда Китая — девять; судили соревнования арбитры из Пекина.",
     False),
    ("r43-ru-vaccines-neg",
     "Кыргызстан получил из Китая партию вакцин против гриппа",
     "В Бишкек доставлена партия из 200 тысяч доз вакцины против гриппа, переданная Китаем в рамках "
     "гуманитарной помощи. В Минздраве Кыргызстана отметили, что препарат произведён по современной "
     "технологии и будет направлен в школы и поликлиники в первую очередь.",
     False),
    ("r43-ru-korea-chips-neg",
     "ТУИТ и KAIST запускают курс микроэлектроники для узбекских инженеров",
     "Ташкентский университет информационных технологий и корейский институт KAIST договорились "
     "готовить инженеров по микроэлектронике. По словам ректора, Узбекистан не хочет зависеть только "
     "от поставок чипов из Китая и рассчитывает на корейские технологии.",
     False),
    ("r43-ru-africa-agro-neg",
     "Китай откроет в Африке 20 центров сельскохозяйственных технологий",
     "Министерство сельского хозяйства КНР объявило о создании 20 демонстрационных центров "
     "агротехнологий в странах Африки. Подобный опыт, по словам представителя министерства, уже "
     "накоплен в Центральной Азии, однако новая программа касается только африканских стран.",
     False),
    ("r43-ru-bishkek-business-neg",
     "Кыргызско-китайский бизнес-форум в Бишкеке: подписано 15 соглашений",
     "На бизнес-форуме в Бишкеке кыргызские и китайские компании подписали 15 соглашений на 700 млн "
     "долларов в сферах строительства, текстиля и переработки кожи. Премьер Кыргызстана призвал "
     "инвесторов делать ставку на инновации и цифровизацию.",
     False),
    ("r43-ru-khorgos-seals-neg",
     "На Хоргосе ввели электронные пломбы для транзитных грузов",
     "Казахстан и Китай перевели транзитные контейнеры через пункт Хоргос на электронные пломбы с "
     "навигационным отслеживанием. Цифровая технология позволяет не досматривать груз повторно, "
     "сообщил Комитет госдоходов; время пересечения границы сократилось вдвое.",
     False),
    ("r43-ru-geology-institute-rel",
     "Казахстанские и китайские геологи создадут совместный институт",
     "Институт геологических наук имени Сатпаева и Китайская геологическая служба договорились "
     "создать в Алматы совместный научный институт по изучению редкоземельных металлов. Учёные двух "
     "стран проведут полевые исследования и подготовят общую карту месторождений.",
     True),
    ("r43-ru-hydro-engineers-rel",
     "Китайский университет подготовит гидроэнергетиков для Кыргызстана",
     "Университет Хохай и Кыргызский государственный технический университет запускают совместную "
     "магистерскую программу по гидроэнергетике: студенты из Кыргызстана проведут год в Нанкине и "
     "получат два диплома. Первый набор — 40 человек.",
     True),
    ("r43-ru-desert-lab-rel",
     "Учёные Туркменистана и Китая изучат борьбу с опустыниванием",
     "Национальный институт пустынь, растительного и животного мира Туркменистана и Синьцзянский "
     "институт экологии и географии Китайской академии наук открыли совместную лабораторию в "
     "Ашхабаде для исследований закрепления песков в Каракумах.",
     True),
    # ------------------------------------------------------------------ Chinese
    ("r43-zh-cku-customs-neg",
     "中吉乌公路运输推行电子通关 货车过境时间缩短",
     "中国、吉尔吉斯斯坦、乌兹别克斯坦三国海关近日在中吉乌公路货运线路上推广电子通关和数字化申报，"
     "货车在伊尔克什坦口岸的通关时间由两天缩短至半天。今年前十个月，该线路运输货物同比增长三成。",
     False),
    ("r43-zh-solar-plant-neg",
     "撒马尔罕400兆瓦光伏项目全容量并网",
     "由中国企业承建的乌兹别克斯坦撒马尔罕州400兆瓦光伏电站日前全容量并网。项目采用先进的双面组件技术，"
     "中方工程师与当地工人共同完成安装，建成后每年可为当地提供约8亿千瓦时电力。",
     False),
    ("r43-zh-summit-fields-neg",
     "中国—中亚峰会发表联合宣言",
     "中国同哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦、乌兹别克斯坦五国元首签署联合宣言，"
     "表示将在经贸、能源、交通、农业、安全、卫生、科技、教育、文化和旅游等领域深化合作。",
     False),
    ("r43-zh-almaty-rover-neg",
     "阿拉木图电：中国火星车探测数据揭示古海洋遗迹",
     "新华社阿拉木图电 中国科学家近日发布祝融号火星车雷达探测成果，称在乌托邦平原地下发现疑似古海岸线"
     "沉积层。哈萨克斯坦媒体对此进行了报道。该研究由中国科学院团队完成，论文发表于国际期刊。",
     False),
    ("r43-zh-asean-tech-neg",
     "第十届中国—东盟科技合作周南宁启幕 签约30项",
     "第十届中国—东盟科技合作周在南宁开幕，双方签署人工智能、新能源等领域30项合作协议。"
     "主办方表示，今后也将探索与中亚等地区的交流，但本届活动仅面向东盟国家。",
     False),
    ("r43-zh-medical-supplies-neg",
     "中国向塔吉克斯坦援助一批医疗物资",
     "中国政府援助塔吉克斯坦的一批医疗物资日前运抵杜尚别，包括呼吸机、监护仪和采用新技术的血液透析设备。"
     "塔卫生部表示，这批物资将分配给哈特隆州和索格德州的医院。",
     False),
    ("r43-zh-tea-festival-neg",
     "比什凯克举办中国茶文化节",
     "中国茶文化节在吉尔吉斯斯坦比什凯克人文大学举行，当地居民和大学生品尝了普洱、龙井等名茶，"
     "观看了茶艺表演。活动由中国驻吉尔吉斯斯坦大使馆和一家茶叶贸易公司联合举办。",
     False),
    ("r43-zh-invest-innovation-neg",
     "哈萨克斯坦—中国投资论坛签约金额超百亿元",
     "哈萨克斯坦—中国投资论坛在阿斯塔纳举行，双方企业签署了化工、建材、农产品加工等领域42项协议，"
     "总金额超过100亿元人民币。与会嘉宾表示，应以创新驱动推动双边经贸高质量发展。",
     False),
    ("r43-zh-energy-masters-rel",
     "中哈两校联合培养能源工程硕士",
     "中国石油大学（北京）与哈萨克斯坦萨特巴耶夫大学签署协议，联合培养能源工程方向硕士研究生，"
     "学生将在两国分别学习一年，毕业时获得两校学位。首批招生30人。",
     True),
    ("r43-zh-seed-lab-rel",
     "中塔作物种质资源研究平台在杜尚别启用",
     "中国农业科学院与塔吉克斯坦农业科学院共建的作物种质资源联合实验室在杜尚别揭牌，"
     "双方科研人员将合作开展小麦和棉花抗旱品种选育研究，并共同培养青年科研人员。",
     True),
    ("r43-zh-students-rel",
     "土库曼斯坦留学生赴中国高校学习铁路技术",
     "首批50名土库曼斯坦留学生抵达兰州交通大学，将在该校学习铁路信号与通信技术专业，"
     "这是两国教育部签署的人才培养协议的一部分，学生毕业后将回国从事铁路建设工作。",
     True),
]
