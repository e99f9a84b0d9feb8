"""Translations go through the same review (governance/translations.py, home/i18n.py):
a new translation is a draft, served as English until approved; a change to a live
translation is not public until approved; the parents wagtail-localize makes as
aliases stay out of that language's menus and are served as English; "Sync translated
pages" cannot publish past the review."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from governance import roles
from governance.translations import submit_for_review
from tests.governance.test_review import member, signed_in

PATH = "/parents-and-carers/signs-to-look-out-for/"


@pytest.fixture
def people(db):
    return {
        "editor": member("editor", roles.EDITORS),
        "reviewer": member("reviewer", roles.EDITORS),
        "root": member("root", is_superuser=True, is_staff=True),
    }


@pytest.fixture
def polish(demo_site):
    return Locale.objects.get(language_code="pl")


def english_page(path=PATH):
    return Page.objects.get(url_path=f"/home{path}", locale=Locale.get_default()).specific


def translate(client, page, locale):
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    return page.get_translation(locale).specific


def approve(client, page):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )


def test_a_new_translation_is_a_draft_served_as_english_until_approved(client, people, polish):
    editor = signed_in(people["editor"])
    draft = translate(editor, english_page(), polish)
    assert not draft.live

    response = client.get(f"/pl{PATH}")
    assert response.status_code == 200
    assert response["Content-Language"] == "en"  # the English page, never sent as Polish
    assert english_page().title in response.content.decode()

    translation = Translation.objects.get(
        target_locale=polish, source__object_id=draft.translation_key
    )
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert "This translation is a draft" in html and "Submit for review" in html
    confirm = reverse("governance_submit_translation", args=[translation.pk])
    assert "Submit the Polish translation" in editor.get(confirm).content.decode()
    editor.post(confirm)
    draft.refresh_from_db()
    assert draft.current_workflow_task.name == roles.COMMS_TASK and not draft.live
    assert client.get(f"/pl{PATH}")["Content-Language"] == "en"

    approve(editor, draft)  # refused: the translator
    draft.refresh_from_db()
    assert not draft.live
    approve(signed_in(people["reviewer"]), draft)
    draft.refresh_from_db()
    assert draft.live
    response = client.get(f"/pl{PATH}")
    assert response["Content-Language"] == "pl"


def test_the_alias_parents_stay_out_of_the_menus_and_are_served_as_english(client, people, polish):
    translate(signed_in(people["editor"]), english_page(), polish)
    parent = Page.objects.get(url_path="/home-2/parents-and-carers/")
    assert parent.alias_of_id and parent.live
    response = client.get("/pl/parents-and-carers/")
    assert response["Content-Language"] == "en"
    header = client.get("/pl/").content.decode().split("<main")[0]
    assert "/pl/parents-and-carers/" not in header
    home = client.get("/pl/").content.decode()
    assert 'href="/pl/parents-and-carers/"' not in home


def test_a_change_to_a_live_translation_waits_for_review(client, people, polish):
    """Saving what the translator wrote never writes to the live page."""
    english = english_page("/young-people/")
    live = english.get_translation(polish).specific
    before = live.title
    translation = Translation.objects.get(
        target_locale=polish, source__object_id=english.translation_key
    )
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.filter(
        translation_of=segment.string, locale=polish, context=segment.context
    ).update(data="Młodzi ludzie (zmienione)")

    submit_for_review(translation, people["editor"])
    live.refresh_from_db()
    assert live.title == before and live.has_unpublished_changes
    assert "Młodzi ludzie (zmienione)" not in client.get("/pl/young-people/").content.decode()

    # The children's sections need the panel too.
    approve(signed_in(people["reviewer"]), live)
    live.refresh_from_db()
    assert live.title == before
    assert live.current_workflow_task.name == roles.PANEL_TASK


def test_sync_translated_pages_cannot_publish_past_the_review(people, polish):
    english = english_page("/young-people/")
    source = Translation.objects.filter(source__object_id=english.translation_key).first().source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    editor = signed_in(people["editor"])
    html = editor.get(url).content.decode()
    assert 'name="publish_translations"' not in html
    live = english.get_translation(polish).specific
    revisions = live.revisions.count()
    editor.post(url, {"publish_translations": "on"})
    live.refresh_from_db()
    assert live.revisions.count() == revisions  # nothing published
    # A superuser (emergencies) still may.
    assert 'name="publish_translations"' in signed_in(people["root"]).get(url).content.decode()
