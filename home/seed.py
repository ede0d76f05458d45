"""Demo content of the home app: the German start page, the initiative's standard pages, English translations."""

import json
import re
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.models import Locale
from wagtail.rich_text import RichText

from . import seeding
from .localization import target_languages
from .models import Footer, HomePage, StandardPage
from .translation import ensure_translator_groups

HOME_INTRO = (
    "MigrAktiv Spandau! vernetzt Migrant*innenorganisationen, migrantische Communities und lokale Akteure im "
    "Bezirk Spandau: mit Vernetzungstreffen, Arbeitsgruppen, Fortbildungen und dieser Plattform zum Austausch "
    "von Ressourcen und Informationen."
)

# What the site offers, how to find one's way around it, and what the accessibility statement says: BITV 2.0 § 4
# asks the start page to explain this in Leichte Sprache, so the German start page says it too (for every language).
HOME_GUIDE = {
    "heading": "Diese Website nutzen",
    "offer": (
        "Hier finden Sie Migrant*innenorganisationen und Arbeitsgruppen in Spandau, Fortbildungen und "
        "Vernetzungstreffen, Nachrichten, Materialien und eine Börse für Angebote und Bedarfe."
    ),
    "navigation": (
        "Alle Bereiche erreichen Sie über das Menü oben. Daneben wählen Sie Ihre Sprache, auch Leichte Sprache, "
        "durchsuchen die Website und finden Informationen in Deutscher Gebärdensprache."
    ),
    "accessibility": (
        "Die Website ist noch nicht in allen Teilen barrierefrei. Was fehlt und wie Sie uns eine Barriere melden, "
        "steht in der Erklärung zur Barrierefreiheit; den Link finden Sie unten auf jeder Seite."
    ),
}

ABOUT_PARAGRAPHS = [
    "MigrAktiv Spandau! ist ein dreijähriges Vorhaben (2024–2026) des Bezirksamts Spandau. Durchgeführt wird es "
    "von NARUD e.V., gefördert von der Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen als FEIN-Pilotprojekt "
    "und aus dem Integrationsfonds des Bezirks.",
    "Wir bringen Migrant*innenorganisationen, Communities, Verwaltung und Nachbarschaftseinrichtungen an einen Tisch. "
    "Regelmäßige Vernetzungstreffen und Arbeitsgruppen schaffen Raum für gemeinsame Vorhaben.",
    "Fortbildungen und Workshops stärken die Arbeit der Organisationen und ihrer Ehrenamtlichen, etwa zu "
    "Förderanträgen, Vereinsrecht oder Öffentlichkeitsarbeit.",
]

TRANSLATIONS_EN = {
    # The name of the initiative and the home page's slug are the same in every language; mapping them to themselves
    # marks them as translated, so the demo translations count as complete in the translation editor.
    "MigrAktiv Spandau!": "MigrAktiv Spandau!",
    "home": "home",
    "Startseite": "Home",
    HOME_INTRO: (
        "MigrAktiv Spandau! connects migrant organisations, migrant communities and local actors in the district "
        "of Spandau: through network meetings, working groups, trainings and this platform for sharing resources "
        "and information."
    ),
    "Mitmachen": "Get involved",
    "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns oder rufen Sie an: 030 40 75 75 51.": (
        "Would your organisation like to join the network? Write to us or call: 030 40 75 75 51."
    ),
    HOME_GUIDE["heading"]: "Using this website",
    HOME_GUIDE["offer"]: (
        "Here you find migrant organisations and working groups in Spandau, trainings and network meetings, news, "
        "materials and an exchange for offers and needs."
    ),
    HOME_GUIDE["navigation"]: (
        "The menu at the top leads to every section. Next to it you choose your language, easy-to-read German too, "
        "search the website and find information in German Sign Language."
    ),
    HOME_GUIDE["accessibility"]: (
        "The website is not yet accessible in every part. What is missing and how to report a barrier to us is set "
        "out in the accessibility statement; you find the link at the bottom of every page."
    ),
    "E-Mail schreiben": "Send an e-mail",
    "Über die Initiative": "About the initiative",
    "Wer wir sind, was wir vorhaben und wer uns fördert.": "Who we are, what we do and who funds us.",
    "Ziele": "Goals",
    ABOUT_PARAGRAPHS[0]: (
        "MigrAktiv Spandau! is a three-year initiative (2024–2026) of the Spandau district office. It is carried "
        "out by NARUD e.V. and funded by the Senate Department for Urban Development, Building and Housing as a "
        "FEIN pilot project and by the district's integration fund."
    ),
    ABOUT_PARAGRAPHS[1]: (
        "We bring migrant organisations, communities, the administration and neighbourhood institutions to one "
        "table. Regular network meetings and working groups make room for joint projects."
    ),
    ABOUT_PARAGRAPHS[2]: (
        "Trainings and workshops strengthen the work of the organisations and their volunteers, for example on "
        "funding applications, association law or public relations."
    ),
    "Gemeinsam erreichen wir mehr Menschen in Spandau.": "Together we reach more people in Spandau.",
    "Teilnehmerin eines Vernetzungstreffens": "Participant of a network meeting",
    "Häufige Fragen": "Frequently asked questions",
    "Wer kann mitmachen?": "Who can take part?",
    "Alle Migrant*innenorganisationen, Initiativen und Communities, die in Spandau aktiv sind oder es werden "
    "wollen.": "All migrant organisations, initiatives and communities that are active in Spandau or want to be.",
    "Kostet die Teilnahme etwas?": "Does it cost anything to take part?",
    "Nein. Vernetzungstreffen, Arbeitsgruppen und Fortbildungen sind kostenfrei.": (
        "No. Network meetings, working groups and trainings are free of charge."
    ),
    "Impressum": "Imprint",
    "Angaben gemäß § 5 DDG.": "Information according to § 5 DDG (German Digital Services Act).",
    "Datenschutz": "Privacy",
    "Wie wir mit Ihren Daten umgehen.": "How we handle your data.",
    "Anbieter": "Provider",
    "Kontakt": "Contact",
    "Verantwortlich": "Responsible",
    # Slugs are translated too, so English addresses read English.
    "ueber-die-initiative": "about-the-initiative",
    "impressum": "imprint",
    "datenschutz": "privacy",
}
# Strings every translated page shares: keep them in one dictionary.
IMPRINT_TEXT = [
    "NARUD e.V. – Träger von MigrAktiv Spandau! im Auftrag des Bezirksamts Spandau von Berlin.",
    "E-Mail: migraktiv-spandau@narud.org, Telefon: 030 40 75 75 51.",
]
PRIVACY_TEXT = [
    "Diese Website setzt keine Tracking-Cookies und lädt keine Inhalte von fremden Servern.",
    "Wenn Sie sich für eine Veranstaltung anmelden, speichern wir Ihre Angaben nur für deren Organisation und "
    "löschen sie automatisch 30 Tage nach der Veranstaltung.",
    "Fragen zum Datenschutz richten Sie bitte an migraktiv-spandau@narud.org.",
]
TRANSLATIONS_EN.update(
    {
        IMPRINT_TEXT[0]: (
            "NARUD e.V. – carrier of MigrAktiv Spandau! on behalf of the Spandau district office of Berlin."
        ),
        IMPRINT_TEXT[1]: "E-mail: migraktiv-spandau@narud.org, phone: 030 40 75 75 51.",
        PRIVACY_TEXT[0]: "This website sets no tracking cookies and loads no content from third-party servers.",
        PRIVACY_TEXT[1]: (
            "When you register for an event, we store your details only to organise it and delete them "
            "automatically 30 days after the event."
        ),
        PRIVACY_TEXT[2]: "Please send questions about data protection to migraktiv-spandau@narud.org.",
    }
)


# Turkish: the whole demo site of the home app. Arabic: the start page and "about", to show right-to-left.
TRANSLATIONS_TR = {
    "MigrAktiv Spandau!": "MigrAktiv Spandau!",
    "home": "home",
    HOME_INTRO: (
        "MigrAktiv Spandau!, Spandau ilçesindeki göçmen kuruluşlarını, göçmen topluluklarını ve yerel aktörleri "
        "birbirine bağlar: ağ toplantıları, çalışma grupları, eğitimler ve kaynak ve bilgi paylaşımı için bu "
        "platform ile."
    ),
    "Mitmachen": "Katılın",
    "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns oder rufen Sie an: 030 40 75 75 51.": (
        "Kuruluşunuz ağın bir parçası olmak mı istiyor? Bize yazın ya da arayın: 030 40 75 75 51."
    ),
    HOME_GUIDE["heading"]: "Bu web sitesini kullanma",
    HOME_GUIDE["offer"]: (
        "Burada Spandau'daki göçmen kuruluşlarını ve çalışma gruplarını, eğitimleri ve ağ toplantılarını, "
        "haberleri, materyalleri ve teklifler ile ihtiyaçlar için bir borsayı bulursunuz."
    ),
    HOME_GUIDE["navigation"]: (
        "Tüm bölümlere üstteki menüden ulaşırsınız. Yanında dilinizi seçersiniz (Kolay Almanca da var), web "
        "sitesinde arama yapar ve Alman İşaret Dili'nde bilgi bulursunuz."
    ),
    HOME_GUIDE["accessibility"]: (
        "Web sitesi henüz her bölümüyle erişilebilir değil. Nelerin eksik olduğunu ve bize bir engeli nasıl "
        "bildirebileceğinizi erişilebilirlik beyanında bulursunuz; bağlantısı her sayfanın altındadır."
    ),
    "E-Mail schreiben": "E-posta gönderin",
    "Über die Initiative": "Girişim hakkında",
    "Wer wir sind, was wir vorhaben und wer uns fördert.": (
        "Kim olduğumuz, neler yaptığımız ve bizi kimin desteklediği."
    ),
    "Ziele": "Hedefler",
    ABOUT_PARAGRAPHS[0]: (
        "MigrAktiv Spandau!, Spandau İlçe Belediyesi'nin üç yıllık (2024–2026) bir girişimidir. NARUD e.V. "
        "tarafından yürütülür; Berlin Kentsel Gelişim, İnşaat ve Konut Senato Dairesi tarafından FEIN pilot projesi "
        "olarak ve ilçenin entegrasyon fonundan desteklenir."
    ),
    ABOUT_PARAGRAPHS[1]: (
        "Göçmen kuruluşlarını, toplulukları, yönetimi ve mahalle kurumlarını bir masada buluşturuyoruz. Düzenli ağ "
        "toplantıları ve çalışma grupları ortak projelere alan açar."
    ),
    ABOUT_PARAGRAPHS[2]: (
        "Eğitimler ve atölyeler, kuruluşların ve gönüllülerinin çalışmalarını güçlendirir; örneğin hibe "
        "başvuruları, dernek hukuku veya halkla ilişkiler konularında."
    ),
    "Gemeinsam erreichen wir mehr Menschen in Spandau.": "Birlikte Spandau'da daha çok insana ulaşıyoruz.",
    "Teilnehmerin eines Vernetzungstreffens": "Bir ağ toplantısının katılımcısı",
    "Häufige Fragen": "Sık sorulan sorular",
    "Wer kann mitmachen?": "Kimler katılabilir?",
    "Alle Migrant*innenorganisationen, Initiativen und Communities, die in Spandau aktiv sind oder es werden "
    "wollen.": "Spandau'da etkin olan ya da olmak isteyen tüm göçmen kuruluşları, girişimler ve topluluklar.",
    "Kostet die Teilnahme etwas?": "Katılım ücretli mi?",
    "Nein. Vernetzungstreffen, Arbeitsgruppen und Fortbildungen sind kostenfrei.": (
        "Hayır. Ağ toplantıları, çalışma grupları ve eğitimler ücretsizdir."
    ),
    "Impressum": "Künye",
    "Angaben gemäß § 5 DDG.": "DDG § 5 uyarınca bilgiler.",
    "Datenschutz": "Gizlilik",
    "Wie wir mit Ihren Daten umgehen.": "Verilerinizi nasıl işlediğimiz.",
    "Anbieter": "Sağlayıcı",
    "Kontakt": "İletişim",
    "ueber-die-initiative": "girisim-hakkinda",
    "impressum": "kunye",
    "datenschutz": "gizlilik",
    IMPRINT_TEXT[0]: "NARUD e.V. – Berlin Spandau İlçe Belediyesi adına MigrAktiv Spandau!'nun yürütücüsü.",
    IMPRINT_TEXT[1]: "E-posta: migraktiv-spandau@narud.org, telefon: 030 40 75 75 51.",
    PRIVACY_TEXT[0]: "Bu web sitesi izleme çerezi kullanmaz ve yabancı sunuculardan içerik yüklemez.",
    PRIVACY_TEXT[1]: (
        "Bir etkinliğe kaydolduğunuzda bilgilerinizi yalnızca etkinliğin düzenlenmesi için saklar ve etkinlikten "
        "30 gün sonra otomatik olarak sileriz."
    ),
    PRIVACY_TEXT[2]: "Veri koruma ile ilgili sorularınızı migraktiv-spandau@narud.org adresine gönderebilirsiniz.",
}

TRANSLATIONS_AR = {
    "MigrAktiv Spandau!": "MigrAktiv Spandau!",
    "home": "home",
    HOME_INTRO: (
        "تربط مبادرة MigrAktiv Spandau! منظمات المهاجرين ومجتمعات المهاجرين والفاعلين المحليين في منطقة شبانداو: "
        "من خلال لقاءات التشبيك ومجموعات العمل والدورات التدريبية وهذه المنصة لتبادل الموارد والمعلومات."
    ),
    "Mitmachen": "شارك معنا",
    "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns oder rufen Sie an: 030 40 75 75 51.": (
        "هل ترغب منظمتك في الانضمام إلى الشبكة؟ راسلنا أو اتصل بنا: 030 40 75 75 51."
    ),
    HOME_GUIDE["heading"]: "استخدام هذا الموقع",
    HOME_GUIDE["offer"]: (
        "تجدون هنا منظمات المهاجرين ومجموعات العمل في شبانداو، والدورات التدريبية ولقاءات التشبيك، والأخبار "
        "والمواد، ومنصة لتبادل العروض والاحتياجات."
    ),
    HOME_GUIDE["navigation"]: (
        "تصلون إلى جميع الأقسام من القائمة في الأعلى. وبجانبها تختارون لغتكم (ومنها الألمانية المبسطة)، وتبحثون "
        "في الموقع، وتجدون معلومات بلغة الإشارة الألمانية."
    ),
    HOME_GUIDE["accessibility"]: (
        "الموقع ليس خاليًا من العوائق في كل أجزائه بعد. ما الذي ينقص وكيف تبلغوننا عن عائق تجدونه في بيان "
        "إمكانية الوصول؛ رابطه أسفل كل صفحة."
    ),
    "E-Mail schreiben": "أرسل بريدًا إلكترونيًا",
    "Über die Initiative": "عن المبادرة",
    "Wer wir sind, was wir vorhaben und wer uns fördert.": "من نحن، وما الذي نعمل عليه، ومن يدعمنا.",
    "Ziele": "الأهداف",
    ABOUT_PARAGRAPHS[0]: (
        "MigrAktiv Spandau! مشروع مدته ثلاث سنوات (2024–2026) تابع لمكتب بلدية شبانداو، تنفذه جمعية NARUD e.V. "
        "بتمويل من إدارة مجلس الشيوخ للتنمية الحضرية والبناء والإسكان كمشروع تجريبي ضمن برنامج FEIN ومن صندوق "
        "الاندماج في المنطقة."
    ),
    ABOUT_PARAGRAPHS[1]: (
        "نجمع منظمات المهاجرين والمجتمعات والإدارة ومؤسسات الأحياء حول طاولة واحدة. تفتح لقاءات التشبيك المنتظمة "
        "ومجموعات العمل المجال لمشاريع مشتركة."
    ),
    ABOUT_PARAGRAPHS[2]: (
        "تعزز الدورات التدريبية وورش العمل عمل المنظمات ومتطوعيها، مثلًا في طلبات التمويل وقانون الجمعيات "
        "والعلاقات العامة."
    ),
    "Gemeinsam erreichen wir mehr Menschen in Spandau.": "معًا نصل إلى عدد أكبر من الناس في شبانداو.",
    "Teilnehmerin eines Vernetzungstreffens": "مشاركة في أحد لقاءات التشبيك",
    "Häufige Fragen": "أسئلة شائعة",
    "Wer kann mitmachen?": "من يمكنه المشاركة؟",
    "Alle Migrant*innenorganisationen, Initiativen und Communities, die in Spandau aktiv sind oder es werden "
    "wollen.": "جميع منظمات المهاجرين والمبادرات والمجتمعات الناشطة في شبانداو أو التي ترغب في ذلك.",
    "Kostet die Teilnahme etwas?": "هل المشاركة مدفوعة؟",
    "Nein. Vernetzungstreffen, Arbeitsgruppen und Fortbildungen sind kostenfrei.": (
        "لا. لقاءات التشبيك ومجموعات العمل والدورات التدريبية مجانية."
    ),
    "ueber-die-initiative": "عن-المبادرة",
}


def add_source_revision_note(privacy, log):
    """Change the German privacy page once after it was translated, so one translation shows as outdated."""
    note = "Stand dieser Hinweise: November 2026."
    if any(note in str(block.value) for block in privacy.body):
        return
    privacy.body.append(("paragraph", RichText(f"<p>{note}</p>")))
    privacy.save_revision().publish()
    log("German privacy page updated after translation (its translations are now outdated)")


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def list_item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


@seeding.register(order=0)
def seed_home(log):
    seeding.ensure_locales()
    seeding.remove_wagtail_welcome_page(log)
    root = seeding.ensure_root()
    home = HomePage.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        home = seeding.get_or_create_page(
            root,
            HomePage,
            "home",
            log,
            title="MigrAktiv Spandau!",
            intro=HOME_INTRO,
            body=json.dumps(
                [
                    heading(HOME_GUIDE["heading"]),
                    paragraph(HOME_GUIDE["offer"]),
                    paragraph(HOME_GUIDE["navigation"]),
                    paragraph(HOME_GUIDE["accessibility"]),
                    {
                        "type": "call_to_action",
                        "value": {
                            "title": "Mitmachen",
                            "text": "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns oder "
                            "rufen Sie an: 030 40 75 75 51.",
                            "page": None,
                            "external_url": "mailto:migraktiv-spandau@narud.org",
                            "link_text": "E-Mail schreiben",
                        },
                    },
                ]
            ),
        )
    seeding.ensure_site(home, log)

    about = seeding.get_or_create_page(
        home,
        StandardPage,
        "ueber-die-initiative",
        log,
        title="Über die Initiative",
        intro="Wer wir sind, was wir vorhaben und wer uns fördert.",
        show_in_menus=True,
        body=json.dumps(
            [
                heading("Ziele"),
                *[paragraph(text) for text in ABOUT_PARAGRAPHS],
                {
                    "type": "quote",
                    "value": {
                        "quote": "Gemeinsam erreichen wir mehr Menschen in Spandau.",
                        "attribution": "Teilnehmerin eines Vernetzungstreffens",
                    },
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Häufige Fragen",
                        # Items in Wagtail's list format (with ids), as the editor saves them: wagtail-localize
                        # finds the segments of a list only in that format, so the questions are translatable.
                        "items": [
                            list_item(
                                {
                                    "question": "Wer kann mitmachen?",
                                    "answer": "<p>Alle Migrant*innenorganisationen, Initiativen und Communities, "
                                    "die in Spandau aktiv sind oder es werden wollen.</p>",
                                }
                            ),
                            list_item(
                                {
                                    "question": "Kostet die Teilnahme etwas?",
                                    "answer": "<p>Nein. Vernetzungstreffen, Arbeitsgruppen und Fortbildungen sind "
                                    "kostenfrei.</p>",
                                }
                            ),
                        ],
                    },
                },
            ]
        ),
    )
    imprint = seeding.get_or_create_page(
        home,
        StandardPage,
        "impressum",
        log,
        title="Impressum",
        intro="Angaben gemäß § 5 DDG.",
        body=json.dumps(
            [heading("Anbieter"), paragraph(IMPRINT_TEXT[0]), heading("Kontakt"), paragraph(IMPRINT_TEXT[1])]
        ),
    )
    privacy = seeding.get_or_create_page(
        home,
        StandardPage,
        "datenschutz",
        log,
        title="Datenschutz",
        intro="Wie wir mit Ihren Daten umgehen.",
        body=json.dumps([paragraph(text) for text in PRIVACY_TEXT]),
    )
    if not home.featured:
        home.featured = json.dumps([{"type": "featured_page", "value": {"page": about.pk, "teaser": ""}}])
        home.save_revision().publish()
        log("home page highlights")

    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code, dictionary, pages in [
        ("en", TRANSLATIONS_EN, (home, about, imprint, privacy)),
        ("tr", TRANSLATIONS_TR, (home, about, imprint, privacy)),
        ("ar", TRANSLATIONS_AR, (home, about)),
    ]:
        if code in languages:
            for page in pages:
                seeding.translate_page(page, code, dictionary, log)
    add_source_revision_note(privacy, log)
    ensure_translator_groups()


def seed_demo_admin(log, username="admin", password="migraktiv-demo"):  # noqa: S107 - documented dev-only login
    """A superuser for trying the admin locally. Never called outside DEBUG (see the seed_demo command)."""
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        return
    user_model.objects.create_superuser(username=username, email="admin@example.org", password=password)
    log(f"demo admin: {username} / {password}")


# Labels of the shared topic vocabulary (the German tag names the apps' demo content uses).
TOPIC_LABELS = {
    "Ankommen": ("Arrival", "Varış ve uyum"),
    "Arbeit und Ausbildung": ("Work and vocational training", "İş ve meslek eğitimi"),
    "Beratung": ("Advice", "Danışmanlık"),
    "Bildung": ("Education", "Eğitim"),
    "Deutsch lernen": ("Learning German", "Almanca öğrenmek"),
    "Dialog": ("Dialogue", "Diyalog"),
    "Ehrenamt": ("Volunteering", "Gönüllülük"),
    "Frauen und Familie": ("Women and family", "Kadın ve aile"),
    "Förderung": ("Funding", "Hibe ve destek"),
    "Gesundheit": ("Health", "Sağlık"),
    "Jugend": ("Youth", "Gençlik"),
    "Kultur": ("Culture", "Kültür"),
    "Medien": ("Media", "Medya"),
    "Recht": ("Law", "Hukuk"),
    "Senior*innen": ("Older people", "Yaşlılar"),
    "Sport": ("Sport", "Spor"),
    "Sprache": ("Language", "Dil"),
    "Vereinsarbeit": ("Running an association", "Dernek çalışması"),
    "Vereinsrecht": ("Association law", "Dernek hukuku"),
    "Vernetzung": ("Networking", "Ağ oluşturma"),
    "Wohnen": ("Housing", "Konut"),
    "Öffentlichkeitsarbeit": ("Public relations", "Halkla ilişkiler"),
}


@seeding.register(order=90)
def seed_topic_labels(log):
    """German labels for the demo topics, translated into English and Turkish through wagtail-localize."""
    from taggit.models import Tag

    from .models import TopicLabel

    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for tag in Tag.objects.filter(name__in=TOPIC_LABELS):
        label = TopicLabel.objects.filter(tag=tag, locale=german).first()
        if label is None:
            label = TopicLabel.objects.create(tag=tag, label=tag.name, locale=german)
            log(f"topic label: {tag.name}")
        english, turkish = TOPIC_LABELS[tag.name]
        for code, text in (("en", english), ("tr", turkish)):
            if code in languages:
                seeding.translate_page(label, code, {tag.name: text}, log)


def footer_paragraphs(language_code):
    """The built-in footer's "about" text in one language, taken from the reviewed interface translations."""
    facts = settings.INITIATIVE
    with translation.override(language_code):
        paragraphs = [
            # The carrier's name ends in a full stop ("e.V."), so the sentence must not end with it.
            translation.gettext(
                "<bdi>%(carrier)s</bdi> carries out <bdi>%(name)s</bdi> (2024–2026) on behalf of the Spandau district "
                "office."
            )
            % {"name": facts["name"], "carrier": facts["carrier"]},
            translation.gettext(
                "Funded by the Senate Department for Urban Development, Building and Housing (SenStadt) as a FEIN "
                "pilot project and by the integration fund of the district of Spandau."
            ),
        ]
    # Rich text keeps to the editor's features, which have no <bdi>: isolate the names with the equivalent Unicode
    # marks (FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE), so "MigrAktiv Spandau!" keeps its "!" in Arabic.
    return [re.sub(r"<bdi>(.*?)</bdi>", "\u2068\\1\u2069", paragraph) for paragraph in paragraphs]


@seeding.register(order=1)
def seed_footer(log):
    """The editable footer in German, translated into every content language through wagtail-localize."""
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    footer = Footer.objects.filter(locale=german).first()
    if footer is None:
        facts = settings.INITIATIVE
        footer = Footer.objects.create(
            locale=german,
            contact=f"{facts['name']}\nc/o {facts['carrier']}",
            email=facts["email"],
            phone=facts["phone"],
            about="".join(f"<p>{paragraph}</p>" for paragraph in footer_paragraphs(settings.LANGUAGE_CODE)),
        )
        log("footer")
    source = footer_paragraphs(settings.LANGUAGE_CODE)
    for language in target_languages():
        # A variety (Leichte Sprache) speaks its base language's interface, so the interface translations hold no
        # text of its own: home/seed_easy_language.py writes its footer.
        if not language.variant_of:
            code = language.code
            seeding.translate_page(footer, code, dict(zip(source, footer_paragraphs(code), strict=True)), log)
