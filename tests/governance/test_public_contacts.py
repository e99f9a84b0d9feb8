"""What the public never sees: an unconfirmed or unapproved contact detail, or the
words "to be confirmed" in its place. And what reaches the public only through a
review: resources and authorities' public contacts."""

import datetime
import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone

from audiences.models import LeadProfessional
from demo.campaign import seed_campaign_and_sectors
from forms.models import Authority
from governance import roles
from home.models import Helpline
from resources.models import Resource
from tests.governance.test_review import member, refused, signed_in, snippet_action_url

# Made up for the test, and never shown: each is unconfirmed or unapproved.
LOCAL_NUMBER = "01632 960 001"
LEAD_NUMBER = "01632 960 002"
LEAD_EMAIL = "cse.lead@example.org"
# Pages whose own copy says their owners' details (the privacy notice's data protection
# officer, the accessibility contact, training dates) are still to come: not a contact
# a reader needs now, and each page's owner words it.
OWN_DETAILS_TO_COME = {"/privacy/", "/accessibility/", "/professionals/training/"}


def sitemap_paths(client):
    xml = client.get("/sitemap.xml").content
    urls = [loc.text for loc in ElementTree.fromstring(xml).iter() if loc.tag.endswith("loc")]
    return sorted({re.sub(r"^https?://[^/]+", "", url) for url in urls})


@pytest.mark.django_db
def test_no_public_page_shows_an_unconfirmed_contact_or_says_to_be_confirmed(client, demo_site):
    seed_campaign_and_sectors(demo_site.root_page.specific)  # the lead professionals page
    Helpline.objects.create(name="Local front door", number=LOCAL_NUMBER, live=False)
    halton = LeadProfessional.objects.get(area="halton")
    halton.phone, halton.email = LEAD_NUMBER, LEAD_EMAIL  # typed in, never confirmed
    halton.save()

    paths = sitemap_paths(client)
    assert len(paths) > 40 and "/pl/" in paths
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        text = " ".join(re.sub(r"<[^>]+>", " ", html).lower().split())
        if path not in OWN_DETAILS_TO_COME:
            assert "to be confirmed" not in text, path
            assert "once they are confirmed" not in text, path
        for detail in (LOCAL_NUMBER, LEAD_NUMBER, LEAD_EMAIL, "Local front door"):
            assert detail not in html, (detail, path)
        assert "Children&#x27;s services front door" not in html, path


# --- Resources and authorities through review ------------------------------------------------


def resource_form(resource, action, **changes):
    data = {
        "title": resource.title,
        "summary": resource.summary,
        "format": resource.format,
        "audiences": [a.pk for a in resource.audiences.all()],
        "topics": [t.pk for t in resource.topics.all()],
        "min_age": resource.min_age,
        "max_age": resource.max_age or "",
        "document": resource.document_id or "",
        "page": resource.page_id or "",
        "external_url": resource.external_url,
        "language": resource.language,
        "co_production_credit": resource.co_production_credit,
        "review_date": resource.review_date.isoformat(),
        f"action-{action}": "1",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_a_resource_change_reaches_the_library_only_once_someone_else_approves(client, demo_site):
    resource = Resource.objects.listed().filter(locale__language_code="en").order_by("pk").first()
    edit = reverse("wagtailsnippets_resources_resource:edit", args=[resource.pk])
    editor = signed_in(member("editor", roles.EDITORS))
    response = editor.post(edit, resource_form(resource, "submit", title="A changed title"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "A changed title" not in client.get("/resources/").content.decode()
    assert refused(editor.post(snippet_action_url(resource, "approve")))

    signed_in(member("reviewer", roles.EDITORS)).post(snippet_action_url(resource, "approve"))
    assert "A changed title" in client.get("/resources/").content.decode()


@pytest.mark.django_db
def test_a_new_resource_is_not_listed_until_approved_and_is_due_for_review_in_a_year(
    client, demo_site
):
    editor = signed_in(member("editor", roles.EDITORS))
    add = reverse("wagtailsnippets_resources_resource:add")
    html = editor.get(add).content.decode()
    in_a_year = timezone.localdate() + datetime.timedelta(days=365)
    assert f'value="{in_a_year.isoformat()}"' in html
    template = Resource.objects.listed().filter(locale__language_code="en").first()
    data = resource_form(
        template, "submit", title="A brand new leaflet", review_date=in_a_year.isoformat()
    )
    editor.post(add, data)
    new = Resource.objects.get(title="A brand new leaflet")
    assert not new.live and new.review_date == in_a_year
    assert "A brand new leaflet" not in client.get("/resources/").content.decode()
    signed_in(member("reviewer", roles.EDITORS)).post(snippet_action_url(new, "approve"))
    assert "A brand new leaflet" in client.get("/resources/").content.decode()


@pytest.mark.django_db
def test_an_authoritys_public_contacts_change_only_through_another_administrator(demo_site):
    authority = Authority.objects.get(slug="halton")
    first = member("admin-one", roles.ADMINISTRATORS)
    second = member("admin-two", roles.ADMINISTRATORS)
    contacts = list(authority.contacts.all())
    data = {
        "name": authority.name,
        "slug": authority.slug,
        "kind": authority.kind,
        "area": authority.area,
        "notification_emails": "",
        "handlers": authority.handlers_id,
        "contacts-TOTAL_FORMS": str(len(contacts)),
        "contacts-INITIAL_FORMS": str(len(contacts)),
        "contacts-MIN_NUM_FORMS": "0",
        "contacts-MAX_NUM_FORMS": "1000",
        "action-submit": "1",
    }
    for index, contact in enumerate(contacts):
        data.update(
            {
                f"contacts-{index}-id": contact.pk,
                f"contacts-{index}-ORDER": str(index + 1),
                f"contacts-{index}-label": contact.label,
                f"contacts-{index}-kind": contact.kind,
                f"contacts-{index}-value": LOCAL_NUMBER if index == 0 else "",
                f"contacts-{index}-confirmed": "on" if index == 0 else "",
            }
        )
    edit = reverse("wagtailsnippets_reports_authority:edit", args=[authority.pk])
    response = signed_in(first).post(edit, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    authority.refresh_from_db()
    assert authority.workflow_in_progress
    assert authority.current_workflow_task.name == roles.ADMIN_TASK
    assert not authority.contacts.filter(value=LOCAL_NUMBER).exists()
    assert refused(signed_in(first).post(snippet_action_url(authority, "approve")))
    # Editors are not reviewers of authorities.
    editor = signed_in(member("editor", roles.EDITORS))
    assert refused(editor.post(snippet_action_url(authority, "approve")))

    signed_in(second).post(snippet_action_url(authority, "approve"))
    assert authority.contacts.get(value=LOCAL_NUMBER).confirmed
