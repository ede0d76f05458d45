"""Demo content of the directory: twelve invented organisations across Spandau's nine neighbourhoods and three
working groups with past and upcoming meetings, each with English and Turkish translations made through
wagtail-localize.

The organisations are fictional (names, addresses, people); phone numbers are from the Bundesnetzagentur's range
reserved for fiction (030 23125 xxx), e-mail addresses and websites use the reserved ``.example`` domain.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents import get_document_model

from home import seeding

from .models import (
    Language,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
    OrganisationTopic,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupMembership,
    WorkingGroupPage,
    WorkingGroupTopic,
)

ORGANISATION_INDEX_INTRO = (
    "Wer engagiert sich in Spandau? Hier finden Sie Migrant*innenorganisationen, Initiativen und Vereine: was sie "
    "anbieten, für wen und in welchen Sprachen."
)
WORKING_GROUP_INDEX_INTRO = (
    "In den Arbeitsgruppen von MigrAktiv Spandau! arbeiten Organisationen an gemeinsamen Themen. Neue Mitglieder "
    "sind willkommen."
)

# name, slug, neighbourhood, street, postal code, lat, lon, legal form, founded, topics, languages, colour,
# short description, description paragraphs, communities, target groups, opening hours, step-free, accessibility
ORGANISATIONS = [
    {
        "title": "Nachbarschaftsbrücke Wilhelmstadt",
        "slug": "nachbarschaftsbruecke-wilhelmstadt",
        "neighbourhood": "wilhelmstadt",
        "street": "Pichelsdorfer Straße 88",
        "postal_code": "13595",
        "lat": "52.525100",
        "lon": "13.195200",
        "legal_form": "ev",
        "founding_year": 2009,
        "topics": ["Beratung", "Ankommen", "Frauen und Familie"],
        "languages": ["de", "ar", "ku", "tr"],
        "colour": (11, 79, 138),
        "short_description": "Sozialberatung und Begleitung zu Ämtern für Familien in der Wilhelmstadt, auf "
        "Arabisch, Kurdisch, Türkisch und Deutsch.",
        "description": [
            "Wir beraten zu Jobcenter, Familienkasse und Wohnungssuche und begleiten bei Terminen.",
            "Einmal im Monat laden wir zum Nachbarschaftsfrühstück ein.",
        ],
        "communities_served": "Arabisch- und kurdischsprachige Familien, türkeistämmige Nachbar*innen",
        "target_groups": "Familien, Neuzugewanderte, Alleinerziehende",
        "opening_hours": "Mo–Do 10:00–16:00, Fr nach Vereinbarung",
        "step_free_access": "yes",
        "accessibility_notes": "Eingang ebenerdig, barrierefreies WC vorhanden.",
        "social": [("instagram", "https://instagram.com/nachbarschaftsbruecke.example")],
    },
    {
        "title": "Frauencafé Falkenfeld",
        "slug": "frauencafe-falkenfeld",
        "neighbourhood": "falkenhagener-feld",
        "street": "Westerwaldstraße 14",
        "postal_code": "13589",
        "lat": "52.553400",
        "lon": "13.168900",
        "legal_form": "initiative",
        "founding_year": 2016,
        "topics": ["Frauen und Familie", "Deutsch lernen", "Gesundheit"],
        "languages": ["de", "fa", "ar", "ps"],
        "colour": (179, 38, 30),
        "short_description": "Ein offener Treffpunkt für Frauen mit Kinderbetreuung, Deutschgesprächen und "
        "Gesundheitsinformationen auf Farsi, Dari, Paschtu und Arabisch.",
        "description": [
            "Jeden Mittwoch treffen sich Frauen aus dem Falkenhagener Feld zum Austausch.",
            "Hebammen und Ärztinnen informieren regelmäßig zu Gesundheitsfragen.",
        ],
        "communities_served": "Afghanische, iranische und syrische Frauen",
        "target_groups": "Frauen, Mütter mit kleinen Kindern",
        "opening_hours": "Mi 9:30–12:30",
        "step_free_access": "partial",
        "accessibility_notes": "Eine Stufe am Eingang, Rampe auf Nachfrage.",
        "social": [],
    },
    {
        "title": "Lernwerkstatt Havelkinder",
        "slug": "lernwerkstatt-havelkinder",
        "neighbourhood": "hakenfelde",
        "street": "Streitstraße 31",
        "postal_code": "13587",
        "lat": "52.558800",
        "lon": "13.201500",
        "legal_form": "ev",
        "founding_year": 2014,
        "topics": ["Bildung", "Jugend"],
        "languages": ["de", "ru", "uk", "pl"],
        "colour": (0, 110, 80),
        "short_description": "Hausaufgabenhilfe, Lernpatenschaften und Ferienkurse für Schulkinder in "
        "Hakenfelde, mit Lernbegleiter*innen, die Russisch, Ukrainisch und Polnisch sprechen.",
        "description": [
            "Ehrenamtliche Lernpat*innen begleiten Kinder von der ersten bis zur zehnten Klasse.",
            "In den Ferien bieten wir Lese- und Mathekurse an.",
        ],
        "communities_served": "Russisch-, ukrainisch- und polnischsprachige Familien",
        "target_groups": "Schulkinder von 6 bis 16 Jahren und ihre Eltern",
        "opening_hours": "Mo–Fr 13:30–17:30 (in der Schulzeit)",
        "step_free_access": "yes",
        "accessibility_notes": "Aufzug im Haus.",
        "social": [],
    },
    {
        "title": "Kulturforum Anatolien Spandau",
        "slug": "kulturforum-anatolien-spandau",
        "neighbourhood": "spandau",
        "street": "Carl-Schurz-Straße 41",
        "postal_code": "13597",
        "lat": "52.536700",
        "lon": "13.203900",
        "legal_form": "ev",
        "founding_year": 1994,
        "topics": ["Kultur", "Senior*innen", "Dialog"],
        "languages": ["de", "tr", "ku"],
        "colour": (94, 53, 177),
        "short_description": "Musik, Theater und Erzählcafés in der Altstadt: Begegnung zwischen Generationen "
        "und Herkunftsländern, auf Türkisch, Kurdisch und Deutsch.",
        "description": [
            "Unser Chor und unsere Theatergruppe proben wöchentlich und treten bei Stadtteilfesten auf.",
            "Im Erzählcafé berichten Ältere von ihrem Ankommen in Spandau.",
        ],
        "communities_served": "Türkei- und kurdischstämmige Spandauer*innen aller Generationen",
        "target_groups": "Senior*innen, Jugendliche, kulturell Interessierte",
        "opening_hours": "Di–Sa 14:00–20:00",
        "step_free_access": "no",
        "accessibility_notes": "Räume im ersten Stock ohne Aufzug.",
        "social": [("facebook", "https://facebook.com/kulturforum-anatolien.example")],
    },
    {
        "title": "Ukrainische Nachbarschaftshilfe Staaken",
        "slug": "ukrainische-nachbarschaftshilfe-staaken",
        "neighbourhood": "staaken",
        "street": "Heerstraße 390",
        "postal_code": "13591",
        "lat": "52.530500",
        "lon": "13.147000",
        "legal_form": "initiative",
        "founding_year": 2022,
        "topics": ["Ankommen", "Beratung", "Deutsch lernen"],
        "languages": ["uk", "ru", "de"],
        "colour": (0, 87, 183),
        "short_description": "Ehrenamtliche helfen Geflüchteten aus der Ukraine beim Ankommen: Anmeldung, "
        "Schule, Arzttermine und Sprachcafé.",
        "description": [
            "Wir übersetzen bei Terminen und helfen beim Ausfüllen von Formularen.",
            "Im Sprachcafé üben Erwachsene Deutsch im Alltag.",
        ],
        "communities_served": "Geflüchtete aus der Ukraine",
        "target_groups": "Neuzugewanderte, Familien, ältere Menschen",
        "opening_hours": "Di und Do 16:00–19:00",
        "step_free_access": "yes",
        "accessibility_notes": "",
        "social": [("telegram", "https://t.me/nachbarschaftshilfe_staaken_example")],
    },
    {
        "title": "Ausbildungslotsen Siemensstadt",
        "slug": "ausbildungslotsen-siemensstadt",
        "neighbourhood": "siemensstadt",
        "street": "Nonnendammallee 101",
        "postal_code": "13629",
        "lat": "52.538600",
        "lon": "13.265700",
        "legal_form": "ggmbh",
        "founding_year": 2011,
        "topics": ["Arbeit und Ausbildung", "Jugend", "Beratung"],
        "languages": ["de", "ar", "ti", "so", "en"],
        "colour": (191, 87, 0),
        "short_description": "Berufsorientierung, Bewerbungstraining und Begleitung in die Ausbildung für "
        "junge Menschen mit Fluchterfahrung.",
        "description": [
            "Wir vermitteln Praktika bei Betrieben in Siemensstadt und Spandau.",
            "Mentor*innen begleiten Auszubildende bis zum Abschluss.",
        ],
        "communities_served": "Junge Geflüchtete aus Syrien, Eritrea und Somalia",
        "target_groups": "Jugendliche und junge Erwachsene von 16 bis 27 Jahren",
        "opening_hours": "Mo–Fr 9:00–17:00",
        "step_free_access": "yes",
        "accessibility_notes": "Barrierefreier Zugang über den Hof.",
        "social": [("linkedin", "https://linkedin.com/company/ausbildungslotsen.example")],
    },
    {
        "title": "Eltern-Netzwerk Haselhorst",
        "slug": "eltern-netzwerk-haselhorst",
        "neighbourhood": "haselhorst",
        "street": "Burscheider Weg 12",
        "postal_code": "13599",
        "lat": "52.540900",
        "lon": "13.236800",
        "legal_form": "ev",
        "founding_year": 2018,
        "topics": ["Frauen und Familie", "Bildung"],
        "languages": ["de", "ar", "tr", "bg", "ro"],
        "colour": (0, 121, 107),
        "short_description": "Elternlotsinnen erklären das Berliner Schulsystem und begleiten Eltern zu "
        "Kita- und Schulgesprächen.",
        "description": [
            "Unsere Elternlotsinnen sprechen Arabisch, Türkisch, Bulgarisch und Rumänisch.",
            "Elterncafés in Kitas und Grundschulen in Haselhorst.",
        ],
        "communities_served": "Arabisch-, türkisch-, bulgarisch- und rumänischsprachige Eltern",
        "target_groups": "Eltern von Kita- und Schulkindern",
        "opening_hours": "Mo, Mi, Fr 9:00–13:00",
        "step_free_access": "yes",
        "accessibility_notes": "",
        "social": [],
    },
    {
        "title": "Forum Ostafrika Spandau",
        "slug": "forum-ostafrika-spandau",
        "neighbourhood": "wilhelmstadt",
        "street": "Weißenburger Straße 5",
        "postal_code": "13595",
        "lat": "52.529600",
        "lon": "13.190400",
        "legal_form": "ev",
        "founding_year": 2019,
        "topics": ["Kultur", "Jugend", "Dialog"],
        "languages": ["ti", "so", "en", "fr", "de"],
        "colour": (135, 62, 35),
        "short_description": "Ein Treffpunkt für Menschen aus Eritrea, Äthiopien und Somalia: Jugendarbeit, "
        "Kulturfeste und Dialogabende.",
        "description": [
            "Unsere Jugendgruppe trifft sich freitags zu Sport, Musik und Hausaufgaben.",
            "Dialogabende bringen Nachbarschaft und Community zusammen.",
        ],
        "communities_served": "Eritreische, äthiopische und somalische Communities",
        "target_groups": "Jugendliche, Familien",
        "opening_hours": "Fr 16:00–21:00, Sa 12:00–18:00",
        "step_free_access": "partial",
        "accessibility_notes": "Saal ebenerdig, WC im Untergeschoss.",
        "social": [],
    },
    {
        "title": "Seniorentreff Mekong",
        "slug": "seniorentreff-mekong",
        "neighbourhood": "spandau",
        "street": "Moritzstraße 17",
        "postal_code": "13597",
        "lat": "52.538100",
        "lon": "13.208200",
        "legal_form": "initiative",
        "founding_year": 2005,
        "topics": ["Senior*innen", "Gesundheit"],
        "languages": ["vi", "de"],
        "colour": (46, 125, 50),
        "short_description": "Vietnamesischsprachige Senior*innen treffen sich zu Gymnastik, Gesprächen und "
        "Informationen zu Pflege und Gesundheit.",
        "description": [
            "Zweimal pro Woche Gymnastik und gemeinsames Kochen.",
            "Wir informieren zu Pflegegrad, Rente und Arztbesuchen.",
        ],
        "communities_served": "Vietnamesische Community",
        "target_groups": "Senior*innen und pflegende Angehörige",
        "opening_hours": "Di und Do 10:00–14:00",
        "step_free_access": "yes",
        "accessibility_notes": "Aufzug, barrierefreies WC.",
        "social": [],
    },
    {
        "title": "Balkan-Jugendclub Gatow",
        "slug": "balkan-jugendclub-gatow",
        "neighbourhood": "gatow",
        "street": "Kladower Damm 25",
        "postal_code": "14089",
        "lat": "52.483900",
        "lon": "13.184100",
        "legal_form": "ev",
        "founding_year": 2012,
        "topics": ["Jugend", "Sport", "Bildung"],
        "languages": ["sr", "bs", "hr", "sq", "de"],
        "colour": (69, 90, 100),
        "short_description": "Fußball, Tanz und Bewerbungshilfe für Jugendliche mit Wurzeln auf dem Balkan und "
        "alle anderen.",
        "description": [
            "Training zweimal pro Woche auf dem Sportplatz Gatow.",
            "Ältere Jugendliche unterstützen Jüngere bei Bewerbungen.",
        ],
        "communities_served": "Serbische, bosnische, kroatische und albanische Familien",
        "target_groups": "Jugendliche von 12 bis 21 Jahren",
        "opening_hours": "Mo und Mi 17:00–20:00",
        "step_free_access": "",
        "accessibility_notes": "",
        "social": [("youtube", "https://youtube.com/@balkanjugendclub.example")],
    },
    {
        "title": "Interreligiöser Gesprächskreis Spandau",
        "slug": "interreligioeser-gespraechskreis-spandau",
        "neighbourhood": "hakenfelde",
        "street": "Hohenzollernring 120",
        "postal_code": "13585",
        "lat": "52.551700",
        "lon": "13.207900",
        "legal_form": "religious",
        "founding_year": 2001,
        "topics": ["Dialog", "Kultur"],
        "languages": ["de", "ar", "tr", "fa"],
        "colour": (121, 85, 72),
        "short_description": "Christliche, muslimische und jüdische Gemeindemitglieder laden zu Gesprächen, "
        "gemeinsamen Festen und Besuchen in Gotteshäusern ein.",
        "description": [
            "Einmal im Monat ein offener Gesprächsabend zu einem Thema des Zusammenlebens.",
            "Zum Fastenbrechen und zu Weihnachten feiern wir gemeinsam.",
        ],
        "communities_served": "Religiöse Gemeinden in Spandau",
        "target_groups": "Alle Interessierten",
        "opening_hours": "Gesprächsabende jeden ersten Donnerstag, 19:00",
        "step_free_access": "yes",
        "accessibility_notes": "Induktionsschleife im Saal.",
        "social": [],
    },
    {
        "title": "Sprachcafé Kladow",
        "slug": "sprachcafe-kladow",
        "neighbourhood": "kladow",
        "street": "Sakrower Landstraße 6",
        "postal_code": "14089",
        "lat": "52.454200",
        "lon": "13.145300",
        "legal_form": "initiative",
        "founding_year": 2017,
        "topics": ["Deutsch lernen", "Bildung", "Ankommen"],
        "languages": ["de", "en", "es", "it", "pt", "fr"],
        "colour": (2, 119, 189),
        "short_description": "Deutsch sprechen ohne Prüfungsdruck: Ehrenamtliche und Neuzugewanderte treffen "
        "sich jede Woche zum Gespräch in Kladow.",
        "description": [
            "Alle Niveaus sind willkommen, eine Anmeldung ist nicht nötig.",
            "Im Sommer treffen wir uns am Havelufer.",
        ],
        "communities_served": "Neuzugewanderte aus Südeuropa und Lateinamerika, Fachkräfte und Studierende",
        "target_groups": "Erwachsene, die Deutsch üben möchten",
        "opening_hours": "Sa 10:30–12:30",
        "step_free_access": "yes",
        "accessibility_notes": "",
        "social": [("mastodon", "https://mastodon.social/@sprachcafe_kladow_example")],
    },
]

WORKING_GROUPS = [
    {
        "title": "AG Bildung",
        "slug": "ag-bildung",
        "purpose": "Wir verbessern gemeinsam die Bildungschancen von Kindern und Jugendlichen aus "
        "Migrant*innenfamilien in Spandau.",
        "description": ["Die AG plant gemeinsame Ferienangebote und tauscht Lernmaterialien aus."],
        "topics": ["Bildung", "Jugend"],
        "members": [
            "lernwerkstatt-havelkinder",
            "eltern-netzwerk-haselhorst",
            "sprachcafe-kladow",
            "balkan-jugendclub-gatow",
        ],
        "contact_name": "Mira Demir",
        "rhythm": "Jeden zweiten Dienstag im Monat, 17:00–19:00",
        "how_to_join": "Schreiben Sie uns eine E-Mail und kommen Sie zum nächsten Treffen.",
        "place": "Rathaus Spandau, Carl-Schurz-Straße 2, Raum 108",
    },
    {
        "title": "AG Frauen und Familie",
        "slug": "ag-frauen-und-familie",
        "purpose": "Wir stärken Frauen und Familien mit Migrationsgeschichte und machen ihre Anliegen im Bezirk "
        "sichtbar.",
        "description": ["Die AG organisiert jedes Jahr einen Aktionstag zum 8. März."],
        "topics": ["Frauen und Familie", "Gesundheit"],
        "members": ["frauencafe-falkenfeld", "eltern-netzwerk-haselhorst", "nachbarschaftsbruecke-wilhelmstadt"],
        "contact_name": "Leyla Hosseini",
        "rhythm": "Jeden ersten Mittwoch im Monat, 10:00–12:00",
        "how_to_join": "Alle Organisationen, die mit Frauen und Familien arbeiten, sind willkommen.",
        "place": "Stadtteilzentrum Falkenhagener Feld, Westerwaldstraße 14",
    },
    {
        "title": "AG Arbeit und Ausbildung",
        "slug": "ag-arbeit-und-ausbildung",
        "purpose": "Wir bauen Brücken zwischen Betrieben, Jobcenter und Communities, damit mehr Menschen in "
        "Ausbildung und Arbeit kommen.",
        "description": ["Die AG lädt zweimal im Jahr Betriebe zu einer Ausbildungsbörse ein."],
        "topics": ["Arbeit und Ausbildung", "Beratung"],
        "members": [
            "ausbildungslotsen-siemensstadt",
            "forum-ostafrika-spandau",
            "ukrainische-nachbarschaftshilfe-staaken",
            "nachbarschaftsbruecke-wilhelmstadt",
        ],
        "contact_name": "Daniel Okafor",
        "rhythm": "Alle sechs Wochen donnerstags, 15:00–17:00",
        "how_to_join": "Melden Sie sich bei der Ansprechperson; Gäste sind jederzeit willkommen.",
        "place": "Ausbildungslotsen Siemensstadt, Nonnendammallee 101",
    },
]

AGENDA = "Begrüßung und Rückblick; Berichte aus den Organisationen; Planung der nächsten Vorhaben"
ONLINE_LINK = "https://meet.example/migraktiv-spandau"

# Organisation names are proper names: they keep their name (and their address) in every language. Mapping them to
# themselves marks the title and slug segments as translated rather than forgotten.
PROPER_NAMES = {text: text for data in ORGANISATIONS for text in (data["title"], data["slug"])}

TRANSLATIONS_EN = {
    **PROPER_NAMES,
    "Organisationen": "Organisations",
    "organisationen": "organisations",
    "Arbeitsgruppen": "Working groups",
    "arbeitsgruppen": "working-groups",
    ORGANISATION_INDEX_INTRO: "Who is active in Spandau? Here you find migrant organisations, initiatives and "
    "associations: what they offer, for whom and in which languages.",
    WORKING_GROUP_INDEX_INTRO: "In the working groups of MigrAktiv Spandau!, organisations work on shared topics. "
    "New members are welcome.",
    # Organisations
    ORGANISATIONS[0]["short_description"]: "Social counselling and accompaniment to public offices for families "
    "in Wilhelmstadt, in Arabic, Kurdish, Turkish and German.",
    "Wir beraten zu Jobcenter, Familienkasse und Wohnungssuche und begleiten bei Terminen.": (
        "We advise on the job centre, child benefit and finding a flat, and accompany people to appointments."
    ),
    "Einmal im Monat laden wir zum Nachbarschaftsfrühstück ein.": "Once a month we invite you to a neighbourhood "
    "breakfast.",
    "Arabisch- und kurdischsprachige Familien, türkeistämmige Nachbar*innen": (
        "Arabic- and Kurdish-speaking families, neighbours of Turkish origin"
    ),
    "Familien, Neuzugewanderte, Alleinerziehende": "Families, newcomers, single parents",
    "Mo–Do 10:00–16:00, Fr nach Vereinbarung": "Mon–Thu 10:00–16:00, Fri by appointment",
    "Eingang ebenerdig, barrierefreies WC vorhanden.": "Step-free entrance, accessible toilet.",
    ORGANISATIONS[1]["short_description"]: "An open meeting place for women with childcare, German conversation "
    "and health information in Farsi, Dari, Pashto and Arabic.",
    "Jeden Mittwoch treffen sich Frauen aus dem Falkenhagener Feld zum Austausch.": (
        "Every Wednesday, women from Falkenhagener Feld meet to talk and share."
    ),
    "Hebammen und Ärztinnen informieren regelmäßig zu Gesundheitsfragen.": (
        "Midwives and doctors regularly give information on health questions."
    ),
    "Afghanische, iranische und syrische Frauen": "Afghan, Iranian and Syrian women",
    "Frauen, Mütter mit kleinen Kindern": "Women, mothers with young children",
    "Mi 9:30–12:30": "Wed 9:30–12:30",
    "Eine Stufe am Eingang, Rampe auf Nachfrage.": "One step at the entrance, ramp on request.",
    ORGANISATIONS[2]["short_description"]: "Homework help, learning mentors and holiday courses for school "
    "children in Hakenfelde, with mentors who speak Russian, Ukrainian and Polish.",
    "Ehrenamtliche Lernpat*innen begleiten Kinder von der ersten bis zur zehnten Klasse.": (
        "Volunteer learning mentors support children from first to tenth grade."
    ),
    "In den Ferien bieten wir Lese- und Mathekurse an.": "During the holidays we offer reading and maths courses.",
    "Russisch-, ukrainisch- und polnischsprachige Familien": "Russian-, Ukrainian- and Polish-speaking families",
    "Schulkinder von 6 bis 16 Jahren und ihre Eltern": "School children aged 6 to 16 and their parents",
    "Mo–Fr 13:30–17:30 (in der Schulzeit)": "Mon–Fri 13:30–17:30 (during term time)",
    "Aufzug im Haus.": "Lift in the building.",
    ORGANISATIONS[3]["short_description"]: "Music, theatre and storytelling cafés in the old town: encounters "
    "between generations and countries of origin, in Turkish, Kurdish and German.",
    "Unser Chor und unsere Theatergruppe proben wöchentlich und treten bei Stadtteilfesten auf.": (
        "Our choir and theatre group rehearse weekly and perform at neighbourhood festivals."
    ),
    "Im Erzählcafé berichten Ältere von ihrem Ankommen in Spandau.": (
        "In the storytelling café, older people tell of their arrival in Spandau."
    ),
    "Türkei- und kurdischstämmige Spandauer*innen aller Generationen": (
        "Spandau residents of Turkish and Kurdish origin of all generations"
    ),
    "Senior*innen, Jugendliche, kulturell Interessierte": "Older people, young people, anyone interested in culture",
    "Di–Sa 14:00–20:00": "Tue–Sat 14:00–20:00",
    "Räume im ersten Stock ohne Aufzug.": "Rooms on the first floor, no lift.",
    ORGANISATIONS[4]["short_description"]: "Volunteers help refugees from Ukraine settle in: registration, "
    "school, doctor's appointments and a language café.",
    "Wir übersetzen bei Terminen und helfen beim Ausfüllen von Formularen.": (
        "We interpret at appointments and help fill in forms."
    ),
    "Im Sprachcafé üben Erwachsene Deutsch im Alltag.": "In the language café, adults practise everyday German.",
    "Geflüchtete aus der Ukraine": "Refugees from Ukraine",
    "Neuzugewanderte, Familien, ältere Menschen": "Newcomers, families, older people",
    "Di und Do 16:00–19:00": "Tue and Thu 16:00–19:00",
    ORGANISATIONS[5]["short_description"]: "Career guidance, application training and support into vocational "
    "training for young people who have fled their countries.",
    "Wir vermitteln Praktika bei Betrieben in Siemensstadt und Spandau.": (
        "We arrange internships with companies in Siemensstadt and Spandau."
    ),
    "Mentor*innen begleiten Auszubildende bis zum Abschluss.": "Mentors support apprentices until they qualify.",
    "Junge Geflüchtete aus Syrien, Eritrea und Somalia": "Young refugees from Syria, Eritrea and Somalia",
    "Jugendliche und junge Erwachsene von 16 bis 27 Jahren": "Young people aged 16 to 27",
    "Mo–Fr 9:00–17:00": "Mon–Fri 9:00–17:00",
    "Barrierefreier Zugang über den Hof.": "Step-free access through the courtyard.",
    ORGANISATIONS[6]["short_description"]: "Parent guides explain Berlin's school system and accompany parents to "
    "meetings at nurseries and schools.",
    "Unsere Elternlotsinnen sprechen Arabisch, Türkisch, Bulgarisch und Rumänisch.": (
        "Our parent guides speak Arabic, Turkish, Bulgarian and Romanian."
    ),
    "Elterncafés in Kitas und Grundschulen in Haselhorst.": "Parent cafés in nurseries and primary schools in "
    "Haselhorst.",
    "Arabisch-, türkisch-, bulgarisch- und rumänischsprachige Eltern": (
        "Arabic-, Turkish-, Bulgarian- and Romanian-speaking parents"
    ),
    "Eltern von Kita- und Schulkindern": "Parents of nursery and school children",
    "Mo, Mi, Fr 9:00–13:00": "Mon, Wed, Fri 9:00–13:00",
    ORGANISATIONS[7]["short_description"]: "A meeting place for people from Eritrea, Ethiopia and Somalia: youth "
    "work, cultural festivals and dialogue evenings.",
    "Unsere Jugendgruppe trifft sich freitags zu Sport, Musik und Hausaufgaben.": (
        "Our youth group meets on Fridays for sport, music and homework."
    ),
    "Dialogabende bringen Nachbarschaft und Community zusammen.": "Dialogue evenings bring neighbours and the "
    "community together.",
    "Eritreische, äthiopische und somalische Communities": "Eritrean, Ethiopian and Somali communities",
    "Jugendliche, Familien": "Young people, families",
    "Fr 16:00–21:00, Sa 12:00–18:00": "Fri 16:00–21:00, Sat 12:00–18:00",
    "Saal ebenerdig, WC im Untergeschoss.": "Hall at ground level, toilet in the basement.",
    ORGANISATIONS[8]["short_description"]: "Vietnamese-speaking older people meet for exercise, conversation "
    "and information on care and health.",
    "Zweimal pro Woche Gymnastik und gemeinsames Kochen.": "Exercise and cooking together twice a week.",
    "Wir informieren zu Pflegegrad, Rente und Arztbesuchen.": "We give information on care levels, pensions and "
    "doctor's visits.",
    "Vietnamesische Community": "Vietnamese community",
    "Senior*innen und pflegende Angehörige": "Older people and family carers",
    "Di und Do 10:00–14:00": "Tue and Thu 10:00–14:00",
    "Aufzug, barrierefreies WC.": "Lift, accessible toilet.",
    ORGANISATIONS[9]["short_description"]: "Football, dance and help with job applications for young people with "
    "roots in the Balkans, and everyone else.",
    "Training zweimal pro Woche auf dem Sportplatz Gatow.": "Training twice a week at the Gatow sports ground.",
    "Ältere Jugendliche unterstützen Jüngere bei Bewerbungen.": "Older teenagers help younger ones with applications.",
    "Serbische, bosnische, kroatische und albanische Familien": "Serbian, Bosnian, Croatian and Albanian families",
    "Jugendliche von 12 bis 21 Jahren": "Young people aged 12 to 21",
    "Mo und Mi 17:00–20:00": "Mon and Wed 17:00–20:00",
    ORGANISATIONS[10]["short_description"]: "Christian, Muslim and Jewish congregation members invite you to "
    "conversations, shared celebrations and visits to places of worship.",
    "Einmal im Monat ein offener Gesprächsabend zu einem Thema des Zusammenlebens.": (
        "Once a month, an open evening of conversation on a topic of living together."
    ),
    "Zum Fastenbrechen und zu Weihnachten feiern wir gemeinsam.": "We celebrate together at iftar and at Christmas.",
    "Religiöse Gemeinden in Spandau": "Religious communities in Spandau",
    "Alle Interessierten": "Everyone interested",
    "Gesprächsabende jeden ersten Donnerstag, 19:00": "Conversation evenings every first Thursday, 19:00",
    "Induktionsschleife im Saal.": "Hearing loop in the hall.",
    ORGANISATIONS[11]["short_description"]: "Speaking German without exam pressure: volunteers and newcomers meet "
    "every week for conversation in Kladow.",
    "Alle Niveaus sind willkommen, eine Anmeldung ist nicht nötig.": "All levels are welcome, no registration needed.",
    "Im Sommer treffen wir uns am Havelufer.": "In summer we meet on the banks of the Havel.",
    "Neuzugewanderte aus Südeuropa und Lateinamerika, Fachkräfte und Studierende": (
        "Newcomers from southern Europe and Latin America, skilled workers and students"
    ),
    "Erwachsene, die Deutsch üben möchten": "Adults who want to practise German",
    "Sa 10:30–12:30": "Sat 10:30–12:30",
    # Working groups
    "AG Bildung": "Education working group",
    "ag-bildung": "education",
    "AG Frauen und Familie": "Women and families working group",
    "ag-frauen-und-familie": "women-and-families",
    "AG Arbeit und Ausbildung": "Work and training working group",
    "ag-arbeit-und-ausbildung": "work-and-training",
    WORKING_GROUPS[0]["purpose"]: "Together we improve the educational opportunities of children and young "
    "people from migrant families in Spandau.",
    "Die AG plant gemeinsame Ferienangebote und tauscht Lernmaterialien aus.": (
        "The group plans joint holiday programmes and shares learning materials."
    ),
    "Jeden zweiten Dienstag im Monat, 17:00–19:00": "Every second Tuesday of the month, 17:00–19:00",
    "Schreiben Sie uns eine E-Mail und kommen Sie zum nächsten Treffen.": "Send us an e-mail and come to the "
    "next meeting.",
    WORKING_GROUPS[1]["purpose"]: "We strengthen women and families with a migration history and make their "
    "concerns visible in the district.",
    "Die AG organisiert jedes Jahr einen Aktionstag zum 8. März.": "Every year the group organises a day of "
    "action for 8 March.",
    "Jeden ersten Mittwoch im Monat, 10:00–12:00": "Every first Wednesday of the month, 10:00–12:00",
    "Alle Organisationen, die mit Frauen und Familien arbeiten, sind willkommen.": (
        "All organisations that work with women and families are welcome."
    ),
    WORKING_GROUPS[2]["purpose"]: "We build bridges between companies, the job centre and communities so that "
    "more people find training and work.",
    "Die AG lädt zweimal im Jahr Betriebe zu einer Ausbildungsbörse ein.": (
        "Twice a year the group invites companies to a training fair."
    ),
    "Alle sechs Wochen donnerstags, 15:00–17:00": "Every six weeks on Thursdays, 15:00–17:00",
    "Melden Sie sich bei der Ansprechperson; Gäste sind jederzeit willkommen.": (
        "Get in touch with the contact person; guests are always welcome."
    ),
    "Begrüßung und Rückblick": "Welcome and review",
    "Berichte aus den Organisationen": "Reports from the organisations",
    "Planung der nächsten Vorhaben": "Planning the next projects",
    "Rathaus Spandau, Carl-Schurz-Straße 2, Raum 108": "Spandau Town Hall, Carl-Schurz-Straße 2, room 108",
    "Stadtteilzentrum Falkenhagener Feld, Westerwaldstraße 14": (
        "Falkenhagener Feld neighbourhood centre, Westerwaldstraße 14"
    ),
    "Ausbildungslotsen Siemensstadt, Nonnendammallee 101": "Ausbildungslotsen Siemensstadt, Nonnendammallee 101",
}


# Turkish: the same keys as English (the German constants and data above), so they cannot drift from the German text.
TRANSLATIONS_TR = {
    **PROPER_NAMES,
    "Organisationen": "Kuruluşlar",
    "organisationen": "kuruluslar",
    "Arbeitsgruppen": "Çalışma grupları",
    "arbeitsgruppen": "calisma-gruplari",
    ORGANISATION_INDEX_INTRO: "Spandau'da kimler etkin? Burada göçmen kuruluşlarını, girişimleri ve dernekleri "
    "bulabilirsiniz: neler sundukları, kimlere yönelik oldukları ve hangi dillerde hizmet verdikleri.",
    WORKING_GROUP_INDEX_INTRO: "MigrAktiv Spandau!'nun çalışma gruplarında kuruluşlar ortak konular üzerinde "
    "birlikte çalışır. Yeni üyeleri memnuniyetle karşılıyoruz.",
    # Organisations
    ORGANISATIONS[0]["short_description"]: "Wilhelmstadt'taki aileler için Arapça, Kürtçe, Türkçe ve Almanca "
    "sosyal danışmanlık ve resmî dairelere refakat.",
    "Wir beraten zu Jobcenter, Familienkasse und Wohnungssuche und begleiten bei Terminen.": (
        "Jobcenter, Familienkasse (çocuk parası) ve ev arama konularında danışmanlık veriyor, randevularda size "
        "eşlik ediyoruz."
    ),
    "Einmal im Monat laden wir zum Nachbarschaftsfrühstück ein.": "Ayda bir kez sizi komşuluk kahvaltısına davet "
    "ediyoruz.",
    "Arabisch- und kurdischsprachige Familien, türkeistämmige Nachbar*innen": (
        "Arapça ve Kürtçe konuşan aileler, Türkiye kökenli komşular"
    ),
    "Familien, Neuzugewanderte, Alleinerziehende": "Aileler, yeni gelenler, tek ebeveynler",
    "Mo–Do 10:00–16:00, Fr nach Vereinbarung": "Pzt–Per 10:00–16:00, Cum randevuyla",
    "Eingang ebenerdig, barrierefreies WC vorhanden.": "Giriş zemin seviyesinde, erişilebilir tuvalet mevcut.",
    ORGANISATIONS[1]["short_description"]: "Kadınlar için açık bir buluşma yeri: çocuk bakımı, Almanca sohbet ile "
    "Farsça, Darice, Peştuca ve Arapça sağlık bilgileri.",
    "Jeden Mittwoch treffen sich Frauen aus dem Falkenhagener Feld zum Austausch.": (
        "Falkenhagener Feld'den kadınlar her çarşamba sohbet etmek ve deneyimlerini paylaşmak için buluşuyor."
    ),
    "Hebammen und Ärztinnen informieren regelmäßig zu Gesundheitsfragen.": (
        "Ebeler ve kadın hekimler sağlık konularında düzenli olarak bilgi veriyor."
    ),
    "Afghanische, iranische und syrische Frauen": "Afganistanlı, İranlı ve Suriyeli kadınlar",
    "Frauen, Mütter mit kleinen Kindern": "Kadınlar, küçük çocuklu anneler",
    "Mi 9:30–12:30": "Çar 9:30–12:30",
    "Eine Stufe am Eingang, Rampe auf Nachfrage.": "Girişte bir basamak var; istek üzerine rampa sağlanır.",
    ORGANISATIONS[2]["short_description"]: "Hakenfelde'deki okul çocukları için ödev yardımı, öğrenme mentorluğu ve "
    "tatil kursları; Rusça, Ukraynaca ve Lehçe konuşan öğrenme rehberleriyle.",
    "Ehrenamtliche Lernpat*innen begleiten Kinder von der ersten bis zur zehnten Klasse.": (
        "Gönüllü öğrenme mentorları, birinci sınıftan onuncu sınıfa kadar çocuklara destek oluyor."
    ),
    "In den Ferien bieten wir Lese- und Mathekurse an.": "Tatillerde okuma ve matematik kursları sunuyoruz.",
    "Russisch-, ukrainisch- und polnischsprachige Familien": "Rusça, Ukraynaca ve Lehçe konuşan aileler",
    "Schulkinder von 6 bis 16 Jahren und ihre Eltern": "6 ile 16 yaş arasındaki okul çocukları ve ebeveynleri",
    "Mo–Fr 13:30–17:30 (in der Schulzeit)": "Pzt–Cum 13:30–17:30 (okul döneminde)",
    "Aufzug im Haus.": "Binada asansör var.",
    ORGANISATIONS[3]["short_description"]: "Eski şehir merkezinde (Altstadt) müzik, tiyatro ve anlatı kafeleri: "
    "kuşaklar ve köken ülkeleri arasında buluşmalar; Türkçe, Kürtçe ve Almanca.",
    "Unser Chor und unsere Theatergruppe proben wöchentlich und treten bei Stadtteilfesten auf.": (
        "Korumuz ve tiyatro grubumuz her hafta prova yapıyor ve mahalle şenliklerinde sahneye çıkıyor."
    ),
    "Im Erzählcafé berichten Ältere von ihrem Ankommen in Spandau.": (
        "Anlatı kafesinde yaşlılar Spandau'ya gelişlerini anlatıyor."
    ),
    "Türkei- und kurdischstämmige Spandauer*innen aller Generationen": (
        "Her kuşaktan Türkiye ve Kürt kökenli Spandaulular"
    ),
    "Senior*innen, Jugendliche, kulturell Interessierte": "Yaşlılar, gençler, kültürle ilgilenenler",
    "Di–Sa 14:00–20:00": "Sal–Cmt 14:00–20:00",
    "Räume im ersten Stock ohne Aufzug.": "Mekân birinci katta, asansör yok.",
    ORGANISATIONS[4]["short_description"]: "Gönüllüler, Ukrayna'dan gelen mültecilere ilk adımlarında yardımcı "
    "oluyor: adres kaydı, okul, doktor randevuları ve dil kafesi.",
    "Wir übersetzen bei Terminen und helfen beim Ausfüllen von Formularen.": (
        "Randevularda tercümanlık yapıyor ve formları doldurmanıza yardımcı oluyoruz."
    ),
    "Im Sprachcafé üben Erwachsene Deutsch im Alltag.": "Dil kafesinde yetişkinler gündelik Almanca pratiği yapıyor.",
    "Geflüchtete aus der Ukraine": "Ukrayna'dan gelen mülteciler",
    "Neuzugewanderte, Familien, ältere Menschen": "Yeni gelenler, aileler, yaşlılar",
    "Di und Do 16:00–19:00": "Sal ve Per 16:00–19:00",
    ORGANISATIONS[5]["short_description"]: "Ülkesinden kaçmak zorunda kalmış gençler için meslek yönlendirmesi, "
    "iş başvurusu eğitimi ve meslek eğitimine (Ausbildung) geçişte destek.",
    "Wir vermitteln Praktika bei Betrieben in Siemensstadt und Spandau.": (
        "Siemensstadt ve Spandau'daki işletmelerde staj yerleri buluyoruz."
    ),
    "Mentor*innen begleiten Auszubildende bis zum Abschluss.": "Mentorlar, meslek eğitimi alan gençlere eğitimlerini "
    "tamamlayana kadar eşlik ediyor.",
    "Junge Geflüchtete aus Syrien, Eritrea und Somalia": "Suriye, Eritre ve Somali'den gelen genç mülteciler",
    "Jugendliche und junge Erwachsene von 16 bis 27 Jahren": "16 ile 27 yaş arasındaki gençler ve genç yetişkinler",
    "Mo–Fr 9:00–17:00": "Pzt–Cum 9:00–17:00",
    "Barrierefreier Zugang über den Hof.": "Avlu üzerinden engelsiz giriş.",
    ORGANISATIONS[6]["short_description"]: "Veli rehberleri Berlin okul sistemini anlatıyor ve ebeveynlere kreş ve "
    "okul görüşmelerinde eşlik ediyor.",
    "Unsere Elternlotsinnen sprechen Arabisch, Türkisch, Bulgarisch und Rumänisch.": (
        "Veli rehberlerimiz Arapça, Türkçe, Bulgarca ve Rumence konuşuyor."
    ),
    "Elterncafés in Kitas und Grundschulen in Haselhorst.": "Haselhorst'taki kreşlerde ve ilkokullarda veli kafeleri.",
    "Arabisch-, türkisch-, bulgarisch- und rumänischsprachige Eltern": (
        "Arapça, Türkçe, Bulgarca ve Rumence konuşan ebeveynler"
    ),
    "Eltern von Kita- und Schulkindern": "Kreşe ve okula giden çocukların ebeveynleri",
    "Mo, Mi, Fr 9:00–13:00": "Pzt, Çar, Cum 9:00–13:00",
    ORGANISATIONS[7]["short_description"]: "Eritre, Etiyopya ve Somali'den gelen insanlar için bir buluşma yeri: "
    "gençlik çalışmaları, kültür şenlikleri ve diyalog akşamları.",
    "Unsere Jugendgruppe trifft sich freitags zu Sport, Musik und Hausaufgaben.": (
        "Gençlik grubumuz cuma günleri spor, müzik ve ödev için bir araya geliyor."
    ),
    "Dialogabende bringen Nachbarschaft und Community zusammen.": "Diyalog akşamları mahalle sakinlerini ve "
    "topluluğu bir araya getiriyor.",
    "Eritreische, äthiopische und somalische Communities": "Eritreli, Etiyopyalı ve Somalili topluluklar",
    "Jugendliche, Familien": "Gençler, aileler",
    "Fr 16:00–21:00, Sa 12:00–18:00": "Cum 16:00–21:00, Cmt 12:00–18:00",
    "Saal ebenerdig, WC im Untergeschoss.": "Salon zemin seviyesinde, tuvalet bodrum katta.",
    ORGANISATIONS[8]["short_description"]: "Vietnamca konuşan yaşlılar jimnastik, sohbet ve bakım ile sağlık "
    "konularında bilgi almak için bir araya geliyor.",
    "Zweimal pro Woche Gymnastik und gemeinsames Kochen.": "Haftada iki kez jimnastik ve birlikte yemek pişirme.",
    "Wir informieren zu Pflegegrad, Rente und Arztbesuchen.": "Bakım derecesi (Pflegegrad), emeklilik ve doktor "
    "ziyaretleri konularında bilgi veriyoruz.",
    "Vietnamesische Community": "Vietnam topluluğu",
    "Senior*innen und pflegende Angehörige": "Yaşlılar ve bakım veren aile yakınları",
    "Di und Do 10:00–14:00": "Sal ve Per 10:00–14:00",
    "Aufzug, barrierefreies WC.": "Asansör, erişilebilir tuvalet.",
    ORGANISATIONS[9]["short_description"]: "Balkan kökenli gençler ve diğer tüm gençler için futbol, dans ve iş "
    "başvurusu desteği.",
    "Training zweimal pro Woche auf dem Sportplatz Gatow.": "Gatow spor sahasında haftada iki kez antrenman.",
    "Ältere Jugendliche unterstützen Jüngere bei Bewerbungen.": "Büyük gençler, küçüklere başvurularında destek "
    "oluyor.",
    "Serbische, bosnische, kroatische und albanische Familien": "Sırp, Boşnak, Hırvat ve Arnavut aileler",
    "Jugendliche von 12 bis 21 Jahren": "12 ile 21 yaş arasındaki gençler",
    "Mo und Mi 17:00–20:00": "Pzt ve Çar 17:00–20:00",
    ORGANISATIONS[10]["short_description"]: "Hristiyan, Müslüman ve Yahudi cemaat üyeleri sohbetlere, ortak "
    "kutlamalara ve ibadethane ziyaretlerine davet ediyor.",
    "Einmal im Monat ein offener Gesprächsabend zu einem Thema des Zusammenlebens.": (
        "Ayda bir kez, birlikte yaşama dair bir konuda herkese açık sohbet akşamı."
    ),
    "Zum Fastenbrechen und zu Weihnachten feiern wir gemeinsam.": "İftarda ve Noel'de bir araya gelip birlikte "
    "kutluyoruz.",
    "Religiöse Gemeinden in Spandau": "Spandau'daki dinî cemaatler",
    "Alle Interessierten": "İlgilenen herkes",
    "Gesprächsabende jeden ersten Donnerstag, 19:00": "Sohbet akşamları her ayın ilk perşembesi, 19:00",
    "Induktionsschleife im Saal.": "Salonda işitme cihazları için indüksiyon döngüsü mevcut.",
    ORGANISATIONS[11]["short_description"]: "Sınav baskısı olmadan Almanca konuşmak: gönüllüler ve yeni gelenler "
    "her hafta Kladow'da sohbet etmek için buluşuyor.",
    "Alle Niveaus sind willkommen, eine Anmeldung ist nicht nötig.": "Her seviyeden katılımcıya açığız, kayıt "
    "gerekmez.",
    "Im Sommer treffen wir uns am Havelufer.": "Yazın Havel kıyısında buluşuyoruz.",
    "Neuzugewanderte aus Südeuropa und Lateinamerika, Fachkräfte und Studierende": (
        "Güney Avrupa ve Latin Amerika'dan yeni gelenler, nitelikli çalışanlar ve üniversite öğrencileri"
    ),
    "Erwachsene, die Deutsch üben möchten": "Almanca pratik yapmak isteyen yetişkinler",
    "Sa 10:30–12:30": "Cmt 10:30–12:30",
    # Working groups
    "AG Bildung": "Eğitim Çalışma Grubu",
    "ag-bildung": "egitim",
    "AG Frauen und Familie": "Kadın ve Aile Çalışma Grubu",
    "ag-frauen-und-familie": "kadin-ve-aile",
    "AG Arbeit und Ausbildung": "İş ve Meslek Eğitimi Çalışma Grubu",
    "ag-arbeit-und-ausbildung": "is-ve-meslek-egitimi",
    WORKING_GROUPS[0]["purpose"]: "Spandau'da göçmen ailelerden gelen çocukların ve gençlerin eğitim fırsatlarını "
    "birlikte iyileştiriyoruz.",
    "Die AG plant gemeinsame Ferienangebote und tauscht Lernmaterialien aus.": (
        "Çalışma grubu ortak tatil etkinlikleri planlıyor ve öğrenme materyallerini paylaşıyor."
    ),
    "Jeden zweiten Dienstag im Monat, 17:00–19:00": "Her ayın ikinci salısı, 17:00–19:00",
    "Schreiben Sie uns eine E-Mail und kommen Sie zum nächsten Treffen.": "Bize e-posta gönderin ve bir sonraki "
    "toplantıya katılın.",
    WORKING_GROUPS[1]["purpose"]: "Göç geçmişine sahip kadınları ve aileleri güçlendiriyor, onların ihtiyaç ve "
    "taleplerini ilçede görünür kılıyoruz.",
    "Die AG organisiert jedes Jahr einen Aktionstag zum 8. März.": "Çalışma grubu her yıl 8 Mart vesilesiyle bir "
    "etkinlik günü düzenliyor.",
    "Jeden ersten Mittwoch im Monat, 10:00–12:00": "Her ayın ilk çarşambası, 10:00–12:00",
    "Alle Organisationen, die mit Frauen und Familien arbeiten, sind willkommen.": (
        "Kadınlar ve ailelerle çalışan tüm kuruluşları memnuniyetle karşılıyoruz."
    ),
    WORKING_GROUPS[2]["purpose"]: "Daha fazla insanın meslek eğitimine ve işe kavuşması için işletmeler, Jobcenter "
    "ve topluluklar arasında köprüler kuruyoruz.",
    "Die AG lädt zweimal im Jahr Betriebe zu einer Ausbildungsbörse ein.": (
        "Çalışma grubu yılda iki kez işletmeleri bir meslek eğitimi fuarına davet ediyor."
    ),
    "Alle sechs Wochen donnerstags, 15:00–17:00": "Altı haftada bir, perşembe günleri 15:00–17:00",
    "Melden Sie sich bei der Ansprechperson; Gäste sind jederzeit willkommen.": (
        "İrtibat kişisine başvurun; konuklar her zaman memnuniyetle karşılanır."
    ),
    "Begrüßung und Rückblick": "Açılış ve geçen döneme bakış",
    "Berichte aus den Organisationen": "Kuruluşlardan raporlar",
    "Planung der nächsten Vorhaben": "Sonraki projelerin planlanması",
    "Rathaus Spandau, Carl-Schurz-Straße 2, Raum 108": "Spandau Belediye Binası, Carl-Schurz-Straße 2, Oda 108",
    "Stadtteilzentrum Falkenhagener Feld, Westerwaldstraße 14": (
        "Falkenhagener Feld Semt Merkezi, Westerwaldstraße 14"
    ),
    "Ausbildungslotsen Siemensstadt, Nonnendammallee 101": "Ausbildungslotsen Siemensstadt, Nonnendammallee 101",
}


def _logo(title, colour, log):
    """A generated logo: the organisation's initials in a circle on its colour."""
    initials = "".join(word[0] for word in title.replace("-", " ").split()[:2]).upper()

    def paint(draw):
        draw.ellipse((30, 30, 210, 210), outline=(255, 255, 255), width=8)
        draw.text((120, 120), initials, fill=(255, 255, 255), anchor="mm", font_size=72)

    return seeding.demo_image(f"Logo {title}", colour, (240, 240), paint, log)


def _minutes(group_title, when, log):
    document_model = get_document_model()
    title = f"Protokoll {group_title} {when:%d.%m.%Y}"
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    text = (
        f"Protokoll – {group_title}, {when:%d.%m.%Y}\n\n"
        "1. Begrüßung und Rückblick\n2. Berichte aus den Organisationen\n3. Planung der nächsten Vorhaben\n"
    )
    document = document_model(title=title)
    document.file.save(f"protokoll-{when:%Y-%m-%d}.txt", ContentFile(text.encode("utf-8")), save=False)
    document.save()
    log(f"document: {title}")
    return document


def _tag(name):
    tag = Tag.objects.filter(name=name).first()
    return tag if tag is not None else Tag.objects.create(name=name)


def _rich(paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _meetings(group, log):
    """Two past meetings (with minutes) and two upcoming ones, relative to today so they stay upcoming."""
    today = timezone.localdate()
    berlin = timezone.get_current_timezone()
    meetings = []
    for weeks in (-10, -4, 3, 9):
        day = today + datetime.timedelta(weeks=weeks)
        starts_at = datetime.datetime.combine(day, datetime.time(17, 0), tzinfo=berlin)
        meetings.append(
            WorkingGroupMeeting(
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=2),
                place=group["place"],
                online_url=ONLINE_LINK if weeks > 0 else "",
                agenda="<ul>" + "".join(f"<li>{item}</li>" for item in AGENDA.split("; ")) + "</ul>",
                minutes=_minutes(group["title"], day, log) if weeks < 0 else None,
            )
        )
    return meetings


@seeding.register(order=10)
def seed_directory(log):
    Language.sync_with_constants()
    seeding.ensure_root_collection()  # the meeting minutes are documents
    home = seeding.german_home()
    organisation_index = seeding.get_or_create_page(
        home,
        OrganisationIndexPage,
        "organisationen",
        log,
        title="Organisationen",
        intro=ORGANISATION_INDEX_INTRO,
        show_in_menus=True,
    )
    group_index = seeding.get_or_create_page(
        home,
        WorkingGroupIndexPage,
        "arbeitsgruppen",
        log,
        title="Arbeitsgruppen",
        intro=WORKING_GROUP_INDEX_INTRO,
        show_in_menus=True,
    )

    organisations = {}
    for data in ORGANISATIONS:
        existing = organisation_index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            organisations[data["slug"]] = existing.specific
            continue
        fields = {
            "title": data["title"],
            "short_description": data["short_description"],
            "description": _rich(data["description"]),
            "logo": _logo(data["title"], data["colour"], log),
            "founding_year": data["founding_year"],
            "legal_form": data["legal_form"],
            "communities_served": data["communities_served"],
            "target_groups": data["target_groups"],
            "street": data["street"],
            "postal_code": data["postal_code"],
            "city": "Berlin",
            "neighbourhood": data["neighbourhood"],
            "latitude": Decimal(data["lat"]),
            "longitude": Decimal(data["lon"]),
            "email": f"kontakt@{data['slug']}.example",
            "phone": f"030 23125 {101 + ORGANISATIONS.index(data)}",
            "website": f"https://{data['slug']}.example",
            "opening_hours": data["opening_hours"],
            "step_free_access": data["step_free_access"],
            "accessibility_notes": data["accessibility_notes"],
            "tagged_items": [OrganisationTopic(tag=_tag(name)) for name in data["topics"]],
            "languages": list(Language.objects.filter(code__in=data["languages"])),
            "social_links": [OrganisationSocialLink(platform=platform, url=url) for platform, url in data["social"]],
        }
        organisations[data["slug"]] = seeding.get_or_create_page(
            organisation_index, OrganisationPage, data["slug"], log, **fields
        )

    groups = []
    for data in WORKING_GROUPS:
        existing = group_index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            groups.append(existing.specific)
            continue
        page = seeding.get_or_create_page(
            group_index,
            WorkingGroupPage,
            data["slug"],
            log,
            title=data["title"],
            purpose=data["purpose"],
            description=_rich(data["description"]),
            contact_name=data["contact_name"],
            contact_email="migraktiv-spandau@narud.org",
            contact_phone="030 40 75 75 51",
            how_to_join=_rich([data["how_to_join"]]),
            meeting_rhythm=data["rhythm"],
            tagged_items=[WorkingGroupTopic(tag=_tag(name)) for name in data["topics"]],
            memberships=[WorkingGroupMembership(organisation=organisations[slug]) for slug in data["members"]],
            meetings=_meetings(data, log),
        )
        groups.append(page)

    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    for code, dictionary in (("en", TRANSLATIONS_EN), ("tr", TRANSLATIONS_TR)):
        if code in languages:
            for page in [organisation_index, group_index, *organisations.values(), *groups]:
                seeding.translate_page(page, code, dictionary, log)


# Demo users, one per role (README: "Demo logins"). Only with DEBUG on: their password is published.
DEMO_PASSWORD = "migraktiv-demo"  # noqa: S105 - documented dev-only login
DEMO_ORGANISATION_EDITORS = {
    "redaktion-kulturforum": "kulturforum-anatolien-spandau",
    "redaktion-nachbarschaft": "nachbarschaftsbruecke-wilhelmstadt",
}


@seeding.register(order=95)
def seed_roles(log):
    """The roles (after every app's index pages exist) and, in development, a demo user for each."""
    from .roles import setup_roles

    setup_roles()
    if settings.DEBUG:
        seed_demo_users(log)


def seed_demo_users(log):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from home.translation import translator_group_name

    from .roles import COORDINATORS, REVIEWERS, ensure_organisation_group

    groups = {
        "koordination": Group.objects.filter(name=COORDINATORS).first(),
        "uebersetzung-en": Group.objects.filter(name=translator_group_name("en")).first(),
        "pruefung": Group.objects.filter(name=REVIEWERS).first(),
    }
    for username, slug in DEMO_ORGANISATION_EDITORS.items():
        organisation = OrganisationPage.objects.filter(slug=slug, locale__language_code="de").first()
        groups[username] = ensure_organisation_group(organisation).group if organisation else None
    users = get_user_model().objects
    for username, group in groups.items():
        if group is None or users.filter(username=username).exists():
            continue
        user = users.create_user(username=username, email=f"{username}@example.org", password=DEMO_PASSWORD)
        user.groups.add(group)
        log(f"demo user: {username} / {DEMO_PASSWORD} ({group.name})")
