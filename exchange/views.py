"""Thin views below an entry's URL: contact its organisation, report it. Page routes in models.py call these."""

from django.db import transaction
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit
from wagtail.models import Site

from . import conf
from .emails import relay_contact
from .forms import ContactForm, ReportForm
from .models import ContactRequest, DigestSubscription, Report


def privacy_url(request):
    """The privacy page in the visitor's language (German as fallback), found by its slug below the home page."""
    site = Site.find_for_request(request)
    if site is None:
        return ""
    privacy = site.root_page.get_children().live().filter(slug=conf.privacy_page_slug()).first()
    return privacy.localized.get_url(request) if privacy else ""


@never_cache
@ratelimit(key="ip", rate=conf.contact_rate, method="POST", block=True)
def contact(request, page):
    source = page.source
    context = {"page": page, "privacy_url": privacy_url(request)}
    if not source.accepts_contact:
        return render(request, "exchange/contact_closed.html", context, status=400 if request.method == "POST" else 200)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if ContactRequest.objects.from_sender(data["email"]).count() >= conf.contact_per_sender_per_day():
            form.add_error(None, _("You have sent several messages today. Please try again tomorrow."))
        else:
            with transaction.atomic():
                contact_request = ContactRequest.objects.create(
                    entry=source,
                    sender_name=data["name"],
                    sender_email=data["email"],
                    sender_organisation=data["organisation"],
                    language=get_language(),
                )
                if not relay_contact(contact_request, source, data["message"]):
                    contact_request.queued = False
                    contact_request.save(update_fields=["queued"])
            return render(request, "exchange/contact_done.html", context)
    context["form"] = form
    return render(request, "exchange/contact.html", context, status=400 if form.errors else 200)


@never_cache
@ratelimit(key="ip", rate=conf.contact_rate, method="POST", block=True)
def report(request, page):
    context = {"page": page}
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        Report.objects.create(
            entry=page.source, reason=form.cleaned_data["reason"], comment=form.cleaned_data["comment"]
        )
        return render(request, "exchange/report_done.html", context)
    context["form"] = form
    return render(request, "exchange/report.html", context, status=400 if form.errors else 200)


@never_cache
def unsubscribe(request, token):
    """Leave the weekly digest from the link in its e-mail: the form confirms, so link scanners unsubscribe no one."""
    subscription = DigestSubscription.objects.filter(token=token).first()
    if request.method == "POST" and subscription is not None:
        subscription.delete()
        return render(request, "exchange/unsubscribed.html", {"done": True})
    return render(
        request, "exchange/unsubscribed.html", {"subscription": subscription}, status=200 if subscription else 404
    )
