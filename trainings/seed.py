"""Demo content of the trainings app: the programme page, six series with past and upcoming sessions, English and
Turkish.

Dates are relative to the moment of seeding, so a fresh demo always has upcoming sessions and an archive.
"""

import json
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from taggit.models import Tag

from home import seeding

from .models import Kind, TrainingIndexPage, TrainingSeriesPage, TrainingSeriesTag, TrainingSession

BERLIN = ZoneInfo("Europe/Berlin")
RATHAUS = "Rathaus Spandau, Raum 201, Carl-Schurz-Straße 2–6, 13597 Berlin"
STAAKEN = "Gemeinschaftsraum Staaken (Demo), Heerstraße 400, 13593 Berlin"
SIEMENSSTADT = "Nachbarschaftsraum Siemensstadt (Demo), Nonnendammallee 90, 13629 Berlin"
WILHELMSTADT = "Seminarraum Wilhelmstadt (Demo), Pichelsdorfer Straße 60, 13595 Berlin"
ONLINE = "https://meet.example.org/migraktiv-demo"

INDEX_INTRO = (
    "Fortbildungen, Workshops und Vernetzungstreffen für Migrant*innenorganisationen, Initiativen und "
    "Ehrenamtliche in Spandau. Die Teilnahme ist in der Regel kostenfrei; melden Sie sich für jeden Termin an."
)


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def at(days, hour, minute=0):
    """A Berlin wall-clock time ``days`` from today."""
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def session(days, start_hour, hours, place="", online_url="", capacity=None, **extra):
    return TrainingSession(
        start=at(days, start_hour),
        end=at(days, start_hour) + timedelta(hours=hours),
        place=place,
        online_url=online_url,
        capacity=capacity,
        **extra,
    )


SERIES = [
    {
        "slug": "foerderantraege-erfolgreich-schreiben",
        "title": "Förderanträge erfolgreich schreiben",
        "kind": Kind.TRAINING,
        "summary": "Von der Projektidee zum bewilligten Antrag: eine praktische Fortbildung für Vereine, die "
        "zum ersten Mal Fördermittel beantragen.",
        "body": [
            "An zwei Abenden gehen wir Schritt für Schritt durch einen Förderantrag: Ziele formulieren, einen "
            "Kosten- und Finanzierungsplan aufstellen, Wirkung beschreiben.",
            "Bringen Sie gern eine eigene Projektidee mit. Wir arbeiten in kleinen Gruppen mit Beispielen aus "
            "Spandauer Vereinen.",
        ],
        "learning_goals": "Sie kennen die wichtigsten Förderprogramme für Vereine in Berlin.\n"
        "Sie können Ziele und Zielgruppen eines Projekts klar beschreiben.\n"
        "Sie stellen einen einfachen Kosten- und Finanzierungsplan auf.",
        "target_group": "Vorstände, Mitarbeitende und Ehrenamtliche von Migrant*innenorganisationen.",
        "languages": ["de", "ar", "tr"],
        "tags": ["Förderung", "Vereinsarbeit"],
        "organiser_name": "NARUD e.V.",
        "organiser_url": "https://www.narud.org/",
        "trainers": "Amina Haddad, Jonas Keller",
        "accessibility": "Der Raum ist stufenlos erreichbar; eine barrierefreie Toilette ist vorhanden.",
        "colour": (11, 79, 138),
        "sessions": lambda: [
            session(-40, 17, 3, RATHAUS, capacity=20),
            session(14, 17, 3, RATHAUS, capacity=20),
            session(21, 17, 3, RATHAUS, capacity=20),
        ],
    },
    {
        "slug": "vereinsrecht-kompakt",
        "title": "Vereinsrecht kompakt: Gründung und Vorstand",
        "kind": Kind.WORKSHOP,
        "summary": "Satzung, Eintragung, Gemeinnützigkeit und die Pflichten des Vorstands – verständlich erklärt "
        "und mit Zeit für Ihre Fragen.",
        "body": [
            "Viele Initiativen wollen einen eingetragenen Verein gründen. Der Workshop erklärt, was dafür nötig ist "
            "und worauf der Vorstand danach achten muss."
        ],
        "learning_goals": "Sie wissen, welche Schritte zur Vereinsgründung gehören.\n"
        "Sie kennen die Pflichten des Vorstands.",
        "target_group": "Initiativen vor der Vereinsgründung und neue Vorstandsmitglieder.",
        "languages": ["de", "ru", "uk"],
        "tags": ["Vereinsrecht", "Vereinsarbeit"],
        "organiser_name": "MigrAktiv Spandau!",
        "organiser_url": "",
        "trainers": "Olena Kovalenko",
        "accessibility": "Online-Teilnahme möglich; Unterlagen vorab als PDF.",
        "colour": (8, 54, 94),
        "sessions": lambda: [
            session(-10, 18, 2, online_url=ONLINE, capacity=30),
            session(30, 10, 4, WILHELMSTADT, ONLINE, capacity=15),
        ],
    },
    {
        "slug": "vernetzungstreffen",
        "title": "Vernetzungstreffen der Migrant*innenorganisationen",
        "kind": Kind.NETWORK_MEETING,
        "summary": "Einmal im Monat treffen sich Organisationen, Communities und Verwaltung: Neuigkeiten "
        "austauschen, Kooperationen anbahnen, gemeinsame Anliegen besprechen.",
        "body": [
            "Das Vernetzungstreffen ist das Herz von MigrAktiv Spandau!. Jede Sitzung hat ein Schwerpunktthema; "
            "danach bleibt Zeit für das Gespräch bei Tee und Gebäck."
        ],
        "learning_goals": "",
        "target_group": "Alle Migrant*innenorganisationen, Initiativen und Fachkräfte in Spandau.",
        "languages": ["de", "en", "tr", "ar", "fa"],
        "tags": ["Vernetzung"],
        "organiser_name": "MigrAktiv Spandau!",
        "organiser_url": "",
        "trainers": "",
        "accessibility": "Flüsterdolmetschen nach Anmeldung; Kinderbetreuung auf Anfrage.",
        "colour": (179, 38, 30),
        "sessions": lambda: [
            session(-63, 18, 2, RATHAUS),
            session(-35, 18, 2, RATHAUS, status=TrainingSession.Status.CANCELLED),
            session(7, 18, 2, RATHAUS),
            session(35, 18, 2, STAAKEN),
            session(63, 18, 2, RATHAUS),
        ],
    },
    {
        "slug": "oeffentlichkeitsarbeit-social-media",
        "title": "Öffentlichkeitsarbeit und Social Media für Vereine",
        "kind": Kind.WORKSHOP,
        "summary": "Wie Ihr Verein mit wenig Zeit sichtbar wird: Pressemitteilungen, Fotos, Instagram und "
        "Datenschutz im Vereinsalltag.",
        "body": ["Wir planen gemeinsam einen einfachen Redaktionsplan für die nächsten drei Monate."],
        "learning_goals": "Sie schreiben eine kurze Pressemitteilung.\nSie planen Beiträge für soziale Medien.",
        "target_group": "Ehrenamtliche, die für ihren Verein kommunizieren.",
        "languages": ["de", "ar", "fa"],
        "tags": ["Öffentlichkeitsarbeit"],
        "organiser_name": "NARUD e.V.",
        "organiser_url": "https://www.narud.org/",
        "trainers": "Reza Ahmadi",
        "accessibility": "",
        "colour": (20, 33, 61),
        "sessions": lambda: [
            session(18, 10, 5, SIEMENSSTADT, capacity=12),
            session(25, 10, 5, SIEMENSSTADT, capacity=12, status=TrainingSession.Status.CANCELLED),
        ],
    },
    {
        "slug": "infoveranstaltung-integrationsfonds",
        "title": "Infoveranstaltung: Integrationsfonds Spandau",
        "kind": Kind.INFO_EVENT,
        "summary": "Das Bezirksamt stellt den Integrationsfonds vor: wer Anträge stellen kann, welche Projekte "
        "gefördert werden und wie das Verfahren abläuft.",
        "body": ["Die Veranstaltung findet online statt. Fragen können Sie vorab per E-Mail einreichen."],
        "learning_goals": "",
        "target_group": "Vereine und Initiativen, die im Bezirk Spandau tätig sind.",
        "languages": ["de", "en", "tr", "ru"],
        "tags": ["Förderung"],
        "organiser_name": "Bezirksamt Spandau von Berlin",
        "organiser_url": "https://www.berlin.de/ba-spandau/",
        "trainers": "",
        "accessibility": "Mit automatischen Untertiteln.",
        "colour": (92, 61, 0),
        "sessions": lambda: [session(10, 16, 1, online_url=ONLINE, capacity=100)],
    },
    {
        "slug": "ehrenamt-staerken",
        "title": "Ehrenamt stärken: Freiwillige gewinnen und begleiten",
        "kind": Kind.TRAINING,
        "summary": "Wie Vereine neue Freiwillige finden, gut einarbeiten und lange halten – mit Methoden aus "
        "der Praxis.",
        "body": ["Ein Tag mit Input, Austausch und vielen Beispielen aus Vereinen in Haselhorst und Hakenfelde."],
        "learning_goals": "Sie entwickeln eine Ansprache für neue Freiwillige.\n"
        "Sie planen eine Einarbeitung und Anerkennung.",
        "target_group": "Koordinator*innen von Ehrenamtlichen.",
        "languages": ["de", "pl", "uk", "ro"],
        "tags": ["Ehrenamt", "Vereinsarbeit"],
        "organiser_name": "NARUD e.V.",
        "organiser_url": "https://www.narud.org/",
        "trainers": "Marta Nowak",
        "fee": Decimal("10.00"),
        "fee_note": "inkl. Mittagessen",
        "accessibility": "Stufenloser Zugang über den Hof.",
        "colour": (0, 99, 65),
        "sessions": lambda: [
            session(-20, 10, 6, WILHELMSTADT, capacity=16),
            session(45, 10, 6, WILHELMSTADT, capacity=2),
        ],
    },
]


def _keyed_by_segment(dictionary):
    """The dictionary as wagtail-localize sees it: a multi-line text field is one segment, its lines joined by <br/>.

    Written with newlines for readability; keys and translations get the segment form, so a translated field keeps
    its line breaks.
    """
    return {german.replace("\n", "<br/>"): text.replace("\n", "<br/>") for german, text in dictionary.items()}


# Trainers are people: their names stay as they are in every language (mapped to themselves so they count as done).
TRAINER_NAMES = {spec["trainers"]: spec["trainers"] for spec in SERIES if spec["trainers"]}

TRANSLATIONS_EN = _keyed_by_segment(
    {
        **TRAINER_NAMES,
        "Fortbildungen und Vernetzung": "Trainings and networking",
        "fortbildungen": "trainings",
        INDEX_INTRO: "Trainings, workshops and network meetings for migrant organisations, initiatives and volunteers "
        "in Spandau. Taking part is usually free; please register for each date.",
        "Förderanträge erfolgreich schreiben": "Writing successful funding applications",
        "foerderantraege-erfolgreich-schreiben": "writing-funding-applications",
        SERIES[0]["summary"]: "From project idea to approved application: a practical training for associations "
        "applying for funding for the first time.",
        SERIES[0]["body"][0]: "Over two evenings we go through a funding application step by step: setting goals, "
        "drawing up a cost and financing plan, describing impact.",
        SERIES[0]["body"][1]: "Feel free to bring your own project idea. We work in small groups with examples from "
        "associations in Spandau.",
        SERIES[0]["learning_goals"]: "You know the most important funding programmes for associations in Berlin.\n"
        "You can describe the goals and target groups of a project clearly.\n"
        "You can draw up a simple cost and financing plan.",
        SERIES[0]["target_group"]: "Board members, staff and volunteers of migrant organisations.",
        SERIES[0]["accessibility"]: "The room is step-free; an accessible toilet is available.",
        "Vereinsrecht kompakt: Gründung und Vorstand": "Association law in brief: founding and the board",
        "vereinsrecht-kompakt": "association-law-in-brief",
        SERIES[1]["summary"]: "Statutes, registration, charitable status and the duties of the board – explained "
        "clearly, with time for your questions.",
        SERIES[1]["body"][0]: "Many initiatives want to found a registered association. The workshop explains what "
        "that takes and what the board has to look after afterwards.",
        SERIES[1][
            "learning_goals"
        ]: "You know the steps to founding an association.\nYou know the duties of the board.",
        SERIES[1]["target_group"]: "Initiatives about to found an association and new board members.",
        SERIES[1]["accessibility"]: "Online participation possible; materials in advance as PDF.",
        "Vernetzungstreffen der Migrant*innenorganisationen": "Network meeting of migrant organisations",
        "vernetzungstreffen": "network-meeting",
        SERIES[2]["summary"]: "Once a month, organisations, communities and the administration meet: sharing news, "
        "starting partnerships, discussing common concerns.",
        SERIES[2]["body"][0]: "The network meeting is the heart of MigrAktiv Spandau!. Each meeting has a focus topic; "
        "afterwards there is time to talk over tea and pastries.",
        SERIES[2]["target_group"]: "All migrant organisations, initiatives and professionals in Spandau.",
        SERIES[2]["accessibility"]: "Whispered interpretation on request; childcare on request.",
        "Öffentlichkeitsarbeit und Social Media für Vereine": "Public relations and social media for associations",
        "oeffentlichkeitsarbeit-social-media": "public-relations-social-media",
        SERIES[3]["summary"]: "How your association becomes visible with little time: press releases, photos, "
        "Instagram and data protection in everyday association life.",
        SERIES[3]["body"][0]: "Together we plan a simple editorial calendar for the next three months.",
        SERIES[3]["learning_goals"]: "You can write a short press release.\nYou can plan posts for social media.",
        SERIES[3]["target_group"]: "Volunteers who communicate for their association.",
        "Infoveranstaltung: Integrationsfonds Spandau": "Information event: Spandau integration fund",
        "infoveranstaltung-integrationsfonds": "information-event-integration-fund",
        SERIES[4]["summary"]: "The district office presents the integration fund: who can apply, which projects are "
        "funded and how the procedure works.",
        SERIES[4]["body"][0]: "The event takes place online. You can send questions in advance by e-mail.",
        SERIES[4]["target_group"]: "Associations and initiatives active in the district of Spandau.",
        SERIES[4]["accessibility"]: "With automatic subtitles.",
        "Ehrenamt stärken: Freiwillige gewinnen und begleiten": "Strengthening volunteering: finding and supporting "
        "volunteers",
        "ehrenamt-staerken": "strengthening-volunteering",
        SERIES[5]["summary"]: "How associations find new volunteers, introduce them well and keep them for a long "
        "time – with methods from practice.",
        SERIES[5]["body"][
            0
        ]: "A day of input, exchange and many examples from associations in Haselhorst and Hakenfelde.",
        SERIES[5]["learning_goals"]: "You develop a way to approach new volunteers.\n"
        "You plan an introduction and recognition.",
        SERIES[5]["target_group"]: "Coordinators of volunteers.",
        SERIES[5]["accessibility"]: "Step-free access via the courtyard.",
        "inkl. Mittagessen": "lunch included",
    }
)

TRANSLATIONS_TR = _keyed_by_segment(
    {
        **TRAINER_NAMES,
        "Fortbildungen und Vernetzung": "Eğitimler ve ağ oluşturma",
        "fortbildungen": "egitimler",
        INDEX_INTRO: "Spandau'daki göçmen kuruluşları, girişimler ve gönüllüler için eğitimler, atölyeler ve ağ "
        "buluşmaları. Katılım genellikle ücretsizdir; lütfen her tarih için ayrı ayrı kaydolun.",
        "Förderanträge erfolgreich schreiben": "Başarılı hibe başvuruları yazmak",
        "foerderantraege-erfolgreich-schreiben": "basarili-hibe-basvurulari-yazmak",
        SERIES[0]["summary"]: "Proje fikrinden onaylanmış başvuruya: ilk kez hibe başvurusu yapacak dernekler için "
        "uygulamalı bir eğitim.",
        SERIES[0]["body"][0]: "İki akşam boyunca bir hibe başvurusunu adım adım ele alıyoruz: hedefleri belirlemek, "
        "bir maliyet ve finansman planı hazırlamak, projenin etkisini anlatmak.",
        SERIES[0]["body"][1]: "Dilerseniz kendi proje fikrinizi de getirebilirsiniz. Spandau'daki derneklerden "
        "örneklerle küçük gruplar hâlinde çalışıyoruz.",
        SERIES[0]["learning_goals"]: "Berlin'deki dernekler için en önemli hibe programlarını tanırsınız.\n"
        "Bir projenin hedeflerini ve hedef gruplarını açıkça tanımlayabilirsiniz.\n"
        "Basit bir maliyet ve finansman planı hazırlarsınız.",
        SERIES[0]["target_group"]: "Göçmen kuruluşlarının yönetim kurulu üyeleri, çalışanları ve gönüllüleri.",
        SERIES[0]["accessibility"]: "Salona basamaksız ulaşılabilir; erişilebilir bir tuvalet mevcuttur.",
        "Vereinsrecht kompakt: Gründung und Vorstand": "Kısaca dernek hukuku: kuruluş ve yönetim kurulu",
        "vereinsrecht-kompakt": "kisaca-dernek-hukuku",
        SERIES[1]["summary"]: "Tüzük, tescil, kamu yararı statüsü (Gemeinnützigkeit) ve yönetim kurulunun "
        "yükümlülükleri – anlaşılır biçimde anlatılıyor, sorularınıza da zaman ayrılıyor.",
        SERIES[1]["body"][0]: "Birçok girişim tescilli bir dernek (e.V.) kurmak istiyor. Atölye, bunun için nelerin "
        "gerektiğini ve yönetim kurulunun sonrasında nelere dikkat etmesi gerektiğini açıklıyor.",
        SERIES[1]["learning_goals"]: "Dernek kuruluşu için hangi adımların gerektiğini bilirsiniz.\n"
        "Yönetim kurulunun yükümlülüklerini bilirsiniz.",
        SERIES[1]["target_group"]: "Dernek kurmaya hazırlanan girişimler ve yeni yönetim kurulu üyeleri.",
        SERIES[1]["accessibility"]: "Çevrimiçi katılım mümkündür; belgeler önceden PDF olarak gönderilir.",
        "Vernetzungstreffen der Migrant*innenorganisationen": "Göçmen kuruluşları ağ buluşması",
        "vernetzungstreffen": "ag-bulusmasi",
        SERIES[2]["summary"]: "Ayda bir kez kuruluşlar, topluluklar ve kamu yönetimi bir araya gelir: haberler "
        "paylaşılır, iş birlikleri başlatılır, ortak konular görüşülür.",
        SERIES[2]["body"][0]: "Ağ buluşması, MigrAktiv Spandau!'nun kalbidir. Her buluşmanın bir odak konusu vardır; "
        "ardından çay ve kurabiye eşliğinde sohbete zaman kalır.",
        SERIES[2]["target_group"]: "Spandau'daki tüm göçmen kuruluşları, girişimler ve uzmanlar.",
        SERIES[2]["accessibility"]: "Önceden kayıt yaptırılması hâlinde fısıltı çevirisi yapılır; istek üzerine "
        "çocuk bakımı sağlanır.",
        "Öffentlichkeitsarbeit und Social Media für Vereine": "Dernekler için halkla ilişkiler ve sosyal medya",
        "oeffentlichkeitsarbeit-social-media": "halkla-iliskiler-sosyal-medya",
        SERIES[3]["summary"]: "Derneğiniz az zaman ayırarak nasıl görünür olur: basın bültenleri, fotoğraflar, "
        "Instagram ve dernek çalışmasının gündelik akışında veri koruma.",
        SERIES[3]["body"][0]: "Önümüzdeki üç ay için birlikte basit bir içerik planı hazırlıyoruz.",
        SERIES[3]["learning_goals"]: "Kısa bir basın bülteni yazarsınız.\nSosyal medya paylaşımları planlarsınız.",
        SERIES[3]["target_group"]: "Derneklerinin iletişimini üstlenen gönüllüler.",
        "Infoveranstaltung: Integrationsfonds Spandau": "Bilgilendirme etkinliği: Spandau Entegrasyon Fonu",
        "infoveranstaltung-integrationsfonds": "bilgilendirme-etkinligi-entegrasyon-fonu",
        SERIES[4]["summary"]: "İlçe Belediyesi entegrasyon fonunu tanıtıyor: kimlerin başvurabileceği, hangi "
        "projelerin desteklendiği ve sürecin nasıl işlediği.",
        SERIES[4]["body"][0]: "Etkinlik çevrimiçi olarak yapılır. Sorularınızı önceden e-posta ile iletebilirsiniz.",
        SERIES[4]["target_group"]: "Spandau ilçesinde faaliyet gösteren dernekler ve girişimler.",
        SERIES[4]["accessibility"]: "Otomatik altyazı ile.",
        "Ehrenamt stärken: Freiwillige gewinnen und begleiten": (
            "Gönüllülüğü güçlendirmek: gönüllü kazanmak ve desteklemek"
        ),
        "ehrenamt-staerken": "gonullulugu-guclendirmek",
        SERIES[5]["summary"]: "Dernekler yeni gönüllüleri nasıl bulur, onları işe nasıl iyi alıştırır ve uzun süre "
        "nasıl tutar – uygulamada denenmiş yöntemlerle.",
        SERIES[5]["body"][0]: "Haselhorst ve Hakenfelde'deki derneklerden bilgi aktarımı, deneyim paylaşımı ve "
        "birçok örnekle dolu bir gün.",
        SERIES[5]["learning_goals"]: "Yeni gönüllülere ulaşmak için bir yaklaşım geliştirirsiniz.\n"
        "İşe alıştırma ve takdir etme sürecini planlarsınız.",
        SERIES[5]["target_group"]: "Gönüllü koordinatörleri.",
        SERIES[5]["accessibility"]: "Avlu üzerinden basamaksız giriş.",
        "inkl. Mittagessen": "öğle yemeği dâhil",
    }
)


def demo_image(title, colour, log):
    """A generated series picture: an illustration of the network in the series' colour."""

    def paint(draw):
        seeding.paint_illustration(draw, (1200, 630), colour, title)

    return seeding.demo_image(title, colour, (1200, 630), paint, log)


def tagged_items(names):
    items = []
    for name in names:
        tag = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
        items.append(TrainingSeriesTag(tag=tag))
    return items


def seed_demo_registrations(series_page, log):
    """Fill the small demo session so the programme shows a fully booked date with a waiting list."""
    upcoming = [s for s in series_page.sessions.all() if s.capacity == 2]
    for target in upcoming:
        if target.registrations.exists():
            continue
        for number in range(1, 4):
            target.register(
                name=f"Demo-Teilnehmer*in {number}",
                email=f"demo-{number}@example.org",
                language="de",
                organisation="Beispielverein Spandau (Demo)",
            )
        log(f"demo registrations: {series_page.title}")


@seeding.register(order=20)
def seed_trainings(log):
    home = seeding.german_home()
    index = seeding.get_or_create_page(
        home,
        TrainingIndexPage,
        "fortbildungen",
        log,
        title="Fortbildungen und Vernetzung",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )
    series_pages = []
    for spec in SERIES:
        series_pages.append(
            seeding.get_or_create_page(
                index,
                TrainingSeriesPage,
                spec["slug"],
                log,
                title=spec["title"],
                kind=spec["kind"],
                summary=spec["summary"],
                description=json.dumps([paragraph(text) for text in spec["body"]]),
                learning_goals=spec["learning_goals"],
                target_group=spec["target_group"],
                languages=spec["languages"],
                organiser_name=spec["organiser_name"],
                organiser_url=spec["organiser_url"],
                trainers=spec["trainers"],
                fee=spec.get("fee", Decimal("0")),
                fee_note=spec.get("fee_note", ""),
                accessibility=spec["accessibility"],
                image=demo_image(spec["title"], spec["colour"], log),
                sessions=spec["sessions"](),
                tagged_items=tagged_items(spec["tags"]),
            )
        )
    seed_demo_registrations(series_pages[-1], log)
    link_demo_organisers(log)

    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code, dictionary in (("en", TRANSLATIONS_EN), ("tr", TRANSLATIONS_TR)):
        if code in languages:
            for page in (index, *series_pages):
                seeding.translate_page(page, code, dictionary, log)


# Two demo series are run by demo organisations of the directory, so their profiles list upcoming trainings.
DEMO_ORGANISERS = {
    "oeffentlichkeitsarbeit-social-media": "kulturforum-anatolien-spandau",
    "ehrenamt-staerken": "nachbarschaftsbruecke-wilhelmstadt",
}


def link_demo_organisers(log):
    from directory.models import OrganisationPage

    for series_slug, organisation_slug in DEMO_ORGANISERS.items():
        series = TrainingSeriesPage.objects.filter(slug=series_slug, locale__language_code="de").first()
        organisation = OrganisationPage.objects.filter(slug=organisation_slug, locale__language_code="de").first()
        if series is None or organisation is None or series.organiser_id:
            continue
        series.organiser = organisation
        series.organiser_name = ""
        series.organiser_url = ""
        series.save_revision().publish()
        log(f"organiser of {series.title}: {organisation.title}")
