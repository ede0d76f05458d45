"""Demo survey: the network's needs assessment in German, translated into English and Turkish, with a few answers."""

from django.conf import settings

from home import seeding

SLUG = "umfrage-bedarfe-2026"
TITLE = "Umfrage: Was braucht Ihre Organisation?"
INTRO = (
    "<p>Wir möchten wissen, was Migrant*innenorganisationen in Spandau brauchen. Die Umfrage dauert fünf Minuten "
    "und ist anonym.</p>"
)
THANKS = "<p>Vielen Dank! Die Ergebnisse stellen wir beim nächsten Vernetzungstreffen vor.</p>"
RESULTS_INTRO = "<p>Die Ergebnisse der Bedarfsumfrage, laufend aktualisiert.</p>"

# (label, field type, choices, required)
QUESTIONS = [
    ("Wie viele Menschen engagieren sich in Ihrer Organisation?", "radio", "1 bis 10\n11 bis 50\nMehr als 50", True),
    (
        "Wobei wünschen Sie sich Unterstützung?",
        "checkboxes",
        "Förderanträge\nRäume\nÖffentlichkeitsarbeit\nVereinsrecht",
        True,
    ),
    ("Würden Sie an einer Fortbildung teilnehmen?", "dropdown", "Ja\nNein\nVielleicht", False),
    ("Was möchten Sie uns noch sagen?", "multiline", "", False),
]

TRANSLATIONS = {
    "en": {
        TITLE: "Survey: what does your organisation need?",
        SLUG: "survey-needs-2026",
        "Wir möchten wissen, was Migrant*innenorganisationen in Spandau brauchen. Die Umfrage dauert fünf Minuten "
        "und ist anonym.": "We would like to know what migrant organisations in Spandau need. The survey takes five "
        "minutes and is anonymous.",
        "Vielen Dank! Die Ergebnisse stellen wir beim nächsten Vernetzungstreffen vor.": "Thank you! We will present "
        "the results at the next network meeting.",
        "Die Ergebnisse der Bedarfsumfrage, laufend aktualisiert.": "The results of the needs survey, updated as "
        "answers come in.",
        "Wie viele Menschen engagieren sich in Ihrer Organisation?": "How many people are active in your organisation?",
        "1 bis 10\n11 bis 50\nMehr als 50": "1 to 10\n11 to 50\nMore than 50",
        "Wobei wünschen Sie sich Unterstützung?": "What would you like support with?",
        "Förderanträge\nRäume\nÖffentlichkeitsarbeit\nVereinsrecht": "Funding applications\nRooms\nPublic "
        "relations\nAssociation law",
        "Würden Sie an einer Fortbildung teilnehmen?": "Would you take part in a training?",
        "Ja\nNein\nVielleicht": "Yes\nNo\nMaybe",
        "Was möchten Sie uns noch sagen?": "Is there anything else you would like to tell us?",
    },
    "tr": {
        TITLE: "Anket: Kuruluşunuzun nelere ihtiyacı var?",
        SLUG: "anket-ihtiyaclar-2026",
        "Wir möchten wissen, was Migrant*innenorganisationen in Spandau brauchen. Die Umfrage dauert fünf Minuten "
        "und ist anonym.": "Spandau'daki göçmen kuruluşlarının nelere ihtiyaç duyduğunu öğrenmek istiyoruz. Anket "
        "beş dakika sürer ve anonimdir.",
        "Vielen Dank! Die Ergebnisse stellen wir beim nächsten Vernetzungstreffen vor.": "Teşekkür ederiz! "
        "Sonuçları bir sonraki ağ toplantısında sunacağız.",
        "Die Ergebnisse der Bedarfsumfrage, laufend aktualisiert.": "İhtiyaç anketinin sonuçları, sürekli güncellenir.",
        "Wie viele Menschen engagieren sich in Ihrer Organisation?": "Kuruluşunuzda kaç kişi gönüllü olarak çalışıyor?",
        "1 bis 10\n11 bis 50\nMehr als 50": "1 ile 10 arası\n11 ile 50 arası\n50'den fazla",
        "Wobei wünschen Sie sich Unterstützung?": "Hangi konularda destek istersiniz?",
        "Förderanträge\nRäume\nÖffentlichkeitsarbeit\nVereinsrecht": "Hibe başvuruları\nMekânlar\nHalkla "
        "ilişkiler\nDernek hukuku",
        "Würden Sie an einer Fortbildung teilnehmen?": "Bir eğitime katılır mıydınız?",
        "Ja\nNein\nVielleicht": "Evet\nHayır\nBelki",
        "Was möchten Sie uns noch sagen?": "Bize söylemek istediğiniz başka bir şey var mı?",
    },
}

# Answers as (language, {question position: chosen option positions or text}).
ANSWERS = [
    ("de", {0: [0], 1: [0, 1], 2: [0]}),
    ("de", {0: [1], 1: [0], 2: [0], 3: "Mehr Räume in Staaken wären toll."}),
    ("de", {0: [0], 1: [2], 2: [2]}),
    ("de", {0: [2], 1: [0, 3], 2: [0]}),
    ("de", {0: [0], 1: [1]}),
    ("tr", {0: [0], 1: [0, 1], 2: [0], 3: "Türkçe bilgilendirme çok iyi olur."}),
    ("tr", {0: [1], 1: [0], 2: [2]}),
    ("tr", {0: [0], 1: [1, 2], 2: [0]}),
]


@seeding.register(order=60)
def seed_survey(log):
    from .models import SurveyFormField, SurveyPage, SurveySubmission, _choices

    home = seeding.german_home()
    survey = home.get_children().filter(slug=SLUG).first()
    if survey is None:
        survey = SurveyPage(
            slug=SLUG, title=TITLE, intro=INTRO, thank_you_text=THANKS, results_intro=RESULTS_INTRO, results_public=True
        )
        for label, field_type, choices, required in QUESTIONS:
            survey.form_fields.add(
                SurveyFormField(label=label, field_type=field_type, choices=choices, required=required)
            )
        home.add_child(instance=survey)
        survey.save_revision().publish()
        log(f"survey: {TITLE}")
    survey = SurveyPage.objects.get(pk=survey.pk)

    languages = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
    pages = {settings.LANGUAGE_CODE: survey}
    for code, dictionary in TRANSLATIONS.items():
        if code in languages:
            # wagtail-localize shows the line breaks of a list of choices as <br/> in its segments.
            segments = {key.replace("\n", "<br/>"): text.replace("\n", "<br/>") for key, text in dictionary.items()}
            pages[code] = SurveyPage.objects.get(pk=seeding.translate_page(survey, code, segments, log).pk)

    if SurveySubmission.objects.filter(page=survey).exists():
        return
    for language, answers in ANSWERS:
        page = pages.get(language)
        if page is None:
            continue
        fields = list(page.get_form_fields())
        data = {}
        for position, answer in answers.items():
            field = fields[position]
            if isinstance(answer, str):
                data[field.clean_name] = answer
            else:
                options = _choices(field)
                chosen = [options[index] for index in answer]
                data[field.clean_name] = chosen if field.field_type == "checkboxes" else chosen[0]
        form = page.get_form(data, page=page)
        if not form.is_valid():
            raise ValueError(f"Demo answer does not fit the survey: {form.errors.as_json()}")
        page.process_form_submission(form)
    log(f"survey answers: {len(ANSWERS)}")
