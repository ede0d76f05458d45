from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def trivial(request):
    """What Django, gunicorn and the middleware cost with no database and no template: the stack's ceiling."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial", trivial), *site_urlpatterns]
