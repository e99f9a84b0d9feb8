"""The resource library: the model's rules, file details, filters and their counts,
pagination, a query count that does not grow with the library, download counting,
the admin, the list block and the demo library."""

import datetime
import re
import uuid

import pytest
from django.apps import apps

if not apps.is_installed("resources"):
    pytest.skip(
        "the resources app is not wired in yet: add 'resources' to INSTALLED_APPS "
        "and include resources.urls at /resources/",
        allow_module_level=True,
    )

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from audiences.models import Audience as SiteAudience  # noqa: E402
from demo.library import library_copy, seed_resources  # noqa: E402
from home.factories import HomePageFactory  # noqa: E402
from home.models import HomePage  # noqa: E402
from resources.blocks import ResourceListBlock  # noqa: E402
from resources.factories import (  # noqa: E402
    AudienceFactory,
    PdfDocumentFactory,
    ResourceFactory,
    ResourceIndexPageFactory,
    TopicFactory,
)
from resources.models import (  # noqa: E402
    Audience,
    Format,
    Resource,
    ResourceIndexPage,
    Topic,
    human_file_size,
)
from resources.pdf import make_pdf  # noqa: E402

RESOURCES = library_copy()["resources"]  # the demo library's copy

ALLOWED_NUMBERS = {"999", "101", "0800 1111", "0808 800 5000", "0800 555 111"}
NUMBER_RUN = re.compile(r"\+?\d+(?: \d+)*")
NEXT_YEAR = datetime.date.today() + datetime.timedelta(days=365)


# Fixtures ------------------------------------------------------------------------


@pytest.fixture
def home(db):
    """A home page that is the default site's root, as on the real site."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def library_page(home):
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def terms(db):
    """Two audiences and two topics, looked up by slug."""
    return {
        "yp": AudienceFactory(name="Young people", slug="young-people"),
        "parents": AudienceFactory(name="Parents and carers", slug="parents-carers"),
        "grooming": TopicFactory(name="Grooming", slug="grooming"),
        "online": TopicFactory(name="Online safety", slug="online-safety"),
    }


@pytest.fixture
def known_library(library_page, terms):
    """Four listed resources whose counts are worked out by hand in the tests, plus one
    that leads nowhere and one in another language, which must never be counted."""
    t = terms
    made = {
        "r1": ResourceFactory(
            title="R1 secrets",
            audiences=[t["yp"]],
            topics=[t["grooming"]],
            format=Format.LEAFLET,
            min_age=9,
            max_age=11,
        ),
        "r2": ResourceFactory(
            title="R2 games",
            audiences=[t["yp"], t["parents"]],
            topics=[t["online"]],
            format=Format.POSTER,
            min_age=12,
            max_age=14,
        ),
        "r3": ResourceFactory(
            title="R3 signs",
            audiences=[t["parents"]],
            topics=[t["grooming"], t["online"]],
            format=Format.LEAFLET,
            min_age=18,
            max_age=None,
        ),
        "r4": ResourceFactory(
            title="R4 film",
            audiences=[t["parents"]],
            format=Format.VIDEO,
            min_age=13,
            max_age=None,
        ),
    }
    hidden = ResourceFactory(title="R5 nowhere", audiences=[t["yp"]], external_url="")
    assert hidden.destination_kind == ""
    french = Locale.objects.create(language_code="fr")
    ResourceFactory(title="R6 en francais", locale=french, audiences=[t["yp"]])
    return made


def library_for(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response, response.context["library"]


def counts(library):
    return {
        group.name: {option.value: option.count for option in group.options}
        for group in library.groups
    }


def titles(library):
    return [resource.title for resource in library.resources]


# The model's rules -----------------------------------------------------------------


def valid_resource(**overrides):
    fields = {
        "title": "A leaflet",
        "summary": "What to look out for.",
        "format": Format.LEAFLET,
        "min_age": 18,
        "review_date": NEXT_YEAR,
        "external_url": "https://www.nspcc.org.uk/",
        "locale": Locale.get_default(),
    }
    return Resource(**{**fields, **overrides})


@pytest.mark.django_db
def test_a_resource_leads_to_exactly_one_place(home):
    document = PdfDocumentFactory()
    with pytest.raises(ValidationError) as nothing:
        valid_resource(external_url="").full_clean()
    assert {"document", "page", "external_url"} <= set(nothing.value.message_dict)

    with pytest.raises(ValidationError) as two:
        valid_resource(document=document).full_clean()
    assert set(two.value.message_dict) == {"document", "external_url"}

    with pytest.raises(ValidationError) as three:
        valid_resource(document=document, page=home).full_clean()
    assert {"document", "page", "external_url"} <= set(three.value.message_dict)

    valid_resource().full_clean()
    valid_resource(external_url="", document=document).full_clean()
    valid_resource(external_url="", page=home).full_clean()


@pytest.mark.django_db
def test_review_date_is_required():
    with pytest.raises(ValidationError) as error:
        valid_resource(review_date=None).full_clean()
    assert "review_date" in error.value.message_dict


@pytest.mark.django_db
def test_age_range_and_summary_length_are_checked():
    with pytest.raises(ValidationError) as error:
        valid_resource(min_age=14, max_age=11).full_clean()
    assert "max_age" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        valid_resource(summary="x" * 301).full_clean()
    assert "summary" in error.value.message_dict


@pytest.mark.parametrize(
    ("min_age", "max_age", "shown"),
    [(9, 11, "9 to 11"), (13, None, "13 and over"), (18, None, "Adults"), (10, 10, "10")],
)
def test_age_range_reads_plainly(min_age, max_age, shown):
    assert str(Resource(min_age=min_age, max_age=max_age).age_range) == shown


def test_every_editor_field_has_help_text():
    for model in (Resource, Audience, Topic, ResourceIndexPage):
        own = [
            field
            for field in model._meta.get_fields()
            if getattr(field, "editable", False)
            and field.concrete
            and field.model is model
            and not field.auto_created
            and not field.name.endswith("_ptr")
            and field.name not in {"locale", "translation_key", "sort_order"}
            # Wagtail's own scheduling fields (DraftStateMixin), not in the panels.
            and field.name not in {"go_live_at", "expire_at", "first_published_at"}
        ]
        assert own, model
        for field in own:
            assert field.help_text, f"{model.__name__}.{field.name} has no help_text"


def test_library_page_sits_under_home_only():
    assert ResourceIndexPage.allowed_parent_page_models() == [HomePage]
    assert ResourceIndexPage.allowed_subpage_models() == []
    assert ResourceIndexPage.max_count_per_parent == 1
    assert ResourceIndexPage.template == "pages/resource_index_page.html"


# File type and size ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "shown"),
    [(300, "1 KB"), (240 * 1024, "240 KB"), (1536 * 1024, "1.5 MB"), (2 * 1024 * 1024, "2 MB")],
)
def test_human_file_size(size, shown):
    assert human_file_size(size) == shown


@pytest.mark.django_db
def test_file_type_and_size_are_copied_from_the_document_when_saved():
    document = PdfDocumentFactory(title="Signs", pdf_blocks=[("p", "Call 999.")])
    resource = ResourceFactory(external_url="", document=document)
    resource.refresh_from_db()
    assert resource.file_extension == "pdf"
    assert resource.file_size == document.file_size > 0
    assert re.fullmatch(r"PDF, \d+ KB", resource.file_description)

    # An editor replaces the file: the resource follows without being saved itself.
    document.file.save("bigger.txt", ContentFile(b"Plain words."), save=False)
    document.file_size = 2 * 1024 * 1024
    document.save()
    resource.refresh_from_db()
    assert resource.file_description == "TXT, 2 MB"

    # Changing to a link clears the file details.
    resource.document, resource.external_url = None, "https://www.childline.org.uk/"
    resource.save()
    assert resource.file_description == ""


@pytest.mark.django_db
def test_listing_never_opens_the_files(client, library_page, terms):
    document = PdfDocumentFactory(title="Poster")
    ResourceFactory(title="Poster", external_url="", document=document, audiences=[terms["yp"]])
    document.file.storage.delete(document.file.name)  # the library must not notice
    response = client.get(library_page.url)
    assert re.search(r"PDF, \d+ KB", response.content.decode())


# Filters and counts ----------------------------------------------------------------


@pytest.mark.django_db
def test_with_no_filters_every_listed_resource_in_this_language_is_counted(client, known_library):
    page = ResourceIndexPage.objects.get()
    _, library = library_for(client, page)
    assert titles(library) == ["R1 secrets", "R2 games", "R3 signs", "R4 film"]
    assert counts(library) == {
        "audience": {"young-people": 2, "parents-carers": 3},
        "topic": {"grooming": 2, "online-safety": 2},
        "format": {
            "leaflet": 2,
            "poster": 1,
            "lesson-plan": 0,
            "video": 1,
            "web-guide": 0,
            "toolkit": 0,
        },
        "age": {"9-11": 1, "12-14": 2, "15-17": 1, "adults": 2},
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?audience=parents-carers", ["R2 games", "R3 signs", "R4 film"]),
        ("?topic=grooming", ["R1 secrets", "R3 signs"]),
        ("?format=leaflet", ["R1 secrets", "R3 signs"]),
        ("?age=9-11", ["R1 secrets"]),
        ("?age=15-17", ["R4 film"]),
        ("?age=adults", ["R3 signs", "R4 film"]),
        # Options within a group widen the results...
        (
            "?audience=young-people&audience=parents-carers",
            ["R1 secrets", "R2 games", "R3 signs", "R4 film"],
        ),
        ("?age=9-11&age=adults", ["R1 secrets", "R3 signs", "R4 film"]),
        # ...and groups narrow them.
        ("?audience=parents-carers&topic=grooming", ["R3 signs"]),
        ("?format=leaflet&age=adults", ["R3 signs"]),
        ("?audience=young-people&format=video", []),
    ],
)  # fmt: skip
def test_each_filter_and_combinations(client, known_library, query, expected):
    page = ResourceIndexPage.objects.get()
    _, library = library_for(client, page, query)
    assert titles(library) == expected
    assert library.count == len(expected)


@pytest.mark.django_db
def test_counts_follow_the_other_groups_choices(client, known_library):
    page = ResourceIndexPage.objects.get()
    _, library = library_for(client, page, "?audience=parents-carers&topic=grooming")
    found = counts(library)
    # Audience counts use the topic filter only; topic counts use the audience only.
    assert found["audience"] == {"young-people": 1, "parents-carers": 1}
    assert found["topic"] == {"grooming": 1, "online-safety": 2}
    # Format and age counts use both.
    assert found["format"]["leaflet"] == 1 and sum(found["format"].values()) == 1
    assert found["age"] == {"9-11": 0, "12-14": 0, "15-17": 0, "adults": 1}


@pytest.mark.django_db
def test_the_form_shows_choices_counts_and_how_to_clear_them(client, known_library):
    page = ResourceIndexPage.objects.get()
    response, library = library_for(client, page, "?audience=parents-carers&topic=grooming")
    html = response.content.decode()
    assert 'method="get"' in html and "Apply filters" in html
    checked = re.findall(r'id="filter-(\S+)"[^>]*checked', html)
    assert checked == ["audience-parents-carers", "topic-grooming"]
    assert re.search(r"Parents and carers\s*<span[^>]*>\(1<", html)
    assert [(a.label, a.remove_url) for a in library.active_filters] == [
        ("Parents and carers", "/resources/?topic=grooming"),
        ("Grooming", "/resources/?audience=parents-carers"),
    ]
    assert 'href="/resources/">Clear all filters' in html
    assert "1 resource" in html


@pytest.mark.django_db
def test_unknown_filter_values_are_ignored(client, known_library):
    page = ResourceIndexPage.objects.get()
    query = "?audience=nobody&topic=&format=zine&age=old&topic=<script>&colour=red"
    response, library = library_for(client, page, query)
    assert library.count == 4
    assert library.active_filters == []
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_a_resource_leading_nowhere_or_to_a_draft_page_is_not_listed(client, home, terms):
    page = ResourceIndexPageFactory(parent=home)
    draft = HomePageFactory(parent=Page.get_first_root_node(), live=False)
    ResourceFactory(title="Draft", external_url="", page=draft, audiences=[terms["yp"]])
    ResourceFactory(title="Live", external_url="", page=home, audiences=[terms["yp"]])
    _, library = library_for(client, page)
    assert titles(library) == ["Live"]


# Pagination ------------------------------------------------------------------------


@pytest.fixture
def twenty_five(library_page, terms):
    for n in range(25):
        ResourceFactory(title=f"Resource {n:02d}", audiences=[terms["yp"]])
    return library_page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_param", "number", "first_title"),
    [
        ("", 1, "Resource 00"),
        ("?page=2", 2, "Resource 10"),
        ("?page=3", 3, "Resource 20"),
        ("?page=abc", 1, "Resource 00"),
        ("?page=9999", 3, "Resource 20"),
        ("?page=-1", 3, "Resource 20"),
        ("?page=", 1, "Resource 00"),
    ],
)
def test_pages_of_results_and_bad_page_numbers(
    client, twenty_five, page_param, number, first_title
):
    response, library = library_for(client, twenty_five, page_param)
    assert library.page.number == number
    assert library.resources[0].title == first_title
    assert len(library.resources) == (5 if number == 3 else 10)
    assert 'class="govuk-pagination"' in response.content.decode()


@pytest.mark.django_db
def test_page_links_keep_the_filters(client, twenty_five):
    _, library = library_for(client, twenty_five, "?audience=young-people&page=2")
    assert library.previous_url == "/resources/?audience=young-people"
    assert library.next_url == "/resources/?audience=young-people&page=3"
    assert [(link.number, link.current) for link in library.page_links] == [
        (1, False),
        (2, True),
        (3, False),
    ]


@pytest.mark.django_db
def test_long_runs_of_pages_collapse_to_an_ellipsis(client, twenty_five, monkeypatch):
    monkeypatch.setattr(ResourceIndexPage, "results_per_page", 2)  # 13 pages
    _, library = library_for(client, twenty_five, "?page=6")
    assert [link.number for link in library.page_links] == [1, None, 5, 6, 7, None, 13]
    _, library = library_for(client, twenty_five, "?page=3")
    assert [link.number for link in library.page_links] == [1, 2, 3, 4, None, 13]


# Queries do not grow with the library ----------------------------------------------


def add_resources(count, start, terms, locale):
    formats = list(Format.values)
    made = Resource.objects.bulk_create(
        [
            Resource(
                title=f"Bulk {start + n:05d}",
                summary="A resource made in bulk for the query count test.",
                format=formats[n % len(formats)],
                min_age=9 + n % 10,
                max_age=None if n % 3 else 17,
                external_url="https://www.nspcc.org.uk/",
                review_date=NEXT_YEAR,
                co_production_credit="Made with a youth group",
                locale=locale,
                translation_key=uuid.uuid4(),
            )
            for n in range(count)
        ]
    )
    through_audience = Resource._meta.get_field("audiences").remote_field.through
    through_topic = Resource._meta.get_field("topics").remote_field.through
    through_audience.objects.bulk_create(
        through_audience(resource_id=r.pk, audience_id=terms[("yp", "parents")[i % 2]].pk)
        for i, r in enumerate(made)
    )
    through_topic.objects.bulk_create(
        through_topic(resource_id=r.pk, topic_id=terms["grooming"].pk) for r in made
    )


def queries_for(client, url):
    """(all queries, the library's own queries) for one request to url."""
    client.get(url)  # warm the site and page caches
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    sql = [query["sql"] for query in context.captured_queries]
    library = [q for q in sql if '"resources_' in q and "resourceindexpage" not in q]
    return len(sql), len(library)


@pytest.mark.django_db
def test_the_same_number_of_queries_for_10_and_1000_resources(
    client, library_page, terms, settings
):
    settings.PAGE_CACHE_ENABLED = False  # count a render, not a page-cache hit
    locale = Locale.get_default()
    urls = [
        library_page.url,
        library_page.url + "?audience=parents-carers&topic=grooming&format=poster&age=12-14",
        library_page.url + "?age=9-11&age=adults&page=2",
    ]
    add_resources(10, 0, terms, locale)
    at_10 = [queries_for(client, url) for url in urls]
    add_resources(990, 10, terms, locale)
    at_1000 = [queries_for(client, url) for url in urls]
    assert Resource.objects.count() == 1000
    assert at_10 == at_1000, (at_10, at_1000)
    # The library's share: four counts, the total, one page of results and their
    # audiences (resources.library says which); the audiences and topics to filter by
    # come from the page cache once warm.
    assert {library for _, library in at_1000} == {7}, at_1000


# Downloads -------------------------------------------------------------------------


def row_counts():
    with connection.cursor() as cursor:
        counted = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
            counted[table] = cursor.fetchone()[0]
        return counted


@pytest.mark.django_db
def test_a_download_adds_one_and_sends_the_visitor_on(client, home):
    document = PdfDocumentFactory(title="Checklist")
    by_document = ResourceFactory(external_url="", document=document)
    by_page = ResourceFactory(external_url="", page=home)
    by_link = ResourceFactory(external_url="https://www.childline.org.uk/")
    expected = {by_document: document.url, by_page: "/", by_link: "https://www.childline.org.uk/"}
    rows_before = row_counts()

    for resource, target in expected.items():
        url = reverse("resources:download", args=[resource.pk])
        assert url == f"/resources/{resource.pk}/download/"
        for clicks in (1, 2):
            response = client.get(url)
            assert response.status_code == 302
            assert response["Location"] == target
            assert "Set-Cookie" not in response and not response.cookies
            assert "no-store" in response["Cache-Control"]
            resource.refresh_from_db()
            assert resource.download_count == clicks

    assert row_counts() == rows_before  # no row per visit, anywhere
    assert not client.cookies


@pytest.mark.django_db
def test_head_requests_are_not_counted_and_dead_links_are_not_followed(client):
    resource = ResourceFactory()
    url = reverse("resources:download", args=[resource.pk])
    assert client.head(url).status_code == 302
    assert client.post(url).status_code == 405
    resource.refresh_from_db()
    assert resource.download_count == 0

    nowhere = ResourceFactory(external_url="")
    assert client.get(reverse("resources:download", args=[nowhere.pk])).status_code == 404
    assert client.get("/resources/999999/download/").status_code == 404


@pytest.mark.django_db
def test_the_library_links_through_the_counter(client, known_library):
    page = ResourceIndexPage.objects.get()
    html = client.get(page.url).content.decode()
    r1 = known_library["r1"]
    assert f'href="/resources/{r1.pk}/download/" rel="nofollow">R1 secrets</a>' in html
    assert "nspcc.org.uk (another website)" in html


# The admin and the list block ------------------------------------------------------


@pytest.mark.django_db
def test_the_admin_lists_and_edits_resources(admin_client, known_library):
    resource = known_library["r3"]
    for url in (
        "/admin/snippets/resources/resource/",
        "/admin/snippets/resources/resource/?format=leaflet",
        "/admin/snippets/resources/resource/add/",
        f"/admin/snippets/resources/resource/edit/{resource.pk}/",
        "/admin/snippets/resources/topic/",
        "/admin/snippets/resources/audience/",
    ):
        assert admin_client.get(url).status_code == 200, url
    listing = admin_client.get("/admin/snippets/resources/resource/").content.decode()
    assert "Nothing: not listed" in listing  # R5 is visible to editors, not the public


@pytest.mark.django_db
def test_resource_list_block_shows_matching_resources_and_links_to_the_library(
    rf, known_library, terms
):
    block = ResourceListBlock()
    value = block.to_python(
        {"heading": "For parents", "audience": terms["parents"].pk, "topic": None, "limit": 2}
    )
    html = block.render(value, context={"request": rf.get("/")})
    assert html.count('class="app-resource"') == 2
    assert "R2 games" in html and "R3 signs" in html and "R1 secrets" not in html
    assert 'href="/resources/?audience=parents-carers"' in html


# The demo library ------------------------------------------------------------------


def pdf_text(content):
    assert content.startswith(b"%PDF-1.4")
    text = content.decode("latin-1")
    # Every cross-reference points at the object it names.
    start = int(re.search(r"startxref\n(\d+)", text)[1])
    assert text[start:].startswith("xref")
    offsets = re.findall(r"(\d{10}) 00000 n", text)
    for number, offset in enumerate(offsets, start=1):
        assert text[int(offset) :].startswith(f"{number} 0 obj"), number
    return " ".join(re.findall(r"\((.*?)\) Tj", text))


def test_pdf_writer_makes_a_well_formed_file():
    content = make_pdf("Title (with brackets)", [("p", "Word " * 3000), ("li", "A point")])
    text = pdf_text(content)
    assert "Title \\(with brackets\\)" in text
    # Long text flows onto more pages.
    assert int(re.search(r"/Count (\d+)", content.decode("latin-1"))[1]) > 1


def phone_like(run):
    digits = re.sub(r"\D", "", run)
    return run.startswith(("0", "+")) or len(digits) > 4 or (len(digits) == 3 and digits[0] in "19")


def test_demo_copy_uses_only_the_allowed_numbers_and_names_no_child():
    for spec in RESOURCES:
        words = [spec.title, spec.summary]
        if hasattr(spec.target, "blocks"):
            words.append(pdf_text(make_pdf(spec.title, spec.target.blocks)))
        for run in NUMBER_RUN.findall(" ".join(words)):
            if phone_like(run):
                assert run in ALLOWED_NUMBERS, (run, spec.title)
        for placeholder in ("lorem", "ipsum", "todo", "tbc"):
            assert placeholder not in " ".join(words).lower(), spec.title
        if spec.credit:
            assert re.match(
                r"Made with (young people|a group|members|care-experienced)", spec.credit
            )


@pytest.mark.django_db
def test_seed_resources_builds_the_library_once(client, demo_site):
    home = demo_site.root_page.specific
    seed_resources(home)  # seed_demo may already have done this

    documents = set(Resource.objects.values_list("document_id", flat=True))
    again = seed_resources(home)
    assert all(counted["created"] == counted["updated"] == 0 for counted in again.values()), again
    assert set(Resource.objects.values_list("document_id", flat=True)) == documents

    resources = Resource.objects.listed()
    assert resources.count() == Resource.objects.count() >= 20
    page = ResourceIndexPage.objects.get()
    assert page.get_parent().specific == home and page.slug == "resources"
    assert page.live and page.live_revision_id and not page.show_in_menus

    # Every audience of the site, every format and every topic has resources.
    assert set(Audience.objects.values_list("slug", flat=True)) == set(SiteAudience.values)
    for audience in Audience.objects.all():
        assert audience.resources.count() >= 2, audience.slug
    assert set(resources.values_list("format", flat=True)) == set(Format.values)
    for topic in Topic.objects.all():
        assert topic.resources.exists(), topic.slug
    assert {r.destination_kind for r in resources} == {"document", "page", "link"}

    for resource in resources.filter(document__isnull=False).select_related("document"):
        with resource.document.open_file() as stored:
            pdf_text(stored.read())
        assert re.fullmatch(r"PDF, \d+ KB", resource.file_description)

    _, library = library_for(client, page)
    assert library.count == resources.count()
    response = client.get(page.url + "?audience=businesses")
    assert response.context["library"].count >= 3
