"""Self-service sign-up: a visitor's entry becomes a draft profile in moderation, the submitter's data kept apart.

``directory/views.py`` shows the form; a coordinator publishes and invites from the admin's "Sign-ups".
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from home.mail import queue_email

from .models import CONSENT_TEXT_VERSION, OrganisationPage, OrganisationSignup
from .roles import ensure_organisation_group


def _free_slug(parent, title):
    base = slugify(title)[:60] or "organisation"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_signup(directory, data, language):
    """The draft profile below the German directory, submitted to its moderation workflow, and the sign-up."""
    directory = directory.get_translation_or_none(directory.locale.get_default()) or directory
    page = OrganisationPage(
        title=data["name"],
        slug=_free_slug(directory, data["name"]),
        short_description=data["short_description"],
        neighbourhood=data["neighbourhood"],
        website=data["website"],
        live=False,
    )
    directory.add_child(instance=page)
    page.save_revision(log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, None)
    signup = OrganisationSignup.objects.create(
        organisation=page,
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        language=language,
        consent_at=timezone.now(),
        consent_text_version=CONSENT_TEXT_VERSION,
    )
    with translation.override(language):
        queue_email(
            _("Your entry in the MigrAktiv Spandau! directory"),
            render_to_string("directory/email/signup_received.txt", {"signup": signup}),
            [signup.contact_email],
            purpose="directory.signup_received",
        )
    return signup


def set_password_url(user, request):
    """Wagtail's own "set a new password" link for the user (valid as long as Django's reset tokens are)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    path = reverse("wagtailadmin_password_reset_confirm", args=[uid, default_token_generator.make_token(user)])
    return request.build_absolute_uri(path)


@transaction.atomic
def publish_and_invite(signup, coordinator, request):
    """Publish the profile's latest revision, make the submitter its editor and send a set-password e-mail."""
    page = signup.organisation.specific
    revision = page.latest_revision or page.save_revision(user=coordinator)
    if page.workflow_in_progress:
        page.current_workflow_state.cancel(user=coordinator)
    revision.publish(user=coordinator)
    team = ensure_organisation_group(page)
    users = get_user_model().objects
    user = users.filter(email__iexact=signup.contact_email).first()
    if user is None:
        username = signup.contact_email.lower()[:150]
        first, _sep, last = signup.contact_name.partition(" ")
        user = users.create_user(username, signup.contact_email, first_name=first[:150], last_name=last[:150])
    user.groups.add(team.group)
    signup.invited_user = user
    signup.handled_at = timezone.now()
    signup.save(update_fields=["invited_user", "handled_at"])
    context = {"organisation": page, "user": user, "url": set_password_url(user, request)}
    with translation.override(signup.language):
        queue_email(
            _("Your invitation to edit %(organisation)s") % {"organisation": page.title},
            render_to_string("directory/email/invitation.txt", context),
            [user.email],
            purpose="directory.signup_invitation",
        )
    return user
