"""The resources demo (``data/resources.yaml``): the library with materials and small generated PDFs."""

import datetime
import json

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo import seeding
from demo.seeders.directory import link_organisation
from resources.models import ResourceFile, ResourceIndexPage, ResourcePage


def minimal_pdf(title, lines=()):
    """A small, valid one-page PDF 1.4 showing ``title`` (and a few lines), built by hand: no dependency needed.

    The standard Helvetica font only covers Latin-1, so text is encoded to it (other characters become '?').
    """

    def pdf_text(text):
        raw = text.encode("latin-1", errors="replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content_lines = ["BT", "/F1 20 Tf", "72 760 Td", f"({pdf_text(title)}) Tj", "/F1 12 Tf"]
    for line in ("MigrAktiv Spandau! - Materialsammlung", *lines):
        content_lines += ["0 -24 Td", f"({pdf_text(line)}) Tj"]
    content_lines.append("ET")
    stream = "\n".join(content_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_position = len(output)
    output += f"xref\n0 {len(objects) + 1}\n".encode()
    output += b"0000000000 65535 f \n"
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_position}\n%%EOF\n".encode()
    return bytes(output)


def _collection(name, log):
    existing = Collection.objects.filter(name=name).first()
    if existing is not None:
        return existing
    collection = seeding.ensure_root_collection().add_child(name=name)
    log(f"collection: {name}")
    return collection


def _document(title, filename, collection, lines=()):
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    document = document_model(title=title, collection=collection)
    document.file.save(filename, ContentFile(minimal_pdf(title, lines)), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def seed_resources(log):
    data = seeding.content("resources")
    home = seeding.german_home()
    index = seeding.index_page(home, ResourceIndexPage, data["index"], log)
    collection = _collection(data["collection"], log)
    today = timezone.localdate()
    pages = []
    for spec in data["resources"]:
        existing = index.get_children().filter(slug=spec["slug"]).first()
        if existing is not None:
            pages.append(existing.specific)
            continue
        valid_days = spec.get("valid_days")
        page = ResourcePage(
            slug=spec["slug"],
            title=spec["title"],
            resource_type=spec["type"],
            summary=spec["summary"],
            body=json.dumps(seeding.paragraphs(spec["body"])),
            languages=spec["languages"],
            contributing_organisation_name=spec["organisation"],
            valid_until=today + datetime.timedelta(days=valid_days) if valid_days is not None else None,
            links=json.dumps([{"type": "link", "value": link} for link in spec.get("links", [])]),
        )
        page.tags.add(*spec["tags"])
        for file in spec["files"]:
            document = _document(file["title"], file["filename"], collection, lines=[spec["title"]])
            page.files.add(ResourceFile(document=document, language=file["language"]))
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"resource: {spec['title']}")
        pages.append(page)

    for resource_slug, organisation_slug in data["contributors"].items():
        link_organisation(
            ResourcePage,
            resource_slug,
            organisation_slug,
            "contributing_organisation",
            log,
            contributing_organisation_name="",
        )
    seeding.translate_all("resources", [index, *pages], log)
