"""The public "Organisation eintragen" form (routed on the directory page, in every content language)."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from . import conf
from .forms import OrganisationSignupForm


@never_cache
@ratelimit(key="ip", rate=conf.signup_rate, method="POST", block=True)
def sign_up(request, directory):
    from .signups import create_signup

    form = OrganisationSignupForm(request.POST or None)
    context = {"page": directory, "form": form, "retention_days": conf.signup_retention_days()}
    if request.method == "POST" and form.is_valid():
        context["signup"] = create_signup(directory, form.cleaned_data, get_language())
        return render(request, "directory/signup_done.html", context)
    return render(request, "directory/signup.html", context, status=400 if form.errors else 200)
