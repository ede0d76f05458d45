"""Demo content in Leichte Sprache (``de-simple``): the start page, "Über die Initiative", the accessibility statement,
the sign language page and the footer, translated from the German pages with wagtail-localize like any language.

The texts keep to the rules of Leichte Sprache (Netzwerk Leichte Sprache; BITV 2.0, Anlage 2 Teil 2): one statement
per sentence and one sentence per line (``<br/>`` between them, which wagtail-localize keeps inside a segment), the
reader addressed as "Sie", active voice, no abbreviations, numbers as digits, long words split with a hyphen
(Bezirks-Amt: screen readers read a hyphen as a pause, a middle dot sometimes aloud), and hard words explained where
they first appear. The start page says what BITV 2.0 § 4 asks of it: what the site offers, how to find one's way,
the essentials of the accessibility statement, and which pages exist in Leichte Sprache.

Each dictionary is keyed by the German segment, as the other languages' are, so it can move to a data file as is.
"""

from django.conf import settings

from . import seeding
from .models import Footer
from .seed import ABOUT_PARAGRAPHS, HOME_GUIDE, HOME_INTRO, footer_paragraphs
from .seed_accessibility import SIGN, STATEMENT

CODE = "de-simple"


def lines(*sentences):
    """One sentence per line: how Leichte Sprache is set, in a segment's own markup."""
    return "<br/>".join(sentences)


HOME = {
    "MigrAktiv Spandau!": "MigrAktiv Spandau!",
    "home": "home",
    HOME_INTRO: lines(
        "Willkommen bei MigrAktiv Spandau!",
        "MigrAktiv Spandau! ist ein Netzwerk im Bezirk Spandau in Berlin.",
        "Ein Netzwerk ist eine Gruppe.",
        "In der Gruppe arbeiten Menschen und Vereine zusammen.",
        "Sie helfen sich gegenseitig.",
    ),
    HOME_GUIDE["heading"]: "So benutzen Sie diese Internet-Seite",
    HOME_GUIDE["offer"]: lines(
        "Auf dieser Internet-Seite finden Sie Migranten-Organisationen aus Spandau.",
        "Eine Migranten-Organisation ist ein Verein.",
        "In dem Verein machen Menschen aus anderen Ländern mit.",
        "Sie finden hier auch Termine für Kurse und Treffen.",
        "Sie finden Nachrichten und Texte zum Lesen.",
        "Und Vereine zeigen hier:",
        "Das können wir anderen Vereinen geben.",
        "Das brauchen wir.",
    ),
    HOME_GUIDE["navigation"]: lines(
        "Oben auf jeder Seite ist das Menü.",
        "Im Menü finden Sie alle Teile von dieser Internet-Seite.",
        "Oben ist auch ein Knopf mit einer Welt-Kugel.",
        "Mit diesem Knopf wählen Sie eine andere Sprache.",
        "Mit dem Knopf „Suche“ suchen Sie nach einem Wort.",
        "Mit dem Knopf „Gebärdensprache“ finden Sie Informationen in Deutscher Gebärden-Sprache.",
        "Diese Seiten gibt es auch in Leichter Sprache:",
        "Über uns.",
        "Erklärung zur Barriere-Freiheit.",
        "Gebärden-Sprache.",
        "Die anderen Seiten gibt es noch nicht in Leichter Sprache.",
        "Dort steht oben ein Hinweis.",
        "Dann lesen Sie die Seite in Alltags-Sprache.",
    ),
    HOME_GUIDE["accessibility"]: lines(
        "Wir wollen: Alle Menschen können diese Internet-Seite gut benutzen.",
        "Das nennt man: Barriere-Freiheit.",
        "Noch ist nicht alles barriere-frei.",
        "Zum Beispiel fehlt noch ein Video in Gebärden-Sprache.",
        "Haben Sie ein Problem mit der Internet-Seite?",
        "Dann sagen Sie es uns bitte.",
        "Unten auf jeder Seite steht: Barriere melden.",
        "Dort können Sie uns schreiben.",
        "Sie können uns auch anrufen: 030 40 75 75 51.",
        "Wir antworten Ihnen innerhalb von 1 Monat.",
        "Sie sind mit unserer Antwort nicht zufrieden?",
        "Dann können Sie sich beim Land Berlin beschweren.",
        "Mehr dazu lesen Sie in der Erklärung zur Barriere-Freiheit.",
        "Den Link finden Sie unten auf jeder Seite.",
    ),
    "Mitmachen": "Machen Sie mit!",
    "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns oder rufen Sie an: 030 40 75 75 51.": lines(
        "Ihr Verein will im Netzwerk mit-machen?",
        "Dann schreiben Sie uns eine E-Mail.",
        "Oder rufen Sie uns an: 030 40 75 75 51.",
    ),
    "E-Mail schreiben": "E-Mail schreiben",
}

ABOUT = {
    "Über die Initiative": "Über uns",
    "ueber-die-initiative": "ueber-uns",
    "Wer wir sind, was wir vorhaben und wer uns fördert.": lines(
        "Hier lesen Sie:",
        "Wer sind wir?",
        "Was machen wir?",
        "Wer gibt uns Geld für unsere Arbeit?",
    ),
    "Ziele": "Unsere Ziele",
    ABOUT_PARAGRAPHS[0]: lines(
        "MigrAktiv Spandau! ist ein Projekt vom Bezirks-Amt Spandau.",
        "Das Bezirks-Amt ist die Verwaltung vom Bezirk Spandau.",
        "Das Projekt dauert 3 Jahre: von 2024 bis 2026.",
        "Der Verein NARUD macht die Arbeit für das Projekt.",
        "Das Geld für das Projekt kommt von der Senats-Verwaltung für Stadt-Entwicklung, Bauen und Wohnen.",
        "Die Senats-Verwaltung ist ein Teil von der Regierung von Berlin.",
        "Geld kommt auch aus einer Kasse vom Bezirk Spandau.",
        "Mit dem Geld aus der Kasse hilft der Bezirk beim Zusammen-Leben von allen Menschen in Spandau.",
    ),
    ABOUT_PARAGRAPHS[1]: lines(
        "Wir bringen viele Menschen an einen Tisch.",
        "Das heißt: Wir treffen uns und sprechen miteinander.",
        "Zu den Treffen kommen Migranten-Organisationen.",
        "Eine Migranten-Organisation ist ein Verein.",
        "In dem Verein machen Menschen aus anderen Ländern mit.",
        "Zu den Treffen kommen auch Gruppen, Ämter und Nachbarschafts-Häuser.",
        "Ein Nachbarschafts-Haus ist ein Treff-Punkt für die Menschen in einem Stadt-Teil.",
        "Bei den Netzwerk-Treffen lernen sich alle kennen.",
        "In Arbeits-Gruppen planen sie gemeinsame Projekte.",
    ),
    ABOUT_PARAGRAPHS[2]: lines(
        "Wir machen auch Kurse für Vereine.",
        "Viele Menschen arbeiten in ihrem Verein ohne Geld.",
        "Das nennt man: Ehren-Amt.",
        "In den Kursen lernen sie etwas Neues für ihre Arbeit.",
        "Zum Beispiel:",
        "Wie bekommt unser Verein Geld für ein Projekt?",
        "Welche Regeln gelten für Vereine?",
        "Wie erzählen wir anderen Menschen von unserer Arbeit?",
    ),
    "Gemeinsam erreichen wir mehr Menschen in Spandau.": "Zusammen erreichen wir mehr Menschen in Spandau.",
    "Teilnehmerin eines Vernetzungstreffens": "Eine Frau bei einem Netzwerk-Treffen",
    "Häufige Fragen": "Fragen und Antworten",
    "Wer kann mitmachen?": "Wer kann mit-machen?",
    "Alle Migrant*innenorganisationen, Initiativen und Communities, die in Spandau aktiv sind oder es werden "
    "wollen.": lines(
        "Alle Migranten-Organisationen aus Spandau können mit-machen.",
        "Auch andere Gruppen aus Spandau können mit-machen.",
        "Ihre Gruppe arbeitet noch nicht in Spandau?",
        "Aber Sie wollen in Spandau arbeiten?",
        "Dann können Sie auch mit-machen.",
    ),
    "Kostet die Teilnahme etwas?": "Muss ich für das Mit-machen bezahlen?",
    "Nein. Vernetzungstreffen, Arbeitsgruppen und Fortbildungen sind kostenfrei.": lines(
        "Nein.",
        "Die Netzwerk-Treffen kosten kein Geld.",
        "Die Arbeits-Gruppen kosten kein Geld.",
        "Die Kurse kosten auch kein Geld.",
    ),
}

# The accessibility statement and the sign language page, by the keys of seed_accessibility.STATEMENT and SIGN.
STATEMENT_TEXTS = {
    "title": "Erklärung zur Barriere-Freiheit",
    "intro": lines(
        "Hier erklären wir:",
        "Wie gut können alle Menschen diese Internet-Seite benutzen?",
        "Was fehlt noch?",
        "Wie melden Sie uns ein Problem?",
    ),
    "h_status": "Wie barriere-frei ist die Internet-Seite?",
    "status": lines(
        "Barriere-frei heißt: Alle Menschen können die Internet-Seite gut benutzen.",
        "Auch Menschen mit Behinderung.",
        "Dafür gibt es Regeln in Berlin.",
        "Wir wollen diese Regeln einhalten.",
        "Unsere Internet-Seite hält die Regeln schon zum Teil ein.",
        "Aber noch nicht ganz.",
    ),
    "h_gaps": "Was ist noch nicht barriere-frei?",
    "gap_video": lines(
        "Es gibt noch kein Video in Deutscher Gebärden-Sprache.",
        "Wir machen das Video bald.",
        "Bis dahin steht der ganze Text auf der Seite Gebärden-Sprache.",
    ),
    "gap_pdf": lines(
        "Manche Dokumente von anderen Vereinen sind schwer zu lesen.",
        "Zum Beispiel mit einem Vorlese-Programm.",
        "Wir fragen die Vereine nach besseren Dokumenten.",
        "Sie brauchen ein Dokument in einer anderen Form?",
        "Dann schreiben Sie uns.",
        "Wir schicken Ihnen den Inhalt.",
    ),
    "gap_languages": lines(
        "Noch nicht alle Seiten gibt es in allen Sprachen.",
        "Und noch nicht alle Seiten gibt es in Leichter Sprache.",
        "Dann lesen Sie die Seite in Alltags-Sprache.",
        "Oben auf der Seite steht dann ein Hinweis.",
    ),
    "h_check": "Wie haben wir das geprüft?",
    "check": lines(
        "Wir haben die Internet-Seite selbst geprüft.",
        "Dafür haben wir Computer-Programme benutzt.",
        "Wir haben die Internet-Seite auch mit der Tastatur benutzt.",
        "Und mit einem Vorlese-Programm.",
        "Und auf dem Handy.",
        "Diese Erklärung ist vom 1. Dezember 2026.",
    ),
    "h_feedback": "Melden Sie uns eine Barriere",
    "feedback": lines(
        "Etwas auf der Internet-Seite geht für Sie nicht?",
        "Dann sagen Sie es uns bitte.",
        "Schreiben Sie uns eine E-Mail: migraktiv-spandau@narud.org",
        "Oder rufen Sie uns an: 030 40 75 75 51.",
        "Wir antworten Ihnen innerhalb von 1 Monat.",
    ),
    "feedback_button": "Barriere melden",
    "h_enforcement": "Sie sind mit unserer Antwort nicht zufrieden?",
    "enforcement": lines(
        "Wir haben Ihnen nicht geantwortet?",
        "Oder Sie sind mit der Antwort nicht zufrieden?",
        "Dann können Sie sich beschweren.",
        "Dafür gibt es eine Stelle beim Land Berlin.",
        "Die Stelle heißt: Landes-Beauftragte für digitale Barriere-Freiheit.",
        "Die Beschwerde kostet kein Geld.",
    ),
    "enforcement_button": "Zur Beschwerde-Stelle in Berlin",
    "slug": "barriere-freiheit",
}

SIGN_TEXTS = {
    "title": "Gebärden-Sprache",
    "intro": lines(
        "Hier finden Sie Informationen in Deutscher Gebärden-Sprache.",
        "Gebärden-Sprache ist eine Sprache mit den Händen.",
        "Viele gehörlose Menschen sprechen Gebärden-Sprache.",
        "Gehörlose Menschen können nicht hören.",
    ),
    "video_title": "MigrAktiv Spandau! in Deutscher Gebärden-Sprache",
    "transcript_1": lines(
        "Willkommen bei MigrAktiv Spandau!",
        "Wir sind ein Netzwerk im Bezirk Spandau.",
        "Im Netzwerk arbeiten Migranten-Organisationen, Gruppen und andere Menschen aus Spandau zusammen.",
    ),
    "transcript_2": lines(
        "Auf dieser Internet-Seite finden Sie Vereine.",
        "Sie finden Termine für Kurse und Treffen.",
        "Sie finden Nachrichten und Texte zum Lesen.",
        "Oben auf der Seite wählen Sie Ihre Sprache.",
        "Im Menü finden Sie alle Teile von der Internet-Seite.",
    ),
    "transcript_3": lines("Sie haben Fragen?", "Dann schreiben Sie uns eine E-Mail: migraktiv-spandau@narud.org"),
    "slug": "gebaerden-sprache",
}

PAGES = {
    **HOME,
    **ABOUT,
    **{STATEMENT[key]: text for key, text in STATEMENT_TEXTS.items()},
    **{SIGN[key]: text for key, text in SIGN_TEXTS.items()},
}

# The footer's "about" paragraphs (the German ones come from the interface translations, see seed.footer_paragraphs).
FOOTER_TEXTS = [
    lines(
        "Der Verein NARUD macht das Projekt MigrAktiv Spandau! von 2024 bis 2026.",
        "Er macht das für das Bezirks-Amt Spandau.",
    ),
    lines(
        "Das Geld für das Projekt kommt von der Senats-Verwaltung für Stadt-Entwicklung, Bauen und Wohnen.",
        "Und aus einer Kasse vom Bezirk Spandau.",
    ),
]


@seeding.register(order=3)
def seed_easy_language(log):
    """The start page, "Über die Initiative", the accessibility statement, the sign language page and the footer
    in Leichte Sprache, where it is a content language (after seed_accessibility, which makes the statement)."""
    if CODE not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        return
    home = seeding.german_home()
    children = {page.slug: page.specific for page in home.get_children()}
    seeding.translate_page(home, CODE, PAGES, log)
    for slug in ("ueber-die-initiative", STATEMENT["slug"], SIGN["slug"]):
        if slug in children:
            seeding.translate_page(children[slug], CODE, PAGES, log)
    footer = Footer.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if footer is not None:
        source = footer_paragraphs(settings.LANGUAGE_CODE)
        seeding.translate_page(footer, CODE, dict(zip(source, FOOTER_TEXTS, strict=True)), log)
