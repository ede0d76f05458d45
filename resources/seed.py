"""Demo resources: a library in German, English and Turkish with eight materials and small generated PDFs."""

import datetime
import json

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home import seeding

from .models import ResourceFile, ResourceIndexPage, ResourcePage, ResourceType

COLLECTION_NAME = "Materialien"
INDEX_INTRO = (
    "Leitfäden, Vorlagen, Förderaufrufe und Präsentationen aus den Fortbildungen: Material aus dem Netzwerk "
    "zum Herunterladen. Sie möchten etwas beitragen? Schreiben Sie an migraktiv-spandau@narud.org."
)


def minimal_pdf(title, lines=()):
    """A small, valid one-page PDF 1.4 showing ``title`` (and a few lines), built by hand: no dependency needed.

    The standard Helvetica font only covers Latin-1, so text is encoded to it (other characters become '?').
    """

    def pdf_text(text):
        raw = text.encode("latin-1", errors="replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content_lines = ["BT", "/F1 20 Tf", "72 760 Td", f"({pdf_text(title)}) Tj", "/F1 12 Tf"]
    for line in ("MigrAktiv Spandau! - Materialsammlung", *lines):
        content_lines += ["0 -24 Td", f"({pdf_text(line)}) Tj"]
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_position = len(output)
    output += f"xref\n0 {len(objects) + 1}\n".encode()
    output += b"0000000000 65535 f \n"
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_position}\n%%EOF\n".encode()
    return bytes(output)


def materials_collection(log):
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    if existing is not None:
        return existing
    collection = seeding.ensure_root_collection().add_child(name=COLLECTION_NAME)
    log(f"collection: {COLLECTION_NAME}")
    return collection


def demo_document(title, filename, collection, lines=()):
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    document = document_model(title=title, collection=collection)
    document.file.save(filename, ContentFile(minimal_pdf(title, lines)), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


# (slug, title, type, summary, paragraph, tags, languages, organisation, valid in days or None,
#  files as (language, document title, filename), links as (title, url, language))
RESOURCES = [
    (
        "leitfaden-vereinsgruendung",
        "Leitfaden Vereinsgründung",
        ResourceType.GUIDE,
        "Schritt für Schritt zum eingetragenen Verein: Satzung, Gründungsversammlung, Eintragung und Gemeinnützigkeit.",
        "Der Leitfaden erklärt in einfacher Sprache, was bei einer Vereinsgründung in Berlin zu beachten ist.",
        ["Vereinsarbeit"],
        ["de", "tr", "ar"],
        "NARUD e.V.",
        None,
        [
            ("de", "Leitfaden Vereinsgründung", "leitfaden-vereinsgruendung-de.pdf"),
            ("tr", "Dernek kurma rehberi", "leitfaden-vereinsgruendung-tr.pdf"),
            ("ar", "دليل تأسيس جمعية", "leitfaden-vereinsgruendung-ar.pdf"),
        ],
        [],
    ),
    (
        "vorlage-mustersatzung",
        "Vorlage: Mustersatzung für Vereine",
        ResourceType.TEMPLATE,
        "Eine Mustersatzung zum Anpassen, mit Erläuterungen zu jedem Paragrafen.",
        "Die Vorlage ersetzt keine Rechtsberatung, hilft aber beim ersten Entwurf.",
        ["Vereinsarbeit", "Recht"],
        ["de"],
        "NARUD e.V.",
        None,
        [("de", "Mustersatzung für Vereine", "mustersatzung.pdf")],
        [],
    ),
    (
        "foerderaufruf-integrationsfonds-2026",
        "Förderaufruf Integrationsfonds Spandau",
        ResourceType.FUNDING_CALL,
        "Der Integrationsfonds des Bezirks fördert kleine Projekte von Vereinen und Initiativen in Spandau.",
        "Antragsberechtigt sind gemeinnützige Organisationen und Initiativen mit Sitz oder Angebot in Spandau.",
        ["Förderung"],
        ["de", "en"],
        "Bezirksamt Spandau",
        60,
        [("de", "Förderaufruf Integrationsfonds", "foerderaufruf-integrationsfonds.pdf")],
        [("Informationen des Bezirksamts", "https://www.berlin.de/ba-spandau/", "de")],
    ),
    (
        "foerderaufruf-nachbarschaftsprojekte-2025",
        "Förderaufruf Nachbarschaftsprojekte 2025",
        ResourceType.FUNDING_CALL,
        "Aufruf zur Förderung von Nachbarschaftsprojekten im Falkenhagener Feld und in Staaken; die Frist ist "
        "abgelaufen.",
        "Der Aufruf bleibt zur Orientierung online, bis der nächste erscheint.",
        ["Förderung"],
        ["de"],
        "Bezirksamt Spandau",
        -30,
        [("de", "Förderaufruf Nachbarschaftsprojekte 2025", "foerderaufruf-nachbarschaft-2025.pdf")],
        [],
    ),
    (
        "merkblatt-datenschutz-im-verein",
        "Merkblatt Datenschutz im Verein",
        ResourceType.LEGAL,
        "Was Vereine bei Mitgliederlisten, Fotos und Newslettern beachten müssen: die DSGVO kurz erklärt.",
        "Mit Checkliste für die Vorstandsarbeit.",
        ["Recht", "Vereinsarbeit"],
        ["de", "ru", "uk"],
        "NARUD e.V.",
        None,
        [
            ("de", "Merkblatt Datenschutz", "merkblatt-datenschutz-de.pdf"),
            ("ru", "Памятка: защита данных", "merkblatt-datenschutz-ru.pdf"),
            ("uk", "Пам'ятка: захист даних", "merkblatt-datenschutz-uk.pdf"),
        ],
        [],
    ),
    (
        "praesentation-oeffentlichkeitsarbeit",
        "Präsentation: Öffentlichkeitsarbeit für kleine Vereine",
        ResourceType.PRESENTATION,
        "Die Folien der Fortbildung zur Öffentlichkeitsarbeit: Pressemitteilung, Social Media, Plakate.",
        "Die Fortbildung fand im Rahmen von MigrAktiv Spandau! statt.",
        ["Bildung", "Medien"],
        ["de"],
        "NARUD e.V.",
        None,
        [("de", "Folien Öffentlichkeitsarbeit", "folien-oeffentlichkeitsarbeit.pdf")],
        [],
    ),
    (
        "praesentation-foerderantraege-schreiben",
        "Präsentation: Förderanträge schreiben",
        ResourceType.PRESENTATION,
        "Wie ein guter Förderantrag aufgebaut ist: Ziele, Zielgruppen, Finanzplan. Folien aus der Fortbildung.",
        "Mit Beispielen aus Projekten in Haselhorst und Siemensstadt.",
        ["Förderung", "Bildung"],
        ["de", "fa", "ar"],
        "Arbeitsgruppe Förderung",
        None,
        [
            ("de", "Folien Förderanträge", "folien-foerderantraege-de.pdf"),
            ("fa", "اسلایدهای درخواست کمک مالی", "folien-foerderantraege-fa.pdf"),
        ],
        [],
    ),
    (
        "vorlage-finanzplan",
        "Vorlage: Finanzplan für kleine Projekte",
        ResourceType.TEMPLATE,
        "Ein einfacher Finanzplan für Anträge bis 5.000 Euro, mit Beispielzahlen.",
        "Die Vorlage passt zu den meisten bezirklichen Förderprogrammen.",
        ["Förderung"],
        ["de", "pl"],
        "Arbeitsgruppe Förderung",
        365,
        [
            ("de", "Vorlage Finanzplan", "vorlage-finanzplan-de.pdf"),
            ("pl", "Wzór planu finansowego", "vorlage-finanzplan-pl.pdf"),
        ],
        [],
    ),
]

RESOURCES_EN = {
    "leitfaden-vereinsgruendung": (
        "guide-founding-an-association",
        "Guide: founding an association",
        "Step by step to a registered association: statutes, founding meeting, registration and charitable status.",
        "The guide explains in plain language what to consider when founding an association in Berlin.",
    ),
    "vorlage-mustersatzung": (
        "template-model-statutes",
        "Template: model statutes for associations",
        "Model statutes to adapt, with explanations of every section.",
        "The template is no substitute for legal advice, but helps with a first draft.",
    ),
    "foerderaufruf-integrationsfonds-2026": (
        "call-for-funding-spandau-integration-fund",
        "Call for funding: Spandau integration fund",
        "The district's integration fund funds small projects of associations and initiatives in Spandau.",
        "Non-profit organisations and initiatives based or active in Spandau may apply.",
    ),
    "foerderaufruf-nachbarschaftsprojekte-2025": (
        "call-for-funding-neighbourhood-projects-2025",
        "Call for funding: neighbourhood projects 2025",
        "Call for funding of neighbourhood projects in Falkenhagener Feld and Staaken; the deadline has passed.",
        "The call stays online for orientation until the next one is published.",
    ),
    "merkblatt-datenschutz-im-verein": (
        "fact-sheet-data-protection-in-associations",
        "Fact sheet: data protection in associations",
        "What associations must consider for member lists, photos and newsletters: the GDPR in brief.",
        "With a checklist for the board's work.",
    ),
    "praesentation-oeffentlichkeitsarbeit": (
        "presentation-public-relations-for-small-associations",
        "Presentation: public relations for small associations",
        "The slides of the public relations training: press releases, social media, posters.",
        "The training took place as part of MigrAktiv Spandau!.",
    ),
    "praesentation-foerderantraege-schreiben": (
        "presentation-writing-funding-applications",
        "Presentation: writing funding applications",
        "How a good funding application is structured: goals, target groups, budget. Slides from the training.",
        "With examples from projects in Haselhorst and Siemensstadt.",
    ),
    "vorlage-finanzplan": (
        "template-budget-for-small-projects",
        "Template: budget for small projects",
        "A simple budget for applications up to 5,000 euros, with sample figures.",
        "The template fits most of the district's funding programmes.",
    ),
}

TRANSLATIONS_EN = {
    "Materialien": "Resources",
    "materialien": "resources",
    INDEX_INTRO: (
        "Guides, templates, calls for funding and presentations from the trainings: material from the network "
        "to download. Would you like to contribute? Write to migraktiv-spandau@narud.org."
    ),
    "Informationen des Bezirksamts": "Information from the district office",
}


RESOURCES_TR = {
    "leitfaden-vereinsgruendung": (
        "dernek-kurma-rehberi",
        "Dernek kurma rehberi",
        "Adım adım tescilli dernek kurmak: tüzük, kuruluş toplantısı, dernekler siciline kayıt ve kamu yararı statüsü.",
        "Rehber, Berlin'de dernek kurarken nelere dikkat edilmesi gerektiğini sade bir dille açıklar.",
    ),
    "vorlage-mustersatzung": (
        "sablon-dernekler-icin-ornek-tuzuk",
        "Şablon: dernekler için örnek tüzük",
        "Kendi derneğinize göre uyarlayabileceğiniz, her maddeye ilişkin açıklamalar içeren bir örnek tüzük.",
        "Şablon hukuki danışmanlığın yerini tutmaz, ancak ilk taslağı hazırlarken yardımcı olur.",
    ),
    "foerderaufruf-integrationsfonds-2026": (
        "hibe-cagrisi-spandau-entegrasyon-fonu",
        "Hibe çağrısı: Spandau entegrasyon fonu",
        "İlçenin entegrasyon fonu, Spandau'daki derneklerin ve girişimlerin küçük projelerini destekler.",
        "Merkezi Spandau'da bulunan ya da Spandau'da hizmet sunan kâr amacı gütmeyen kuruluşlar ve girişimler "
        "başvurabilir.",
    ),
    "foerderaufruf-nachbarschaftsprojekte-2025": (
        "hibe-cagrisi-mahalle-projeleri-2025",
        "Hibe çağrısı: mahalle projeleri 2025",
        "Falkenhagener Feld ve Staaken'deki mahalle projelerinin desteklenmesine yönelik çağrı; başvuru süresi sona "
        "ermiştir.",
        "Çağrı, bir sonraki çağrı yayımlanana kadar bilgi amacıyla sitede kalır.",
    ),
    "merkblatt-datenschutz-im-verein": (
        "bilgi-notu-derneklerde-veri-koruma",
        "Bilgi notu: derneklerde veri koruma",
        "Derneklerin üye listeleri, fotoğraflar ve bültenler konusunda nelere dikkat etmesi gerekir: AB Genel Veri "
        "Koruma Tüzüğü (DSGVO) kısaca açıklanıyor.",
        "Yönetim kurulu çalışmaları için bir kontrol listesi içerir.",
    ),
    "praesentation-oeffentlichkeitsarbeit": (
        "sunum-kucuk-dernekler-icin-halkla-iliskiler",
        "Sunum: küçük dernekler için halkla ilişkiler",
        "Halkla ilişkiler eğitiminin slaytları: basın bülteni, sosyal medya, afişler.",
        "Eğitim, MigrAktiv Spandau! kapsamında gerçekleştirildi.",
    ),
    "praesentation-foerderantraege-schreiben": (
        "sunum-hibe-basvurusu-yazmak",
        "Sunum: hibe başvurusu yazmak",
        "İyi bir hibe başvurusu nasıl yapılandırılır: hedefler, hedef gruplar, finansman planı. Eğitimde kullanılan "
        "slaytlar.",
        "Haselhorst ve Siemensstadt'taki projelerden örneklerle.",
    ),
    "vorlage-finanzplan": (
        "sablon-kucuk-projeler-icin-finansman-plani",
        "Şablon: küçük projeler için finansman planı",
        "5.000 avroya kadar olan başvurular için örnek rakamlar içeren basit bir finansman planı.",
        "Şablon, ilçenin hibe programlarının çoğuna uygundur.",
    ),
}

TRANSLATIONS_TR = {
    "Materialien": "Materyaller",
    "materialien": "materyaller",
    INDEX_INTRO: (
        "Rehberler, şablonlar, hibe çağrıları ve eğitimlerde kullanılan sunumlar: ağdan indirebileceğiniz "
        "materyaller. Siz de katkıda bulunmak ister misiniz? migraktiv-spandau@narud.org adresine yazın."
    ),
    "Informationen des Bezirksamts": "İlçe belediyesinden bilgiler",
}

# Per language: the index page's and links' strings, and each resource's (slug, title, summary, paragraph).
TRANSLATIONS = {"en": (TRANSLATIONS_EN, RESOURCES_EN), "tr": (TRANSLATIONS_TR, RESOURCES_TR)}


def _translation_dictionary(code):
    strings, resources = TRANSLATIONS[code]
    dictionary = dict(strings)
    for slug, title, _type, summary, paragraph, *_rest in RESOURCES:
        translated_slug, translated_title, translated_summary, translated_paragraph = resources[slug]
        dictionary.update(
            {
                slug: translated_slug,
                title: translated_title,
                summary: translated_summary,
                paragraph: translated_paragraph,
            }
        )
    return dictionary


@seeding.register(order=40)
def seed_resources(log):
    home = seeding.german_home()
    index = seeding.get_or_create_page(
        home,
        ResourceIndexPage,
        "materialien",
        log,
        title="Materialien",
        intro=INDEX_INTRO,
        show_in_menus=True,
    )
    collection = materials_collection(log)
    today = timezone.localdate()
    pages = []
    for (
        slug,
        title,
        resource_type,
        summary,
        paragraph,
        tags,
        languages,
        organisation,
        valid_days,
        files,
        links,
    ) in RESOURCES:
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            pages.append(existing.specific)
            continue
        page = ResourcePage(
            slug=slug,
            title=title,
            resource_type=resource_type,
            summary=summary,
            body=json.dumps([{"type": "paragraph", "value": f"<p>{paragraph}</p>"}]),
            languages=languages,
            contributing_organisation_name=organisation,
            valid_until=today + datetime.timedelta(days=valid_days) if valid_days is not None else None,
            links=json.dumps(
                [
                    {"type": "link", "value": {"title": text, "url": url, "language": language}}
                    for text, url, language in links
                ]
            ),
        )
        page.tags.add(*tags)
        for language, document_title, filename in files:
            document = demo_document(document_title, filename, collection, lines=[title])
            page.files.add(ResourceFile(document=document, language=language))
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"resource: {title}")
        pages.append(page)

    link_demo_contributors(log)
    content_languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code in TRANSLATIONS:
        if code in content_languages:
            dictionary = _translation_dictionary(code)
            seeding.translate_page(index, code, dictionary, log)
            for page in pages:
                seeding.translate_page(page, code, dictionary, log)


# Materials shared by demo organisations of the directory (their profiles and the partner API show them).
DEMO_CONTRIBUTORS = {
    "praesentation-oeffentlichkeitsarbeit": "kulturforum-anatolien-spandau",
    "merkblatt-datenschutz-im-verein": "ausbildungslotsen-siemensstadt",
}


def link_demo_contributors(log):
    from directory.models import OrganisationPage

    for resource_slug, organisation_slug in DEMO_CONTRIBUTORS.items():
        resource = ResourcePage.objects.filter(slug=resource_slug, locale__language_code="de").first()
        organisation = OrganisationPage.objects.filter(slug=organisation_slug, locale__language_code="de").first()
        if resource is None or organisation is None or resource.contributing_organisation_id:
            continue
        resource.contributing_organisation = organisation
        resource.contributing_organisation_name = ""
        resource.save_revision().publish()
        log(f"contributor of {resource.title}: {organisation.title}")
