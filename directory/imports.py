"""Bulk import of organisation profiles from CSV or XLSX, for coordinators (admin view and ``import_organisations``).

django-import-export reads the file (through tablib) and runs the rows through ``OrganisationResource``: its
widgets parse and check each cell, the model's own validation checks the rest. The resource puts new profiles in
the page tree below the German directory and saves every change as a revision with a log entry, published only on
request. A row is matched by its slug below that directory, so importing the same file again updates the profiles
(a new revision where something changed) instead of creating duplicates. ``run_import`` is all or nothing: one
problem in any row and nothing is saved.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.utils.translation import override as override_language
from import_export import fields, resources, widgets
from import_export.formats.base_formats import CSV, XLSX
from import_export.results import RowResult
from taggit.models import Tag
from wagtail.models import Locale, Page

from .constants import LegalForm, Neighbourhood, StepFreeAccess
from .models import Language, OrganisationIndexPage, OrganisationPage

MAX_FILE_SIZE = 2 * 1024 * 1024  # about ten thousand rows; a larger file is a mistake, not a directory

# The columns, in the order of the template; each is the model field of the same name. Only "title" is required;
# a column left out of the file leaves that field of existing profiles as it is.
COLUMNS = [
    "slug",
    "title",
    "short_description",
    "description",
    "legal_form",
    "founding_year",
    "topics",
    "languages",
    "communities_served",
    "target_groups",
    "street",
    "postal_code",
    "city",
    "neighbourhood",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "opening_hours",
    "step_free_access",
    "accessibility_notes",
]
REQUIRED_COLUMNS = ["title"]

EXAMPLE_ROW = {
    "slug": "sprachcafe-musterstrasse",
    "title": "Sprachcafé Musterstraße e.V.",
    "short_description": "Offenes Sprachcafé für Nachbarinnen und Nachbarn aus aller Welt.",
    "description": "Jeden Dienstag treffen wir uns zum Sprechen.\n\nAlle sind willkommen.",
    "legal_form": "ev",
    "founding_year": "2015",
    "topics": "Bildung, Sprache",
    "languages": "de, tr, ar",
    "communities_served": "Türkisch- und arabischsprachige Familien",
    "target_groups": "Erwachsene, Familien",
    "street": "Musterstraße 1",
    "postal_code": "13597",
    "city": "Berlin",
    "neighbourhood": "Wilhelmstadt",
    "latitude": "52.530000",
    "longitude": "13.190000",
    "email": "info@example.org",
    "phone": "030 1234567",
    "website": "https://example.org",
    "opening_hours": "Di 17:00–19:00",
    "step_free_access": "yes",
    "accessibility_notes": "",
}

# How to fix a problem in each column, shown beside what is wrong.
HINTS = {
    "slug": gettext_lazy(
        "Use lower-case letters, digits and hyphens, e.g. sprachcafe-kladow, and each slug only once. "
        "Leave it empty to derive it from the name."
    ),
    "title": gettext_lazy("Enter the organisation's name, as the organisation writes it."),
    "short_description": gettext_lazy("Write one or two sentences of at most 240 characters."),
    "description": gettext_lazy("Plain text; separate paragraphs with an empty line."),
    "legal_form": gettext_lazy("Use one of %(choices)s, or leave the cell empty."),
    "founding_year": gettext_lazy("Enter a year of four digits, not in the future, e.g. 2012."),
    "topics": gettext_lazy("Separate topics with commas, e.g. Bildung, Beratung."),
    "languages": gettext_lazy("Use language codes such as tr, ar, ru, separated by commas."),
    "postal_code": gettext_lazy(
        "Enter five digits, e.g. 13597. Format the column as text in the spreadsheet so no digit is lost."
    ),
    "neighbourhood": gettext_lazy("Use one of the Ortsteile of Spandau: %(choices)s."),
    "latitude": gettext_lazy(
        "Enter a decimal number such as 52.535300 (latitude) and 13.199200 (longitude); fill in both or neither."
    ),
    "email": gettext_lazy("Enter one address such as info@example.org."),
    "phone": gettext_lazy(
        "Use digits, spaces and / - ( ), e.g. 030 1234567. Format the column as text so the leading 0 stays."
    ),
    "website": gettext_lazy("Enter the full address, starting with https://."),
    "step_free_access": gettext_lazy("Use one of %(choices)s, or leave the cell empty."),
}
HINTS["longitude"] = HINTS["latitude"]
GENERAL_HINT = gettext_lazy("Correct the cell and check the file again.")


def hint_for(column):
    text = HINTS.get(column)
    if text is None:
        return str(GENERAL_HINT)
    choices = {
        "legal_form": LegalForm.values,
        "neighbourhood": Neighbourhood.labels,
        "step_free_access": [value for value in StepFreeAccess.values if value],
    }.get(column)
    return str(text) % {"choices": ", ".join(choices)} if choices else str(text)


class ImportFileError(Exception):
    """The file as a whole cannot be read (wrong type, empty, broken); the message says what to do."""


@dataclass
class Problem:
    """One thing wrong in the file, in plain language: where (row and column), what, and how to fix it."""

    row: int | None
    column: str
    message: str
    hint: str

    def __str__(self):
        where = []
        if self.row is not None:
            where.append(_("Row %(row)s") % {"row": self.row})
        if self.column:
            where.append(_("column %(column)s") % {"column": self.column})
        prefix = ", ".join(where)
        return f"{prefix}: {self.message} {self.hint}".strip() if prefix else f"{self.message} {self.hint}".strip()


@dataclass
class ImportReport:
    problems: list = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = True

    @property
    def ok(self):
        return not self.problems

    @property
    def total(self):
        return self.new + self.updated + self.unchanged


# Reading the file -------------------------------------------------------------------------------------------------


def read_dataset(name, content):
    """A tablib ``Dataset`` from an uploaded CSV or XLSX file's name and bytes, or ``ImportFileError``."""
    if not content or not content.strip():
        raise ImportFileError(_("The file is empty. Fill in the template and upload it again."))
    if len(content) > MAX_FILE_SIZE:
        raise ImportFileError(_("The file is larger than 2 MB. Split it into several files."))
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == "xlsx":
        dataset = _read_xlsx(content)
    elif extension == "csv":
        dataset = _read_csv(content)
    else:
        raise ImportFileError(
            _("Only CSV and Excel (.xlsx) files can be imported. Save the table as CSV or .xlsx and upload it again.")
        )
    headers = [str(header or "").strip().lower() for header in dataset.headers or []]
    if not any(headers):
        raise ImportFileError(
            _("The file has no header row. Start from the template: its first row names the columns.")
        )
    dataset.headers = headers
    return dataset


def _read_xlsx(content):
    try:
        return XLSX().create_dataset(content)
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportFileError(
            _("The file cannot be read as an Excel workbook (.xlsx). Save it again as .xlsx or as CSV.")
        ) from error


def _read_csv(content):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel in German saves "CSV" in Windows-1252 unless told to use UTF-8.
        text = content.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ImportFileError(_("The file is not a CSV text file. Save the table as CSV (UTF-8) or .xlsx."))
    first_line = text.lstrip().splitlines()[0] if text.strip() else ""
    # German spreadsheet programs separate CSV columns with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return CSV(encoding=None).create_dataset(text, delimiter=delimiter)
    except Exception as error:  # csv.Error, or tablib's InvalidDimensions for ragged rows
        raise ImportFileError(
            _("The CSV file cannot be read: its rows do not have the same number of columns as the header row.")
        ) from error


def template_csv():
    """The template for coordinators: the header row and one example row, UTF-8 with a byte order mark."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerow([EXAMPLE_ROW[column] for column in COLUMNS])
    return buffer.getvalue()


# Widgets: parse one cell each, raising ValueError with a plain-language message ---------------------------------


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a spreadsheet's number cell: 13597.0 is the postal code 13597
    return str(value).strip()


class TextWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        return _text(value)


class RichTextWidget(widgets.CharWidget):
    """Plain text in the file, paragraphs (separated by an empty line) in the rich text field."""

    def clean(self, value, row=None, **kwargs):
        paragraphs = [part.strip() for part in _text(value).replace("\r\n", "\n").split("\n\n")]
        return "".join(f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs if part)


class ChoiceWidget(widgets.Widget):
    """One of a TextChoices' values, or its label (in German or English, any case)."""

    def __init__(self, choices, message):
        self.choices = choices
        self.message = message
        super().__init__()

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return ""
        wanted = text.casefold()
        for choice_value, label in self.choices.choices:
            names = {str(choice_value).casefold()}
            for language in ("de", "en"):
                with override_language(language):
                    names.add(str(label).casefold())
            if wanted in names:
                return choice_value
        raise ValueError(str(self.message) % {"value": text})


class YearWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return None
        if not text.isdigit():
            raise ValueError(_("'%(value)s' is not a year.") % {"value": text})
        return int(text)


class CoordinateWidget(widgets.DecimalWidget):
    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return None
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # a German decimal comma
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(_("'%(value)s' is not a number.") % {"value": text}) from None
        if not number.is_finite():
            raise ValueError(_("'%(value)s' is not a number.") % {"value": text})
        return number.quantize(Decimal("0.000001"))


class LanguagesWidget(widgets.ManyToManyWidget):
    """Language codes separated by commas; unlike the base widget it refuses codes it does not know."""

    def __init__(self):
        super().__init__(Language, separator=",", field="code")

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip().lower() for code in _text(value).replace(";", ",").split(",") if code.strip()]
        known = {language.code: language for language in Language.objects.filter(code__in=codes)}
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise ValueError(
                _("'%(codes)s' is not a known language.") % {"codes": ", ".join(unknown)}
                if len(unknown) == 1
                else _("'%(codes)s' are not known languages.") % {"codes": ", ".join(unknown)}
            )
        return Language.objects.filter(code__in=codes)


class TopicsWidget(widgets.ManyToManyWidget):
    """Topic names separated by commas; an existing topic is reused whatever its case, a new one is created."""

    def __init__(self):
        super().__init__(Tag, separator=",", field="name")

    def clean(self, value, row=None, **kwargs):
        names = []
        for name in _text(value).split(","):
            name = " ".join(name.split())
            if name and name.casefold() not in {existing.casefold() for existing in names}:
                names.append(name)
        too_long = [name for name in names if len(name) > 100]
        if too_long:
            raise ValueError(_("The topic '%(topic)s' is longer than 100 characters.") % {"topic": too_long[0][:40]})
        tags = []
        for name in names:
            tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
            tags.append(tag.pk)
        return Tag.objects.filter(pk__in=tags)


# The resource ------------------------------------------------------------------------------------------------------

# Fields the page tree and Wagtail fill in themselves; a page not yet in the tree has none of them.
TREE_FIELDS = ["path", "depth", "numchild", "url_path", "draft_title", "content_type", "locale", "translation_key"]


def _text_field(name):
    return fields.Field(attribute=name, column_name=name, widget=TextWidget())


class OrganisationResource(resources.ModelResource):
    """Rows of the file as organisation profiles below ``directory``, saved as revisions by ``user``."""

    slug = _text_field("slug")
    title = _text_field("title")
    short_description = _text_field("short_description")
    description = fields.Field(attribute="description", column_name="description", widget=RichTextWidget())
    legal_form = fields.Field(
        attribute="legal_form",
        column_name="legal_form",
        widget=ChoiceWidget(LegalForm, gettext_lazy("'%(value)s' is not a known legal form.")),
    )
    founding_year = fields.Field(attribute="founding_year", column_name="founding_year", widget=YearWidget())
    topics = fields.Field(attribute="topics", column_name="topics", widget=TopicsWidget())
    languages = fields.Field(attribute="languages", column_name="languages", widget=LanguagesWidget())
    communities_served = _text_field("communities_served")
    target_groups = _text_field("target_groups")
    street = _text_field("street")
    postal_code = _text_field("postal_code")
    city = _text_field("city")
    neighbourhood = fields.Field(
        attribute="neighbourhood",
        column_name="neighbourhood",
        widget=ChoiceWidget(Neighbourhood, gettext_lazy("'%(value)s' is not an Ortsteil of Spandau.")),
    )
    latitude = fields.Field(attribute="latitude", column_name="latitude", widget=CoordinateWidget())
    longitude = fields.Field(attribute="longitude", column_name="longitude", widget=CoordinateWidget())
    email = _text_field("email")
    phone = _text_field("phone")
    website = _text_field("website")
    opening_hours = _text_field("opening_hours")
    step_free_access = fields.Field(
        attribute="step_free_access",
        column_name="step_free_access",
        widget=ChoiceWidget(StepFreeAccess, gettext_lazy("'%(value)s' is not a known kind of access.")),
    )
    accessibility_notes = _text_field("accessibility_notes")

    class Meta:
        model = OrganisationPage
        fields = COLUMNS
        import_id_fields = ["slug"]
        skip_unchanged = True
        report_skipped = True
        skip_html_diff = True
        use_transactions = True

    def __init__(self, directory, user=None, publish=False):
        super().__init__()
        self.directory = directory
        self.user = user
        self.publish = publish
        self.slugs_seen = {}

    def get_queryset(self):
        return OrganisationPage.objects.child_of(self.directory)

    def before_import_row(self, row, **kwargs):
        # An empty slug is derived from the name, as Wagtail's editor does.
        slug = _text(row.get("slug"))
        if not slug:
            slug = slugify(_text(row.get("title")), allow_unicode=True)[:255]
        row["slug"] = slug
        number = kwargs["row_number"] + 1  # as the spreadsheet numbers it: the header is row 1
        if slug and slug in self.slugs_seen:
            raise ValidationError(
                {
                    "slug": _("'%(slug)s' is also the slug of row %(other)s.")
                    % {"slug": slug, "other": self.slugs_seen[slug]}
                }
            )
        self.slugs_seen[slug] = number

    def get_instance(self, instance_loader, row):
        page = self.get_queryset().filter(slug=row["slug"]).first()
        # Compare with and build on the latest revision (a draft newer than the live page), as the editor does.
        return page.get_latest_revision_as_object() if page else None

    def init_instance(self, row=None):
        return OrganisationPage(locale=self.directory.locale)

    def import_instance(self, instance, row, **kwargs):
        """Every cell onto the page; the base class checks many-to-many cells only when saving, so check them here."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for resource_field in self.get_import_fields():
            if isinstance(resource_field.widget, widgets.ManyToManyWidget) and resource_field.column_name in row:
                try:
                    resource_field.clean(row)
                except ValueError as error:
                    errors[resource_field.attribute] = ValidationError(str(error), code="invalid")
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        try:
            # The page is not in the tree yet (new) or keeps its place: the slug is checked against the directory.
            instance.full_clean(exclude=[*errors, *TREE_FIELDS], validate_unique=False)
        except ValidationError as error:
            # A cell that could not be read is reported once: not again by the model's clean(), which saw it empty.
            for name, messages in error.update_error_dict({}).items():
                errors.setdefault(name, messages)
        # Wagtail's own check (Page.clean) finds no parent for a page not yet in the tree, so ask it with ours.
        if "slug" not in errors and not Page._slug_is_available(instance.slug, self.directory, instance):
            errors["slug"] = [_("The slug '%(slug)s' is already used by another page.") % {"slug": instance.slug}]
        if errors:
            raise ValidationError(errors)

    def save_instance(self, instance, is_create, row, **kwargs):
        """Into the tree if new, then a revision with a log entry, published only if the coordinator chose so."""
        for resource_field in self.get_import_fields():
            if isinstance(resource_field.widget, widgets.ManyToManyWidget) and resource_field.column_name in row:
                getattr(instance, resource_field.attribute).set(list(resource_field.clean(row)))
        if is_create:
            instance.live = False
            instance.owner = self.user
            self.directory.add_child(instance=instance)
        revision = instance.save_revision(user=self.user, log_action=True)
        if self.publish:
            revision.publish(user=self.user)

    def save_m2m(self, instance, row, **kwargs):
        """Done in ``save_instance``, before the revision, so the revision holds topics and languages."""


def german_directory():
    """The German organisation directory, the parent of imported profiles."""
    directory = OrganisationIndexPage.objects.filter(locale=Locale.get_default()).first()
    if directory is None:
        raise ImportFileError(_("There is no German organisation directory to import into. Create it first."))
    return directory


def _problems_of(result):
    problems = []
    for error in result.base_errors:
        problems.append(Problem(None, "", str(error.error), str(GENERAL_HINT)))
    for line in result.invalid_rows:
        row = line.number + 1  # the header is the spreadsheet's first row
        for name, messages in line.error_dict.items():
            column = "" if name == NON_FIELD_ERRORS else name
            for message in messages:
                problems.append(Problem(row, column, str(message), hint_for(column)))
    for line in result.error_rows:
        for error in line.errors:
            problems.append(
                Problem(
                    line.number + 1, "", _("Unexpected error: %(error)s") % {"error": error.error}, str(GENERAL_HINT)
                )
            )
    return sorted(
        problems,
        key=lambda problem: (problem.row or 0, COLUMNS.index(problem.column) if problem.column in COLUMNS else -1),
    )


def _header_problems(dataset):
    problems = []
    for column in dataset.headers:
        if column and column not in COLUMNS:
            problems.append(
                Problem(
                    1,
                    column,
                    _("The column '%(column)s' is not known.") % {"column": column},
                    _("Use the column names of the template: %(columns)s.") % {"columns": ", ".join(COLUMNS)},
                )
            )
    for column in REQUIRED_COLUMNS:
        if column not in dataset.headers:
            problems.append(
                Problem(
                    1,
                    column,
                    _("The column '%(column)s' is missing.") % {"column": column},
                    _("Add it to the header row, as in the template."),
                )
            )
    if len(set(filter(None, dataset.headers))) != len(list(filter(None, dataset.headers))):
        problems.append(
            Problem(1, "", _("A column name appears twice in the header row."), _("Keep each column once."))
        )
    return problems


def _without_trailing_empty_rows(dataset):
    """Spreadsheets often leave empty rows at the end; rows above keep their numbers."""
    while len(dataset) and all(_text(cell) == "" for cell in dataset[-1]):
        del dataset[-1]
    return dataset


def run_import(dataset, user=None, publish=False, dry_run=True, max_rows=None):
    """Check (``dry_run``) or import the rows of ``dataset``; an ``ImportReport`` either way. All or nothing."""
    report = ImportReport(dry_run=dry_run)
    report.problems = _header_problems(dataset)
    if report.problems:
        return report
    if "slug" not in dataset.headers:
        dataset.append_col([""] * len(dataset), header="slug")
    dataset = _without_trailing_empty_rows(dataset)
    if not len(dataset):
        report.problems = [
            Problem(None, "", _("The file has no rows below the header."), _("Add one row per organisation."))
        ]
        return report
    if max_rows is not None and len(dataset) > max_rows:
        report.problems = [
            Problem(
                None,
                "",
                ngettext(
                    "The file has %(count)s row; at most %(max)s can be imported at once here.",
                    "The file has %(count)s rows; at most %(max)s can be imported at once here.",
                    len(dataset),
                )
                % {"count": len(dataset), "max": max_rows},
                _("Split it into several files and import them one after the other."),
            )
        ]
        return report
    directory = german_directory()
    with transaction.atomic():
        resource = OrganisationResource(directory, user=user, publish=publish)
        result = resource.import_data(
            dataset, dry_run=dry_run, use_transactions=True, rollback_on_validation_errors=True
        )
        report.problems = _problems_of(result)
        if report.problems and not dry_run:
            transaction.set_rollback(True)
    for row_result in result.rows:
        if row_result.import_type == RowResult.IMPORT_TYPE_NEW:
            report.new += 1
        elif row_result.import_type == RowResult.IMPORT_TYPE_UPDATE:
            report.updated += 1
        elif row_result.import_type == RowResult.IMPORT_TYPE_SKIP:
            report.unchanged += 1
    return report
