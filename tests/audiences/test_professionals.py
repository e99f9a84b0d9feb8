"""Lead professionals: the public sees a detail only once an editor has confirmed it
and a second person has approved the change, never "to be confirmed"; while any is
missing a plain sentence points to the national routes. Editors see what is missing
in their preview and on the dashboard; the deploy check lists it. Editors' links for
professionals likewise."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from audiences.blocks import ProfessionalLinkBlock
from audiences.models import LeadProfessional, unconfirmed_lead_professionals
from core.choices import CouncilArea
from demo.campaign import seed_campaign_and_sectors
from governance import roles
from tests.governance.test_review import member, signed_in

PAGE = "/professionals/lead-professionals-and-local-procedures/"
PRINTABLE = "https://knowandsee.example.org"


@pytest.fixture
def seeded(demo_site):
    seed_campaign_and_sectors(demo_site.root_page.specific)
    return demo_site


@pytest.mark.django_db
def test_demo_has_one_unconfirmed_lead_professional_per_area(seeded):
    leads = list(LeadProfessional.objects.all())
    assert sorted(lead.area for lead in leads) == sorted(CouncilArea.values)
    for lead in leads:
        assert not (lead.phone or lead.email), "demo contact details must not be invented"
        assert not (lead.phone_confirmed or lead.email_confirmed)


@pytest.mark.django_db
def test_the_public_gets_the_national_routes_not_to_be_confirmed(client, seeded):
    html = client.get(PAGE).content.decode()
    section = html[html.index('class="app-leads"') :].split("</section>")[0]
    assert "to be confirmed" not in section.lower()
    assert "We are still checking some local contact details" in section
    assert 'href="tel:999"' in html or "999" in section
    # The national helplines, from the Helplines list.
    assert 'href="tel:08001111"' in section and 'href="tel:08088005000"' in section
    # No lead is shown without a confirmed way to reach them.
    assert 'class="app-leads__item"' not in section


def approve_change(lead, **fields):
    """An editor's change, approved by someone else, as the workflow publishes it."""
    for name, value in fields.items():
        setattr(lead, name, value)
    lead.save_revision().publish()


@pytest.mark.django_db
def test_a_detail_shows_only_once_confirmed_and_approved(client, seeded):
    lead = LeadProfessional.objects.get(area="halton")
    approve_change(lead, phone="0151 000 0000", email="cse.lead@halton.example")
    html = client.get(PAGE).content.decode()
    assert "0151 000 0000" not in html and "cse.lead@halton.example" not in html

    # Confirmed in a draft: still not public.
    lead.phone_confirmed = True
    lead.save_revision()
    assert "0151 000 0000" not in client.get(PAGE).content.decode()

    lead.get_latest_revision().publish()
    html = client.get(PAGE).content.decode()
    assert 'href="tel:01510000000"' in html
    assert "cse.lead@halton.example" not in html  # the email is still unconfirmed
    assert "To be confirmed" not in html
    assert "We are still checking some local contact details" in html


@pytest.mark.django_db
def test_editors_see_what_is_missing_in_preview_and_on_the_dashboard(seeded):
    editor = signed_in(member("editor", roles.EDITORS))
    page = Page.objects.get(url_path=f"/home{PAGE}")
    html = editor.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])).content.decode()
    for area in CouncilArea.labels:
        assert str(area) in html
    assert html.count("Not public: no confirmed number yet.") == 4
    assert html.count("Not public: no confirmed address yet.") == 4
    assert "Not public: no confirmed link yet." in html

    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard[dashboard.index("Contact details the public cannot see yet") :]
    assert "Lead professional: Halton" in panel
    assert "Phone not confirmed; email not confirmed." in panel
    assert "Children&#x27;s services front door" in panel  # authorities' contacts too


@pytest.mark.django_db
def test_deploy_check_lists_unconfirmed_lead_professionals(seeded):
    warnings = unconfirmed_lead_professionals(databases=["default"])
    assert {w.id for w in warnings} == {"audiences.W001"}
    assert len(warnings) == 4
    LeadProfessional.objects.update(phone_confirmed=True, email_confirmed=True)
    assert unconfirmed_lead_professionals(databases=["default"]) == []
    LeadProfessional.objects.filter(area="halton").update(live=False)
    assert len(unconfirmed_lead_professionals(databases=["default"])) == 1  # never approved


@pytest.mark.django_db
@override_settings(PUBLIC_SITE_URL=PRINTABLE)
def test_deploy_check_runs_with_the_database_checks(seeded, capsys):
    from django.core.management import call_command

    from home.models import DemoSettings

    DemoSettings.objects.update(demo_mode=False)  # as on the public site
    call_command("check", "--deploy", "--database", "default")
    assert "audiences.W001" in capsys.readouterr().err


@pytest.mark.django_db
def test_links_left_empty_are_left_out_for_the_public(client, seeded):
    html = client.get(PAGE).content.decode()
    assert "Link to be confirmed" not in html
    assert "The CSE screening tool" not in html  # its link is empty in the demo
    assert "safeguarding lead" in html  # where to go meanwhile


@pytest.mark.django_db
def test_a_link_is_a_page_or_an_address_not_both():
    block = ProfessionalLinkBlock()
    both = {"title": "Procedures", "description": "", "page": 1, "url": "https://example.org/"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(both))
    empty = {"title": "Procedures", "description": "", "page": None, "url": ""}
    assert block.clean(block.to_python(empty))["title"] == "Procedures"
