"""The privacy notices tell the truth about the site as it is: periods, cookies and who
receives reports are printed from the settings and data, never typed; what only the
partnership can say is left out until confirmed (and the deploy check lists it); the
young people's version reads at age 12 or below."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.html import escape, strip_tags

from audiences.models import ContentPage
from audiences.readability import check_page, reading_age_of_text
from core import retention
from forms.models import Authority
from measures.checks import unconfirmed_privacy_notice
from measures.models import PrivacySettings
from measures.privacy import SECTIONS

FULL = "/privacy/"
YOUNG = "/young-people/your-privacy/"


@pytest.fixture(autouse=True)
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def main_text(client, path):
    html = client.get(path).content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_the_full_notice_prints_every_period_from_the_settings(client, demo_site, settings):
    html = main_text(client, FULL)
    for what, how_long, counted_from in retention.schedule():
        assert escape(what) in html
        assert escape(f"{how_long} {counted_from}") in html
    assert "2 years after the day it was given" in html
    settings.RETENTION = {**settings.RETENTION, "quiz": 100}
    assert "100 days after the day it was given" in main_text(client, FULL)


def test_the_young_peoples_version_gives_the_periods_in_plain_words(client, demo_site, settings):
    settings.RETENTION = {**settings.RETENTION, "reports-closed": 730}
    html = main_text(client, YOUNG)
    assert "deleted from this website 2 years later" in html
    assert "we keep your score for 2 years, but not your answers" in html


def test_the_cookie_list_comes_from_the_cookie_settings(client, demo_site, settings):
    html = main_text(client, FULL)
    assert f"<code>{settings.CSRF_COOKIE_NAME}</code>" in html
    assert f"<code>{settings.SESSION_COOKIE_NAME}</code>" in html
    settings.CSRF_COOKIE_AGE = None  # a cookie that lasts for the browser session only
    assert "How long it lasts: until you close your browser." in main_text(client, FULL)
    assert "It lasts: until you close your browser." in main_text(client, YOUNG)
    # And reading the notice itself sets none.
    assert not client.get(FULL).cookies


def test_who_receives_reports_is_the_authorities_list(client, demo_site):
    html = main_text(client, FULL)
    for name in Authority.objects.values_list("name", flat=True):
        assert f"<li>{name}</li>" in html


def test_unconfirmed_sections_are_left_out_never_shown_as_to_be_confirmed(client, demo_site):
    privacy = PrivacySettings.load()
    privacy.controllers = "<p>Made-up Council is the controller.</p>"
    privacy.save()  # written, but not confirmed
    html = main_text(client, FULL)
    assert "to be confirmed" not in html.lower()
    assert "Made-up Council" not in html
    assert "Who is responsible for your information" not in html  # heading left out too

    privacy.controllers_confirmed = True
    privacy.save()
    html = main_text(client, FULL)
    assert "Who is responsible for your information" in html
    assert "Made-up Council is the controller." in html


def test_the_deploy_check_lists_each_unconfirmed_section(demo_site):
    warnings = unconfirmed_privacy_notice()
    assert {w.id for w in warnings} == {"measures.W001"}
    assert len(warnings) == len(SECTIONS)
    privacy = PrivacySettings.load()
    for name, _label in SECTIONS:
        setattr(privacy, name, "<p>Agreed.</p>")
        setattr(privacy, f"{name}_confirmed", True)
    privacy.lawful_basis = ""  # confirmed but empty: still missing
    privacy.save()
    [warning] = unconfirmed_privacy_notice()
    assert "lawful basis" in warning.msg

    err = StringIO()
    # The demo's other findings (e.g. its localhost address) are errors; only ours matter.
    call_command(
        "check",
        "--deploy",
        "--database",
        "default",
        "--fail-level",
        "CRITICAL",
        stderr=err,
        stdout=StringIO(),
    )
    assert "measures.W001" in err.getvalue()


def test_the_young_peoples_version_reads_at_twelve_or_below(client, demo_site):
    page = ContentPage.objects.get(slug="your-privacy", locale__language_code="en")
    # The editor's reading-age panel: the page's own words, against its section's target.
    panel = check_page(page)
    assert panel.target == 12 and panel.measured and panel.age <= 12, panel
    # And everything on the page, the printed periods and cookie included.
    text = strip_tags(main_text(client, YOUNG).split("Was this page helpful?")[0])
    assert reading_age_of_text(" ".join(text.split())) <= 12


def test_the_two_versions_link_to_each_other_and_the_young_one_is_for_children(client, demo_site):
    full, young = main_text(client, FULL), main_text(client, YOUNG)
    assert f'href="{YOUNG}"' in full and f'href="{FULL}"' in young
    assert "Worried about yourself or someone else?" in young
    assert "Worried about yourself or someone else?" not in full
