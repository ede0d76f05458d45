"""Surveys built with Wagtail's form builder, page feedback, reach statistics and accessibility barrier reports.

Nothing here stores who a visitor is: no IP address, no cookie, no user agent. Contact details exist only where
a visitor typed them and agreed, with the exact consent text they saw.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.forms.forms import FormBuilder, WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import localization
from home.forms import StaleFormCheck
from home.models import PAGE_TRANSLATABLE_FIELDS

from . import conf

# Form field types whose answers are counted per option; the others are free text, shown to coordinators only.
CHOICE_FIELD_TYPES = ("radio", "dropdown", "checkboxes", "multiselect", "checkbox")
MULTIPLE_CHOICE_FIELD_TYPES = ("checkboxes", "multiselect")


class SurveyFormBuilder(FormBuilder):
    """Wagtail's form builder with a bound on free text, so a pasted 10 KB answer gets a clear error."""

    def create_multiline_field(self, field, options):
        options["max_length"] = conf.answer_max_length()
        return super().create_multiline_field(field, options)


class SurveyFormField(TranslatableMixin, AbstractFormField):
    """One question. Translations of a survey get copies sharing its ``translation_key``: that is how an answer
    given in Turkish is counted for the German question, and a chosen option by its position in the list."""

    page = ParentalKey("participation.SurveyPage", on_delete=models.CASCADE, related_name="form_fields")

    # The question's wording is translated; its key, type and whether it must be answered stay the German ones.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")


class SurveySubmission(AbstractFormSubmission):
    """One answered questionnaire, always attached to the German survey, answers keyed by its questions."""

    language = models.CharField(_("language"), max_length=10, help_text=_("The language the survey was answered in."))
    contact = models.CharField(
        _("contact"), max_length=254, blank=True, help_text=_("Only when the person asked to be contacted and agreed.")
    )
    consent_text = models.TextField(_("consent text"), blank=True, help_text=_("The consent wording the person saw."))
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")

    def get_data(self):
        return {**super().get_data(), "language": self.language, "contact": self.contact}


def _choices(field):
    return [value for value, _label in FormBuilder([]).get_formatted_field_choices(field)]


class SurveyPageForm(StaleFormCheck, WagtailAdminFormPageForm):
    """Wagtail's form-builder checks (unique field labels) and the stale-form check every page type has."""


class SurveyPage(RoutablePageMixin, AbstractForm):
    """A questionnaire: needs assessment, event feedback, the network's annual survey."""

    base_form_class = SurveyPageForm

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the survey is about, who it is for, how long it takes, and what happens with the answers."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after the answers were sent."),
    )
    opens_at = models.DateTimeField(
        _("opens"), null=True, blank=True, help_text=_("Answers are accepted from this moment; empty: from publishing.")
    )
    closes_at = models.DateTimeField(
        _("closes"), null=True, blank=True, help_text=_("Answers are accepted until this moment; empty: no end.")
    )
    allow_contact = models.BooleanField(
        _("offer to be contacted"),
        default=False,
        help_text=_("Adds an optional contact field with a consent box. Without it the survey is fully anonymous."),
    )
    results_public = models.BooleanField(
        _("publish results"),
        default=False,
        help_text=_("Show the aggregated results on a public page (small groups of fewer than 5 stay hidden)."),
    )
    results_intro = RichTextField(
        _("results introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("A few sentences above the public results: how many took part, what follows from them."),
    )

    form_builder = SurveyFormBuilder

    content_panels = [
        *AbstractForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
    ]
    settings_panels_survey = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("allow_contact")],
            heading=_("Answering"),
        ),
        MultiFieldPanel([FieldPanel("results_public"), FieldPanel("results_intro")], heading=_("Results")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(settings_panels_survey, heading=_("Survey")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("thank_you_text"),
        TranslatableField("results_intro"),
        TranslatableField("form_fields"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("allow_contact"),
        SynchronizedField("results_public"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The survey must close after it opens.")})

    # --- the one source of truth for answers: the German survey -----------------------------------------------

    @property
    def source_page(self):
        """The German survey all translations' answers belong to (this page when it is German or untranslated)."""
        if self.locale.language_code == localization.SOURCE_LANGUAGE:
            return self
        german = self.get_translation_or_none(localization.source_locale())
        return german.specific if german is not None else self

    def get_submission_class(self):
        return SurveySubmission

    def get_data_fields(self):
        """Wagtail's list of single answers, with the language each was given in."""
        return [*super().get_data_fields(), ("language", _("Language"))]

    def get_submissions_list_view_class(self):
        from .views import SafeSubmissionsListView

        return SafeSubmissionsListView

    def is_open(self, now=None):
        now = now or timezone.now()
        return (self.opens_at is None or self.opens_at <= now) and (self.closes_at is None or now < self.closes_at)

    def get_form_class(self):
        from .forms import SurveyForm

        fields = self.get_form_fields()
        return type("SurveyPageForm", (SurveyForm, self.form_builder(fields).get_form_class()), {})

    def get_form_parameters(self):
        return {"allow_contact": self.allow_contact, "language": self.locale.language_code}

    def process_form_submission(self, form):
        """Store the answers keyed by the German questions, choices as the German options; all or nothing."""
        source = self.source_page
        source_fields = {field.translation_key: field for field in source.get_form_fields()}
        answers = {}
        for field in self.get_form_fields():
            german = source_fields.get(field.translation_key)
            if german is None:  # a question the German survey no longer has: nothing to count it with
                continue
            answers[german.clean_name] = _to_source_option(form.cleaned_data.get(field.clean_name), field, german)
        contact = form.cleaned_data.get("participation_contact", "") if self.allow_contact else ""
        with transaction.atomic():
            return SurveySubmission.objects.create(
                page=source,
                form_data=answers,
                language=self.locale.language_code,
                contact=contact,
                consent_text=form.consent_text if contact else "",
                consent_at=timezone.now() if contact else None,
            )

    # --- routes: the form (answers are posted to participation.views.answer_survey) and the public results ----

    @path("")
    def survey(self, request):
        return self.render(request, context_overrides={"form": self.get_form(page=self, user=request.user)})

    @path("results/")
    def results(self, request):
        from django.http import Http404

        from .charts import attach_charts
        from .results import survey_results

        if not self.results_public:
            raise Http404
        results = attach_charts(survey_results(self.source_page, display_page=self, public=True))
        return self.render(
            request, template="participation/survey_results_page.html", context_overrides={"results": results}
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["survey_open"] = self.is_open()
        return context


def _to_source_option(value, field, german):
    """A chosen option of a translated question as the German option at the same position (free text as typed)."""
    if field.field_type not in CHOICE_FIELD_TYPES or field.field_type == "checkbox" or field.pk == german.pk:
        return value
    translated, source = _choices(field), _choices(german)

    def map_one(option):
        position = translated.index(option) if option in translated else None
        return source[position] if position is not None and position < len(source) else option

    if isinstance(value, list):
        return [map_one(option) for option in value]
    return map_one(value) if value else value


class PageFeedback(models.Model):
    """One answer to "Was this page helpful?": the page, the visitor's language, yes or no, an optional comment.

    The day only, no time, no address, no cookie: a single answer cannot be tied to a visit.
    """

    page = models.ForeignKey(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10, db_index=True)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), blank=True)
    day = models.DateField(_("day"), default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-day", "-pk"]

    def __str__(self):
        return f"{self.page_id} {self.language} {'+' if self.helpful else '-'}"


class PageViewCount(models.Model):
    """Views of one path in one language on one day, flushed from the cache counters by ``record_reach``."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=10)
    path = models.CharField(_("path"), max_length=300)
    page = models.ForeignKey(
        Page, verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    page_type = models.CharField(_("page type"), max_length=100, blank=True, help_text=_("app_label.model"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views")
        verbose_name_plural = _("page views")
        constraints = [models.UniqueConstraint(fields=["day", "language", "path"], name="one_count_per_day_path")]
        indexes = [models.Index(fields=["day", "language"])]

    def __str__(self):
        return f"{self.day} {self.language} {self.path}: {self.views}"


class BarrierReport(models.Model):
    """A report of an accessibility barrier (BITV 2.0 feedback mechanism), to be answered within a month."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        ANSWERED = "answered", _("Answered")

    page_url = models.URLField(_("page"), max_length=500, blank=True, help_text=_("Where the barrier is."))
    description = models.TextField(_("description"), help_text=_("What did not work."))
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254, blank=True, help_text=_("For our answer."))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    notes = models.TextField(_("internal notes"), blank=True)

    class Meta:
        verbose_name = _("accessibility barrier report")
        verbose_name_plural = _("accessibility barrier reports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d} {self.description[:60]}"

    def save(self, *args, **kwargs):
        if self.status == self.Status.ANSWERED and self.answered_at is None:
            self.answered_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def answer_due(self):
        return (self.created_at or timezone.now()) + datetime.timedelta(days=conf.barrier_answer_days())

    def is_overdue(self, now=None):
        return self.status != self.Status.ANSWERED and (now or timezone.now()) > self.answer_due


class RegistrationTally(models.Model):
    """How many registered for a training session, per language of registration: counts, no person.

    Kept by ``record_registration_tallies`` so the funders' report still knows them after the registrations
    themselves were purged for data protection.
    """

    session_uuid = models.UUIDField(_("session ID"))
    session_start = models.DateTimeField(_("session start"))
    session_end = models.DateTimeField(_("session end"))
    language = models.CharField(_("language"), max_length=10)
    registrations = models.PositiveIntegerField(_("registrations"), default=0)
    participants = models.PositiveIntegerField(_("participants"), default=0, help_text=_("Confirmed registrations."))

    class Meta:
        verbose_name = _("registration count")
        verbose_name_plural = _("registration counts")
        constraints = [models.UniqueConstraint(fields=["session_uuid", "language"], name="one_tally_per_session")]

    def __str__(self):
        return f"{self.session_uuid} {self.language}: {self.registrations}"

    @classmethod
    def total(cls, *, session_uuids, field, language=None):
        rows = cls.objects.filter(session_uuid__in=session_uuids)
        if language is not None:
            rows = rows.filter(language=language)
        return rows.aggregate(total=models.Sum(field))["total"] or 0
