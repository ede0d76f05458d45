"""The admin roles of the network, created idempotently (``manage.py setup_roles``; the demo seed runs it too).

* Coordinators (``COORDINATORS``): edit and publish every page, approve moderation, manage media, snippets,
  registrations, webhooks and users (inviting organisations' editors). Groups and their permissions stay with
  superusers.
* Organisation editors: the members of an organisation's own group (``OrganisationGroup``). The group may add and
  change pages below the German index pages that hold organisation-owned pages, narrowed by the rule in
  ``directory.permissions``; it has its own collection for images and documents, may see the registrations of its
  trainings and cannot publish: its changes go to the coordinators' approval (``MODERATION_WORKFLOW``).
* Translators: the language groups of ``home.translation`` (unchanged).
* Read-only reviewers (``REVIEWERS``): open the admin and view snippets and webhooks, change nothing; never
  personal data (registrations, sign-ups).
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from . import conf
from .permissions import organisation_lookup

COORDINATORS = "Koordination"
REVIEWERS = "Lesezugriff (Prüfung)"
MODERATION_WORKFLOW = "Freigabe durch die Koordination"
MODERATION_TASK = "Freigabe Koordination"
ORGANISATIONS_COLLECTION = "Organisationen"

# Apps whose content coordinators look after in full (their snippets, registrations, webhooks, redirects).
COORDINATED_APPS = ["home", "directory", "trainings", "news", "resources", "exchange", "api", "wagtailredirects"]
# Role bookkeeping stays with superusers even inside those apps.
SUPERUSER_ONLY_MODELS = [("home", "translatorgroup"), ("directory", "organisationgroup")]

PAGE_ACTIONS_COORDINATOR = ["add", "change", "publish", "lock", "unlock", "bulk_delete"]
PAGE_ACTIONS_ORGANISATION = ["add", "change"]
MEDIA_ACTIONS_COORDINATOR = ["add", "change", "delete", "choose"]
MEDIA_ACTIONS_ORGANISATION = ["add", "change", "delete", "choose"]


# Permissions that a data migration creates rather than a model's Meta, with the content type and name it uses.
# A database flush (the browser tests' live server between tests) removes them and nothing brings them back, so the
# roles recreate them the way their migrations do.
MIGRATION_MADE_PERMISSIONS = {
    ("wagtail_localize", "submit_translation"): ("translation", "Can submit translations"),
    ("wagtailadmin", "access_admin"): ("admin", "Can access Wagtail admin"),
}


def _permission(app_label, codename):
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        if (app_label, codename) not in MIGRATION_MADE_PERMISSIONS:
            raise
        model, name = MIGRATION_MADE_PERMISSIONS[app_label, codename]
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        return Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})[
            0
        ]


def _media_permissions(actions):
    return [
        _permission(app_label, f"{action}_{model}")
        for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in actions
    ]


def _grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", f"{action}_page")
        )


def _grant_collection(group, collection, actions):
    for permission in _media_permissions(actions):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def organisation_index_pages():
    """The German pages below which organisation-owned pages live (directory, programme, news, library, …)."""
    from wagtail.models import get_page_models

    index_models = [
        model
        for model in get_page_models()
        if any(organisation_lookup(child) is not None for child in model.allowed_subpage_models())
    ]
    content_types = ContentType.objects.get_for_models(*index_models).values()
    return Page.objects.filter(locale=Locale.get_default(), content_type__in=content_types)


def ensure_coordinators():
    group, _created = Group.objects.get_or_create(name=COORDINATORS)
    permissions = Permission.objects.filter(content_type__app_label__in=COORDINATED_APPS)
    for app_label, model in SUPERUSER_ONLY_MODELS:
        permissions = permissions.exclude(content_type__app_label=app_label, content_type__model=model)
    users = Permission.objects.filter(
        content_type__app_label="auth", codename__in=["add_user", "change_user", "delete_user", "view_user"]
    )
    group.permissions.add(
        _permission("wagtailadmin", "access_admin"),
        _permission("wagtail_localize", "submit_translation"),
        *permissions,
        *users,
    )
    _grant_pages(group, Page.get_first_root_node(), PAGE_ACTIONS_COORDINATOR)
    _grant_collection(group, Collection.get_first_root_node(), MEDIA_ACTIONS_COORDINATOR)
    return group


# Personal data stays with the people who need it: no participants or submitters for reviewers.
REVIEWERS_NEVER_SEE = ["view_registration", "view_organisationsignup"]


def ensure_reviewers():
    group, _created = Group.objects.get_or_create(name=REVIEWERS)
    views = Permission.objects.filter(
        content_type__app_label__in=COORDINATED_APPS, codename__startswith="view_"
    ).exclude(codename__in=REVIEWERS_NEVER_SEE)
    group.permissions.add(_permission("wagtailadmin", "access_admin"), *views)
    return group


def ensure_moderation(coordinators):
    """One workflow: a coordinator approves what organisation editors submit, on every organisation index."""
    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MODERATION_TASK)
    task.groups.add(coordinators)
    workflow, _created = Workflow.objects.get_or_create(name=MODERATION_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in organisation_index_pages():
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def _organisation_model_permissions():
    """``DIRECTORY_ORGANISATION_EDITOR_PERMISSIONS`` of the installed apps (the directory imports none of them)."""
    found = []
    for code in conf.organisation_editor_permissions():
        app_label, _dot, codename = code.partition(".")
        found.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    return found


def _organisations_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=ORGANISATIONS_COLLECTION).first()
    return existing or root.add_child(name=ORGANISATIONS_COLLECTION)


def ensure_organisation_group(organisation):
    """The organisation's editor group and collection, with its permissions; returns the ``OrganisationGroup``."""
    from .models import OrganisationGroup

    organisation = organisation.get_translation_or_none(Locale.get_default()) or organisation
    name = f"Organisation: {organisation.title}"[:140]
    with transaction.atomic():
        team = OrganisationGroup.objects.select_related("group", "collection").filter(organisation=organisation).first()
        if team is None:
            if Group.objects.filter(name=name, organisation_group__isnull=False).exists():
                name = f"{name[:128]} ({organisation.pk})"  # two organisations of the same name
            group, _created = Group.objects.get_or_create(name=name)
            team = OrganisationGroup.objects.create(organisation=organisation, group=group)
        if team.collection is None:
            team.collection = _organisations_collection().add_child(name=organisation.title[:255])
            team.save(update_fields=["collection"])
        group = team.group
        group.permissions.add(_permission("wagtailadmin", "access_admin"), *_organisation_model_permissions())
        for page in organisation_index_pages():
            _grant_pages(group, page, PAGE_ACTIONS_ORGANISATION)
        _grant_collection(group, team.collection, MEDIA_ACTIONS_ORGANISATION)
    return team


def setup_roles():
    """Create or complete every role; running it again changes nothing."""
    from .models import OrganisationPage

    coordinators = ensure_coordinators()
    ensure_reviewers()
    ensure_moderation(coordinators)
    for organisation in OrganisationPage.objects.filter(locale=Locale.get_default()):
        ensure_organisation_group(organisation)
