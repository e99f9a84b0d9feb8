"""The campaign hub, the shared section blocks (Get help now, Top 10, made-up
stories), related pages and the demo data for them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from wagtail.blocks import StreamValue
from wagtail.models import Page, Revision

from audiences.blocks import CampaignAssetBlock, SectionStreamBlock
from audiences.factories import ContentPageFactory
from audiences.models import (
    Audience,
    AudiencePage,
    BusinessSectorPage,
    CampaignMoment,
    CampaignPage,
    ContentPage,
    LeadProfessional,
)
from demo.campaign import campaign_copy, seed_campaign_and_sectors, top_ten
from demo.library import library_copy
from home.blocks import StoryBlock, TopTenBlock
from home.models import Helpline
from resources.models import Resource

NEW_MODELS = [CampaignPage, BusinessSectorPage]
# The demo copy: the library titles the campaign offers, the Top 10, the library.
CAMPAIGN_RESOURCES = campaign_copy()["resources"]
TOP_TEN = top_ten()
RESOURCES = library_copy()["resources"]


@pytest.fixture
def seeded(demo_site):
    home = demo_site.root_page.specific
    seed_campaign_and_sectors(home)
    return home


def test_years_5_and_6_is_an_audience_and_old_values_stay():
    assert Audience.YEARS_5_6 == "years-5-6"
    assert Audience.YEARS_5_6.label == "Years 5 and 6 (ages 9 to 11)"
    assert {"young-people", "parents-carers", "communities", "businesses", "professionals"} < set(
        Audience.values
    )


def test_page_tree_rules_for_the_new_page_types():
    # A campaign may also sit under the home page once HomePage.subpage_types lists it.
    assert set(CampaignPage.parent_page_types) == {"home.HomePage", "audiences.AudiencePage"}
    assert AudiencePage in CampaignPage.allowed_parent_page_models()
    assert BusinessSectorPage.allowed_parent_page_models() == [AudiencePage]
    assert {CampaignPage, BusinessSectorPage, ContentPage} <= set(
        AudiencePage.allowed_subpage_models()
    )
    assert CampaignPage.allowed_subpage_models() == [ContentPage]
    assert BusinessSectorPage.allowed_subpage_models() == [ContentPage]


@pytest.mark.parametrize(
    "model", [CampaignPage, BusinessSectorPage, CampaignMoment, LeadProfessional]
)
def test_every_editor_field_has_help_text(model):
    inherited = {"title", "slug", "seo_title", "search_description", "show_in_menus"}
    for field in model._meta.get_fields():
        if not getattr(field, "editable", False) or field.name in inherited:
            continue
        if not field.concrete or field.auto_created or field.name.endswith("_ptr"):
            continue
        if field.model is Page or field.name in ("locale", "translation_key", "sort_order", "page"):
            continue
        if field.name in ("go_live_at", "expire_at", "first_published_at"):
            continue  # Wagtail's own scheduling fields (DraftStateMixin), not in the panels
        assert field.help_text, f"{model.__name__}.{field.name} has no help_text"


@pytest.mark.parametrize("model", NEW_MODELS)
def test_page_types_name_their_template_and_search_fields(model):
    assert model.template.startswith("pages/")
    names = {field.field_name for field in model.search_fields}
    assert {"title", "summary", "signs", "what_to_do", "body"} <= names


@pytest.mark.parametrize("name", list(SectionStreamBlock.base_blocks))
def test_every_section_block_describes_itself(name):
    block = SectionStreamBlock.base_blocks[name]
    assert block.meta.icon and block.meta.label and block.meta.description, name
    assert block.meta.template.startswith("components/streamfield/"), name


def render(blocks):
    return StreamValue(SectionStreamBlock(), blocks).render_as_block()


# Campaign hub ------------------------------------------------------------------------


@pytest.mark.django_db
def test_campaign_page_shows_signs_what_to_do_and_dates_by_date(client, seeded):
    page = CampaignPage.objects.get(slug="know-and-see", locale__language_code="en")
    today = timezone.localdate()
    page.moments = [
        CampaignMoment(date=today + datetime.timedelta(days=40), title="Later day"),
        CampaignMoment(date=today - datetime.timedelta(days=400), title="Long ago day"),
        CampaignMoment(date=today, title="Today day"),
        CampaignMoment(date=today - datetime.timedelta(days=3), title="Recent day"),
    ]
    page.save_revision().publish()

    html = client.get("/know-and-see/").content.decode()
    assert "The more you know, the more you see" in html
    assert "A child has gifts, money or a new phone that nobody can explain." in html
    assert "What to do if you see them" in html and "999" in html
    coming, past = html.split("Coming up")[1].split("Past dates")
    # Coming dates soonest first (today counts as coming); past dates latest first.
    assert coming.index("Today day") < coming.index("Later day")
    assert "Recent day" not in coming and "Long ago day" not in coming
    assert past.index("Recent day") < past.index("Long ago day")
    assert f'datetime="{today:%Y-%m-%d}"' in coming


@pytest.mark.django_db
def test_campaign_assets_link_documents_with_type_and_size(client, seeded):
    html = client.get("/know-and-see/").content.decode()
    assert "Know and See: text for newsletters" in html
    assert "TXT, 1.1" in html
    assert "/documents/" in html
    # The sector pages' posters are offered too.
    assert "Poster for taxi and private hire" in html


@pytest.mark.django_db
def test_campaign_lists_library_resources_through_their_download_urls(client, seeded):
    page = CampaignPage.objects.get(slug="know-and-see", locale__language_code="en")
    chosen = [child.value for child in page.assets if child.block_type == "resource"]
    assert [resource.title for resource in chosen] == CAMPAIGN_RESOURCES

    with CaptureQueriesContext(connection) as captured:
        html = client.get("/know-and-see/").content.decode()
    assets = html.split("Posters and materials to download")[1]
    for resource in chosen:
        assert f'href="/resources/{resource.pk}/download/"' in assets, resource.title
        assert escape(resource.title) in assets and escape(resource.summary) in assets
        assert resource.file_description in assets  # "PDF, 3 KB"
    assert "Lesson plan" in assets and "Poster" in assets
    # Each resource's audiences come in one query, not one per resource.
    audience_queries = [q for q in captured.captured_queries if "resources_audience" in q["sql"]]
    assert len(audience_queries) == 1


def test_the_campaign_uses_resources_the_demo_library_has():
    assert set(CAMPAIGN_RESOURCES) <= {spec.title for spec in RESOURCES}


@pytest.mark.django_db
def test_a_resource_that_leads_nowhere_is_left_out(client, seeded):
    page = CampaignPage.objects.get(slug="know-and-see", locale__language_code="en")
    resource = Resource.objects.get(title=CAMPAIGN_RESOURCES[0])
    Resource.objects.filter(pk=resource.pk).update(document=None, file_extension="")
    html = client.get(page.url).content.decode()
    assert f"/resources/{resource.pk}/download/" not in html
    assert CAMPAIGN_RESOURCES[1] in html


def test_a_campaign_asset_is_a_document_or_a_page_not_both():
    block = CampaignAssetBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Poster", "document": None, "page": None}))


@pytest.mark.django_db
def test_demo_campaign_invents_no_dates(client, seeded):
    """Only the partnership knows its events: the demo has none, and the page then
    shows no dates section at all."""
    page = CampaignPage.objects.get(slug="know-and-see", locale__language_code="en")
    assert not page.moments.exists()
    assert "Campaign dates" not in client.get("/know-and-see/").content.decode()


@pytest.mark.django_db
def test_demo_pages_pass_the_editors_validation(seeded):
    """Editors can save what the seed made: every StreamField passes the form's checks."""
    pages = [
        *CampaignPage.objects.all(),
        *BusinessSectorPage.objects.all(),
        ContentPage.objects.get(slug="top-10-things-you-need-to-know"),
        ContentPage.objects.get(slug="lead-professionals-and-local-procedures"),
    ]
    for page in pages:
        for field in page._meta.get_fields():
            if hasattr(field, "stream_block"):
                field.stream_block.clean(getattr(page, field.name))
        page.full_clean()


@pytest.mark.django_db
def test_seeding_again_changes_nothing(seeded):
    pages = dict(Page.objects.values_list("id", "url_path"))
    revisions = Revision.objects.count()
    leads = list(LeadProfessional.objects.values_list("id", flat=True))

    seed_campaign_and_sectors(seeded)

    assert dict(Page.objects.values_list("id", "url_path")) == pages
    assert Revision.objects.count() == revisions
    assert list(LeadProfessional.objects.values_list("id", flat=True)) == leads


@pytest.mark.django_db
def test_seeding_puts_back_what_an_editor_changed(seeded):
    page = CampaignPage.objects.get(slug="know-and-see", locale__language_code="en")
    page.strapline = "Something else"
    page.save_revision().publish()
    seed_campaign_and_sectors(seeded)
    page.refresh_from_db()
    assert page.strapline == "The more you know, the more you see"


# Top 10 --------------------------------------------------------------------------------


def top_ten_value(count):
    return {
        "heading": "Top 10 things you need to know",
        "items": [{"title": f"Thing {n}", "body": f"<p>About {n}</p>"} for n in range(count)],
    }


def test_top_ten_renders_an_ordered_list_in_the_editors_order():
    html = render([("top_ten", top_ten_value(3))])
    assert '<ol class="app-top-ten__list" role="list">' in html
    assert html.index("Thing 0") < html.index("Thing 1") < html.index("Thing 2")
    assert html.count('<li class="app-top-ten__item">') == 3


def test_top_ten_takes_one_to_ten_items():
    block = TopTenBlock()
    block.clean(block.to_python(top_ten_value(10)))
    block.clean(block.to_python(top_ten_value(1)))
    for count in (0, 11):
        with pytest.raises(ValidationError):
            block.clean(block.to_python(top_ten_value(count)))


@pytest.mark.django_db
def test_demo_top_ten_page_for_young_people(client, seeded):
    page = ContentPage.objects.get(slug="top-10-things-you-need-to-know")
    assert page.get_parent().slug == "young-people"
    html = client.get(page.url).content.decode()
    assert html.count('<li class="app-top-ten__item">') == 10 == len(TOP_TEN)
    for words in ("never your fault", "Secrets", "online", "nudes", "safe adult", "0800 1111"):
        assert words in html, words
    assert 'href="tel:999"' in html


# Stories -------------------------------------------------------------------------------


def test_story_is_always_labelled_made_up():
    html = render(
        [
            (
                "story",
                {
                    "title": "Jay and the new friend",
                    "shows": "It shows how grooming can start.",
                    "body": "<p>Jay met someone online.</p>",
                },
            )
        ]
    )
    label = html.index("This story is made up.")
    assert (
        label
        < html.index("It shows how grooming can start.")
        < html.index("Jay and the new friend")
    )
    # The label is in the template, not a field an editor could empty.
    assert all("made up" not in str(b.meta.default) for b in StoryBlock().child_blocks.values())


# Get help now --------------------------------------------------------------------------


@pytest.mark.django_db
def test_get_help_now_uses_the_helplines_list_and_the_report_pages(seeded):
    Helpline.objects.filter(name="Crimestoppers").update(live=False)
    Helpline.objects.create(name="A new helpline", number="0800 1111")
    html = render([("get_help_now", {"heading": "Get help now", "text": ""})])
    assert 'href="tel:999"' in html
    assert "Childline" in html and 'href="tel:08001111"' in html
    assert "0808 800 5000" in html
    assert "A new helpline" in html
    # Not approved (live): left out, never "to be confirmed".
    assert "Crimestoppers" not in html and "0800 555 111" not in html
    assert "to be confirmed" not in html.lower()
    for slug in ("report-a-concern", "share-information"):
        if Page.objects.filter(slug=slug, live=True).exists():
            assert f'href="/{slug}/"' in html, slug


@pytest.mark.django_db
def test_every_audience_page_ends_with_get_help_now(client, seeded):
    for page in AudiencePage.objects.live().filter(locale__language_code="en"):
        html = client.get(page.url).content.decode()
        panel = html.rindex('class="app-get-help"')
        assert panel > html.index("</h1>"), page.url
        assert "In danger now?" in html[panel:], page.url


@pytest.mark.django_db
def test_get_help_now_shares_the_chromes_report_pages(client, seeded):
    """The header and the panel show the same pages, looked up once per request."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/young-people/").status_code == 200
    report_queries = [q["sql"] for q in captured.captured_queries if "reportpage" in q["sql"]]
    assert len(report_queries) == 2  # the pages, then their specific fields


# Related pages -------------------------------------------------------------------------


@pytest.mark.django_db
def test_related_pages_are_children_then_siblings_at_most_five(client, seeded):
    section = AudiencePage.objects.get(slug="parents-and-carers")
    page = ContentPageFactory(parent=section, title="Apps and settings")
    children = [ContentPageFactory(parent=page, title=f"Child {n}") for n in range(2)]
    siblings = [ContentPageFactory(parent=section, title=f"Sibling {n}") for n in range(5)]
    ContentPageFactory(parent=children[0], title="Grandchild")

    with CaptureQueriesContext(connection) as captured:
        related = page.related_pages()
    # View restrictions (public()), the pages, then their specific fields (one type).
    assert len(captured) == 3
    assert related[:2] == children
    assert len(related) == 5 and page not in related
    assert all(p in siblings or p.get_parent().specific == section for p in related[2:])

    html = client.get(page.url).content.decode()
    assert "Related pages" in html and "Child 0" in html and "Grandchild" not in html
