"""Page weight: what a first visit downloads, as the site serves it.

The static files are collected the way production collects them (hashed, gzip and
brotli copies, CompressedManifestStaticFilesStorage) into a temp folder and served by
WhiteNoise through the test client; pages go out gzipped. Reads static/dist, so the
front end must be built (`npm run build`, which `make test` runs).
"""

import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "static" / "dist"
GOVUK_CSS = ROOT / "node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css"
GOVUK_COMPONENTS = ROOT / "node_modules/govuk-frontend/dist/govuk/components"

KB = 1024
PAGE_BUDGET = 100 * KB  # HTML + CSS + JS as sent, images aside
JS_BUDGET = 30 * KB  # minified JavaScript a page loads, before compression
YEAR = 365 * 24 * 60 * 60

# A content page with an accordion: the heaviest kind (it loads accordion.js too).
PAGES = ["/", "/what-is-child-sexual-exploitation/"]

# GOV.UK components no template uses: their CSS must not be shipped.
UNUSED_COMPONENTS = [
    "govuk-cookie-banner",
    "govuk-details",
    "govuk-file-upload",
    "govuk-notification-banner",
    "govuk-password-input",
    "govuk-phase-banner",
    "govuk-select",
    "govuk-tabs",
    "govuk-task-list",
]
# Scripts we ship (main.js, accordion.js, character-count.js) and the components they run.
SCRIPTED_COMPONENTS = [
    "accordion",
    "button",
    "character-count",
    "checkboxes",
    "error-summary",
    "exit-this-page",
    "radios",
    "service-navigation",
    "skip-link",
]


def built(relative):
    path = DIST / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm run build`")
    return path.read_text()


@pytest.fixture
def served(settings, tmp_path):
    """A client for a site whose static files are collected and served as in production."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    built("css/main.css")
    call_command("collectstatic", "--noinput", verbosity=0)
    # A new client loads the middleware afresh, so WhiteNoise sees the collected files.
    return Client()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def assets(html):
    """The stylesheets and scripts a page asks for (images and icons aside)."""
    styles = re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
    return styles, sorted(set(scripts))


@pytest.mark.django_db
def test_first_visit_within_budget(demo_site, served):
    for path in PAGES:
        page = served.get(path, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert page.status_code == 200, path
        assert page["Content-Encoding"] == "gzip", path
        styles, scripts = assets(served.get(path).content.decode())
        assert styles and scripts, path

        sizes = {"html": len(body(page))}
        js_raw = 0
        for url in styles + scripts:
            assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", url), f"{url} is not hashed"
            sent = served.get(url, HTTP_ACCEPT_ENCODING="gzip")
            assert sent.status_code == 200, url
            assert sent["Content-Encoding"] == "gzip", url
            sizes[url] = len(body(sent))
            if url.endswith(".js"):
                js_raw += len(body(served.get(url)))

        total = sum(sizes.values())
        assert total <= PAGE_BUDGET, f"{path}: {total} bytes over the wire: {sizes}"
        assert js_raw <= JS_BUDGET, f"{path}: {js_raw} bytes of JavaScript: {scripts}"


def test_hashed_static_files_cached_for_a_year_and_compressed(served):
    from django.templatetags.static import static

    html_free_urls = []
    for name in ["css/main.css", "js/main.js", "js/accordion.js"]:
        url = static(name)
        assert url != f"/static/{name}", "static() did not give the hashed name"
        html_free_urls.append(url)

    for url in html_free_urls:
        for encoding in ["br", "gzip"]:
            response = served.get(url, HTTP_ACCEPT_ENCODING=encoding)
            assert response.status_code == 200, url
            assert response["Content-Encoding"] == encoding, url
            assert "Accept-Encoding" in response["Vary"], url
            cache_control = response["Cache-Control"]
            max_age = int(re.search(r"max-age=(\d+)", cache_control)[1])
            assert max_age >= YEAR, (url, cache_control)
            assert "immutable" in cache_control, (url, cache_control)
            assert "public" in cache_control, (url, cache_control)
        plain = served.get(url)
        assert "Content-Encoding" not in plain, url
        compressed = served.get(url, HTTP_ACCEPT_ENCODING="br")
        assert len(body(compressed)) < len(body(plain)) / 2, url


@pytest.mark.django_db
def test_pages_are_gzipped_but_downloads_are_not(client, demo_site):
    page = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page["Vary"]
    sitemap = client.get("/sitemap.xml", HTTP_ACCEPT_ENCODING="gzip")
    assert sitemap.status_code == 200
    assert len(sitemap.content) > 1000  # long enough that gzip would have taken it
    assert "Content-Encoding" not in sitemap


def test_no_web_fonts():
    css = built("css/main.css")
    assert "@font-face" not in css
    assert not re.search(r"\.(woff2?|ttf|otf|eot)\b", css)
    assert "font-family" in css  # the system font stack, set once for everything


def test_purge_drops_unused_govuk_components():
    ours = built("css/main.css")
    govuk = GOVUK_CSS.read_text()
    for component in UNUSED_COMPONENTS:
        assert f".{component}" in govuk, component  # a real GOV.UK component name
        assert f".{component}" not in ours, f"{component} is shipped but unused"
    # Unused helper classes are purged too (GOV.UK has one per spacing unit and side).
    assert ".govuk-\\!-margin-left-9" in govuk
    assert ".govuk-\\!-margin-left-9" not in ours


def govuk_selector_classes(css):
    return set(re.findall(r"\.(govuk-(?:\\!-)?[A-Za-z0-9_-]+)", css))


def test_purge_keeps_every_class_the_site_uses():
    """Classes in templates, the apps' Python and the scripts of the GOV.UK components we
    run, which GOV.UK styles, are all still styled after the purge."""
    ours = govuk_selector_classes(built("css/main.css"))
    govuk = govuk_selector_classes(GOVUK_CSS.read_text())

    used = {}
    sources = [*ROOT.glob("templates/**/*.html")]
    for app in ["home", "audiences", "resources", "forms"]:
        sources += [p for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]
    sources += [GOVUK_COMPONENTS / name / f"{name}.mjs" for name in SCRIPTED_COMPONENTS]
    for source in sources:
        for name in re.findall(r"govuk-(?:!-)?[A-Za-z0-9_-]*[A-Za-z0-9]", source.read_text()):
            used.setdefault(name.replace("!", "\\!"), source.name)
    assert "govuk-accordion__section--expanded" in used  # set by GOV.UK's accordion script
    assert "govuk-service-navigation__wrapper" in used  # from the header template

    missing = {name: where for name, where in used.items() if name in govuk and name not in ours}
    assert not missing, f"styled by GOV.UK but purged: {missing}"


def test_purge_keeps_rich_text_styles():
    """Editors' rich text has bare elements inside .app-prose, named by no template."""
    css = built("css/main.css")
    # What Wagtail's rich text editor can produce with RICH_TEXT_FEATURES.
    for element in ["h2", "h3", "p", "ul", "ol", "ul>li", "ol>li", "a", "b", "strong"]:
        assert re.search(rf"\.app-prose {element}\b", css), element
