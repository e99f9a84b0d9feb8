"""Languages: every locale's key pages with the right lang/dir, the
language switcher, hreflang in the head and the sitemap, the English fallback
and its Content-Language, a whole report journey in Polish, and the language a
report was made in, as handlers see it."""

import csv
import html
import io
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from demo.translations import TRANSLATED_PAGES
from forms.models import Authority, Report
from home.i18n import language_name
from home.models import Helpline
from tests.forms.test_permissions import MODEL_BACKEND, make_user
from tests.forms.walk import VALID, hidden
from tests.two_factor import login_verified

LANGUAGES = ["en", "pl", "ro", "ar"]
KEY_PAGES = TRANSLATED_PAGES  # home, what is CSE, young people, Know and See, both reports
UNTRANSLATED = "/parents-and-carers/"
POLISH_TEXT = "Zażółć gęślą jaźń: mężczyzna podwozi córkę sąsiadki po szkole."
ARABIC_TEXT = "رأيت رجلاً يعطي الأطفال هدايا بالقرب من المدرسة"
HTML_TAG = re.compile(r"<html[^>]*>")


def url(code, path):
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


def get(client, path):
    return client.get(path, HTTP_HOST="localhost")


def html_attributes(response):
    tag = HTML_TAG.search(response.content.decode()).group(0)
    return dict(re.findall(r'(\w+)="([^"]*)"', tag))


def switcher(response):
    """(code, name, is a link) for each language in the switcher, or [] if none."""
    body = response.content.decode()
    nav = re.search(r'<nav class="app-language-switcher".*?</nav>', body, re.DOTALL)
    if not nav:
        return []
    items = []
    for item in re.findall(r"<li[^>]*>(.*?)</li>", nav.group(0), re.DOTALL):
        code = re.search(r'lang="([^"]+)"', item).group(1)
        name = html.unescape(re.sub(r"<[^>]+>", "", item)).strip()
        items.append((code, name, "<a " in item))
    return items


def head_alternates(response):
    head = response.content.decode().split("</head>")[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', head))


@pytest.fixture
def site(demo_site):
    cache.clear()
    return demo_site


# Locales and key pages ------------------------------------------------------------------


@pytest.mark.django_db
def test_settings_languages_have_locales_after_migrate():
    assert [code for code, _ in settings.LANGUAGES] == LANGUAGES
    assert set(Locale.objects.values_list("language_code", flat=True)) >= set(LANGUAGES)


def test_languages_are_named_in_themselves():
    assert [language_name(code) for code in LANGUAGES] == [
        "English",
        "Polski",
        "Română",
        "العربية",
    ]


@pytest.mark.django_db
def test_each_locales_key_pages_answer_in_their_language(site):
    client = Client()
    english_titles = {}
    for code in LANGUAGES:
        for path in KEY_PAGES:
            response = get(client, url(code, path))
            assert response.status_code == 200, (code, path)
            attributes = html_attributes(response)
            assert attributes["lang"] == code, (code, path)
            assert attributes["dir"] == ("rtl" if code == "ar" else "ltr"), (code, path)
            # A translated page is its own language throughout: no fallback.
            assert response["Content-Language"] == code, (code, path)
            assert "app-fallback-notice" not in response.content.decode()
            title = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.DOTALL)
            title = " ".join(html.unescape(re.sub(r"<[^>]+>", "", title.group(1))).split())
            if code == "en":
                english_titles[path] = title
            else:
                assert title != english_titles[path], (code, path, title)
    interface_strings_follow_the_language(client)
    both_journeys_answer_in_every_language(client)


def interface_strings_follow_the_language(client):
    expected = {
        "en": ("Exit this page", "In danger now?"),
        "pl": ("Opuść tę stronę", "Grozi ci niebezpieczeństwo?"),
        "ro": ("Ieși de pe această pagină", "Ești în pericol acum?"),
        "ar": ("اخرج من هذه الصفحة", "هل أنت في خطر الآن؟"),
    }
    for code, strings in expected.items():
        text = html.unescape(get(client, url(code, "/")).content.decode())
        for string in strings:
            assert string in text, (code, string)


@pytest.mark.django_db
def test_demo_translations_are_marked_for_review_and_editable_in_localize(site):
    from wagtail_localize.models import Translation

    for code in ["pl", "ro", "ar"]:
        locale = Locale.objects.get(language_code=code)
        pages = Page.objects.filter(locale=locale).specific()
        assert pages.count() == len(KEY_PAGES)
        assert all(page.needs_translation_review for page in pages)
        assert all("translation to be reviewed" in page.get_admin_display_title() for page in pages)
        # Made through wagtail-localize, so the localize editor can take them on.
        helplines = Helpline.objects.filter(locale__language_code="en").count()
        assert helplines == 6  # four national helplines and two national online routes
        assert Translation.objects.filter(target_locale=locale).count() == (
            len(KEY_PAGES) + helplines
        )
        assert Helpline.objects.filter(locale=locale).count() == helplines
    english = Page.objects.get(url_path="/home/").specific
    assert not english.needs_translation_review
    young_peoples_definition_keeps_its_english_original(Client())


def young_peoples_definition_keeps_its_english_original(client):
    english = get(client, "/what-is-child-sexual-exploitation/").content.decode()
    polish = get(client, "/pl/what-is-child-sexual-exploitation/").content.decode()
    original = "Someone taking advantage of you sexually, for their own benefit."
    assert original in html.unescape(english)
    assert original in html.unescape(polish)
    assert re.search(
        r'<blockquote class="app-definition__quote" lang="en" dir="ltr">\s*<p>“Someone taking',
        polish,
    )
    # The translation follows it, labelled, and never replaces it.
    assert "Tłumaczenie" in polish
    assert "Ktoś wykorzystuje cię seksualnie" in html.unescape(polish)
    assert polish.index(original.split(",")[0]) < polish.index("Ktoś wykorzystuje")
    assert "Tłumaczenie" not in english and "app-definition__translation" not in english


# Switcher and hreflang ------------------------------------------------------------------


@pytest.mark.django_db
def test_switcher_hreflang_and_sitemap(site, django_assert_max_num_queries):
    client = Client()
    translated = switcher(get(client, "/pl/young-people/"))
    assert translated == [
        ("en", "English", True),
        ("pl", "Polski", False),  # the current language: not a link
        ("ro", "Română", True),
        ("ar", "العربية", True),
    ]
    body = get(client, "/pl/young-people/").content.decode()
    assert 'href="/ro/young-people/" lang="ro" hreflang="ro"' in body
    assert 'href="/young-people/" lang="en" hreflang="en"' in body
    # A page only in English has nothing to switch to.
    assert switcher(get(client, UNTRANSLATED)) == []
    # Its fallback under /pl/ offers the one language it exists in.
    assert switcher(get(client, "/pl" + UNTRANSLATED)) == [("en", "English", True)]
    switcher_and_hreflang_cost_one_query(client, django_assert_max_num_queries)
    hreflang_alternates_in_the_head(client)
    sitemap_lists_every_language_with_alternates(client)


def switcher_and_hreflang_cost_one_query(client, django_assert_max_num_queries):
    from home.i18n import page_languages

    # A rendered request (a cache hit is answered before Wagtail's site is looked up).
    with override_settings(PAGE_CACHE_ENABLED=False):
        request = get(client, "/pl/young-people/").wsgi_request
    page = Page.objects.filter(locale__language_code="pl", slug="young-people").first()
    with translation.override("pl"):
        request.__dict__.pop("_page_languages", None)
        with django_assert_max_num_queries(1):
            first = page_languages(request, page)
            again = page_languages(request, page)
    assert first is again
    assert [alternate.code for alternate in first.alternates] == LANGUAGES


def hreflang_alternates_in_the_head(client):
    alternates = head_alternates(get(client, "/young-people/"))
    assert alternates == {
        "en": "http://localhost/young-people/",
        "pl": "http://localhost/pl/young-people/",
        "ro": "http://localhost/ro/young-people/",
        "ar": "http://localhost/ar/young-people/",
    }
    assert head_alternates(get(client, "/ar/young-people/")) == alternates
    assert head_alternates(get(client, UNTRANSLATED)) == {"en": "http://localhost" + UNTRANSLATED}


def sitemap_lists_every_language_with_alternates(client):
    response = get(client, "/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)
    entries = {
        url.find("s:loc", ns).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }
    expected = {
        "en": "http://localhost/young-people/",
        "pl": "http://localhost/pl/young-people/",
        "ro": "http://localhost/ro/young-people/",
        "ar": "http://localhost/ar/young-people/",
        "x-default": "http://localhost/young-people/",
    }
    for code in LANGUAGES:
        assert entries[expected[code]] == expected
    # An English-only page is listed once, without alternates.
    assert entries["http://localhost" + UNTRANSLATED] == {}
    assert not any(loc.startswith("http://localhost/pl" + UNTRANSLATED) for loc in entries)


# Fallback -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_english_with_a_notice(site):
    client = Client()
    response = get(client, "/pl" + UNTRANSLATED)
    assert response.status_code == 200
    body = response.content.decode()
    assert html_attributes(response)["lang"] == "pl"  # the interface stays Polish
    assert "Ta strona nie została jeszcze przetłumaczona" in body
    assert '<div class="app-main-content" lang="en" dir="ltr">' in body
    assert "Parents and carers" in body
    # The contract with the page cache: a language-mixed page says what its
    # content is, so it is never stored as a Polish page.
    assert response["Content-Language"] == "en"
    assert get(client, "/pl/young-people/")["Content-Language"] == "pl"
    assert get(client, UNTRANSLATED)["Content-Language"] == "en"
    # Arabic chrome, English content, laid out left to right.
    arabic = get(client, "/ar" + UNTRANSLATED)
    assert html_attributes(arabic)["dir"] == "rtl"
    assert '<div class="app-main-content" lang="en" dir="ltr">' in arabic.content.decode()
    assert arabic["Content-Language"] == "en"
    # Still a real 404 for a page that does not exist in any language.
    assert get(client, "/pl/no-such-page/").status_code == 404


# Reports in every language ----------------------------------------------------------------


# A report's answers with the free text left empty (each test types its own).
ANSWERS = VALID | {
    "what_happened": "",
    "when_precision": "unknown",
    "when_month": "",
    "when_year": "",
    "place_type": "",
}


@pytest.fixture
def quick(settings):
    settings.REPORT_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


def both_journeys_answer_in_every_language(client):
    for code in LANGUAGES:
        for journey in ["/report-a-concern/", "/share-information/"]:
            response = get(client, url(code, journey + "questions/"))
            assert response.status_code == 200, (code, journey)
            assert html_attributes(response)["lang"] == code
            assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_polish_report_journey_with_polish_errors_and_text_kept(site, quick):
    from tests.forms.walk import post_step, send, step_of, walk

    client = Client(enforce_csrf_checks=False, HTTP_HOST="localhost")
    start = get(client, "/pl/report-a-concern/")
    assert start.status_code == 200

    # Nothing typed where it is required: the Polish message, next to the field and
    # in the summary, on that question's page.
    answers = ANSWERS | {"place": POLISH_TEXT, "names": ARABIC_TEXT, "place_type": "park"}
    response, passed = walk(client, "/report-a-concern/", prefix="/pl", **answers)
    assert step_of(response) == "what"
    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert body.count("Napisz, co się stało") >= 2  # summary and field
    assert "Wystąpił problem" in body or "Błąd:" in body
    assert "Tell us what happened" not in body

    # Then the rest: check your answers, send, confirmation, in Polish, text kept.
    answers["what_happened"] = POLISH_TEXT + "\n" + ARABIC_TEXT
    check = post_step(client, "/report-a-concern/", response, "what", answers, prefix="/pl")
    for _ in range(10):
        if step_of(check) == "check":
            break
        check = post_step(client, "/report-a-concern/", check, step_of(check), answers, "/pl")
    body = html.unescape(check.content.decode())
    assert "Sprawdź swoje odpowiedzi" in body
    assert POLISH_TEXT in body and ARABIC_TEXT in body
    sent = send(client, "/report-a-concern/", hidden(check, "payload"), prefix="/pl")
    assert sent.status_code == 200
    assert "Zgłoszenie wysłane" in html.unescape(sent.content.decode())

    report = Report.objects.latest("pk")  # the demo site holds demo reports too
    assert report.language == "pl"
    # Free text survives the encryption exactly, in both scripts.
    assert report.what_happened == POLISH_TEXT + "\n" + ARABIC_TEXT
    assert report.place == POLISH_TEXT
    assert report.names == ARABIC_TEXT
    arabic_report_records_its_language(Client(HTTP_HOST="localhost"))


def arabic_report_records_its_language(client):
    from tests.forms.walk import complete

    answers = ANSWERS | {"what_happened": ARABIC_TEXT, "reporter_role": "taxi"}
    complete(client, "/share-information/", prefix="/ar", **answers)
    report = Report.objects.latest("created_at")
    assert (report.language, report.what_happened) == ("ar", ARABIC_TEXT)


@pytest.mark.django_db
def test_handlers_see_the_language_in_the_inbox_and_csv(db):
    from tests.forms.test_permissions import make_report

    authority = Authority.objects.get(slug="halton")
    report = make_report(authority, language="pl")
    handler = make_user("handler-halton-i18n", authority.handlers)
    client = Client()
    login_verified(client, handler, backend=MODEL_BACKEND)

    listing = client.get(reverse("reports_inbox:index")).content.decode()
    assert re.search(r"<td[^>]*>\s*Polish\s*</td>", listing)
    detail = client.get(reverse("reports_inbox:inspect", args=[report.pk])).content.decode()
    assert "Language of the form" in detail and "Polish" in detail
    exported = client.get(reverse("reports_inbox:index"), {"export": "csv"})
    body = b"".join(exported.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["Language of the form"] for row in rows] == ["Polish"]
