"""The one rule of organisation-scoped editing: an organisation editor acts on what belongs to their organisation.

Who is an organisation editor
    A user in the group of one or more organisations (``directory.OrganisationGroup`` marks a Django group as the
    editors of one organisation; ``setup_roles`` creates one per organisation, with its own image and document
    collection). Superusers and everyone outside such groups (coordinators, translators, reviewers) are not
    restricted by this rule; Wagtail's own group permissions apply to them as usual.

How a page type declares that it belongs to an organisation (the contract for plugin apps)
    1. Set the class attribute ``organisation_lookup`` to the ORM path from the page to a
       ``directory.OrganisationPage`` (any language's page of it; the rule compares translation keys):

       * ``"organiser"`` (a ForeignKey, e.g. ``TrainingSeriesPage``),
       * ``"related_pages__related_page"`` (a child relation to pages, e.g. ``NewsPage``: belongs to every
         organisation it names),
       * ``""`` (the empty path: the page *is* the organisation, ``OrganisationPage``).

       A page type without the attribute (or with ``None``) belongs to no organisation: organisation editors
       may look at it where Wagtail lets them, never change it.
    2. Put ``OrganisationScopedPage`` first among the bases of that page type **and** of the index page its
       entries live under, so every admin view (edit, delete, move, copy, unpublish, revert, preview, history,
       compare, bulk actions, workflow actions) asks ``OrganisationPagePermissionTester``. It also sets the
       admin form (``OrganisationScopedPageForm``) that keeps an organisation editor from saving a page for
       another organisation; a page type with its own form class subclasses that form.
    3. Nothing else: listings, the page chooser, the admin search and the admin API filter through
       ``visible_pages`` (see ``directory.wagtail_hooks``), and ``setup_roles`` gives every organisation's
       group "add" and "change" on the German index pages that can hold such pages.

    An exchange app, for example::

        class ExchangeIndexPage(OrganisationScopedPage, Page): ...

        class ExchangeEntryPage(OrganisationScopedPage, Page):
            organisation = models.ForeignKey("directory.OrganisationPage", ...)
            organisation_lookup = "organisation"

    Other models that hang off such a page (registrations of a training series) use ``owned_by`` with
    ``through``: ``owned_by(Registration.objects.all(), user, TrainingSeriesPage, through="session__page")``.

What the rule allows an organisation editor
    Change, preview, lock, copy and submit for moderation the pages that belong to their organisation, and add such
    pages below the index pages (not new organisations: those come from the sign-up form). Never publish (their
    groups have no publish permission; changes go through the coordinators' moderation), never move pages or
    reorder the tree, never edit an index page, the home page or another organisation's pages.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PagePermissionTester, get_page_models
from wagtail.permission_policies import ModelPermissionPolicy

from home.forms import SitePageForm

LOOKUP_ATTRIBUTE = "organisation_lookup"
_CACHE_ATTRIBUTE = "_organisation_keys_cache"


def organisation_lookup(model):
    """The page type's declared path to its organisation, or None if it belongs to no organisation."""
    return getattr(model, LOOKUP_ATTRIBUTE, None)


def scoped_page_models():
    """Every page type that declares how it belongs to an organisation."""
    return [model for model in get_page_models() if organisation_lookup(model) is not None]


def organisations_of(user):
    """The translation keys of the organisations ``user`` edits for, or None if the rule does not restrict them.

    Cached on the user object for the request, as Wagtail caches page permissions.
    """
    if hasattr(user, _CACHE_ATTRIBUTE):
        return getattr(user, _CACHE_ATTRIBUTE)
    keys = None
    if user.is_authenticated and user.is_active and not user.is_superuser:
        from .models import OrganisationGroup

        found = set(
            OrganisationGroup.objects.filter(group__user=user).values_list("organisation__translation_key", flat=True)
        )
        keys = found or None
    setattr(user, _CACHE_ATTRIBUTE, keys)
    return keys


def is_organisation_editor(user):
    return organisations_of(user) is not None


def belonging_to(keys, page_model, through=""):
    """A Q for rows (pages of ``page_model``, or rows reaching one through ``through``) of these organisations."""
    path = "__".join(part for part in (through, organisation_lookup(page_model), "translation_key") if part)
    return Q(**{f"{path}__in": keys})


def owned_by(queryset, user, page_model=None, through=""):
    """``queryset`` narrowed to what ``user`` may act on: everything, or what belongs to their organisations.

    ``page_model`` is the scoped page type the rows are or lead to (default: the queryset's model), ``through``
    the ORM path from the rows to that page (``"session__page"`` for registrations).
    """
    keys = organisations_of(user)
    if keys is None:
        return queryset
    page_model = page_model or queryset.model
    if organisation_lookup(page_model) is None:
        return queryset.none()
    return queryset.filter(belonging_to(keys, page_model, through)).distinct()


def visible_pages(pages, user):
    """A queryset of pages of any type without the scoped pages that belong to other organisations.

    Index pages and other pages that belong to no organisation stay (they are the way to one's own pages).
    """
    keys = organisations_of(user)
    if keys is None:
        return pages
    hidden = Q()
    for model in scoped_page_models():
        own = model.objects.filter(belonging_to(keys, model)).values("pk")
        hidden |= Q(content_type=ContentType.objects.get_for_model(model)) & ~Q(pk__in=own)
    return pages.exclude(hidden) if hidden else pages


def belongs_to_user(page, user):
    """Whether ``user`` may act on this one page under the rule (the saved state counts, not unsaved edits)."""
    keys = organisations_of(user)
    if keys is None:
        return True
    model = page.specific_class
    if organisation_lookup(model) is None or page.pk is None:
        return False
    return model.objects.filter(pk=page.pk).filter(belonging_to(keys, model)).exists()


def may_add_below(page, user):
    """Whether an organisation editor may create pages below ``page``: where an entry of their organisation goes.

    Organisation profiles themselves (empty lookup) are created by coordinators or the sign-up form.
    """
    if organisations_of(user) is None:
        return True
    return any(organisation_lookup(model) for model in page.specific_class.creatable_subpage_models())


class OrganisationPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, narrowed by the rule for organisation editors."""

    def __init__(self, user, page):
        super().__init__(user, page)
        self.restricted = is_organisation_editor(user)
        self.owned = belongs_to_user(page, user) if self.restricted else True

    def can_edit(self):
        return self.owned and super().can_edit()

    def can_delete(self, ignore_bulk=False):
        return self.owned and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self.owned and super().can_unpublish()

    def can_publish(self):
        return self.owned and super().can_publish()

    def can_publish_subpage(self):
        return not self.restricted and super().can_publish_subpage()

    def can_add_subpage(self):
        return super().can_add_subpage() and (not self.restricted or may_add_below(self.page, self.user))

    def can_lock(self):
        return self.owned and super().can_lock()

    def can_unlock(self):
        return self.owned and super().can_unlock()

    def can_unschedule(self):
        return self.owned and super().can_unschedule()

    def can_submit_for_moderation(self):
        return self.owned and super().can_submit_for_moderation()

    def can_reorder_children(self):
        return not self.restricted and super().can_reorder_children()

    def can_move(self):
        return not self.restricted and super().can_move()

    def can_view_revisions(self):
        return self.owned and super().can_view_revisions()


class OrganisationScopedPageForm(SitePageForm):
    """The admin form of organisation-owned pages: an organisation editor saves them only for their organisation.

    New pages start with the editor's organisation filled in where the lookup is a plain field.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keys = organisations_of(self.for_user) if self.for_user else None
        head = (organisation_lookup(self._meta.model) or "").split("__")[0]
        if keys and len(keys) == 1 and head in self.fields and not self.instance.pk and not self.is_bound:
            from .models import OrganisationGroup

            own = OrganisationGroup.objects.filter(group__user=self.for_user).select_related("organisation").first()
            # model_to_dict put the empty foreign key into ``initial`` already
            if not self.initial.get(head):
                self.initial[head] = own.organisation

    def clean(self):
        cleaned_data = super().clean()
        keys = organisations_of(self.for_user) if self.for_user else None
        lookup = organisation_lookup(self._meta.model)
        if keys is None or not lookup:
            return cleaned_data
        if not keys & self._chosen_organisations(lookup):
            head = lookup.split("__")[0]
            message = ValidationError(
                _("Choose your own organisation here; you can only save pages for the organisation you edit for."),
                code="not_your_organisation",
            )
            self.add_error(head if head in self.fields else None, message)
        return cleaned_data

    def _chosen_organisations(self, lookup):
        """Translation keys of the organisations the submitted form names, following ``lookup``."""
        head, _sep, rest = lookup.partition("__")
        if head in self.formsets:
            formset = self.formsets[head]
            formset.is_valid()
            field, _sep, rest = rest.partition("__")
            values = [
                form.cleaned_data.get(field)
                for form in formset.forms
                if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
            ]
        else:
            values = [self.cleaned_data.get(head)]
        for step in filter(None, rest.split("__")):
            values = [getattr(value, step, None) for value in values]
        return {value.translation_key for value in values if isinstance(value, Page)}


class OrganisationScopedPage:
    """Mixin for page types under the rule (see the module docstring): the tester and the admin form."""

    base_form_class = OrganisationScopedPageForm

    def permissions_for_user(self, user):
        return OrganisationPagePermissionTester(user, self)


class OrganisationOwnedPolicy(ModelPermissionPolicy):
    """A model permission policy under the rule, for rows that lead to an organisation-owned page.

    ``page_model`` is the scoped page type, ``through`` the ORM path from a row to it (registrations:
    ``TrainingSeriesPage`` through ``"session__page"``). Model permissions decide the action, the rule the rows.
    """

    def __init__(self, model, page_model, through, **kwargs):
        super().__init__(model, **kwargs)
        self.page_model = page_model
        self.through = through

    def owned(self, queryset, user):
        return owned_by(queryset, user, self.page_model, self.through)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        return self.owned(self.model._default_manager.filter(pk=instance.pk), user).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return self.owned(super().instances_user_has_any_permission_for(user, actions), user)
