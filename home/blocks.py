"""The shared block set. Apps extend ``BaseStreamBlock`` rather than inventing their own paragraph or image."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subheading (H3)"))],
        default="h2",
        help_text=_("Use H2 for sections and H3 inside a section, so screen readers can navigate the page."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading that also appears in the page's outline for screen readers.")
        template = "home/blocks/heading_block.html"
        preview_value = {"text": "Gemeinsam für Spandau", "level": "h2"}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Photo credit"),
        required=False,
        max_length=120,
        help_text=_("Photographer or licence, if required."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with alternative text, optional caption and credit.")
        template = "home/blocks/figure_block.html"
        preview_value = {"caption": "Vernetzungstreffen im Rathaus Spandau", "credit": "NARUD e.V."}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A voice from the network: a short quotation with its source.")
        template = "home/blocks/quote_block.html"
        preview_value = {
            "quote": "Zusammen erreichen wir mehr Menschen in Spandau.",
            "attribution": "Mitgliedsorganisation",
        }


class LinkStructValue(blocks.StructValue):
    """Derives the target of a call to action from whichever link the editor filled in."""

    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url
        return self.get("external_url") or ""

    def label(self):
        page = self.get("page")
        return self.get("link_text") or (page.localized.title if page else self.get("external_url"))


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(
        label=_("Link to a page"),
        required=False,
        help_text=_("Choose a page of this site, or enter a web address."),
    )
    external_url = blocks.URLBlock(label=_("Or a web address"), required=False)
    link_text = blocks.CharBlock(
        label=_("Button text"), required=False, max_length=60, help_text=_("Defaults to the page title.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or enter a web address."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        description = _("A highlighted box that invites visitors to take the next step.")
        template = "home/blocks/call_to_action_block.html"
        value_class = LinkStructValue
        preview_value = {
            "title": "Mitmachen",
            "text": "Ihre Organisation möchte Teil des Netzwerks werden? Schreiben Sie uns.",
            "external_url": "mailto:migraktiv-spandau@narud.org",
            "link_text": "E-Mail schreiben",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer; works without JavaScript.")
        template = "home/blocks/faq_block.html"
        preview_value = {
            "heading": "Häufige Fragen",
            "items": [{"question": "Wer kann mitmachen?", "answer": "<p>Alle Organisationen in Spandau.</p>"}],
        }


class FeaturedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    teaser = blocks.TextBlock(
        label=_("Teaser"),
        required=False,
        max_length=300,
        help_text=_("A sentence or two that makes visitors want to read on. Defaults to the page's description."),
    )

    class Meta:
        icon = "pick"
        label = _("Featured page")
        description = _("A card that points to another page of the site.")
        template = "home/blocks/featured_page_block.html"


class SignLanguageVideoBlock(blocks.StructBlock):
    """A video in German Sign Language (DGS), self-hosted, with captions and a written transcript (BITV 2.0 § 4).

    Until the initiative has recorded the video, the block shows a labelled placeholder and the transcript.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    video = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An MP4 or WebM file uploaded to the documents. Leave empty to show a placeholder."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions (WebVTT)"),
        required=False,
        help_text=_("A .vtt file with German captions for people who do not sign."),
    )
    poster = ImageChooserBlock(label=_("Preview image"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything the video says, in writing."),
    )

    class Meta:
        icon = "media"
        label = _("Sign language video")
        description = _("A self-hosted video in German Sign Language with captions and a transcript.")
        template = "home/blocks/sign_language_video_block.html"
        preview_value = {
            "title": "MigrAktiv Spandau! in Deutscher Gebärdensprache",
            "transcript": "<p>Willkommen bei MigrAktiv Spandau!</p>",
        }


class BaseStreamBlock(blocks.StreamBlock):
    """The content blocks every page body offers; domain apps subclass it to add their own."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        description=_("Running text with links and lists."),
        template="home/blocks/paragraph_block.html",
        preview_value="<p>Das Netzwerk verbindet Migrant*innenorganisationen und lokale Akteure in Spandau.</p>",
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()


class StandardPageStreamBlock(BaseStreamBlock):
    """A content page's blocks: the shared set, plus the sign language video for the DGS page."""

    sign_language_video = SignLanguageVideoBlock()


class FeaturedPagesBlock(blocks.StreamBlock):
    featured_page = FeaturedPageBlock()
