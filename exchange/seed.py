"""Demo exchange: offers and needs of the demo organisations in German, English and Turkish.

Both directions, several kinds, pairs that match (a Dari interpreter for a parents' evening, volunteers for
homework help, a cooperation partner for a funding application) and one entry that has expired.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from home import seeding

from .models import Direction, ExchangeEntryPage, ExchangeIndexPage, Kind

INDEX_TITLE = "Ressourcenbörse"
INDEX_SLUG = "ressourcenboerse"
INDEX_INTRO = (
    "Räume, Technik, Ehrenamtliche, Wissen und Sprachmittlung: Hier bieten Organisationen aus Spandau an, was sie "
    "teilen können, und sagen, was sie suchen. Nehmen Sie über die Plattform Kontakt auf."
)

# slug: (title, direction, kind, organisation slug, place, topics, languages, valid in days, summary, description)
ENTRIES = {
    "saal-dienstags-abends-frei": (
        "Saal für 40 Personen dienstags abends frei",
        Direction.OFFER,
        Kind.ROOM,
        "kulturforum-anatolien-spandau",
        "spandau",
        ["Kultur", "Dialog"],
        ["de", "tr"],
        120,
        "Unser Veranstaltungssaal in der Altstadt ist dienstags ab 18 Uhr frei, mit Stühlen für 40 Personen.",
        "Küche und Beamer können mitgenutzt werden. Wir bitten um eine kleine Spende für die Nebenkosten.",
    ),
    "raum-fuer-naehkurs-gesucht": (
        "Raum für Nähkurs gesucht",
        Direction.NEED,
        Kind.ROOM,
        "frauencafe-falkenfeld",
        "falkenhagener-feld",
        ["Frauen und Familie"],
        ["de", "ar"],
        60,
        "Für unseren Nähkurs suchen wir samstags vormittags einen hellen Raum mit großen Tischen.",
        "Der Kurs hat zwölf Teilnehmerinnen; die Nähmaschinen bringen wir selbst mit.",
    ),
    "gemeinderaum-mit-kueche": (
        "Gemeinderaum mit Küche für Treffen",
        Direction.OFFER,
        Kind.ROOM,
        "interreligioeser-gespraechskreis-spandau",
        "hakenfelde",
        ["Dialog", "Frauen und Familie"],
        ["de", "ar"],
        90,
        "Unser Gemeinderaum mit Küche steht Vereinen am Wochenende für Treffen und Familienfeste offen.",
        "Bis zu 30 Personen, ebenerdig erreichbar. Bitte melden Sie sich zwei Wochen vorher.",
    ),
    "dolmetscherin-dari-elternabend": (
        "Sprachmittlung Dari für einen Elternabend gesucht",
        Direction.NEED,
        Kind.INTERPRETING,
        "eltern-netzwerk-haselhorst",
        "haselhorst",
        ["Bildung", "Frauen und Familie"],
        ["fa"],
        45,
        "Für einen Elternabend an einer Grundschule suchen wir eine Sprachmittlerin für Dari.",
        "Der Abend dauert etwa zwei Stunden; eine Aufwandsentschädigung ist möglich.",
    ),
    "sprachmittlung-arabisch-kurdisch-tuerkisch": (
        "Sprachmittlung Arabisch, Kurdisch und Türkisch",
        Direction.OFFER,
        Kind.INTERPRETING,
        "nachbarschaftsbruecke-wilhelmstadt",
        "wilhelmstadt",
        ["Beratung", "Ankommen"],
        ["ar", "ku", "tr"],
        150,
        "Unsere geschulten Ehrenamtlichen begleiten zu Terminen und übersetzen bei Gesprächen.",
        "Bitte fragen Sie mindestens eine Woche vor dem Termin an.",
    ),
    "ehrenamtliche-sprachmittlung-dari-paschtu": (
        "Ehrenamtliche Sprachmittlung Dari, Farsi und Paschtu",
        Direction.OFFER,
        Kind.INTERPRETING,
        "sprachcafe-kladow",
        "online",
        ["Bildung", "Ankommen"],
        ["fa", "ps"],
        120,
        "Aus unserem Sprachcafé übersetzen Ehrenamtliche bei Elterngesprächen und Veranstaltungen, auch per Video.",
        "Wir vermitteln passende Personen für Termine in ganz Spandau.",
    ),
    "ehrenamtliche-hausaufgabenhilfe": (
        "Ehrenamtliche für die Hausaufgabenhilfe gesucht",
        Direction.NEED,
        Kind.VOLUNTEERS,
        "lernwerkstatt-havelkinder",
        "hakenfelde",
        ["Bildung", "Jugend"],
        ["de", "ar"],
        75,
        "Wir suchen Menschen, die zweimal pro Woche nachmittags Kindern bei den Hausaufgaben helfen.",
        "Arabischkenntnisse sind willkommen, aber keine Voraussetzung.",
    ),
    "jugendliche-helfen-bei-veranstaltungen": (
        "Jugendliche helfen bei Veranstaltungen",
        Direction.OFFER,
        Kind.VOLUNTEERS,
        "balkan-jugendclub-gatow",
        "gatow",
        ["Jugend", "Sport"],
        ["de", "sr", "bs"],
        100,
        "Unsere Jugendgruppe hilft beim Auf- und Abbau von Festen, beim Catering und bei Kinderspielen.",
        "Wir freuen uns über eine Spende für die Gruppenkasse.",
    ),
    "musikanlage-zu-verleihen": (
        "Musikanlage und Mikrofone zu verleihen",
        Direction.OFFER,
        Kind.EQUIPMENT,
        "forum-ostafrika-spandau",
        "wilhelmstadt",
        ["Kultur", "Jugend"],
        ["de", "en"],
        180,
        "Wir verleihen eine Musikanlage mit zwei Funkmikrofonen an Vereine im Bezirk.",
        "Abholung in der Wilhelmstadt nach Absprache; eine kurze Einweisung gibt es dazu.",
    ),
    "beamer-fuer-gesundheitsvortrag": (
        "Beamer und Leinwand für einen Gesundheitsvortrag",
        Direction.NEED,
        Kind.EQUIPMENT,
        "seniorentreff-mekong",
        "spandau",
        ["Gesundheit", "Senior*innen"],
        ["vi", "de"],
        40,
        "Für einen Vortrag über Diabetes brauchen wir an einem Nachmittag einen Beamer und eine Leinwand.",
        "Wir holen die Geräte gern selbst ab und bringen sie am nächsten Tag zurück.",
    ),
    "transporter-fuer-moebelspenden": (
        "Transporter für Möbelspenden gesucht",
        Direction.NEED,
        Kind.TRANSPORT,
        "ukrainische-nachbarschaftshilfe-staaken",
        "staaken",
        ["Ankommen"],
        ["uk", "ru", "de"],
        30,
        "Für Möbelspenden an neu angekommene Familien suchen wir einmal im Monat einen Transporter mit Fahrer.",
        "Die Fahrten gehen innerhalb Spandaus; beim Tragen helfen unsere Ehrenamtlichen.",
    ),
    "beratung-bewerbungen-fuer-vereine": (
        "Beratung zu Ausbildung und Bewerbungen",
        Direction.OFFER,
        Kind.EXPERTISE,
        "ausbildungslotsen-siemensstadt",
        "online",
        ["Arbeit und Ausbildung", "Beratung"],
        ["de", "en", "ru"],
        150,
        "Wir schulen Ehrenamtliche anderer Vereine, die Jugendliche bei Bewerbungen begleiten.",
        "Zwei Abende per Video oder vor Ort in Siemensstadt, mit Material zum Mitnehmen.",
    ),
    "kooperationspartner-integrationsfonds": (
        "Kooperationspartner für einen Antrag beim Integrationsfonds",
        Direction.NEED,
        Kind.FUNDING_PARTNER,
        "interreligioeser-gespraechskreis-spandau",
        "spandau",
        ["Dialog", "Kultur"],
        ["de"],
        50,
        "Für ein Projekt mit Dialogabenden suchen wir einen Verein, der den Antrag mit uns gemeinsam stellt.",
        "Wir bringen die Idee und die Räume mit, gesucht ist Erfahrung mit der Abrechnung.",
    ),
    "erfahrung-mit-foerderantraegen": (
        "Erfahrung mit Förderanträgen: gemeinsam beantragen",
        Direction.OFFER,
        Kind.FUNDING_PARTNER,
        "kulturforum-anatolien-spandau",
        "spandau",
        ["Kultur", "Dialog"],
        ["de", "tr"],
        200,
        "Wir haben mehrere Projekte mit dem Bezirk abgerechnet und stellen Anträge gern gemeinsam mit kleineren "
        "Vereinen.",
        "Sprechen Sie uns frühzeitig vor der Antragsfrist an.",
    ),
    "kleinbus-fuer-ausfluege": (
        "Kleinbus für Ausflüge im Sommer",
        Direction.OFFER,
        Kind.TRANSPORT,
        "seniorentreff-mekong",
        "spandau",
        ["Senior*innen"],
        ["vi", "de"],
        -14,
        "Unser Kleinbus mit neun Sitzen konnte im Sommer für Ausflüge ausgeliehen werden.",
        "Das Angebot ist abgelaufen; im nächsten Frühjahr gibt es wieder Termine.",
    ),
}

# slug: (slug, title, summary, description) per language.
ENTRIES_EN = {
    "saal-dienstags-abends-frei": (
        "hall-free-on-tuesday-evenings",
        "Hall for 40 people free on Tuesday evenings",
        "Our event hall in the old town is free on Tuesdays from 6 pm, with chairs for 40 people.",
        "The kitchen and projector can be used too. We ask for a small donation towards running costs.",
    ),
    "raum-fuer-naehkurs-gesucht": (
        "room-wanted-for-sewing-course",
        "Room wanted for a sewing course",
        "For our sewing course we are looking for a bright room with large tables on Saturday mornings.",
        "The course has twelve participants; we bring the sewing machines ourselves.",
    ),
    "gemeinderaum-mit-kueche": (
        "community-room-with-kitchen",
        "Community room with kitchen for meetings",
        "Our community room with kitchen is open to associations at weekends for meetings and family celebrations.",
        "Up to 30 people, step-free access. Please get in touch two weeks in advance.",
    ),
    "dolmetscherin-dari-elternabend": (
        "dari-interpreter-for-parents-evening",
        "Dari interpreter wanted for a parents' evening",
        "For a parents' evening at a primary school we are looking for an interpreter for Dari.",
        "The evening lasts about two hours; an expense allowance is possible.",
    ),
    "sprachmittlung-arabisch-kurdisch-tuerkisch": (
        "interpreting-arabic-kurdish-turkish",
        "Interpreting in Arabic, Kurdish and Turkish",
        "Our trained volunteers accompany people to appointments and interpret in conversations.",
        "Please ask at least one week before the appointment.",
    ),
    "ehrenamtliche-sprachmittlung-dari-paschtu": (
        "volunteer-interpreting-dari-farsi-pashto",
        "Volunteer interpreting in Dari, Farsi and Pashto",
        "Volunteers from our language café interpret at parent meetings and events, also by video.",
        "We find suitable people for appointments all over Spandau.",
    ),
    "ehrenamtliche-hausaufgabenhilfe": (
        "volunteers-wanted-for-homework-help",
        "Volunteers wanted for homework help",
        "We are looking for people who help children with their homework two afternoons a week.",
        "Knowledge of Arabic is welcome but not required.",
    ),
    "jugendliche-helfen-bei-veranstaltungen": (
        "young-people-help-at-events",
        "Young people help at events",
        "Our youth group helps with setting up and clearing away celebrations, with catering and children's games.",
        "We welcome a donation to the group's funds.",
    ),
    "musikanlage-zu-verleihen": (
        "sound-system-and-microphones-to-lend",
        "Sound system and microphones to lend",
        "We lend a sound system with two wireless microphones to associations in the district.",
        "Collection in Wilhelmstadt by arrangement; a short introduction is included.",
    ),
    "beamer-fuer-gesundheitsvortrag": (
        "projector-for-a-health-talk",
        "Projector and screen for a health talk",
        "For a talk on diabetes we need a projector and a screen for one afternoon.",
        "We are happy to collect the equipment ourselves and return it the next day.",
    ),
    "transporter-fuer-moebelspenden": (
        "van-wanted-for-furniture-donations",
        "Van wanted for furniture donations",
        "For donating furniture to newly arrived families we need a van with a driver once a month.",
        "The trips stay within Spandau; our volunteers help with carrying.",
    ),
    "beratung-bewerbungen-fuer-vereine": (
        "advice-on-apprenticeships-and-applications",
        "Advice on apprenticeships and applications",
        "We train volunteers of other associations who support young people with their applications.",
        "Two evenings by video or on site in Siemensstadt, with material to take away.",
    ),
    "kooperationspartner-integrationsfonds": (
        "partner-wanted-for-integration-fund-application",
        "Partner wanted for an application to the integration fund",
        "For a project of dialogue evenings we are looking for an association to apply together with us.",
        "We bring the idea and the rooms; we are looking for experience with financial reporting.",
    ),
    "erfahrung-mit-foerderantraegen": (
        "experience-with-funding-applications",
        "Experience with funding applications: let's apply together",
        "We have accounted for several projects with the district and like to apply together with smaller "
        "associations.",
        "Please contact us well before the application deadline.",
    ),
    "kleinbus-fuer-ausfluege": (
        "minibus-for-summer-trips",
        "Minibus for summer trips",
        "Our nine-seat minibus could be borrowed for trips during the summer.",
        "The offer has expired; there will be new dates next spring.",
    ),
}

ENTRIES_TR = {
    "saal-dienstags-abends-frei": (
        "sali-aksamlari-bos-salon",
        "Salı akşamları 40 kişilik salon boş",
        "Eski şehirdeki etkinlik salonumuz salı günleri saat 18.00'den itibaren 40 kişilik oturma düzeniyle boştur.",
        "Mutfak ve projeksiyon cihazı da kullanılabilir. Masraflar için küçük bir bağış rica ediyoruz.",
    ),
    "raum-fuer-naehkurs-gesucht": (
        "dikis-kursu-icin-mekan-araniyor",
        "Dikiş kursu için mekân aranıyor",
        "Dikiş kursumuz için cumartesi sabahları büyük masaları olan aydınlık bir oda arıyoruz.",
        "Kursa on iki kadın katılıyor; dikiş makinelerini kendimiz getiriyoruz.",
    ),
    "gemeinderaum-mit-kueche": (
        "mutfakli-toplanti-salonu",
        "Toplantılar için mutfaklı salon",
        "Mutfaklı salonumuz hafta sonları toplantılar ve aile kutlamaları için derneklere açıktır.",
        "En fazla 30 kişi, girişi basamaksız. Lütfen iki hafta önceden bize ulaşın.",
    ),
    "dolmetscherin-dari-elternabend": (
        "veli-toplantisi-icin-darice-tercuman",
        "Veli toplantısı için Darice tercüman aranıyor",
        "Bir ilkokuldaki veli toplantısı için Darice bilen bir tercüman arıyoruz.",
        "Toplantı yaklaşık iki saat sürer; masraf karşılığı ödenebilir.",
    ),
    "sprachmittlung-arabisch-kurdisch-tuerkisch": (
        "arapca-kurtce-turkce-tercumanlik",
        "Arapça, Kürtçe ve Türkçe tercümanlık",
        "Eğitimli gönüllülerimiz randevulara eşlik eder ve görüşmelerde tercümanlık yapar.",
        "Lütfen randevudan en az bir hafta önce başvurun.",
    ),
    "ehrenamtliche-sprachmittlung-dari-paschtu": (
        "darice-farsca-pestuca-gonullu-tercumanlik",
        "Darice, Farsça ve Peştuca gönüllü tercümanlık",
        "Dil kafemizin gönüllüleri veli görüşmelerinde ve etkinliklerde, görüntülü olarak da tercümanlık yapar.",
        "Spandau'nun her yerindeki randevular için uygun kişileri buluyoruz.",
    ),
    "ehrenamtliche-hausaufgabenhilfe": (
        "odev-yardimi-icin-gonulluler-araniyor",
        "Ödev yardımı için gönüllüler aranıyor",
        "Haftada iki öğleden sonra çocuklara ödevlerinde yardım edecek kişiler arıyoruz.",
        "Arapça bilmek bir artıdır, ancak şart değildir.",
    ),
    "jugendliche-helfen-bei-veranstaltungen": (
        "gencler-etkinliklerde-yardim-ediyor",
        "Gençler etkinliklerde yardım ediyor",
        "Gençlik grubumuz şenliklerin kurulup toplanmasında, ikramda ve çocuk oyunlarında yardım eder.",
        "Grup kasası için yapılacak bir bağışa seviniriz.",
    ),
    "musikanlage-zu-verleihen": (
        "odunc-ses-sistemi-ve-mikrofon",
        "Ödünç ses sistemi ve mikrofonlar",
        "İlçedeki derneklere iki kablosuz mikrofonlu bir ses sistemini ödünç veriyoruz.",
        "Wilhelmstadt'tan randevuyla teslim alınır; kısa bir kullanım açıklaması da yapılır.",
    ),
    "beamer-fuer-gesundheitsvortrag": (
        "saglik-sunumu-icin-projeksiyon",
        "Sağlık sunumu için projeksiyon cihazı ve perde",
        "Diyabet konulu bir sunum için bir öğleden sonralığına projeksiyon cihazı ve perdeye ihtiyacımız var.",
        "Cihazları kendimiz alıp ertesi gün geri getirebiliriz.",
    ),
    "transporter-fuer-moebelspenden": (
        "esya-bagislari-icin-kamyonet-araniyor",
        "Eşya bağışları için kamyonet aranıyor",
        "Yeni gelen ailelere mobilya bağışı için ayda bir kez şoförüyle birlikte bir kamyonet arıyoruz.",
        "Taşımalar Spandau içinde yapılıyor; taşımaya gönüllülerimiz yardım ediyor.",
    ),
    "beratung-bewerbungen-fuer-vereine": (
        "meslek-egitimi-ve-is-basvurulari-danismanligi",
        "Meslek eğitimi ve başvurular konusunda danışmanlık",
        "Gençlere başvurularında eşlik eden diğer derneklerin gönüllülerine eğitim veriyoruz.",
        "Görüntülü olarak ya da Siemensstadt'ta yüz yüze iki akşam, yanınızda götürebileceğiniz materyallerle.",
    ),
    "kooperationspartner-integrationsfonds": (
        "entegrasyon-fonu-basvurusu-icin-ortak-araniyor",
        "Entegrasyon fonu başvurusu için iş birliği ortağı aranıyor",
        "Diyalog akşamlarından oluşan bir proje için başvuruyu bizimle birlikte yapacak bir dernek arıyoruz.",
        "Fikir ve mekân bizden; aradığımız, harcama raporlaması konusunda deneyim.",
    ),
    "erfahrung-mit-foerderantraegen": (
        "hibe-basvurularinda-deneyim",
        "Hibe başvurularında deneyim: birlikte başvuralım",
        "İlçeyle birçok projenin hesabını verdik ve daha küçük derneklerle birlikte seve seve başvuru yapıyoruz.",
        "Lütfen başvuru son tarihinden yeterince önce bize ulaşın.",
    ),
    "kleinbus-fuer-ausfluege": (
        "yaz-gezileri-icin-minibus",
        "Yaz gezileri için minibüs",
        "Dokuz kişilik minibüsümüz yaz boyunca geziler için ödünç alınabiliyordu.",
        "Bu teklifin süresi doldu; gelecek ilkbaharda yeniden tarihler olacak.",
    ),
}

TRANSLATIONS = {
    "en": (
        {
            INDEX_TITLE: "Resource exchange",
            INDEX_SLUG: "resource-exchange",
            INDEX_INTRO: (
                "Rooms, equipment, volunteers, know-how and interpreting: here organisations in Spandau offer what "
                "they can share and say what they are looking for. Get in touch through the platform."
            ),
        },
        ENTRIES_EN,
    ),
    "tr": (
        {
            INDEX_TITLE: "Kaynak paylaşımı",
            INDEX_SLUG: "kaynak-paylasimi",
            INDEX_INTRO: (
                "Mekânlar, teknik donanım, gönüllüler, bilgi birikimi ve tercümanlık: Spandau'daki kuruluşlar burada "
                "paylaşabileceklerini sunuyor ve aradıklarını söylüyor. Platform üzerinden iletişime geçin."
            ),
        },
        ENTRIES_TR,
    ),
}


def _dictionary(code):
    strings, entries = TRANSLATIONS[code]
    dictionary = dict(strings)
    for slug, (title, *_facts, summary, description) in ENTRIES.items():
        translated_slug, translated_title, translated_summary, translated_description = entries[slug]
        dictionary.update(
            {
                slug: translated_slug,
                title: translated_title,
                summary: translated_summary,
                description: translated_description,
            }
        )
    return dictionary


@seeding.register(order=50)
def seed_exchange(log):
    from directory.models import Language, OrganisationPage

    home = seeding.german_home()
    index = seeding.get_or_create_page(
        home, ExchangeIndexPage, INDEX_SLUG, log, title=INDEX_TITLE, intro=INDEX_INTRO, show_in_menus=True
    )
    organisations = {
        page.slug: page for page in OrganisationPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    today = timezone.localdate()
    pages = []
    for slug, (
        title,
        direction,
        kind,
        organisation,
        place,
        topics,
        languages,
        days,
        summary,
        description,
    ) in ENTRIES.items():
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            pages.append(existing.specific)
            continue
        page = ExchangeEntryPage(
            slug=slug,
            title=title,
            direction=direction,
            kind=kind,
            organisation=organisations.get(organisation),
            place=place,
            valid_until=today + datetime.timedelta(days=days),
            summary=summary,
            description=description,
        )
        page.tags.add(*topics)
        page.languages = list(Language.objects.filter(code__in=languages))
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"exchange entry: {title}")
        pages.append(page)

    content_languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code in TRANSLATIONS:
        if code in content_languages:
            dictionary = _dictionary(code)
            seeding.translate_page(index, code, dictionary, log)
            for page in pages:
                seeding.translate_page(page, code, dictionary, log)
