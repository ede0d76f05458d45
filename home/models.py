"""The site's shell pages: the home page of each language and plain content pages (about, imprint, privacy)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BaseStreamBlock, FeaturedPagesBlock, StandardPageStreamBlock
from .forms import SitePageForm
from .localization import LocalizedPageManager

# Fields every page translates or keeps in step with its German source; page types add their own.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


class HomePage(Page):
    """The start page of one language; every other page lives below it."""

    base_form_class = SitePageForm

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        help_text=_("Two or three sentences under the page title: what the initiative is and whom it is for."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("header image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown wide at the top. Landscape, at least 1600 pixels wide; give it an alt text."),
    )
    featured = StreamField(
        FeaturedPagesBlock(),
        verbose_name=_("highlights"),
        blank=True,
        help_text=_("Up to six pages to highlight on the start page, in this order."),
        max_num=6,
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("page content"),
        blank=True,
        help_text=_("Further content below the highlights: text, images, quotes, calls to action."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("hero_image")], heading=_("Welcome")),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    api_fields = [
        APIField("intro"),
        APIField("hero_image"),
        APIField("hero_image_rendition", serializer=ImageRenditionField("fill-1600x700", source="hero_image")),
        APIField("featured"),
        APIField("body"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        TranslatableField("featured"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    objects = LocalizedPageManager()

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Route in this language's tree; fall back to the German page rather than answer 404.

        A visitor on /tr/ who follows a link to a page that has no Turkish translation yet (the language switcher
        sends them to /tr/<German path>/) gets the German page with the Turkish interface and a notice. If the
        German page does have a translation in this language, they are redirected to it.
        """
        from .localization import is_translated, with_locale

        with_locale(self)
        try:
            result = super().route(request, path_components)
        except Http404:
            result = None
        if result is not None:
            with_locale(result.page)
        if self.locale.language_code == settings.LANGUAGE_CODE:
            if result is None:
                raise Http404
            return result
        if result is not None and is_translated(result.page):
            return result
        # Not found here, or only an alias or untranslated copy: the German page, shown as fallback.
        source_home = self.get_translation_or_none(Locale.objects.get(language_code=settings.LANGUAGE_CODE))
        if source_home is None:
            raise Http404
        if result is not None:
            source = result.page.get_translation_or_none(source_home.locale)
            if source is not None and source.live:
                return RouteResult(source.specific, args=result.args, kwargs=result.kwargs)
        result = source_home.specific.route(request, path_components)
        translation = result.page.get_translation_or_none(self.locale)
        if translation is not None and translation.live and is_translated(translation):
            # Served by this home page's serve(), which turns it into a redirect.
            return RouteResult(self, kwargs={"redirect_to": translation.get_url(request)})
        return result

    def serve(self, request, *args, redirect_to=None, **kwargs):
        if redirect_to:
            return redirect(redirect_to)
        return super().serve(request, *args, **kwargs)


class StandardPage(Page):
    """A plain content page: about the initiative, imprint, privacy, accessibility statement."""

    base_form_class = SitePageForm

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("A short summary shown under the title and in search results."),
    )
    body = StreamField(
        StandardPageStreamBlock(),
        verbose_name=_("page content"),
        blank=True,
        help_text=_("The page's content: headings, text, images, questions and answers."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    api_fields = [APIField("intro"), APIField("body")]

    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro"), TranslatableField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    objects = LocalizedPageManager()

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class TranslatorGroup(models.Model):
    """Marks a user group as the translators of one language (created by ``ensure_translator_groups``).

    Members of only such groups translate; they do not shape the page tree (see wagtail_hooks).
    """

    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="translator_group"
    )
    language_code = models.CharField(
        _("language"), max_length=10, unique=True, help_text=_("The content language this group translates into.")
    )

    class Meta:
        verbose_name = _("translator group")
        verbose_name_plural = _("translator groups")

    def __str__(self):
        return f"{self.group.name} → {self.language_code}"

    @staticmethod
    def only_translates(user):
        """True for a user whose every group is a translator group (no editor or admin rights besides)."""
        if not user.is_authenticated or user.is_superuser:
            return False
        groups = user.groups.all()
        return groups.exists() and not groups.filter(translator_group__isnull=True).exists()

    @staticmethod
    def languages_of(user):
        """The language codes ``user`` translates into."""
        return set(TranslatorGroup.objects.filter(group__user=user).values_list("language_code", flat=True))


class TopicLabel(TranslatableMixin, models.Model):
    """How a topic of the shared tag vocabulary reads in each language.

    Topics stay one taggit vocabulary (editors reuse the German tags everywhere); this snippet gives a tag its label
    per language, translated with wagtail-localize like any page. A tag without a label shows its German name.
    """

    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The topic (tag) as editors use it on pages."),
    )
    label = models.CharField(_("label"), max_length=100, help_text=_("How visitors read the topic in this language."))

    panels = [FieldPanel("tag"), FieldPanel("label")]

    translatable_fields = [SynchronizedField("tag"), TranslatableField("label")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic label")
        verbose_name_plural = _("topic labels")
        ordering = ["label"]

    def __str__(self):
        return self.label


class FooterQuerySet(models.QuerySet):
    def for_language(self, language_code):
        """The footer to show in ``language_code``: its translation, else the German footer, else None (one query)."""
        footers = {
            footer.locale.language_code: footer
            for footer in self.filter(locale__language_code__in={language_code, settings.LANGUAGE_CODE}).select_related(
                "locale"
            )
        }
        return footers.get(language_code) or footers.get(settings.LANGUAGE_CODE)


class Footer(TranslatableMixin, models.Model):
    """What the footer under every page says: whom to contact, and who runs and funds the initiative.

    One per language, translated with wagtail-localize like a page. Until editors create the German one, the site
    shows a built-in footer from ``settings.INITIATIVE`` and the interface translations.
    """

    contact = models.TextField(
        _("contact"),
        max_length=500,
        help_text=_("Name and postal address, one line per line, e.g. 'MigrAktiv Spandau!' and 'c/o NARUD e.V.'."),
    )
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("As it should be printed, e.g. 030 40 75 75 51.")
    )
    about = RichTextField(
        _("about the initiative"),
        features=["bold", "italic", "link"],
        max_length=2000,
        help_text=_("Who runs and who funds the initiative; one or two short paragraphs."),
    )

    panels = [FieldPanel("contact"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("about")]

    # Contact facts follow the German footer (like facts on pages) when an editor syncs its translations.
    translatable_fields = [
        SynchronizedField("contact"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        TranslatableField("about"),
    ]

    objects = FooterQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})")).format(language=self.locale.get_display_name())

    def clean(self):
        super().clean()
        # The admin sets the locale from the URL rather than a form field, so a unique constraint would surface
        # as a server error; say it in the form instead.
        if self.locale_id and Footer.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk).exists():
            raise ValidationError(_("There is already a footer in this language. Please edit that one."))

    def phone_uri(self):
        """``tel:`` link target: a Berlin number as printed (030 …) becomes +4930…, so phones abroad can dial it."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0") and not digits.startswith("00"):
            digits = "+49" + digits[1:]
        return f"tel:{digits}"


class ScheduledCommandRun(models.Model):
    """When a periodic management command (``SCHEDULED_COMMANDS``) last ran, and how it went.

    Kept in the database, not in the scheduler's memory, so a restarted scheduler does not repeat a daily digest,
    and two schedulers never start the same job twice (each claims a run with one conditional UPDATE).
    """

    name = models.CharField(_("job"), max_length=100, unique=True)
    started_at = models.DateTimeField(_("last started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("last finished"), null=True, blank=True)
    succeeded = models.BooleanField(_("succeeded"), null=True)
    output = models.TextField(_("last output"), blank=True)

    class Meta:
        verbose_name = _("scheduled job run")
        verbose_name_plural = _("scheduled job runs")
        ordering = ["name"]

    def __str__(self):
        return self.name
