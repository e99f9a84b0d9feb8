"""Privacy and security baseline for public pages."""

import pytest
from wagtail.models import Page

PUBLIC_PATHS = ["/", "/young-people/", "/what-is-child-sexual-exploitation/", "/privacy/"]


@pytest.fixture
def live_paths(demo_site):
    paths = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    assert len(paths) >= 10
    return paths


@pytest.mark.django_db
def test_public_pages_set_no_cookie(client, live_paths):
    for path in live_paths + ["/sitemap.xml", "/robots.txt", "/no-such-page/"]:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert "Set-Cookie" not in response.headers, path
        assert not response.cookies, path


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_security_headers(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in csp.split(";") if part.strip()
    )
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


@pytest.mark.django_db
def test_pages_have_no_inline_script_or_style(client, live_paths):
    """The CSP forbids inline code; the markup must not rely on it."""
    import re

    for path in live_paths:
        html = client.get(path).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert not re.search(r"\sstyle=\"", html), path
        assert not re.search(r"\son[a-z]+=\"", html), path


@pytest.mark.django_db
def test_no_third_party_resources_in_markup(client, live_paths):
    """Scripts, styles, images and fonts all come from this site."""
    import re

    for path in live_paths:
        html = client.get(path).content.decode()
        resources = re.findall(r"<(?:script|link|img|source|iframe)\b[^>]*>", html)
        assert resources, path
        for tag in resources:
            # hreflang alternates must be absolute URLs (search engines' rule), on this site.
            if 'rel="alternate"' in tag:
                assert re.search(r'href="(?:https?://(?:localhost|testserver)/|/)', tag), tag
                continue
            assert not re.search(r'(?:src|href|srcset)="(?:https?:)?//', tag), (path, tag)


def test_only_a_preview_may_be_framed_and_only_by_the_admin(demo_site):
    """Wagtail shows the preview in a frame of the editor (the side panel)."""
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    from governance import roles
    from tests.governance.test_review import member, signed_in

    editor = signed_in(member("editor", roles.EDITORS))
    page = Page.objects.get(url_path="/home/young-people/")
    response = editor.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200 and b"Young people" in response.content
    directives = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert directives["frame-ancestors"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"

    public = Client().get("/young-people/")
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
    # A request cannot ask to be treated as a preview.
    spoofed = Client().get("/young-people/", {"is_preview": "1"}, HTTP_IS_PREVIEW="1")
    assert "frame-ancestors 'none'" in spoofed["Content-Security-Policy"]
