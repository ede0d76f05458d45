"""Small helpers for the directory's tests: make organisations and working groups the way an editor would."""

import io
import itertools
from decimal import Decimal

import pytest
from django.core.files.images import ImageFile
from taggit.models import Tag
from wagtail.images import get_image_model

_counter = itertools.count(1)


def tag(name):
    return Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)


def make_logo(colour=(10, 80, 140)):
    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (60, 60), colour).save(buffer, "PNG")
    number = next(_counter)
    image = get_image_model()(title=f"Testlogo {number}")
    image.file = ImageFile(buffer, name=f"testlogo-{number}.png")
    image.save()
    return image


def make_organisation(parent, title=None, topics=(), languages=(), logo=False, **fields):
    """A published organisation page below ``parent`` with topics, languages and a social link."""
    from directory.models import Language, OrganisationPage, OrganisationSocialLink, OrganisationTopic

    number = next(_counter)
    title = title or f"Testorganisation {number}"
    defaults = {
        "short_description": f"Beschreibung von {title}",
        "neighbourhood": "wilhelmstadt",
        "latitude": Decimal("52.52"),
        "longitude": Decimal("13.19"),
    }
    defaults.update(fields)
    organisation = OrganisationPage(title=title, slug=f"test-org-{number}", **defaults)
    organisation.tagged_items = [OrganisationTopic(tag=tag(name)) for name in topics]
    organisation.languages = list(Language.objects.filter(code__in=languages))
    organisation.social_links = [
        OrganisationSocialLink(platform="instagram", url=f"https://instagram.com/test{number}")
    ]
    if logo:
        organisation.logo = make_logo()
    parent.add_child(instance=organisation)
    organisation.save_revision().publish()
    return organisation


def make_directory(home, slug=None):
    """A second, empty directory below the German home page (the demo one already holds twelve)."""
    from directory.models import OrganisationIndexPage

    number = next(_counter)
    index = OrganisationIndexPage(title=f"Testverzeichnis {number}", slug=slug or f"testverzeichnis-{number}")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def german_directory(demo_site):
    from directory.models import OrganisationIndexPage

    return OrganisationIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def empty_directory(demo_site):
    return make_directory(demo_site)
