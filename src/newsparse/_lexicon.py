"""Words to write generated articles with, per language and script.

Data for :mod:`newsparse.testing`: ordinary news vocabulary in fifteen
languages and eight scripts, so that generated paragraphs read like prose to
the extractor without being copied from any page. No word here is a call to
action or a widget label of ``_vocab.BOILERPLATE_TEXT`` (a unit test checks
words and word pairs), so generated article text never looks like
boilerplate by accident. Each list starts with a long word: Hypothesis
shrinks towards the first element, and a paragraph made of it still reads as
prose.
"""

from __future__ import annotations

import attrs


__all__ = ["AGENCIES", "LANGUAGES", "Language"]


@attrs.frozen(kw_only=True)
class Language:
    """How to write plausible text in one language.

    Attributes:
        code: BCP 47 language tag.
        words: Vocabulary, lowercase where the script has case.
        names: People's names for authors and photographers.
        spaced: Whether words are separated by spaces (not in Chinese or
            Japanese).
        stop: The sentence terminator.
    """

    code: str
    words: tuple[str, ...]
    names: tuple[str, ...]
    spaced: bool = True
    stop: str = "."


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LANGUAGES: tuple[Language, ...] = (
    Language(
        code="en",
        words=_w(
            "government officials council minister parliament residents city "
            "report budget election police court hospital school river bridge "
            "company workers market prices weather storm village farmers "
            "students teachers museum station railway airport harbour "
            "announced said expected approved rejected opened closed built "
            "increased reduced warned agreed decided planned described "
            "yesterday morning evening during after before despite because "
            "the a of in on at for with from new local national public "
            "several many three last next first large small old"
        ),
        names=("Jane Doe", "Michael Brown", "Sarah Lee", "David Okafor", "Emma Wilson"),
    ),
    Language(
        code="de",
        words=_w(
            "Bundesregierung Stadtrat Bürgermeister Ministerium Haushalt Wahl "
            "Polizei Gericht Krankenhaus Schule Brücke Unternehmen Arbeiter "
            "Preise Wetter Sturm Dorf Bauern Studenten Museum Bahnhof Flughafen "
            "hat wurde sagte erklärte beschloss plante warnte eröffnete baute "
            "gestern morgen während nach vor trotz weil der die das ein eine "
            "im am für mit von neue lokale öffentliche mehrere viele drei "
            "letzte nächste große kleine alte"
        ),
        names=("Anna Schmidt", "Lukas Becker", "Sabine Wolf", "Jonas Richter"),
    ),
    Language(
        code="fr",
        words=_w(
            "gouvernement conseil ministre assemblée habitants ville rapport "
            "budget élection police tribunal hôpital école rivière pont "
            "entreprise salariés marché prix tempête village agriculteurs "
            "étudiants musée gare aéroport port a annoncé déclaré prévu "
            "approuvé refusé ouvert construit augmenté réduit averti décidé "
            "hier matin soir pendant après avant malgré parce que le la les "
            "un une des dans pour avec nouveau nouvelle plusieurs trois grand "
            "petite ancien"
        ),
        names=("Marie Dupont", "Julien Martin", "Claire Bernard", "Hugo Petit"),
    ),
    Language(
        code="es",
        words=_w(
            "gobierno ayuntamiento ministro parlamento vecinos ciudad informe "
            "presupuesto elecciones policía tribunal hospital escuela río "
            "puente empresa trabajadores mercado precios tormenta pueblo "
            "agricultores estudiantes museo estación aeropuerto puerto "
            "anunció dijo aprobó rechazó abrió construyó aumentó redujo "
            "advirtió decidió ayer mañana durante después antes pese porque "
            "el la los las un una de en con nuevo nueva varios tres grande "
            "pequeño antiguo"
        ),
        names=("Carlos Gómez", "Lucía Fernández", "Javier Ruiz", "Elena Torres"),
    ),
    Language(
        code="pt",
        words=_w(
            "governo prefeitura ministro congresso moradores cidade relatório "
            "orçamento eleição polícia tribunal hospital escola rio ponte "
            "empresa trabalhadores mercado preços tempestade aldeia "
            "agricultores estudantes museu estação aeroporto porto anunciou "
            "disse aprovou rejeitou abriu construiu aumentou reduziu alertou "
            "decidiu ontem manhã durante depois antes apesar porque o a os as "
            "um uma de em com novo nova vários três grande pequeno antigo"
        ),
        names=("Ana Souza", "João Pereira", "Mariana Costa", "Pedro Alves"),
    ),
    Language(
        code="it",
        words=_w(
            "governo comune ministro parlamento residenti città rapporto "
            "bilancio elezioni polizia tribunale ospedale scuola fiume ponte "
            "azienda lavoratori mercato prezzi tempesta paese agricoltori "
            "studenti museo stazione aeroporto porto ha annunciato detto "
            "approvato respinto aperto costruito aumentato ridotto avvertito "
            "deciso ieri mattina durante dopo prima nonostante perché il la "
            "gli le un una di in con nuovo nuova diversi tre grande piccolo "
            "antico"
        ),
        names=("Luca Rossi", "Giulia Bianchi", "Marco Ferrari", "Sara Romano"),
    ),
    Language(
        code="ru",
        words=_w(
            "правительство администрация министр парламент жители город "
            "доклад бюджет выборы полиция суд больница школа река мост "
            "компания рабочие рынок цены погода шторм деревня фермеры "
            "студенты музей вокзал аэропорт порт заявил сообщил одобрил "
            "отклонил открыл построил увеличил сократил предупредил решил "
            "вчера утром вечером во время после до несмотря потому что в на "
            "для с из новый местный несколько три крупный небольшой старый"
        ),
        names=("Иван Петров", "Анна Смирнова", "Дмитрий Козлов", "Ольга Иванова"),
    ),
    Language(
        code="pl",
        words=_w(
            "mieszkańcy rząd rada minister parlament miasto raport budżet "
            "wybory policja sąd szpital szkoła rzeka most firma pracownicy "
            "rynek ceny pogoda burza wieś rolnicy studenci muzeum dworzec "
            "lotnisko port ogłosił powiedział zatwierdził odrzucił otworzył "
            "zbudował zwiększył zmniejszył ostrzegł zdecydował wczoraj rano "
            "wieczorem podczas po przed mimo ponieważ w na dla z nowy lokalny "
            "kilka trzy duży mały stary"
        ),
        names=("Anna Nowak", "Piotr Kowalski", "Katarzyna Wiśniewska"),
    ),
    Language(
        code="tr",
        words=_w(
            "hükümet belediye bakan meclis sakinler şehir rapor bütçe seçim "
            "polis mahkeme hastane okul nehir köprü şirket işçiler pazar "
            "fiyatlar hava fırtına köy çiftçiler öğrenciler müze istasyon "
            "havalimanı liman açıkladı söyledi onayladı reddetti açtı inşa "
            "etti artırdı azalttı uyardı karar verdi dün sabah akşam sırasında "
            "sonra önce rağmen çünkü ve bir yeni yerel birkaç üç büyük küçük "
            "eski"
        ),
        names=("Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya"),
    ),
    Language(
        code="el",
        words=_w(
            "κυβέρνηση δημοτικό υπουργός βουλή κάτοικοι πόλη έκθεση "
            "προϋπολογισμός εκλογές αστυνομία δικαστήριο νοσοκομείο σχολείο "
            "ποτάμι γέφυρα εταιρεία εργαζόμενοι αγορά τιμές καιρός καταιγίδα "
            "χωριό αγρότες φοιτητές μουσείο σταθμός αεροδρόμιο λιμάνι "
            "ανακοίνωσε δήλωσε ενέκρινε απέρριψε άνοιξε έχτισε αύξησε μείωσε "
            "προειδοποίησε αποφάσισε χθες πρωί βράδυ κατά μετά πριν παρά "
            "επειδή ο η το ένας μια στο για με νέος τοπικός τρεις μεγάλος "
            "μικρός παλιός"
        ),
        names=("Μαρία Παπαδοπούλου", "Γιώργος Νικολάου", "Ελένη Γεωργίου"),
    ),
    Language(
        code="ar",
        words=_w(
            "الحكومة المجلس الوزير البرلمان السكان المدينة التقرير الميزانية "
            "الانتخابات الشرطة المحكمة المستشفى المدرسة النهر الجسر الشركة "
            "العمال السوق الأسعار الطقس العاصفة القرية المزارعون الطلاب "
            "المتحف المحطة المطار الميناء أعلن قال وافق رفض افتتح بنى زاد "
            "خفض حذر قرر أمس صباح مساء خلال بعد قبل رغم لأن في على من مع "
            "جديد محلي عدة ثلاثة كبير صغير قديم"
        ),
        names=("أحمد حسن", "فاطمة علي", "محمد إبراهيم"),
    ),
    Language(
        code="hi",
        words=_w(
            "सरकार परिषद मंत्री संसद निवासी शहर रिपोर्ट बजट चुनाव पुलिस "
            "अदालत अस्पताल स्कूल नदी पुल कंपनी मजदूर बाजार कीमतें मौसम "
            "तूफान गांव किसान छात्र संग्रहालय स्टेशन हवाई अड्डा बंदरगाह "
            "घोषणा कहा मंजूरी खारिज खोला बनाया बढ़ाया घटाया चेतावनी फैसला "
            "कल सुबह शाम दौरान बाद पहले बावजूद क्योंकि में पर के लिए साथ "
            "नया स्थानीय कई तीन बड़ा छोटा पुराना"
        ),
        names=("राहुल शर्मा", "प्रिया सिंह", "अमित वर्मा"),
        stop="।",
    ),
    Language(
        code="zh",
        words=_w(
            "市政府 委员会 部长 议会 居民 城市 报告 预算 选举 警方 法院 "
            "医院 学校 河流 大桥 公司 工人 市场 价格 天气 暴雨 村庄 农民 "
            "学生 博物馆 车站 机场 港口 宣布 表示 批准 拒绝 开通 建设 增加 "
            "减少 警告 决定 昨天 上午 晚上 期间 之后 之前 尽管 因为 新的 "
            "当地 多个 三个 大型 小型 古老"
        ),
        names=("王伟", "李娜", "张敏", "刘洋"),
        spaced=False,
        stop="。",
    ),
    Language(
        code="ja",
        words=_w(
            "東京都 委員会 大臣 国会 住民 都市 報告書 予算 選挙 警察 裁判所 "
            "病院 学校 河川 橋 会社 労働者 市場 価格 天気 台風 村 農家 "
            "学生 博物館 駅 空港 港 発表した 述べた 承認した 拒否した "
            "開通した 建設した 増加した 減少した 警告した 決定した 昨日 "
            "午前 夜 期間中 その後 以前 しかし ため 新しい 地元の 複数の "
            "大きな 小さな 古い"
        ),
        names=("佐藤健", "鈴木花子", "高橋誠"),
        spaced=False,
        stop="。",
    ),
    Language(
        code="ko",
        words=_w(
            "정부는 위원회 장관 국회 주민들 도시 보고서 예산 선거 경찰 법원 "
            "병원 학교 강 다리 회사 노동자 시장 가격 날씨 폭풍 마을 농민 "
            "학생들 박물관 역 공항 항구 발표했다 말했다 승인했다 거부했다 "
            "개통했다 건설했다 늘렸다 줄였다 경고했다 결정했다 어제 오전 "
            "저녁 동안 이후 이전 불구하고 때문에 새로운 지역 여러 세 큰 "
            "작은 오래된"
        ),
        names=("김민준", "이서연", "박지훈"),
    ),
)

# Photo agencies, as credits name them.
AGENCIES = (
    "REUTERS",
    "AP",
    "AFP",
    "Getty Images",
    "EPA",
    "dpa",
    "ANSA",
    "EFE",
    "РИА Новости",
    "TASS",
    "Xinhua",
    "Kyodo",
)
