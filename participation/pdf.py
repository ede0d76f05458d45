"""The funders' report as a PDF, drawn with fpdf2 (pure Python: no system tools, nothing downloaded)."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF


def _latin1(text):
    # The PDF core fonts cover Latin-1, which the German report needs; anything else becomes "?".
    return str(text).encode("latin-1", errors="replace").decode("latin-1")


def report_pdf(report, site_name="MigrAktiv Spandau!"):
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_title(_latin1(_("Reach report %(year)s") % {"year": report.year}))
    pdf.set_creator(_latin1(site_name))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(
        0,
        10,
        _latin1(f"{site_name}: " + _("Reach report %(year)s") % {"year": report.year}),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        6,
        _latin1(
            _("Created on %(date)s. Counts only; page views without cookies or IP addresses.")
            % {"date": timezone.localdate().strftime("%d.%m.%Y")}
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    with pdf.table(
        col_widths=(110, *([28] * len(report.periods))),
        text_align=("LEFT", *(["RIGHT"] * len(report.periods))),
        first_row_as_headings=True,
        line_height=6,
    ) as table:
        group = None
        header = table.row()
        for heading in report.as_rows()[0]:
            header.cell(_latin1(heading))
        for row in report.rows:
            if row.group != group:
                group = row.group
                group_row = table.row()
                group_row.cell(_latin1(group), colspan=len(report.periods) + 1)
            line = table.row()
            line.cell(_latin1(row.label))
            for value in row.values:
                line.cell(str(value))
    return bytes(pdf.output())


def report_pdf_response(report, filename):
    response = HttpResponse(report_pdf(report), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
    return response
