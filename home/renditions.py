"""Image renditions made ahead of time, in the sizes the templates ask for, so no visitor waits for Pillow.

Wagtail makes a rendition on first use; for a 1600-pixel hero image that is a visitor waiting a second, and on a
list of twenty new logos twenty times that. Publishing a page makes its images' renditions; ``manage.py
warm_renditions`` makes all of them (after a deploy to new storage, or a bulk import).
"""

import logging

from django.apps import apps

logger = logging.getLogger(__name__)

# "app.Model.image_field": the filter specs of the templates that show that image. Kept beside the templates'
# sizes: news cards fill-640x360, directory cards max-160x160, profiles max-320x320, headers as below.
TEMPLATE_RENDITIONS = {
    "home.HomePage.hero_image": ["fill-1600x700"],
    "directory.OrganisationPage.logo": ["max-160x160", "max-320x320"],
    "trainings.TrainingSeriesPage.image": ["fill-1200x500"],
    "news.NewsPage.lead_image": ["fill-640x360", "fill-1200x675"],
}


def _fields_of(model):
    for key, specs in TEMPLATE_RENDITIONS.items():
        app_label, model_name, field = key.split(".")
        if apps.is_installed(app_label) and issubclass(model, apps.get_model(app_label, model_name)):
            yield field, specs


def warm_page(page):
    """Make the renditions the templates need for ``page``'s images; returns how many images it handled."""
    done = 0
    for field, specs in _fields_of(type(page)):
        image = getattr(page, field, None)
        if image is not None:
            image.get_renditions(*specs)
            done += 1
    return done


def warm_page_on_publish(sender, instance, **kwargs):
    """A ``page_published`` receiver: the editor waits a moment once, no visitor ever does."""
    try:
        warm_page(instance)
    except Exception:
        # A broken or missing image file must not fail the publish; the template shows it (or not) as before.
        logger.exception("Could not make renditions for page %s", instance.pk)


def warm_all(stdout=None):
    """Every image the templates show, in their sizes; returns the number of images."""
    done = 0
    for key, specs in TEMPLATE_RENDITIONS.items():
        app_label, model_name, field = key.split(".")
        if not apps.is_installed(app_label):
            continue
        model = apps.get_model(app_label, model_name)
        image_ids = model.objects.exclude(**{f"{field}__isnull": True}).values_list(field, flat=True).distinct()
        image_model = model._meta.get_field(field).related_model
        for image in image_model.objects.filter(pk__in=image_ids).prefetch_renditions(*specs).iterator(100):
            image.get_renditions(*specs)
            done += 1
        if stdout is not None:
            stdout.write(f"  {key}: {', '.join(specs)}")
    return done
