"""The CSV export of the directory for partner organisations: public fields only, safe to open in a spreadsheet."""

import csv

from django.http import HttpResponse
from django.utils.translation import gettext as _

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def organisation_row(organisation, request):
    return [
        organisation.title,
        organisation.get_full_url(request),
        organisation.short_description,
        organisation.get_legal_form_display(),
        organisation.founding_year or "",
        ", ".join(tag.name for tag in organisation.topic_tags),
        ", ".join(organisation.language_codes),
        organisation.get_neighbourhood_display(),
        *organisation.address.values(),
        *_coordinates(organisation),
        organisation.email,
        organisation.phone,
        organisation.website,
        organisation.opening_hours,
        organisation.get_step_free_access_display() if organisation.step_free_access else "",
        organisation.accessibility_notes,
    ]


def _coordinates(organisation):
    # Six decimals, as stored and as the export has always written them (52.535100).
    coordinates = organisation.coordinates
    if coordinates is None:
        return ["", ""]
    return [f"{coordinates['latitude']:.6f}", f"{coordinates['longitude']:.6f}"]


def header_row():
    return [
        _("Name"),
        _("Profile page"),
        _("Short description"),
        _("Legal form"),
        _("Founding year"),
        _("Topics"),
        _("Languages spoken"),
        _("Neighbourhood"),
        _("Street and number"),
        _("Postal code"),
        _("City"),
        _("Latitude"),
        _("Longitude"),
        _("E-mail"),
        _("Phone"),
        _("Website"),
        _("Opening hours"),
        _("Step-free access"),
        _("Accessibility notes"),
    ]


def organisations_csv_response(organisations, request, filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # A byte order mark, so spreadsheet programs read the umlauts and Arabic names as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header_row())
    for organisation in organisations:
        writer.writerow([safe_cell(value) for value in organisation_row(organisation, request)])
    return response
