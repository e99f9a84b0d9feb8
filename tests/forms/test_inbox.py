"""The handler inbox in the Wagtail admin (forms/inbox.py): each authority's
handlers reach their own reports only, through every view, action and export;
every view and change is audited; free text is escaped; nothing is cached."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from wagtail.log_actions import registry as log_registry

from forms import inbox, notifications
from forms.models import Notification, Report, ReportLogEntry, ReportNote
from forms.submission import save_report
from tests.forms.test_permissions import (
    AUTHORITY_PAIRS,
    AUTHORITY_SLUGS,
    MODEL_BACKEND,
    build_world,
    make_report,
    make_user,
)
from tests.forms.test_report_storage import ENCRYPTED
from tests.two_factor import login_verified

REFERENCE = re.compile(r"CSE-[A-Z0-9]{4}-[A-Z0-9]{4}")
SCRIPT = "<script>alert(1)</script>"
INDEX = reverse("reports_inbox:index")


@pytest.fixture
def world(db):
    return build_world()


def url(name, report):
    return reverse(f"reports_inbox:{name}", args=[report.pk])


def post_data(name, world, report):
    """A valid POST for each action. Reassignment aims at an authority that is
    neither the report's own nor (for the attacker) anything they could lose."""
    target = next(a for a in world.authorities.values() if a.pk != report.authority_id)
    return {
        "status": {"status-status": "closed"},
        "note": {"note-text": "An internal note"},
        "question": {"question-text": "Which day was it?"},
        "reassign": {
            "reassign-authority": target.pk,
            "reassign-reason": "Their area",
            "confirmed": "yes",
        },
    }[name]


def login(client, user):
    # Handlers must pass the two-factor step (governance) before the inbox opens.
    login_verified(client, user, backend=MODEL_BACKEND)
    return client


LISTING = re.compile(r'<table[^>]*class="[^"]*listing.*?</table>', re.DOTALL)


def listing_table(html):
    """The listing table only: a message above it may name a report too."""
    match = LISTING.search(html)
    return match.group(0) if match else ""


def references_in(response):
    return set(REFERENCE.findall(listing_table(response.content.decode())))


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body)))


def logs(report, action=None):
    entries = log_registry.get_logs_for_instance(report)
    return entries.filter(action=action) if action else entries


# --- Every ordered pair of authorities -------------------------------------------------


@pytest.mark.parametrize(("own", "other"), AUTHORITY_PAIRS)
def test_a_handler_cannot_reach_another_authoritys_report(client, world, own, other):
    login(client, world.handlers[own])
    mine, theirs = world.reports[own], world.reports[other]

    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert references_in(listing) == {mine.reference}

    assert client.get(url("inspect", theirs)).status_code == 404
    for name in inbox.REPORT_ACTIONS:
        response = client.post(url(name, theirs), post_data(name, world, theirs))
        assert response.status_code == 404, name

    exported = client.get(INDEX, {"export": "csv"})
    assert exported.status_code == 200
    assert [row["Reference"] for row in csv_rows(exported)] == [mine.reference]

    # Nothing about their report changed, and nothing was logged against it.
    theirs.refresh_from_db()
    assert (theirs.status, theirs.authority.slug, theirs.closed_at) == ("new", other, None)
    assert not theirs.notes.exists()
    assert not Notification.objects.filter(report=theirs).exists()
    assert not logs(theirs).exists()


@pytest.mark.parametrize("own", AUTHORITY_SLUGS)
def test_a_handler_reaches_every_view_for_their_own_report(client, world, own):
    """The positive control for the test above: the same requests succeed."""
    login(client, world.handlers[own])
    mine = world.reports[own]
    assert client.get(url("inspect", mine)).status_code == 200
    for name in ("status", "note", "question"):
        response = client.post(url(name, mine), post_data(name, world, mine))
        assert response.status_code == 302, name
        assert response.url == url("inspect", mine)
    response = client.post(url("reassign", mine), post_data("reassign", world, mine))
    assert response.status_code == 302
    assert response.url == INDEX  # they can no longer see it


# --- Who gets in at all ----------------------------------------------------------------


def test_superuser_outside_every_handler_group_sees_nothing(client, world):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser(username="root", password=None)
    login(client, root)
    listing = client.get(INDEX)
    assert listing.status_code == 200
    assert references_in(listing) == set()
    assert "not in any authority" in listing.content.decode()
    for report in world.reports.values():
        assert client.get(url("inspect", report)).status_code == 404
    assert csv_rows(client.get(INDEX, {"export": "csv"})) == []


def test_a_user_without_handle_report_cannot_open_the_inbox(client, world):
    user = make_user("editor")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login(client, user)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert "Reports inbox" not in home.content.decode()
    response = client.get(INDEX)
    assert response.status_code == 302  # Wagtail's "no permission" redirect
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(INDEX, {"export": "csv"}).status_code == 302
    report = world.reports["halton"]
    assert client.get(url("inspect", report)).status_code == 404
    assert client.post(url("status", report), {"status-status": "closed"}).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, world):
    response = client.get(url("inspect", world.reports["halton"]))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_handlers_see_the_menu_item(client, world):
    login(client, world.handlers["halton"])
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Reports inbox" in home
    assert INDEX in home


def test_the_notification_email_links_to_the_report_page(client, world):
    report = world.reports["cheshire-police"]
    link = reverse("reports_inbox:inspect", args=[report.pk])
    login(client, world.handlers["cheshire-police"])
    assert report.reference in client.get(link).content.decode()


def test_a_submitted_report_reaches_its_authoritys_inbox_only(client, world):
    from tests.forms.test_report_storage import answers

    saved = save_report(answers(area_given="warrington"), "inbox-token")
    assert saved.report.authority.slug == "warrington"
    login(client, world.handlers["warrington"])
    assert saved.report.reference in references_in(client.get(INDEX))
    login(client, world.handlers["halton"])
    assert saved.report.reference not in references_in(client.get(INDEX))


# --- The list ----------------------------------------------------------------------------


@pytest.fixture
def halton_reports(world):
    """Halton's handler with a spread of reports received on different days."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    halton = world.authorities["halton"]
    london = ZoneInfo("Europe/London")
    made = {
        "oldest": make_report(halton, status="closed", reporter_role="taxi"),
        "middle": make_report(halton, kind="intelligence", status="in-progress"),
        "newest": make_report(halton, area="", routing_reason="unknown", danger_now=True),
    }
    days = {"oldest": 1, "middle": 10, "newest": 20}
    for key, report in made.items():
        when = datetime(2025, 3, days[key], 12, 0, tzinfo=london)
        Report.objects.filter(pk=report.pk).update(created_at=when)
    Report.objects.filter(pk=world.reports["halton"].pk).update(
        created_at=datetime(2024, 1, 1, tzinfo=london)
    )
    made["fixture"] = world.reports["halton"]
    return made


def listed(client, **params):
    return REFERENCE.findall(listing_table(client.get(INDEX, params).content.decode()))


def test_newest_first_by_default(client, world, halton_reports):
    login(client, world.handlers["halton"])
    order = ["newest", "middle", "oldest", "fixture"]
    assert listed(client) == [halton_reports[key].reference for key in order]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "closed"}, {"oldest"}),
        ({"status": "new"}, {"newest", "fixture"}),
        ({"kind": "intelligence"}, {"middle"}),
        ({"area": "unknown"}, {"newest"}),
        ({"area": "halton"}, {"oldest", "middle", "fixture"}),
        ({"reporter_role": "taxi"}, {"oldest"}),
        ({"created_at_from": "2025-03-05", "created_at_to": "2025-03-15"}, {"middle"}),
        ({"created_at_from": "2025-03-10"}, {"middle", "newest"}),
        ({"q": "CSE-"}, {"oldest", "middle", "newest", "fixture"}),
    ],
)
def test_filters(client, world, halton_reports, params, expected):
    login(client, world.handlers["halton"])
    wanted = {halton_reports[key].reference for key in expected}
    assert set(listed(client, **params)) == wanted
    exported = client.get(INDEX, params | {"export": "csv"})
    assert {row["Reference"] for row in csv_rows(exported)} == wanted


def test_search_by_reference(client, world, halton_reports):
    login(client, world.handlers["halton"])
    target = halton_reports["middle"].reference
    assert listed(client, q=target.lower()) == [target]


def test_the_list_is_paginated(client, world):
    halton = world.authorities["halton"]
    for _ in range(30):
        make_report(halton)
    login(client, world.handlers["halton"])
    assert len(set(listed(client))) == 25
    assert len(set(listed(client, p=2))) == 6


def test_the_list_shows_the_columns(client, world, halton_reports):
    login(client, world.handlers["halton"])
    html = listing_table(client.get(INDEX).content.decode())
    head = html[html.index("<thead") : html.index("</thead>")]
    for heading in ("Reference", "Kind", "Area", "Status", "Reporter", "Received", "Authority"):
        assert heading in head, heading
    body = html[html.index("<tbody") : html.index("</tbody>")]
    for shown in ("Halton Borough Council", "In danger when reported", "Not known", "Closed"):
        assert shown in body, shown


# --- The report page ---------------------------------------------------------------------


def test_every_field_is_shown_decrypted(client, world):
    from django.utils.html import escape

    from tests.forms.test_report_storage import answers

    saved = save_report(answers(area_given="halton"), "every-field")
    report = saved.report
    login(client, world.handlers["halton"])
    html = client.get(url("inspect", report)).content.decode()
    typed = answers()
    for _key, _heading, names in inbox.INSPECT_SECTIONS:
        for name in names:
            assert f'data-field="{name}"' in html, name
    for name in ENCRYPTED:
        assert escape(typed[name]) in html, name
    assert report.reference in html
    assert "Taxi or private hire vehicle" in html  # a choice shows its label
    assert "Halton Borough Council" in html
    for token in (report.submission_token, report.receipt_hash):
        assert token not in html


def test_no_report_field_is_left_off_the_page():
    shown = {name for _key, _heading, names in inbox.INSPECT_SECTIONS for name in names}
    fields = {field.name for field in Report._meta.concrete_fields}
    assert shown == fields - inbox.INTERNAL_FIELDS


@pytest.mark.parametrize("field", ["what_happened", "names", "place", "contact_name"])
def test_markup_the_reporter_typed_is_shown_escaped(client, world, field):
    report = make_report(world.authorities["halton"], **{field: f"Seen {SCRIPT} here"})
    login(client, world.handlers["halton"])
    html = client.get(url("inspect", report)).content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_notes_and_questions_are_shown_escaped(client, world):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    client.post(url("note", report), {"note-text": f"Note {SCRIPT}\nsecond line"})
    client.post(url("question", report), {"question-text": f"Question {SCRIPT}"})
    html = client.get(url("inspect", report)).content.decode()
    assert SCRIPT not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2
    assert "second line" in html and "<br>second line" in html


def test_the_page_shows_the_notes_thread_and_the_audit_trail(client, world):
    report = world.reports["halton"]
    handler = world.handlers["halton"]
    login(client, handler)
    client.post(url("note", report), {"note-text": "Called the school"})
    html = client.get(url("inspect", report)).content.decode()
    assert "Called the school" in html
    assert "Internal note" in html
    assert 'data-action="reports.note_added"' in html
    assert 'data-action="reports.viewed"' in html
    assert handler.get_username() in html


def test_a_child_in_danger_is_flagged_on_the_page(client, world):
    report = make_report(world.authorities["halton"], danger_now=True)
    login(client, world.handlers["halton"])
    html = client.get(url("inspect", report)).content.decode()
    assert "child was in danger" in html


# --- Actions and the audit trail -------------------------------------------------------


def test_viewing_a_report_is_logged(client, world):
    report, handler = world.reports["halton"], world.handlers["halton"]
    login(client, handler)
    client.get(url("inspect", report))
    client.get(url("inspect", report))
    entries = logs(report, inbox.VIEWED)
    assert entries.count() == 2
    assert {entry.user for entry in entries} == {handler}


def test_the_list_itself_does_not_log_views(client, world):
    login(client, world.handlers["halton"])
    client.get(INDEX)
    assert not logs(world.reports["halton"]).exists()


def test_closing_a_report_sets_closed_at_and_reopening_clears_it(client, world):
    report, handler = world.reports["halton"], world.handlers["halton"]
    login(client, handler)
    response = client.post(url("status", report), {"status-status": "closed"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "closed" and report.closed_at is not None
    entry = logs(report, inbox.STATUS_CHANGED).get()
    assert (entry.user, entry.data) == (handler, {"from": "new", "to": "closed"})
    assert entry.message == "Changed the status from New to Closed"

    client.post(url("status", report), {"status-status": "in-progress"})
    report.refresh_from_db()
    assert report.status == "in-progress" and report.closed_at is None
    assert logs(report, inbox.STATUS_CHANGED).count() == 2


def test_every_status_can_be_set(client, world):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    for status in ("in-progress", "passed-on", "closed", "new"):
        client.post(url("status", report), {"status-status": status})
        report.refresh_from_db()
        assert report.status == status
        assert (report.closed_at is not None) is (status == "closed")


def test_setting_the_same_status_changes_and_logs_nothing(client, world):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    client.post(url("status", report), {"status-status": "new"})
    assert not logs(report, inbox.STATUS_CHANGED).exists()


def test_an_unknown_status_is_refused(client, world):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    response = client.post(url("status", report), {"status-status": "deleted"})
    assert response.status_code == 200
    assert "Nothing was changed" in response.content.decode()
    report.refresh_from_db()
    assert report.status == "new"


@pytest.mark.parametrize(
    ("name", "kind", "action"),
    [
        ("note", ReportNote.Kind.INTERNAL, inbox.NOTE_ADDED),
        ("question", ReportNote.Kind.QUESTION, inbox.QUESTION_ASKED),
    ],
)
def test_notes_and_questions_are_saved_and_logged(client, world, name, kind, action):
    report, handler = world.reports["warrington"], world.handlers["warrington"]
    login(client, handler)
    response = client.post(url(name, report), {f"{name}-text": "Was anyone else there?"})
    assert response.status_code == 302
    note = report.notes.get()
    assert (note.kind, note.text, note.author) == (kind, "Was anyone else there?", handler)
    entry = logs(report, action).get()
    assert (entry.user, entry.data) == (handler, {"note_id": note.pk})


@pytest.mark.parametrize("name", ["note", "question"])
def test_an_empty_note_is_refused_and_too_long_text_is_kept(client, world, name):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    assert client.post(url(name, report), {f"{name}-text": "   "}).status_code == 200
    long_text = "x" * 5001
    response = client.post(url(name, report), {f"{name}-text": long_text})
    assert response.status_code == 200
    assert long_text in response.content.decode()  # what they typed is not lost
    assert not report.notes.exists()


def test_reassignment_moves_the_report_and_tells_the_new_authority(client, world, monkeypatch):
    queued = []
    real_enqueue = notifications.enqueue
    monkeypatch.setattr(
        notifications, "enqueue", lambda n: (queued.append(n.pk), real_enqueue(n))[1]
    )
    report = world.reports["pan-cheshire-triage"]
    old_handler = world.handlers["pan-cheshire-triage"]
    new_authority = world.authorities["halton"]
    login(client, old_handler)
    client.post(url("status", report), {"status-status": "in-progress"})

    answers = {
        "reassign-authority": new_authority.pk,
        "reassign-reason": "The child lives in Runcorn",
    }
    # It asks first: who gets it, and that this handler will lose sight of it.
    response = client.post(url("reassign", report), answers)
    html = response.content.decode()
    assert response.status_code == 200 and "Yes, pass it on" in html
    assert "Halton Borough Council" in html and "you will no longer see this report" in html
    assert 'name="confirmed" value="yes"' in html
    report.refresh_from_db()
    assert report.authority.slug == "pan-cheshire-triage" and not queued

    response = client.post(url("reassign", report), {**answers, "confirmed": "yes"})
    assert response.status_code == 302 and response.url == INDEX

    report.refresh_from_db()
    assert report.authority == new_authority
    assert report.status == "new"  # new to them
    note = report.notes.get(kind=ReportNote.Kind.REASSIGNMENT)
    assert (note.text, note.author) == ("The child lives in Runcorn", old_handler)
    notification = Notification.objects.get(report=report, authority=new_authority)
    assert queued == [notification.pk]
    entry = logs(report, inbox.REASSIGNED).get()
    assert entry.user == old_handler
    assert entry.data == {
        "from": "pan-cheshire-triage",
        "to": "halton",
        "note_id": note.pk,
        "status_from": "in-progress",
    }

    # The old authority has lost sight of it; the new one has it.
    assert client.get(url("inspect", report)).status_code == 404
    assert report.reference not in references_in(client.get(INDEX))
    login(client, world.handlers["halton"])
    page = client.get(url("inspect", report)).content.decode()
    assert "The child lives in Runcorn" in page
    assert report.reference in references_in(client.get(INDEX))


def test_reassignment_needs_a_reason_and_another_authority(client, world):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    warrington = world.authorities["warrington"]
    response = client.post(
        url("reassign", report), {"reassign-authority": warrington.pk, "reassign-reason": ""}
    )
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    same = client.post(
        url("reassign", report),
        {"reassign-authority": report.authority_id, "reassign-reason": "Loop"},
    )
    assert same.status_code == 200
    report.refresh_from_db()
    assert report.authority.slug == "halton"
    assert not report.notes.exists()
    assert not Notification.objects.filter(report=report).exists()
    assert not logs(report, inbox.REASSIGNED).exists()


def test_reassignment_is_all_or_nothing(client, world, monkeypatch):
    def broken(notification):
        raise RuntimeError("queue unavailable")

    monkeypatch.setattr(notifications, "enqueue", broken)
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    with pytest.raises(RuntimeError):
        client.post(
            url("reassign", report),
            {
                "reassign-authority": world.authorities["warrington"].pk,
                "reassign-reason": "x",
                "confirmed": "yes",
            },
        )
    report.refresh_from_db()
    assert report.authority.slug == "halton"
    assert not report.notes.exists()
    assert not Notification.objects.filter(report=report).exists()
    assert not logs(report, inbox.REASSIGNED).exists()


def test_export_is_logged_per_report_and_holds_no_free_text(client, world, halton_reports):
    handler = world.handlers["halton"]
    login(client, handler)
    response = client.get(INDEX, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert len(rows) == 4
    assert set(rows[0]) == {label for _key, label, _get in inbox.EXPORT_COLUMNS}
    body = str(rows)
    assert "Something seen" not in body  # what_happened of every fixture report
    entries = ReportLogEntry.objects.filter(action=inbox.EXPORTED)
    assert entries.count() == 4
    assert {entry.user for entry in entries} == {handler}
    assert len({entry.uuid for entry in entries}) == 1  # one export, one id
    assert client.get(INDEX, {"export": "xlsx"})["Content-Type"].startswith("text/html")


def test_no_report_text_reaches_the_audit_log(client, world):
    secret = "Kev drives the blue Corsa"
    report = make_report(world.authorities["halton"], what_happened=secret, names=secret)
    login(client, world.handlers["halton"])
    client.get(url("inspect", report))
    client.post(url("note", report), {"note-text": secret})
    client.post(url("question", report), {"question-text": secret})
    client.post(url("status", report), {"status-status": "closed"})
    client.get(INDEX, {"export": "csv"})
    client.post(
        url("reassign", report),
        {
            "reassign-authority": world.authorities["warrington"].pk,
            "reassign-reason": secret,
            "confirmed": "yes",
        },
    )
    entries = list(logs(report))
    assert {e.action for e in entries} == {
        inbox.VIEWED,
        inbox.NOTE_ADDED,
        inbox.QUESTION_ASKED,
        inbox.STATUS_CHANGED,
        inbox.EXPORTED,
        inbox.REASSIGNED,
    }
    for entry in entries:
        assert "Kev" not in str(entry.data) and "Kev" not in entry.label
        assert "Kev" not in str(entry.message)


def test_the_log_actions_have_labels():
    for action in (
        inbox.VIEWED,
        inbox.STATUS_CHANGED,
        inbox.NOTE_ADDED,
        inbox.QUESTION_ASKED,
        inbox.REASSIGNED,
        inbox.EXPORTED,
    ):
        assert log_registry.action_exists(action), action
        assert str(log_registry.get_action_label(action))


def test_actions_need_a_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    refused = client.post(url("status", report), {"status-status": "closed"})
    assert refused.status_code == 403
    page = client.get(url("inspect", report)).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    accepted = client.post(
        url("status", report), {"status-status": "closed", "csrfmiddlewaretoken": token}
    )
    assert accepted.status_code == 302
    report.refresh_from_db()
    assert report.status == "closed"


def test_actions_refuse_get(client, world):
    login(client, world.handlers["halton"])
    assert client.get(url("status", world.reports["halton"])).status_code == 405


# --- Authorities and localities as snippets ------------------------------------------


def test_editors_manage_authorities_and_localities_as_snippets(client, world):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser(username="root", password=None)
    login(client, root)
    halton = world.authorities["halton"]
    listing = client.get(reverse("wagtailsnippets_reports_authority:list")).content.decode()
    for authority in world.authorities.values():
        assert authority.name in listing
    edit = client.get(reverse("wagtailsnippets_reports_authority:edit", args=[halton.pk]))
    assert edit.status_code == 200
    assert "Public contact details" in edit.content.decode()
    assert "Children&#x27;s services front door" in edit.content.decode()
    localities = client.get(reverse("wagtailsnippets_reports_locality:list"), {"q": "WA7"})
    assert "WA7" in localities.content.decode()
    # Reports stay out of Wagtail's reference index, so no "usage" page (such as an
    # authority's) can ever list them.
    from wagtail.models import ReferenceIndex

    assert not ReferenceIndex.is_indexed(Report)
    usage = client.get(reverse("wagtailsnippets_reports_authority:usage", args=[halton.pk]))
    assert usage.status_code == 200


# --- Caching -----------------------------------------------------------------------------


def test_no_inbox_response_may_be_stored(client, world):
    report = world.reports["halton"]
    login(client, world.handlers["halton"])
    responses = [
        client.get(INDEX),
        client.get(reverse("reports_inbox:index_results")),
        client.get(INDEX, {"export": "csv"}),
        client.get(url("inspect", report)),
        client.get(url("inspect", world.reports["warrington"])),  # a 404
        client.post(url("note", report), {"note-text": "x"}),
        client.post(url("note", report), {"note-text": ""}),  # an invalid form
    ]
    for response in responses:
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert "no-store" in directives, response.request["PATH_INFO"]


def test_the_report_page_lets_its_forms_post(client, world):
    """Under the site's no-referrer policy browsers send "Origin: null" with a
    POST and Django's CSRF check refuses it; the inbox sends same-origin."""
    login(client, world.handlers["halton"])
    for response in (client.get(INDEX), client.get(url("inspect", world.reports["halton"]))):
        assert response["Referrer-Policy"] == "same-origin"


# --- Wagtail's site history (forms.models.ReportLogEntry) --------------------------------


def test_site_history_shows_no_other_authoritys_reports(client, world):
    login(client, world.handlers["warrington"])
    client.get(url("inspect", world.reports["warrington"]))
    login(client, world.handlers["halton"])
    client.get(url("inspect", world.reports["halton"]))
    history = client.get(reverse("wagtailadmin_reports:site_history"))
    assert world.reports["warrington"].reference not in history.content.decode()


def test_the_inbox_shows_the_exact_time_each_report_arrived(client, world):
    from datetime import UTC, datetime

    report = world.reports["halton"]
    Report.objects.filter(pk=report.pk).update(created_at=datetime(2025, 3, 5, 9, 30, tzinfo=UTC))
    login(client, world.handlers["halton"])
    html = client.get(INDEX).content.decode()
    row = html[html.index(report.reference) :]
    assert "5 March 2025, 09:30" in row[:3000]  # London time (GMT in March), not "x ago"
    assert "ago" not in row[:3000]
