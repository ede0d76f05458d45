from django.conf import settings


def initiative(request):
    """The initiative's contact facts, for the footer of every page."""
    return {"INITIATIVE": settings.INITIATIVE}
