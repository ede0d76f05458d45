"""The participation demo (``data/participation.yaml``): the needs survey, translated, with a few answers."""

from django.conf import settings

from demo import seeding
from participation.models import SurveyFormField, SurveyPage, SurveySubmission, _choices


def seed_survey(log):
    data = seeding.content("participation")
    spec = data["survey"]
    home = seeding.german_home()
    survey = home.get_children().filter(slug=spec["slug"]).first()
    if survey is None:
        fields = {key: value for key, value in spec.items() if key != "questions"}
        survey = SurveyPage(**fields)
        for question in spec["questions"]:
            survey.form_fields.add(SurveyFormField(**question))
        home.add_child(instance=survey)
        survey.save_revision().publish()
        log(f"survey: {spec['title']}")
    survey = SurveyPage.objects.get(pk=survey.pk)

    pages = {settings.LANGUAGE_CODE: survey}
    for code, dictionary in seeding.catalogues("participation").items():
        pages[code] = SurveyPage.objects.get(pk=seeding.translate_page(survey, code, dictionary, log).pk)

    if SurveySubmission.objects.filter(page=survey).exists():
        return
    for answer in data["answers"]:
        page = pages.get(answer["language"])
        if page is None:
            continue
        fields = list(page.get_form_fields())
        values = {}
        for position, value in answer["answers"].items():
            field = fields[position]
            if isinstance(value, str):
                values[field.clean_name] = value
            else:
                options = _choices(field)
                chosen = [options[index] for index in value]
                values[field.clean_name] = chosen if field.field_type == "checkboxes" else chosen[0]
        form = page.get_form(values, page=page)
        if not form.is_valid():
            raise ValueError(f"Demo answer does not fit the survey: {form.errors.as_json()}")
        page.process_form_submission(form)
    log(f"survey answers: {len(data['answers'])}")
