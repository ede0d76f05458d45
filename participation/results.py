"""A survey's answers, aggregated per question and per language of answer, for the admin, the public and exports.

Answers are stored keyed by the German questions (see ``SurveyPage.process_form_submission``), so every language
counts in one result set; labels are shown in the language of the page asking for them.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from home import languages, localization

from . import conf
from .models import CHOICE_FIELD_TYPES, MULTIPLE_CHOICE_FIELD_TYPES, SurveySubmission, _choices


@dataclass
class Cell:
    """A count and its share of the question's answers; ``hidden`` when too few to show publicly."""

    count: int
    total: int
    hidden: bool = False

    @property
    def percent(self):
        return round(100 * self.count / self.total, 1) if self.total else 0.0


@dataclass
class Option:
    value: str  # the German option, as stored
    label: str  # the option in the display language
    cell: Cell
    by_language: dict = field(default_factory=dict)  # language code -> Cell
    language: str = ""  # the language of ``label`` when it is the survey's text ("" for interface text)


@dataclass
class Question:
    key: str
    label: str
    field_type: str
    answered: int
    options: list = field(default_factory=list)
    answered_by_language: dict = field(default_factory=dict)  # language code -> Cell (share of respondents)
    texts: list = field(default_factory=list)  # free-text answers (never public)
    language: str = ""  # the language of ``label``: the display page's, or the source's where it is untranslated

    @property
    def is_choice(self):
        return self.field_type in CHOICE_FIELD_TYPES

    @property
    def multiple(self):
        return self.field_type in MULTIPLE_CHOICE_FIELD_TYPES


class Results(list):
    """The questions in order, plus the totals the templates show."""

    def __init__(self, questions, respondents, by_language, languages, public):
        super().__init__(questions)
        self.respondents = respondents
        self.by_language = by_language  # language code -> number of respondents (a Cell when public)
        self.languages = languages
        self.public = public
        self.minimum = conf.public_minimum_count()

    @property
    def language_headers(self):
        """(code, own name, direction) of each language answers came in, for table headings."""
        return [
            (code, language.own_name if language else code, localization.direction(code))
            for code, language in ((code, languages.BY_CODE.get(code)) for code in self.languages)
        ]


def _display_fields(source_page, display_page):
    if display_page is None or display_page.pk == source_page.pk:
        return {}
    return {field.translation_key: field for field in display_page.get_form_fields()}


def _answer_values(value, field_type):
    """The options one answer chose, as a list (a single checkbox counts as the option "yes")."""
    if field_type == "checkbox":
        return ["yes"] if value else []
    if isinstance(value, list):
        return [str(item) for item in value if item not in ("", None)]
    return [str(value)] if value not in ("", None) else []


def survey_results(source_page, display_page=None, public=False, submissions=None):
    """Aggregate ``source_page``'s answers (all languages) per question; labels from ``display_page``'s language.

    With ``public`` every count of answers below ``PARTICIPATION_PUBLIC_MINIMUM_COUNT`` (but above zero) is hidden,
    and free-text answers are left out.
    """
    minimum = conf.public_minimum_count() if public else 0
    if submissions is None:
        submissions = SurveySubmission.objects.filter(page=source_page).only("form_data", "language")
    submissions = list(submissions)
    known_languages = [code for code, _name in settings.LANGUAGES]
    respondents_by_language = Counter(submission.language for submission in submissions)
    languages = [code for code in known_languages if respondents_by_language[code]] + sorted(
        code for code in respondents_by_language if code not in known_languages
    )
    translated = _display_fields(source_page, display_page)
    source_language = source_page.locale.language_code
    display_language = display_page.locale.language_code if translated else source_language

    def cell(count, total):
        return Cell(count, total, hidden=bool(minimum) and 0 < count < minimum)

    questions = []
    for source_field in source_page.get_form_fields():
        shown = translated.get(source_field.translation_key, source_field)
        wording_language = source_language if shown is source_field else display_language
        key, field_type = source_field.clean_name, source_field.field_type
        answers = [(s.language, s.form_data.get(key)) for s in submissions]
        chosen = [(language, _answer_values(value, field_type)) for language, value in answers]
        answered = [(language, values) for language, values in chosen if values]
        answered_by_language = Counter(language for language, _values in answered)
        question = Question(
            key=key,
            label=shown.label,
            language=wording_language,
            field_type=field_type,
            answered=len(answered),
            answered_by_language={
                code: cell(answered_by_language[code], respondents_by_language[code]) for code in languages
            },
        )
        if question.is_choice:
            if field_type == "checkbox":
                values, labels, label_languages = ["yes"], [_("Yes")], [""]
            else:
                values = _choices(source_field)
                shown_labels = _choices(shown)
                labels = [shown_labels[i] if i < len(shown_labels) else value for i, value in enumerate(values)]
                label_languages = [
                    wording_language if i < len(shown_labels) else source_language for i in range(len(values))
                ]
            counts = Counter(value for _language, chosen_values in answered for value in chosen_values)
            per_language = {
                code: Counter(
                    value for language, chosen_values in answered if language == code for value in chosen_values
                )
                for code in languages
            }
            for value, label, label_language in zip(values, labels, label_languages, strict=True):
                question.options.append(
                    Option(
                        value=value,
                        label=label,
                        language=label_language,
                        cell=cell(counts[value], len(answered)),
                        by_language={
                            code: cell(per_language[code][value], answered_by_language[code]) for code in languages
                        },
                    )
                )
        elif not public:
            question.texts = [(language, str(value)) for language, value in answers if value not in ("", None, [])]
        questions.append(question)
    by_language = {code: cell(respondents_by_language[code], len(submissions)) for code in languages}
    return Results(questions, len(submissions), by_language, languages, public)


def results_rows(results):
    """The aggregated results as spreadsheet rows (header first): one row per option, counts per language."""
    header = [_("Question"), _("Option"), _("Answers"), _("Percent")]
    for code in results.languages:
        header += [_("Answers (%(language)s)") % {"language": code}, _("Percent (%(language)s)") % {"language": code}]
    rows = [header]
    for question in results:
        if not question.is_choice:
            rows.append([question.label, _("(free text)"), question.answered, ""])
            continue
        for option in question.options:
            row = [question.label, option.label, option.cell.count, option.cell.percent]
            for code in results.languages:
                language_cell = option.by_language[code]
                row += [language_cell.count, language_cell.percent]
            rows.append(row)
    return rows
