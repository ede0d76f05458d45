"""Demo news: an index in German, English and Turkish, authors, and a dozen items across the network's topics."""

import datetime
import json

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from home import seeding

from .models import Author, NewsIndexPage, NewsPage, NewsPageAuthor, NewsRelatedPage

INDEX_INTRO = "Neuigkeiten aus dem Netzwerk MigrAktiv Spandau!: Termine, Förderungen, Berichte und Aufrufe."

AUTHORS = [
    ("Leyla Demir", "Projektkoordination", "NARUD e.V."),
    ("Jonas Weber", "Öffentlichkeitsarbeit", "NARUD e.V."),
    ("Amina Haddad", "Arbeitsgruppe Bildung", ""),
]

# News items about organisations, working groups or series of the other apps' demo content (German slugs).
DEMO_RELATED = {
    "sprachcafe-kladow-und-gatow": ["sprachcafe-kladow", "balkan-jugendclub-gatow"],
    "arbeitsgruppe-bildung-sucht-verstaerkung": ["ag-bildung", "lernwerkstatt-havelkinder"],
    "fortbildung-oeffentlichkeitsarbeit": ["oeffentlichkeitsarbeit-social-media", "kulturforum-anatolien-spandau"],
    "interkulturelles-fest-in-der-wilhelmstadt": ["nachbarschaftsbruecke-wilhelmstadt"],
}

# (slug, title, teaser, paragraphs, tags, days ago, author indexes, image colour or None)
NEWS = [
    (
        "vernetzungstreffen-im-rathaus-spandau",
        "Vernetzungstreffen im Rathaus Spandau",
        "Über 40 Vertreter*innen aus Migrant*innenorganisationen trafen sich im Rathaus Spandau, um gemeinsame "
        "Vorhaben für das kommende Jahr zu planen.",
        [
            "Beim dritten Vernetzungstreffen des Jahres kamen Vereine aus Staaken, Haselhorst und der Wilhelmstadt "
            "zusammen. Im Mittelpunkt standen gemeinsame Veranstaltungen und der Austausch von Räumen.",
            "Die Ergebnisse der Arbeitsgruppen werden in den kommenden Wochen auf dieser Plattform veröffentlicht.",
        ],
        ["Vernetzung"],
        3,
        [0],
        (11, 79, 138),
    ),
    (
        "neuer-foerderaufruf-integrationsfonds",
        "Neuer Förderaufruf aus dem Integrationsfonds",
        "Der Integrationsfonds des Bezirks Spandau fördert wieder kleine Projekte von Vereinen und Initiativen. "
        "Anträge sind bis Ende Januar möglich.",
        [
            "Gefördert werden Projekte, die Begegnung, Teilhabe und Selbstorganisation im Bezirk stärken. "
            "Auch kleine Vorhaben mit wenigen hundert Euro sind willkommen.",
            "Wir beraten Sie gern bei der Antragstellung. Schreiben Sie uns an migraktiv-spandau@narud.org.",
        ],
        ["Förderung"],
        8,
        [1],
        (179, 38, 30),
    ),
    (
        "workshop-vereinsrecht-fuer-einsteiger",
        "Workshop: Vereinsrecht für Einsteiger*innen",
        "Wie gründet man einen Verein, was gehört in eine Satzung, und welche Pflichten hat der Vorstand? Ein "
        "Workshop gab Antworten.",
        [
            "Eine Fachanwältin erklärte die Grundlagen des Vereinsrechts in einfacher Sprache. Die Präsentation "
            "steht in der Materialsammlung zum Herunterladen bereit.",
        ],
        ["Bildung", "Vereinsarbeit"],
        15,
        [2],
        None,
    ),
    (
        "ehrenamtsboerse-in-siemensstadt",
        "Ehrenamtsbörse in Siemensstadt",
        "Vereine aus dem Netzwerk stellten ihre Arbeit vor und fanden neue Ehrenamtliche für Sprachcafés, "
        "Hausaufgabenhilfe und Begleitung zu Behörden.",
        [
            "Mehr als 20 Organisationen präsentierten sich an Ständen. Viele Besucher*innen meldeten sich direkt "
            "für ein Ehrenamt an.",
        ],
        ["Ehrenamt"],
        22,
        [1],
        (46, 125, 50),
    ),
    (
        "gesundheitstag-im-falkenhagener-feld",
        "Gesundheitstag im Falkenhagener Feld",
        "Mehrsprachige Beratung zu Vorsorge, Impfungen und dem Gesundheitssystem: Der Gesundheitstag im "
        "Falkenhagener Feld war gut besucht.",
        [
            "Ärzt*innen und Sprachmittler*innen beantworteten Fragen auf Arabisch, Türkisch, Russisch und Farsi.",
        ],
        ["Gesundheit"],
        30,
        [0],
        None,
    ),
    (
        "jugendprojekt-hakenfelde-startet",
        "Jugendprojekt in Hakenfelde startet",
        "Jugendliche aus Hakenfelde gestalten gemeinsam einen Podcast über ihr Leben im Bezirk. Das Projekt sucht "
        "noch Mitwirkende.",
        [
            "Das Projekt wird von zwei Vereinen aus dem Netzwerk gemeinsam getragen und läuft bis zum Sommer.",
        ],
        ["Jugend", "Medien"],
        37,
        [2],
        (106, 27, 154),
    ),
    (
        "sprachcafe-kladow-und-gatow",
        "Neues Sprachcafé für Kladow und Gatow",
        "Jeden Mittwoch treffen sich Menschen aus Kladow und Gatow zum Deutschsprechen in entspannter Runde.",
        [
            "Das Sprachcafé ist kostenlos und offen für alle, die Deutsch üben möchten. Ehrenamtliche begleiten "
            "die Gespräche.",
        ],
        ["Sprache", "Ehrenamt"],
        45,
        [1],
        None,
    ),
    (
        "beratung-wohnungssuche",
        "Beratung zur Wohnungssuche",
        "Wohnungssuche in Spandau ist schwer. Eine neue Beratung im Netzwerk hilft bei Bewerbungen, "
        "Wohnberechtigungsschein und Mietverträgen.",
        [
            "Die Beratung findet zweimal im Monat in der Spandauer Altstadt statt, auf Wunsch mit Sprachmittlung.",
        ],
        ["Wohnen"],
        58,
        [0],
        None,
    ),
    (
        "arbeitsgruppe-bildung-sucht-verstaerkung",
        "Arbeitsgruppe Bildung sucht Verstärkung",
        "Die Arbeitsgruppe Bildung plant Elternabende in mehreren Sprachen und sucht weitere Organisationen, die "
        "mitmachen.",
        [
            "Die Arbeitsgruppe trifft sich monatlich. Neue Mitglieder sind jederzeit willkommen.",
        ],
        ["Bildung", "Vernetzung"],
        66,
        [2],
        (0, 105, 92),
    ),
    (
        "fortbildung-oeffentlichkeitsarbeit",
        "Fortbildung zur Öffentlichkeitsarbeit",
        "Wie erreicht ein kleiner Verein mehr Menschen? Eine Fortbildung zeigte, wie Pressemitteilungen, "
        "Social Media und Plakate zusammenspielen.",
        [
            "Die Teilnehmenden übten, eine Pressemitteilung zu schreiben, und erhielten Vorlagen für ihre Arbeit.",
        ],
        ["Bildung", "Medien"],
        80,
        [1],
        None,
    ),
    (
        "interkulturelles-fest-in-der-wilhelmstadt",
        "Interkulturelles Fest in der Wilhelmstadt",
        "Musik, Essen und Begegnung: Beim Nachbarschaftsfest in der Wilhelmstadt feierten Hunderte Menschen gemeinsam.",
        [
            "Vereine aus dem Netzwerk organisierten Stände mit Speisen aus vielen Ländern und ein Bühnenprogramm.",
        ],
        ["Vernetzung", "Kultur"],
        95,
        [0],
        (230, 81, 0),
    ),
    (
        "frist-mikrofoerderung-verlaengert",
        "Frist für Mikroförderung verlängert",
        "Die Frist für Anträge auf Mikroförderung wurde um zwei Wochen verlängert. Nutzen Sie die Chance.",
        [
            "Anträge können formlos per E-Mail gestellt werden. Eine Vorlage finden Sie in der Materialsammlung.",
        ],
        ["Förderung"],
        110,
        [],
        None,
    ),
]

TRANSLATIONS_EN = {
    "Aktuelles": "News",
    "aktuelles": "news",
    INDEX_INTRO: "News from the MigrAktiv Spandau! network: dates, funding, reports and calls.",
}

NEWS_EN = {
    "vernetzungstreffen-im-rathaus-spandau": (
        "network-meeting-at-spandau-town-hall",
        "Network meeting at Spandau town hall",
        "More than 40 representatives of migrant organisations met at Spandau town hall to plan joint projects "
        "for the coming year.",
        [
            "Associations from Staaken, Haselhorst and Wilhelmstadt came together for the year's third network "
            "meeting. Joint events and sharing rooms were the main topics.",
            "The working groups' results will be published on this platform in the coming weeks.",
        ],
    ),
    "neuer-foerderaufruf-integrationsfonds": (
        "new-call-for-funding-integration-fund",
        "New call for funding from the integration fund",
        "The Spandau district's integration fund is again funding small projects of associations and "
        "initiatives. Applications are possible until the end of January.",
        [
            "Projects that strengthen encounters, participation and self-organisation in the district are "
            "funded. Small projects of a few hundred euros are welcome too.",
            "We are happy to advise you on your application. Write to us at migraktiv-spandau@narud.org.",
        ],
    ),
    "workshop-vereinsrecht-fuer-einsteiger": (
        "workshop-association-law-for-beginners",
        "Workshop: association law for beginners",
        "How do you found an association, what belongs in its statutes, and what are the board's duties? A "
        "workshop gave answers.",
        [
            "A lawyer explained the basics of association law in plain language. The presentation can be "
            "downloaded from the resource library.",
        ],
    ),
    "ehrenamtsboerse-in-siemensstadt": (
        "volunteering-fair-in-siemensstadt",
        "Volunteering fair in Siemensstadt",
        "Associations from the network presented their work and found new volunteers for language cafés, "
        "homework help and accompanying people to public offices.",
        [
            "More than 20 organisations presented themselves at stands. Many visitors signed up as volunteers "
            "straight away.",
        ],
    ),
    "gesundheitstag-im-falkenhagener-feld": (
        "health-day-in-falkenhagener-feld",
        "Health day in Falkenhagener Feld",
        "Multilingual advice on check-ups, vaccinations and the health system: the health day in Falkenhagener "
        "Feld was well attended.",
        ["Doctors and language mediators answered questions in Arabic, Turkish, Russian and Farsi."],
    ),
    "jugendprojekt-hakenfelde-startet": (
        "youth-project-in-hakenfelde-starts",
        "Youth project in Hakenfelde starts",
        "Young people from Hakenfelde are making a podcast about their life in the district together. The "
        "project is still looking for participants.",
        ["The project is run jointly by two associations from the network and lasts until the summer."],
    ),
    "sprachcafe-kladow-und-gatow": (
        "new-language-cafe-for-kladow-and-gatow",
        "New language café for Kladow and Gatow",
        "Every Wednesday, people from Kladow and Gatow meet to speak German in a relaxed setting.",
        [
            "The language café is free and open to everyone who wants to practise German. Volunteers accompany "
            "the conversations.",
        ],
    ),
    "beratung-wohnungssuche": (
        "advice-on-finding-a-flat",
        "Advice on finding a flat",
        "Finding a flat in Spandau is hard. A new advice service in the network helps with applications, the "
        "housing entitlement certificate and tenancy agreements.",
        ["The advice takes place twice a month in Spandau's old town, with language mediation on request."],
    ),
    "arbeitsgruppe-bildung-sucht-verstaerkung": (
        "education-working-group-seeks-support",
        "Education working group seeks support",
        "The education working group is planning parents' evenings in several languages and is looking for "
        "more organisations to join.",
        ["The working group meets monthly. New members are always welcome."],
    ),
    "fortbildung-oeffentlichkeitsarbeit": (
        "training-on-public-relations",
        "Training on public relations",
        "How can a small association reach more people? A training showed how press releases, social media and "
        "posters work together.",
        ["Participants practised writing a press release and received templates for their work."],
    ),
    "interkulturelles-fest-in-der-wilhelmstadt": (
        "intercultural-festival-in-wilhelmstadt",
        "Intercultural festival in Wilhelmstadt",
        "Music, food and encounters: hundreds of people celebrated together at the neighbourhood festival in "
        "Wilhelmstadt.",
        ["Associations from the network organised stands with food from many countries and a stage programme."],
    ),
    "frist-mikrofoerderung-verlaengert": (
        "deadline-for-micro-funding-extended",
        "Deadline for micro-funding extended",
        "The deadline for micro-funding applications has been extended by two weeks. Take the chance.",
        ["Applications can be made informally by e-mail. You will find a template in the resource library."],
    ),
}

TRANSLATIONS_TR = {
    "Aktuelles": "Haberler",
    "aktuelles": "haberler",
    INDEX_INTRO: "MigrAktiv Spandau! ağından güncel bilgiler: etkinlik tarihleri, hibeler, raporlar ve çağrılar.",
}

NEWS_TR = {
    "vernetzungstreffen-im-rathaus-spandau": (
        "spandau-belediye-binasinda-ag-toplantisi",
        "Spandau Belediye Binası'nda ağ toplantısı",
        "Göçmen kuruluşlarından 40'tan fazla temsilci, gelecek yılın ortak projelerini planlamak için Spandau "
        "Belediye Binası'nda bir araya geldi.",
        [
            "Yılın üçüncü ağ toplantısında Staaken, Haselhorst ve Wilhelmstadt'tan dernekler bir araya geldi. "
            "Gündemin merkezinde ortak etkinlikler ve mekân paylaşımı yer aldı.",
            "Çalışma gruplarının sonuçları önümüzdeki haftalarda bu platformda yayımlanacaktır.",
        ],
    ),
    "neuer-foerderaufruf-integrationsfonds": (
        "entegrasyon-fonundan-yeni-hibe-cagrisi",
        "Entegrasyon fonundan yeni hibe çağrısı",
        "Spandau ilçesinin entegrasyon fonu, derneklerin ve girişimlerin küçük projelerini yeniden destekliyor. "
        "Başvurular ocak ayı sonuna kadar yapılabilir.",
        [
            "İlçede insanların bir araya gelmesini, toplumsal katılımı ve öz örgütlenmeyi güçlendiren projeler "
            "desteklenir. Birkaç yüz avroluk küçük projeler de memnuniyetle kabul edilir.",
            "Başvurunuzu hazırlarken size memnuniyetle danışmanlık yaparız. Bize migraktiv-spandau@narud.org "
            "adresinden yazabilirsiniz.",
        ],
    ),
    "workshop-vereinsrecht-fuer-einsteiger": (
        "atolye-yeni-baslayanlar-icin-dernek-hukuku",
        "Atölye: yeni başlayanlar için dernek hukuku",
        "Bir dernek nasıl kurulur, tüzükte neler yer almalı ve yönetim kurulunun hangi yükümlülükleri vardır? "
        "Bir atölye bu sorulara yanıt verdi.",
        [
            "Uzman bir avukat, dernek hukukunun temel ilkelerini sade bir dille anlattı. Sunumu materyaller "
            "bölümünden indirebilirsiniz.",
        ],
    ),
    "ehrenamtsboerse-in-siemensstadt": (
        "siemensstadt-gonulluluk-fuari",
        "Siemensstadt'ta gönüllülük fuarı",
        "Ağdaki dernekler çalışmalarını tanıttı ve dil kafeleri, ödev yardımı ve resmî kurumlara refakat için "
        "yeni gönüllüler buldu.",
        [
            "20'den fazla kuruluş stantlarda kendini tanıttı. Ziyaretçilerin birçoğu hemen gönüllü olarak kaydoldu.",
        ],
    ),
    "gesundheitstag-im-falkenhagener-feld": (
        "falkenhagener-feld-saglik-gunu",
        "Falkenhagener Feld'de sağlık günü",
        "Koruyucu sağlık muayeneleri, aşılar ve sağlık sistemi hakkında çok dilli danışmanlık: Falkenhagener "
        "Feld'deki sağlık günü yoğun ilgi gördü.",
        ["Hekimler ve dil aracıları soruları Arapça, Türkçe, Rusça ve Farsça yanıtladı."],
    ),
    "jugendprojekt-hakenfelde-startet": (
        "hakenfelde-genclik-projesi-basliyor",
        "Hakenfelde'de gençlik projesi başlıyor",
        "Hakenfelde'den gençler, ilçedeki yaşamları hakkında birlikte bir podcast hazırlıyor. Proje hâlâ "
        "katılımcı arıyor.",
        ["Proje, ağdaki iki dernek tarafından ortaklaşa yürütülüyor ve yaza kadar sürecek."],
    ),
    "sprachcafe-kladow-und-gatow": (
        "kladow-ve-gatow-icin-yeni-dil-kafesi",
        "Kladow ve Gatow için yeni dil kafesi",
        "Kladow ve Gatow'dan insanlar her çarşamba rahat bir ortamda Almanca konuşmak için buluşuyor.",
        [
            "Dil kafesi ücretsizdir ve Almanca pratik yapmak isteyen herkese açıktır. Sohbetlere gönüllüler "
            "eşlik eder.",
        ],
    ),
    "beratung-wohnungssuche": (
        "ev-arama-danismanligi",
        "Ev arama danışmanlığı",
        "Spandau'da ev bulmak zor. Ağdaki yeni bir danışmanlık hizmeti; ev başvuruları, sosyal konut hak belgesi "
        "(WBS) ve kira sözleşmeleri konusunda yardımcı oluyor.",
        [
            "Danışmanlık ayda iki kez Spandau'nun tarihî şehir merkezinde (Altstadt) yapılıyor; istenirse dil "
            "aracısı desteği de sağlanıyor.",
        ],
    ),
    "arbeitsgruppe-bildung-sucht-verstaerkung": (
        "egitim-calisma-grubu-yeni-uyeler-ariyor",
        "Eğitim çalışma grubu yeni üyeler arıyor",
        "Eğitim çalışma grubu, birden fazla dilde veli toplantıları planlıyor ve katılmak isteyen başka "
        "kuruluşlar arıyor.",
        ["Çalışma grubu her ay toplanır. Yeni üyeler her zaman memnuniyetle karşılanır."],
    ),
    "fortbildung-oeffentlichkeitsarbeit": (
        "halkla-iliskiler-egitimi",
        "Halkla ilişkiler eğitimi",
        "Küçük bir dernek nasıl daha çok insana ulaşır? Bir eğitim, basın bültenlerinin, sosyal medyanın ve "
        "afişlerin birbirini nasıl tamamladığını gösterdi.",
        ["Katılımcılar basın bülteni yazma alıştırması yaptı ve çalışmalarında kullanabilecekleri şablonlar aldı."],
    ),
    "interkulturelles-fest-in-der-wilhelmstadt": (
        "wilhelmstadt-kulturlerarasi-senlik",
        "Wilhelmstadt'ta kültürlerarası şenlik",
        "Müzik, yemek ve buluşma: Wilhelmstadt'taki mahalle şenliğinde yüzlerce kişi birlikte kutlama yaptı.",
        [
            "Ağdaki dernekler, pek çok ülkeden yemeklerin sunulduğu stantlar ve bir sahne programı düzenledi.",
        ],
    ),
    "frist-mikrofoerderung-verlaengert": (
        "mikro-hibe-basvuru-suresi-uzatildi",
        "Mikro hibe başvuru süresi uzatıldı",
        "Mikro hibe başvurularının son tarihi iki hafta uzatıldı. Bu fırsatı değerlendirin.",
        [
            "Başvurular, belirli bir form gerekmeden e-posta ile yapılabilir. Bir şablonu materyaller bölümünde "
            "bulabilirsiniz.",
        ],
    ),
}

IMAGE_ALT_DE = "Illustration in den Farben von MigrAktiv Spandau!"
IMAGE_ALT_EN = "Illustration in the colours of MigrAktiv Spandau!"
IMAGE_ALT_TR = "MigrAktiv Spandau! renklerinde bir illüstrasyon"

# Per language: the index strings, the news items (keyed by German slug) and the lead-image alt text.
LANGUAGES = {
    "en": (TRANSLATIONS_EN, NEWS_EN, IMAGE_ALT_EN),
    "tr": (TRANSLATIONS_TR, NEWS_TR, IMAGE_ALT_TR),
}


def demo_image(title, colour, log):
    """A generated 16:9 lead image: an illustration of the network in the item's colour."""

    def paint(draw):
        seeding.paint_illustration(draw, (1200, 675), colour, title)

    return seeding.demo_image(title, colour, (1200, 675), paint, log)


def _translation_dictionary(code):
    """Every German segment of the news demo mapped to its translation in ``code`` (a key of LANGUAGES)."""
    translations, news, image_alt = LANGUAGES[code]
    dictionary = dict(translations)
    dictionary[IMAGE_ALT_DE] = image_alt
    for slug, title, teaser, paragraphs, *_rest in NEWS:
        new_slug, new_title, new_teaser, new_paragraphs = news[slug]
        dictionary[slug] = new_slug
        dictionary[title] = new_title
        dictionary[teaser] = new_teaser
        dictionary.update(zip(paragraphs, new_paragraphs, strict=True))
    return dictionary


@seeding.register(order=30)
def seed_news(log):
    home = seeding.german_home()
    index = seeding.get_or_create_page(
        home, NewsIndexPage, "aktuelles", log, title="Aktuelles", intro=INDEX_INTRO, show_in_menus=True
    )

    authors = []
    for name, role, organisation in AUTHORS:
        author = Author.objects.filter(name=name).first()
        if author is None:
            author = Author.objects.create(name=name, role=role, organisation=organisation)
            log(f"author: {name}")
        authors.append(author)

    today = timezone.localdate()
    items = []
    for slug, title, teaser, paragraphs, tags, days_ago, author_indexes, colour in NEWS:
        if index.get_children().filter(slug=slug).exists():
            items.append(index.get_children().get(slug=slug).specific)
            continue
        image = demo_image(f"Aktuelles: {title}", colour, log) if colour else None
        page = NewsPage(
            slug=slug,
            title=title,
            teaser=teaser,
            date=today - datetime.timedelta(days=days_ago),
            body=json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]),
            lead_image=image,
            lead_image_alt=IMAGE_ALT_DE if image else "",
            author_names="" if author_indexes else "Redaktion MigrAktiv Spandau!",
        )
        page.tags.add(*tags)
        for related in Page.objects.filter(slug__in=DEMO_RELATED.get(slug, []), locale__language_code="de"):
            page.related_pages.add(NewsRelatedPage(related_page=related))
        for position in author_indexes:
            page.news_authors.add(NewsPageAuthor(author=authors[position]))
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"news item: {title}")
        items.append(page)

    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code in LANGUAGES:
        if code in languages:
            dictionary = _translation_dictionary(code)
            seeding.translate_page(index, code, dictionary, log)
            for page in items:
                seeding.translate_page(page, code, dictionary, log)
