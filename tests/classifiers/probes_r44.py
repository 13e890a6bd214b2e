"""Round-44 family probes (issue 12): new stories written AFTER the round's fixes, to check the two
families in every language both ways (docs/classifier.md, "Round 44 of issue 12"): a culture event at
a university or for students, and humanitarian or medical aid handed over, are hard negatives; a
scholarship announced at a festival, a joint culture research centre, a joint vaccine lab, doctors or
nurses trained together stay relevant. Checked fresh against every labelled text, every earlier probe
and the round's two blind sets. Each row: (id, title, summary, relevant)."""

from __future__ import annotations

PROBES_R44: list[tuple[str, str, str, bool]] = [
    ("r44f-en-new-year-concert-neg",
     "Chinese New Year concert draws students at Khujand university",
     "Students of Khujand State University filled the assembly hall for a Chinese New Year concert with "
     "folk songs and a lion dance, organised by the Chinese consulate. Tickets were free.",
     False),
    ("r44f-en-flu-vaccine-rel",
     "Biosafety institute in Kazakhstan and Wuhan virologists to co-develop flu shots",
     "Kazakhstan's Research Institute for Biological Safety Problems and the Wuhan Institute of "
     "Virology agreed to develop a flu vaccine jointly, sharing strains and testing it in both countries.",
     True),
    ("r44f-ru-medicines-neg",
     "Китай безвозмездно передал Кыргызстану партию лекарств",
     "Правительство Китая безвозмездно передало Минздраву Кыргызстана партию лекарств и медицинских "
     "расходных материалов, изготовленных по новейшей технологии. Груз распределят по больницам "
     "Нарынской области.",
     False),
    ("r44f-ru-festival-scholarships-rel",
     "Студенты Бишкека получили китайские стипендии на фестивале культуры",
     "На фестивале китайской культуры в Бишкеке посольство Китая вручило 30 студентам кыргызских вузов "
     "правительственные стипендии для учёбы в магистратуре университетов Пекина и Ухани.",
     True),
    ("r44f-zh-ambulances-neg",
     "中国向吉尔吉斯斯坦捐赠一批救护车",
     "中国政府向吉尔吉斯斯坦卫生部捐赠二十辆救护车，车辆配备采用新技术的急救设备，将分配给伊塞克湖州和塔拉斯州的医院。",
     False),
    ("r44f-zh-culture-centre-rel",
     "中塔高校携手研究丝路人文历史",
     "新疆大学与塔吉克斯坦民族大学签署协议，共建中塔人文交流与文化研究中心，双方学者将合作开展丝绸之路文化研究并互派研究生。",
     True),
    ("r44f-kk-song-contest-neg",
     "Қостанай университетінде қытай әндерінің байқауы өтті",
     "Байтұрсынов атындағы Қостанай өңірлік университетінде студенттер арасында қытай әндерінің "
     "байқауы өтті. Жеңімпаздарға Қытай елшілігі сыйлықтар тапсырды.",
     False),
    ("r44f-kk-nurses-rel",
     "Қазақстандық медбикелер Үрімжіде біліктілігін арттырады",
     "Семей медицина университеті мен Шыңжаң медицина университеті келісім жасады: 40 қазақстандық "
     "медбике Үрімжіде жарты жыл бойы оқып, бірлескен клиникалық жобаларға қатысады.",
     True),
    ("r44f-ky-issyk-kul-aid-neg",
     "Кытай Ысык-Көлгө гуманитардык жардам жеткирди",
     "Кытай Эл Республикасы Ысык-Көл облусундагы сел каптаган айылдарга гуманитардык жардам жеткирди: "
     "чатырлар, тамак-аш жана заманбап технологиядагы суу тазалагычтар.",
     False),
    ("r44f-ky-festival-scholarships-rel",
     "Кытай фестивалында кыргыз жаштарына стипендиялар жарыяланды",
     "Бишкекте өткөн кытай маданият фестивалында Кытай элчилиги кыргыз жаштарына Кытайдын "
     "университеттеринде окуу үчүн 40 стипендия жарыялады.",
     True),
    ("r44f-uz-namangan-medicines-neg",
     "Xitoy Namangan shifoxonalariga insonparvarlik yordami sifatida dori-darmon yubordi",
     "Xitoy hukumati Namangan viloyatidagi shifoxonalarga insonparvarlik yordami sifatida dori-darmon va "
     "zamonaviy texnologiyali tibbiy asboblar yubordi, deb xabar berdi viloyat hokimligi.",
     False),
    ("r44f-uz-vaccine-lab-rel",
     "Toshkent virusologlari xitoylik hamkasblari bilan vaksina ustida ishlaydi",
     "Toshkentdagi Virusologiya ilmiy-tadqiqot instituti va Xitoy olimlari vaksinalarni birgalikda "
     "ishlab chiqish uchun qo‘shma laboratoriya ochdi.",
     True),
    ("r44f-uzc-dance-contest-neg",
     "Гулистон университетида хитой рақслари танлови ўтказилди",
     "Гулистон давлат университетида талабалар ўртасида хитой миллий рақслари танлови бўлиб ўтди, "
     "ғолибларга Хитой элчихонаси совғалар топширди.",
     False),
    ("r44f-uzc-oncology-study-rel",
     "Самарқанд ва Ухань шифокорлари онкология бўйича қўшма тадқиқот бошлади",
     "Самарқанд давлат тиббиёт университети ва Ухань университети шифохонаси онкологик касалликлар "
     "бўйича қўшма клиник тадқиқот бошлади, ўзбек шифокорлари Уханда малака оширади.",
     True),
    ("r44f-tg-new-year-neg",
     "Дар Донишгоҳи давлатии Бохтар соли нави чинӣ таҷлил шуд",
     "Донишҷӯёни Донишгоҳи давлатии Бохтар бо консерт ва намоиши хӯрокҳои чинӣ соли нави чиниро ҷашн "
     "гирифтанд. Чорабиниро маркази фарҳангии сафорати Чин ташкил кард.",
     False),
    ("r44f-tg-doctors-training-rel",
     "Донишгоҳи тиббии Тоҷикистон ва Донишгоҳи Шинҷон табибонро якҷоя омода мекунанд",
     "Донишгоҳи давлатии тиббии Тоҷикистон ва Донишгоҳи тиббии Шинҷон созишнома имзо карданд: 50 табиби "
     "тоҷик дар Урумчӣ курси такмили ихтисос мегузаранд ва тадқиқоти муштарак анҷом медиҳанд.",
     True),
    ("r44f-tk-mary-aid-neg",
     "Hytaý Mary welaýatynyň hassahanalaryna ynsanperwerlik kömegini berdi",
     "Hytaý Halk Respublikasy Mary welaýatynyň hassahanalaryna ynsanperwerlik kömegi hökmünde derman "
     "serişdelerini we döwrebap tehnologiýaly enjamlary berdi.",
     False),
    ("r44f-tk-carpet-heritage-rel",
     "Taryh instituty we Sinzýan uniwersiteti türkmen halyçylygyny öwrenýär",
     "Türkmenistanyň Ylymlar akademiýasynyň Taryh instituty we Hytaýyň Sinzýan uniwersiteti türkmen "
     "halyçylyk mirasyny öwrenmek boýunça bilelikdäki ylmy merkez açdy.",
     True),
]
