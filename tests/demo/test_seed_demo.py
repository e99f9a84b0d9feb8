"""seed_demo builds the whole demo site, idempotently, from honest copy; and
ensure_dev_admin never runs outside local development."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils.html import strip_tags
from wagtail.models import Page, Revision, Site

from audiences.factories import AudiencePageFactory, ContentPageFactory
from audiences.models import AudiencePage, ContentPage
from demo.loaders import definitions
from home import defaults
from home.factories import HelplineFactory, HomePageFactory
from home.models import AccessibilityStatementPage, FooterLinks, Helpline, QuickExit

# The two quoted definitions, as the demo copy (demo/content/definitions.yaml) has them.
STATUTORY_DEFINITION = definitions()["statutory"]["quote"]
STATUTORY_DEFINITION_ATTRIBUTION = definitions()["statutory"]["attribution"]
YOUNG_PEOPLES_DEFINITION = definitions()["young_people"]["quote"]


AUDIENCES = [
    ("young-people", "young-people"),
    ("parents-and-carers", "parents-carers"),
    ("communities", "communities"),
    ("businesses", "businesses"),
    ("professionals", "professionals"),
    ("years-5-and-6", "years-5-6"),
]

# Only the fixed three-digit codes are written into the copy: every other number lives
# in the Helplines list, which the pages show (home/phone_numbers.py).
ALLOWED_NUMBERS = {"999", "101"}
# Digits, optionally in groups separated by single spaces: "0800 555 111", "2017".
NUMBER_RUN = re.compile(r"\+?\d+(?: \d+)*")


def seed():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def squash(text):
    """The same words whatever the line wrapping."""
    return " ".join(text.split())


def texts(value):
    """Every piece of text in stored stream data: no block ids, types or page ids."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in {"id", "type", "page"}:
                yield from texts(item)


def page_text(page):
    """The visible words of a page: title, summary, hero heading and body."""
    parts = [page.title, page.summary, getattr(page, "hero_heading", "")]
    parts += texts(list(page.body.raw_data))
    return squash(strip_tags(" ".join(parts)).replace("&nbsp;", " "))


def looks_like_a_phone_number(run):
    digits = re.sub(r"\D", "", run)
    return (
        run.startswith(("0", "+"))
        or len(digits) > 4
        # Three-digit service numbers such as 111 or 112.
        or (len(digits) == 3 and digits[0] in "19")
    )


def demo_pages():
    return [
        page.specific
        for page in Site.objects.get(is_default_site=True).root_page.get_descendants(inclusive=True)
    ]


@pytest.fixture
def seeded(demo_site):
    """The home page of the demo site (conftest's demo_site runs seed_demo once)."""
    return demo_site.root_page.specific


@pytest.mark.django_db
def test_seeding_twice_changes_nothing(seeded):
    pages = dict(Page.objects.values_list("id", "url_path"))
    revisions = Revision.objects.count()
    helplines = list(Helpline.objects.values_list("id", flat=True))

    output = seed()

    assert dict(Page.objects.values_list("id", "url_path")) == pages
    assert Revision.objects.count() == revisions
    assert list(Helpline.objects.values_list("id", flat=True)) == helplines
    assert "0 created, 0 updated" in output


@pytest.mark.django_db
def test_no_two_pages_share_a_slug_under_one_parent(seeded):
    for parent in Page.objects.all():
        slugs = list(parent.get_children().values_list("slug", flat=True))
        assert len(slugs) == len(set(slugs)), parent.url_path


@pytest.mark.django_db
def test_home_page_replaces_the_welcome_page_and_is_the_default_sites_root(seeded):
    site = Site.objects.get(is_default_site=True)
    assert Site.objects.count() == 1
    assert (site.hostname, site.port) == ("localhost", 80)
    assert site.site_name == "Pan-Cheshire: Know and See"
    assert site.root_page.specific == seeded
    assert seeded.slug == "home" and seeded.depth == 2 and seeded.live
    # Only the home page (and its translations) sits under the root: Wagtail's
    # welcome page is gone.
    children = Page.get_first_root_node().get_children()
    assert seeded.page_ptr in children
    assert {page.translation_key for page in children} == {seeded.translation_key}


@pytest.mark.django_db
def test_every_page_is_published_with_a_summary(seeded):
    for page in demo_pages():
        assert page.live and page.live_revision_id, page.url_path
        assert not page.has_unpublished_changes, page.url_path
        assert 0 < len(page.summary) <= 300, page.url_path


@pytest.mark.django_db
def test_audience_pages_in_order_in_the_menu(seeded):
    audience_pages = AudiencePage.objects.child_of(seeded).in_menu().order_by("path")
    assert [(page.slug, page.audience) for page in audience_pages] == AUDIENCES
    for page in audience_pages:
        assert page.live and page.show_in_menus
    # Nothing but the audiences is in the menu.
    assert list(seeded.get_children().in_menu().specific()) == list(audience_pages)


@pytest.mark.django_db
def test_shared_content_pages_sit_under_home(seeded):
    slugs = set(ContentPage.objects.child_of(seeded).values_list("slug", flat=True))
    assert {"what-is-child-sexual-exploitation", "privacy", "covering-your-tracks"} <= slugs
    assert AccessibilityStatementPage.objects.child_of(seeded).get().slug == "accessibility"


@pytest.mark.django_db
def test_an_accessibility_content_page_from_an_older_demo_is_replaced(seeded):
    """Earlier demos built the statement as a content page: seeding again replaces it."""
    AccessibilityStatementPage.objects.child_of(seeded).get().delete()
    old = ContentPageFactory(parent=seeded, slug="accessibility", title="Accessibility")
    seed()
    assert not ContentPage.objects.filter(pk=old.pk).exists()
    statement = AccessibilityStatementPage.objects.child_of(seeded).get()
    assert FooterLinks.for_site(Site.objects.get(is_default_site=True)).accessibility_page_id == (
        statement.pk
    )


@pytest.mark.django_db
def test_bodies_are_valid_for_editors(seeded):
    """Every body passes the same validation as the editor's form (lengths, a call to
    action with exactly one of page or url), so editors can save what the seed made."""
    for page in demo_pages():
        stream_block = type(page).body.field.stream_block
        stream_block.clean(page.body)
        # Only the Years 5 and 6 pages have pictures (tested in test_demo_copy).
        if "/years-5-and-6/" not in page.url_path:
            assert "image" not in [c.block_type for c in page.body], page.url_path


@pytest.mark.django_db
def test_internal_links_are_page_links(seeded):
    """Paths in the copy became links to pages, so they follow a page that moves."""
    for page in demo_pages():
        for text in texts(list(page.body.raw_data)):
            assert 'href="/' not in text, page.url_path


def definitions_in(page):
    return [child.value for child in page.body if child.block_type == "definition"]


@pytest.mark.django_db
def test_what_is_cse_quotes_both_definitions_side_by_side(seeded):
    page = ContentPage.objects.get(
        slug="what-is-child-sexual-exploitation", locale__language_code="en"
    )
    types = [child.block_type for child in page.body]
    first = types.index("definition")
    assert types[first + 1] == "definition"

    young, statutory = definitions_in(page)
    assert young["quote"] == YOUNG_PEOPLES_DEFINITION
    assert statutory["quote"] == STATUTORY_DEFINITION
    assert statutory["attribution"] == STATUTORY_DEFINITION_ATTRIBUTION
    assert "young people" in young["attribution"]


@pytest.mark.django_db
def test_young_peoples_page_opens_with_their_definition(seeded):
    page = AudiencePage.objects.get(slug="young-people", locale__language_code="en")
    first = page.body[0]
    assert first.block_type == "definition"
    assert first.value["quote"] == YOUNG_PEOPLES_DEFINITION
    assert "never your fault" in page_text(page)


@pytest.mark.django_db
def test_helplines_are_the_national_ones_and_the_two_online_routes(seeded):
    english = Helpline.objects.filter(locale__language_code="en")
    in_footer = list(english.filter(show_in_footer=True).order_by("sort_order"))
    assert [(h.name, h.number, h.description) for h in in_footer] == [
        tuple(row) for row in defaults.NATIONAL_HELPLINES
    ]
    online = list(english.filter(show_in_footer=False).order_by("sort_order"))
    assert [(h.name, h.website, h.description) for h in online] == [
        tuple(row) for row in defaults.NATIONAL_ONLINE_ROUTES
    ]
    assert all(h.live and not h.number for h in online)
    assert all(h.live for h in in_footer)
    # The translations keep the same numbers and websites.
    for helpline in Helpline.objects.exclude(locale__language_code="en"):
        original = helpline.get_translation(english.first().locale)
        assert (helpline.number, helpline.website, helpline.live) == (
            original.number,
            original.website,
            original.live,
        )


@pytest.mark.django_db
def test_site_settings_point_at_the_seeded_pages(seeded):
    site = Site.objects.get(is_default_site=True)
    assert QuickExit.url_for(site) == defaults.QUICK_EXIT_URL
    footer = FooterLinks.for_site(site)
    assert footer.privacy_page.slug == "privacy"
    assert footer.accessibility_page.slug == "accessibility"
    assert footer.covering_tracks_page.slug == "covering-your-tracks"


@pytest.mark.django_db
def test_no_phone_numbers_but_999_and_101(seeded):
    seen = set()
    for page in demo_pages():
        for run in NUMBER_RUN.findall(page_text(page)):
            if looks_like_a_phone_number(run):
                assert run in ALLOWED_NUMBERS, f"{run!r} on {page.url_path}"
                seen.add(run)
    assert seen == ALLOWED_NUMBERS  # the check did read the page bodies


@pytest.mark.django_db
def test_no_placeholder_text(seeded):
    for page in demo_pages():
        words = page_text(page).lower()
        for placeholder in ("lorem", "ipsum", "todo", "xxx", "tbc"):
            assert not re.search(rf"\b{placeholder}\b", words), (placeholder, page.url_path)


def test_phone_number_check_catches_invented_numbers():
    runs = NUMBER_RUN.findall("Call 0161 496 0000, 111 or 116 123. Ages 13 to 17, since 2017.")
    assert [run for run in runs if looks_like_a_phone_number(run)] == [
        "0161 496 0000",
        "111",
        "116 123",
    ]


@pytest.mark.django_db
def test_factories_build_a_small_tree():
    home = HomePageFactory(parent=Page.get_first_root_node())
    audience = AudiencePageFactory(parent=home, audience="parents-carers")
    page = ContentPageFactory(
        parent=audience,
        title="Signs",
        body=[("callout", {"heading": "What to do now", "body": "<p>Call 999.</p>"})],
    )
    assert audience.title == "Parents and carers" and audience.show_in_menus
    assert page.slug == "signs" and page.get_parent().specific == audience
    assert page.body[0].value["heading"] == "What to do now"
    # The factory takes the national helplines in turn (where the shared iterator
    # stands depends on earlier tests), live as the demo's starting point.
    helpline = HelplineFactory()
    national = {name: number for name, number, _ in defaults.NATIONAL_HELPLINES}
    assert national[helpline.name] == helpline.number
    assert helpline.live and not HelplineFactory(live=False).live


@pytest.mark.django_db
def test_ensure_dev_admin_refuses_outside_local_development():
    assert settings.DEBUG is False
    with pytest.raises(CommandError, match="only for local development"):
        call_command("ensure_dev_admin")
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_ensure_dev_admin_refuses_without_dev_credentials():
    with pytest.raises(CommandError, match="only for local development"):
        call_command("ensure_dev_admin")


@pytest.mark.django_db
@override_settings(DEBUG=True, DEV_ADMIN_USERNAME="admin", DEV_ADMIN_PASSWORD="local-only-admin")
def test_ensure_dev_admin_creates_then_updates_one_superuser():
    call_command("ensure_dev_admin", stdout=StringIO())
    user = get_user_model().objects.get(username="admin")
    user.set_password("something-else")
    user.is_superuser = False
    user.save()

    call_command("ensure_dev_admin", stdout=StringIO())

    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff and user.is_active
    assert user.check_password("local-only-admin")
