"""The image upload form: an image too large (or too broken) for Pillow is refused with a form error, not a 500."""

import re

from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class BoundedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        # Pillow refuses to open an image of more than twice its own limit (a possible decompression bomb) before
        # Wagtail can compare the size with WAGTAILIMAGES_MAX_IMAGE_PIXELS; say the same thing Wagtail would.
        try:
            super().check_image_pixel_size(f)
        except PillowImage.DecompressionBombError as error:
            found = re.search(r"\((\d+) pixels\)", str(error))
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": found.group(1) if found else "?", "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from error
        except OSError as error:  # a truncated or corrupt file that Pillow only notices while counting frames
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class BoundedImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: Wagtail's image form with the bounded file field."""

    file = BoundedImageField(label=capfirst(get_image_model()._meta.get_field("file").verbose_name))
