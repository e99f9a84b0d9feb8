"""Page tree rules, blocks and the helplines snippet."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from wagtail.blocks import StreamValue
from wagtail.models import Page

from audiences.models import AudiencePage, ContentPage
from home.blocks import BaseStreamBlock, CallToActionBlock, ImageBlock
from home.models import AccessibilityStatementPage, Helpline, HomePage


def test_editors_cannot_build_a_broken_tree():
    from audiences.models import BusinessSectorPage, CampaignPage
    from forms.models import ReportPage
    from measures.models import ReportFiguresPage
    from resources.models import ResourceIndexPage

    assert HomePage.allowed_parent_page_models() == [Page]
    assert set(HomePage.allowed_subpage_models()) == {
        AccessibilityStatementPage,
        AudiencePage,
        ContentPage,
        CampaignPage,
        ReportPage,
        ResourceIndexPage,
        ReportFiguresPage,
    }
    assert ReportFiguresPage.allowed_parent_page_models() == [HomePage]
    assert ReportFiguresPage.allowed_subpage_models() == []
    assert AudiencePage.allowed_parent_page_models() == [HomePage]
    assert set(AudiencePage.allowed_subpage_models()) == {
        ContentPage,
        CampaignPage,
        BusinessSectorPage,
    }
    assert set(ContentPage.allowed_parent_page_models()) == {
        HomePage,
        AudiencePage,
        ContentPage,
        CampaignPage,
        BusinessSectorPage,
    }
    assert ContentPage.allowed_subpage_models() == [ContentPage]
    assert ReportPage.allowed_parent_page_models() == [HomePage]
    assert ReportPage.allowed_subpage_models() == []


@pytest.mark.parametrize("model", [HomePage, AudiencePage, ContentPage])
def test_every_editor_field_has_help_text(model):
    inherited = {"title", "slug", "seo_title", "search_description", "show_in_menus"}
    for field in model._meta.get_fields():
        if not getattr(field, "editable", False) or field.name in inherited:
            continue
        if field.concrete and field.model is model or field.name in ("summary",):
            if field.auto_created or field.name.endswith("_ptr"):
                continue
            assert field.help_text, f"{model.__name__}.{field.name} has no help_text"


@pytest.mark.parametrize("model", [HomePage, AudiencePage, ContentPage])
def test_page_types_name_their_template_and_search_fields(model):
    assert model.template.startswith("pages/")
    names = {field.field_name for field in model.search_fields}
    assert {"title", "summary"} <= names


@pytest.mark.django_db
def test_call_to_action_needs_exactly_one_destination(demo_site):
    block = CallToActionBlock()
    base = {"heading": "Tell someone", "text": "", "button_label": "Report"}
    home_id = demo_site.root_page_id
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": home_id, "url": "https://example.org/"}))
    assert block.clean(block.to_python({**base, "page": None, "url": "https://example.org/"}))
    assert block.clean(block.to_python({**base, "page": home_id, "url": ""}))


def test_image_block_requires_alt_text():
    block = ImageBlock()
    assert block.child_blocks["alt_text"].required
    assert block.child_blocks["alt_text"].field.help_text


@pytest.mark.django_db
def test_blocks_render_their_content(demo_site):
    home = demo_site.root_page.specific
    body = StreamValue(
        BaseStreamBlock(),
        [
            ("callout", {"heading": "What to do now", "body": "<p>Call <b>999</b>.</p>"}),
            (
                "definition",
                {"title": "A definition", "quote": "Exact words.", "attribution": "Someone, 2017"},
            ),
            (
                "accordion",
                {"heading": "Questions", "items": [{"heading": "Q1", "body": "<p>A1</p>"}]},
            ),
            ("helplines", {"heading": "Who you can call", "helplines": []}),
            (
                "call_to_action",
                {"heading": "Next", "text": "Go", "page": home, "url": "", "button_label": "Go"},
            ),
        ],
    )
    html = body.render_as_block()
    assert '<h2 class="app-callout__heading govuk-heading-m">What to do now</h2>' in html
    assert "<blockquote" in html and "Exact words." in html
    assert "Someone, 2017</figcaption>" in html
    assert 'data-module="govuk-accordion"' in html and "A1" in html
    assert "0800 1111" in html
    assert f'href="{home.url}"' in html


@pytest.mark.django_db
def test_a_helpline_nobody_has_approved_is_not_shown_at_all(client, demo_site):
    """Not "to be confirmed": left out, with the approved ones shown instead."""
    Helpline.objects.create(name="Local front door", number="01234 000000", live=False)
    html = client.get("/").content.decode()
    assert "Local front door" not in html and "01234 000000" not in html
    assert "to be confirmed" not in html.lower()
    assert "0800 1111" in html  # the approved national ones are still there


@pytest.mark.django_db
def test_a_change_waiting_for_review_shows_the_approved_version(client, demo_site):
    helpline = Helpline.objects.get(name="Childline", locale__language_code="en")
    helpline.number = "0800 0000 000"
    helpline.save_revision()
    html = client.get("/").content.decode()
    assert "0800 1111" in html and "0800 0000 000" not in html


@pytest.mark.django_db
def test_deploy_check_lists_helplines_not_approved_or_waiting(demo_site, capsys):
    Helpline.objects.create(name="Local front door", number="", live=False)
    waiting = Helpline.objects.get(name="Childline", locale__language_code="en")
    waiting.description = "Changed"
    waiting.save_revision()
    from home.checks import unconfirmed_contacts

    messages = unconfirmed_contacts(databases=["default"])
    assert [message.id for message in messages] == ["home.W001", "home.W001"]
    text = " ".join(message.msg for message in messages)
    assert "'Local front door' (en) has never been approved" in text
    assert "'Childline' (en) has a change waiting for review" in text


@pytest.mark.django_db
def test_deploy_check_is_quiet_when_every_contact_is_confirmed(demo_site):
    from home.checks import unconfirmed_contacts
    from home.models import DemoSettings

    assert unconfirmed_contacts(databases=["default"]) == []
    DemoSettings.objects.update(demo_mode=False)  # as on the public site
    call_command("check", "--deploy", "--fail-level", "ERROR")


@pytest.mark.django_db
def test_breadcrumbs_and_navigation_mark_the_current_section(client, demo_site):
    html = client.get("/young-people/").content.decode()
    assert 'aria-current="page"' in html
    assert "govuk-service-navigation__item--active" in html
    content = client.get("/what-is-child-sexual-exploitation/").content.decode()
    assert '<ol class="govuk-breadcrumbs__list">' in content


@pytest.mark.django_db
@override_settings(PUBLIC_SITE_URL="https://knowandsee.example.org")
def test_check_deploy_with_the_database_lists_what_editors_must_confirm(demo_site):
    """`check --deploy --database default` is the pre-launch list of unconfirmed data."""
    from io import StringIO

    from home.models import DemoSettings

    DemoSettings.objects.update(demo_mode=False)  # as on the public site
    Helpline.objects.create(name="Local front door", number="", live=False)
    err = StringIO()
    call_command("check", "--deploy", "--database", "default", stderr=err, stdout=StringIO())
    report = err.getvalue()
    assert "home.W001" in report and "Local front door" in report
    assert "reports.W001" in report  # the councils' front doors are not confirmed yet
    assert "reports.W002" in report  # and no authority has a notification address


def test_the_helplines_block_starts_empty_and_may_stay_empty():
    from home.blocks import HelplinesBlock

    block = HelplinesBlock()
    default = block.get_default()
    assert list(default["helplines"]) == []
    assert list(block.clean(default)["helplines"]) == []
