"""Lead professionals ("to be confirmed" until an editor confirms each detail), the
deploy check that lists unconfirmed ones, and editors' links for professionals."""

import pytest
from django.core.exceptions import ValidationError

from audiences.blocks import ProfessionalLinkBlock
from audiences.models import LeadProfessional, unconfirmed_lead_professionals
from core.choices import CouncilArea
from demo.campaign import seed_campaign_and_sectors

PAGE = "/professionals/lead-professionals-and-local-procedures/"


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
def test_unconfirmed_details_show_to_be_confirmed(client, seeded):
    html = client.get(PAGE).content.decode()
    for area in CouncilArea.labels:
        assert str(area) in html
    assert html.count("To be confirmed") == 8  # phone and email for four areas


@pytest.mark.django_db
def test_a_detail_shows_only_once_confirmed(client, seeded):
    lead = LeadProfessional.objects.get(area="halton")
    lead.phone = "0151 000 0000"
    lead.email = "cse.lead@halton.example"
    lead.save()
    html = client.get(PAGE).content.decode()
    assert "0151 000 0000" not in html and "cse.lead@halton.example" not in html

    lead.phone_confirmed = True
    lead.save()
    html = client.get(PAGE).content.decode()
    assert 'href="tel:01510000000"' in html
    assert "cse.lead@halton.example" not in html
    assert html.count("To be confirmed") == 7


@pytest.mark.django_db
def test_deploy_check_lists_unconfirmed_lead_professionals(seeded):
    warnings = unconfirmed_lead_professionals()
    assert {w.id for w in warnings} == {"audiences.W001"}
    assert len(warnings) == 4
    LeadProfessional.objects.update(phone_confirmed=True, email_confirmed=True)
    assert unconfirmed_lead_professionals() == []


@pytest.mark.django_db
def test_deploy_check_runs_with_the_database_checks(seeded, capsys):
    from django.core.management import call_command

    from home.models import DemoSettings

    DemoSettings.objects.update(demo_mode=False)  # as on the public site
    call_command("check", "--deploy", "--database", "default")
    assert "audiences.W001" in capsys.readouterr().err


@pytest.mark.django_db
def test_links_left_empty_say_link_to_be_confirmed(client, seeded):
    html = client.get(PAGE).content.decode()
    assert html.count("Link to be confirmed") == 4
    assert "The CSE screening tool" in html
    links = html.split('class="app-links"')[1].split("</ul>")[0]
    assert "href=" not in links  # no guessed addresses


@pytest.mark.django_db
def test_a_link_is_a_page_or_an_address_not_both():
    block = ProfessionalLinkBlock()
    both = {"title": "Procedures", "description": "", "page": 1, "url": "https://example.org/"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(both))
    empty = {"title": "Procedures", "description": "", "page": None, "url": ""}
    assert block.clean(block.to_python(empty))["title"] == "Procedures"
